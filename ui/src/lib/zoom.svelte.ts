// Text size (zoom) of the whole UI: the root font size as a percentage, which every rem-based
// size follows. Ctrl+= / Ctrl+- / Ctrl+0 step it; Settings → Appearance sets it. Kept in the
// webview's localStorage (a display preference, nothing secret) and applied before the first
// paint (see main.ts and zoomSize.ts), so the app opens at the size it was left at.
//
// Invariant: the size is always one of ZOOM_STEPS (50–200 %); anything else read back from
// storage falls back to 100 %.

import { applyZoom, DEFAULT_ZOOM, localStore, nearestStep, storedZoom, ZOOM_KEY, ZOOM_STEPS } from "./zoomSize";

export { DEFAULT_ZOOM, nearestStep, storedZoom, ZOOM_KEY, ZOOM_STEPS } from "./zoomSize";

export class Zoom {
  percent = $state(DEFAULT_ZOOM);

  /** Reads the stored size and applies it. */
  load(): void {
    this.percent = storedZoom(localStore());
    this.#apply();
  }

  /** Sets the size (snapped to a step), applies and stores it. */
  set(percent: number): void {
    this.percent = nearestStep(percent);
    this.#apply();
    try {
      const storage = localStore();
      if (this.percent === DEFAULT_ZOOM) storage?.removeItem(ZOOM_KEY);
      else storage?.setItem(ZOOM_KEY, String(this.percent));
    } catch {
      // Full or disabled storage: the size still applies now.
    }
  }

  zoomIn(): void {
    this.set(ZOOM_STEPS.find((s) => s > this.percent) ?? this.percent);
  }

  zoomOut(): void {
    this.set([...ZOOM_STEPS].reverse().find((s) => s < this.percent) ?? this.percent);
  }

  reset(): void {
    this.set(DEFAULT_ZOOM);
  }

  #apply(): void {
    applyZoom(this.percent);
  }
}

export const zoom = new Zoom();
