// Where the window is: which screen shows (chat, settings, usage), the Settings tab, the
// shortcut sheet, whether the sidebar lists archived conversations, and the requests one screen
// makes of another (focus the composer, open the budget cap editor). Invariants:
//  - leaving Settings or Usage goes back to the chat with the composer focused;
//  - nothing here talks to the backend: it is the one store every other one may move.

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
  /** Bumped to ask the composer to take focus. */
  composerFocusRequests = $state(0);
  /** Bumped to ask the conversation's budget meter to open its cap editor. */
  capEditorRequests = $state(0);

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
    this.composerFocusRequests += 1;
  }

  openCapEditor(): void {
    this.capEditorRequests += 1;
  }
}
