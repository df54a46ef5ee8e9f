import { describe, expect, it } from "vitest";
import type { DailySpend } from "./bindings";
import { stackedByDay } from "./usage";

const row = (day: string, model: string, task: string, cost: number): DailySpend => ({
  day, model, provider: "p", task, cost,
});

describe("stackedByDay", () => {
  const daily = [
    row("2026-11-02", "a/one", "chat", 1_000_000_000),
    row("2026-11-01", "b/two", "code", 3_000_000_000),
    row("2026-11-02", "b/two", "chat", 500_000_000),
  ];

  it("puts days in order and one series per model, largest first", () => {
    const s = stackedByDay(daily, "model");
    expect(s.days).toEqual(["2026-11-01", "2026-11-02"]);
    expect(s.series).toEqual([
      { label: "b/two", values: [3, 0.5] },
      { label: "a/one", values: [0, 1] },
    ]);
  });

  it("splits by task just as well, and empty input gives empty charts", () => {
    expect(stackedByDay(daily, "task").series.map((x) => x.label)).toEqual(["code", "chat"]);
    expect(stackedByDay([], "provider")).toEqual({ days: [], series: [] });
  });
});
