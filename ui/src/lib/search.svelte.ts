// The sidebar's history search: what is typed, asked of the backend after a short pause, and
// the results with the one chosen by the arrow keys.
//
// Invariants: only the newest query's answer is shown (a slower earlier answer is dropped); a
// blank query shows nothing and asks nothing; a failed search says why instead of showing
// "no results".

import * as api from "./api";
import { toIpcError } from "./api";
import type { SearchHit } from "./bindings";

/** Typing pauses this long before the backend is asked. */
export const SEARCH_DELAY_MS = 150;

export class HistorySearch {
  query = $state("");
  hits = $state.raw<SearchHit[]>([]);
  /** A search is waiting for the pause to end or for its answer. */
  searching = $state(false);
  error = $state<string | null>(null);
  /** Index of the result Enter opens. */
  selected = $state(0);
  /** Something is searched for: the results replace the conversation list. */
  active = $derived(this.query.trim() !== "");

  #timer: ReturnType<typeof setTimeout> | undefined;
  #seq = 0;
  readonly #delayMs: number;

  constructor(delayMs: number = SEARCH_DELAY_MS) {
    this.#delayMs = delayMs;
  }

  /** Sets what is searched for; the backend is asked once typing pauses. */
  set(query: string): void {
    this.query = query;
    this.selected = 0;
    clearTimeout(this.#timer);
    // Drops any answer still on its way.
    const seq = ++this.#seq;
    if (query.trim() === "") {
      this.hits = [];
      this.searching = false;
      this.error = null;
      return;
    }
    this.searching = true;
    this.#timer = setTimeout(() => void this.#run(seq, query.trim()), this.#delayMs);
  }

  clear(): void {
    this.set("");
  }

  /** Moves the chosen result by `delta`, within the `count` results shown. */
  move(delta: number, count: number): void {
    if (count === 0) return;
    this.selected = Math.min(count - 1, Math.max(0, this.selected + delta));
  }

  async #run(seq: number, query: string): Promise<void> {
    try {
      const hits = await api.searchHistory(query);
      if (seq !== this.#seq) return;
      this.hits = hits;
      this.error = null;
    } catch (err) {
      if (seq !== this.#seq) return;
      this.hits = [];
      this.error = toIpcError(err).message;
    } finally {
      if (seq === this.#seq) this.searching = false;
    }
  }
}

/** The search the sidebar shows (one per window). */
export const historySearch = new HistorySearch();
