import { describe, expect, it } from "vitest";
import type { Message, TurnEvent } from "./bindings";
import { applyTurnEvent, retryNotice } from "./turn";

function streamingMessage(): Message {
  return {
    id: -2,
    conversation_id: 0,
    role: "assistant",
    content: "",
    reasoning: null,
    status: "streaming",
    stop: null,
    model: "guess",
    provider: "guess",
    usage: null,
    error: null,
    created_at: 1,
    updated_at: 1,
    attachments: [],
    parent_id: 1,
  };
}

function run(events: TurnEvent[]): Message {
  return events.reduce(applyTurnEvent, streamingMessage());
}

const started: TurnEvent = {
  type: "started",
  conversation_id: 5,
  user_message_id: 10,
  assistant_message_id: 11,
  model: "gpt-4.1-nano",
  provider: "OpenAI",
};

describe("applyTurnEvent", () => {
  it("takes ids, model and provider from started", () => {
    const m = run([started]);
    expect(m.id, "assistant id comes from the backend").toBe(11);
    expect(m.conversation_id, "conversation id comes from the backend").toBe(5);
    expect(m.model, "model the backend chose").toBe("gpt-4.1-nano");
    expect(m.provider, "provider the backend used").toBe("OpenAI");
    expect(m.status, "still streaming").toBe("streaming");
  });

  it("accumulates deltas in order", () => {
    const m = run([started, { type: "delta", text: "Hel" }, { type: "delta", text: "lo, " }, { type: "delta", text: "world" }]);
    expect(m.content, "deltas append in arrival order").toBe("Hello, world");
  });

  it("records usage and the final status", () => {
    const usage = { input_tokens: 12, output_tokens: 345, reasoning_tokens: 0, cache_read_tokens: 0, cache_write_tokens: 0 };
    const m = run([started, { type: "delta", text: "x" }, { type: "finished", status: "complete", stop_reason: "stop", stop_kind: "end", usage }]);
    expect(m.status, "finished sets the final status").toBe("complete");
    expect(m.usage, "usage from finished").toEqual(usage);
    expect(m.content, "content untouched by finished").toBe("x");
  });

  it("keeps earlier usage when finished reports none", () => {
    const usage = { input_tokens: 1, output_tokens: 2, reasoning_tokens: 0, cache_read_tokens: 0, cache_write_tokens: 0 };
    const m = run([started, { type: "usage", usage }, { type: "finished", status: "stopped", stop_reason: null, stop_kind: null, usage: null }]);
    expect(m.usage, "a later null does not erase known usage").toEqual(usage);
    expect(m.status, "stopped is kept as reported").toBe("stopped");
  });

  it("keeps partial text on a stop", () => {
    const m = run([started, { type: "delta", text: "partial" }, { type: "finished", status: "stopped", stop_reason: null, stop_kind: null, usage: null }]);
    expect(m.content, "stopping keeps what streamed").toBe("partial");
  });

  it("keeps partial text and records the error", () => {
    const m = run([started, { type: "delta", text: "half an ans" }, { type: "error", code: "network", message: "Connection reset" }]);
    expect(m.status, "error is terminal").toBe("error");
    expect(m.content, "partial text survives the error").toBe("half an ans");
    expect(m.error, "error info is kept for display").toEqual({ code: "network", message: "Connection reset" });
  });

  it("keeps reasoning apart from the answer, each in arrival order", () => {
    const m = run([
      started,
      { type: "reasoning", text: "First, " },
      { type: "reasoning", text: "the units." },
      { type: "delta", text: "It is " },
      { type: "reasoning", text: " Then the sum." },
      { type: "delta", text: "42." },
    ]);
    expect(m.reasoning, "reasoning deltas append to the reasoning").toBe("First, the units. Then the sum.");
    expect(m.content, "answer deltas never take reasoning text").toBe("It is 42.");
  });

  it("has no reasoning until some arrives, and keeps it through an error", () => {
    expect(run([started, { type: "delta", text: "x" }]).reasoning, "none streamed: none shown").toBeNull();
    const m = run([started, { type: "reasoning", text: "hmm" }, { type: "error", code: "network", message: "reset" }]);
    expect(m.reasoning, "a terminal error keeps what was thought").toBe("hmm");
  });

  it("stores the stop reason in one vocabulary with the provider's own word", () => {
    const m = run([started, { type: "delta", text: "The list goes on" }, { type: "finished", status: "complete", stop_reason: "max_tokens", stop_kind: "length", usage: null }]);
    expect(m.stop, "kind from stop_kind, raw from stop_reason").toEqual({ kind: "length", raw: "max_tokens" });
    const filtered = run([started, { type: "finished", status: "complete", stop_reason: null, stop_kind: "content_filter", usage: null }]);
    expect(filtered.stop, "a kind without the provider's word").toEqual({ kind: "content_filter", raw: "content_filter" });
    const unknown = run([started, { type: "finished", status: "stopped", stop_reason: "stopped", stop_kind: null, usage: null }]);
    expect(unknown.stop, "no kind: the stop stays unknown").toBeNull();
  });

  it("does not mutate its input", () => {
    const before = streamingMessage();
    applyTurnEvent(before, { type: "delta", text: "x" });
    expect(before.content, "the reducer is pure").toBe("");
  });
});

describe("retries", () => {
  it("leave the answer alone and say why the wait", () => {
    const m = run([started, { type: "retrying", attempt: 1, wait_ms: 1500, code: "overloaded", message: "The provider is overloaded" }]);
    expect(m.content).toBe("");
    expect(m.status).toBe("streaming");
    expect(retryNotice({ attempt: 1, wait_ms: 1500, message: "The provider is overloaded" })).toBe(
      "The provider is overloaded — trying again in 1.5 s (retry 1)",
    );
  });
});
