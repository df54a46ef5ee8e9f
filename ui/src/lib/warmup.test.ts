import { afterEach, describe, expect, it, vi } from "vitest";
import { GRAMMARS } from "./grammars";
import { highlightedBefore } from "./highlight";
import { warmUp } from "./warmup";

afterEach(() => {
  vi.useRealTimers();
});

describe("warmUp", () => {
  it("lays out its sample off screen, removes it, and prepares every grammar without error", async () => {
    vi.useFakeTimers();
    const appended: Element[] = [];
    const append = vi.spyOn(document.body, "append").mockImplementation(function (this: HTMLElement, ...nodes) {
      for (const node of nodes) if (node instanceof Element) appended.push(node);
      HTMLElement.prototype.append.apply(this, nodes);
    });
    warmUp();
    expect(appended, "nothing before the page is idle").toHaveLength(0);
    await vi.runAllTimersAsync();
    append.mockRestore();
    const sample = appended[0];
    expect(sample?.classList.contains("warmup"), "the hidden sample was laid out").toBe(true);
    expect(sample?.getAttribute("aria-hidden"), "never read out").toBe("true");
    expect(sample?.querySelector("strong, em, code, pre, table"), "it holds rich text").not.toBeNull();
    expect(sample?.isConnected, "and is gone again").toBe(false);
    expect(document.querySelector(".warmup"), "nothing left in the page").toBeNull();
    expect(GRAMMARS.length, "grammars to prepare").toBeGreaterThan(10);
    const prepared = GRAMMARS.filter((name) => highlightedBefore("x", name) !== null);
    expect(prepared, "every grammar was run once").toEqual([...GRAMMARS]);
  });
});
