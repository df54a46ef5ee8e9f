// Every keyboard shortcut of the app, as the shortcut sheet (Ctrl+/ or ?) lists them. The
// handlers live where the keys are pressed (App for the global ones, the sidebar, messages,
// editors); when one is added or changed there, it is added or changed here too.

export type Shortcut = {
  /** Key combinations, each one a list of keys pressed together ("Ctrl", "K"); alternatives
   * are separate entries. */
  keys: string[][];
  does: string;
};

export type ShortcutGroup = { title: string; shortcuts: Shortcut[] };

export const SHORTCUTS: ShortcutGroup[] = [
  {
    title: "Anywhere",
    shortcuts: [
      { keys: [["Ctrl", "N"]], does: "New chat" },
      { keys: [["Ctrl", "K"]], does: "Search history" },
      { keys: [["Ctrl", "L"]], does: "Focus the message box" },
      { keys: [["Ctrl", "Tab"], ["Ctrl", "Page Down"]], does: "Next conversation" },
      { keys: [["Ctrl", "Shift", "Tab"], ["Ctrl", "Page Up"]], does: "Previous conversation" },
      { keys: [["Ctrl", ","]], does: "Settings" },
      { keys: [["Ctrl", "/"], ["?"]], does: "This list of shortcuts (? outside text fields)" },
      { keys: [["Ctrl", "="]], does: "Larger text" },
      { keys: [["Ctrl", "-"]], does: "Smaller text" },
      { keys: [["Ctrl", "0"]], does: "Reset text size" },
      { keys: [["Ctrl", "Z"]], does: "Undo a deletion while its toast shows (outside text fields)" },
      { keys: [["Esc"]], does: "Stop the answer; close this list or the sidebar drawer; outside text fields, close Settings or Usage" },
    ],
  },
  {
    title: "Message box",
    shortcuts: [
      { keys: [["Enter"]], does: "Send" },
      { keys: [["Shift", "Enter"]], does: "New line" },
    ],
  },
  {
    title: "Conversation list",
    shortcuts: [
      { keys: [["↑"], ["↓"]], does: "Previous / next conversation in the list" },
      { keys: [["Home"], ["End"]], does: "First / last conversation" },
      { keys: [["Enter"]], does: "Open it" },
      { keys: [["F2"]], does: "Rename it" },
      { keys: [["Delete"]], does: "Delete it (Undo for a few seconds)" },
    ],
  },
  {
    title: "Search",
    shortcuts: [
      { keys: [["↑"], ["↓"]], does: "Choose a result" },
      { keys: [["Enter"]], does: "Open it at the message found" },
      { keys: [["Esc"]], does: "Clear the search" },
    ],
  },
  {
    title: "Messages (when one has focus)",
    shortcuts: [
      { keys: [["↑"], ["↓"]], does: "Previous / next message" },
      { keys: [["Home"], ["End"]], does: "First / last message" },
      { keys: [["←"], ["→"]], does: "Previous / next version (edits, regenerated answers)" },
      { keys: [["C"]], does: "Copy as Markdown" },
      { keys: [["Shift", "C"]], does: "Copy as plain text" },
      { keys: [["E"]], does: "Edit and resend (your messages)" },
      { keys: [["R"]], does: "Regenerate (answers)" },
      { keys: [["Delete"]], does: "Delete it and what follows (Undo for a few seconds)" },
    ],
  },
  {
    title: "Editing a message",
    shortcuts: [
      { keys: [["Enter"]], does: "Send the new version" },
      { keys: [["Shift", "Enter"]], does: "New line" },
      { keys: [["Esc"]], does: "Cancel" },
    ],
  },
];

/** True when the key event was typed into a text field (where letters and Esc are the
 * field's own). */
export function inTextField(event: Event): boolean {
  const el = event.target;
  if (!(el instanceof HTMLElement)) return false;
  if (el.isContentEditable) return true;
  if (el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement) return true;
  if (el instanceof HTMLInputElement) {
    return !["button", "checkbox", "radio", "submit", "reset", "range", "color", "file"].includes(el.type);
  }
  return false;
}
