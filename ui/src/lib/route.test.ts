import { describe, expect, it } from "vitest";
import type { Candidate, RouteDecision, RouteRecord } from "./bindings";
import {
  badgeText,
  candidateCost,
  formatUsd,
  meter,
  monthWarning,
  parseDollars,
  pickName,
  softCapWarning,
  tokensLine,
} from "./route";

const candidate = (model: string, name: string, kind: "picked" | "fallback"): Candidate => ({
  model,
  name,
  quality: 4,
  input_tokens: 10,
  left_out: 0,
  max_output: 100,
  expected_cost: 1_000,
  reserve: 5_000,
  verdict: kind === "picked" ? { kind: "picked" } : { kind: "fallback", rank: 1 },
});

const decision: RouteDecision = {
  task: "code",
  quality: "balanced",
  pick: "a/one",
  reason: "code → One: first usable model in the code route.",
  pinned: false,
  sticky: false,
  candidates: [candidate("a/one", "One", "picked"), candidate("b/two", "Two", "fallback")],
  blocked: null, no_key: null,
};

describe("money", () => {
  it("formats nano-dollars with enough digits to stay visible", () => {
    expect(formatUsd(0)).toBe("$0.00");
    expect(formatUsd(2_500_000_000)).toBe("$2.50");
    expect(formatUsd(12_000_000)).toBe("$0.012");
    expect(formatUsd(410_000)).toBe("$0.00041");
  });

  it("parses typed dollars and refuses anything else", () => {
    expect(parseDollars("0.01")).toBe(10_000_000);
    expect(parseDollars("$5")).toBe(5_000_000_000);
    expect(parseDollars("-1")).toBeNull();
    expect(parseDollars("abc")).toBeNull();
    expect(parseDollars("")).toBeNull();
  });
});

describe("meter", () => {
  const cap = { amount: 10_000_000, mode: "hard" as const };
  it("colours by share of the cap, counting money held by turns in flight", () => {
    expect(meter({ cap: null, spent: 5, reserved: 0 , unpriced_calls: 0}).level).toBe("none");
    expect(meter({ cap, spent: 1_000_000, reserved: 0 , unpriced_calls: 0})).toEqual({ level: "ok", fraction: 0.1 });
    expect(meter({ cap, spent: 7_000_000, reserved: 1_000_000 , unpriced_calls: 0}).level).toBe("near");
    expect(meter({ cap, spent: 10_000_000, reserved: 0 , unpriced_calls: 0})).toEqual({ level: "over", fraction: 1 });
  });
});

describe("soft caps", () => {
  const soft = { amount: 10_000_000, mode: "soft" as const };
  it("warn from 80% and again past 100%, never for hard caps or no cap", () => {
    expect(softCapWarning({ cap: soft, spent: 7_000_000, reserved: 0 , unpriced_calls: 0})).toBeNull();
    expect(softCapWarning({ cap: soft, spent: 8_000_000, reserved: 0 , unpriced_calls: 0})).toBe(
      "This conversation has spent $0.00800 of its soft cap of $0.010.",
    );
    expect(softCapWarning({ cap: soft, spent: 12_000_000, reserved: 0 , unpriced_calls: 0})).toMatch(/past its soft cap/);
    expect(softCapWarning({ cap: { ...soft, mode: "hard" }, spent: 9_000_000, reserved: 0 , unpriced_calls: 0})).toBeNull();
    expect(softCapWarning({ cap: null, spent: 9_000_000, reserved: 0 , unpriced_calls: 0})).toBeNull();
  });

  it("warns about the monthly cap from 80%, hard or soft", () => {
    const hard = { amount: 10_000_000, mode: "hard" as const };
    expect(monthWarning({ cap: hard, spent: 7_000_000, reserved: 0 , unpriced_calls: 0}), "below 80%").toBeNull();
    expect(monthWarning({ cap: hard, spent: 7_000_000, reserved: 1_000_000 , unpriced_calls: 0}), "in-flight money counts").toBe(
      "This month has used $0.00800 of its $0.010 hard cap.",
    );
    expect(monthWarning({ cap: { ...hard, mode: "soft" }, spent: 11_000_000, reserved: 0 , unpriced_calls: 0})).toMatch(
      /^This month has spent \$0\.011, past its soft cap/,
    );
    expect(monthWarning({ cap: null, spent: 1, reserved: 0 , unpriced_calls: 0}), "no cap, no warning").toBeNull();
  });
});

describe("route labels", () => {
  it("names the pick", () => {
    expect(pickName(decision)).toBe("One");
    expect(pickName({ ...decision, candidates: [] })).toBeNull();
  });

  const record: RouteRecord = {
    classification: { task: "code", confidence: 0.9, basis: "rule", reason: "r", features: [], runner_up: null },
    decision,
    selection: "routed",
    fallbacks: [], retries: 0,
    answered_by: "a/one",
    provider: "One Cloud",
    priced: true,
    reserved: 5_000_000,
    settled: 4_080_000,
    exact: true,
    budget_before: { cap: null, spent: 0, reserved: 0 , unpriced_calls: 0},
    budget_after: null,
    first_sent: null,
  };
  const usage = { input_tokens: 16, output_tokens: 300, reasoning_tokens: 0, cache_read_tokens: 0, cache_write_tokens: 0 };

  it("badges show model, task, cost and whether it is exact", () => {
    expect(badgeText(record)).toBe("One · code · $0.00408 · exact");
    expect(badgeText({ ...record, exact: false })).toBe("One · code · $0.00408 · estimated");
    expect(badgeText({ ...record, settled: null })).toBe("One · code · ≤$0.00500 · pending");
    expect(badgeText({ ...record, selection: "pinned" }), "a pin still answered by the router's rules").toBe(
      "One · code · $0.00408 · exact",
    );
  });

  it("a chosen answer says it was chosen, not routed by its task", () => {
    expect(badgeText({ ...record, selection: "chosen" })).toBe("chosen · One · $0.00408 · exact");
  });

  it("a model without a price shows price unknown and its tokens, never $0.00", () => {
    const unpriced = { ...record, priced: false, settled: 0, selection: "chosen" as const, answered_by: "llama3" };
    expect(badgeText(unpriced, usage)).toBe("chosen · llama3 · price unknown · 16 in / 300 out tokens");
    expect(badgeText(unpriced), "before usage is known").toBe("chosen · llama3 · price unknown");
    expect(tokensLine(usage)).toBe("16 in / 300 out tokens");
  });

  it("explains candidate costs, except the unpriced model's", () => {
    const one = decision.candidates[0]!;
    expect(candidateCost(record, one)).toMatch(/^≈\$[\d.]+, reserve \$[\d.]+$/);
    expect(candidateCost({ ...record, priced: false }, one)).toBe("price unknown");
    expect(candidateCost({ ...record, priced: false }, decision.candidates[1]!), "others keep their estimate").toMatch(/^≈/);
    expect(candidateCost(record, { ...one, left_out: 120 }), "a long conversation's part").toMatch(
      /^≈\$[\d.]+, reserve \$[\d.]+, oldest 120 messages not sent$/,
    );
    expect(candidateCost({ ...record, priced: false }, { ...one, left_out: 1 })).toBe("price unknown, oldest message not sent");
  });
});
