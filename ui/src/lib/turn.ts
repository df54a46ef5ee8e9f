// Pure reducer for streaming turn events. The store applies every TurnEvent from the backend
// channel to the in-flight assistant message through `applyTurnEvent`, so all the streaming
// rules live here and are unit-tested without a webview:
//  - deltas append in arrival order;
//  - a terminal event (finished/error) never discards text already streamed;
//  - usage is kept from whichever event reports it, a later null never erases it.

import type { Message, TurnEvent } from "./bindings";

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
    case "usage":
      return { ...message, usage: event.usage };
    case "finished":
      return { ...message, status: event.status, usage: event.usage ?? message.usage };
    case "error":
      return { ...message, status: "error", error: { code: event.code, message: event.message } };
  }
}

