import { describe, expect, it } from "vitest";
import type { DailySpend } from "./bindings";
import { count, spendText, stackedByDay, unpricedNote } from "./usage";

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

describe("usage sentences", () => {
  it("counts with the right plural", () => {
    expect(count(1, "call")).toBe("1 call");
    expect(count(2, "call")).toBe("2 calls");
    expect(count(0, "call")).toBe("0 calls");
  });

  it("shows price unknown for a line whose calls all had no price, never $0.00", () => {
    expect(spendText({ cost: 0, calls: 2, unpriced_calls: 2 })).toBe("price unknown");
    expect(spendText({ cost: 2_500_000_000, calls: 3, unpriced_calls: 1 }), "some priced").toBe("$2.50 + 1 unpriced");
    expect(spendText({ cost: 2_500_000_000, calls: 3, unpriced_calls: 1 }, false), "the total leaves it to its note").toBe(
      "$2.50",
    );
    expect(spendText({ cost: 2_500_000_000, calls: 3, unpriced_calls: 0 })).toBe("$2.50");
    expect(spendText({ cost: 0, calls: 0, unpriced_calls: 0 }), "nothing yet").toBe("$0.00");
  });

  it("notes unpriced calls only when there are some", () => {
    expect(unpricedNote(0)).toBeNull();
    expect(unpricedNote(1)).toBe("1 call on a model with no price — tokens counted, cost unknown");
    expect(unpricedNote(3)).toBe("3 calls on models with no price — tokens counted, cost unknown");
  });
});
