import { describe, expect, it } from "vitest";
import type { Candidate, RouteRecord } from "./bindings";
import { AUTO } from "./choice";
import { regenerateOptions } from "./regenerate";

function candidate(model: string, verdict: Candidate["verdict"]): Candidate {
  return { model, name: model.toUpperCase(), quality: 3, input_tokens: 1, left_out: 0, max_output: 1, expected_cost: 0, reserve: 0, verdict };
}

const route = {
  decision: {
    candidates: [
      candidate("openai/luna", { kind: "picked" }),
      candidate("openai/sol", { kind: "rejected", reason: { kind: "over_budget", needed: 1, remaining: 0 } }),
      candidate("openai/blind", { kind: "rejected", reason: { kind: "no_vision" } }),
      candidate("local/unknown", { kind: "fallback", rank: 1 }),
    ],
  },
} as unknown as RouteRecord;
const catalogue = new Set(["openai/luna", "openai/sol", "openai/blind"]);
const label = (choice: typeof AUTO) => (choice.chosen_provider_id === null ? "Auto" : `provider ${choice.chosen_provider_id}`);

describe("regenerate options", () => {
  it("offers the conversation's choice, then the models a re-run can be pinned to", () => {
    expect(regenerateOptions(AUTO, label, route, catalogue)).toEqual([
      { label: "Auto", target: { kind: "choice" } },
      { label: "OPENAI/LUNA", target: { kind: "routed", pinned: "openai/luna" } },
      { label: "OPENAI/SOL", target: { kind: "routed", pinned: "openai/sol" } },
    ]);
  });

  it("adds Auto when the conversation chose a provider, and needs no route record", () => {
    const chosen = { chosen_provider_id: 4, chosen_model: null, pinned_model: null };
    expect(regenerateOptions(chosen, label, null, catalogue)).toEqual([
      { label: "provider 4", target: { kind: "choice" } },
      { label: "Auto", target: { kind: "routed", pinned: null } },
    ]);
    expect(regenerateOptions(null, label, null, catalogue), "routing still loading: nothing yet").toEqual([]);
  });
});
