// Text of an assistant message's meta line (data-testid="message-meta").

import type { Message } from "./bindings";

/** "model · N in / M out" once usage is known, just "model" before that, null without a model. */
export function metaLine(message: Message): string | null {
  const model = message.model ?? message.provider;
  if (model === null || model === "") return null;
  const usage = message.usage;
  if (usage === null) return model;
  return `${model} · ${usage.input_tokens} in / ${usage.output_tokens} out`;
}
