// Settings → Data and the chat header's export in the whole UI (jsdom, fake backend): importing
// a file (its bytes sent, progress from `import-progress` events, then the summary, or the error
// with nothing claimed), exporting (where the file went, with a copy button), and backups (the
// list newest first, Back up now, daily copies and how many to keep, Restore after a
// confirmation that says what happens).
import { flushSync } from "svelte";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { backend } from "./test/fakeBackend";
import {
  all, byTestId, callsOf, fakeClipboard, maybe, mountApp, resetBackend, serveApp, settle, stubResizeObserver, text, unmountApp,
} from "./test/app";
import type { BackupInfo, BackupSettings, Conversation, ExportSummary, ImportSummary } from "./lib/bindings";

vi.mock("@tauri-apps/api/core", async () => (await import("./test/fakeBackend")).fakeCore);
vi.mock("@tauri-apps/api/event", async () => (await import("./test/fakeBackend")).fakeEvent);

const { chat, navigation } = await import("./lib/state");
const { historyExport, historyImport } = await import("./lib/data.svelte");

const zebras: Conversation = { id: 7, title: "Zebras", pinned: false, archived: false, created_at: 1, updated_at: 2 };
const imported: Conversation = { id: 8, title: "Assist user with summary", pinned: false, archived: false, created_at: 3, updated_at: 4 };

const DAY = 86_400_000;
const NOW = Date.UTC(2025, 5, 10, 12);
/** As the backend lists them: not in date order, to show the list sorts them. */
const BACKUPS: BackupInfo[] = [
  { name: "daily-2.db", kind: "daily", created_at: NOW - 2 * DAY, size: 2_500_000 },
  { name: "manual-1.db", kind: "manual", created_at: NOW - DAY, size: 3_000_000 },
  { name: "before-update-5.db", kind: "before_update", created_at: NOW - 5 * DAY, size: 2_000_000 },
];

/** Picks `file` in the file input, as the person (or WebDriver) would. */
function pick(input: HTMLInputElement, file: File): void {
  Object.defineProperty(input, "files", { configurable: true, value: [file] });
  input.dispatchEvent(new Event("change", { bubbles: true }));
}

function openData(): void {
  byTestId("nav-settings").click();
  flushSync();
  byTestId("settings-tab-data").click();
  flushSync();
}

let clipboard: string[] = [];
let conversations: Conversation[] = [];

beforeEach(async () => {
  resetBackend();
  conversations = [zebras];
  serveApp({ conversations: () => conversations, dataDir: "/home/u/.local/share/switchboard" });
  backend.handlers.set("open_conversation", (args) => ({
    conversation: conversations.find((c) => c.id === args.id) ?? zebras,
    messages: [],
    branches: [],
  }));
  backend.handlers.set("list_backups", () => BACKUPS);
  backend.handlers.set("backup_settings", (): BackupSettings => ({ daily: true, keep: 7 }));
  stubResizeObserver();
  clipboard = fakeClipboard();
  historyImport.clear();
  historyExport.clear();
  chat.newChat();
  await mountApp();
});

afterEach(() => {
  unmountApp();
  vi.unstubAllGlobals();
});

describe("import", () => {
  it("sends the file's bytes, shows the progress events, then what was added, updated, already there and skipped", async () => {
    const summary: ImportSummary = {
      format: "chatgpt",
      conversations_added: 1,
      conversations_updated: 1,
      conversations_unchanged: 2,
      messages_added: 11,
      with_system_prompt: [],
      skipped: [{ title: "Broken one", reason: "it has no messages" }],
    };
    let finish: (value: ImportSummary) => void = () => {};
    backend.handlers.set("import_history", () => new Promise<ImportSummary>((resolve) => (finish = resolve)));
    openData();
    const input = byTestId<HTMLInputElement>("import-input");
    expect(input.type, "a file input, which WebDriver can fill").toBe("file");
    expect(input.accept, "zip or JSON exports").toContain(".zip");
    expect(input.accept).toContain(".json");

    pick(input, new File(['[{"title":"x"}]'], "conversations.json", { type: "application/json" }));
    await settle();
    const sent = callsOf("import_history")[0] as unknown;
    expect(sent, "the bytes go as the request body").toBeInstanceOf(Uint8Array);
    expect(new TextDecoder().decode(sent as Uint8Array)).toBe('[{"title":"x"}]');
    expect(text("import-progress"), "before any conversation is stored").toContain("Reading the file");
    expect(byTestId("import-progress").getAttribute("role")).toBe("progressbar");
    expect(input.disabled, "one import at a time").toBe(true);

    backend.emit("import-progress", { done: 1, total: 4 });
    flushSync();
    expect(text("import-progress")).toContain("Stored 1 of 4 conversations");
    expect(byTestId("import-progress").getAttribute("aria-valuenow")).toBe("1");
    expect(byTestId("import-progress").getAttribute("aria-valuemax")).toBe("4");
    backend.emit("import-progress", { done: 3, total: 4 });
    flushSync();
    expect(text("import-progress")).toContain("Stored 3 of 4 conversations");

    conversations = [zebras, imported];
    finish(summary);
    await settle();
    expect(maybe("import-progress"), "done").toBeNull();
    expect(text("import-summary")).toContain("Imported from ChatGPT");
    expect(text("import-added")).toBe("1 conversation");
    expect(text("import-updated")).toBe("1 conversation with new messages");
    expect(text("import-unchanged")).toBe("2 conversations, unchanged");
    expect(text("import-messages")).toBe("11");
    expect(all("import-skipped").map((el) => el.textContent?.replace(/\s+/g, " ").trim()), "each skipped one with why").toEqual([
      "Broken one — it has no messages",
    ]);
    expect(backend.listeners.get("import-progress")?.size ?? 0, "no longer listening").toBe(0);
    expect(input.disabled).toBe(false);

    byTestId("settings-close").click();
    flushSync();
    expect(
      all("conversation-item").map((el) => el.textContent),
      "the list was read again and has the imported conversation",
    ).toEqual(expect.arrayContaining([expect.stringContaining("Assist user with summary")]));
  });

  it("a file that cannot be read says why and claims nothing", async () => {
    backend.handlers.set("import_history", () => {
      throw { code: "invalid_input", message: "This is not a ChatGPT, Claude or Switchboard export." };
    });
    openData();
    pick(byTestId<HTMLInputElement>("import-input"), new File(["hello"], "notes.txt"));
    await settle();
    const error = byTestId("import-error");
    expect(error.getAttribute("role"), "said at once").toBe("alert");
    expect(error.textContent).toContain("Nothing was imported from notes.txt");
    expect(error.textContent).toContain("This is not a ChatGPT, Claude or Switchboard export.");
    expect(maybe("import-summary"), "no summary of anything").toBeNull();
    expect(maybe("import-progress")).toBeNull();
    expect(document.body.textContent, "no count of conversations or messages").not.toMatch(/Added|Messages added/);
  });

  it("imports even when the window may not listen to progress events", async () => {
    backend.handlers.set("import_history", (): ImportSummary => ({
      format: "claude", conversations_added: 0, conversations_updated: 0, conversations_unchanged: 3, messages_added: 0,
      with_system_prompt: [], skipped: [],
    }));
    const listening = vi.spyOn(await import("./lib/api"), "onImportProgress").mockRejectedValue({ code: "internal", message: "event.listen not allowed" });
    openData();
    pick(byTestId<HTMLInputElement>("import-input"), new File(["{}"], "claude.zip"));
    await settle();
    expect(callsOf("import_history"), "the import still ran").toHaveLength(1);
    expect(text("import-summary")).toContain("Imported from Claude");
    expect(text("import-unchanged")).toBe("3 conversations, unchanged");
    listening.mockRestore();
  });
});

describe("export", () => {
  it("exports every conversation as JSON or Markdown and says where, with the path to copy", async () => {
    const json: ExportSummary = { conversations: 2, messages: 40, attachments: 1, files: ["/home/u/Downloads/switchboard-2025-06-10.json"] };
    const markdown: ExportSummary = {
      conversations: 2,
      messages: 40,
      attachments: 1,
      files: [
        "/home/u/Downloads/switchboard-2025-06-10/Zebras.md",
        "/home/u/Downloads/switchboard-2025-06-10/Other.md",
        "/home/u/Downloads/switchboard-2025-06-10/Zebras-files/a.png",
      ],
    };
    backend.handlers.set("export_history", (args) => (args.markdown ? markdown : json));
    openData();
    byTestId("export-all-json").click();
    await settle();
    expect(callsOf("export_history")).toEqual([{ conversation: null, markdown: false }]);
    expect(text("export-result")).toContain("Exported 2 conversations (40 messages, 1 attachment) to the file");
    expect(text("export-path")).toBe("/home/u/Downloads/switchboard-2025-06-10.json");
    byTestId("export-path-copy").click();
    await settle();
    expect(clipboard, "the path, to paste into a file manager").toEqual(["/home/u/Downloads/switchboard-2025-06-10.json"]);
    expect(maybe("export-show-in-folder"), "no command can show a file in its folder").toBeNull();

    byTestId("export-all-markdown").click();
    await settle();
    expect(callsOf("export_history").at(-1)).toEqual({ conversation: null, markdown: true });
    expect(text("export-result"), "one file per conversation: their folder").toContain("to the folder");
    expect(text("export-path")).toBe("/home/u/Downloads/switchboard-2025-06-10");
    expect(text("export-result")).toContain("3 files written in all");
  });

  it("exports the open conversation from its header", async () => {
    backend.handlers.set("export_history", (): ExportSummary => ({
      conversations: 1, messages: 2, attachments: 0, files: ["/home/u/Downloads/switchboard-conversation-7-2025-06-10.md"],
    }));
    await chat.openConversation(7);
    await settle();
    byTestId("conversation-export").click();
    flushSync();
    byTestId("conversation-export-markdown").click();
    await settle();
    expect(callsOf("export_history")).toEqual([{ conversation: 7, markdown: true }]);
    expect(text("export-path")).toBe("/home/u/Downloads/switchboard-conversation-7-2025-06-10.md");
    expect(text("export-result")).toContain("Exported 1 conversation (2 messages) to the file");

    byTestId("conversation-export-panel").dispatchEvent(new KeyboardEvent("keydown", { key: "Escape", bubbles: true, cancelable: true }));
    flushSync();
    expect(maybe("conversation-export-panel"), "Esc closes it").toBeNull();
    expect(document.activeElement).toBe(byTestId("conversation-export"));
  });

  it("says why an export failed", async () => {
    backend.handlers.set("export_history", () => {
      throw { code: "storage", message: "Cannot write /home/u/Downloads/x.json: the disk is full." };
    });
    openData();
    byTestId("export-all-json").click();
    await settle();
    expect(text("export-error")).toContain("Nothing was exported: Cannot write /home/u/Downloads/x.json: the disk is full.");
    expect(maybe("export-result")).toBeNull();
  });
});

describe("backups", () => {
  it("lists the copies newest first, with their kind in words, date and size", async () => {
    openData();
    await settle();
    const items = all("backup-item");
    expect(items.map((el) => el.dataset.kind), "newest first").toEqual(["manual", "daily", "before_update"]);
    expect(items.map((el) => byTestId("backup-kind", el).textContent)).toEqual([
      "Made with “Back up now”",
      "Daily copy",
      "Before an app update",
    ]);
    expect(byTestId("backup-size", items[0]).textContent).toBe("2.9 MB");
    expect(byTestId("backup-date", items[0]).textContent, "a date a person reads").toContain("2025");
  });

  it("backs up now and lists the new copy", async () => {
    const made: BackupInfo = { name: "manual-now.db", kind: "manual", created_at: NOW, size: 3_100_000 };
    let list = BACKUPS;
    backend.handlers.set("list_backups", () => list);
    backend.handlers.set("backup_now", () => {
      list = [made, ...BACKUPS];
      return made;
    });
    openData();
    await settle();
    byTestId("backup-now").click();
    await settle();
    expect(callsOf("backup_now")).toHaveLength(1);
    expect(text("backup-made")).toContain("Backed up");
    expect(all("backup-item")).toHaveLength(4);
    expect(all("backup-item")[0]?.dataset.kind).toBe("manual");
  });

  it("stores daily copies on or off and how many to keep, refusing a number out of range", async () => {
    backend.handlers.set("set_backup_settings", () => null);
    openData();
    await settle();
    const daily = byTestId<HTMLInputElement>("backup-daily");
    const keep = byTestId<HTMLInputElement>("backup-keep");
    expect(daily.checked, "as stored").toBe(true);
    expect(keep.value).toBe("7");

    keep.value = "400";
    keep.dispatchEvent(new Event("input", { bubbles: true }));
    byTestId<HTMLButtonElement>("backup-settings-save").click();
    await settle();
    expect(text("backup-keep-error")).toContain("from 1 to 365");
    expect(callsOf("set_backup_settings"), "nothing stored").toEqual([]);

    keep.value = "30";
    keep.dispatchEvent(new Event("input", { bubbles: true }));
    daily.click();
    byTestId<HTMLButtonElement>("backup-settings-save").click();
    await settle();
    expect(callsOf("set_backup_settings")).toEqual([{ settings: { daily: false, keep: 30 } }]);
    expect(maybe("backup-keep-error")).toBeNull();
    expect(text("backup-settings-saved")).toBe("Saved.");
  });

  it("restores only after a confirmation that says the app restarts and the current database is kept aside", async () => {
    backend.handlers.set("restore_backup", () => new Promise(() => {}));
    openData();
    await settle();
    const daily = all("backup-item")[1];
    byTestId("backup-restore", daily).click();
    flushSync();
    const dialog = byTestId("confirm-dialog");
    expect(dialog.getAttribute("role")).toBe("alertdialog");
    expect(dialog.getAttribute("aria-modal")).toBe("true");
    const said = text("confirm-dialog");
    expect(said, "which copy").toContain("Daily copy");
    expect(said, "what happens").toContain("Switchboard restarts and opens this copy in place of your history now");
    expect(said, "and that nothing is lost").toContain("The current database is not deleted: it is kept aside in the backups folder");
    expect(document.activeElement, "Cancel is the safe default").toBe(byTestId("confirm-cancel"));
    expect(callsOf("restore_backup"), "nothing yet").toEqual([]);

    dialog.dispatchEvent(new KeyboardEvent("keydown", { key: "Escape", bubbles: true, cancelable: true }));
    flushSync();
    expect(maybe("confirm-dialog"), "Esc cancels").toBeNull();
    expect(callsOf("restore_backup")).toEqual([]);
    expect(navigation.view, "and stays in Settings").toBe("settings");

    byTestId("backup-restore", daily).click();
    flushSync();
    byTestId("confirm-accept").click();
    await settle();
    expect(callsOf("restore_backup"), "the copy chosen").toEqual([{ name: "daily-2.db" }]);
    expect(byTestId("confirm-accept").textContent?.trim(), "waiting for the restart").toBe("Restarting…");
  });

  it("a refused restore says why in the dialog", async () => {
    backend.handlers.set("restore_backup", () => {
      throw { code: "storage", message: "daily-2.db is not a readable Switchboard database." };
    });
    openData();
    await settle();
    byTestId("backup-restore", all("backup-item")[1]).click();
    flushSync();
    byTestId("confirm-accept").click();
    await settle();
    expect(text("confirm-error")).toBe("daily-2.db is not a readable Switchboard database.");
    expect(byTestId<HTMLButtonElement>("confirm-accept").disabled, "can be tried again").toBe(false);
  });
});
