// Which messages of the open conversation's shown branch are loaded, and how a page read from
// the backend joins them. A long conversation is never read whole: it opens on its newest page,
// older pages join above as the person scrolls up, newer ones below (after a search opened it
// far back), and at most MAX_LOADED messages stay loaded, so memory does not grow with the
// conversation's length. Pure, so every rule is tested without a backend.
//
// Invariants of a `Loaded`:
//  - `messages` is one contiguous run of the shown branch, oldest first;
//  - `earlier` + `messages.length` + `later` is the branch's length when it was read;
//  - `branches` has entries only for loaded messages.
// A page that does not fit what is loaded (the branch changed meanwhile) is refused (null) or
// replaces it, never spliced in the wrong place.

import type { ConversationPage, Message } from "./bindings";

/** Messages read at a time. */
export const PAGE_SIZE = 100;
/** Messages kept loaded at most (those farthest from where the person reads are let go). */
export const MAX_LOADED = 5 * PAGE_SIZE;

export type Loaded = {
  messages: Message[];
  /** Messages of the shown branch before the first loaded one. */
  earlier: number;
  /** Messages of the shown branch after the last loaded one. */
  later: number;
  /** Sibling ids (oldest first, the message's own among them) by message id, for the loaded
   * messages that have alternatives. */
  branches: Map<number, number[]>;
};

export const NOTHING_LOADED: Loaded = Object.freeze({
  messages: [],
  earlier: 0,
  later: 0,
  branches: new Map<number, number[]>(),
});

function laterThan(page: ConversationPage): number {
  return Math.max(0, page.total - page.earlier - page.messages.length);
}

/** `branches` of the messages in `messages` only, with `page`'s entries winning. */
function branchesOf(messages: readonly Message[], kept: Map<number, number[]>, page: ConversationPage): Map<number, number[]> {
  const ids = new Set(messages.map((m) => m.id));
  const out = new Map<number, number[]>();
  for (const [id, siblings] of kept) if (ids.has(id)) out.set(id, siblings);
  for (const b of page.branches) if (ids.has(b.message_id)) out.set(b.message_id, b.siblings);
  return out;
}

/** A page on its own. */
export function fromPage(page: ConversationPage): Loaded {
  return {
    messages: page.messages,
    earlier: page.earlier,
    later: laterThan(page),
    branches: new Map(page.branches.map((b) => [b.message_id, b.siblings])),
  };
}

/** The page before the first loaded message (`before` = its id) joined above it; null when the
 * page does not end with that message's parent (the branch changed since it was loaded). */
export function prependOlder(loaded: Loaded, page: ConversationPage): Loaded | null {
  const first = loaded.messages[0];
  const last = page.messages.at(-1);
  if (first === undefined || last === undefined || first.parent_id !== last.id) return null;
  const messages = [...page.messages, ...loaded.messages];
  return { messages, earlier: page.earlier, later: loaded.later, branches: branchesOf(messages, loaded.branches, page) };
}

/** The messages after the last loaded one, from a page around it, joined below; null when the
 * page does not hold that message (it left the shown branch). */
export function appendNewer(loaded: Loaded, page: ConversationPage): Loaded | null {
  const last = loaded.messages.at(-1);
  const at = last === undefined ? -1 : page.messages.findIndex((m) => m.id === last.id);
  if (at < 0) return null;
  const messages = [...loaded.messages, ...page.messages.slice(at + 1)];
  return { messages, earlier: loaded.earlier, later: laterThan(page), branches: branchesOf(messages, loaded.branches, page) };
}

/**
 * A fresh page of the branch (after a turn, a branch switch, a deletion), keeping the loaded
 * messages above it when they are still on the branch: in a tree the path to a message is
 * unique, so when the page's first message is loaded at the same depth, the loaded messages
 * before it are exactly the ones before it on the new branch. Otherwise the page replaces them.
 */
export function rebase(loaded: Loaded, page: ConversationPage): Loaded {
  const first = page.messages[0];
  const at = first === undefined ? -1 : loaded.messages.findIndex((m) => m.id === first.id);
  if (at <= 0 || loaded.earlier + at !== page.earlier) return fromPage(page);
  const messages = [...loaded.messages.slice(0, at), ...page.messages];
  return { messages, earlier: loaded.earlier, later: laterThan(page), branches: branchesOf(messages, loaded.branches, page) };
}

/** Lets go of the newest messages beyond `max` (the person reads far above them). */
export function trimNewest(loaded: Loaded, max: number = MAX_LOADED): Loaded {
  const extra = loaded.messages.length - max;
  if (extra <= 0) return loaded;
  const messages = loaded.messages.slice(0, max);
  const ids = new Set(messages.map((m) => m.id));
  return {
    messages,
    earlier: loaded.earlier,
    later: loaded.later + extra,
    branches: new Map([...loaded.branches].filter(([id]) => ids.has(id))),
  };
}

/** Lets go of the oldest messages beyond `max` (the person reads far below them). */
export function trimOldest(loaded: Loaded, max: number = MAX_LOADED): Loaded {
  const extra = loaded.messages.length - max;
  if (extra <= 0) return loaded;
  const messages = loaded.messages.slice(extra);
  const ids = new Set(messages.map((m) => m.id));
  return {
    messages,
    earlier: loaded.earlier + extra,
    later: loaded.later,
    branches: new Map([...loaded.branches].filter(([id]) => ids.has(id))),
  };
}
