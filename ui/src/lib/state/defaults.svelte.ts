// What a new chat starts with (Settings → Budget): who answers it and the system prompt of
// conversations that set none. Invariants:
//  - unreadable settings are said at start-up (they stop every send until saved again), and
//    saving settings clears that notice;
//  - a new chat the user has not changed follows the default when it changes (the new chat's
//    own choice lives with the open conversation, which is told through `newChat`).

import * as api from "../api";
import { toIpcError } from "../api";
import type { BudgetSettings, IpcError } from "../bindings";
import { AUTO, defaultChoice, type RoutingChoice } from "../choice";
import { promptOrNull } from "../systemPrompt";
import type { Notices } from "./notices.svelte";

/** The new chat's side of a change of default (the open conversation, built after this store). */
export type NewChat = {
  /** The default changed from `before` (null: it was read, not changed): a new chat still on
   * the old one takes the new one. */
  followDefault(before: RoutingChoice | null): void;
};

export class Defaults {
  readonly #notices: Notices;
  readonly #newChat: () => NewChat;

  /** What a new chat starts with; Auto until the settings are read. */
  choice = $state.raw<RoutingChoice>(AUTO);
  /** The system prompt of conversations that set none; null when none is set or the settings
   * cannot be read. Blank counts as none. */
  systemPrompt = $state<string | null>(null);

  constructor(deps: { notices: Notices; newChat: () => NewChat }) {
    this.#notices = deps.notices;
    this.#newChat = deps.newChat;
  }

  /** Reads what new chats start with. Unreadable settings stop every send until they are saved
   * again, so the failure is shown now rather than at the first send. */
  async load(): Promise<void> {
    try {
      const settings = await api.budgetSettings();
      this.choice = defaultChoice(settings);
      this.systemPrompt = promptOrNull(settings.system_prompt);
      this.#newChat().followDefault(null);
    } catch (err) {
      this.#notices.fail(err);
    }
  }

  /** The app-wide budget settings as stored, for their form (which offers the defaults when
   * they are unreadable). Throws the backend's refusal. */
  async read(): Promise<BudgetSettings> {
    return api.budgetSettings();
  }

  /** Stores the app-wide budget settings (replacing unreadable ones); new chats start with
   * the new default choice. Resolves with the backend's refusal, if any. */
  async save(settings: BudgetSettings): Promise<IpcError | null> {
    try {
      await api.setBudgetSettings(settings);
      const before = this.choice;
      this.choice = defaultChoice(settings);
      this.systemPrompt = promptOrNull(settings.system_prompt);
      this.#newChat().followDefault(before);
      if (this.#notices.notice?.code === "settings_unreadable") this.#notices.notice = null;
      return null;
    } catch (err) {
      return toIpcError(err);
    }
  }
}
