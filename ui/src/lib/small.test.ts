import { describe, expect, it } from "vitest";
import { toIpcError } from "./api";
import type { Message } from "./bindings";
import { exactModel, metaLine, reasoningLabel, stopNote } from "./meta";
import { relativeTime } from "./time";
import { draftToInput, newDraft } from "./providerForm";
import { validateProvider } from "./validate";

describe("toIpcError", () => {
  it("passes backend errors through", () => {
    expect(toIpcError({ code: "no_key", message: "Add a key" }), "IpcError shape is kept").toEqual({
      code: "no_key",
      message: "Add a key",
    });
  });

  it("normalises strings, Errors and junk", () => {
    expect(toIpcError("boom"), "plain strings become internal errors").toEqual({ code: "internal", message: "boom" });
    expect(toIpcError(new Error("bad")), "Error messages are kept").toEqual({ code: "internal", message: "bad" });
    expect(toIpcError(undefined).code, "anything else is still an IpcError").toBe("internal");
    expect(toIpcError({ code: 1 }).code, "malformed objects are not trusted").toBe("internal");
  });
});

describe("metaLine", () => {
  const base: Message = {
    id: 1, conversation_id: 1, role: "assistant", content: "", status: "streaming", model: "gpt-4.1-nano",
    provider: "OpenAI", usage: null, error: null, reasoning: null, stop: null, created_at: 0, updated_at: 0,
    attachments: [], parent_id: null,
  };

  it("shows the model while streaming", () => {
    expect(metaLine(base), "no usage yet").toBe("gpt-4.1-nano");
  });

  it("shows tokens once known", () => {
    const m = { ...base, status: "complete" as const, usage: { input_tokens: 12, output_tokens: 345, reasoning_tokens: 0, cache_read_tokens: 0, cache_write_tokens: 0 } };
    expect(metaLine(m), "the documented format").toBe("gpt-4.1-nano · 12 in / 345 out");
  });

  it("has nothing to show without model or provider", () => {
    expect(metaLine({ ...base, model: null, provider: null }), "no meta line").toBeNull();
  });

  it("leaves the model to the route badge when it names it, so an answer shows one model name", () => {
    const m = { ...base, status: "complete" as const, usage: { input_tokens: 12, output_tokens: 345, reasoning_tokens: 0, cache_read_tokens: 0, cache_write_tokens: 0 } };
    expect(metaLine(m, true), "tokens only").toBe("12 in / 345 out");
    expect(metaLine(base, true), "nothing to add before usage is known").toBeNull();
  });
});

describe("exactModel", () => {
  it("gives the provider's exact id and the provider, for a tooltip", () => {
    const m: Message = {
      id: 1, conversation_id: 1, role: "assistant", content: "", status: "complete", model: "gpt-4.1-mini-2025-04-14",
      provider: "OpenAI", usage: null, error: null, reasoning: null, stop: null, created_at: 0, updated_at: 0,
      attachments: [], parent_id: null,
    };
    expect(exactModel(m)).toBe("gpt-4.1-mini-2025-04-14 via OpenAI");
    expect(exactModel({ ...m, provider: null })).toBe("gpt-4.1-mini-2025-04-14");
    expect(exactModel({ ...m, model: null, provider: null })).toBeUndefined();
  });
});

describe("reasoningLabel and stopNote", () => {
  const answer: Message = {
    id: 1, conversation_id: 1, role: "assistant", content: "", status: "streaming", model: "m", provider: "p",
    usage: null, error: null, reasoning: null, stop: null, created_at: 0, updated_at: 0, attachments: [], parent_id: null,
  };

  it("says Thinking… while only reasoning has arrived, then that it thought", () => {
    expect(reasoningLabel(answer), "no reasoning: no disclosure").toBeNull();
    expect(reasoningLabel({ ...answer, reasoning: "" }), "empty reasoning: none either").toBeNull();
    expect(reasoningLabel({ ...answer, reasoning: "hm" }), "the answer has not started").toBe("Thinking…");
    expect(reasoningLabel({ ...answer, reasoning: "hm", content: "Hi" }), "the answer is arriving").toBe("Thought for a while");
    expect(reasoningLabel({ ...answer, reasoning: "hm", status: "complete" }), "finished").toBe("Thought for a while");
  });

  it("notes answers that did not end on their own, once finished", () => {
    const done = { ...answer, status: "complete" as const };
    expect(stopNote({ ...done, stop: { kind: "length", raw: "max_tokens" } })).toBe("Cut off at the output limit");
    expect(stopNote({ ...done, stop: { kind: "content_filter", raw: "SAFETY" } })).toBe("Stopped by the provider's content filter");
    expect(stopNote({ ...done, stop: { kind: "refusal", raw: "refusal" } })).toBe("The model declined to answer");
    expect(stopNote({ ...done, stop: { kind: "end", raw: "stop" } }), "a normal end").toBeNull();
    expect(stopNote({ ...done, stop: { kind: "tool_use", raw: "tool_calls" } }), "nothing to warn about").toBeNull();
    expect(stopNote(done), "unknown").toBeNull();
    expect(stopNote({ ...answer, stop: { kind: "length", raw: "length" } }), "not while streaming").toBeNull();
  });
});

describe("relativeTime", () => {
  const now = Date.UTC(2025, 5, 15, 12, 0, 0);
  it.each([
    [now - 10_000, "just now"],
    [now - 5 * 60_000, "5 min ago"],
    [now - 3 * 3_600_000, "3 h ago"],
    [now - 30 * 3_600_000, "yesterday"],
    [now - 4 * 86_400_000, "4 days ago"],
  ])("labels %i", (ts, label) => {
    expect(relativeTime(ts, now), "recent times are relative").toBe(label);
  });

  it("falls back to a date for older items", () => {
    expect(relativeTime(Date.UTC(2024, 0, 2, 12), now, "en-US"), "other years include the year").toMatch(/2024/);
  });

  it("writes dates as the locale does, in both forms, whichever came first", () => {
    const thisYear = Date.UTC(2025, 2, 3, 12);
    const lastYear = Date.UTC(2024, 2, 3, 12);
    for (const locale of ["en-US", "de-DE"]) {
      expect(relativeTime(thisYear, now, locale)).toBe(
        new Date(thisYear).toLocaleDateString(locale, { month: "short", day: "numeric" }),
      );
      expect(relativeTime(lastYear, now, locale)).toBe(
        new Date(lastYear).toLocaleDateString(locale, { year: "numeric", month: "short", day: "numeric" }),
      );
      expect(relativeTime(thisYear, now, locale), "the same again (from the kept formatter)").not.toMatch(/2025/);
    }
  });
});

describe("validateProvider", () => {
  /** An OpenAI-compatible input as the add form sends it (Custom: no preset). */
  function openaiInput(name: string, baseUrl: string, model: string, vendor = "", local = false) {
    return draftToInput({ ...newDraft("openai", []), name, baseUrl, model, vendor, local });
  }

  it("accepts a complete OpenAI-compatible provider", () => {
    const input = openaiInput(" OpenAI ", " https://api.openai.com/v1 ", " gpt-4.1-mini ");
    expect(input, "values are trimmed, the kind is sent and no setting is made up").toEqual({
      name: "OpenAI", kind: "openai", base_url: "https://api.openai.com/v1", default_model: "gpt-4.1-mini",
      vendor: null, local: false, settings: {},
    });
    expect(validateProvider(input), "no errors").toEqual({});
    expect(openaiInput("Gateway", "http://gw.local/v1", "m", "openai").vendor, "a chosen vendor is sent").toBe("openai");
  });

  it("accepts local http endpoints", () => {
    expect(validateProvider(openaiInput("Ollama", "http://localhost:11434/v1", "llama3")), "http is fine").toEqual({});
    expect(openaiInput("Ollama", "http://localhost:11434/v1", "llama3", "", true).local, "marked local").toBe(true);
  });

  it("flags every missing or invalid field", () => {
    const errors = validateProvider(openaiInput("", "ftp://example.com", ""));
    expect(Object.keys(errors).sort(), "each bad field gets a message").toEqual(["base_url", "default_model", "name"]);
  });

  it.each(["api.openai.com/v1", "javascript:alert(1)", "file:///tmp", "https://", ""])("rejects URL %j", (url) => {
    expect(validateProvider(openaiInput("x", url, "m")).base_url, "only http(s) URLs").toBeDefined();
  });

  it("refuses credentials in the URL", () => {
    expect(validateProvider(openaiInput("x", "https://user:pw@example.com/v1", "m")).base_url, "keys belong in the keyring").toBe(
      "Put credentials in the key field, not in the URL.",
    );
  });
});
