// Text size (zoom) of the whole UI: the root font size as a percentage, which every rem-based
// size follows. Ctrl+= / Ctrl+- / Ctrl+0 step it; Settings → Appearance sets it. Kept in the
// webview's localStorage (a display preference, nothing secret) and applied before the first
// paint (see main.ts), so the app opens at the size it was left at.
//
// Invariant: the size is always one of ZOOM_STEPS (50–200 %); anything else read back from
// storage falls back to 100 %.

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

function localStore(): Storage | null {
  try {
    return typeof localStorage === "undefined" ? null : localStorage;
  } catch {
    // Storage can be disabled; the size then lasts until the app closes.
    return null;
  }
}

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
    // CSSOM, not a style attribute: the CSP (style-src 'self') allows it.
    if (typeof document !== "undefined") document.documentElement.style.fontSize = `${this.percent}%`;
  }
}

export const zoom = new Zoom();
