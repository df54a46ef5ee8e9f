import { describe, expect, it } from "vitest";
import { MARK_END, MARK_START, snippetParts, snippetText } from "./snippet";

const m = (text: string) => `${MARK_START}${text}${MARK_END}`;

describe("search snippets", () => {
  it("splits a snippet into plain and matched parts, in order", () => {
    expect(snippetParts(`…the ${m("zebra")} and the ${m("umbrella")}.`)).toEqual([
      { text: "…the ", match: false },
      { text: "zebra", match: true },
      { text: " and the ", match: false },
      { text: "umbrella", match: true },
      { text: ".", match: false },
    ]);
    expect(snippetParts("no match marked"), "a title without marks is one plain part").toEqual([
      { text: "no match marked", match: false },
    ]);
  });

  it("never loses text to a stray or unclosed marker", () => {
    expect(snippetParts(`a${MARK_END}b`), "a stray end is dropped").toEqual([
      { text: "a", match: false },
      { text: "b", match: false },
    ]);
    expect(snippetParts(`a${MARK_START}bc`), "an unclosed match runs to the end").toEqual([
      { text: "a", match: false },
      { text: "bc", match: true },
    ]);
    expect(snippetParts(""), "nothing from nothing").toEqual([]);
  });

  it("keeps markup as text and reads without markers", () => {
    const hostile = `<img src=x onerror="alert(1)"> ${m("<b>")}`;
    expect(snippetParts(hostile).map((p) => p.text).join(""), "characters pass through unchanged").toBe(
      '<img src=x onerror="alert(1)"> <b>',
    );
    expect(snippetText(hostile)).toBe('<img src=x onerror="alert(1)"> <b>');
  });
});
