// Pure reducer for streaming turn events. The store applies every TurnEvent from the backend
// channel to the in-flight assistant message through `applyTurnEvent`, so all the streaming
// rules live here and are unit-tested without a webview:
//  - deltas append to the answer, reasoning deltas to the reasoning, each in arrival order
//    (the two streams never mix, whatever order they interleave in);
//  - a terminal event (finished/error) never discards text or reasoning already streamed;
//  - usage is kept from whichever event reports it, a later null never erases it;
//  - the stop reason is stored in the one vocabulary (`stop_kind`) with the provider's own word
//    (`stop_reason`) kept beside it; a finish that names no kind leaves it unknown.

import type { Message, StopReason, TurnEvent } from "./bindings";

export function applyTurnEvent(message: Message, event: TurnEvent): Message {
  switch (event.type) {
    case "started":
      return {
        ...message,
        id: event.assistant_message_id,
        conversation_id: event.conversation_id,
        model: event.model,
        provider: event.provider,
      };
    case "delta":
      return { ...message, content: message.content + event.text };
    case "reasoning":
      return { ...message, reasoning: (message.reasoning ?? "") + event.text };
    case "usage":
      return { ...message, usage: event.usage };
    case "finished": {
      const stop: StopReason | null =
        event.stop_kind === null ? message.stop : { kind: event.stop_kind, raw: event.stop_reason ?? event.stop_kind };
      return { ...message, status: event.status, usage: event.usage ?? message.usage, stop };
    }
    case "error":
      return { ...message, status: "error", error: { code: event.code, message: event.message } };
    case "retrying":
      // Nothing of the answer changes; the store shows the notice beside it (see `retryNotice`).
      return message;
  }
}

/** What a live answer says while its call waits to be sent again. */
export function retryNotice(event: { attempt: number; wait_ms: number; message: string }): string {
  const seconds = event.wait_ms / 1000;
  const wait = seconds < 10 ? seconds.toFixed(1) : Math.round(seconds).toString();
  return `${event.message} — trying again in ${wait} s (retry ${event.attempt})`;
}
