// The conversations store built alone, with fakes for the open conversation and the turn in
// flight it is given at construction: deleting with Undo stops an answer in the conversation,
// leaves it if open, and Undo brings it back (reopening it only if nothing else was opened).
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { Conversation } from "../bindings";
import { backend } from "../../test/fakeBackend";

vi.mock("@tauri-apps/api/core", async () => (await import("../../test/fakeBackend")).fakeCore);

const { Conversations } = await import("./conversations.svelte");
const { Navigation } = await import("./navigation.svelte");
const { Notices } = await import("./notices.svelte");

const hello: Conversation = { id: 7, title: "Hello", pinned: false, archived: false, created_at: 5, updated_at: 6 };

function build(activeId: number | null, turnIn: number | null) {
  const open = { activeId, newChat: vi.fn(() => (open.activeId = null)), openConversation: vi.fn(async () => {}) };
  const turns = { turn: turnIn === null ? null : { conversationId: turnIn }, stop: vi.fn(async () => {}) };
  const notices = new Notices();
  const store = new Conversations({ notices, navigation: new Navigation(), open: () => open, turns: () => turns });
  store.list = [hello];
  return { store, open, turns, notices };
}

beforeEach(() => {
  backend.calls.length = 0;
  backend.handlers.clear();
  backend.handlers.set("delete_conversation", () => null);
});

describe("deleting a conversation with Undo", () => {
  it("stops its answer, leaves it, hides it, and deletes it once the toast passes", async () => {
    const { store, open, turns, notices } = build(7, 7);
    await store.remove(7);
    expect(turns.stop).toHaveBeenCalledOnce();
    expect(open.newChat).toHaveBeenCalledOnce();
    expect(store.groups.recent, "hidden at once").toEqual([]);
    expect(notices.deletions.pending?.text).toBe("Deleted “Hello”");
    await notices.deletions.flush();
    expect(backend.calls.map((c) => c.command)).toEqual(["delete_conversation"]);
    expect(store.list).toEqual([]);
    expect(store.hidden).toEqual([]);
  });

  it("Undo brings it back and reopens it when nothing else was opened", async () => {
    const { store, open, notices } = build(7, null);
    await store.remove(7);
    notices.deletions.undo();
    expect(store.groups.recent.map((c) => c.id)).toEqual([7]);
    expect(open.openConversation).toHaveBeenCalledWith(7);
    expect(backend.calls, "nothing deleted").toEqual([]);
  });

  it("Undo does not reopen it over another conversation opened meanwhile", async () => {
    const { store, open, notices } = build(7, null);
    await store.remove(7);
    open.activeId = 9;
    notices.deletions.undo();
    expect(open.openConversation).not.toHaveBeenCalled();
  });

  it("leaves the open conversation alone when another one is deleted", async () => {
    const { store, open, turns } = build(9, 9);
    await store.remove(7);
    expect(open.newChat).not.toHaveBeenCalled();
    expect(turns.stop, "the answer is in another conversation").not.toHaveBeenCalled();
  });
});

describe("the whole list's read", () => {
  it("is read again after it failed, the next time the head is read", async () => {
    const { store, notices } = build(null, null);
    const many = Array.from({ length: 200 }, (_, i) => ({ ...hello, id: 1000 + i, updated_at: 10_000 - i }));
    const whole = [...many, { ...hello, id: 5, archived: true }];
    let failing = true;
    backend.handlers.set("list_conversations", (args) => {
      if (args.limit !== undefined) return many;
      if (failing) throw { code: "storage", message: "the database is busy" };
      return whole;
    });
    await store.load();
    await vi.waitFor(() => expect(notices.notice?.message).toBe("the database is busy"));
    expect(store.complete, "only the head is there").toBe(false);
    failing = false;
    await store.refreshHead();
    await vi.waitFor(() => expect(store.complete, "read again once the backend answers").toBe(true));
    expect(store.groups.archived.map((c) => c.id), "what only the whole list holds").toEqual([5]);
  });
});

describe("the first read", () => {
  it("takes the head the boot frame read instead of reading it again", async () => {
    const { store } = build(null, null);
    store.list = [];
    await store.load(Promise.resolve([hello]));
    expect(store.list).toEqual([hello]);
    expect(store.complete).toBe(true);
    expect(backend.calls, "nothing read again").toEqual([]);
  });

  it("reports the boot frame's failed read as its own", async () => {
    const { store, notices } = build(null, null);
    await store.load(Promise.reject({ code: "database_corrupt", message: "The history file is damaged." }));
    expect(notices.notice?.message).toBe("The history file is damaged.");
  });
});
