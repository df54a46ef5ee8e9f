// Text of an assistant message's meta line (data-testid="message-meta").

import type { Message } from "./bindings";

/** "model · N in / M out" once usage is known, just "model" before that, null without a model.
 * `named` (the answer's route badge names the model by its catalogue name) leaves the model out,
 * so an answer shows one model name: "N in / M out", or null before usage is known. */
export function metaLine(message: Message, named = false): string | null {
  const model = message.model ?? message.provider;
  if (model === null || model === "") return null;
  const usage = message.usage;
  const tokens = usage === null ? null : `${usage.input_tokens} in / ${usage.output_tokens} out`;
  if (named) return tokens;
  return tokens === null ? model : `${model} · ${tokens}`;
}

/** The exact model id and provider of an answer, for a tooltip: "gpt-4.1-mini-2025-04-14 via OpenAI". */
export function exactModel(message: Message): string | undefined {
  if (message.model === null || message.model === "") {
    return message.provider ? `via ${message.provider}` : undefined;
  }
  return message.provider ? `${message.model} via ${message.provider}` : message.model;
}

/** The label of an answer's reasoning disclosure: "Thinking…" while only reasoning has arrived
 * (so the wait shows progress), then "Thought for a while"; null when there is no reasoning. */
export function reasoningLabel(message: Message): string | null {
  if (message.reasoning === null || message.reasoning === "") return null;
  return message.status === "streaming" && message.content === "" ? "Thinking…" : "Thought for a while";
}

/** A short note when a finished answer did not end on its own: cut off, filtered or declined.
 * Null for a normal end, a tool call, anything else, and while the answer still streams. */
export function stopNote(message: Message): string | null {
  if (message.status === "streaming" || message.stop === null) return null;
  switch (message.stop.kind) {
    case "length":
      return "Cut off at the output limit";
    case "content_filter":
      return "Stopped by the provider's content filter";
    case "refusal":
      return "The model declined to answer";
    default:
      return null;
  }
}
