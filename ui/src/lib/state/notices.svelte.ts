// What the window says about itself outside any one screen: the notice bar (why loading or a
// sidebar action failed), the short status toast ("Copied as Markdown") and the deletions that
// can still be undone (the Undo toast, see undo.svelte.ts). Invariants:
//  - a said text goes away by itself after a few seconds; a notice stays until dismissed or
//    replaced;
//  - one deletion waits for its Undo toast at a time: scheduling another commits the first.

import { toIpcError } from "../api";
import type { IpcError } from "../bindings";
import { DelayedCommits } from "../undo.svelte";

export class Notices {
  /** Shown as a dismissible notice: why loading or a sidebar action failed. */
  notice = $state.raw<IpcError | null>(null);
  /** A short confirmation for the status toast ("Copied as Markdown"); a new object each time. */
  said = $state.raw<{ text: string } | null>(null);
  /** Deletions that can still be undone (one at a time), shown as the Undo toast. */
  readonly deletions = new DelayedCommits();

  #saidTimer: ReturnType<typeof setTimeout> | undefined;

  /** Says something short in the status toast (read out politely by screen readers). */
  say(text: string): void {
    this.said = { text };
    clearTimeout(this.#saidTimer);
    this.#saidTimer = setTimeout(() => (this.said = null), 3000);
  }

  /** Shows why something failed in the notice bar. */
  fail(err: unknown): void {
    this.notice = toIpcError(err);
  }
}
