// DataSettings (Settings → Data): the backups list (while reading, empty, unreadable), Back up
// now (busy, the copy made, the list read again, or why it failed), the backup settings (filled
// from the stored ones, checked, saved, or why not), restoring a backup only after the
// confirmation (and why it was refused), importing a file with its progress then its summary or
// its error, and the export buttons with where the export went or why it failed.
import "@testing-library/svelte/vitest";
import { render, screen, within } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { BackupInfo, BackupSettings, ExportSummary, ImportSummary } from "../../lib/bindings";

vi.mock("@tauri-apps/api/core", async () => (await import("../../test/fakeBackend")).fakeCore);
vi.mock("@tauri-apps/api/event", async () => (await import("../../test/fakeBackend")).fakeEvent);

const { backend } = await import("../../test/fakeBackend");
const { default: DataSettings } = await import("./DataSettings.svelte");
const { historyExport, historyImport } = await import("../../lib/data.svelte");
const { backupDate, kindLabel } = await import("../../lib/backups");

const DAY = 86_400_000;
const NOW = Date.UTC(2025, 5, 10, 12);
/** As the backend lists them: not in date order. */
const BACKUPS: BackupInfo[] = [
  { name: "daily-2.db", kind: "daily", created_at: NOW - 2 * DAY, size: 2_500_000 },
  { name: "manual-1.db", kind: "manual", created_at: NOW - DAY, size: 3_000_000 },
  { name: "before-update-5.db", kind: "before_update", created_at: NOW - 5 * DAY, size: 2_000_000 },
];
const MADE: BackupInfo = { name: "manual-0.db", kind: "manual", created_at: NOW, size: 3_100_000 };

function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (reason: unknown) => void;
  const promise = new Promise<T>((ok, fail) => {
    resolve = ok;
    reject = fail;
  });
  return { promise, resolve, reject };
}

let backups: BackupInfo[];

beforeEach(() => {
  backend.calls.length = 0;
  backend.handlers.clear();
  backend.listeners.clear();
  backups = BACKUPS;
  backend.handlers.set("list_backups", () => backups);
  backend.handlers.set("backup_settings", (): BackupSettings => ({ daily: true, keep: 7 }));
  backend.handlers.set("list_conversations", () => []);
  historyImport.clear();
  historyExport.clear();
});
afterEach(() => vi.restoreAllMocks());

const byId = <T extends HTMLElement = HTMLElement>(id: string) => screen.getByTestId<T>(id);
const text = (id: string) => byId(id).textContent?.replace(/\s+/g, " ").trim();
const callsOf = (command: string) => backend.calls.filter((c) => c.command === command).map((c) => c.args);
const kinds = () => screen.getAllByTestId("backup-item").map((el) => el.dataset.kind);

describe("the backups list", () => {
  it("says it is reading, then lists the copies newest first with their kind, date and size", async () => {
    const list = deferred<BackupInfo[]>();
    backend.handlers.set("list_backups", () => list.promise);
    render(DataSettings);
    expect(screen.getByText("Reading the backups…")).toBeTruthy();
    list.resolve(BACKUPS);
    await vi.waitFor(() => expect(kinds()).toEqual(["manual", "daily", "before_update"]));
    expect(screen.queryByText("Reading the backups…")).toBeNull();
    const first = within(screen.getAllByTestId("backup-item")[0] as HTMLElement);
    expect(first.getByTestId("backup-kind").textContent).toBe(kindLabel("manual"));
    expect(first.getByTestId("backup-date").textContent).toBe(backupDate(NOW - DAY));
    expect(first.getByTestId("backup-size").textContent).toBe("2.9 MB");
  });

  it("says when there are none", async () => {
    backups = [];
    render(DataSettings);
    expect((await screen.findByTestId("backup-empty")).textContent).toBe("No backups yet.");
  });

  it("says why the list could not be read", async () => {
    backend.handlers.set("list_backups", () => {
      throw { code: "io", message: "The backups folder cannot be read." };
    });
    render(DataSettings);
    expect((await screen.findByTestId("backup-list-error")).textContent).toBe("The backups folder cannot be read.");
    expect(screen.queryByTestId("backup-item")).toBeNull();
  });
});

describe("Back up now", () => {
  it("waits while the copy is made, says its size, and lists it", async () => {
    const made = deferred<BackupInfo>();
    backend.handlers.set("backup_now", () => made.promise);
    render(DataSettings);
    await screen.findAllByTestId("backup-item");
    const button = byId<HTMLButtonElement>("backup-now");
    await userEvent.click(button);
    expect(button.disabled).toBe(true);
    expect(button.textContent?.trim()).toBe("Backing up…");
    backups = [MADE, ...BACKUPS];
    made.resolve(MADE);
    expect((await screen.findByTestId("backup-made")).textContent).toBe("Backed up (3 MB).");
    expect(button.disabled, "free again").toBe(false);
    expect(button.textContent?.trim()).toBe("Back up now");
    await vi.waitFor(() => expect(kinds()).toEqual(["manual", "manual", "daily", "before_update"]));
    expect(callsOf("list_backups"), "read again").toHaveLength(2);
  });

  it("is free again as soon as the copy is made, before the list is read again", async () => {
    const made = deferred<BackupInfo>();
    backend.handlers.set("backup_now", () => made.promise);
    render(DataSettings);
    await screen.findAllByTestId("backup-item");
    const reread = deferred<BackupInfo[]>();
    backend.handlers.set("list_backups", () => reread.promise);
    const button = byId<HTMLButtonElement>("backup-now");
    await userEvent.click(button);
    made.resolve(MADE);
    expect((await screen.findByTestId("backup-made")).textContent).toBe("Backed up (3 MB).");
    expect(callsOf("list_backups"), "the list is being read again").toHaveLength(2);
    expect(button.disabled, "the list being read does not hold the button").toBe(false);
    expect(button.textContent?.trim()).toBe("Back up now");
    reread.resolve([MADE, ...BACKUPS]);
    await vi.waitFor(() => expect(kinds()).toEqual(["manual", "manual", "daily", "before_update"]));
  });

  it("says why no copy was made", async () => {
    backend.handlers.set("backup_now", () => {
      throw { code: "io", message: "The disk is full." };
    });
    render(DataSettings);
    await userEvent.click(byId("backup-now"));
    expect((await screen.findByTestId("backup-error")).textContent).toBe("The disk is full.");
    expect(screen.queryByTestId("backup-made")).toBeNull();
    expect(byId<HTMLButtonElement>("backup-now").disabled, "it can be tried again").toBe(false);
  });
});

describe("backup settings", () => {
  it("start from the stored ones, and are saved as changed", async () => {
    const stored = deferred<null>();
    backend.handlers.set("backup_settings", (): BackupSettings => ({ daily: false, keep: 14 }));
    backend.handlers.set("set_backup_settings", () => stored.promise);
    render(DataSettings);
    const daily = await screen.findByTestId<HTMLInputElement>("backup-daily");
    const keep = byId<HTMLInputElement>("backup-keep");
    expect(daily.checked).toBe(false);
    expect(keep.value).toBe("14");

    await userEvent.click(daily);
    await userEvent.clear(keep);
    await userEvent.type(keep, " 30 ");
    await userEvent.click(byId("backup-settings-save"));
    expect(callsOf("set_backup_settings")).toEqual([{ settings: { daily: true, keep: 30 } }]);
    expect(byId<HTMLButtonElement>("backup-settings-save").disabled, "while saving").toBe(true);
    expect(screen.queryByTestId("backup-settings-saved")).toBeNull();
    stored.resolve(null);
    expect((await screen.findByTestId("backup-settings-saved")).textContent).toBe("Saved.");
    expect(byId<HTMLButtonElement>("backup-settings-save").disabled).toBe(false);

    await userEvent.type(keep, "1");
    expect(screen.queryByTestId("backup-settings-saved"), "changed again: not saved").toBeNull();
  });

  it("refuse a number of copies out of range, without saving", async () => {
    backend.handlers.set("set_backup_settings", () => null);
    render(DataSettings);
    const keep = await screen.findByTestId<HTMLInputElement>("backup-keep");
    await userEvent.clear(keep);
    await userEvent.type(keep, "0");
    await userEvent.click(byId("backup-settings-save"));
    expect(text("backup-keep-error")).toBe("Keep a whole number of daily copies, from 1 to 365.");
    expect(keep.getAttribute("aria-invalid")).toBe("true");
    expect(callsOf("set_backup_settings")).toEqual([]);

    await userEvent.clear(keep);
    await userEvent.type(keep, "365");
    await userEvent.click(byId("backup-settings-save"));
    expect(await screen.findByTestId("backup-settings-saved")).toBeTruthy();
    expect(screen.queryByTestId("backup-keep-error")).toBeNull();
    expect(keep.getAttribute("aria-invalid")).toBe("false");
    expect(callsOf("set_backup_settings")).toEqual([{ settings: { daily: true, keep: 365 } }]);
  });

  it("say why the backend refused them", async () => {
    backend.handlers.set("set_backup_settings", () => {
      throw { code: "storage", message: "The settings could not be written." };
    });
    render(DataSettings);
    await userEvent.click(await screen.findByTestId("backup-settings-save"));
    expect((await screen.findByTestId("backup-settings-save-error")).textContent).toBe("The settings could not be written.");
    expect(screen.queryByTestId("backup-settings-saved")).toBeNull();
  });

  it("are not offered when the stored ones cannot be read", async () => {
    backend.handlers.set("backup_settings", () => {
      throw { code: "storage", message: "The backup settings are unreadable." };
    });
    render(DataSettings);
    expect((await screen.findByTestId("backup-settings-error")).textContent).toBe("The backup settings are unreadable.");
    expect(screen.queryByTestId("backup-settings-save")).toBeNull();
  });
});

describe("restoring a backup", () => {
  it("asks first, naming the copy; Cancel restores nothing", async () => {
    backend.handlers.set("restore_backup", () => null);
    render(DataSettings);
    await userEvent.click((await screen.findAllByTestId("backup-restore"))[1] as HTMLElement);
    const dialog = byId("confirm-dialog");
    expect(within(dialog).getByRole("heading").textContent).toBe("Restore this backup?");
    expect(text("restore-what")).toBe(`${kindLabel("daily")}, ${backupDate(NOW - 2 * DAY)} (2.4 MB).`);
    expect(dialog.textContent).toContain(`listed here as “${kindLabel("replaced")}”`);
    await userEvent.click(byId("confirm-cancel"));
    expect(screen.queryByTestId("confirm-dialog")).toBeNull();
    expect(callsOf("restore_backup")).toEqual([]);
  });

  it("restores the copy asked for once confirmed, the buttons waiting for the restart", async () => {
    backend.handlers.set("restore_backup", () => new Promise(() => {}));
    render(DataSettings);
    await userEvent.click((await screen.findAllByTestId("backup-restore"))[2] as HTMLElement);
    await userEvent.click(byId("confirm-accept"));
    expect(callsOf("restore_backup")).toEqual([{ name: "before-update-5.db" }]);
    expect(byId("confirm-accept").textContent?.trim()).toBe("Restarting…");
    expect(byId<HTMLButtonElement>("confirm-accept").disabled).toBe(true);
    expect(byId<HTMLButtonElement>("confirm-cancel").disabled).toBe(true);
  });

  it("says in the dialog why the restore was refused, and forgets it when asked again", async () => {
    backend.handlers.set("restore_backup", () => {
      throw { code: "not_found", message: "That backup is gone." };
    });
    render(DataSettings);
    await userEvent.click((await screen.findAllByTestId("backup-restore"))[0] as HTMLElement);
    await userEvent.click(byId("confirm-accept"));
    expect((await screen.findByTestId("confirm-error")).textContent).toBe("That backup is gone.");
    expect(byId<HTMLButtonElement>("confirm-accept").disabled, "it can be tried again").toBe(false);
    expect(byId("confirm-accept").textContent?.trim()).toBe("Restore and restart");

    await userEvent.click(byId("confirm-cancel"));
    await userEvent.click(screen.getAllByTestId("backup-restore")[0] as HTMLElement);
    expect(screen.queryByTestId("confirm-error")).toBeNull();
  });
});

describe("import", () => {
  const summary: ImportSummary = {
    format: "chatgpt", conversations_added: 1, conversations_updated: 0, conversations_unchanged: 2, messages_added: 11,
    with_system_prompt: [], skipped: [{ title: "Broken one", reason: "it has no messages" }],
  };

  it("sends the file, shows its progress, then what it added, found already there and skipped", async () => {
    const done = deferred<ImportSummary>();
    backend.handlers.set("import_history", () => done.promise);
    render(DataSettings);
    const input = byId<HTMLInputElement>("import-input");
    await userEvent.upload(input, new File(['[{"title":"x"}]'], "chats.json", { type: "application/json" }));
    await vi.waitFor(() => expect(callsOf("import_history")).toHaveLength(1));
    expect(new TextDecoder().decode(callsOf("import_history")[0] as unknown as Uint8Array)).toBe('[{"title":"x"}]');
    expect(input.disabled, "one import at a time").toBe(true);
    const progress = byId("import-progress");
    expect(progress.getAttribute("role")).toBe("progressbar");
    expect(text("import-progress")).toBe("Importing chats.json: Reading the file…");

    backend.emit("import-progress", { done: 1, total: 4 });
    await vi.waitFor(() => expect(text("import-progress")).toBe("Importing chats.json: Stored 1 of 4 conversations"));
    expect(progress.getAttribute("aria-valuenow")).toBe("1");
    expect(progress.getAttribute("aria-valuemax")).toBe("4");

    done.resolve(summary);
    await screen.findByTestId("import-summary");
    expect(screen.queryByTestId("import-progress")).toBeNull();
    expect(text("import-summary")).toContain("Imported from ChatGPT (chats.json): 3 conversations found.");
    expect(text("import-added")).toBe("1 conversation");
    expect(text("import-updated")).toBe("0 conversations with new messages");
    expect(text("import-unchanged")).toBe("2 conversations, unchanged");
    expect(text("import-messages")).toBe("11");
    expect(screen.getAllByTestId("import-skipped").map((el) => el.textContent)).toEqual(["Broken one — it has no messages"]);
    expect(screen.queryByTestId("import-system-prompts"), "none came with a system prompt").toBeNull();
    expect(callsOf("list_conversations"), "the sidebar's list is read again").toHaveLength(1);
    expect(input.disabled).toBe(false);
    expect(input.value, "the same file can be picked again").toBe("");
  });

  it("names the conversations that came with a system prompt of their own", async () => {
    backend.handlers.set("import_history", (): ImportSummary => ({
      format: "switchboard", conversations_added: 2, conversations_updated: 0, conversations_unchanged: 0, messages_added: 4,
      with_system_prompt: ["Trip plans", "Tax help"], skipped: [],
    }));
    render(DataSettings);
    await userEvent.upload(byId("import-input"), new File(["{}"], "theirs.json", { type: "application/json" }));
    await screen.findByTestId("import-summary");
    const said = text("import-system-prompts").replace(/\s+/g, " ");
    expect(said).toContain("2 conversations came with instructions of their own (a system prompt or system messages), sent with every turn in them");
    expect(said).toContain("“Trip plans”, “Tax help”.");
  });

  it("names ten of many, and how many more", async () => {
    const titles = Array.from({ length: 25 }, (_, i) => `Chat ${i + 1}`);
    backend.handlers.set("import_history", (): ImportSummary => ({
      format: "chatgpt", conversations_added: 25, conversations_updated: 0, conversations_unchanged: 0, messages_added: 50,
      with_system_prompt: titles, skipped: [],
    }));
    render(DataSettings);
    await userEvent.upload(byId("import-input"), new File(["[]"], "many.json", { type: "application/json" }));
    await screen.findByTestId("import-system-prompts");
    const said = text("import-system-prompts").replace(/\s+/g, " ");
    expect(said).toContain("“Chat 10” and 15 more.");
    expect(said).not.toContain("Chat 11");
  });

  it("says when the file held no conversations", async () => {
    backend.handlers.set("import_history", (): ImportSummary => ({
      format: "claude", conversations_added: 0, conversations_updated: 0, conversations_unchanged: 0, messages_added: 0,
      with_system_prompt: [], skipped: [],
    }));
    render(DataSettings);
    await userEvent.upload(byId("import-input"), new File(["{}"], "claude.zip", { type: "application/zip" }));
    expect(await screen.findByTestId("import-summary")).toBeTruthy();
    expect(text("import-summary")).toContain("Imported from Claude (claude.zip): the file held no conversations to import.");
    expect(screen.queryByTestId("import-skipped")).toBeNull();
  });

  it("says why a file could not be imported, and claims nothing", async () => {
    backend.handlers.set("import_history", () => {
      throw { code: "invalid_input", message: "This is not a ChatGPT, Claude or Switchboard export." };
    });
    render(DataSettings);
    await userEvent.upload(byId("import-input"), new File(["hello"], "notes.json", { type: "application/json" }));
    const error = await screen.findByTestId("import-error");
    expect(error.getAttribute("role")).toBe("alert");
    expect(error.dataset.code).toBe("invalid_input");
    expect(error.textContent?.replace(/\s+/g, " ").trim()).toBe(
      "Nothing was imported from notes.json: This is not a ChatGPT, Claude or Switchboard export.",
    );
    expect(screen.queryByTestId("import-summary")).toBeNull();
    expect(screen.queryByTestId("import-progress")).toBeNull();
  });
});

describe("export", () => {
  const json: ExportSummary = {
    conversations: 2, messages: 5, attachments: 1, files: ["/home/me/Downloads/switchboard-2025-06-10.json"],
  };
  const markdown: ExportSummary = {
    conversations: 2, messages: 5, attachments: 0,
    files: ["/home/me/Downloads/switchboard-md/zebras.md", "/home/me/Downloads/switchboard-md/other.md", "/home/me/Downloads/switchboard-md/x.png"],
  };

  it("exports everything as JSON, both buttons waiting meanwhile, and says to which file", async () => {
    const written = deferred<ExportSummary>();
    backend.handlers.set("export_history", () => written.promise);
    render(DataSettings);
    await userEvent.click(byId("export-all-json"));
    expect(callsOf("export_history")).toEqual([{ conversation: null, markdown: false }]);
    expect(byId("export-all-json").textContent?.trim()).toBe("Exporting…");
    expect(byId<HTMLButtonElement>("export-all-json").disabled).toBe(true);
    expect(byId<HTMLButtonElement>("export-all-markdown").disabled, "one export at a time").toBe(true);
    written.resolve(json);
    await screen.findByTestId("export-result");
    expect(text("export-result")).toContain("Exported 2 conversations (5 messages, 1 attachment) to the file");
    expect(text("export-path")).toBe("/home/me/Downloads/switchboard-2025-06-10.json");
    expect(byId("export-all-json").textContent?.trim()).toBe("Export all as JSON");
    expect(byId<HTMLButtonElement>("export-all-markdown").disabled).toBe(false);
  });

  it("exports everything as Markdown and says to which folder", async () => {
    backend.handlers.set("export_history", () => markdown);
    render(DataSettings);
    await userEvent.click(byId("export-all-markdown"));
    expect(callsOf("export_history")).toEqual([{ conversation: null, markdown: true }]);
    await screen.findByTestId("export-result");
    expect(text("export-result")).toContain("Exported 2 conversations (5 messages) to the folder");
    expect(text("export-path")).toBe("/home/me/Downloads/switchboard-md");
    expect(text("export-result")).toContain("3 files written in all.");
  });

  it("says why nothing was exported", async () => {
    backend.handlers.set("export_history", () => {
      throw { code: "io", message: "The Downloads folder is not writable." };
    });
    render(DataSettings);
    await userEvent.click(byId("export-all-json"));
    expect(text("export-error")).toBe("Nothing was exported: The Downloads folder is not writable.");
    expect(screen.queryByTestId("export-result")).toBeNull();
    expect(byId<HTMLButtonElement>("export-all-json").disabled).toBe(false);
  });
});
