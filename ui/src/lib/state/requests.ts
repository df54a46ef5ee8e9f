// A request one screen makes of another ("focus the composer", "open the cap editor"), as a
// call to whoever registered for it. It replaces counters that the state bumped and components
// watched with effects: those hid who listened, and once bumped they stayed above zero, so the
// composer took focus again on every later mount whether asked or not.
// A request made while nobody is registered waits for the first to register: closing Settings
// asks the composer for focus in the same call that brings the chat back, before it is mounted.

export class Request {
  #handlers = new Set<() => void>();
  #waiting = false;

  /** Asks every registered handler now, or the first to register if there is none yet. */
  ask(): void {
    if (this.#handlers.size === 0) {
      this.#waiting = true;
      return;
    }
    for (const handler of [...this.#handlers]) handler();
  }

  /** Registers `handler` (a waiting request reaches it at once); returns what unregisters it,
   * to return from the `$effect` that registered it. */
  on(handler: () => void): () => void {
    this.#handlers.add(handler);
    if (this.#waiting) {
      this.#waiting = false;
      handler();
    }
    return () => {
      this.#handlers.delete(handler);
    };
  }
}
