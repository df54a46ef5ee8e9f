// Long conversations in the whole UI (jsdom, fake backend): a conversation opens on one page of
// its newest messages and renders only those near the view; older pages are read as the view
// nears the top, with the view kept on what was read; a streamed delta touches only the last
// message; a search hit far back opens on the page around it; a turn sent from far back goes
// after the branch's end. jsdom lays nothing out, so every message counts at the list's estimated
// height and the tests give the scroller the size a window would.
import { flushSync } from "svelte";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { backend } from "./test/fakeBackend";
import { byTestId, callsOf, mountApp, resetBackend, serveApp, settle, stubResizeObserver, unmountApp } from "./test/app";
import { PAGE_SIZE } from "./lib/paging";
import type { Conversation, ConversationView, Message, SearchHit, TurnEvent } from "./lib/bindings";

vi.mock("@tauri-apps/api/core", async () => (await import("./test/fakeBackend")).fakeCore);

const { chat, turns } = await import("./lib/state");
const { historySearch } = await import("./lib/search.svelte");

const conversation: Conversation = { id: 7, title: "Long one", pinned: false, archived: false, created_at: 1, updated_at: 2 };

/** Conversation 7: 10,000 messages on one branch, ids 10000…19999, user and answer in turn. */
const LENGTH = 10_000;
const FIRST_ID = 10_000;
function message(index: number): Message {
  const id = FIRST_ID + index;
  const role = index % 2 === 0 ? "user" : "assistant";
  return {
    id, conversation_id: 7, role, content: `${role} message ${index}`, status: "complete", model: role === "assistant" ? "gpt-4.1-mini" : null,
    provider: role === "assistant" ? "OpenAI" : null, usage: null, error: null, reasoning: null, stop: null,
    created_at: 1, updated_at: 2, attachments: [], parent_id: index === 0 ? null : id - 1,
  };
}
const long: ConversationView = { conversation, messages: Array.from({ length: LENGTH }, (_, i) => message(i)), branches: [] };

/** The message elements in the DOM. */
const rendered = () => [...document.querySelectorAll<HTMLElement>("[data-message-id]")];
const renderedIds = () => rendered().map((el) => Number(el.dataset.messageId));

/** Gives the scroller a window's size (jsdom lays nothing out) and scrolls it to `top`. */
function scrollTo(top: number, size: { height: number; view: number }): HTMLElement {
  const scroller = byTestId("message-scroller");
  Object.defineProperty(scroller, "scrollHeight", { configurable: true, value: size.height });
  Object.defineProperty(scroller, "clientHeight", { configurable: true, value: size.view });
  scroller.scrollTop = top;
  scroller.dispatchEvent(new Event("scroll"));
  flushSync();
  return scroller;
}

/** The height the list gives each message here: the spacer above the rendered ones over their
 * count (every message has the estimated height, as jsdom measures none). */
function rowHeight(): number {
  const first = renderedIds()[0] ?? 0;
  const index = chat.messages.findIndex((m) => m.id === first);
  return parseFloat(byTestId("messages-above").style.height) / index;
}

beforeEach(async () => {
  resetBackend();
  serveApp({ conversations: () => [conversation] });
  // The database: conversation_page and conversation_page_around page it (see fakeBackend).
  backend.handlers.set("open_conversation", () => long);
  stubResizeObserver();
  turns.turn = null;
  chat.hiddenMessages = [];
  historySearch.clear();
  chat.newChat();
  await mountApp();
});

afterEach(() => {
  unmountApp();
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe("a long conversation", () => {
  it("opens on one page of its newest 100 messages and renders far fewer", async () => {
    await chat.openConversation(7);
    await settle();
    expect(callsOf("conversation_page"), "one page, the newest").toEqual([{ id: 7, before: null, limit: 100 }]);
    expect(callsOf("open_conversation"), "never the whole conversation").toEqual([]);
    expect(chat.messages, "the page is what is loaded").toHaveLength(100);
    expect(chat.earlier, "the rest is known to be there").toBe(LENGTH - 100);
    const ids = renderedIds();
    expect(ids.length, "only the messages near the view are in the DOM").toBeGreaterThan(0);
    expect(ids.length, "far fewer than the page, let alone the conversation").toBeLessThan(30);
    expect(ids.at(-1), "the view rests on the newest message").toBe(FIRST_ID + LENGTH - 1);
    expect(ids, "a run of consecutive messages").toEqual(ids.map((_, i) => (ids[0] ?? 0) + i));
    expect(byTestId("messages-earlier").textContent, "says older messages are there").toContain("Show earlier messages");
    expect(parseFloat(byTestId("messages-above").style.height), "the unrendered ones above keep their room").toBeGreaterThan(0);
  });

  it("renders only what is in view for the first frame, then the usual margin around it", async () => {
    // The page is read and shown in one go of promises: no frame comes between.
    await chat.openConversation(7);
    flushSync();
    const first = renderedIds().length;
    expect(first, "the newest messages are there at once").toBeGreaterThan(0);
    await waitForFrame();
    const after = renderedIds();
    expect(after.length, "more around the view once the first frame is painted").toBeGreaterThan(first);
    expect(after.at(-1), "still resting on the newest").toBe(FIRST_ID + LENGTH - 1);
  });

  it("scrolling near the top reads the page before the first loaded message, and the view stays on what was read", async () => {
    await chat.openConversation(7);
    await settle();
    const height = () => rowHeight() * chat.messages.length;
    const scroller = scrollTo(0, { height: height(), view: 600 });
    await settle();
    const first = FIRST_ID + LENGTH - 100;
    expect(callsOf("conversation_page").at(-1), "the page before the first loaded message").toEqual({ id: 7, before: first, limit: 100 });
    expect(chat.messages, "joined above").toHaveLength(200);
    expect(chat.messages[0]?.id).toBe(first - 100);
    expect(chat.earlier).toBe(LENGTH - 200);
    expect(renderedIds(), "the message that was at the top is still rendered").toContain(first);
    expect(scroller.scrollTop, "and still at the top of the view: the scroll position moved down by the page above it").toBe(100 * rowHeight());
    expect(rendered().length, "still only the messages near the view").toBeLessThan(30);

    scrollTo(0, { height: height(), view: 600 });
    await settle();
    expect(callsOf("conversation_page").at(-1), "scrolling up again reads the page before that").toEqual({ id: 7, before: first - 100, limit: 100 });
    expect(chat.messages).toHaveLength(300);
  });

  it("keeps at most 500 messages loaded, letting the newest go while reading far above them", async () => {
    await chat.openConversation(7);
    await settle();
    for (let i = 0; i < 6; i += 1) {
      scrollTo(0, { height: rowHeight() * chat.messages.length, view: 600 });
      await settle();
    }
    expect(callsOf("conversation_page"), "the first page and six older ones").toHaveLength(7);
    expect(chat.messages.length, "memory stays flat").toBe(500);
    expect(chat.earlier).toBe(LENGTH - 700);
    expect(chat.later, "the newest 200 were let go").toBe(200);
    expect(document.querySelector('[data-testid="messages-later"]'), "and are offered again below").not.toBeNull();

    byTestId("jump-latest").click();
    await settle();
    expect(callsOf("conversation_page").at(-1), "Latest reads the newest page again").toEqual({ id: 7, before: null, limit: 100 });
    expect(chat.later).toBe(0);
    expect(renderedIds().at(-1)).toBe(FIRST_ID + LENGTH - 1);
  });

  it("a streamed delta changes the last message only", async () => {
    let channel: { onmessage: (e: TurnEvent) => void } | null = null;
    backend.handlers.set("send_routed_turn", (args) => {
      channel = args.onEvent as { onmessage: (e: TurnEvent) => void };
      return new Promise(() => {});
    });
    await chat.openConversation(7);
    await settle();
    const input = byTestId<HTMLTextAreaElement>("composer-input");
    input.value = "One more";
    input.dispatchEvent(new Event("input", { bubbles: true }));
    input.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter", bubbles: true, cancelable: true }));
    await settle();
    const events = channel as { onmessage: (e: TurnEvent) => void } | null;
    events?.onmessage({ type: "started", conversation_id: 7, user_message_id: 30000, assistant_message_id: 30001, model: "gpt-4.1-mini", provider: "OpenAI" });
    events?.onmessage({ type: "delta", text: "First words" });
    await waitForFrame();
    const last = rendered().at(-1);
    expect(last?.dataset.messageId, "the answer is the last message").toBe("30001");

    const list = document.querySelector("[data-message-list]") as HTMLElement;
    const others = rendered().slice(0, -1);
    const changed: Node[] = [];
    const observer = new MutationObserver((records) => changed.push(...records.map((r) => r.target)));
    observer.observe(list, { subtree: true, childList: true, characterData: true, attributes: true });
    events?.onmessage({ type: "delta", text: " and more" });
    await waitForFrame();
    observer.disconnect();
    expect(byTestId("message-content", last).textContent, "the delta is shown").toContain("First words and more");
    expect(changed.length, "something changed").toBeGreaterThan(0);
    expect(changed.filter((node) => !last?.contains(node)), "only inside the streaming message").toEqual([]);
    expect(others.every((el) => el.isConnected), "the other messages stayed as they were").toBe(true);
  });

  it("a search hit far back opens on the page around it, scrolled to it, and newer pages follow below", async () => {
    vi.useFakeTimers();
    const target = FIRST_ID + 50;
    const hits: SearchHit[] = [
      { conversation_id: 7, title: "Long one", message_id: target, role: "user", snippet: "user message 50", created_at: 1, archived: false },
    ];
    backend.handlers.set("search_history", () => hits);
    backend.handlers.set("select_branch", () => long);
    historySearch.set("message 50");
    await vi.advanceTimersByTimeAsync(200);
    await settle();
    byTestId("search-result").click();
    await settle();
    expect(callsOf("select_branch"), "the branch through the hit is shown").toEqual([{ messageId: target, limit: PAGE_SIZE }]);
    expect(callsOf("conversation_page_around"), "its answer is the page with the hit in its middle").toEqual([]);
    expect(callsOf("conversation_page"), "not the newest page").toEqual([]);
    expect(chat.messages[0]?.id, "the page starts at the branch's start").toBe(FIRST_ID);
    expect(chat.later, "with the rest of the branch after it").toBe(LENGTH - 100);
    const hit = document.querySelector<HTMLElement>(`[data-message-id="${target}"]`);
    expect(hit, "the hit is rendered").not.toBeNull();
    expect(hit?.classList.contains("highlighted"), "and marked").toBe(true);
    expect(rendered().length, "only the messages near it").toBeLessThan(30);
    vi.useRealTimers();

    byTestId("messages-later").querySelector("button")?.click();
    await settle();
    expect(callsOf("conversation_page_around").at(-1), "the next messages: the page around the last loaded one").toEqual({
      id: 7,
      messageId: FIRST_ID + 99,
      limit: 200,
    });
    expect(chat.messages.at(-1)?.id).toBe(FIRST_ID + 199);
    expect(chat.later).toBe(LENGTH - 200);
  });

  it("a message sent while the view is far back goes after the branch's end, which is read first", async () => {
    vi.useFakeTimers();
    backend.handlers.set("search_history", () => [
      { conversation_id: 7, title: "Long one", message_id: FIRST_ID + 50, role: "user", snippet: "x", created_at: 1, archived: false },
    ]);
    backend.handlers.set("select_branch", () => long);
    backend.handlers.set("send_routed_turn", () => new Promise(() => {}));
    historySearch.set("x");
    await vi.advanceTimersByTimeAsync(200);
    await settle();
    byTestId("search-result").click();
    await settle();
    vi.useRealTimers();
    expect(chat.later).toBeGreaterThan(0);

    const input = byTestId<HTMLTextAreaElement>("composer-input");
    input.value = "At the end, please";
    input.dispatchEvent(new Event("input", { bubbles: true }));
    input.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter", bubbles: true, cancelable: true }));
    await settle();
    const order = backend.calls.map((c) => c.command).filter((c) => c === "conversation_page" || c === "send_routed_turn");
    expect(order, "the newest page is read, then the turn sent").toEqual(["conversation_page", "send_routed_turn"]);
    expect(chat.later).toBe(0);
    const shown = rendered();
    expect(shown.at(-2)?.textContent, "the new message after the branch's last one").toContain("At the end, please");
    expect(shown.at(-3)?.dataset.messageId).toBe(String(FIRST_ID + LENGTH - 1));
  });
});

/** Streaming renders once per animation frame: waits for one. */
async function waitForFrame(): Promise<void> {
  await settle();
  await new Promise((resolve) => requestAnimationFrame(() => resolve(null)));
  await settle();
}
