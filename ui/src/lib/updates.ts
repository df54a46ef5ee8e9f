// Wording of the self-update screens: download progress, the last check's result and the
// outcome of an install after the relaunch. Pure, so each sentence is tested on its own.

import type { CheckResult, InstallOutcome } from "./bindings";

/** Bytes in decimal units, one decimal from kB up: "512 B", "3.1 MB". */
export function formatBytes(bytes: number): string {
  const n = Math.max(0, bytes);
  if (n < 1000) return `${Math.round(n)} B`;
  const units = ["kB", "MB", "GB"] as const;
  let value = n / 1000;
  let unit = 0;
  while (value >= 999.95 && unit < units.length - 1) {
    value /= 1000;
    unit += 1;
  }
  return `${value.toFixed(1)} ${units[unit]}`;
}

/** How far a download is, 0 to 1; null when the server did not say how big it is. */
export function progressFraction(downloaded: number, total: number | null): number | null {
  if (total === null || total <= 0) return null;
  return Math.min(1, Math.max(0, downloaded / total));
}

/** "3.1 MB of 5.0 MB · 62%", or just "3.1 MB" when the total is unknown. */
export function progressText(downloaded: number, total: number | null): string {
  const fraction = progressFraction(downloaded, total);
  if (fraction === null || total === null) return formatBytes(downloaded);
  return `${formatBytes(Math.min(downloaded, total))} of ${formatBytes(total)} · ${Math.floor(fraction * 100)}%`;
}

/** What the last check found, as Settings → Updates says it. */
export function checkResultText(result: CheckResult | null): string {
  if (result === null) return "Not checked yet";
  switch (result.kind) {
    case "up_to_date":
      return "Up to date";
    case "available":
      return `Switchboard ${result.version} is available`;
    case "failed":
      return result.message;
  }
}

/** The sentence shown once after a relaunch that was meant to install an update. */
export function outcomeText(outcome: InstallOutcome): string {
  return outcome.kind === "updated"
    ? `Updated to ${outcome.to}`
    : `The update to ${outcome.to} did not install; you are still on ${outcome.running}.`;
}
