// How imports and exports are told: what an import added, updated or skipped, and where an
// export went. Pure.

import type { ExportFormat, ExportSummary, ImportProgress, ImportSummary } from "./bindings";

const FORMATS: Record<ExportFormat, string> = {
  chatgpt: "ChatGPT",
  claude: "Claude",
  switchboard: "Switchboard",
};

export function formatName(format: ExportFormat): string {
  return FORMATS[format] ?? format;
}

export function count(n: number, one: string, many: string = `${one}s`): string {
  return `${n.toLocaleString()} ${n === 1 ? one : many}`;
}

/** How far an import is, in words: it reads the file first, then stores conversations. */
export function progressText(progress: ImportProgress | null): string {
  if (progress === null) return "Reading the file…";
  return `Stored ${progress.done.toLocaleString()} of ${count(progress.total, "conversation")}`;
}

/** The import's progress as a fraction, null while it is unknown. */
export function progressFraction(progress: ImportProgress | null): number | null {
  if (progress === null || progress.total <= 0) return null;
  return Math.min(1, progress.done / progress.total);
}

/** The conversations an import found (stored or not). */
export function conversationsFound(summary: ImportSummary): number {
  return summary.conversations_added + summary.conversations_updated + summary.conversations_unchanged;
}

/** The folder a path is in ("" when it names none). */
export function folderOf(path: string): string {
  const cut = Math.max(path.lastIndexOf("/"), path.lastIndexOf("\\"));
  return cut <= 0 ? path.slice(0, cut + 1) : path.slice(0, cut);
}

/** Where an export went: its main file, or for a Markdown export of everything (one file per
 * conversation) their folder; null when nothing was written. */
export function exportLocation(summary: ExportSummary, markdownOfAll: boolean): { kind: "file" | "folder"; path: string } | null {
  const main = summary.files[0];
  if (main === undefined) return null;
  return markdownOfAll ? { kind: "folder", path: folderOf(main) } : { kind: "file", path: main };
}
