// How backups read in Settings → Data and on the recovery screen: their kind in words, their
// date, newest first, and the check of "how many daily copies to keep". Pure.

import type { BackupInfo, BackupKind } from "./bindings";

/** The backend keeps between 1 and 365 daily copies. */
export const KEEP_MIN = 1;
export const KEEP_MAX = 365;

const KINDS: Record<BackupKind, string> = {
  daily: "Daily copy",
  manual: "Made with “Back up now”",
  before_update: "Before an app update",
  before_upgrade: "Before a database upgrade",
  replaced: "Replaced by a restore",
  damaged: "Set aside: could not be opened",
};

export function kindLabel(kind: BackupKind): string {
  return KINDS[kind] ?? kind;
}

/** The backups, newest first (the backend lists them so; this does not rely on it). */
export function newestFirst(list: readonly BackupInfo[]): BackupInfo[] {
  return [...list].sort((a, b) => b.created_at - a.created_at);
}

/** A backup's date and time, in the person's locale. */
export function backupDate(ms: number, locale?: string): string {
  return new Date(ms).toLocaleString(locale, { dateStyle: "medium", timeStyle: "short" });
}

/** "how many to keep" as typed: the number, or why it cannot be stored. */
export function parseKeep(text: string): { ok: true; keep: number } | { ok: false; message: string } {
  const trimmed = text.trim();
  const keep = Number(trimmed);
  if (trimmed === "" || !Number.isInteger(keep) || keep < KEEP_MIN || keep > KEEP_MAX) {
    return { ok: false, message: `Keep a whole number of daily copies, from ${KEEP_MIN} to ${KEEP_MAX}.` };
  }
  return { ok: true, keep };
}
