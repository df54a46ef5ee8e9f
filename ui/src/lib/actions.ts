// Small Svelte actions shared by components.

/** Focuses an input when it appears and selects its text (used for inline rename). */
export function focusSelect(node: HTMLInputElement): void {
  node.focus();
  node.select();
}

/** Focuses an element when it appears (a confirmation that replaced the focused form). */
export function focusOnMount(node: HTMLElement): void {
  node.focus();
}
