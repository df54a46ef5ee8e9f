// The backend as the window sees it at start-up: its status (data folder, whether the OS
// keyring can keep keys), whether its database could be opened, and whether the first load is
// done. Invariants:
//  - `recovery` is set only when the engine failed with a `storage` error and the backend says
//    what went wrong with the database; then the recovery screen replaces everything;
//  - `loaded` turns true once, after the first load (so empty states do not flash at start-up);
//  - `slowStart` is set only while that first load takes longer than SLOW_START_MS (the history
//    is large, or being upgraded for this version), so the window says what it is waiting for.

import * as api from "../api";
import { toIpcError } from "../api";
import type { AppStatus, DatabaseRecovery } from "../bindings";
import type { Notices } from "./notices.svelte";

/** A first load this slow (ms) is explained in the window. */
export const SLOW_START_MS = 1000;

/** What a slow start is waiting for: opening the history, or upgrading it from an older version. */
export type SlowStart = { upgradingFrom: number | null };

export class Engine {
  readonly #notices: Notices;

  status = $state.raw<AppStatus | null>(null);
  /** Why the database could not be opened, the data folder and the backups to restore: set
   * when the app started without its database (the recovery screen replaces everything). */
  recovery = $state.raw<DatabaseRecovery | null>(null);
  /** True once the first load finished (avoids flashing empty states at start-up). */
  loaded = $state(false);
  /** Set while a slow first load goes on (see SLOW_START_MS). */
  slowStart = $state.raw<SlowStart | null>(null);

  constructor(deps: { notices: Notices }) {
    this.#notices = deps.notices;
  }

  /** Explains the first load if it is still going after SLOW_START_MS; `done` is that load. */
  async watchStart(done: Promise<unknown>): Promise<void> {
    let finished = false;
    void done.finally(() => {
      finished = true;
      this.slowStart = null;
    });
    await new Promise((resolve) => setTimeout(resolve, SLOW_START_MS));
    if (finished) return;
    let upgradingFrom: number | null = null;
    try {
      upgradingFrom = await api.pendingUpgrade();
    } catch {
      // Then it is only said that the history is being opened.
    }
    if (!finished) this.slowStart = { upgradingFrom };
  }

  async loadStatus(): Promise<void> {
    try {
      this.status = await api.appStatus();
    } catch (err) {
      const error = toIpcError(err);
      this.#notices.notice = error;
      // The engine did not start: when its database is what failed, the recovery screen says
      // why and offers the way out.
      if (error.code === "storage") await this.#checkRecovery();
    }
  }

  /** Restores backup `name`, or with null starts with an empty history (the unusable file set
   * aside); the app then restarts, so this resolves only if it did not. Throws why. */
  async recover(name: string | null): Promise<void> {
    await api.recoverDatabase(name);
  }

  /** Starts the app again, once what kept its sound database from opening is fixed (the app
   * restarts, so this resolves only if it did not). Throws why. */
  async startAgain(): Promise<void> {
    await api.startAgain();
  }

  async #checkRecovery(): Promise<void> {
    try {
      const found = await api.databaseRecovery();
      if (found.error !== null) this.recovery = found;
    } catch {
      // Nothing more is known than the notice already says.
    }
  }
}
