import { describe, expect, it } from "vitest";
import { defaultPromptHint, promptOrNull, quotePrompt } from "./systemPrompt";

describe("promptOrNull", () => {
  it("stores blank as none (null, never an empty string)", () => {
    expect(promptOrNull(""), "empty").toBeNull();
    expect(promptOrNull("  \n\t "), "whitespace only").toBeNull();
    expect(promptOrNull(null), "null stays null").toBeNull();
    expect(promptOrNull(undefined), "nothing").toBeNull();
  });

  it("keeps the text, trimmed, line breaks inside kept", () => {
    expect(promptOrNull("  Answer concisely.\nUse metric units.\n")).toBe("Answer concisely.\nUse metric units.");
  });
});

describe("quotePrompt", () => {
  it("quotes a short prompt whole, on one line", () => {
    expect(quotePrompt("Answer concisely.\n\nUse metric units.")).toBe("“Answer concisely. Use metric units.”");
  });

  it("cuts a long prompt at a word boundary", () => {
    const quoted = quotePrompt("You are a careful reviewer of pull requests who explains every finding in detail", 40);
    expect(quoted).toBe("“You are a careful reviewer of pull…”");
    expect(quoted.length, "short").toBeLessThanOrEqual(43);
  });
});

describe("defaultPromptHint", () => {
  it("quotes the default when one is set", () => {
    expect(defaultPromptHint("Answer concisely.")).toBe("Empty: uses the default from Settings, “Answer concisely.”.");
  });

  it("says that nothing is sent when no default is set (blank counts as none)", () => {
    expect(defaultPromptHint(null)).toMatch(/^Empty: uses the default from Settings \(none is set/);
    expect(defaultPromptHint("   ")).toBe(defaultPromptHint(null));
  });
});
