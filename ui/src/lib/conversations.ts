// How the sidebar groups conversations, and the order Ctrl+Tab / Ctrl+PgDn walk them in (the
// order they are listed). Pure, so both follow one rule:
//  - pinned conversations first, then the others, each group newest first as given;
//  - archived ones (pinned or not) only in the Archived group, listed after the rest and walked
//    only while that group is shown;
//  - conversations whose deletion can still be undone are in no group.

import type { Conversation } from "./bindings";

/** How many conversations the first read (at start-up) and a read of the list's head (after a
 * turn) take: more than a window shows. */
export const HEAD = 200;

/** The title a conversation is listed under: "New chat" until it has one. */
export function listedTitle(c: { title: string }): string {
  return c.title.trim() === "" ? "New chat" : c.title;
}

export type ConversationGroups = {
  pinned: Conversation[];
  recent: Conversation[];
  archived: Conversation[];
};

export function groupConversations(list: readonly Conversation[], hidden: readonly number[] = []): ConversationGroups {
  const groups: ConversationGroups = { pinned: [], recent: [], archived: [] };
  for (const c of list) {
    if (hidden.includes(c.id)) continue;
    if (c.archived) groups.archived.push(c);
    else if (c.pinned) groups.pinned.push(c);
    else groups.recent.push(c);
  }
  return groups;
}

/** The conversations in the order they are listed (the archived ones only when shown). */
export function listedOrder(groups: ConversationGroups, showArchived: boolean): Conversation[] {
  return [...groups.pinned, ...groups.recent, ...(showArchived ? groups.archived : [])];
}

/** The conversation `step` places after (or before) `activeId` in `order`, wrapping around;
 * from a conversation that is not listed (or none), the first one going forward, the last one
 * going back. Null when nothing is listed. */
export function stepConversation(order: readonly Conversation[], activeId: number | null, step: 1 | -1): Conversation | null {
  if (order.length === 0) return null;
  const at = order.findIndex((c) => c.id === activeId);
  if (at < 0) return (step > 0 ? order[0] : order[order.length - 1]) ?? null;
  return order[(at + step + order.length) % order.length] ?? null;
}
