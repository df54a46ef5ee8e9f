// The history features of the whole UI in jsdom against a fake backend: message actions (copy,
// edit and resend, regenerate, delete with Undo), the branch switcher, the sidebar's search and
// conversation actions, and the keyboard (shortcuts, the shortcut sheet, zoom).
import { flushSync } from "svelte";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { backend } from "./test/fakeBackend";
import {
  all, byTestId, callsOf, fakeClipboard, mountApp, resetBackend, serveApp, settle, stubResizeObserver, unmountApp,
} from "./test/app";
import { PAGE_SIZE } from "./lib/paging";
import type { Conversation, ConversationView, Message, ModelInfo, RouteRecord, SearchHit, TurnStarted } from "./lib/bindings";

vi.mock("@tauri-apps/api/core", async () => (await import("./test/fakeBackend")).fakeCore);

const { chat, conversations, navigation, notices, turns } = await import("./lib/state");
const { historySearch } = await import("./lib/search.svelte");
const { zoom } = await import("./lib/zoom.svelte");
const { SHORTCUTS } = await import("./lib/shortcuts");
const { UNDO_DELAY_MS } = await import("./lib/undo.svelte");
const { MARK_END, MARK_START } = await import("./lib/snippet");
const { layout } = await import("./lib/layout.svelte");

const luna: ModelInfo = {
  vendor: "openai", id: "gpt-6-luna", name: "GPT-6 Luna", context_window: 1000, max_output: 100,
  price: { input: 1, output: 2, cache_read: null, cache_write: null, reasoning: null },
  capabilities: { vision: false, tools: false, reasoning: false },
  quality: { code: 3, reasoning: 3, planning: 3, writing: 3, summarize: 3, translate: 3, chat: 3 },
};

function conv(id: number, extra: Partial<Conversation> = {}): Conversation {
  return { id, title: `Chat ${id}`, pinned: false, archived: false, created_at: id, updated_at: 100 - id, ...extra };
}

function msg(id: number, role: "user" | "assistant", content: string, parent: number | null): Message {
  return {
    id, conversation_id: 7, role, content, status: "complete", model: role === "assistant" ? "gpt-6-luna" : null,
    provider: role === "assistant" ? "OpenAI" : null, usage: null, error: null, reasoning: null, stop: null,
    created_at: 1, updated_at: 2, attachments: [], parent_id: parent,
  };
}

/** Conversation 7: prompt 10, its second answer 13 (of 11 and 13) shown. */
const ANSWER = "**Bold** claim, see [the docs](https://example.com).";
const shown: ConversationView = {
  conversation: conv(7, { title: "Zebras" }),
  messages: [msg(10, "user", "Tell me about zebras", null), msg(13, "assistant", ANSWER, 10)],
  branches: [{ message_id: 13, siblings: [11, 13] }],
};
const other: ConversationView = {
  conversation: conv(7, { title: "Zebras" }),
  messages: [msg(10, "user", "Tell me about zebras", null), msg(11, "assistant", "First answer", 10)],
  branches: [{ message_id: 11, siblings: [11, 13] }],
};

const record: RouteRecord = {
  classification: { task: "chat", confidence: 0.9, basis: "model", reason: "chat", features: [], runner_up: null },
  decision: {
    task: "chat", quality: "balanced", pick: "openai/gpt-6-luna", reason: "chat → GPT-6 Luna.", pinned: false, sticky: false,
    blocked: null, no_key: null,
    candidates: [{
      model: "openai/gpt-6-luna", name: "GPT-6 Luna", quality: 3, input_tokens: 16, left_out: 0, max_output: 100, expected_cost: 1, reserve: 1,
      verdict: { kind: "picked" },
    }],
  },
  selection: "routed", fallbacks: [], retries: 0, answered_by: "openai/gpt-6-luna", provider: "OpenAI", priced: true,
  reserved: 1, settled: 1, exact: true,
  budget_before: { cap: null, spent: 0, reserved: 0, unpriced_calls: 0 }, budget_after: { cap: null, spent: 1, reserved: 0, unpriced_calls: 0 }, first_sent: null,
};

/** What the backend answers when it takes a turn (user message and answer ids). */
function started(user: number, assistant: number): TurnStarted {
  return { conversation_id: 7, user_message_id: user, assistant_message_id: assistant, model: "gpt-6-luna", provider: "OpenAI" };
}

const answer = () => byTestId("message-assistant");
const prompt = () => byTestId("message-user");

function press(target: EventTarget, key: string, init: KeyboardEventInit = {}): KeyboardEvent {
  const event = new KeyboardEvent("keydown", { key, bubbles: true, cancelable: true, ...init });
  target.dispatchEvent(event);
  flushSync();
  return event;
}

function type(el: HTMLInputElement | HTMLTextAreaElement, value: string): void {
  el.value = value;
  el.dispatchEvent(new Event("input", { bubbles: true }));
  flushSync();
}

/** Makes the window this size (jsdom does not lay out; the app measures it in rem). */
function resize(width: number, height: number): void {
  Object.defineProperty(window, "innerWidth", { configurable: true, value: width });
  Object.defineProperty(window, "innerHeight", { configurable: true, value: height });
  window.dispatchEvent(new Event("resize"));
  flushSync();
}

let clipboard: string[] = [];

async function openZebras(): Promise<void> {
  await chat.openConversation(7);
  await settle();
}

beforeEach(async () => {
  resetBackend();
  serveApp({
    conversations: () => [conv(7, { title: "Zebras" }), conv(8), conv(9, { pinned: true }), conv(6, { archived: true })],
    models: [luna],
  });
  backend.handlers.set("route_records", () => [{ message_id: 13, record, error: null }]);
  backend.handlers.set("open_conversation", (args) => (args.id === 7 ? shown : { ...shown, conversation: conv(args.id as number), messages: [], branches: [] }));
  backend.handlers.set("select_branch", () => other);
  stubResizeObserver();
  clipboard = fakeClipboard();
  // A turn a test left waiting for its backend must not carry over.
  turns.turn = null;
  notices.deletions.undo();
  chat.hiddenMessages = [];
  conversations.hidden = [];
  navigation.showArchived = false;
  navigation.shortcutsOpen = false;
  notices.said = null;
  historySearch.clear();
  chat.newChat();
  await mountApp();
});

afterEach(() => {
  resize(1024, 768);
  unmountApp();
  vi.useRealTimers();
  vi.unstubAllGlobals();
  zoom.reset();
  localStorage.clear();
});

describe("message actions", () => {
  it("every message has its toolbar; one message at a time is in the tab order and ↑/↓ move", async () => {
    await openZebras();
    expect(all("message-actions"), "a toolbar on each message").toHaveLength(2);
    expect(all("message-edit", prompt()), "the user's message can be edited").toHaveLength(1);
    expect(all("message-regenerate", answer()), "the answer can be regenerated").toHaveLength(1);
    expect(all("message-edit", answer()), "an answer is not edited").toHaveLength(0);
    expect(answer().tabIndex, "the newest message takes Tab").toBe(0);
    expect(prompt().tabIndex, "the others are reached with the arrows").toBe(-1);

    answer().focus();
    press(answer(), "ArrowUp");
    expect(document.activeElement, "↑ moves to the message above").toBe(prompt());
    expect(prompt().tabIndex, "which is now the one in the tab order").toBe(0);
    press(prompt(), "End");
    expect(document.activeElement).toBe(answer());
  });

  it("copies as Markdown and as plain text, by button and by key, and says so", async () => {
    await openZebras();
    byTestId("message-copy-markdown", answer()).click();
    await settle();
    byTestId("message-copy-text", answer()).click();
    await settle();
    expect(clipboard, "the Markdown as written, then the text as it reads").toEqual([
      ANSWER,
      "Bold claim, see the docs.",
    ]);
    expect(byTestId("status-toast").textContent).toContain("Copied as plain text");
    expect(byTestId("status-toast").closest('[aria-live="polite"]'), "announced politely").not.toBeNull();

    answer().focus();
    press(answer(), "c");
    press(answer(), "C", { shiftKey: true });
    press(prompt(), "c");
    await settle();
    expect(clipboard.slice(2), "C, Shift+C; a user message copies as typed").toEqual([
      ANSWER,
      "Bold claim, see the docs.",
      "Tell me about zebras",
    ]);
  });

  it("switches versions with the arrows of ‹ 2/2 ›, by the sibling's id, and keeps focus", async () => {
    await openZebras();
    expect(byTestId("branch-count", answer()).textContent).toBe("2/2");
    expect(byTestId("branch-switcher", answer()).getAttribute("aria-label")).toBe("Version 2 of 2");
    const next = byTestId<HTMLButtonElement>("branch-next", answer());
    const previous = byTestId<HTMLButtonElement>("branch-prev", answer());
    expect(next.getAttribute("aria-label")).toBe("Next version");
    expect(next.disabled, "the newest has no next").toBe(true);
    expect(all("branch-switcher", prompt()), "a message without versions has no switcher").toHaveLength(0);

    previous.click();
    await settle();
    expect(callsOf("select_branch"), "the sibling's id").toEqual([{ messageId: 11, limit: PAGE_SIZE }]);
    expect(callsOf("conversation_page_around"), "its answer is the page around it: nothing else is read").toEqual([]);
    expect(answer().getAttribute("data-message-id"), "its branch is shown").toBe("11");
    expect(byTestId("branch-count", answer()).textContent).toBe("1/2");
    expect(document.activeElement, "the arrow it went to is disabled: focus is on the message").toBe(answer());

    backend.handlers.set("select_branch", () => shown);
    press(answer(), "ArrowRight");
    await settle();
    expect(callsOf("select_branch").at(-1), "→ on the message").toEqual({ messageId: 13, limit: PAGE_SIZE });
    expect(answer().getAttribute("data-message-id")).toBe("13");
  });

  it("edits a message in place: Esc cancels, Enter sends the new version as a sibling", async () => {
    backend.handlers.set("send_routed_turn", () => started(20, 21));
    await openZebras();
    byTestId("message-edit", prompt()).click();
    flushSync();
    const input = byTestId<HTMLTextAreaElement>("message-edit-input");
    expect(input.value, "starts from the message").toBe("Tell me about zebras");
    expect(document.activeElement, "focused to type").toBe(input);
    press(input, "Escape");
    expect(all("message-editor"), "Esc cancels").toHaveLength(0);
    expect(document.activeElement, "back on the message").toBe(prompt());
    expect(callsOf("send_routed_turn"), "nothing sent").toEqual([]);

    press(prompt(), "e");
    type(byTestId<HTMLTextAreaElement>("message-edit-input"), "Tell me about okapis");
    press(byTestId("message-edit-input"), "Enter");
    await settle();
    const request = callsOf("send_routed_turn")[0]?.request as Record<string, unknown>;
    expect(request.placement).toEqual({ kind: "edit", message_id: 10 });
    expect(request.text).toBe("Tell me about okapis");
    expect(all("message-editor"), "closed once sent").toHaveLength(0);
    expect(all("message-user").map((el) => byTestId("message-content", el).textContent), "the new version in its place").toEqual([
      "Tell me about okapis",
    ]);
    expect(all("message-assistant").map((el) => el.getAttribute("data-status")), "answered anew").toEqual(["streaming"]);
  });

  it("an edit sends the files kept, with their bytes, and stays open saying why when refused", async () => {
    const png = { id: 21, name: "pixel.png", mime: "image/png", kind: "image" as const, size: 70 };
    const notes = { id: 22, name: "notes.md", mime: "text/markdown", kind: "text" as const, size: 6 };
    backend.files.set(21, { attachment: png, data_base64: "iVBO" });
    backend.files.set(22, { attachment: notes, data_base64: btoa("# Plan") });
    backend.handlers.set("open_conversation", () => ({
      ...shown,
      messages: [{ ...msg(10, "user", "What is this?", null), attachments: [png, notes] }, msg(13, "assistant", ANSWER, 10)],
    }));
    backend.handlers.set("send_routed_turn", () => {
      throw { code: "budget_exceeded", message: "Not sent: the cap is reached." };
    });
    await openZebras();
    byTestId("message-edit", prompt()).click();
    flushSync();
    const editor = byTestId("message-editor");
    const remove = [...editor.querySelectorAll<HTMLButtonElement>("button")].find((b) => b.getAttribute("aria-label") === "Do not send pixel.png again");
    remove?.click();
    flushSync();
    press(byTestId("message-edit-input"), "Enter");
    await settle();
    const request = callsOf("send_routed_turn")[0]?.request as Record<string, unknown>;
    expect(request.attachments, "only the file kept, bytes and all").toEqual([
      { name: "notes.md", mime: "text/markdown", data_base64: btoa("# Plan") },
    ]);
    expect(byTestId("message-edit-error").textContent, "the refusal is said where the user is").toContain("the cap is reached");
    expect(byTestId<HTMLTextAreaElement>("message-edit-input").value, "nothing typed is lost").toBe("What is this?");
  });

  it("regenerates from a menu: the conversation's choice or a model the re-run list offers", async () => {
    backend.handlers.set("send_routed_turn", () => started(10, 21));
    await openZebras();
    const button = byTestId<HTMLButtonElement>("message-regenerate", answer());
    expect(button.getAttribute("aria-haspopup")).toBe("menu");
    button.click();
    await settle();
    const options = all("regenerate-option");
    expect(options.map((o) => o.textContent?.trim()), "Auto first, then the re-run models").toEqual([
      "Auto · routed per message",
      "GPT-6 Luna",
    ]);
    expect(document.activeElement, "the first item has focus").toBe(options[0]);
    press(options[0] as HTMLElement, "ArrowDown");
    expect(document.activeElement).toBe(options[1]);
    press(options[1] as HTMLElement, "Escape");
    expect(all("regenerate-menu"), "Esc closes the menu").toHaveLength(0);
    expect(document.activeElement, "focus back on its button").toBe(button);

    press(answer(), "r");
    await settle();
    all("regenerate-option")[1]?.click();
    await settle();
    const request = callsOf("send_routed_turn")[0]?.request as Record<string, unknown>;
    expect(request.placement, "another answer to the same prompt").toEqual({ kind: "regenerate", message_id: 13 });
    expect(request.text, "the stored prompt is re-sent by the backend").toBe("");
    expect(request.attachments).toEqual([]);
    expect((request.options as { pinned: string }).pinned).toBe("openai/gpt-6-luna");
    expect(all("message-user"), "the prompt is not repeated").toHaveLength(1);
    expect(all("message-assistant").map((el) => el.getAttribute("data-status")), "the new answer replaces it on screen").toEqual([
      "streaming",
    ]);
  });

  it("with one way to regenerate, the button regenerates at once", async () => {
    backend.handlers.set("route_records", () => []);
    backend.handlers.set("send_routed_turn", () => new Promise<TurnStarted>(() => {}));
    await openZebras();
    const button = byTestId<HTMLButtonElement>("message-regenerate", answer());
    expect(button.hasAttribute("aria-haspopup"), "no menu").toBe(false);
    button.click();
    await settle();
    const request = callsOf("send_routed_turn")[0]?.request as Record<string, unknown>;
    expect(request.placement).toEqual({ kind: "regenerate", message_id: 13 });
    expect(request.text).toBe("");
  });

  it("deletes with Undo: hidden at once, deleted only after the toast, never when undone", async () => {
    vi.useFakeTimers();
    backend.handlers.set("delete_message", () => ({ ...shown, messages: [], branches: [] }));
    await openZebras();
    byTestId("message-delete", prompt()).click();
    await settle();
    expect(all("message-user"), "the message is hidden").toHaveLength(0);
    expect(all("message-assistant"), "with its answer").toHaveLength(0);
    expect(byTestId("undo-toast").textContent).toContain("Message deleted");
    byTestId("undo-button").click();
    await settle();
    expect(all("message-assistant"), "Undo brings it all back").toHaveLength(1);
    expect(all("undo-toast")).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(UNDO_DELAY_MS * 2);
    expect(callsOf("delete_message"), "an undone deletion never reaches the backend").toEqual([]);

    answer().focus();
    press(answer(), "Delete");
    await settle();
    expect(all("message-assistant"), "Delete on the message").toHaveLength(0);
    expect(document.activeElement, "focus moves to the message above").toBe(prompt());
    await vi.advanceTimersByTimeAsync(UNDO_DELAY_MS);
    await settle();
    expect(callsOf("delete_message"), "deleted once the toast passed").toEqual([{ messageId: 13, limit: PAGE_SIZE }]);
    expect(all("undo-toast")).toHaveLength(0);
  });

  it("Ctrl+Z outside a text field undoes a deletion; inside one it is left to the field", async () => {
    backend.handlers.set("delete_message", () => shown);
    await openZebras();
    byTestId("message-delete", answer()).click();
    await settle();
    press(byTestId("composer-input"), "z", { ctrlKey: true });
    expect(all("undo-toast"), "typing's undo is the field's").toHaveLength(1);
    press(document.body, "z", { ctrlKey: true });
    expect(all("undo-toast")).toHaveLength(0);
    expect(all("message-assistant"), "the answer is back").toHaveLength(1);
  });
});

describe("search", () => {
  const hostile = `<img src=x onerror="alert(1)"> the ${MARK_START}zebra${MARK_END} crossing`;
  const hits: SearchHit[] = [
    { conversation_id: 7, title: "Zebras", message_id: 11, role: "assistant", snippet: hostile, created_at: 1, archived: false },
    { conversation_id: 8, title: `${MARK_START}Zebra${MARK_END} notes`, message_id: 30, role: null, snippet: `${MARK_START}Zebra${MARK_END} notes`, created_at: 1, archived: true },
  ];

  it("searches once typing pauses, and shows matches as marked text, never as HTML", async () => {
    vi.useFakeTimers();
    backend.handlers.set("search_history", () => hits);
    const input = byTestId<HTMLInputElement>("search-input");
    type(input, "z");
    type(input, "ze");
    type(input, "zebra");
    await vi.advanceTimersByTimeAsync(100);
    expect(callsOf("search_history"), "not while typing").toEqual([]);
    await vi.advanceTimersByTimeAsync(60);
    await settle();
    expect(callsOf("search_history"), "once, for what was typed last").toEqual([{ query: "zebra" }]);

    const results = all("search-result");
    expect(results).toHaveLength(2);
    expect(all("conversation-item"), "the results replace the list").toHaveLength(0);
    const snippet = byTestId("search-snippet", results[0]);
    expect([...snippet.querySelectorAll("mark")].map((m) => m.textContent), "the match is marked").toEqual(["zebra"]);
    expect(snippet.querySelector("img"), "markup in a message is never rendered").toBeNull();
    expect(snippet.textContent, "it shows as typed").toBe('<img src=x onerror="alert(1)"> the zebra crossing');
    expect(results[0]?.textContent, "who wrote it").toContain("Answer");
    expect(results[1]?.textContent, "a title match, archived").toContain("Title");
    expect(results[1]?.textContent).toContain("Archived");
    expect(byTestId("search-status").textContent).toContain("2 results");
  });

  it("Enter opens the chosen result on its message's branch; a title opens the conversation; Esc clears", async () => {
    vi.useFakeTimers();
    backend.handlers.set("search_history", () => hits);
    press(document.body, "k", { ctrlKey: true });
    const input = byTestId<HTMLInputElement>("search-input");
    expect(document.activeElement, "Ctrl+K focuses the search").toBe(input);
    type(input, "zebra");
    await vi.advanceTimersByTimeAsync(200);
    await settle();
    expect(input.getAttribute("aria-activedescendant"), "the first result is chosen").toBe("search-hit-0");
    press(input, "Enter");
    await settle();
    expect(callsOf("select_branch"), "the branch through the match").toEqual([{ messageId: 11, limit: PAGE_SIZE }]);
    expect(callsOf("conversation_page_around"), "its answer is the page around the match").toEqual([]);
    expect(chat.activeId).toBe(7);
    expect(answer().getAttribute("data-message-id"), "the matching message is shown").toBe("11");
    expect(answer().classList.contains("highlighted"), "and marked").toBe(true);
    await vi.advanceTimersByTimeAsync(3000);
    flushSync();
    expect(answer().classList.contains("highlighted"), "for a moment").toBe(false);

    press(input, "ArrowDown");
    expect(all("search-result")[1]?.getAttribute("aria-selected")).toBe("true");
    press(input, "Enter");
    await settle();
    expect(callsOf("conversation_page").at(-1), "a title match opens the conversation as it is, on its newest page").toEqual({
      id: 8,
      before: null,
      limit: 100,
    });
    expect(callsOf("select_branch")).toHaveLength(1);

    const esc = press(input, "Escape");
    expect(esc.defaultPrevented, "Esc is the search's").toBe(true);
    expect(input.value, "cleared").toBe("");
    expect(all("search-result")).toHaveLength(0);
    expect(all("conversation-item").length, "the list is back").toBeGreaterThan(0);
  });

  it("says when the search fails", async () => {
    vi.useFakeTimers();
    backend.handlers.set("search_history", () => {
      throw { code: "storage", message: "index damaged" };
    });
    type(byTestId<HTMLInputElement>("search-input"), "zebra");
    await vi.advanceTimersByTimeAsync(200);
    await settle();
    expect(byTestId("search-status").textContent).toContain("Search failed: index damaged");
  });
});

describe("sidebar", () => {
  const titles = () => all("conversation-item").map((el) => el.querySelector(".conv-title")?.textContent?.trim());

  it("lists pinned ones first and keeps archived ones behind a toggle", () => {
    expect(titles(), "pinned, then newest first").toEqual(["Chat 9", "Zebras", "Chat 8"]);
    expect(document.querySelector(".group-title")?.textContent).toBe("Pinned");
    const toggle = byTestId<HTMLButtonElement>("archived-toggle");
    expect(toggle.textContent?.trim()).toBe("Archived (1)");
    expect(toggle.getAttribute("aria-expanded")).toBe("false");
    toggle.click();
    flushSync();
    expect(toggle.getAttribute("aria-expanded")).toBe("true");
    expect(titles()).toEqual(["Chat 9", "Zebras", "Chat 8", "Chat 6"]);
  });

  it("pins and archives through the backend", async () => {
    backend.handlers.set("set_pinned", () => null);
    backend.handlers.set("set_archived", () => null);
    const item = (title: string) => all("conversation-item").find((el) => el.textContent?.includes(title))?.parentElement as HTMLElement;
    byTestId("conversation-pin", item("Chat 8")).click();
    await settle();
    expect(callsOf("set_pinned")).toEqual([{ id: 8, pinned: true }]);
    expect(titles(), "moved to the pinned group (newest first there too)").toEqual(["Chat 8", "Chat 9", "Zebras"]);
    expect(byTestId("conversation-pin", item("Chat 8")).getAttribute("aria-pressed")).toBe("true");
    byTestId("conversation-archive", item("Zebras")).click();
    await settle();
    expect(callsOf("set_archived")).toEqual([{ id: 7, archived: true }]);
    expect(titles(), "out of the main list").toEqual(["Chat 8", "Chat 9"]);
    expect(byTestId("archived-toggle").textContent?.trim()).toBe("Archived (2)");
  });

  it("deletes a conversation with Undo", async () => {
    vi.useFakeTimers();
    backend.handlers.set("delete_conversation", () => null);
    const item = all("conversation-item").find((el) => el.textContent?.includes("Chat 8"))?.parentElement as HTMLElement;
    byTestId("conversation-delete", item).click();
    await settle();
    expect(titles(), "gone from the list at once").toEqual(["Chat 9", "Zebras"]);
    expect(byTestId("undo-toast").textContent).toContain("Deleted “Chat 8”");
    byTestId("undo-button").click();
    await settle();
    expect(titles(), "back").toEqual(["Chat 9", "Zebras", "Chat 8"]);
    await vi.advanceTimersByTimeAsync(UNDO_DELAY_MS * 2);
    expect(callsOf("delete_conversation"), "Undo cancels the delete call").toEqual([]);

    const again = all("conversation-item").find((el) => el.textContent?.includes("Chat 8")) as HTMLElement;
    again.focus();
    press(again, "Delete");
    await vi.advanceTimersByTimeAsync(UNDO_DELAY_MS);
    await settle();
    expect(callsOf("delete_conversation"), "Delete on the item, committed after the toast").toEqual([{ id: 8 }]);
  });

  it("arrow keys move along the list; F2 renames", () => {
    const items = all("conversation-item");
    items[0]?.focus();
    press(items[0] as HTMLElement, "ArrowDown");
    expect(document.activeElement).toBe(items[1]);
    press(items[1] as HTMLElement, "End");
    expect(document.activeElement).toBe(items[2]);
    press(items[2] as HTMLElement, "Home");
    expect(document.activeElement).toBe(items[0]);
    press(items[0] as HTMLElement, "F2");
    expect(document.activeElement?.getAttribute("aria-label"), "the title field").toBe("Conversation title");
  });
});

describe("keyboard and reading comfort", () => {
  it("Ctrl+Tab / Ctrl+PgDn go down the list, Ctrl+Shift+Tab / Ctrl+PgUp up", async () => {
    press(document.body, "Tab", { ctrlKey: true });
    await settle();
    expect(chat.activeId, "the top of the list: the pinned one").toBe(9);
    press(document.body, "PageDown", { ctrlKey: true });
    await settle();
    expect(chat.activeId).toBe(7);
    press(document.body, "Tab", { ctrlKey: true, shiftKey: true });
    await settle();
    expect(chat.activeId).toBe(9);
    press(document.body, "PageUp", { ctrlKey: true });
    await settle();
    expect(chat.activeId, "wraps around").toBe(8);
  });

  it("Esc closes Settings, but not from a text field", () => {
    navigation.openSettings();
    flushSync();
    press(byTestId("provider-name"), "Escape");
    expect(navigation.view, "a half-typed field keeps Settings open").toBe("settings");
    press(document.body, "Escape");
    expect(navigation.view).toBe("chat");
  });

  it("Ctrl+/ or ? opens the sheet of every shortcut; Esc closes it and focus goes back", () => {
    const composer = byTestId<HTMLTextAreaElement>("composer-input");
    composer.focus();
    press(composer, "?");
    expect(all("shortcut-sheet"), "? types in a text field").toHaveLength(0);
    press(composer, "/", { ctrlKey: true });
    const sheet = byTestId("shortcut-sheet");
    expect(sheet.getAttribute("role")).toBe("dialog");
    expect(sheet.getAttribute("aria-modal")).toBe("true");
    const listed = SHORTCUTS.reduce((n, group) => n + group.shortcuts.length, 0);
    expect(all("shortcut", sheet), "every shortcut is listed").toHaveLength(listed);
    expect(sheet.textContent).toContain("Search history");
    expect(document.activeElement, "focus is in the dialog").toBe(byTestId("shortcut-sheet-close"));
    press(document.activeElement as HTMLElement, "Escape");
    expect(all("shortcut-sheet")).toHaveLength(0);
    expect(document.activeElement, "focus returns").toBe(composer);

    press(document.body, "?");
    expect(all("shortcut-sheet"), "? outside a text field").toHaveLength(1);
    byTestId("shortcut-sheet-close").click();
    flushSync();
    byTestId("nav-shortcuts").click();
    flushSync();
    expect(all("shortcut-sheet"), "and from the sidebar").toHaveLength(1);
  });

  it("zooms with Ctrl+= / Ctrl+- / Ctrl+0 and from Settings → Appearance, and keeps the size", () => {
    const size = () => document.documentElement.style.fontSize;
    press(document.body, "=", { ctrlKey: true });
    expect(size()).toBe("110%");
    press(document.body, "+", { ctrlKey: true, shiftKey: true });
    expect(size(), "Ctrl++ too").toBe("125%");
    press(document.body, "-", { ctrlKey: true });
    press(document.body, "-", { ctrlKey: true });
    press(document.body, "-", { ctrlKey: true });
    expect(size()).toBe("90%");
    press(document.body, "0", { ctrlKey: true });
    expect(size()).toBe("100%");

    navigation.openSettings("appearance");
    flushSync();
    const select = byTestId<HTMLSelectElement>("font-size-select");
    select.value = "200";
    select.dispatchEvent(new Event("change", { bubbles: true }));
    flushSync();
    expect(size()).toBe("200%");
    expect(localStorage.getItem("switchboard.zoom"), "kept on this computer").toBe("200");
    byTestId("font-size-reset").click();
    flushSync();
    expect(size()).toBe("100%");
  });
});

describe("small windows (or large text)", () => {
  it("turns the sidebar into a drawer that opening a conversation or Esc closes", async () => {
    resize(600, 700);
    expect(layout.narrow, "37.5 rem wide").toBe(true);
    expect(all("conversation-item"), "no sidebar beside the chat").toHaveLength(0);
    const toggle = byTestId<HTMLButtonElement>("drawer-toggle");
    expect(toggle.getAttribute("aria-label")).toBe("Conversations");
    toggle.click();
    flushSync();
    expect(toggle.getAttribute("aria-expanded")).toBe("true");
    expect(all("conversation-item").length, "the drawer lists them").toBeGreaterThan(0);
    expect(document.querySelector("main")?.inert, "the screen behind is out of reach").toBe(true);
    press(document.body, "Escape");
    expect(all("conversation-item"), "Esc closes it").toHaveLength(0);
    expect(document.activeElement, "focus back on its button").toBe(toggle);

    press(document.body, "k", { ctrlKey: true });
    await settle();
    expect(document.activeElement, "Ctrl+K opens it at the search").toBe(byTestId("search-input"));
    all("conversation-item")[1]?.click();
    await settle();
    expect(chat.activeId).toBe(7);
    expect(all("conversation-item"), "opening a conversation closes it").toHaveLength(0);
    expect(document.querySelector("main")?.inert).toBe(false);
  });

  it("folds the chat header's controls behind Options when short, and opens them for the cap editor", async () => {
    await openZebras();
    expect(all("header-options"), "a roomy window shows them all").toHaveLength(0);
    resize(1024, 400);
    expect(layout.short, "25 rem tall").toBe(true);
    const options = byTestId<HTMLButtonElement>("header-options");
    expect(options.getAttribute("aria-expanded")).toBe("false");
    expect(byTestId("budget-meter").closest(".folded"), "the controls are folded away").not.toBeNull();
    options.click();
    flushSync();
    expect(options.getAttribute("aria-expanded")).toBe("true");
    expect(byTestId("budget-meter").closest(".folded")).toBeNull();
    options.click();
    flushSync();
    turns.raiseCap();
    flushSync();
    expect(options.getAttribute("aria-expanded"), "a refused send's Raise the cap opens them").toBe("true");
  });
});
