// The open conversation: the part of its branch that is loaded, the alternatives along it, its
// routing, route records and budget, and who answers its next message. On the new-chat screen
// nothing is open (`activeId` null) and the new chat's own choice waits here for its first turn.
//
// The open conversation is one branch of a tree (edits and regenerated answers are siblings):
// `messages` is the part of the branch shown that is loaded (by pages, see paging.ts: a long
// conversation is never read whole) and `branches` the alternatives along it. The turn in
// flight is not in `messages` (see turns.svelte.ts): `visible` overlays it in its place.
// Invariants:
//  - a page read for messages that were replaced meanwhile is dropped, never joined to the new
//    ones; whatever was opened last wins over an earlier click still loading;
//  - a turn is shown only where it goes: after the branch's end once that end is loaded, or in
//    place of the message it edits or answers again;
//  - a message being deleted is hidden with what follows it until its Undo toast passes, and
//    nothing is deleted while a turn is in this conversation;
//  - the previous conversation's choice never shows with (or is sent for) another one.

import { tick } from "svelte";
import * as api from "../api";
import { toIpcError } from "../api";
import type { BudgetStatus, ConversationPage, ConversationRouting, IpcError, Message, RouteRecord } from "../bindings";
import { AUTO, choiceOf, choiceValue, type RoutingChoice } from "../choice";
import { listedOrder, stepConversation } from "../conversations";
import {
  MAX_LOADED,
  NOTHING_LOADED,
  PAGE_SIZE,
  appendNewer,
  prependOlder,
  rebase,
  trimNewest,
  trimOldest,
  type Loaded,
} from "../paging";
import type { Conversations } from "./conversations.svelte";
import type { Defaults } from "./defaults.svelte";
import type { Navigation } from "./navigation.svelte";
import type { Notices } from "./notices.svelte";
import type { Providers } from "./providers.svelte";
import type { Turn } from "./turns.svelte";

/** What the open conversation needs of the turn in flight (turns.svelte.ts, built after it). */
export type InFlight = {
  readonly turn: Turn | null;
  /** Forgets why the last send failed (the screen moved on to another conversation). */
  clearError(): void;
};

/** A message hidden while its deletion can be undone (it and what follows on the branch). */
type HiddenMessage = { conversationId: number; messageId: number };

export class OpenConversation {
  readonly #notices: Notices;
  readonly #navigation: Navigation;
  readonly #providers: Providers;
  readonly #defaults: Defaults;
  readonly #conversations: Conversations;
  readonly #inFlight: () => InFlight;

  /** Open conversation; null on the "new chat" screen. */
  activeId = $state<number | null>(null);
  /** Stored messages of the open conversation's branch shown that are loaded, first to last
   * (the live turn is overlaid, see visibleMessages). */
  messages = $state.raw<Message[]>([]);
  /** Alternatives along the loaded messages: sibling ids (oldest first, the message's own among
   * them) by message id, only for messages that have some. */
  branches = $state.raw<Map<number, number[]>>(new Map());
  /** Messages of the branch shown before the first loaded one (read when scrolled to). */
  earlier = $state(0);
  /** Messages of the branch shown after the last loaded one (a search opened it far back). */
  later = $state(0);
  /** A page of the open conversation is being read: older or newer messages. */
  paging = $state<"older" | "newer" | null>(null);
  /** The message a search result opened, to scroll to and mark; a new object each time. */
  highlight = $state.raw<{ messageId: number } | null>(null);
  /** Messages hidden while their deletion can be undone (with what follows them). */
  hiddenMessages = $state.raw<HiddenMessage[]>([]);
  /** The new-chat screen's choice, kept here until its first turn creates the conversation. */
  newChatChoice = $state.raw<RoutingChoice>(AUTO);
  /** The open conversation's routing: cap, mode, quality, pinned model, chosen provider and its
   * own system prompt. */
  routing = $state.raw<ConversationRouting | null>(null);
  /** Route records of the open conversation's answers, by message id. */
  routes = $state.raw<Map<number, RouteRecord>>(new Map());
  /** Why a stored route record cannot be read, by message id (shown on the answer, never dropped). */
  unreadableRoutes = $state.raw<Map<number, string>>(new Map());
  /** Spend of the open conversation and the month against their caps. */
  budget = $state.raw<BudgetStatus | null>(null);

  /** Who answers the next message: the open conversation's stored choice, or the new chat's.
   * Null while an open conversation's routing is still loading. */
  choice = $derived<RoutingChoice | null>(
    this.activeId === null ? this.newChatChoice : this.routing === null ? null : choiceOf(this.routing),
  );
  /** The composer can send: a choice is known and someone can take it (Auto needs a provider;
   * a chosen provider must still exist — a missing key is left to the backend to explain). */
  canSend = $derived.by(
    () =>
      this.choice !== null &&
      (this.choice.chosen_provider_id === null
        ? this.#providers.list.length > 0
        : this.#providers.list.some((p) => p.id === this.choice?.chosen_provider_id)),
  );
  // Deriveds that read a store given to the constructor are functions: they run once it is set.
  activeConversation = $derived.by(() => this.#conversations.list.find((c) => c.id === this.activeId) ?? null);
  /** The conversations in the order the sidebar lists them (archived ones while shown). */
  listed = $derived.by(() =>
    listedOrder(
      this.#conversations.groups,
      this.#navigation.showArchived || (this.activeConversation?.archived ?? false),
    ),
  );
  /** What is on screen of the open conversation: the loaded messages with the live turn in its
   * place (an edit replaces the prompt it edits and what followed it, another answer replaces
   * the answer, both once the backend has started them; a new message goes after the branch's
   * end, so it shows once that end is loaded), without what is waiting to be deleted; and how
   * many messages of the branch follow them unloaded. */
  visible = $derived.by((): { messages: Message[]; later: number } => {
    let shown = this.messages;
    let later = this.later;
    const t = this.#inFlight().turn;
    // An edit or another answer shows once the backend took it: until then the message being
    // replaced stays (an edit keeps its editor, with what was typed, should it be refused).
    const placed = t !== null && (t.placement.kind === "continue" || t.started);
    if (t !== null && placed && t.conversationId === this.activeId) {
      let at = shown.length;
      if (t.placement.kind !== "continue") {
        const replaced = t.placement.message_id;
        at = shown.findIndex((m) => m.id === replaced);
      } else if (later > 0) {
        at = -1;
      }
      if (at >= 0) {
        shown = shown.slice(0, at);
        later = 0;
        const ids = new Set(shown.map((m) => m.id));
        shown = shown.map((m) => (m.id === t.assistant.id ? t.assistant : m.id === t.user.id ? t.user : m));
        // Another answer's prompt is the message above it, unless that one is not loaded.
        const promptUnloaded = t.placement.kind === "regenerate" && at === 0 && this.earlier > 0;
        if (!ids.has(t.user.id) && !promptUnloaded) shown.push(t.user);
        if (!ids.has(t.assistant.id)) shown.push(t.assistant);
      }
    }
    const hidden = this.hiddenMessages.filter((h) => h.conversationId === this.activeId).map((h) => h.messageId);
    if (hidden.length > 0) {
      const at = shown.findIndex((m) => hidden.includes(m.id));
      if (at >= 0) {
        shown = shown.slice(0, at);
        later = 0;
      }
    }
    return { messages: shown, later };
  });
  /** The messages on screen (see `visible`). */
  visibleMessages = $derived(this.visible.messages);

  #openSeq = 0;
  /** Bumped whenever the loaded messages are replaced, so a page read for the old ones is
   * dropped rather than joined to the new ones. */
  #loadSeq = 0;

  constructor(deps: {
    notices: Notices;
    navigation: Navigation;
    providers: Providers;
    defaults: Defaults;
    conversations: Conversations;
    inFlight: () => InFlight;
  }) {
    this.#notices = deps.notices;
    this.#navigation = deps.navigation;
    this.#providers = deps.providers;
    this.#defaults = deps.defaults;
    this.#conversations = deps.conversations;
    this.#inFlight = deps.inFlight;
  }

  /** Sets who answers: on the new-chat screen it is kept until the first turn; in an open
   * conversation it is saved to its routing at once (cap and quality kept). */
  async choose(choice: RoutingChoice): Promise<IpcError | null> {
    if (this.activeId === null) {
      this.newChatChoice = choice;
      return null;
    }
    return this.updateRouting(choice);
  }

  /** The default changed from `before` (null: it was read): the new chat takes the new one
   * unless its choice was changed from the old one, or its first turn is on its way. */
  followDefault(before: RoutingChoice | null): void {
    const untouched = before === null || choiceValue(this.newChatChoice) === choiceValue(before);
    if (this.activeId === null && this.#inFlight().turn === null && untouched)
      this.newChatChoice = this.#defaults.choice;
  }

  /** The open conversation's routing as stored now (an editor starts from it rather than from
   * `routing`, which a change elsewhere may have left behind); null on the new-chat screen.
   * Throws the backend's refusal. */
  async storedRouting(): Promise<ConversationRouting | null> {
    const id = this.activeId;
    return id === null ? null : api.conversationRouting(id);
  }

  /** Changes the open conversation's routing (pin, quality, cap, system prompt) and reloads its
   * budget. The stored routing is read first, so fields the patch leaves out keep their value. */
  async updateRouting(patch: Partial<ConversationRouting>): Promise<IpcError | null> {
    const id = this.activeId;
    if (id === null) return null;
    try {
      const current = await api.conversationRouting(id);
      await api.setConversationRouting(id, { ...current, ...patch });
      await this.refreshRouting(id);
      return null;
    } catch (err) {
      return toIpcError(err);
    }
  }

  newChat(): void {
    this.#navigation.view = "chat";
    this.activeId = null;
    this.#setLoaded(NOTHING_LOADED);
    this.highlight = null;
    this.routes = new Map();
    this.unreadableRoutes = new Map();
    this.budget = null;
    this.routing = null;
    // A new chat starts from the setting, not from whatever the last conversation used.
    this.newChatChoice = this.#defaults.choice;
    this.#inFlight().clearError();
    this.#openSeq += 1;
    this.#navigation.focusComposer();
  }

  /** Opens a conversation on its newest page of messages. */
  async openConversation(id: number): Promise<void> {
    await this.#open(id, () => api.conversationPage(id, null, PAGE_SIZE));
  }

  /** Opens a conversation on the branch through `messageId` (a search result), on the page
   * around that message, scrolled to it and marking it for a moment. While an answer streams in
   * that conversation its branch stays shown (switching would move the answer elsewhere): the
   * message is marked if it is on it. */
  async jumpTo(conversationId: number, messageId: number): Promise<void> {
    const streamingThere = this.#turnIn(conversationId);
    await this.#open(
      conversationId,
      async () => {
        if (!streamingThere) return api.selectBranch(messageId, PAGE_SIZE);
        return api.conversationPageAround(conversationId, messageId, PAGE_SIZE);
      },
      // With the page, so the chat scrolls to the message rather than first to the end.
      () => (this.highlight = { messageId }),
    );
  }

  /** Shows another version of a message (a sibling: an edit, another answer), with the newest
   * answers under it, on the page around it. */
  async selectBranch(messageId: number): Promise<void> {
    const id = this.activeId;
    if (id === null || this.#turnIn(id)) return;
    await this.#open(id, () => api.selectBranch(messageId, PAGE_SIZE));
  }

  /** Opens the conversation `step` places after (1) or before (-1) the open one in the list. */
  switchConversation(step: 1 | -1): void {
    const next = stepConversation(this.listed, this.activeId, step);
    if (next !== null && next.id !== this.activeId) void this.openConversation(next.id);
  }

  /** Shows conversation `id` on the page `load` reads, then calls `shown`; resolves false when
   * it did not load, or when something else was opened meanwhile. Reopening the open
   * conversation keeps the loaded messages above the page that are still on its branch. */
  async #open(id: number, load: () => Promise<ConversationPage>, shown?: () => void): Promise<boolean> {
    performance.mark("sb:open");
    this.#navigation.view = "chat";
    this.#inFlight().clearError();
    this.highlight = null;
    if (this.activeId !== id) {
      this.#setLoaded(NOTHING_LOADED);
      // The previous conversation's choice must not show (or be sent with) this one.
      this.routing = null;
      this.routes = new Map();
      this.unreadableRoutes = new Map();
    }
    this.activeId = id;
    const seq = ++this.#openSeq;
    try {
      const page = await load();
      // A later click may have opened something else while this one loaded.
      if (seq !== this.#openSeq) return false;
      // Marks for the start-up benchmark (scripts/startup-bench.sh, SB_STARTUP_DETAIL=1).
      performance.mark("sb:open-data");
      this.#show(page);
      // The DOM is updated once Svelte has flushed (sb:open-dom); the frame is then laid out and
      // painted (sb:open-frame is that frame's start).
      void tick().then(() => performance.mark("sb:open-dom"));
      requestAnimationFrame(() => performance.mark("sb:open-frame"));
      shown?.();
      void this.refreshRouting(id);
      return true;
    } catch (err) {
      if (seq === this.#openSeq) this.#notices.fail(err);
      return false;
    }
  }

  /** Shows a page of the open conversation as the backend returned it. */
  #show(page: ConversationPage): void {
    this.takePage(page);
    this.#conversations.put(page.conversation);
  }

  /** Shows a page of the open conversation in place of the loaded messages it overlaps (those
   * above it that are still on its branch stay), letting the oldest go when too many are loaded. */
  takePage(page: ConversationPage): void {
    this.#setLoaded(trimOldest(rebase(this.#loaded(), page)));
  }

  /** Keeps what is on screen (with the live turn) as the loaded messages: a turn ended but the
   * database could not be read back, and what streamed must not be lost. */
  keepVisible(): void {
    const { messages, later } = this.visible;
    this.#setLoaded({ ...this.#loaded(), messages, later });
  }

  /** A new chat's first turn created conversation `id`: it is the open one now, unless the
   * person went elsewhere meanwhile, and shows the new chat's choice at once (a new
   * conversation has no cap, quality or system prompt of its own) rather than nothing until
   * its routing is read back. */
  adoptNew(id: number, choice: RoutingChoice): void {
    if (this.activeId !== null) return;
    this.activeId = id;
    this.routing = { budget_cap: null, budget_mode: null, quality: null, system_prompt: null, context_messages: null, ...choice };
  }

  #loaded(): Loaded {
    return { messages: this.messages, earlier: this.earlier, later: this.later, branches: this.branches };
  }

  #setLoaded(loaded: Loaded): void {
    this.#loadSeq += 1;
    this.messages = loaded.messages;
    this.branches = loaded.branches;
    this.earlier = loaded.earlier;
    this.later = loaded.later;
  }

  /** Reads the page before the first loaded message and shows it above (the person scrolled
   * near the top). The newest messages are let go when too many are loaded, unless a turn is
   * on its way in this conversation. */
  async loadOlder(): Promise<void> {
    const id = this.activeId;
    const first = this.messages[0];
    if (id === null || first === undefined || this.earlier === 0 || this.paging !== null) return;
    await this.#page(
      id,
      "older",
      () => api.conversationPage(id, first.id, PAGE_SIZE),
      (loaded, page) => {
        const joined = prependOlder(loaded, page);
        return joined === null || this.#turnIn(id) ? joined : trimNewest(joined, MAX_LOADED);
      },
    );
  }

  /** Reads the messages after the last loaded one and shows them below (the person scrolled
   * near the bottom of a conversation a search opened far back). There is no page "after" a
   * message: the page around the last one holds the next ones. */
  async loadNewer(): Promise<void> {
    const id = this.activeId;
    const last = this.messages.at(-1);
    if (id === null || last === undefined || this.later === 0 || this.paging !== null) return;
    await this.#page(
      id,
      "newer",
      () => api.conversationPageAround(id, last.id, 2 * PAGE_SIZE),
      (loaded, page) => {
        const joined = appendNewer(loaded, page);
        return joined === null ? null : trimOldest(joined, MAX_LOADED);
      },
    );
  }

  /** Shows the newest messages of the open conversation (after a search opened it far back). */
  async showNewest(): Promise<void> {
    const id = this.activeId;
    if (id === null) return;
    await this.#reload(id, () => api.conversationPage(id, null, PAGE_SIZE));
  }

  /** Reads a page next to the loaded messages and joins it with `join`; when it does not join
   * (the branch changed meanwhile) the newest page is shown instead. */
  async #page(
    id: number,
    direction: "older" | "newer",
    read: () => Promise<ConversationPage>,
    join: (loaded: Loaded, page: ConversationPage) => Loaded | null,
  ): Promise<void> {
    const seq = this.#loadSeq;
    this.paging = direction;
    try {
      const page = await read();
      if (seq !== this.#loadSeq || this.activeId !== id) return;
      const joined = join(this.#loaded(), page);
      if (joined !== null) {
        this.#setLoaded(joined);
      } else {
        this.paging = null;
        await this.showNewest();
      }
    } catch (err) {
      if (this.activeId === id) this.#notices.fail(err);
    } finally {
      if (this.paging === direction) this.paging = null;
    }
  }

  /** Reads a page of conversation `id` and shows it if that is still the open one (keeping the
   * loaded messages above it that are still on the branch). */
  async #reload(id: number, read: () => Promise<ConversationPage>): Promise<void> {
    const seq = this.#openSeq;
    try {
      const page = await read();
      if (seq === this.#openSeq && this.activeId === id) this.#show(page);
    } catch (err) {
      if (this.activeId === id) this.#notices.fail(err);
    }
  }

  /** A turn exists in conversation `id`. */
  #turnIn(id: number): boolean {
    const turn = this.#inFlight().turn;
    return turn !== null && turn.conversationId === id;
  }

  /** Reloads the open conversation's route records and budget; a failure only shows a notice. */
  async refreshRouting(id: number): Promise<void> {
    try {
      const [records, budget, routing] = await Promise.all([
        api.routeRecords(id),
        api.budgetStatus(id),
        api.conversationRouting(id),
      ]);
      if (this.activeId !== id) return;
      const readable = new Map<number, RouteRecord>();
      const unreadable = new Map<number, string>();
      for (const r of records) {
        if (r.record !== null) readable.set(r.message_id, r.record);
        else unreadable.set(r.message_id, r.error ?? "The route record of this answer cannot be read.");
      }
      this.routes = readable;
      this.unreadableRoutes = unreadable;
      this.budget = budget;
      this.routing = routing;
    } catch (err) {
      if (this.activeId === id) this.#notices.fail(err);
    }
  }

  /** Deletes a message of the open conversation and everything under it (its answers, what
   * followed, their other versions) once its Undo toast has passed; until then it and what
   * follows it are hidden. Not while a turn is in this conversation. */
  async removeMessage(messageId: number): Promise<void> {
    const conversationId = this.activeId;
    if (conversationId === null || this.#turnIn(conversationId)) return;
    const hidden: HiddenMessage = { conversationId, messageId };
    this.hiddenMessages = [...this.hiddenMessages, hidden];
    const unhide = (): void => {
      this.hiddenMessages = this.hiddenMessages.filter((h) => h !== hidden);
    };
    await this.#notices.deletions.schedule(
      "Message deleted",
      async () => {
        try {
          const page = api.deleteMessage(messageId, PAGE_SIZE);
          if (this.activeId === conversationId) await this.#reload(conversationId, () => page);
          else await page;
          void this.#conversations.refreshHead();
        } catch (err) {
          this.#notices.fail(err);
        } finally {
          unhide();
        }
      },
      unhide,
    );
  }
}
