// Shapes the usage summary for the Usage screen: its sentences and its charts. Pure, so it is
// tested without a canvas.

import type { DailySpend, Usd } from "./bindings";
import { formatUsd } from "./route";

/** "1 call", "2 calls", "0 calls": a count with its noun in the right number. */
export function count(n: number, singular: string, plural = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : plural}`;
}

/** Spend of a usage line or total: its cost, or "price unknown" when every call was on a model
 * with no price (its cost is unknown, not $0.00). A line with only some unpriced calls adds
 * "+ N unpriced" unless `countUnpriced` is false (the total, whose note counts them). */
export function spendText(
  line: { cost: Usd; calls: number; unpriced_calls: number },
  countUnpriced = true,
): string {
  if (line.calls > 0 && line.unpriced_calls >= line.calls) return "price unknown";
  if (countUnpriced && line.unpriced_calls > 0) return `${formatUsd(line.cost)} + ${line.unpriced_calls} unpriced`;
  return formatUsd(line.cost);
}

/** The Usage screen's note about calls on models with no price; null when there are none. */
export function unpricedNote(unpricedCalls: number): string | null {
  if (unpricedCalls <= 0) return null;
  const which = unpricedCalls === 1 ? "call on a model" : "calls on models";
  return `${unpricedCalls} ${which} with no price — tokens counted, cost unknown`;
}

export type Dimension = "model" | "provider" | "task";

export type Stacked = {
  /** Days in date order (x axis). */
  days: string[];
  /** One series per model/provider/task, largest total first; values in dollars per day. */
  series: { label: string; values: number[] }[];
};

/** Spend per day, split by `dimension`, ready for a stacked bar chart. */
export function stackedByDay(daily: DailySpend[], dimension: Dimension): Stacked {
  const days = [...new Set(daily.map((d) => d.day))].sort();
  const index = new Map(days.map((d, i) => [d, i]));
  const byLabel = new Map<string, number[]>();
  for (const d of daily) {
    const label = d[dimension];
    const values = byLabel.get(label) ?? days.map(() => 0);
    const at = index.get(d.day) ?? 0;
    values[at] = (values[at] ?? 0) + d.cost / 1e9;
    byLabel.set(label, values);
  }
  const total = (v: number[]) => v.reduce((a, b) => a + b, 0);
  const series = [...byLabel.entries()]
    .map(([label, values]) => ({ label, values }))
    .sort((a, b) => total(b.values) - total(a.values) || a.label.localeCompare(b.label));
  return { days, series };
}
