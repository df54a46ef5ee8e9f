// Who can give another answer to a prompt: the conversation's own choice first, Auto when the
// conversation chose a provider, then the models "Re-run with…" offers — the candidates the
// router weighed for that answer that are in the catalogue (the router books only those) and
// that only the budget ruled out, if anything (choosing one then shows the block with its
// numbers instead of silently picking another).

import type { RouteRecord } from "./bindings";
import { AUTO, isRouted, type RoutingChoice } from "./choice";
import type { Target } from "./state";

export type RegenerateOption = { label: string; target: Target };

/** The candidates of an answer's route record that a re-run can be pinned to. */
export function rerunCandidates(route: RouteRecord | null, catalogue: ReadonlySet<string>): RouteRecord["decision"]["candidates"] {
  return (route?.decision.candidates ?? []).filter(
    (c) => catalogue.has(c.model) && (c.verdict.kind !== "rejected" || c.verdict.reason.kind === "over_budget"),
  );
}

/** The choices for "Regenerate", the conversation's own first. */
export function regenerateOptions(
  choice: RoutingChoice | null,
  label: (choice: RoutingChoice) => string,
  route: RouteRecord | null,
  catalogue: ReadonlySet<string>,
): RegenerateOption[] {
  const options: RegenerateOption[] = [];
  if (choice !== null) {
    options.push({ label: label(choice), target: { kind: "choice" } });
    if (!isRouted(choice)) options.push({ label: label(AUTO), target: { kind: "routed", pinned: null } });
  }
  for (const c of rerunCandidates(route, catalogue)) {
    options.push({ label: c.name, target: { kind: "routed", pinned: c.model } });
  }
  return options;
}
