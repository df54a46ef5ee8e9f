import { describe, expect, it } from "vitest";
import { anchorAt, estimateHeight, offsetOf, topFor, visibleRange } from "./virtual";

const sizes = [100, 200, 100, 400, 100, 100];
const ids = [11, 12, 13, 14, 15, 16];

describe("the virtual list", () => {
  it("renders the messages within the overscan of the view, with the others' room as spacers", () => {
    // The view shows 250..450; with 50 px of overscan, 200..500: messages 1 (100..300) to 3 (400..800).
    const range = visibleRange(sizes, 250, 200, 50);
    expect(range).toEqual({ start: 1, end: 4, before: 100, after: 200 });
  });

  it("rests on the list's end when stuck to the newest message", () => {
    const range = visibleRange(sizes, null, 150, 0);
    expect(range.end).toBe(6);
    expect(range.start).toBe(4);
    expect(range.before + range.after + 200).toBe(1000);
  });

  it("renders everything of a list shorter than the view, and nothing of an empty one", () => {
    expect(visibleRange([50, 50], null, 800, 100)).toEqual({ start: 0, end: 2, before: 0, after: 0 });
    expect(visibleRange([], 0, 800, 100)).toEqual({ start: 0, end: 0, before: 0, after: 0 });
  });

  it("anchors on the first message reaching below the view's top, and keeps it there when messages join above", () => {
    const anchor = anchorAt(ids, sizes, 350);
    expect(anchor).toEqual({ id: 13, offset: 50 });
    // A page of two messages joins above: the view's top moves down by their height.
    expect(topFor(anchor!, [1, 2, ...ids], [300, 300, ...sizes])).toBe(950);
    // A message above is measured taller than estimated: the view follows it.
    expect(topFor(anchor!, ids, [100, 260, 100, 400, 100, 100])).toBe(410);
    expect(topFor(anchor!, [11, 12], [100, 200]), "gone: nothing to follow").toBeNull();
  });

  it("measures offsets as the sum of the heights above", () => {
    expect(offsetOf(sizes, 0)).toBe(0);
    expect(offsetOf(sizes, 3)).toBe(400);
    expect(offsetOf(sizes, 99)).toBe(1000);
  });

  it("guesses a height from the text: its lines, long ones wrapped, and attached files", () => {
    const one = estimateHeight("hi");
    expect(estimateHeight(""), "an empty message is one line").toBe(one);
    expect(estimateHeight("a\nb\nc") - one, "each line adds the same").toBe(2 * (estimateHeight("a\nb") - one));
    expect(estimateHeight("x".repeat(900)), "a long line wraps").toBeGreaterThan(estimateHeight("x".repeat(90)));
    expect(estimateHeight("hi", 2), "files take room").toBeGreaterThan(one);
    const code = "Here:\n\n```python\n" + "print(1)\n".repeat(30) + "```";
    expect(estimateHeight(code), "a 30-line code block is tall").toBeGreaterThan(30 * (estimateHeight("a\nb") - one));
  });
});
