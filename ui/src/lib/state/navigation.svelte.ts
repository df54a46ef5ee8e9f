// Where the window is: which screen shows (chat, settings, usage), the Settings tab, the
// shortcut sheet, whether the sidebar lists archived conversations, and the requests one screen
// makes of another (focus the composer, open the budget cap editor). Invariants:
//  - leaving Settings or Usage goes back to the chat with the composer focused;
//  - nothing here talks to the backend: it is the one store every other one may move.

import { Request } from "./requests";

export type View = "chat" | "settings" | "usage";
export type SettingsTab = "providers" | "models" | "routing" | "budget" | "appearance" | "updates" | "data" | "about";

export class Navigation {
  view = $state<View>("chat");
  /** The Settings tab to show when Settings opens. */
  settingsTab = $state<SettingsTab>("providers");
  /** The keyboard shortcut sheet is open (Ctrl+/ or ?). */
  shortcutsOpen = $state(false);
  /** The sidebar shows its Archived group (Ctrl+Tab then walks those too). */
  showArchived = $state(false);
  /** Asks the composer to take focus (see requests.ts for why this is not a counter). */
  readonly #composerFocus = new Request();
  /** Asks the conversation header to open its budget cap editor. */
  readonly #capEditor = new Request();

  openSettings(tab: SettingsTab = "providers"): void {
    this.settingsTab = tab;
    this.view = "settings";
  }

  openUsage(): void {
    this.view = "usage";
  }

  closeUsage(): void {
    this.view = "chat";
    this.focusComposer();
  }

  closeSettings(): void {
    this.view = "chat";
    this.focusComposer();
  }

  focusComposer(): void {
    this.#composerFocus.ask();
  }

  /** The composer takes focus with `focus` when asked; returns what unregisters it. */
  onFocusComposer(focus: () => void): () => void {
    return this.#composerFocus.on(focus);
  }

  openCapEditor(): void {
    this.#capEditor.ask();
  }

  /** The conversation header opens its cap editor with `open` when asked; returns what
   * unregisters it. */
  onOpenCapEditor(open: () => void): () => void {
    return this.#capEditor.on(open);
  }
}
