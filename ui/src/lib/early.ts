// The first load's reads, asked for by the entry script (main.ts) before the app's code is
// loaded. The backend answers them in a few ms, but the page takes each answer only when it is
// free: asked after the app has mounted, they came ~70–80 ms later, behind its first layout.
// Asked this early, they are answered while the app's code is fetched and evaluated. The app's
// first call of the same command with the same arguments (api.ts) takes the answer; what the
// first load did not take is dropped after it (start.ts), so no later call gets an old answer.
// Plain code (no Svelte): it is part of the small entry script.

import { invoke, type InvokeArgs } from "@tauri-apps/api/core";

/** The sidebar's first read: this many conversations, pinned first, then the newest. */
export const CONVERSATIONS_HEAD = 200;

/** What the first load reads (stores.init), command and arguments exactly as api.ts sends them. */
export const FIRST_READS: ReadonlyArray<readonly [string, InvokeArgs?]> = [
  ["app_status"],
  ["list_providers"],
  ["list_conversations", { limit: CONVERSATIONS_HEAD }],
  ["catalogue_state"],
  ["budget_settings"],
  ["provider_presets"],
];

const asked = new Map<string, Promise<unknown>>();

function keyOf(command: string, args: InvokeArgs | undefined): string {
  return `${command} ${JSON.stringify(args ?? {})}`;
}

/** Asks for every read of the first load now. */
export function askFirstReads(): void {
  for (const [command, args] of FIRST_READS) {
    const answer = invoke(command, args);
    // Whoever takes it handles a failure; one never taken must not be an unhandled rejection.
    answer.catch(() => {});
    asked.set(keyOf(command, args), answer);
  }
}

/** The answer asked for early to this exact call, once; undefined when there is none. */
export function takeEarly<T>(command: string, args?: InvokeArgs): Promise<T> | undefined {
  const key = keyOf(command, args);
  const answer = asked.get(key);
  asked.delete(key);
  return answer as Promise<T> | undefined;
}

/** Drops the answers not taken (called after the first load). */
export function forgetEarly(): void {
  asked.clear();
}
