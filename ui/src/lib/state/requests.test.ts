import { describe, expect, it } from "vitest";
import { Request } from "./requests";

describe("a request between screens", () => {
  it("reaches every registered handler, once per ask", () => {
    const request = new Request();
    const calls: string[] = [];
    request.on(() => calls.push("header"));
    request.on(() => calls.push("meter"));
    request.ask();
    request.ask();
    expect(calls).toEqual(["header", "meter", "header", "meter"]);
  });

  it("waits for the first handler when nobody is registered, and is delivered only once", () => {
    const request = new Request();
    request.ask();
    let first = 0;
    let second = 0;
    request.on(() => (first += 1));
    expect(first, "the composer mounted by the same change still takes focus").toBe(1);
    request.on(() => (second += 1));
    expect(second, "a handler registered later is not asked for a request already delivered").toBe(0);
  });

  it("stops reaching a handler once it unregisters, and then waits again", () => {
    const request = new Request();
    let calls = 0;
    const off = request.on(() => (calls += 1));
    off();
    request.ask();
    expect(calls).toBe(0);
    let later = 0;
    request.on(() => (later += 1));
    expect(later, "asked while nobody listened").toBe(1);
  });

  it("does not fire on register when nothing was asked", () => {
    const request = new Request();
    let calls = 0;
    request.on(() => (calls += 1));
    expect(calls).toBe(0);
  });
});
