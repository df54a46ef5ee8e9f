// ConversationExport (the chat header's Export): a panel under the button with Markdown and JSON;
// each exports this conversation through the backend, waits while it runs, then says where the
// file went or why not; Esc (focus back on the button), a click elsewhere or the button again
// closes it; another conversation starts afresh.
import "@testing-library/svelte/vitest";
import { fireEvent, render, screen } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { ExportSummary } from "../../lib/bindings";

vi.mock("@tauri-apps/api/core", async () => (await import("../../test/fakeBackend")).fakeCore);

const { backend } = await import("../../test/fakeBackend");
const { default: ConversationExport } = await import("./ConversationExport.svelte");

const MARKDOWN: ExportSummary = { conversations: 1, messages: 4, attachments: 0, files: ["/home/u/Downloads/Hello.md"] };
const JSON_FILE: ExportSummary = { conversations: 1, messages: 6, attachments: 2, files: ["/home/u/Downloads/Hello.json"] };

function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((ok) => {
    resolve = ok;
  });
  return { promise, resolve };
}

const callsOf = (command: string) => backend.calls.filter((c) => c.command === command).map((c) => c.args);
const toggle = () => screen.getByTestId<HTMLButtonElement>("conversation-export");
const panel = () => screen.queryByTestId("conversation-export-panel");
const markdownButton = () => screen.getByTestId<HTMLButtonElement>("conversation-export-markdown");
const jsonButton = () => screen.getByTestId<HTMLButtonElement>("conversation-export-json");
const resultText = () => screen.getByTestId("export-result").querySelector("p")?.textContent?.replace(/\s+/g, " ").trim();

beforeEach(() => {
  backend.calls.length = 0;
  backend.handlers.clear();
  backend.handlers.set("export_history", (args) => (args.markdown ? MARKDOWN : JSON_FILE));
});
afterEach(() => vi.restoreAllMocks());

async function openPanel(conversationId = 7) {
  const result = render(ConversationExport, { conversationId });
  await userEvent.click(toggle());
  return result;
}

describe("ConversationExport", () => {
  it("is a closed button until clicked; then a panel it controls offers Markdown and JSON", async () => {
    render(ConversationExport, { conversationId: 7 });
    expect(toggle().textContent?.trim()).toBe("Export");
    expect(toggle().getAttribute("aria-expanded")).toBe("false");
    expect(toggle().getAttribute("title")).toBe("Export this conversation to your Downloads folder");
    expect(panel()).toBeNull();
    await userEvent.click(toggle());
    const shown = panel() as HTMLElement;
    expect(toggle().getAttribute("aria-expanded")).toBe("true");
    expect(toggle().getAttribute("aria-controls")).toBe(shown.id);
    expect(shown.getAttribute("aria-label")).toBe("Export this conversation");
    expect(shown.querySelector(".lead")?.textContent).toBe("This conversation, to a new file in your Downloads folder:");
    expect(markdownButton().textContent?.trim()).toBe("Markdown");
    expect(jsonButton().textContent?.trim()).toBe("JSON");
    expect(callsOf("export_history"), "nothing is exported by opening it").toEqual([]);
  });

  it("exports this conversation as Markdown, waiting while it is written, then says where it went", async () => {
    const written = deferred<ExportSummary>();
    backend.handlers.set("export_history", () => written.promise);
    await openPanel(7);
    await userEvent.click(markdownButton());
    expect(callsOf("export_history")).toEqual([{ conversation: 7, markdown: true }]);
    expect(markdownButton().textContent?.trim()).toBe("Exporting…");
    expect(markdownButton().disabled).toBe(true);
    expect(jsonButton().disabled, "one export at a time").toBe(true);
    expect(jsonButton().textContent?.trim()).toBe("JSON");
    written.resolve(MARKDOWN);
    await vi.waitFor(() => expect(resultText()).toBe("Exported 1 conversation (4 messages) to the file"));
    expect(screen.getByTestId("export-path").textContent).toBe("/home/u/Downloads/Hello.md");
    expect(markdownButton().disabled).toBe(false);
    expect(markdownButton().textContent?.trim()).toBe("Markdown");
    expect(jsonButton().disabled).toBe(false);
  });

  it("exports this conversation as JSON, with every version and attachment", async () => {
    await openPanel(12);
    await userEvent.click(jsonButton());
    expect(callsOf("export_history")).toEqual([{ conversation: 12, markdown: false }]);
    await vi.waitFor(() => expect(resultText()).toBe("Exported 1 conversation (6 messages, 2 attachments) to the file"));
    expect(screen.getByTestId("export-path").textContent).toBe("/home/u/Downloads/Hello.json");
  });

  it("says why nothing was exported, and it can be tried again", async () => {
    backend.handlers.set("export_history", () => {
      throw { code: "io", message: "The Downloads folder cannot be written to." };
    });
    await openPanel();
    await userEvent.click(markdownButton());
    const error = await screen.findByTestId("export-error");
    expect(error.textContent?.replace(/\s+/g, " ").trim()).toBe("Nothing was exported: The Downloads folder cannot be written to.");
    expect(screen.queryByTestId("export-result")).toBeNull();
    expect(markdownButton().disabled).toBe(false);
    backend.handlers.set("export_history", () => MARKDOWN);
    await userEvent.click(markdownButton());
    await vi.waitFor(() => expect(resultText()).toBe("Exported 1 conversation (4 messages) to the file"));
    expect(screen.queryByTestId("export-error"), "the failure is forgotten").toBeNull();
    expect(callsOf("export_history")).toHaveLength(2);
  });

  it("closes with Esc, which nothing behind it sees, and focus goes back to the button", async () => {
    const behind = vi.fn();
    window.addEventListener("keydown", behind);
    try {
      await openPanel();
      markdownButton().focus();
      await userEvent.keyboard("{Escape}");
      expect(panel()).toBeNull();
      expect(toggle().getAttribute("aria-expanded")).toBe("false");
      expect(document.activeElement).toBe(toggle());
      expect(behind, "App's Esc does not act as well").not.toHaveBeenCalled();
    } finally {
      window.removeEventListener("keydown", behind);
    }
  });

  it("other keys in the panel leave it open", async () => {
    await openPanel();
    await fireEvent.keyDown(panel() as HTMLElement, { key: "Enter" });
    expect(panel()).not.toBeNull();
  });

  it("closes on a press elsewhere in the window, not on one inside it", async () => {
    const elsewhere = document.createElement("button");
    document.body.append(elsewhere);
    try {
      await openPanel();
      await fireEvent.pointerDown(screen.getByText("Markdown: the branch shown, to read. JSON: every version, to import again."));
      expect(panel(), "inside the panel").not.toBeNull();
      await userEvent.click(elsewhere);
      expect(panel()).toBeNull();
      expect(toggle().getAttribute("aria-expanded")).toBe("false");
      expect(document.activeElement, "focus stays where the click put it").toBe(elsewhere);
    } finally {
      elsewhere.remove();
    }
  });

  it("closes when the button is clicked again, and opens afresh without the last outcome", async () => {
    await openPanel();
    await userEvent.click(markdownButton());
    await screen.findByTestId("export-result");
    await userEvent.click(toggle());
    expect(panel()).toBeNull();
    await userEvent.click(toggle());
    expect(panel()).not.toBeNull();
    expect(screen.queryByTestId("export-result"), "what was exported before is not said again").toBeNull();
  });

  it("starts afresh for another conversation: closed, its last outcome forgotten, exporting the new one", async () => {
    const { rerender } = await openPanel(7);
    await userEvent.click(markdownButton());
    await screen.findByTestId("export-result");
    await rerender({ conversationId: 8 });
    expect(panel()).toBeNull();
    await userEvent.click(toggle());
    expect(screen.queryByTestId("export-result")).toBeNull();
    await userEvent.click(jsonButton());
    expect(callsOf("export_history")).toEqual([
      { conversation: 7, markdown: true },
      { conversation: 8, markdown: false },
    ]);
  });

  it("an export still running when another conversation opens does not report in the new one's panel", async () => {
    const slow = deferred<ExportSummary>();
    backend.handlers.set("export_history", () => slow.promise);
    const { rerender } = await openPanel(7);
    await userEvent.click(markdownButton());
    expect(markdownButton().textContent?.trim()).toBe("Exporting…");
    await rerender({ conversationId: 8 });
    await userEvent.click(toggle());
    expect(markdownButton().disabled, "the new conversation can be exported at once").toBe(false);
    slow.resolve(MARKDOWN);
    await new Promise((r) => setTimeout(r, 0));
    expect(screen.queryByTestId("export-result"), "conversation 7's file is not said to be 8's").toBeNull();
  });
});
