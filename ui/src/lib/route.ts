// Formatting for routing and budgets. Amounts arrive as integer nano-dollars (`Usd`), the
// unit the backend keeps budgets in, so nothing here rounds money before it is shown.

import type { Candidate, Ledger, Rejection, RouteDecision, RouteRecord, Usage, Usd } from "./bindings";

const NANO_PER_DOLLAR = 1e9;

/** "$2.50", "$0.012", "$0.00041": cents for dollars, more digits for small amounts. */
export function formatUsd(amount: Usd): string {
  const d = amount / NANO_PER_DOLLAR;
  if (amount === 0 || Math.abs(d) >= 1) return `$${d.toFixed(2)}`;
  if (Math.abs(d) >= 0.01) return `$${d.toFixed(3)}`;
  return `$${d.toFixed(5)}`;
}

/** Dollars typed by a person to nano-dollars; null for anything that is not a non-negative number. */
export function parseDollars(text: string): Usd | null {
  const t = text.trim().replace(/^\$/, "");
  if (!/^\d+(\.\d+)?$/.test(t)) return null;
  return Math.round(Number(t) * NANO_PER_DOLLAR);
}

export type MeterLevel = "none" | "ok" | "near" | "over";

/** Share of the cap spent and how to colour it: near from 80%, over from 100%. */
export function meter(ledger: Ledger): { level: MeterLevel; fraction: number } {
  if (ledger.cap === null || ledger.cap.amount <= 0) {
    return { level: ledger.cap === null ? "none" : "over", fraction: ledger.cap === null ? 0 : 1 };
  }
  const fraction = (ledger.spent + ledger.reserved) / ledger.cap.amount;
  const level: MeterLevel = fraction >= 1 ? "over" : fraction >= 0.8 ? "near" : "ok";
  return { level, fraction: Math.min(1, fraction) };
}

/** The warning a soft cap gives at 80% and at 100% of its amount; null below that or for hard caps
 * (a hard cap blocks instead, with its own message). */
export function softCapWarning(ledger: Ledger, scope = "This conversation"): string | null {
  if (ledger.cap === null || ledger.cap.mode !== "soft") return null;
  const { level } = meter(ledger);
  const used = formatUsd(ledger.spent);
  const cap = formatUsd(ledger.cap.amount);
  if (level === "over") return `${scope} has spent ${used}, past its soft cap of ${cap}. Turns still go out.`;
  if (level === "near") return `${scope} has spent ${used} of its soft cap of ${cap}.`;
  return null;
}

/** The monthly cap's warning, shown with every conversation's meter since it binds them all: soft
 * caps as above; a hard one from 80%, so the block that follows is no surprise. */
export function monthWarning(ledger: Ledger): string | null {
  if (ledger.cap === null) return null;
  if (ledger.cap.mode === "soft") return softCapWarning(ledger, "This month");
  const { level } = meter(ledger);
  if (level === "ok" || level === "none") return null;
  return `This month has used ${formatUsd(ledger.spent + ledger.reserved)} of its ${formatUsd(ledger.cap.amount)} hard cap.`;
}

/** The picked candidate's display name, or null when nothing can be sent. */
export function pickName(decision: RouteDecision): string | null {
  const picked = decision.candidates.find((c) => c.verdict.kind === "picked");
  return picked?.name ?? null;
}

/** "16 in / 300 out tokens": what an unpriced answer used, in place of a cost. */
export function tokensLine(usage: Usage): string {
  return `${usage.input_tokens} in / ${usage.output_tokens} out tokens`;
}

/** The display name of the model that answered (its id when the decision does not name it). */
export function answeredName(record: RouteRecord): string {
  return candidateName(record.decision, record.answered_by ?? "—");
}

/**
 * An answer's badge: "GPT-6.1 Sol · code · $0.0041 · exact" when routed or pinned,
 * "chosen · GPT-4.1 mini · $0.0012 · exact" when the user chose the model (the task did not
 * pick it). A model without a price shows "price unknown" and the tokens from `usage`, never
 * "$0.00": nothing was charged to the budget, but the call was not free.
 */
export function badgeText(record: RouteRecord, usage: Usage | null = null): string {
  const parts =
    record.selection === "chosen"
      ? ["chosen", answeredName(record)]
      : [answeredName(record), record.classification.task];
  if (!record.priced) {
    parts.push("price unknown");
    if (usage !== null) parts.push(tokensLine(usage));
  } else if (record.settled === null) {
    parts.push(`≤${formatUsd(record.reserved)}`, "pending");
  } else {
    parts.push(formatUsd(record.settled), record.exact ? "exact" : "estimated");
  }
  return parts.join(" · ");
}

/** A candidate's line in the route explanation: "≈$0.0010, reserve $0.0050", or "price
 * unknown" for the unpriced model that answered. */
export function candidateCost(record: RouteRecord, candidate: Candidate): string {
  const cost =
    !record.priced && candidate.model === record.answered_by
      ? "price unknown"
      : `≈${formatUsd(candidate.expected_cost)}, reserve ${formatUsd(candidate.reserve)}`;
  const left = leftOutText(candidate);
  return left === null ? cost : `${cost}, ${left}`;
}

/** "oldest 9,700 messages not sent" when a long conversation outgrew the candidate's
 * context window (it is offered the newest part that fits), else null. */
export function leftOutText(candidate: Candidate): string | null {
  const n = candidate.left_out;
  if (n <= 0) return null;
  return n === 1 ? "oldest message not sent" : `oldest ${n.toLocaleString("en-US")} messages not sent`;
}

/** The candidates an explanation lists one by one: all but those without a key, which
 * `decision.no_key` says in one line. */
export function listedCandidates(decision: RouteDecision): Candidate[] {
  const grouped = new Set(decision.no_key?.models ?? []);
  return decision.candidates.filter((c) => !grouped.has(c.model));
}

const REJECTIONS: Record<Rejection["kind"], string> = {
  not_in_catalogue: "not in the catalogue",
  no_provider: "no provider",
  no_key: "no key",
  no_vision: "cannot read images",
  no_tools: "cannot use tools",
  context_too_small: "prompt too long for it",
  over_budget: "over budget",
};

/** "picked", "fallback 2" or "skipped: over budget": a candidate's verdict in words. */
export function verdictText(candidate: Candidate): string {
  const v = candidate.verdict;
  if (v.kind === "picked") return "picked";
  if (v.kind === "fallback") return `fallback ${v.rank}`;
  return `skipped: ${REJECTIONS[v.reason.kind]}`;
}

/** The display name of a model the decision considered (its id when it does not name it). */
export function candidateName(decision: RouteDecision, model: string): string {
  return decision.candidates.find((c) => c.model === model)?.name ?? model;
}
