// The window's size classes in rem (see layout.svelte.ts): plain code with no Svelte, so the
// start-up entry (main.ts) lays the window's first frame out as the app will.

/** Below this width (in rem) the sidebar and a readable chat do not fit side by side. */
export const NARROW_REM = 44;
/** Below this height (in rem) header, messages and composer do not fit one above the other. */
export const SHORT_REM = 34;

/** The size classes for a window of `width` × `height` px at a root font size of `remPx`. */
export function sizeClasses(width: number, height: number, remPx: number): { narrow: boolean; short: boolean } {
  const rem = Number.isFinite(remPx) && remPx > 0 ? remPx : 16;
  return { narrow: width / rem < NARROW_REM, short: height / rem < SHORT_REM };
}
