// Settings → Data and the chat header's export: importing an export file, exporting to the
// Downloads folder, and the database's backups.
//
// Invariants:
//  - an import either ends with the backend's summary or with its error, never both: a file
//    that cannot be read imports nothing, and nothing is claimed;
//  - one import at a time; its progress comes from `import-progress` events, and when the
//    window cannot listen to them the import still runs (the progress is just not known);
//  - the import's state outlives the Data tab (leaving the tab does not stop the import, so
//    coming back shows how it went).

import * as api from "./api";
import { toIpcError } from "./api";
import type { BackupInfo, BackupSettings, ExportSummary, ImportProgress, ImportSummary, IpcError } from "./bindings";
import { newestFirst } from "./backups";
import { chat, conversations } from "./state";

export class HistoryImport {
  running = $state(false);
  /** The picked file's name. */
  fileName = $state<string | null>(null);
  /** Conversations stored so far; null until the first one is (or when it cannot be known). */
  progress = $state.raw<ImportProgress | null>(null);
  summary = $state.raw<ImportSummary | null>(null);
  error = $state.raw<IpcError | null>(null);

  /** Imports `file` (its bytes are sent to the backend, which detects the format); the
   * conversation list is read again afterwards. */
  async run(file: File): Promise<void> {
    if (this.running) return;
    this.running = true;
    this.fileName = file.name;
    this.progress = null;
    this.summary = null;
    this.error = null;
    let stop: (() => void) | null = null;
    try {
      stop = await api
        .onImportProgress((progress) => {
          if (this.running) this.progress = progress;
        })
        .catch(() => null);
      const bytes = new Uint8Array(await file.arrayBuffer());
      const summary = await api.importHistory(bytes);
      this.summary = summary;
      await conversations.refresh();
      // The open conversation may be one that gained messages.
      if (summary.conversations_updated > 0) void chat.showNewest();
    } catch (err) {
      this.error = toIpcError(err);
    } finally {
      stop?.();
      this.running = false;
    }
  }

  /** Forgets the last import's outcome. */
  clear(): void {
    if (this.running) return;
    this.fileName = null;
    this.progress = null;
    this.summary = null;
    this.error = null;
  }
}

export class HistoryExport {
  /** The export being written: Markdown or JSON. */
  running = $state<"markdown" | "json" | null>(null);
  result = $state.raw<{ summary: ExportSummary; markdown: boolean; all: boolean } | null>(null);
  error = $state.raw<IpcError | null>(null);

  /** Exports one conversation (or all, with null) to a new file in Downloads. */
  async run(conversation: number | null, markdown: boolean): Promise<void> {
    if (this.running !== null) return;
    this.running = markdown ? "markdown" : "json";
    this.result = null;
    this.error = null;
    try {
      const summary = await api.exportHistory(conversation, markdown);
      this.result = { summary, markdown, all: conversation === null };
    } catch (err) {
      this.error = toIpcError(err);
    } finally {
      this.running = null;
    }
  }

  clear(): void {
    this.result = null;
    this.error = null;
  }
}

export class Backups {
  /** Newest first; null until read. */
  list = $state.raw<BackupInfo[] | null>(null);
  listError = $state.raw<IpcError | null>(null);
  settings = $state.raw<BackupSettings | null>(null);
  settingsError = $state.raw<IpcError | null>(null);
  backingUp = $state(false);
  /** The copy "Back up now" made, or why it failed. */
  made = $state.raw<BackupInfo | null>(null);
  backupError = $state.raw<IpcError | null>(null);

  async load(): Promise<void> {
    await Promise.all([this.loadList(), this.loadSettings()]);
  }

  async loadList(): Promise<void> {
    try {
      this.list = newestFirst(await api.listBackups());
      this.listError = null;
    } catch (err) {
      this.listError = toIpcError(err);
    }
  }

  async loadSettings(): Promise<void> {
    try {
      this.settings = await api.backupSettings();
      this.settingsError = null;
    } catch (err) {
      this.settingsError = toIpcError(err);
    }
  }

  /** Puts backup `name` in place of the history; the app restarts to do it, so this resolves
   * only if it did not. Throws why. */
  async restore(name: string): Promise<void> {
    await api.restoreBackup(name);
  }

  async backUpNow(): Promise<void> {
    if (this.backingUp) return;
    this.backingUp = true;
    this.made = null;
    this.backupError = null;
    try {
      this.made = await api.backupNow();
    } catch (err) {
      this.backupError = toIpcError(err);
    } finally {
      this.backingUp = false;
    }
    // The button is free again as soon as the copy is made; the list catches up after.
    if (this.made !== null) await this.loadList();
  }

  /** Stores how daily copies are kept; resolves with the backend's refusal, if any. */
  async save(settings: BackupSettings): Promise<IpcError | null> {
    try {
      await api.setBackupSettings(settings);
      this.settings = settings;
      return null;
    } catch (err) {
      return toIpcError(err);
    }
  }
}

/** The Data tab's import (one per window, so it outlives the tab). */
export const historyImport = new HistoryImport();
/** The Data tab's export of every conversation. */
export const historyExport = new HistoryExport();
