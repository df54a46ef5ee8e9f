// How much room the window gives, measured in rem — so it follows the text size (zoom) as well
// as the window: at 200 % a 1100 px wide window holds what a 550 px one holds at 100 %. Media
// queries cannot tell (their rem is the browser's default size, not the root's), hence this.
//  - narrow: the sidebar becomes a drawer over the chat, opened from a button;
//  - short: the sidebar scrolls as one column and the chat header folds its controls away.
// App sets the classes on its root; components style `.shell.narrow` / `.shell.short`.

import { sizeClasses } from "./layoutSize";

export { NARROW_REM, SHORT_REM, sizeClasses } from "./layoutSize";

export class Layout {
  narrow = $state(false);
  short = $state(false);
  /** The sidebar drawer is open (narrow windows only). */
  drawerOpen = $state(false);
  /** Narrow or short: the chat header folds its controls behind a button. */
  compact = $derived(this.narrow || this.short);

  /** Measures the window now (after a resize or a change of text size). */
  measure(): void {
    if (typeof window === "undefined") return;
    // Browsers compute the root size in px; anything else (a DOM without layout) counts as 16.
    const size = getComputedStyle(document.documentElement).fontSize;
    const remPx = size.endsWith("px") ? parseFloat(size) : NaN;
    const next = sizeClasses(window.innerWidth, window.innerHeight, remPx);
    this.narrow = next.narrow;
    this.short = next.short;
    if (!next.narrow) this.drawerOpen = false;
  }
}

export const layout = new Layout();
