// The backend as the window sees it at start-up: its status (data folder, whether the OS
// keyring can keep keys), whether its database could be opened, and whether the first load is
// done. Invariants:
//  - `recovery` is set only when the engine failed with a `storage` error and the backend says
//    what went wrong with the database; then the recovery screen replaces everything;
//  - `loaded` turns true once, after the first load (so empty states do not flash at start-up).

import * as api from "../api";
import { toIpcError } from "../api";
import type { AppStatus, DatabaseRecovery } from "../bindings";
import type { Notices } from "./notices.svelte";

export class Engine {
  readonly #notices: Notices;

  status = $state.raw<AppStatus | null>(null);
  /** Why the database could not be opened, the data folder and the backups to restore: set
   * when the app started without its database (the recovery screen replaces everything). */
  recovery = $state.raw<DatabaseRecovery | null>(null);
  /** True once the first load finished (avoids flashing empty states at start-up). */
  loaded = $state(false);

  constructor(deps: { notices: Notices }) {
    this.#notices = deps.notices;
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

  async #checkRecovery(): Promise<void> {
    try {
      const found = await api.databaseRecovery();
      if (found.error !== null) this.recovery = found;
    } catch {
      // Nothing more is known than the notice already says.
    }
  }
}
