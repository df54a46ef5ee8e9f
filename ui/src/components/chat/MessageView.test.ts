// MessageView: a user message shown as typed (with its files) and an answer as Markdown, with
// its reasoning collapsed, meta line, route badge (cost, "Add a price", "Re-run with…") and
// status (streaming, stopped, interrupted, error, cut off); the actions toolbar and the inline
// editor it opens; the branch switcher when the message has siblings; and the keys the focused
// message answers (C / Shift+C, E, R, Delete, ←/→, ↑/↓/Home/End), with where focus goes after a
// deletion.
import "@testing-library/svelte/vitest";
import { fireEvent, render, screen, within } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { Candidate, CatalogueState, Message, ModelInfo, Provider, RouteRecord } from "../../lib/bindings";

vi.mock("@tauri-apps/api/core", async () => (await import("../../test/fakeBackend")).fakeCore);

const { default: MessageView } = await import("./MessageView.svelte");
const { catalogue, chat, navigation, providers, turns } = await import("../../lib/state");
const { AUTO } = await import("../../lib/choice");

type Turn = NonNullable<typeof turns.turn>;

const provider: Provider = {
  id: 1, name: "OpenAI", kind: "openai", base_url: "https://api.openai.com/v1", default_model: "gpt-4.1-mini",
  vendor: null, local: false, has_key: true, created_at: 1, settings: {},
};

function message(id: number, role: "user" | "assistant", content: string, extra: Partial<Message> = {}): Message {
  return {
    id, conversation_id: 7, role, content, status: "complete", model: null, provider: null, usage: null, error: null,
    reasoning: null, stop: null, created_at: 5, updated_at: 6, attachments: [], parent_id: null, ...extra,
  };
}
const question = message(10, "user", "What is **2+2**?");
const answer = message(11, "assistant", "It is **4**.", { parent_id: 10 });

/** A turn on its way in conversation `conversationId`, its answer being message `answerId`. */
function turnIn(conversationId: number, answerId = -2, extra: Partial<Turn> = {}): Turn {
  return {
    key: 1, conversationId, started: true, stopRequested: false, choice: AUTO, placement: { kind: "continue" },
    user: message(-1, "user", "Hi", { conversation_id: conversationId }),
    assistant: message(answerId, "assistant", "", { conversation_id: conversationId, status: "streaming" }),
    ...extra,
  };
}

function model(id: string, name: string): ModelInfo {
  return {
    vendor: "openai", id, name, context_window: 1000, max_output: 100,
    price: { input: 1, output: 2, cache_read: null, cache_write: null, reasoning: null },
    capabilities: { vision: true, tools: false, reasoning: false },
    quality: { code: 3, reasoning: 3, planning: 3, writing: 3, summarize: 3, translate: 3, chat: 3 },
  };
}
const CATALOGUE = {
  catalogue: {
    source: { name: "t", version: "1", licence: "MIT", url: "-", retrieved: "-" }, vendors: [],
    models: [model("gpt-6-luna", "GPT-6 Luna"), model("gpt-6-sol", "GPT-6 Sol")], routes: {},
  },
  edits: { models: [], removed: [], routes: {} }, shipped_models: [], shipped_routes: {},
} as unknown as CatalogueState;

function candidate(ref: string, name: string, verdict: Candidate["verdict"]): Candidate {
  return { model: ref, name, quality: 3, input_tokens: 12, left_out: 0, max_output: 100, expected_cost: 1_000_000, reserve: 5_000_000, verdict };
}
const ledger = { cap: null, spent: 0, reserved: 0, unpriced_calls: 0 };
/** GPT-6 Luna answered (settled at $0.012); Sol was over budget; the local model is not in the catalogue. */
const record: RouteRecord = {
  classification: { task: "code", confidence: 0.9, basis: "model", reason: "asks for code", features: [], runner_up: null },
  decision: {
    task: "code", quality: "balanced", pick: "openai/gpt-6-luna", reason: "Luna is the best for code within budget.",
    pinned: false, sticky: false, blocked: null, no_key: null,
    candidates: [
      candidate("openai/gpt-6-luna", "GPT-6 Luna", { kind: "picked" }),
      candidate("openai/gpt-6-sol", "GPT-6 Sol", { kind: "rejected", reason: { kind: "over_budget", needed: 9, remaining: 1 } }),
      candidate("local/llama", "Llama", { kind: "fallback", rank: 1 }),
    ],
  },
  selection: "routed", fallbacks: [], retries: 0, answered_by: "openai/gpt-6-luna", provider: "OpenAI", priced: true,
  reserved: 5_000_000, settled: 12_000_000, exact: true, budget_before: ledger, budget_after: null,
} as unknown as RouteRecord;

let writeText: ReturnType<typeof vi.fn>;

beforeEach(() => {
  chat.activeId = null;
  chat.newChatChoice = AUTO;
  chat.branches = new Map();
  chat.routes = new Map();
  chat.unreadableRoutes = new Map();
  catalogue.state = null;
  providers.list = [provider];
  turns.turn = null;
  turns.composerError = null;
  navigation.view = "chat";
  navigation.settingsTab = "providers";
  writeText = vi.fn().mockResolvedValue(undefined);
  vi.stubGlobal("navigator", { ...navigator, clipboard: { writeText } });
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

const byId = <T extends HTMLElement = HTMLElement>(id: string) => screen.getByTestId<T>(id);
const userArticle = () => byId("message-user");
const answerArticle = () => byId("message-assistant");

describe("a user message", () => {
  it("shows its text as typed (no Markdown), with its files under it, in the tab order only when current", () => {
    const notes = { id: 40, name: "notes.txt", mime: "text/plain", kind: "text" as const, size: 2048 };
    const { unmount } = render(MessageView, { message: { ...question, attachments: [notes] }, current: true, highlighted: true });
    const article = userArticle();
    expect(within(article).getByTestId("message-content").textContent).toBe("What is **2+2**?");
    expect(article.querySelector("strong"), "not rendered as Markdown").toBeNull();
    expect(within(article).getByTestId("message-attachment").textContent).toContain("notes.txt");
    expect(article.dataset.messageId).toBe("10");
    expect(article.tabIndex).toBe(0);
    expect(article.classList.contains("highlighted"), "a search result is marked").toBe(true);
    unmount();

    render(MessageView, { message: { ...question, content: "", attachments: [notes] } });
    expect(screen.queryByTestId("message-content"), "files alone: no empty bubble").toBeNull();
    expect(userArticle().tabIndex).toBe(-1);
    expect(userArticle().classList.contains("highlighted")).toBe(false);
  });
});

describe("an answer", () => {
  it("renders Markdown, with the meta line of model and tokens (the provider on hover)", () => {
    render(MessageView, {
      message: {
        ...answer, model: "gpt-4.1-mini", provider: "OpenAI",
        usage: { input_tokens: 12, output_tokens: 34, reasoning_tokens: 0, cache_read_tokens: 0, cache_write_tokens: 0 },
      },
    });
    const content = within(answerArticle()).getByTestId("message-content");
    expect(content.querySelector("strong")?.textContent).toBe("4");
    const meta = byId("message-meta");
    expect(meta.textContent).toBe("gpt-4.1-mini · 12 in / 34 out");
    expect(meta.title).toBe("via OpenAI");
    expect(answerArticle().getAttribute("aria-busy")).toBe("false");
  });

  it("has no meta line without a model", () => {
    render(MessageView, { message: answer });
    expect(screen.queryByTestId("message-meta")).toBeNull();
  });

  it("keeps its reasoning in a collapsed disclosure, labelled while it is the only thing that arrived", async () => {
    const { rerender } = render(MessageView, { message: { ...answer, content: "", status: "streaming", reasoning: "Let me add." } });
    const reasoning = byId<HTMLDetailsElement>("message-reasoning");
    expect(reasoning.open, "collapsed").toBe(false);
    const summary = reasoning.querySelector("summary");
    expect(summary?.textContent).toBe("Thinking…");
    expect(summary?.classList.contains("live")).toBe(true);
    expect(byId("message-reasoning-text").textContent).toBe("Let me add.");
    await rerender({ message: { ...answer, reasoning: "Let me add." } });
    expect(byId("message-reasoning").querySelector("summary")?.textContent).toBe("Thought for a while");
    expect(byId("message-reasoning").querySelector("summary")?.classList.contains("live")).toBe(false);
    await rerender({ message: answer });
    expect(screen.queryByTestId("message-reasoning"), "no reasoning, no disclosure").toBeNull();
  });
});

describe("statuses", () => {
  it("while streaming: busy, with the streaming indicator and the retry notice of the live turn", () => {
    turns.turn = turnIn(7, 11, { retry: "The provider is busy; trying again in 2 s." });
    render(MessageView, { message: { ...answer, status: "streaming" } });
    expect(answerArticle().dataset.status).toBe("streaming");
    expect(answerArticle().getAttribute("aria-busy")).toBe("true");
    expect(screen.getByRole("status", { name: "Answer is streaming" })).toBeTruthy();
    expect(byId("retry-notice").textContent).toBe("The provider is busy; trying again in 2 s.");
  });

  it("the retry notice is only on the live turn's answer", () => {
    turns.turn = turnIn(7, 99, { retry: "trying again" });
    render(MessageView, { message: { ...answer, status: "streaming" } });
    expect(screen.queryByTestId("retry-notice")).toBeNull();
  });

  it("says when an answer was stopped, or interrupted by the app closing", async () => {
    const { rerender } = render(MessageView, { message: { ...answer, status: "stopped" } });
    expect(answerArticle().textContent).toContain("Stopped");
    expect(screen.queryByRole("status", { name: "Answer is streaming" })).toBeNull();
    await rerender({ message: { ...answer, status: "interrupted" } });
    expect(answerArticle().textContent).toContain("Interrupted — the app closed while this answer was streaming");
    expect(answerArticle().textContent).not.toContain("Stopped");
  });

  it("shows a failed answer's error with its code, or a generic one", async () => {
    const { rerender } = render(MessageView, {
      message: { ...answer, status: "error", error: { code: "network", message: "could not connect" } },
    });
    const alert = screen.getByRole("alert");
    expect(alert.textContent?.replace(/\s+/g, " ").trim()).toBe("Error (network): could not connect");
    await rerender({ message: { ...answer, status: "error", error: null } });
    expect(byId("message-error").textContent).toBe("The answer failed.");
    await rerender({ message: answer });
    expect(screen.queryByRole("alert")).toBeNull();
  });

  it("notes an answer cut off at the output limit, with what the provider said", () => {
    render(MessageView, { message: { ...answer, stop: { kind: "length", raw: "max_tokens" } } });
    const note = byId("message-stop-note");
    expect(note.textContent?.trim()).toBe("Cut off at the output limit");
    expect(note.title).toBe("The provider said: max_tokens");
  });
});

describe("the route badge", () => {
  it("shows who answered, the task and the cost, and why the router picked it", () => {
    chat.routes = new Map([[11, record]]);
    render(MessageView, { message: answer });
    const badge = byId("route-badge");
    expect(badge.querySelector("summary")?.textContent).toBe("GPT-6 Luna · code · $0.012 · exact");
    expect(badge.textContent).toContain("Luna is the best for code within budget.");
    expect(screen.queryByTestId("add-price"), "priced").toBeNull();
  });

  it("an unpriced model shows its tokens and offers to add a price (Settings → Models)", async () => {
    chat.routes = new Map([[11, { ...record, priced: false }]]);
    render(MessageView, {
      message: { ...answer, usage: { input_tokens: 16, output_tokens: 300, reasoning_tokens: 0, cache_read_tokens: 0, cache_write_tokens: 0 } },
    });
    expect(byId("route-badge").querySelector("summary")?.textContent).toBe(
      "GPT-6 Luna · code · price unknown · 16 in / 300 out tokens",
    );
    await userEvent.click(byId("add-price"));
    expect(navigation.view).toBe("settings");
    expect(navigation.settingsTab).toBe("models");
  });

  it("names the model once: by its catalogue name, with the provider's exact id on hover", () => {
    chat.routes = new Map([[11, record]]);
    render(MessageView, {
      message: {
        ...answer, model: "gpt-6-luna-2026-01-15", provider: "OpenAI",
        usage: { input_tokens: 12, output_tokens: 34, reasoning_tokens: 0, cache_read_tokens: 0, cache_write_tokens: 0 },
      },
    });
    const article = answerArticle();
    expect(article.textContent, "the provider's id is not shown beside the catalogue's name").not.toContain("gpt-6-luna-2026-01-15");
    expect(byId("message-meta").textContent, "the meta line keeps the tokens").toBe("12 in / 34 out");
    const summary = byId("route-badge").querySelector("summary");
    expect(summary?.textContent).toBe("GPT-6 Luna · code · $0.012 · exact");
    expect(summary?.title, "the exact id is a hover away").toBe("gpt-6-luna-2026-01-15 via OpenAI");
  });

  it("lists the candidates in words and the models without a key in one line", async () => {
    const withoutKey = ["anthropic/claude", "google/gemini", "mistral/small", "deepseek/flash"];
    chat.routes = new Map([[11, {
      ...record,
      decision: {
        ...record.decision,
        candidates: [
          ...record.decision.candidates,
          ...withoutKey.map((ref) => candidate(ref, ref.toUpperCase(), { kind: "rejected", reason: { kind: "no_provider" } })),
        ],
        no_key: { models: withoutKey, summary: "4 models skipped: no key (CLAUDE, GEMINI, SMALL and 1 more)" },
      },
    }]]);
    render(MessageView, { message: answer });
    const listed = screen.getAllByTestId("route-candidate").map((li) => li.textContent?.replace(/\s+/g, " ").trim());
    expect(listed).toEqual([
      "GPT-6 Luna: ≈$0.00100, reserve $0.00500 — picked",
      "GPT-6 Sol: ≈$0.00100, reserve $0.00500 — skipped: over budget",
      "Llama: ≈$0.00100, reserve $0.00500 — fallback 1",
    ]);
    const group = byId("route-no-key");
    expect(group.textContent).toContain("4 models skipped: no key (CLAUDE, GEMINI, SMALL and 1 more)");
    await userEvent.click(within(group).getByRole("button"));
    expect(navigation.view).toBe("settings");
    expect(navigation.settingsTab).toBe("providers");
  });

  it("says when the answer's route record cannot be read", () => {
    chat.unreadableRoutes = new Map([[11, "written by a newer version"]]);
    render(MessageView, { message: answer });
    expect(byId("route-unreadable").title).toBe("written by a newer version");
    expect(screen.queryByTestId("route-badge")).toBeNull();
  });

  it("Re-run with… offers the catalogue candidates and asks for another answer pinned to the one chosen", async () => {
    catalogue.state = CATALOGUE;
    chat.routes = new Map([[11, record]]);
    const regenerate = vi.spyOn(turns, "regenerate").mockResolvedValue(true);
    render(MessageView, { message: answer });
    const select = byId<HTMLSelectElement>("rerun-model");
    expect([...select.options].map((o) => o.textContent)).toEqual(["choose a model…", "GPT-6 Luna", "GPT-6 Sol"]);
    expect(byId<HTMLButtonElement>("rerun-button").disabled, "nothing chosen yet").toBe(true);
    await userEvent.selectOptions(select, "openai/gpt-6-sol");
    await userEvent.click(byId("rerun-button"));
    expect(regenerate).toHaveBeenCalledExactlyOnceWith(11, { kind: "routed", pinned: "openai/gpt-6-sol" });
    expect(select.value, "the choice is forgotten").toBe("");
    expect(byId<HTMLButtonElement>("rerun-button").disabled).toBe(true);
  });

  it("Re-run waits while a turn is on its way, and with nobody to answer", async () => {
    catalogue.state = CATALOGUE;
    chat.routes = new Map([[11, record]]);
    turns.turn = turnIn(9);
    render(MessageView, { message: answer });
    await userEvent.selectOptions(byId("rerun-model"), "openai/gpt-6-luna");
    expect(byId<HTMLButtonElement>("rerun-button").disabled).toBe(true);
    turns.turn = null;
    await vi.waitFor(() => expect(byId<HTMLButtonElement>("rerun-button").disabled).toBe(false));
    providers.list = [];
    await vi.waitFor(() => expect(byId<HTMLButtonElement>("rerun-button").disabled).toBe(true));
  });

  it("offers no Re-run when no candidate is in the catalogue", () => {
    chat.routes = new Map([[11, record]]);
    render(MessageView, { message: answer });
    expect(screen.queryByTestId("rerun-model")).toBeNull();
  });
});

describe("the actions toolbar and the inline editor", () => {
  it("has the user's message actions, and Edit replaces the message with the editor", async () => {
    render(MessageView, { message: question });
    const toolbar = within(userArticle()).getByTestId("message-actions");
    expect(within(toolbar).queryByTestId("message-regenerate"), "the user's messages are not regenerated").toBeNull();
    await userEvent.click(within(toolbar).getByTestId("message-edit"));
    expect(byId<HTMLTextAreaElement>("message-edit-input").value).toBe("What is **2+2**?");
    expect(screen.queryByTestId("message-actions"), "no toolbar while editing").toBeNull();
    expect(screen.queryByTestId("message-content")).toBeNull();
  });

  it("has Regenerate on an answer, and no Edit", async () => {
    const regenerate = vi.spyOn(turns, "regenerate").mockResolvedValue(true);
    render(MessageView, { message: answer });
    expect(screen.queryByTestId("message-edit")).toBeNull();
    await userEvent.click(byId("message-regenerate"));
    expect(regenerate).toHaveBeenCalledWith(11, { kind: "choice" });
  });

  it("Cancel closes the editor and gives focus back to the message", async () => {
    const focusComposer = vi.spyOn(navigation, "focusComposer");
    render(MessageView, { message: question, current: true });
    await userEvent.click(byId("message-edit"));
    await userEvent.click(byId("message-edit-cancel"));
    expect(screen.queryByTestId("message-editor")).toBeNull();
    expect(byId("message-content").textContent).toBe("What is **2+2**?");
    expect(document.activeElement).toBe(userArticle());
    expect(focusComposer).not.toHaveBeenCalled();
  });

  it("once the new version is sent, typing goes on in the composer", async () => {
    const edit = vi.spyOn(turns, "editMessage").mockResolvedValue(true);
    const focusComposer = vi.spyOn(navigation, "focusComposer").mockImplementation(() => {});
    render(MessageView, { message: question });
    await userEvent.click(byId("message-edit"));
    await userEvent.type(byId("message-edit-input"), " And 3+3?{Enter}");
    expect(edit).toHaveBeenCalledWith(10, "What is **2+2**? And 3+3?", []);
    expect(focusComposer).toHaveBeenCalledOnce();
    expect(screen.queryByTestId("message-editor")).toBeNull();
  });
});

describe("the branch switcher", () => {
  it("is shown only when the message has other versions, under the user's message or in the answer's meta row", () => {
    const { unmount } = render(MessageView, { message: answer });
    expect(screen.queryByTestId("branch-switcher")).toBeNull();
    unmount();

    chat.branches = new Map([[11, [11, 12, 13]], [10, [10, 14]]]);
    const first = render(MessageView, { message: answer });
    expect(within(answerArticle()).getByTestId("branch-count").textContent).toBe("1/3");
    first.unmount();
    render(MessageView, { message: question });
    expect(within(userArticle()).getByTestId("branch-count").textContent).toBe("1/2");
  });

  it("cannot switch while a turn is on its way in this conversation", () => {
    chat.branches = new Map([[12, [11, 12, 13]]]);
    turns.turn = turnIn(7);
    render(MessageView, { message: { ...answer, id: 12 } });
    expect(byId<HTMLButtonElement>("branch-prev").disabled).toBe(true);
    expect(byId<HTMLButtonElement>("branch-next").disabled).toBe(true);
  });

  it("is hidden under a user message while it is being edited", async () => {
    chat.branches = new Map([[10, [10, 14]]]);
    render(MessageView, { message: question });
    await userEvent.click(byId("message-edit"));
    expect(screen.queryByTestId("branch-switcher")).toBeNull();
  });
});

describe("keys on the focused message", () => {
  it("C copies as Markdown and Shift+C as plain text", async () => {
    render(MessageView, { message: answer, current: true });
    answerArticle().focus();
    await userEvent.keyboard("c");
    expect(writeText).toHaveBeenLastCalledWith("It is **4**.");
    await userEvent.keyboard("{Shift>}C{/Shift}");
    expect(writeText).toHaveBeenLastCalledWith("It is 4.");
    expect(writeText).toHaveBeenCalledTimes(2);
  });

  it("E opens the editor on the user's message; R regenerates an answer; neither on the other kind", async () => {
    const regenerate = vi.spyOn(turns, "regenerate").mockResolvedValue(true);
    const { unmount } = render(MessageView, { message: question, current: true });
    userArticle().focus();
    await userEvent.keyboard("r");
    expect(regenerate).not.toHaveBeenCalled();
    await userEvent.keyboard("e");
    expect(document.activeElement, "the editor takes focus").toBe(byId("message-edit-input"));
    unmount();

    render(MessageView, { message: answer, current: true });
    answerArticle().focus();
    await userEvent.keyboard("e");
    expect(screen.queryByTestId("message-editor")).toBeNull();
    await userEvent.keyboard("r");
    expect(regenerate).toHaveBeenCalledExactlyOnceWith(11, { kind: "choice" });
  });

  it("E does nothing while a turn is on its way", async () => {
    turns.turn = turnIn(9);
    render(MessageView, { message: question, current: true });
    userArticle().focus();
    await userEvent.keyboard("e");
    expect(screen.queryByTestId("message-editor")).toBeNull();
  });

  it("Delete deletes the message (with Undo)", async () => {
    const remove = vi.spyOn(chat, "removeMessage").mockResolvedValue(undefined);
    render(MessageView, { message: answer, current: true });
    answerArticle().focus();
    await userEvent.keyboard("{Delete}");
    expect(remove).toHaveBeenCalledExactlyOnceWith(11);
  });

  it("← and → show the previous and next version", async () => {
    const select = vi.spyOn(chat, "selectBranch").mockResolvedValue(undefined);
    chat.branches = new Map([[12, [11, 12, 13]]]);
    render(MessageView, { message: { ...answer, id: 12 }, current: true });
    answerArticle().focus();
    await userEvent.keyboard("{ArrowLeft}");
    expect(select).toHaveBeenLastCalledWith(11);
    await userEvent.keyboard("{ArrowRight}");
    expect(select).toHaveBeenLastCalledWith(13);
    expect(select).toHaveBeenCalledTimes(2);
  });

  it("← and → switch nothing while a turn is on its way in this conversation", async () => {
    const select = vi.spyOn(chat, "selectBranch").mockResolvedValue(undefined);
    chat.branches = new Map([[12, [11, 12, 13]]]);
    turns.turn = turnIn(7);
    render(MessageView, { message: { ...answer, id: 12 }, current: true });
    answerArticle().focus();
    await userEvent.keyboard("{ArrowLeft}{ArrowRight}");
    expect(select).not.toHaveBeenCalled();
  });

  it("↑, ↓, Home and End ask the list to move focus, and focusing the message says so", async () => {
    const onmove = vi.fn();
    const onfocused = vi.fn();
    render(MessageView, { message: answer, current: true, onmove, onfocused });
    answerArticle().focus();
    expect(onfocused).toHaveBeenCalledOnce();
    await userEvent.keyboard("{ArrowUp}{ArrowDown}{Home}{End}");
    expect(onmove.mock.calls).toEqual([[-1], [1], ["first"], ["last"]]);
  });

  it("takes the keys it answers from the page (default prevented), and leaves the others", async () => {
    render(MessageView, { message: answer, current: true, onmove: () => {} });
    expect(await fireEvent.keyDown(answerArticle(), { key: "ArrowDown" }), "not scrolled").toBe(false);
    expect(await fireEvent.keyDown(answerArticle(), { key: "x" })).toBe(true);
  });

  it("ignores keys with Ctrl, Alt or Meta, and keys pressed on its buttons", async () => {
    const remove = vi.spyOn(chat, "removeMessage").mockResolvedValue(undefined);
    const onmove = vi.fn();
    render(MessageView, { message: answer, current: true, onmove });
    await fireEvent.keyDown(answerArticle(), { key: "c", ctrlKey: true });
    await fireEvent.keyDown(answerArticle(), { key: "Delete", altKey: true });
    await fireEvent.keyDown(answerArticle(), { key: "ArrowDown", metaKey: true });
    await fireEvent.keyDown(byId("message-copy-text"), { key: "c" });
    await fireEvent.keyDown(byId("message-copy-text"), { key: "Delete" });
    expect(writeText).not.toHaveBeenCalled();
    expect(remove).not.toHaveBeenCalled();
    expect(onmove).not.toHaveBeenCalled();
  });
});

describe("focus after a deletion", () => {
  let list: HTMLElement;

  beforeEach(() => {
    list = document.createElement("div");
    list.setAttribute("data-message-list", "");
    document.body.append(list);
  });
  afterEach(() => list.remove());

  it("moves to the message above once the deleted one is gone", async () => {
    render(MessageView, { target: list, props: { message: question } });
    const second = render(MessageView, { target: list, props: { message: answer, current: true } });
    const focusComposer = vi.spyOn(navigation, "focusComposer").mockImplementation(() => {});
    vi.spyOn(chat, "removeMessage").mockImplementation(async () => second.unmount());
    answerArticle().focus();
    await userEvent.keyboard("{Delete}");
    await vi.waitFor(() => expect(document.activeElement).toBe(userArticle()));
    expect(focusComposer).not.toHaveBeenCalled();
  });

  it("moves to the composer when there is no message above, also from the toolbar's Delete", async () => {
    const only = render(MessageView, { target: list, props: { message: question, current: true } });
    const focusComposer = vi.spyOn(navigation, "focusComposer").mockImplementation(() => {});
    const remove = vi.spyOn(chat, "removeMessage").mockImplementation(async () => only.unmount());
    await userEvent.click(byId("message-delete"));
    expect(remove).toHaveBeenCalledExactlyOnceWith(10);
    await vi.waitFor(() => expect(focusComposer).toHaveBeenCalledOnce());
  });

  it("stays on the message when it was not deleted", async () => {
    render(MessageView, { target: list, props: { message: question } });
    render(MessageView, { target: list, props: { message: answer, current: true } });
    const focusComposer = vi.spyOn(navigation, "focusComposer").mockImplementation(() => {});
    const remove = vi.spyOn(chat, "removeMessage").mockResolvedValue(undefined);
    answerArticle().focus();
    await userEvent.keyboard("{Delete}");
    await vi.waitFor(() => expect(remove).toHaveBeenCalled());
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(document.activeElement).toBe(answerArticle());
    expect(focusComposer).not.toHaveBeenCalled();
  });
});
