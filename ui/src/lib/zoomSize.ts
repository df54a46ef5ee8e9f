// The text size's steps, its stored value and applying it: plain code with no Svelte, so the
// start-up entry (main.ts) applies the stored size before the first paint without loading the
// app's code. The store people change it through is zoom.svelte.ts.

export const ZOOM_STEPS = [50, 67, 75, 80, 90, 100, 110, 125, 150, 175, 200] as const;
export const DEFAULT_ZOOM = 100;
export const ZOOM_KEY = "switchboard.zoom";

/** The step nearest to `percent` (ties go to the smaller one). */
export function nearestStep(percent: number): number {
  let best: number = DEFAULT_ZOOM;
  for (const step of ZOOM_STEPS) {
    if (Math.abs(step - percent) < Math.abs(best - percent)) best = step;
  }
  return best;
}

/** The stored size, or 100 % when none is stored or it is not a known step. */
export function storedZoom(storage: Pick<Storage, "getItem"> | null): number {
  const raw = storage?.getItem(ZOOM_KEY) ?? null;
  const value = raw === null ? NaN : Number(raw);
  return (ZOOM_STEPS as readonly number[]).includes(value) ? value : DEFAULT_ZOOM;
}

/** The webview's localStorage, or null where it cannot be used. */
export function localStore(): Storage | null {
  try {
    return typeof localStorage === "undefined" ? null : localStorage;
  } catch {
    // Storage can be disabled; the size then lasts until the app closes.
    return null;
  }
}

/** Sets the root font size every rem-based size follows. */
export function applyZoom(percent: number): void {
  // CSSOM, not a style attribute: the CSP (style-src 'self') allows it.
  if (typeof document !== "undefined") document.documentElement.style.fontSize = `${percent}%`;
}
