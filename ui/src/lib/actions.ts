// Small Svelte actions shared by components.

/** Focuses an input when it appears and selects its text (used for inline rename). */
export function focusSelect(node: HTMLInputElement): void {
  node.focus();
  node.select();
}
