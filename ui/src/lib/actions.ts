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

/** Calls `load` once the element comes near the viewport (at once where that cannot be
 * observed), so a long history fetches only the images that are looked at. */
export function whenVisible(node: HTMLElement, load: () => void): { destroy(): void } {
  if (typeof IntersectionObserver === "undefined") {
    load();
    return { destroy() {} };
  }
  const observer = new IntersectionObserver(
    (entries) => {
      if (entries.some((e) => e.isIntersecting)) {
        observer.disconnect();
        load();
      }
    },
    { rootMargin: "400px 0px" },
  );
  observer.observe(node);
  return { destroy: () => observer.disconnect() };
}
