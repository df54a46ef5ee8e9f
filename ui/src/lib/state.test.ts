import { beforeEach, describe, expect, it, vi } from "vitest";
import { backend } from "../test/fakeBackend";
import type {
  BudgetSettings,
  Conversation,
  ConversationRouting,
  ConversationView,
  Message,
  Provider,
  RouteRecord,
  TurnEvent,
  TurnStarted,
} from "./bindings";


import type { Stores } from "./state";

vi.mock("@tauri-apps/api/core", async () => (await import("../test/fakeBackend")).fakeCore);

const { createStores } = await import("./state");

type FakeChannel = { onmessage: (event: TurnEvent) => void };

const provider: Provider = {
  id: 1, name: "OpenAI", kind: "openai", base_url: "https://api.openai.com/v1", default_model: "gpt-4.1-mini", vendor: null,
  local: false, has_key: true, created_at: 1, settings: {},
};
const keyless: Provider = { ...provider, id: 2, name: "Local", has_key: false };
const conversation: Conversation = { id: 7, title: "Hello", pinned: false, archived: false, created_at: 5, updated_at: 6 };
const started: TurnStarted = {
  conversation_id: 7, user_message_id: 10, assistant_message_id: 11, model: "gpt-4.1-mini", provider: "OpenAI",
};

function stored(id: number, role: "user" | "assistant", content: string, extra: Partial<Message> = {}): Message {
  return {
    id, conversation_id: 7, role, content, status: "complete", model: null, provider: null, usage: null,
    error: null, reasoning: null, stop: null, created_at: 5, updated_at: 6, attachments: [], parent_id: null, ...extra,
  };
}

const noRouting: ConversationRouting = {
  budget_cap: null, budget_mode: null, quality: null, pinned_model: null, chosen_provider_id: null, chosen_model: null, system_prompt: null, context_messages: null,
};
/** Settings whose new chats are answered by the OpenAI provider (Auto would need the router). */
const settings: BudgetSettings = {
  conversation_cap: null, conversation_mode: "hard", monthly_cap: null, monthly_mode: "hard", quality: "balanced",
  default_provider_id: 1, default_model: null, system_prompt: null,
};

/** Lets pending promise callbacks (settle → reload) run. */
async function flush(): Promise<void> {
  for (let i = 0; i < 5; i += 1) await new Promise((resolve) => setTimeout(resolve, 0));
}

function callsOf(command: string): Array<Record<string, unknown>> {
  return backend.calls.filter((c) => c.command === command).map((c) => c.args);
}

async function ready(): Promise<Stores> {
  const state = createStores();
  await state.init();
  return state;
}

/** Makes send_turn hand its channel to the test and resolve only when told to. */
function deferredSend(): { channel: () => FakeChannel; resolve: (s: TurnStarted) => void } {
  let channel: FakeChannel | null = null;
  let resolve: (s: TurnStarted) => void = () => {};
  backend.handlers.set("send_turn", (args) => {
    channel = args.onEvent as FakeChannel;
    return new Promise<TurnStarted>((r) => (resolve = r));
  });
  return {
    channel: () => {
      if (channel === null) throw new Error("send_turn was not called");
      return channel;
    },
    resolve: (s) => resolve(s),
  };
}

beforeEach(() => {
  backend.calls.length = 0;
  backend.handlers.clear();
  backend.handlers.set("app_status", () => ({ data_dir: "/data", keyring: { available: true, message: null } }));
  backend.handlers.set("list_providers", () => [provider, keyless]);
  backend.handlers.set("list_conversations", () => []);
  backend.handlers.set("stop_turn", () => null);
  backend.handlers.set("route_records", () => []);
  backend.handlers.set("catalogue_state", () => ({
    catalogue: { source: { name: "t", version: "1", licence: "MIT", url: "-", retrieved: "-" }, vendors: [], models: [], routes: {} },
    edits: { models: [], removed: [], routes: {} },
    shipped_models: [],
    shipped_routes: {},
    access: {},
  }));
  backend.handlers.set("conversation_routing", () => noRouting);
  backend.handlers.set("set_conversation_routing", () => null);
  backend.handlers.set("budget_settings", () => settings);
  backend.handlers.set("budget_status", () => ({
    conversation: { cap: null, spent: 0, reserved: 0 , unpriced_calls: 0},
    month: { cap: null, spent: 0, reserved: 0 , unpriced_calls: 0},
  }));
});

describe("who answers", () => {
  const other: Provider = { ...provider, id: 3, name: "Groq", default_model: "llama-4" };
  const local: Provider = { ...provider, id: 4, name: "Ollama", has_key: false, local: true, default_model: "qwen3" };

  it("offers providers with a key and local servers, which need none", async () => {
    backend.handlers.set("list_providers", () => [provider, keyless, other, local]);
    const state = await ready();
    expect(state.providers.ready.map((p) => p.id), "a keyless remote provider cannot answer").toEqual([1, 3, 4]);
  });

  it("starts a new chat from Settings → Budget, not from the last conversation's pick", async () => {
    backend.handlers.set("list_providers", () => [provider, other]);
    backend.handlers.set("budget_settings", () => ({ ...settings, default_provider_id: 3, default_model: "llama-4-scout" }));
    const state = await ready();
    expect(state.chat.choice, "the default provider and model").toEqual({
      chosen_provider_id: 3, chosen_model: "llama-4-scout", pinned_model: null,
    });
    await state.chat.choose({ chosen_provider_id: 1, chosen_model: null, pinned_model: null });
    expect(state.chat.choice?.chosen_provider_id, "a pick on the new-chat screen applies").toBe(1);
    expect(callsOf("set_conversation_routing"), "there is no conversation to save it to yet").toEqual([]);
    state.chat.newChat();
    expect(state.chat.choice?.chosen_provider_id, "the next new chat starts from the setting again").toBe(3);
    expect(localStorage.length, "nothing is kept in the webview").toBe(0);
  });

  it("a new chat is Auto when no default is set", async () => {
    backend.handlers.set("budget_settings", () => ({ ...settings, default_provider_id: null }));
    const state = await ready();
    expect(state.chat.choice, "Auto").toEqual({ chosen_provider_id: null, chosen_model: null, pinned_model: null });
    expect(state.providers.choiceLabel(state.chat.choice!), "labelled as the pickers show it").toBe("Auto · routed per message");
  });

  it("saves the new chat's choice to the conversation its first turn creates", async () => {
    backend.handlers.set("list_providers", () => [provider, other]);
    backend.handlers.set("conversation_routing", () => ({ ...noRouting, budget_cap: 5 }));
    const send = deferredSend();
    const state = await ready();
    await state.chat.choose({ chosen_provider_id: 3, chosen_model: "llama-4-scout", pinned_model: null });
    void state.turns.send("Hello");
    expect(callsOf("send_turn")[0]?.request, "the chosen provider and model answer").toEqual({
      conversation_id: null, text: "Hello", provider_id: 3, model: "llama-4-scout", attachments: [],
    });
    expect(state.chat.visibleMessages.at(-1)?.model, "the placeholder names the chosen model").toBe("llama-4-scout");
    send.channel().onmessage({ type: "started", ...started });
    expect(state.chat.choice?.chosen_provider_id, "the new conversation shows its choice at once").toBe(3);
    await flush();
    expect(callsOf("set_conversation_routing"), "stored with the conversation, other fields kept").toEqual([
      {
        conversationId: 7,
        routing: { ...noRouting, budget_cap: 5, chosen_provider_id: 3, chosen_model: "llama-4-scout" },
      },
    ]);
  });

  it("changing the choice of an open conversation saves it, keeping cap and quality", async () => {
    let stored: ConversationRouting = { ...noRouting, budget_cap: 9, quality: "best", pinned_model: "openai/gpt-6-luna" };
    backend.handlers.set("conversation_routing", () => stored);
    backend.handlers.set("set_conversation_routing", (args) => {
      stored = args.routing as ConversationRouting;
      return null;
    });
    backend.handlers.set("open_conversation", () => ({ conversation, messages: [], branches: [] }));
    backend.handlers.set("send_turn", () => started);
    const state = await ready();
    await state.chat.openConversation(7);
    await flush();
    expect(state.chat.choice?.pinned_model, "the stored pin is the conversation's choice").toBe("openai/gpt-6-luna");

    expect(await state.chat.choose({ chosen_provider_id: 1, chosen_model: null, pinned_model: null }), "saved").toBeNull();
    expect(stored, "the provider replaces the pin; cap and quality stay").toEqual({
      ...noRouting, budget_cap: 9, quality: "best", chosen_provider_id: 1,
    });
    expect(state.chat.choice?.chosen_provider_id, "read back").toBe(1);
    await state.turns.send("Hi");
    expect(callsOf("send_turn")[0]?.request, "the conversation's provider answers").toEqual({
      conversation_id: 7, text: "Hi", provider_id: 1, model: null, attachments: [],
    });
  });

  it("refuses to send to a provider that was removed, and says so", async () => {
    backend.handlers.set("budget_settings", () => ({ ...settings, default_provider_id: 9 }));
    const state = await ready();
    expect(state.chat.canSend, "the composer cannot send").toBe(false);
    expect(await state.turns.send("Hi"), "nothing sent").toBe(false);
    expect(state.turns.composerError?.message, "the reason is shown").toMatch(/removed/);
    expect(backend.calls.some((c) => c.command === "send_turn" || c.command === "send_routed_turn")).toBe(false);
  });

  it("saving budget settings changes what the next new chat starts with", async () => {
    backend.handlers.set("set_budget_settings", () => null);
    const state = await ready();
    expect(await state.defaults.save({ ...settings, default_provider_id: null }), "saved").toBeNull();
    expect(callsOf("set_budget_settings")[0]?.settings, "the whole settings go to the backend").toEqual({
      ...settings, default_provider_id: null,
    });
    expect(state.chat.choice?.chosen_provider_id, "the untouched new chat follows at once").toBeNull();
    state.chat.newChat();
    expect(state.chat.choice?.chosen_provider_id, "Auto from now on").toBeNull();
  });

  it("a new chat the user already changed keeps its choice when the default changes", async () => {
    backend.handlers.set("set_budget_settings", () => null);
    const state = await ready();
    await state.chat.choose({ chosen_provider_id: null, chosen_model: null, pinned_model: "openai/gpt-6-luna" });
    await state.defaults.save({ ...settings, default_provider_id: null });
    expect(state.chat.choice?.pinned_model, "the user's pick stays").toBe("openai/gpt-6-luna");
  });

  it("unreadable budget settings are reported at start, and cleared once saved again", async () => {
    backend.handlers.set("budget_settings", () => {
      throw { code: "settings_unreadable", message: "The budget settings cannot be read (bad json)." };
    });
    backend.handlers.set("set_budget_settings", () => null);
    const state = await ready();
    expect(state.notices.notice?.code, "shown, since nothing can be sent").toBe("settings_unreadable");
    expect(state.chat.choice?.chosen_provider_id, "new chats fall back to Auto").toBeNull();
    await state.defaults.save(settings);
    expect(state.notices.notice, "saving replaced them").toBeNull();
  });
});

describe("sending a turn", () => {
  it("streams into a new conversation and ends in sync with the database", async () => {
    const send = deferredSend();
    const state = await ready();

    const accepted = state.turns.send("  Hello there  ");
    expect(state.turns.busy, "a turn is in flight").toBe(true);
    expect(state.turns.streaming, "and can be stopped").toBe(true);
    expect(state.chat.visibleMessages.map((m) => [m.role, m.content, m.status]), "optimistic messages").toEqual([
      ["user", "Hello there", "complete"],
      ["assistant", "", "streaming"],
    ]);
    expect(callsOf("send_turn")[0]?.request, "request matches the contract").toEqual({
      conversation_id: null, text: "Hello there", provider_id: 1, model: null, attachments: [],
    });

    backend.handlers.set("list_conversations", () => [conversation]);
    send.channel().onmessage({ type: "started", ...started });
    expect(state.chat.activeId, "the new conversation is selected").toBe(7);
    await flush();
    expect(state.conversations.list, "the sidebar is refreshed").toEqual([conversation]);
    expect(state.chat.activeConversation?.title, "header title comes from the sidebar").toBe("Hello");

    send.channel().onmessage({ type: "delta", text: "Hi" });
    send.channel().onmessage({ type: "delta", text: ", friend" });
    send.resolve(started);
    expect(await accepted, "send reports success").toBe(true);
    const live = state.chat.visibleMessages.at(-1);
    expect(live?.id, "real id after started").toBe(11);
    expect(live?.content, "deltas accumulate").toBe("Hi, friend");

    const db: ConversationView = {
      conversation,
      messages: [
        stored(10, "user", "Hello there"),
        stored(11, "assistant", "Hi, friend", { model: "gpt-4.1-mini", usage: { input_tokens: 3, output_tokens: 2, reasoning_tokens: 0, cache_read_tokens: 0, cache_write_tokens: 0 } }),
      ],
      branches: [],
    };
    backend.handlers.set("open_conversation", () => db);
    send.channel().onmessage({
      type: "finished", status: "complete", stop_reason: "stop", stop_kind: "end", usage: { input_tokens: 3, output_tokens: 2, reasoning_tokens: 0, cache_read_tokens: 0, cache_write_tokens: 0 },
    });
    await flush();
    expect(state.turns.turn, "the live turn is gone").toBeNull();
    expect(state.chat.visibleMessages, "what is shown is what is stored").toEqual(db.messages);
    expect(callsOf("conversation_page").at(-1), "reloaded the right conversation's newest page").toEqual({ id: 7, before: null, limit: 100 });
  });

  it("keeps partial text and the error when the stream fails", async () => {
    const send = deferredSend();
    const state = await ready();
    void state.turns.send("Hello");
    send.channel().onmessage({ type: "started", ...started });
    send.channel().onmessage({ type: "delta", text: "partial" });

    let release: () => void = () => {};
    backend.handlers.set("open_conversation", () =>
      new Promise((resolve) => {
        release = () =>
          resolve({
            conversation,
            messages: [
              stored(10, "user", "Hello"),
              stored(11, "assistant", "partial", { status: "error", error: { code: "network", message: "Reset" } }),
            ],
            branches: [],
          });
      }),
    );
    send.channel().onmessage({ type: "error", code: "network", message: "Reset" });
    const shown = state.chat.visibleMessages.at(-1);
    expect(shown?.status, "error shows at once").toBe("error");
    expect(shown?.content, "partial text kept").toBe("partial");
    expect(shown?.error?.message, "error message available to display").toBe("Reset");
    expect(state.turns.streaming, "nothing left to stop").toBe(false);

    // The reload starts once the new chat's choice is saved to its conversation.
    await flush();
    release();
    await flush();
    expect(state.chat.visibleMessages.at(-1)?.status, "database copy agrees").toBe("error");
    expect(state.turns.turn, "turn cleared").toBeNull();
  });

  it("settles a turn whose end overtook started", async () => {
    const send = deferredSend();
    backend.handlers.set("open_conversation", () => ({
      conversation,
      messages: [stored(10, "user", "Hello"), stored(11, "assistant", "quick")],
      branches: [],
    }));
    const state = await ready();
    void state.turns.send("Hello");
    send.channel().onmessage({ type: "delta", text: "quick" });
    send.channel().onmessage({ type: "finished", status: "complete", stop_reason: "stop", stop_kind: "end", usage: null });
    await flush();
    expect(state.turns.turn?.assistant.content, "nothing is lost while the ids are unknown").toBe("quick");
    send.resolve(started);
    await flush();
    expect(state.chat.activeId, "the new conversation is still selected").toBe(7);
    expect(state.turns.turn, "the turn settles once started arrives").toBeNull();
    expect(state.chat.visibleMessages.map((m) => m.id), "shown from the database").toEqual([10, 11]);
  });

  it("shows invoke errors next to the composer and sends nothing", async () => {
    backend.handlers.set("send_turn", () => {
      throw { code: "no_key", message: "OpenAI has no API key. Add one in Settings." };
    });
    const state = await ready();
    expect(await state.turns.send("Hi"), "the composer keeps its text").toBe(false);
    expect(state.turns.composerError, "the reason is shown").toEqual({
      code: "no_key", message: "OpenAI has no API key. Add one in Settings.",
    });
    expect(state.turns.turn, "no turn left behind").toBeNull();
    expect(state.chat.visibleMessages, "optimistic messages are withdrawn").toEqual([]);
  });

  it("ignores empty text and double sends", async () => {
    deferredSend();
    const state = await ready();
    expect(await state.turns.send("   "), "blank text is not sent").toBe(false);
    void state.turns.send("one");
    expect(await state.turns.send("two"), "only one turn at a time").toBe(false);
    expect(callsOf("send_turn").length, "a single request went out").toBe(1);
  });

  it("stops a turn requested before the backend assigned ids", async () => {
    const send = deferredSend();
    const state = await ready();
    void state.turns.send("Hello");
    await state.turns.stop();
    expect(callsOf("stop_turn"), "no id to stop yet").toEqual([]);
    send.channel().onmessage({ type: "started", ...started });
    await flush();
    expect(callsOf("stop_turn"), "stopped as soon as the id is known").toEqual([{ messageId: 11 }]);
  });

  it("stops a streaming turn by its assistant message id", async () => {
    const send = deferredSend();
    const state = await ready();
    void state.turns.send("Hello");
    send.channel().onmessage({ type: "started", ...started });
    await state.turns.stop();
    expect(callsOf("stop_turn"), "stop_turn gets the assistant id").toEqual([{ messageId: 11 }]);
  });

  it("keeps a turn in its own conversation when the user navigates away", async () => {
    const send = deferredSend();
    const other: ConversationView = { conversation: { ...conversation, id: 8, title: "Other" }, messages: [], branches: [] };
    backend.handlers.set("open_conversation", (args) => (args.id === 8 ? other : { conversation, messages: [], branches: [] }));
    const state = await ready();
    void state.turns.send("Hello");
    await state.chat.openConversation(8);
    send.channel().onmessage({ type: "started", ...started });
    expect(state.chat.activeId, "the user's navigation wins").toBe(8);
    expect(state.chat.visibleMessages, "the other conversation shows none of the turn").toEqual([]);
    await state.chat.openConversation(7);
    send.channel().onmessage({ type: "delta", text: "streamed" });
    expect(state.chat.visibleMessages.at(-1)?.content, "returning shows the live text").toBe("streamed");
  });
});

describe("conversations", () => {
  it("renames and deletes through the backend", async () => {
    backend.handlers.set("list_conversations", () => [conversation]);
    backend.handlers.set("open_conversation", () => ({ conversation, messages: [stored(1, "user", "x")], branches: [] }));
    backend.handlers.set("rename_conversation", (args) => ({ ...conversation, title: args.title as string, updated_at: 9 }));
    backend.handlers.set("delete_conversation", () => null);
    const state = await ready();
    await state.chat.openConversation(7);

    await state.conversations.rename(7, "  Renamed  ");
    expect(callsOf("rename_conversation"), "title is trimmed").toEqual([{ id: 7, title: "Renamed" }]);
    expect(state.chat.activeConversation?.title, "sidebar shows the new title").toBe("Renamed");

    await state.conversations.deleteNow(7);
    expect(state.conversations.list, "removed from the sidebar").toEqual([]);
    expect(state.chat.activeId, "back to a new chat").toBeNull();
    expect(state.chat.messages, "its messages are gone from view").toEqual([]);
  });

  it("shows the head of a long list first, then the whole list after a frame, keeping a pin made meanwhile", async () => {
    const many: Conversation[] = Array.from({ length: 450 }, (_, i) => ({
      ...conversation, id: 1000 - i, title: `c${i}`, updated_at: 10_000 - i,
    }));
    let release: () => void = () => {};
    let stored: () => void = () => {};
    backend.handlers.set("list_conversations", (args) => {
      if (typeof args.limit === "number") return many.slice(0, args.limit);
      // The whole list is read slowly: a pin is made while it is on its way.
      return new Promise((resolve) => (release = () => resolve(many)));
    });
    // The pin is stored slowly too: reads answered before it see the old flag.
    backend.handlers.set("set_pinned", () => new Promise((resolve) => (stored = () => resolve(null))));
    const state = await ready();
    expect(callsOf("list_conversations")[0], "the first read asks for the head only").toEqual({ limit: 200 });
    expect(state.conversations.list, "shown before the rest").toHaveLength(200);
    expect(state.conversations.complete, "known to be a part").toBe(false);
    expect(state.engine.loaded, "start-up does not wait for the rest").toBe(true);

    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(callsOf("list_conversations").slice(1), "then the whole list, after the first frame").toEqual([{}]);
    const pinned = state.conversations.setPinned(995, true);
    release();
    await flush();
    expect(callsOf("list_conversations"), "read again, since the list changed while it was read").toHaveLength(3);
    release();
    await flush();
    const shown = () => state.conversations.list.find((c) => c.id === 995)?.pinned;
    expect(state.conversations.list, "every conversation").toHaveLength(450);
    expect(state.conversations.complete).toBe(true);
    expect(shown(), "the pin still shows, though the list read says otherwise").toBe(true);

    await state.conversations.refreshHead();
    expect(shown(), "and after the head is read again").toBe(true);
    stored();
    await pinned;
    expect(shown(), "stored").toBe(true);
  });

  it("reports load failures as a notice", async () => {
    backend.handlers.set("list_conversations", () => {
      throw { code: "storage", message: "database is locked" };
    });
    const state = await ready();
    expect(state.notices.notice?.message, "the failure is visible").toBe("database is locked");
    expect(state.engine.loaded, "the UI still finishes loading").toBe(true);
  });
});

describe("providers", () => {
  it("passes keys straight to the backend and keeps only the returned provider", async () => {
    const created: Provider = { ...provider, id: 4, name: "Groq" };
    backend.handlers.set("add_provider", () => created);
    backend.handlers.set("set_key", () => ({ ...keyless, has_key: true }));
    const state = await ready();

    await state.providers.add({ name: "Groq", kind: "openai", base_url: "https://api.groq.com/openai/v1", default_model: "llama", vendor: null, local: false, settings: {} }, "sk-secret");
    expect(callsOf("add_provider")[0]?.apiKey, "the key goes to the backend").toBe("sk-secret");
    expect(state.providers.list.map((p) => p.id), "the new provider is listed").toEqual([1, 2, 4]);

    await state.providers.setKey(2, "sk-other");
    expect(state.providers.ready.map((p) => p.id), "a provider with a new key can answer").toContain(2);
    expect(JSON.stringify(state.providers.list), "no key text is kept in state").not.toMatch(/sk-/);
  });
});

describe("automatic routing", () => {
  it("sends through the router when Auto is chosen, and loads the answer's route record", async () => {
    const record: RouteRecord = {
      classification: { task: "chat", confidence: 0.9, basis: "model", reason: "model: chat at 90%", features: [], runner_up: null },
      decision: {
        task: "chat", quality: "balanced", pick: "openai/gpt-4.1-mini", reason: "chat → GPT-4.1 mini.",
        pinned: false, sticky: false, candidates: [], blocked: null, no_key: null,
      },
      selection: "routed", fallbacks: [], retries: 0, answered_by: "openai/gpt-4.1-mini", provider: "OpenAI", priced: true,
      reserved: 9, settled: 4, exact: true,
      budget_before: { cap: null, spent: 0, reserved: 0 , unpriced_calls: 0}, budget_after: { cap: null, spent: 4, reserved: 0 , unpriced_calls: 0}, first_sent: null,
    };
    const budget = {
      conversation: { cap: { amount: 10_000_000, mode: "hard" }, spent: 4, reserved: 0 , unpriced_calls: 0},
      month: { cap: null, spent: 4, reserved: 0 , unpriced_calls: 0},
    };
    let channel: FakeChannel | undefined;
    backend.handlers.set("send_routed_turn", (args) => {
      channel = args.onEvent as FakeChannel;
      return started;
    });
    backend.handlers.set("open_conversation", (): ConversationView => ({
      conversation,
      messages: [stored(10, "user", "hi"), stored(11, "assistant", "Hello!")],
      branches: [],
    }));
    backend.handlers.set("list_conversations", () => [conversation]);
    backend.handlers.set("route_records", () => [
      { message_id: 11, record, error: null },
      { message_id: 13, record: null, error: "The route record of this answer cannot be read (bad json)." },
    ]);
    backend.handlers.set("budget_status", () => budget);

    const state = await ready();
    await state.chat.choose({ chosen_provider_id: null, chosen_model: null, pinned_model: null });
    expect(state.chat.canSend, "Auto is a choice once a provider exists").toBe(true);
    expect(await state.turns.send("hi"), "the message was accepted").toBe(true);
    expect(callsOf("send_turn"), "no fixed provider was used").toHaveLength(0);
    const request = callsOf("send_routed_turn")[0]?.request as { text: string; conversation_id: number | null };
    expect(request.text, "the text goes to the router").toBe("hi");
    expect(request.conversation_id, "a new chat has no conversation yet").toBeNull();

    channel?.onmessage({ type: "finished", status: "complete", stop_reason: "stop", stop_kind: "end", usage: null });
    await flush();
    expect(state.chat.routes.get(11), "the answer's route record is loaded for its badge").toEqual(record);
    expect(state.chat.unreadableRoutes.get(13), "an unreadable one is kept with why").toMatch(/cannot be read/);
    expect(state.chat.routes.has(13), "and is not passed off as a record").toBe(false);
    expect(state.chat.budget, "the budget meter reflects the conversation").toEqual(budget);
  });

  it("a hand-picked model (override or re-run) goes through the router even with a provider chosen", async () => {
    backend.handlers.set("send_routed_turn", () => started);
    const state = await ready();
    expect(state.chat.choice?.chosen_provider_id, "a fixed provider is chosen").toBe(1);
    expect(await state.turns.send("again please", "openai/gpt-6.1-sol"), "accepted").toBe(true);
    expect(callsOf("send_turn"), "the fixed provider is not used").toHaveLength(0);
    const request = callsOf("send_routed_turn")[0]?.request as { options: { pinned: string | null } };
    expect(request.options.pinned, "the chosen model is pinned for this turn").toBe("openai/gpt-6.1-sol");
  });

  it("a new chat pinned to a model sends the pin with its first turn, then stores it", async () => {
    backend.handlers.set("send_routed_turn", () => started);
    const state = await ready();
    await state.chat.choose({ chosen_provider_id: null, chosen_model: null, pinned_model: "openai/gpt-6-luna" });
    await state.turns.send("hi");
    const request = callsOf("send_routed_turn")[0]?.request as { options: { pinned: string | null } };
    expect(request.options.pinned, "no conversation holds the pin yet").toBe("openai/gpt-6-luna");
    await flush();
    expect(callsOf("set_conversation_routing")[0]?.routing, "the pin becomes the conversation's").toEqual({
      ...noRouting, pinned_model: "openai/gpt-6-luna",
    });
  });

  it("a one-off override is never saved as the conversation's choice", async () => {
    backend.handlers.set("send_routed_turn", () => started);
    backend.handlers.set("open_conversation", () => ({ conversation, messages: [], branches: [] }));
    const state = await ready();
    await state.chat.openConversation(7);
    await flush();
    await state.turns.send("again", "openai/gpt-6.1-sol");
    await flush();
    expect(callsOf("set_conversation_routing"), "nothing stored").toEqual([]);
  });

  it("keeps the text when the router refuses to send (budget exhausted)", async () => {
    backend.handlers.set("send_routed_turn", () => {
      throw { code: "budget_exceeded", message: "Not sent: … Raise the cap to continue." };
    });
    const state = await ready();
    await state.chat.choose({ chosen_provider_id: null, chosen_model: null, pinned_model: null });
    expect(await state.turns.send("hello"), "nothing was sent").toBe(false);
    expect(state.turns.composerError?.code, "the refusal is shown by the composer").toBe("budget_exceeded");
    expect(state.turns.turn, "no live turn remains").toBeNull();
  });
});

describe("system prompts", () => {
  it("reads the default system prompt at start and follows a saved one (blank counts as none)", async () => {
    backend.handlers.set("budget_settings", () => ({ ...settings, system_prompt: "Answer concisely." }));
    backend.handlers.set("set_budget_settings", () => null);
    const state = await ready();
    expect(state.defaults.systemPrompt, "read with the other defaults").toBe("Answer concisely.");
    await state.defaults.save({ ...settings, system_prompt: "Use metric units." });
    expect(callsOf("set_budget_settings")[0]?.settings, "sent with the other defaults").toEqual({
      ...settings, system_prompt: "Use metric units.",
    });
    expect(state.defaults.systemPrompt, "the new default").toBe("Use metric units.");
    await state.defaults.save({ ...settings, system_prompt: "  " });
    expect(state.defaults.systemPrompt, "blank is none").toBeNull();
  });

  it("a conversation's prompt is saved with its routing, every other field kept", async () => {
    let stored: ConversationRouting = {
      ...noRouting, budget_cap: 9, budget_mode: "soft", quality: "best", pinned_model: "openai/gpt-6-luna",
    };
    backend.handlers.set("conversation_routing", () => stored);
    backend.handlers.set("set_conversation_routing", (args) => {
      stored = args.routing as ConversationRouting;
      return null;
    });
    backend.handlers.set("open_conversation", () => ({ conversation, messages: [], branches: [] }));
    const state = await ready();
    await state.chat.openConversation(7);
    await flush();
    expect(await state.chat.updateRouting({ system_prompt: "Reply in French." }), "saved").toBeNull();
    expect(stored, "only the prompt changed").toEqual({
      ...noRouting, budget_cap: 9, budget_mode: "soft", quality: "best", pinned_model: "openai/gpt-6-luna",
      system_prompt: "Reply in French.",
    });
    expect(state.chat.routing?.system_prompt, "read back").toBe("Reply in French.");
  });

  it("a new conversation starts with no system prompt of its own", async () => {
    const send = deferredSend();
    const state = await ready();
    void state.turns.send("Hello");
    send.channel().onmessage({ type: "started", ...started });
    expect(state.chat.routing?.system_prompt, "the default applies").toBeNull();
    await flush();
    expect(
      (callsOf("set_conversation_routing")[0]?.routing as ConversationRouting | undefined)?.system_prompt,
      "saving the new chat's choice stores none",
    ).toBeNull();
  });
});

describe("raising a cap after a refused send", () => {
  const hard = (amount: number, spent: number) => ({ cap: { amount, mode: "hard" as const }, spent, reserved: 0 , unpriced_calls: 0});

  it("opens the conversation's cap editor when its own cap is the tighter one", async () => {
    const state = await ready();
    state.chat.activeId = 7;
    state.chat.budget = { conversation: hard(10_000_000, 9_000_000), month: hard(5_000_000_000, 0) };
    state.turns.composerError = { code: "budget_exceeded", message: "Not sent" };
    let asked = 0;
    state.navigation.onOpenCapEditor(() => (asked += 1));
    state.turns.raiseCap();
    expect(asked, "the header's editor is asked to open").toBe(1);
    expect(state.navigation.view, "the chat stays in view").toBe("chat");
    expect(state.turns.composerError, "the refusal is dismissed").toBeNull();
  });

  it("opens Settings → Budget when the monthly cap blocks, or for a new chat", async () => {
    const state = await ready();
    state.chat.activeId = 7;
    state.chat.budget = { conversation: hard(10_000_000, 0), month: hard(20_000_000, 19_000_000) };
    state.turns.raiseCap();
    expect([state.navigation.view, state.navigation.settingsTab], "the monthly cap is a setting").toEqual(["settings", "budget"]);

    state.chat.newChat();
    state.turns.raiseCap();
    expect([state.navigation.view, state.navigation.settingsTab], "a new chat is bound by the defaults").toEqual(["settings", "budget"]);
  });
});

describe("conversations.put", () => {
  it("keeps the list as it is when the conversation comes back unchanged, and takes a change", () => {
    const state = createStores();
    const older = { ...conversation, id: 8, updated_at: 1 };
    state.conversations.list = [conversation, older];
    const before = state.conversations.list;
    state.conversations.put({ ...conversation });
    // The same array: nothing re-sorted, the sidebar's groups not derived again.
    expect(state.conversations.list).toBe(before);
    state.conversations.put({ ...older, title: "Renamed", updated_at: 9 });
    expect(state.conversations.list.map((c) => [c.id, c.title])).toEqual([
      [8, "Renamed"],
      [7, "Hello"],
    ]);
  });
});
