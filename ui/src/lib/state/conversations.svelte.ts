// The conversations the sidebar lists: their titles and flags (pinned, archived), and
// deleting them with Undo. Invariants:
//  - the list is kept newest first, as the backend orders it;
//  - a flag change shows at once and is taken back if the backend refuses it;
//  - a deletion waits for its Undo toast to pass (see undo.svelte.ts): until then the
//    conversation is only hidden (`hidden`), and an answer streaming in it is stopped at once;
//  - at start-up the list first holds only its head (`complete` false), what the window shows
//    first; the whole list follows after the first frame. Reading a long history (20,000
//    conversations) takes longer than the rest of start-up, and a turn changes only the head,
//    so that is what is read again after one (`refreshHead`); what another process (`sb`)
//    changed further down shows at the next whole read (start-up, an import).

import * as api from "../api";
import type { Conversation } from "../bindings";
import { groupConversations, HEAD, listedTitle } from "../conversations";
import { afterPaint } from "../frame";
import type { Navigation } from "./navigation.svelte";
import type { Notices } from "./notices.svelte";
import { upsert } from "./lists";

/** What deleting a conversation needs of the open one (open.svelte.ts, built after this store). */
export type OpenLink = {
  readonly activeId: number | null;
  newChat(): void;
  openConversation(id: number): Promise<void>;
};

/** What deleting a conversation needs of the turn in flight (turns.svelte.ts, built later). */
export type TurnLink = {
  /** The turn in flight, if any (its conversation is null until a new chat is created). */
  readonly turn: { conversationId: number | null } | null;
  stop(): Promise<void>;
};

/** Every field of a conversation is a plain value (id, title, flags, times). */
function sameConversation(a: Conversation, b: Conversation): boolean {
  const keys = Object.keys(b) as (keyof Conversation)[];
  return keys.length === Object.keys(a).length && keys.every((k) => a[k] === b[k]);
}

function byNewest(list: Conversation[]): Conversation[] {
  return [...list].sort((a, b) => b.updated_at - a.updated_at);
}

/** Resolves once the page has painted a frame (and the task after it has begun). */
function afterFrame(): Promise<void> {
  return new Promise((resolve) => afterPaint(resolve));
}

export class Conversations {
  readonly #notices: Notices;
  readonly #navigation: Navigation;
  readonly #open: () => OpenLink;
  readonly #turns: () => TurnLink;

  list = $state.raw<Conversation[]>([]);
  /** Whether `list` holds every conversation, not only the head read first at start-up. */
  complete = $state(true);
  /** Counts changes made to the list here, so a whole list read before one is read again. */
  #edits = 0;
  /** Flag changes shown but not stored yet, by conversation: laid over every conversation
   * read meanwhile (the read connection does not wait for the write, so a read answered
   * before it would show the old flag again). */
  #unsaved = new Map<number, Partial<Conversation>>();
  /** Conversations hidden while their deletion can be undone. */
  hidden = $state.raw<number[]>([]);
  /** The sidebar's groups: pinned, the others, archived (without those being deleted). */
  groups = $derived(groupConversations(this.list, this.hidden));

  constructor(deps: { notices: Notices; navigation: Navigation; open: () => OpenLink; turns: () => TurnLink }) {
    this.#notices = deps.notices;
    this.#navigation = deps.navigation;
    this.#open = deps.open;
    this.#turns = deps.turns;
  }

  /** The first read: the head, shown at once (`read`: that read, asked for already); the whole
   * list is read after the first frame (not awaited here). */
  async load(read: Promise<Conversation[]> | null = null): Promise<void> {
    try {
      const head = await (read ?? api.listConversations(HEAD));
      this.#set(head);
      if (head.length < HEAD) return;
      this.complete = false;
      void afterFrame().then(() => this.refresh());
    } catch (err) {
      this.#notices.fail(err);
    }
  }

  /** Reads the whole list again. */
  async refresh(): Promise<void> {
    try {
      // A rename or pin made while the list was read would be undone by the older list.
      for (;;) {
        const edits = this.#edits;
        const list = await api.listConversations();
        if (edits !== this.#edits) continue;
        this.list = this.#unsaved.size === 0 ? list : list.map((c) => this.#overlay(c));
        this.complete = true;
        return;
      }
    } catch (err) {
      this.#notices.fail(err);
    }
  }

  /** Reads the head of the list again (after a turn: only conversations active since can have
   * moved or changed, and they are at the head) and puts it into the list. */
  async refreshHead(): Promise<void> {
    try {
      let head: Conversation[];
      for (;;) {
        const edits = this.#edits;
        head = await api.listConversations(HEAD);
        if (edits === this.#edits) break;
      }
      const fresh = new Map(head.map((c) => [c.id, this.#overlay(c)]));
      let changed = false;
      const list = this.list.map((c) => {
        const now = fresh.get(c.id);
        fresh.delete(c.id);
        if (now === undefined || sameConversation(c, now)) return c;
        changed = true;
        return now;
      });
      if (fresh.size > 0) {
        list.push(...fresh.values());
        changed = true;
      }
      if (changed) this.#set(byNewest(list));
      // The whole list's first read failed (its error was shown): the backend answers again,
      // so read it again rather than leave the list at its head for the whole session.
      if (!this.complete) void this.refresh();
    } catch (err) {
      this.#notices.fail(err);
    }
  }

  /** `c` with the flag changes still being stored. */
  #overlay(c: Conversation): Conversation {
    const patch = this.#unsaved.get(c.id);
    return patch === undefined ? c : { ...c, ...patch };
  }

  #set(list: Conversation[]): void {
    this.#edits += 1;
    this.list = list;
  }

  /** Puts a conversation as the backend returned it into the list (newest first). Opening a
   * conversation returns it unchanged: then the list stays as it is, since a new list (20,000
   * rows in a long history) would be sorted and the sidebar's groups derived again. */
  put(read: Conversation): void {
    const conversation = this.#overlay(read);
    const known = this.list.find((c) => c.id === conversation.id);
    if (known !== undefined && sameConversation(known, conversation)) return;
    this.#set(byNewest(upsert(this.list, conversation)));
  }

  async rename(id: number, title: string): Promise<void> {
    const trimmed = title.trim();
    if (trimmed === "") return;
    try {
      this.put(await api.renameConversation(id, trimmed));
    } catch (err) {
      this.#notices.fail(err);
    }
  }

  /** Deletes a conversation now (see `remove` for the one with Undo). */
  async deleteNow(id: number): Promise<void> {
    if (this.#turns().turn?.conversationId === id) await this.#turns().stop();
    try {
      await api.deleteConversation(id);
      this.#set(this.list.filter((c) => c.id !== id));
      if (this.#open().activeId === id) this.#open().newChat();
    } catch (err) {
      this.#notices.fail(err);
    }
  }

  /** Deletes a conversation once its Undo toast has passed: it leaves the list (and the screen,
   * for a new chat) at once; an answer streaming in it stops now. Undo brings it back, and
   * reopens it if nothing else was opened meanwhile. */
  async remove(id: number): Promise<void> {
    const conversation = this.list.find((c) => c.id === id);
    if (conversation === undefined || this.hidden.includes(id)) return;
    const open = this.#open();
    const turns = this.#turns();
    const wasOpen = open.activeId === id;
    if (turns.turn?.conversationId === id) await turns.stop();
    this.hidden = [...this.hidden, id];
    if (wasOpen) open.newChat();
    const unhide = (): void => {
      this.hidden = this.hidden.filter((h) => h !== id);
    };
    const title = listedTitle(conversation);
    await this.#notices.deletions.schedule(
      `Deleted “${title}”`,
      async () => {
        await this.deleteNow(id);
        unhide();
      },
      () => {
        unhide();
        if (wasOpen && open.activeId === null && turns.turn === null && this.#navigation.view === "chat") {
          void open.openConversation(id);
        }
      },
    );
  }

  /** Pins a conversation to the top of the list, or unpins it. */
  async setPinned(id: number, pinned: boolean): Promise<void> {
    await this.#flag(id, { pinned }, () => api.setPinned(id, pinned));
    this.#notices.say(pinned ? "Pinned to the top" : "Unpinned");
  }

  /** Moves a conversation to the Archived group (still searchable), or back. */
  async setArchived(id: number, archived: boolean): Promise<void> {
    await this.#flag(id, { archived }, () => api.setArchived(id, archived));
    this.#notices.say(archived ? "Moved to Archived" : "Moved out of Archived");
  }

  /** Shows a flag change at once and stores it; shows the old value again if that fails. */
  async #flag(id: number, patch: Partial<Conversation>, store: () => Promise<null>): Promise<void> {
    const before = this.list.find((c) => c.id === id);
    if (before === undefined) return;
    this.#set(this.list.map((c) => (c.id === id ? { ...c, ...patch } : c)));
    const unsaved = { ...this.#unsaved.get(id), ...patch };
    this.#unsaved.set(id, unsaved);
    try {
      await store();
    } catch (err) {
      this.#set(this.list.map((c) => (c.id === id ? { ...c, pinned: before.pinned, archived: before.archived } : c)));
      this.#notices.fail(err);
    } finally {
      // A later change to the same conversation replaced this one and clears it itself.
      if (this.#unsaved.get(id) === unsaved) this.#unsaved.delete(id);
    }
  }
}
