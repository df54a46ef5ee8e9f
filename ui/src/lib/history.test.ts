// The app state's history features against the fake backend: branches (switching, edits and
// regenerated answers as siblings), deletions that wait for Undo, pin/archive, search jumps and
// switching conversations in list order.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { backend } from "../test/fakeBackend";
import type { Conversation, ConversationView, Message, Provider, TurnEvent, TurnStarted } from "./bindings";
import { UNDO_DELAY_MS } from "./undo.svelte";
import { PAGE_SIZE } from "./paging";

import type { Stores } from "./state";

vi.mock("@tauri-apps/api/core", async () => (await import("../test/fakeBackend")).fakeCore);

const { createStores } = await import("./state");

type FakeChannel = { onmessage: (event: TurnEvent) => void };

const provider: Provider = {
  id: 1, name: "OpenAI", kind: "openai", base_url: "https://api.openai.com/v1", default_model: "gpt-4.1-mini", vendor: null,
  local: false, has_key: true, created_at: 1, settings: {},
};
const conversation: Conversation = { id: 7, title: "Hello", pinned: false, archived: false, created_at: 5, updated_at: 6 };

function msg(id: number, role: "user" | "assistant", content: string, parent: number | null): Message {
  return {
    id, conversation_id: 7, role, content, status: "complete", model: null, provider: null, usage: null, error: null,
    reasoning: null, stop: null, created_at: 5, updated_at: 6, attachments: [], parent_id: parent,
  };
}

/** Prompt 10 (answers 11 and 13, 13 shown), follow-up 14 and its answer 15. */
const path: Message[] = [msg(10, "user", "hi", null), msg(13, "assistant", "second answer", 10), msg(14, "user", "more", 13), msg(15, "assistant", "ok", 14)];
const view: ConversationView = { conversation, messages: path, branches: [{ message_id: 13, siblings: [11, 13] }] };
const firstAnswer: ConversationView = { conversation, messages: [msg(10, "user", "hi", null), msg(11, "assistant", "first answer", 10)], branches: [{ message_id: 11, siblings: [11, 13] }] };

/** Lets pending promise callbacks run (with fake timers too). */
async function flush(): Promise<void> {
  for (let i = 0; i < 5; i += 1) {
    if (vi.isFakeTimers()) await vi.advanceTimersByTimeAsync(0);
    else await new Promise((resolve) => setTimeout(resolve, 0));
  }
}

const callsOf = (command: string) => backend.calls.filter((c) => c.command === command).map((c) => c.args);

async function opened(): Promise<Stores> {
  const state = createStores();
  await state.init();
  await state.chat.openConversation(7);
  await flush();
  return state;
}

beforeEach(() => {
  backend.calls.length = 0;
  backend.handlers.clear();
  backend.handlers.set("app_status", () => ({ data_dir: "/data", keyring: { available: true, message: null } }));
  backend.handlers.set("list_providers", () => [provider]);
  backend.handlers.set("list_conversations", () => [conversation]);
  backend.handlers.set("route_records", () => []);
  backend.handlers.set("catalogue_state", () => ({
    catalogue: { source: { name: "t", version: "1", licence: "MIT", url: "-", retrieved: "-" }, vendors: [], models: [], routes: {} },
    edits: { models: [], removed: [], routes: {} },
    shipped_models: [],
    shipped_routes: {},
    access: {},
  }));
  backend.handlers.set("budget_status", () => ({
    conversation: { cap: null, spent: 0, reserved: 0, unpriced_calls: 0 },
    month: { cap: null, spent: 0, reserved: 0, unpriced_calls: 0 },
  }));
  backend.handlers.set("open_conversation", () => view);
  backend.handlers.set("select_branch", () => firstAnswer);
});

afterEach(() => {
  vi.useRealTimers();
});

describe("branches", () => {
  it("keeps the alternatives of the branch shown, and switches to a sibling's branch", async () => {
    const state = await opened();
    expect(state.chat.branches.get(13), "the answer has two versions").toEqual([11, 13]);
    expect(state.chat.branches.has(10), "the prompt has one").toBe(false);

    await state.chat.selectBranch(11);
    expect(callsOf("select_branch"), "the sibling's id").toEqual([{ messageId: 11, limit: PAGE_SIZE }]);
    expect(state.chat.visibleMessages.map((m) => m.id), "its branch is shown").toEqual([10, 11]);
    expect(state.chat.branches.get(11)).toEqual([11, 13]);
  });

  it("another answer re-sends nothing from here: placement regenerate, empty text, no files", async () => {
    let channel: FakeChannel | null = null;
    backend.handlers.set("send_routed_turn", (args): TurnStarted => {
      channel = args.onEvent as FakeChannel;
      return { conversation_id: 7, user_message_id: 10, assistant_message_id: 16, model: "gpt-6-luna", provider: "OpenAI" };
    });
    const state = await opened();
    expect(await state.turns.regenerate(13, { kind: "routed", pinned: "openai/gpt-6-luna" }), "accepted").toBe(true);
    const request = callsOf("send_routed_turn")[0]?.request as Record<string, unknown>;
    expect(request.placement, "a sibling of answer 13").toEqual({ kind: "regenerate", message_id: 13 });
    expect(request.text, "the backend sends the stored prompt").toBe("");
    expect(request.attachments, "with its stored files").toEqual([]);
    expect((request.options as { pinned: string }).pinned, "to the chosen model").toBe("openai/gpt-6-luna");
    expect(state.chat.visibleMessages.map((m) => m.id).slice(0, 1), "the prompt stays, once").toEqual([10]);
    expect(state.chat.visibleMessages, "the new answer replaces the old one and what followed it").toHaveLength(2);
    expect(state.chat.visibleMessages[1]?.id, "once the backend took it").toBe(16);
    expect(state.chat.visibleMessages[1]?.status).toBe("streaming");
    expect(channel, "events arrive on the channel").not.toBeNull();
  });

  it("an edit goes with its text and files as a sibling of the prompt, replacing it on screen once started", async () => {
    let accept: (started: TurnStarted) => void = () => {};
    backend.handlers.set("send_routed_turn", () => new Promise<TurnStarted>((resolve) => (accept = resolve)));
    const state = await opened();
    const files = [{ name: "a.txt", mime: "text/plain", data_base64: btoa("a") }];
    void state.turns.editMessage(14, "  more, please  ", files);
    await flush();
    expect(state.chat.visibleMessages.map((m) => m.id), "until the backend takes it, the old version stays (with its editor)").toEqual([10, 13, 14, 15]);
    accept({ conversation_id: 7, user_message_id: 17, assistant_message_id: 18, model: "gpt-6-luna", provider: "OpenAI" });
    await flush();
    const request = callsOf("send_routed_turn")[0]?.request as Record<string, unknown>;
    expect(request.placement).toEqual({ kind: "edit", message_id: 14 });
    expect(request.text, "trimmed like any message").toBe("more, please");
    expect(request.attachments, "the files kept").toEqual(files);
    const shown = state.chat.visibleMessages;
    expect(shown.slice(0, 2).map((m) => m.id), "the messages above stay").toEqual([10, 13]);
    expect(shown[2]?.content, "the new version in the old one's place").toBe("more, please");
    expect(shown[2]?.attachments.map((a) => a.name)).toEqual(["a.txt"]);
    expect(shown, "its old answer is not shown under it").toHaveLength(4);
    expect(shown[3]?.status).toBe("streaming");
  });

  it("a plain send sends no placement (the backend's default: after the branch shown)", async () => {
    backend.handlers.set("send_routed_turn", () => new Promise<TurnStarted>(() => {}));
    const state = await opened();
    void state.turns.send("next");
    await flush();
    expect(callsOf("send_routed_turn")[0]?.request).not.toHaveProperty("placement");
  });

  it("a search result opens its conversation on the message's branch and marks it", async () => {
    const state = createStores();
    await state.init();
    await state.chat.jumpTo(7, 11);
    expect(callsOf("select_branch"), "the branch through the message").toEqual([{ messageId: 11, limit: PAGE_SIZE }]);
    expect(state.chat.activeId).toBe(7);
    expect(state.chat.visibleMessages.map((m) => m.id)).toEqual([10, 11]);
    expect(state.chat.highlight, "marked for the chat to scroll to").toEqual({ messageId: 11 });
    state.chat.newChat();
    expect(state.chat.highlight, "forgotten when leaving").toBeNull();
  });
});

describe("deleting messages", () => {
  it("hides the message and what follows at once, and deletes only after the Undo delay", async () => {
    vi.useFakeTimers();
    backend.handlers.set("delete_message", () => firstAnswer);
    const state = await opened();
    await state.chat.removeMessage(14);
    expect(state.chat.visibleMessages.map((m) => m.id), "the follow-up and its answer are hidden").toEqual([10, 13]);
    expect(state.notices.deletions.pending?.text).toBe("Message deleted");
    expect(callsOf("delete_message"), "nothing deleted yet").toEqual([]);
    await vi.advanceTimersByTimeAsync(UNDO_DELAY_MS);
    await flush();
    expect(callsOf("delete_message")).toEqual([{ messageId: 14, limit: PAGE_SIZE }]);
    expect(state.chat.visibleMessages.map((m) => m.id), "the conversation as the backend now shows it").toEqual([10, 11]);
    expect(state.chat.hiddenMessages, "nothing left hidden").toEqual([]);
  });

  it("Undo shows it again and never calls the backend", async () => {
    vi.useFakeTimers();
    backend.handlers.set("delete_message", () => firstAnswer);
    const state = await opened();
    await state.chat.removeMessage(13);
    expect(state.chat.visibleMessages.map((m) => m.id)).toEqual([10]);
    state.notices.deletions.undo();
    expect(state.chat.visibleMessages.map((m) => m.id), "all back").toEqual([10, 13, 14, 15]);
    await vi.advanceTimersByTimeAsync(UNDO_DELAY_MS * 2);
    expect(callsOf("delete_message"), "undone deletions are never sent").toEqual([]);
  });

  it("a send while a deletion waits commits the deletion first", async () => {
    vi.useFakeTimers();
    backend.handlers.set("delete_message", () => firstAnswer);
    backend.handlers.set("send_routed_turn", () => new Promise<TurnStarted>(() => {}));
    const state = await opened();
    await state.chat.removeMessage(14);
    void state.turns.send("instead");
    await flush();
    const order = backend.calls.map((c) => c.command).filter((c) => c === "delete_message" || c === "send_routed_turn");
    expect(order, "the turn must not land in the branch being deleted").toEqual(["delete_message", "send_routed_turn"]);
    expect(state.chat.visibleMessages.map((m) => m.content), "the new prompt follows what remains").toEqual(["hi", "first answer", "instead", ""]);
  });

  it("no deletion while a turn is on its way in the conversation", async () => {
    backend.handlers.set("send_routed_turn", () => new Promise<TurnStarted>(() => {}));
    const state = await opened();
    void state.turns.send("next");
    await flush();
    await state.chat.removeMessage(14);
    expect(state.notices.deletions.pending, "refused").toBeNull();
    expect(state.chat.hiddenMessages).toEqual([]);
  });
});

describe("conversations in the sidebar", () => {
  it("a deleted conversation leaves at once; Undo brings it back and reopens it", async () => {
    vi.useFakeTimers();
    backend.handlers.set("delete_conversation", () => null);
    const state = await opened();
    await state.conversations.remove(7);
    expect(state.conversations.groups.recent, "out of the list").toEqual([]);
    expect(state.chat.activeId, "back to a new chat").toBeNull();
    expect(state.notices.deletions.pending?.text).toBe("Deleted “Hello”");
    state.notices.deletions.undo();
    await flush();
    expect(state.conversations.groups.recent.map((c) => c.id), "listed again").toEqual([7]);
    expect(state.chat.activeId, "and open again").toBe(7);
    await vi.advanceTimersByTimeAsync(UNDO_DELAY_MS * 2);
    expect(callsOf("delete_conversation"), "never deleted").toEqual([]);

    await state.conversations.remove(7);
    await vi.advanceTimersByTimeAsync(UNDO_DELAY_MS);
    await flush();
    expect(callsOf("delete_conversation"), "deleted once the toast passed").toEqual([{ id: 7 }]);
    expect(state.conversations.list, "gone for good").toEqual([]);
  });

  it("pins and archives at once, and shows the old value again when the backend refuses", async () => {
    backend.handlers.set("set_pinned", () => null);
    backend.handlers.set("set_archived", () => {
      throw { code: "storage", message: "disk full" };
    });
    const state = await opened();
    await state.conversations.setPinned(7, true);
    expect(callsOf("set_pinned")).toEqual([{ id: 7, pinned: true }]);
    expect(state.conversations.groups.pinned.map((c) => c.id)).toEqual([7]);
    expect(state.notices.said?.text, "said politely").toBe("Pinned to the top");
    await state.conversations.setArchived(7, true);
    expect(state.conversations.groups.archived, "the refused change is undone").toEqual([]);
    expect(state.notices.notice?.message, "and explained").toBe("disk full");
  });

  it("Ctrl+Tab order: pinned first, then the others, archived ones only while shown", async () => {
    const list: Conversation[] = [
      { ...conversation, id: 1, updated_at: 9 },
      { ...conversation, id: 2, updated_at: 8, pinned: true },
      { ...conversation, id: 3, updated_at: 7, archived: true },
    ];
    backend.handlers.set("list_conversations", () => list);
    backend.handlers.set("open_conversation", (args) => ({ ...view, conversation: list.find((c) => c.id === args.id) }));
    const state = createStores();
    await state.init();
    state.chat.switchConversation(1);
    await flush();
    expect(state.chat.activeId, "from a new chat: the top of the list").toBe(2);
    state.chat.switchConversation(1);
    await flush();
    expect(state.chat.activeId).toBe(1);
    state.chat.switchConversation(1);
    await flush();
    expect(state.chat.activeId, "archived ones are skipped while hidden").toBe(2);
    state.chat.switchConversation(-1);
    await flush();
    expect(state.chat.activeId, "and back").toBe(1);
    state.navigation.showArchived = true;
    state.chat.switchConversation(1);
    await flush();
    expect(state.chat.activeId, "shown, they are walked too").toBe(3);
  });
});
