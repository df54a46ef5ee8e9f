import { describe, expect, it } from "vitest";
import type { Candidate, RouteRecord } from "./bindings";
import { sentFrom } from "./sentFrom";

const path = [
  { id: 1, role: "user" as const },
  { id: 2, role: "assistant" as const },
  { id: 3, role: "user" as const },
  { id: 4, role: "assistant" as const },
  { id: 5, role: "user" as const },
  { id: 6, role: "assistant" as const },
];

function record(firstSent: number | null, leftOut: number): RouteRecord {
  const candidate = { model: "v/m", name: "Model M", left_out: leftOut } as unknown as Candidate;
  return {
    answered_by: "v/m",
    first_sent: firstSent,
    decision: { candidates: [candidate] },
  } as unknown as RouteRecord;
}

describe("sentFrom", () => {
  it("marks the first message the newest answer's call sent, and why", () => {
    const routes = new Map([[6, record(3, 2)]]);
    expect(sentFrom(path, routes, 0, 0, null)).toEqual({
      messageId: 3,
      reason: "they did not fit Model M's context window",
    });
  });

  it("names the Context setting when the window left nothing out", () => {
    const routes = new Map([[6, record(5, 0)]]);
    expect(sentFrom(path, routes, 0, 0, 2)?.reason).toBe(
      "this conversation sends only its last 2 messages (Context, in the header)",
    );
  });

  it("draws nothing when everything was sent", () => {
    expect(sentFrom(path, new Map([[6, record(1, 0)]]), 0, 0, null)).toBeNull();
  });

  it("still marks the first loaded message when older ones are not loaded", () => {
    expect(sentFrom(path, new Map([[6, record(1, 4)]]), 120, 0, null)?.messageId).toBe(1);
  });

  it("only the newest answer with a record counts, and only a record that says", () => {
    // An older answer's record is what the path looked like then.
    expect(sentFrom(path, new Map([[4, record(3, 2)], [6, record(1, 0)]]), 0, 0, null)).toBeNull();
    // The newest is still streaming (its record is not read yet): the one before stands.
    expect(sentFrom(path, new Map([[4, record(3, 2)]]), 0, 0, null)?.messageId).toBe(3);
    expect(sentFrom(path, new Map([[6, record(null, 0)]]), 0, 0, null)).toBeNull();
    // The first message sent is not loaded (or no longer on the path).
    expect(sentFrom(path, new Map([[6, record(99, 2)]]), 0, 0, null)).toBeNull();
    expect(sentFrom([], new Map(), 0, 0, null)).toBeNull();
  });

  it("draws nothing when the newest answer is not loaded (a search opened the branch far back)", () => {
    const routes = new Map([[6, record(3, 2)]]);
    expect(sentFrom(path, routes, 100, 300, null)).toBeNull();
  });
});
