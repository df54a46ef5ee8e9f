// Named focus targets: a component marks an element with `use:focusTarget={"search"}` and a
// shortcut anywhere calls `focusNamed("search")`, without the two knowing each other (and
// without a counter in the app state for the component to watch).

const targets = new Map<string, HTMLElement>();

export function focusTarget(node: HTMLElement, name: string): { destroy(): void } {
  targets.set(name, node);
  return {
    destroy() {
      if (targets.get(name) === node) targets.delete(name);
    },
  };
}

/** Focuses the element registered under `name` (selecting a text field's text); false when
 * none is on screen. */
export function focusNamed(name: string): boolean {
  const el = targets.get(name);
  if (el === undefined || !el.isConnected) return false;
  el.focus();
  if (el instanceof HTMLInputElement) el.select();
  return true;
}
