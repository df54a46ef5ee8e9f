// Shapes the usage summary for charts. Pure, so it is tested without a canvas.

import type { DailySpend } from "./bindings";

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
