// Deletions the user can take back: the UI hides what is deleted at once and the backend is
// asked to delete it only once the Undo toast has been shown for a while.
//
// Invariants:
//  - at most one deletion waits at a time; scheduling another commits the waiting one first, so
//    one toast always says what Undo would bring back;
//  - a deletion is committed at most once, and never after it was undone;
//  - nothing is written before the delay ends: if the app closes (or the webview reloads) while
//    a deletion waits, its timer dies with the page and nothing is deleted. That is the safe
//    way round — what the user saw disappear comes back on the next start, rather than a
//    deletion they might still have undone being kept.
//  - `flush` commits the waiting deletion now, for actions that must see the backend agree with
//    the screen first (a new turn in that conversation would otherwise be deleted with it).

/** How long a deletion can be undone. */
export const UNDO_DELAY_MS = 6000;

export type Pending = {
  /** Distinguishes one deletion's toast from the next one's. */
  id: number;
  /** What the toast says ("Message deleted"). */
  text: string;
};

type Waiting = Pending & {
  commit: () => Promise<void>;
  revert: () => void;
  timer: ReturnType<typeof setTimeout>;
};

export class DelayedCommits {
  /** The deletion that can still be undone, for the toast; null when none waits. */
  pending = $state.raw<Pending | null>(null);

  #waiting: Waiting | null = null;
  #seq = 0;
  readonly #delayMs: number;

  constructor(delayMs: number = UNDO_DELAY_MS) {
    this.#delayMs = delayMs;
  }

  /** Waits `delayMs`, then runs `commit` unless `undo` is called first (which runs `revert`).
   * The caller hides what is deleted before calling this. Resolves once any deletion that was
   * already waiting has been committed. */
  async schedule(text: string, commit: () => Promise<void>, revert: () => void): Promise<void> {
    const previous = this.flush();
    const id = ++this.#seq;
    const timer = setTimeout(() => void this.#commit(id), this.#delayMs);
    this.#waiting = { id, text, commit, revert, timer };
    this.pending = { id, text };
    await previous;
  }

  /** Takes the waiting deletion back (no-op when none waits). */
  undo(): void {
    const w = this.#waiting;
    if (w === null) return;
    clearTimeout(w.timer);
    this.#waiting = null;
    this.pending = null;
    w.revert();
  }

  /** Commits the waiting deletion now (no-op when none waits). */
  flush(): Promise<void> {
    const w = this.#waiting;
    return w === null ? Promise.resolve() : this.#commit(w.id);
  }

  async #commit(id: number): Promise<void> {
    const w = this.#waiting;
    if (w === null || w.id !== id) return;
    clearTimeout(w.timer);
    this.#waiting = null;
    if (this.pending?.id === id) this.pending = null;
    await w.commit();
  }
}
