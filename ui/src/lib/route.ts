// Formatting for routing and budgets. Amounts arrive as integer nano-dollars (`Usd`), the
// unit the backend keeps budgets in, so nothing here rounds money before it is shown.

import type { Ledger, RouteDecision, RouteRecord, Usd } from "./bindings";

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

/** "GPT-6.1 Sol · code · $0.0041 · exact" for an answer's badge. */
export function badgeText(record: RouteRecord): string {
  const model = record.answered_by ?? "—";
  const name = record.decision.candidates.find((c) => c.model === model)?.name ?? model;
  const cost = record.settled === null ? `≤${formatUsd(record.reserved)}` : formatUsd(record.settled);
  const kind = record.settled === null ? "pending" : record.exact ? "exact" : "estimated";
  return `${name} · ${record.classification.task} · ${cost} · ${kind}`;
}
