// Attached files in the whole UI (jsdom, fake backend): picking, pasting and dropping files into
// the composer, the client-side checks, sending them with the turn, and showing them in history.
import { flushSync, mount, unmount } from "svelte";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { backend, PNG_1X1 } from "./test/fakeBackend";
import type { Attachment, AttachmentInput, BudgetSettings, Message, ModelInfo, Provider, TurnEvent } from "./lib/bindings";

vi.mock("@tauri-apps/api/core", async () => (await import("./test/fakeBackend")).fakeCore);

const { default: App } = await import("./App.svelte");
const { catalogue, chat, notices, stores, turns } = await import("./lib/state");
const { forgetAttachments } = await import("./lib/attachments");

const provider: Provider = {
  id: 1, name: "OpenAI", kind: "openai", base_url: "https://api.openai.com/v1", default_model: "gpt-4.1-mini", vendor: null,
  local: false, has_key: true, created_at: 1, settings: {},
};
/** New chats are answered by the OpenAI provider (send_turn). */
const settings: BudgetSettings = {
  conversation_cap: null, conversation_mode: "hard", monthly_cap: null, monthly_mode: "hard", quality: "balanced",
  default_provider_id: 1, default_model: null, system_prompt: null,
};
const started = { conversation_id: 7, user_message_id: 10, assistant_message_id: 11, model: "gpt-4.1-mini", provider: "OpenAI" };
const PNG_BYTES = Uint8Array.from(atob(PNG_1X1), (c) => c.charCodeAt(0));

function message(id: number, role: "user" | "assistant", extra: Partial<Message> = {}): Message {
  return {
    id, conversation_id: 7, role, content: role === "user" ? "What is this?" : "A pixel.", status: "complete", model: null,
    provider: null, usage: null, error: null, reasoning: null, stop: null, created_at: 1, updated_at: 2, attachments: [],
    parent_id: null,
    ...extra,
  };
}

async function settle(): Promise<void> {
  for (let i = 0; i < 8; i += 1) await new Promise((resolve) => setTimeout(resolve, 0));
  flushSync();
}

function byTestId<T extends HTMLElement = HTMLElement>(id: string): T {
  const el = document.querySelector<T>(`[data-testid="${id}"]`);
  if (el === null) throw new Error(`missing data-testid=${id}`);
  return el;
}

const all = (id: string) => [...document.querySelectorAll<HTMLElement>(`[data-testid="${id}"]`)];
const callsOf = (command: string) => backend.calls.filter((c) => c.command === command).map((c) => c.args);
const sentFiles = (command = "send_turn") =>
  (callsOf(command).at(-1)?.request as { attachments: AttachmentInput[] } | undefined)?.attachments;

function png(name = "pixel.png", bytes: Uint8Array<ArrayBuffer> = PNG_BYTES): File {
  return new File([bytes], name, { type: "image/png" });
}

/** Picks files in the (hidden) file input, as the system's file dialog would. */
async function pick(...files: File[]): Promise<void> {
  const input = byTestId<HTMLInputElement>("attach-input");
  Object.defineProperty(input, "files", { value: files, configurable: true });
  input.dispatchEvent(new Event("change", { bubbles: true }));
  await settle();
}

function pressEnter(): void {
  byTestId("composer-input").dispatchEvent(new KeyboardEvent("keydown", { key: "Enter", bubbles: true, cancelable: true }));
}

function type(value: string): void {
  const input = byTestId<HTMLTextAreaElement>("composer-input");
  input.value = value;
  input.dispatchEvent(new Event("input", { bubbles: true }));
  flushSync();
}

/** A drag carrying files, as the webview delivers it. */
function drag(target: Element, kind: string, files: File[]): Event {
  const event = new Event(kind, { bubbles: true, cancelable: true });
  Object.defineProperty(event, "dataTransfer", { value: { types: ["Files"], files, dropEffect: "none" } });
  target.dispatchEvent(event);
  flushSync();
  return event;
}

let component: ReturnType<typeof mount> | null = null;

beforeEach(async () => {
  backend.calls.length = 0;
  backend.handlers.clear();
  backend.files.clear();
  forgetAttachments();
  backend.handlers.set("app_status", () => ({ data_dir: "/data", keyring: { available: true, message: null } }));
  backend.handlers.set("list_providers", () => [provider]);
  backend.handlers.set("catalogue_state", () => ({
    catalogue: { source: { name: "t", version: "1", licence: "MIT", url: "-", retrieved: "-" }, vendors: [], models: [], routes: {} },
    edits: { models: [], removed: [], routes: {} },
    shipped_models: [],
    shipped_routes: {},
  }));
  backend.handlers.set("list_conversations", () => []);
  backend.handlers.set("budget_settings", () => settings);
  backend.handlers.set("route_records", () => []);
  backend.handlers.set("budget_status", () => ({
    conversation: { cap: null, spent: 0, reserved: 0, unpriced_calls: 0 },
    month: { cap: null, spent: 0, reserved: 0, unpriced_calls: 0 },
  }));
  vi.stubGlobal("ResizeObserver", class { observe(): void {} unobserve(): void {} disconnect(): void {} });
  notices.notice = null;
  turns.composerError = null;
  // A turn an earlier test left streaming would keep this one from sending.
  turns.turn = null;
  component = mount(App, { target: document.body });
  await stores.init();
  chat.newChat();
  flushSync();
});

afterEach(() => {
  if (component !== null) unmount(component);
  component = null;
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe("attaching files in the composer", () => {
  it("adds a picked file as a chip and sends it, base64, with the turn (text optional)", async () => {
    const created = vi.fn(() => "blob:thumb-1");
    const revoked = vi.fn();
    vi.stubGlobal("URL", Object.assign(URL, { createObjectURL: created, revokeObjectURL: revoked }));
    let channel: { onmessage: (e: TurnEvent) => void } | null = null;
    backend.handlers.set("send_turn", (args) => {
      channel = args.onEvent as typeof channel;
      return started;
    });

    const button = byTestId<HTMLButtonElement>("attach-button");
    expect(button.getAttribute("aria-label"), "named for screen readers").toBe("Attach files");
    const clicked = vi.spyOn(byTestId<HTMLInputElement>("attach-input"), "click").mockImplementation(() => {});
    button.click();
    expect(clicked, "the button opens the file dialog").toHaveBeenCalledOnce();

    await pick(png(), new File(["# Notes\n- one\n"], "notes.md", { type: "text/markdown" }));
    const chips = all("pending-attachment");
    expect(chips.map((c) => c.textContent?.replace(/\s+/g, " ").trim()), "name, kind and size").toEqual([
      "pixel.png Image · 70 B",
      "notes.md Text · 14 B",
    ]);
    expect(chips[0]?.querySelector("img")?.getAttribute("src"), "an image shows a thumbnail").toBe("blob:thumb-1");
    expect(chips[1]?.querySelector("img"), "a text file shows an icon").toBeNull();
    expect(byTestId<HTMLButtonElement>("send-button").disabled, "files alone can be sent").toBe(false);

    pressEnter();
    await settle();
    expect(callsOf("send_turn")[0]?.request, "the files go with the turn").toEqual({
      conversation_id: null, text: "", provider_id: 1, model: null,
      attachments: [
        { name: "pixel.png", mime: "image/png", data_base64: PNG_1X1 },
        { name: "notes.md", mime: "text/markdown", data_base64: btoa("# Notes\n- one\n") },
      ],
    });
    expect(all("pending-attachment"), "the chips are cleared once sent").toHaveLength(0);
    expect(revoked, "the thumbnail is released").toHaveBeenCalledWith("blob:thumb-1");

    const shown = document.querySelectorAll('[data-testid="message-user"] [data-testid="message-attachment"]');
    expect(shown, "the message being sent shows its files").toHaveLength(2);
    expect(shown[0]?.querySelector("img")?.getAttribute("src"), "from the bytes at hand").toBe(`data:image/png;base64,${PNG_1X1}`);

    // The stored message comes back with real ids: the bytes are not fetched again.
    const stored: Attachment[] = [
      { id: 31, name: "pixel.png", mime: "image/png", kind: "image", size: 70 },
      { id: 32, name: "notes.md", mime: "text/markdown", kind: "text", size: 14 },
    ];
    backend.handlers.set("open_conversation", () => ({
      conversation: { id: 7, title: "Files", pinned: false, archived: false, created_at: 1, updated_at: 2 },
      messages: [message(10, "user", { content: "", attachments: stored }), message(11, "assistant", { parent_id: 10 })],
      branches: [],
    }));
    const events = channel as { onmessage: (e: TurnEvent) => void } | null;
    events?.onmessage({ type: "finished", status: "complete", stop_reason: "stop", stop_kind: "end", usage: null });
    await settle();
    expect(turns.turn, "the turn is over").toBeNull();
    const img = document.querySelector('[data-testid="message-user"] [data-testid="message-attachment"] img');
    expect(img?.getAttribute("src"), "the stored image shows at once").toBe(`data:image/png;base64,${PNG_1X1}`);
    expect(callsOf("attachment"), "nothing fetched").toEqual([]);
  });

  it("refuses an oversize image and a file of the wrong type, says why, and keeps the others", async () => {
    backend.handlers.set("send_turn", () => started);
    const huge = new Uint8Array(5 * 1024 * 1024 + 300 * 1024);
    huge.set(PNG_BYTES.subarray(0, 8));
    await pick(
      png("huge.png", huge),
      new File([new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x00, 0x01])], "report.pdf", { type: "application/pdf" }),
      new File(["<svg/>"], "logo.svg", { type: "image/svg+xml" }),
      png("ok.png"),
    );
    expect(all("pending-attachment").map((c) => c.dataset.kind), "only the good file is added").toEqual(["image"]);
    const error = byTestId("attachment-error");
    expect(error.getAttribute("role"), "announced").toBe("alert");
    expect([...error.querySelectorAll("li")].map((li) => li.textContent), "why, file by file").toEqual([
      "“huge.png” is 5.3 MB; images can be at most 5 MB.",
      "“report.pdf” is neither an image (PNG, JPEG, GIF, WebP) nor a text file (code, Markdown, CSV, JSON, plain text).",
      "“logo.svg” is not an image the models accept (PNG, JPEG, GIF or WebP).",
    ]);

    type("Look");
    pressEnter();
    await settle();
    expect(sentFiles()?.map((f) => f.name), "the refused files are not sent").toEqual(["ok.png"]);
    expect(document.querySelector('[data-testid="attachment-error"]'), "cleared by the send").toBeNull();
  });

  it("sends files through the router in Auto", async () => {
    backend.handlers.set("send_routed_turn", () => started);
    await chat.choose({ chosen_provider_id: null, chosen_model: null, pinned_model: null });
    flushSync();
    await pick(png());
    pressEnter();
    await settle();
    expect(sentFiles("send_routed_turn"), "the router gets them (and picks a model that reads images)").toEqual([
      { name: "pixel.png", mime: "image/png", data_base64: PNG_1X1 },
    ]);
  });

  it("takes no more than 8 files per message", async () => {
    const files = Array.from({ length: 9 }, (_, i) => new File([`file ${i}`], `f${i}.txt`, { type: "text/plain" }));
    await pick(...files.slice(0, 5));
    await pick(...files.slice(5));
    expect(all("pending-attachment"), "8 kept").toHaveLength(8);
    expect(byTestId("attachment-error").textContent).toContain("“f8.txt” was not added: a message can carry at most 8 files.");
  });

  it("removes a chip with its remove button", async () => {
    backend.handlers.set("send_turn", () => started);
    await pick(png("a.png"), new File(["b"], "b.txt", { type: "text/plain" }));
    const remove = document.querySelector<HTMLButtonElement>('[aria-label="Remove a.png"]');
    expect(remove, "each chip has a named remove button").not.toBeNull();
    remove?.click();
    flushSync();
    expect(all("pending-attachment").map((c) => c.textContent), "only b.txt is left").toEqual([
      expect.stringContaining("b.txt"),
    ]);
    expect(document.activeElement, "focus goes back to the text box").toBe(byTestId("composer-input"));
    document.querySelector<HTMLButtonElement>('[aria-label="Remove b.txt"]')?.click();
    flushSync();
    expect(all("pending-attachment")).toHaveLength(0);
    expect(byTestId<HTMLButtonElement>("send-button").disabled, "nothing left to send").toBe(true);
    pressEnter();
    await settle();
    expect(callsOf("send_turn"), "Enter with nothing sends nothing").toEqual([]);
  });

  it("keeps text and files when the send is refused", async () => {
    backend.handlers.set("send_turn", () => {
      throw { code: "invalid_input", message: "GPT-4.1 mini cannot read images: choose a model that can, or Auto." };
    });
    await pick(png());
    type("What is it?");
    pressEnter();
    await settle();
    expect(document.querySelector(".composer-error")?.textContent, "the backend's reason").toContain("cannot read images");
    expect(all("pending-attachment"), "the file is still attached").toHaveLength(1);
    expect(byTestId<HTMLTextAreaElement>("composer-input").value, "and the text is back").toBe("What is it?");
    expect(document.querySelector('[data-testid="message-user"]'), "no message left behind").toBeNull();
  });

  it("attaches images pasted into the text box, but lets copied text paste as text", async () => {
    const input = byTestId<HTMLTextAreaElement>("composer-input");
    const paste = (files: File[], text: string): Event => {
      const event = new Event("paste", { bubbles: true, cancelable: true });
      Object.defineProperty(event, "clipboardData", {
        value: { files, items: [], getData: (kind: string) => (kind === "text/plain" ? text : "") },
      });
      input.dispatchEvent(event);
      return event;
    };
    const screenshot = paste([png("image.png")], "");
    await settle();
    expect(screenshot.defaultPrevented, "the image is not pasted as text").toBe(true);
    expect(all("pending-attachment").map((c) => c.textContent), "attached").toEqual([expect.stringContaining("image.png")]);

    const cells = paste([png("cells.png")], "a\tb\n1\t2");
    await settle();
    expect(cells.defaultPrevented, "a spreadsheet's text pastes as usual").toBe(false);
    expect(all("pending-attachment"), "its picture is not attached").toHaveLength(1);
  });

  it("attaches files dropped on the chat, highlighting it while they are over it", async () => {
    const chat = document.querySelector('section[aria-label="Chat"]') as HTMLElement;
    const file = new File(["fn main() {}\n"], "main.rs", { type: "" });
    expect(drag(chat, "dragenter", [file]).defaultPrevented, "the chat takes files").toBe(true);
    expect(byTestId("drop-zone").textContent, "a visible drop target").toContain("Drop files to attach them");
    expect(drag(chat, "dragover", [file]).defaultPrevented).toBe(true);
    drag(chat, "drop", [file]);
    await settle();
    expect(document.querySelector('[data-testid="drop-zone"]'), "the highlight goes").toBeNull();
    const chip = byTestId("pending-attachment");
    expect(chip.textContent, "source code is a text file").toContain("main.rs");
    expect(chip.dataset.kind).toBe("text");

    drag(chat, "dragenter", [file]);
    drag(chat, "dragleave", [file]);
    expect(document.querySelector('[data-testid="drop-zone"]'), "leaving removes the highlight").toBeNull();
  });

  it("warns before sending images to a model that cannot read them", async () => {
    const blind: ModelInfo = {
      vendor: "openai", id: "gpt-text", name: "GPT Text", context_window: 1000, max_output: 100,
      price: { input: 1, output: 2, cache_read: null, cache_write: null, reasoning: null },
      capabilities: { vision: false, tools: false, reasoning: false },
      quality: { code: 3, reasoning: 3, planning: 3, writing: 3, summarize: 3, translate: 3, chat: 3 },
    };
    backend.handlers.set("catalogue_state", () => ({
      catalogue: { source: { name: "t", version: "1", licence: "MIT", url: "-", retrieved: "-" }, vendors: [], models: [blind], routes: {} },
      edits: { models: [], removed: [], routes: {} },
      shipped_models: [],
      shipped_routes: {},
    }));
    await catalogue.load();
    await chat.choose({ chosen_provider_id: null, chosen_model: null, pinned_model: "openai/gpt-text" });
    flushSync();
    await pick(new File(["x"], "x.txt", { type: "text/plain" }));
    expect(document.querySelector('[data-testid="attachment-vision-warning"]'), "text files are fine").toBeNull();
    await pick(png());
    expect(byTestId("attachment-vision-warning").textContent).toContain("GPT Text can't read images");
    await chat.choose({ chosen_provider_id: null, chosen_model: null, pinned_model: null });
    flushSync();
    expect(document.querySelector('[data-testid="attachment-vision-warning"]'), "Auto picks a model that reads images").toBeNull();
  });
});

describe("attachments in history", () => {
  const image: Attachment = { id: 21, name: "diagram.png", mime: "image/png", kind: "image", size: 70 };
  const notes: Attachment = { id: 22, name: "notes.md", mime: "text/markdown", kind: "text", size: 2048 };

  async function open(): Promise<void> {
    backend.handlers.set("open_conversation", () => ({
      conversation: { id: 7, title: "Files", pinned: false, archived: false, created_at: 1, updated_at: 2 },
      messages: [message(10, "user", { attachments: [image, notes] }), message(11, "assistant", { parent_id: 10 })],
      branches: [],
    }));
    await chat.openConversation(7);
    await settle();
  }

  it("fetches an image's bytes once, shows it, and opens it larger until Esc", async () => {
    backend.files.set(21, { attachment: image, data_base64: PNG_1X1 });
    backend.files.set(22, { attachment: notes, data_base64: btoa("# Plan\n1. ship") });
    backend.handlers.set("stop_turn", () => null);
    await open();

    const shown = all("message-attachment");
    expect(shown.map((a) => a.dataset.kind), "under the message's text").toEqual(["image", "text"]);
    expect(shown[0]?.querySelector("img")?.getAttribute("src"), "from the stored bytes").toBe(`data:image/png;base64,${PNG_1X1}`);
    expect(shown[1]?.textContent?.replace(/\s+/g, " ").trim(), "a text file: name and size").toBe("notes.md Text · 2 KB");
    expect(callsOf("attachment"), "only the image is fetched, once").toEqual([{ id: 21 }]);

    // As from the keyboard: the thumbnail has focus when it is opened.
    shown[0]?.focus();
    shown[0]?.click();
    await settle();
    const viewer = byTestId("attachment-viewer");
    expect(viewer.getAttribute("role")).toBe("dialog");
    expect(byTestId("attachment-viewer-image").getAttribute("src")).toBe(`data:image/png;base64,${PNG_1X1}`);
    expect(document.activeElement, "focus moves into it").toBe(byTestId("attachment-viewer-close"));
    document.activeElement?.dispatchEvent(new KeyboardEvent("keydown", { key: "Escape", bubbles: true, cancelable: true }));
    flushSync();
    expect(document.querySelector('[data-testid="attachment-viewer"]'), "Esc closes it").toBeNull();
    expect(document.activeElement, "focus returns to the thumbnail").toBe(all("message-attachment")[0]);

    all("message-attachment")[1]?.click();
    await settle();
    expect(byTestId("attachment-viewer").querySelector("pre")?.textContent, "a text file opens as text").toBe("# Plan\n1. ship");
    byTestId("attachment-viewer-close").click();
    flushSync();
    expect(document.querySelector('[data-testid="attachment-viewer"]')).toBeNull();

    chat.newChat();
    await open();
    expect(callsOf("attachment").filter((a) => a.id === 21), "served from the cache afterwards").toHaveLength(1);
  });

  it("a re-run asks for another answer to the stored prompt, files and all, from the chosen model", async () => {
    const luna: ModelInfo = {
      vendor: "openai", id: "gpt-6-luna", name: "GPT-6 Luna", context_window: 1000, max_output: 100,
      price: { input: 1, output: 2, cache_read: null, cache_write: null, reasoning: null },
      capabilities: { vision: true, tools: false, reasoning: false },
      quality: { code: 3, reasoning: 3, planning: 3, writing: 3, summarize: 3, translate: 3, chat: 3 },
    };
    backend.handlers.set("catalogue_state", () => ({
      catalogue: { source: { name: "t", version: "1", licence: "MIT", url: "-", retrieved: "-" }, vendors: [], models: [luna], routes: {} },
      edits: { models: [], removed: [], routes: {} },
      shipped_models: [],
      shipped_routes: {},
    }));
    await catalogue.load();
    backend.handlers.set("route_records", () => [{
      message_id: 11,
      error: null,
      record: {
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
        budget_before: { cap: null, spent: 0, reserved: 0, unpriced_calls: 0 }, budget_after: { cap: null, spent: 1, reserved: 0, unpriced_calls: 0 },
      },
    }]);
    backend.handlers.set("send_routed_turn", () => ({ ...started, user_message_id: 10, assistant_message_id: 12 }));
    backend.files.set(21, { attachment: image, data_base64: PNG_1X1 });
    backend.files.set(22, { attachment: notes, data_base64: btoa("# Plan") });
    await open();

    const select = byTestId<HTMLSelectElement>("rerun-model");
    select.value = "openai/gpt-6-luna";
    select.dispatchEvent(new Event("change", { bubbles: true }));
    flushSync();
    byTestId("rerun-button").click();
    await settle();
    const request = callsOf("send_routed_turn")[0]?.request as {
      text: string; attachments: AttachmentInput[]; options: { pinned: string }; placement: unknown;
    };
    expect(request.placement, "a sibling of the answer, not a new prompt").toEqual({ kind: "regenerate", message_id: 11 });
    expect(request.text, "the backend re-sends the stored prompt").toBe("");
    expect(request.attachments, "and its stored files: none are sent from here").toEqual([]);
    expect(request.options.pinned, "to the chosen model").toBe("openai/gpt-6-luna");
    expect(all("message-user"), "the prompt is shown once, not repeated").toHaveLength(1);
    expect(all("message-user")[0]?.querySelectorAll('[data-testid="message-attachment"]'), "with its files").toHaveLength(2);
    expect(all("message-assistant"), "the new answer takes the old one's place").toHaveLength(1);
    expect(all("message-assistant")[0]?.getAttribute("data-status")).toBe("streaming");
  });

  it("says when an image cannot be loaded, and tries again on click", async () => {
    await open();
    const thumb = all("message-attachment")[0];
    expect(thumb?.getAttribute("aria-label")).toBe("diagram.png could not be loaded: try again");
    expect(thumb?.title).toContain("No attachment with id 21.");
    backend.files.set(21, { attachment: image, data_base64: PNG_1X1 });
    thumb?.click();
    await settle();
    expect(all("message-attachment")[0]?.querySelector("img"), "loaded on the second try").not.toBeNull();
  });
});
