// Application state for the webview, as one runes-based store shared by all components.
//
// Data flow: components call methods here; methods call the typed IPC wrappers in api.ts and
// replace state immutably ($state.raw), so every change is a new object that Svelte can track
// cheaply. The one in-flight turn lives in `turn` (not in `messages`) until the backend says it
// is over; `visibleMessages` overlays it onto the open conversation. Once the turn ends the
// conversation's newest page is reloaded from the database so the screen always ends in sync
// with what is stored. The open conversation is one branch of a tree (edits and regenerated
// answers are siblings): `messages` is the part of the branch shown that is loaded (by pages,
// see paging.ts: a long conversation is never read whole) and `branches` the alternatives
// along it.
// Deletions wait for their Undo toast to pass (see undo.svelte.ts): until then the UI only hides
// what is deleted (`hiddenMessages`, `hiddenConversations`). Invariants:
//  - at most one turn streams at a time;
//  - a turn starts only once a waiting deletion reached the backend (else the new turn could
//    land in the branch being deleted);
//  - streamed text is never dropped: terminal events keep partial content (see turn.ts);
//  - a turn is shown only where it goes: after the branch's end once that end is loaded, or in
//    place of the message it edits or answers again;
//  - API keys only pass through method arguments to api.ts; nothing here stores or logs them.

import { Channel } from "@tauri-apps/api/core";
import * as api from "./api";
import { toIpcError } from "./api";
import type {
  AppStatus,
  Attachment,
  ConversationPage,
  DatabaseRecovery,
  AttachmentInput,
  BudgetSettings,
  BudgetStatus,
  CatalogueEdits,
  CatalogueState,
  Conversation,
  ConversationRouting,
  IpcError,
  Ledger,
  Message,
  MessageStatus,
  Placement,
  Preset,
  Provider,
  ProviderInput,
  Role,
  Vendor,
  RouteRecord,
  TurnEvent,
} from "./bindings";
import {
  AUTO,
  canAnswer,
  choiceLabel,
  choiceOf,
  choiceValue,
  defaultChoice,
  type ChoiceContext,
  type RoutingChoice,
} from "./choice";
import { cachedAttachment, describeInput, seedAttachment } from "./attachments";
import { groupConversations, listedOrder, stepConversation } from "./conversations";
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
} from "./paging";
import { DelayedCommits } from "./undo.svelte";
import { promptOrNull } from "./systemPrompt";
import { applyTurnEvent, retryNotice } from "./turn";

export type View = "chat" | "settings" | "usage";
export type SettingsTab = "providers" | "models" | "routing" | "budget" | "appearance" | "updates" | "data" | "about";

/** Who answers a turn: the conversation's choice, or the router (pinned to a model, or not)
 * whatever the conversation chose. */
export type Target = { kind: "choice" } | { kind: "routed"; pinned: string | null };

const CONTINUE: Placement = { kind: "continue" };

/** A message hidden while its deletion can be undone (it and what follows on the branch). */
type HiddenMessage = { conversationId: number; messageId: number };

/** The turn being streamed. Messages carry negative placeholder ids until "started". */
export type Turn = {
  key: number;
  conversationId: number | null;
  started: boolean;
  stopRequested: boolean;
  user: Message;
  assistant: Message;
  /** Who was asked to answer; a new chat's choice is saved to the conversation it creates. */
  choice: RoutingChoice;
  /** Where it goes: after the branch shown, as an edited prompt, or as another answer. */
  placement: Placement;
  /** Why the answer is waiting: its call failed before the first token and will be sent
   *  again (cleared by the next event). */
  retry?: string | null;
};

function byNewest(list: Conversation[]): Conversation[] {
  return [...list].sort((a, b) => b.updated_at - a.updated_at);
}

function upsert<T extends { id: number }>(list: T[], item: T): T[] {
  return list.some((x) => x.id === item.id)
    ? list.map((x) => (x.id === item.id ? item : x))
    : [...list, item];
}

function draft(
  id: number,
  conversationId: number,
  role: Role,
  content: string,
  status: MessageStatus,
  answerer: { model: string; provider: string } | null,
  nowMs: number,
  attachments: Attachment[] = [],
): Message {
  return {
    id,
    conversation_id: conversationId,
    role,
    content,
    reasoning: null,
    status,
    stop: null,
    model: answerer?.model ?? null,
    provider: answerer?.provider ?? null,
    usage: null,
    error: null,
    created_at: nowMs,
    updated_at: nowMs,
    attachments,
    parent_id: null,
  };
}

export class AppState {
  status = $state.raw<AppStatus | null>(null);
  providers = $state.raw<Provider[]>([]);
  conversations = $state.raw<Conversation[]>([]);
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
  /** Why the database could not be opened, the data folder and the backups to restore: set
   * when the app started without its database (the recovery screen replaces everything). */
  recovery = $state.raw<DatabaseRecovery | null>(null);
  /** The message a search result opened, to scroll to and mark; a new object each time. */
  highlight = $state.raw<{ messageId: number } | null>(null);
  /** Deletions that can still be undone (one at a time), shown as the Undo toast. */
  readonly deletions = new DelayedCommits();
  /** Messages hidden while their deletion can be undone (with what follows them). */
  hiddenMessages = $state.raw<HiddenMessage[]>([]);
  /** Conversations hidden while their deletion can be undone. */
  hiddenConversations = $state.raw<number[]>([]);
  /** A short confirmation for the status toast ("Copied as Markdown"); a new object each time. */
  said = $state.raw<{ text: string } | null>(null);
  /** The sidebar shows its Archived group (Ctrl+Tab then walks those too). */
  showArchived = $state(false);
  /** The keyboard shortcut sheet is open (Ctrl+/ or ?). */
  shortcutsOpen = $state(false);
  view = $state<View>("chat");
  turn = $state.raw<Turn | null>(null);
  /** Shown next to the composer: why the last send/stop failed. */
  composerError = $state.raw<IpcError | null>(null);
  /** Shown as a dismissible notice: why loading or a sidebar action failed. */
  notice = $state.raw<IpcError | null>(null);
  /** True once the first load finished (avoids flashing empty states at start-up). */
  loaded = $state(false);
  /** Bumped to ask the composer to take focus. */
  composerFocusRequests = $state(0);
  /** Bumped to ask the conversation's budget meter to open its cap editor. */
  capEditorRequests = $state(0);
  /** The Settings tab to show when Settings opens. */
  settingsTab = $state<SettingsTab>("providers");
  /** What a new chat starts with (Settings → Budget); Auto until the settings are read. */
  defaultChoice = $state.raw<RoutingChoice>(AUTO);
  /** The system prompt of conversations that set none (Settings → Budget); null when none is
   * set or the settings cannot be read. Blank counts as none. */
  defaultSystemPrompt = $state<string | null>(null);
  /** The new-chat screen's choice, kept here until its first turn creates the conversation. */
  newChatChoice = $state.raw<RoutingChoice>(AUTO);
  /** The model catalogue in effect with the user's edits (Settings → Models / Routing). */
  catalogue = $state.raw<CatalogueState | null>(null);
  /** The OpenAI-compatible presets the provider form offers (OpenAI, Groq, LM Studio, …). */
  presets = $state.raw<Preset[]>([]);
  /** Vendors of the model catalogue, for the provider form. */
  vendors = $derived<Vendor[]>(this.catalogue?.catalogue.vendors ?? []);
  /** A catalogue vendor's display name (its id when unknown). */
  vendorName(id: string): string {
    return this.vendors.find((v) => v.id === id)?.name ?? id;
  }

  /** The open conversation's routing: cap, mode, quality, pinned model, chosen provider and its
   * own system prompt. */
  routing = $state.raw<ConversationRouting | null>(null);
  /** Route records of the open conversation's answers, by message id. */
  routes = $state.raw<Map<number, RouteRecord>>(new Map());
  /** Why a stored route record cannot be read, by message id (shown on the answer, never dropped). */
  unreadableRoutes = $state.raw<Map<number, string>>(new Map());
  /** Spend of the open conversation and the month against their caps. */
  budget = $state.raw<BudgetStatus | null>(null);

  /** Providers that can answer: with a key, or local servers that need none. */
  readyProviders = $derived(this.providers.filter((p) => canAnswer(p, this.vendors)));
  /** What the routing pickers need to name and offer choices. */
  choiceContext = $derived<ChoiceContext>({
    providers: this.providers,
    models: this.catalogue?.catalogue.models ?? [],
    vendors: this.vendors,
  });
  /** Who answers the next message: the open conversation's stored choice, or the new chat's.
   * Null while an open conversation's routing is still loading. */
  choice = $derived<RoutingChoice | null>(
    this.activeId === null ? this.newChatChoice : this.routing === null ? null : choiceOf(this.routing),
  );
  /** The composer can send: a choice is known and someone can take it (Auto needs a provider;
   * a chosen provider must still exist — a missing key is left to the backend to explain). */
  canSend = $derived(
    this.choice !== null &&
      (this.choice.chosen_provider_id === null
        ? this.providers.length > 0
        : this.providers.some((p) => p.id === this.choice?.chosen_provider_id)),
  );
  activeConversation = $derived(this.conversations.find((c) => c.id === this.activeId) ?? null);
  /** The sidebar's groups: pinned, the others, archived (without those being deleted). */
  conversationGroups = $derived(groupConversations(this.conversations, this.hiddenConversations));
  /** The conversations in the order the sidebar lists them (archived ones while shown). */
  listedConversations = $derived(
    listedOrder(
      this.conversationGroups,
      this.showArchived || (this.activeConversation?.archived ?? false),
    ),
  );
  /** A turn exists (streaming or being reconciled with the database). */
  busy = $derived(this.turn !== null);
  /** The answer is still streaming, so it can be stopped. */
  streaming = $derived(this.turn !== null && this.turn.assistant.status === "streaming");
  /** What is on screen of the open conversation: the loaded messages with the live turn in its
   * place (an edit replaces the prompt it edits and what followed it, another answer replaces
   * the answer, both once the backend has started them; a new message goes after the branch's
   * end, so it shows once that end is loaded), without what is waiting to be deleted; and how
   * many messages of the branch follow them unloaded. */
  visible = $derived.by((): { messages: Message[]; later: number } => {
    let shown = this.messages;
    let later = this.later;
    const t = this.turn;
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

  #turnSeq = 0;
  #placeholderIds = 0;
  #openSeq = 0;
  /** Bumped whenever the loaded messages are replaced, so a page read for the old ones is
   * dropped rather than joined to the new ones. */
  #loadSeq = 0;
  /** A turn is being started (waiting for a deletion to reach the backend first). */
  #starting = false;
  #saidTimer: ReturnType<typeof setTimeout> | undefined;
  /** Saving a new chat's choice to the conversation its first turn created. */
  #adopting: Promise<void> = Promise.resolve();

  async init(): Promise<void> {
    await Promise.all([
      this.loadStatus(),
      this.refreshProviders(),
      this.refreshConversations(),
      this.loadCatalogue(),
      this.loadDefaultChoice(),
      this.loadPresets(),
    ]);
    this.loaded = true;
  }

  /** The label of a choice, the same wherever it is shown. */
  choiceLabel(choice: RoutingChoice): string {
    return choiceLabel(choice, this.choiceContext);
  }

  /** Reads what new chats start with. Unreadable settings stop every send until they are saved
   * again, so the failure is shown now rather than at the first send. */
  async loadDefaultChoice(): Promise<void> {
    try {
      const settings = await api.budgetSettings();
      this.defaultChoice = defaultChoice(settings);
      this.defaultSystemPrompt = promptOrNull(settings.system_prompt);
      if (this.activeId === null && this.turn === null) this.newChatChoice = this.defaultChoice;
    } catch (err) {
      this.notice = toIpcError(err);
    }
  }

  /** Stores the app-wide budget settings (replacing unreadable ones); new chats start with
   * the new default choice. Resolves with the backend's refusal, if any. */
  async saveBudgetSettings(settings: BudgetSettings): Promise<IpcError | null> {
    try {
      await api.setBudgetSettings(settings);
      // A new chat the user has not changed yet follows the new default straight away.
      const untouched = choiceValue(this.newChatChoice) === choiceValue(this.defaultChoice);
      this.defaultChoice = defaultChoice(settings);
      this.defaultSystemPrompt = promptOrNull(settings.system_prompt);
      if (this.activeId === null && this.turn === null && untouched) this.newChatChoice = this.defaultChoice;
      if (this.notice?.code === "settings_unreadable") this.notice = null;
      return null;
    } catch (err) {
      return toIpcError(err);
    }
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

  async loadStatus(): Promise<void> {
    try {
      this.status = await api.appStatus();
    } catch (err) {
      const error = toIpcError(err);
      this.notice = error;
      // The engine did not start: when its database is what failed, the recovery screen says
      // why and offers the way out.
      if (error.code === "storage") await this.#checkRecovery();
    }
  }

  async #checkRecovery(): Promise<void> {
    try {
      const found = await api.databaseRecovery();
      if (found.error !== null) this.recovery = found;
    } catch {
      // Nothing more is known than the notice already says.
    }
  }

  async loadPresets(): Promise<void> {
    try {
      this.presets = await api.providerPresets();
    } catch (err) {
      this.notice = toIpcError(err);
    }
  }

  async loadCatalogue(): Promise<void> {
    try {
      this.catalogue = await api.catalogueState();
    } catch (err) {
      this.notice = toIpcError(err);
    }
  }

  /** Stores a whole new set of catalogue edits; resolves with the backend's refusal, if any. */
  async saveCatalogueEdits(edits: CatalogueEdits): Promise<IpcError | null> {
    try {
      this.catalogue = await api.setCatalogueEdits(edits);
      return null;
    } catch (err) {
      return toIpcError(err);
    }
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

  async refreshProviders(): Promise<void> {
    try {
      this.providers = await api.listProviders();
    } catch (err) {
      this.notice = toIpcError(err);
    }
  }

  async refreshConversations(): Promise<void> {
    try {
      this.conversations = await api.listConversations();
    } catch (err) {
      this.notice = toIpcError(err);
    }
  }

  // ---- navigation -------------------------------------------------------------------------

  newChat(): void {
    this.view = "chat";
    this.activeId = null;
    this.#setLoaded(NOTHING_LOADED);
    this.highlight = null;
    this.routes = new Map();
    this.unreadableRoutes = new Map();
    this.budget = null;
    this.routing = null;
    // A new chat starts from the setting, not from whatever the last conversation used.
    this.newChatChoice = this.defaultChoice;
    this.composerError = null;
    this.#openSeq += 1;
    this.focusComposer();
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
    const streamingThere = this.turn !== null && this.turn.conversationId === conversationId;
    await this.#open(
      conversationId,
      async () => {
        if (!streamingThere) await api.selectBranch(messageId);
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
    await this.#open(id, async () => {
      // Its answer is the whole branch, which a long conversation must not put on screen.
      await api.selectBranch(messageId);
      return api.conversationPageAround(id, messageId, PAGE_SIZE);
    });
  }

  /** Shows conversation `id` on the page `load` reads, then calls `shown`; resolves false when
   * it did not load, or when something else was opened meanwhile. Reopening the open
   * conversation keeps the loaded messages above the page that are still on its branch. */
  async #open(id: number, load: () => Promise<ConversationPage>, shown?: () => void): Promise<boolean> {
    this.view = "chat";
    this.composerError = null;
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
      this.#show(page);
      shown?.();
      void this.refreshRouting(id);
      return true;
    } catch (err) {
      if (seq === this.#openSeq) this.notice = toIpcError(err);
      return false;
    }
  }

  /** Shows a page of the open conversation as the backend returned it. */
  #show(page: ConversationPage): void {
    this.#setLoaded(trimOldest(rebase(this.#loaded(), page)));
    this.conversations = byNewest(upsert(this.conversations, page.conversation));
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
    await this.#page(id, "older", () => api.conversationPage(id, first.id, PAGE_SIZE), (loaded, page) => {
      const joined = prependOlder(loaded, page);
      return joined === null || this.#turnIn(id) ? joined : trimNewest(joined, MAX_LOADED);
    });
  }

  /** Reads the messages after the last loaded one and shows them below (the person scrolled
   * near the bottom of a conversation a search opened far back). There is no page "after" a
   * message: the page around the last one holds the next ones. */
  async loadNewer(): Promise<void> {
    const id = this.activeId;
    const last = this.messages.at(-1);
    if (id === null || last === undefined || this.later === 0 || this.paging !== null) return;
    await this.#page(id, "newer", () => api.conversationPageAround(id, last.id, 2 * PAGE_SIZE), (loaded, page) => {
      const joined = appendNewer(loaded, page);
      return joined === null ? null : trimOldest(joined, MAX_LOADED);
    });
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
      if (this.activeId === id) this.notice = toIpcError(err);
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
      if (this.activeId === id) this.notice = toIpcError(err);
    }
  }

  /** A turn exists in conversation `id`. */
  #turnIn(id: number): boolean {
    return this.turn !== null && this.turn.conversationId === id;
  }

  /** Opens the conversation `step` places after (1) or before (-1) the open one in the list. */
  switchConversation(step: 1 | -1): void {
    const next = stepConversation(this.listedConversations, this.activeId, step);
    if (next !== null && next.id !== this.activeId) void this.openConversation(next.id);
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
      if (this.activeId === id) this.notice = toIpcError(err);
    }
  }

  openSettings(tab: SettingsTab = "providers"): void {
    this.settingsTab = tab;
    this.view = "settings";
  }

  /** After a send the budget refused: edit the cap that blocked it. A conversation's own cap
   * is edited in its header; a new chat is blocked by the defaults or the monthly cap. */
  raiseCap(): void {
    this.composerError = null;
    // The router is bound by the tighter of the two hard caps; that is the one to raise.
    const left = (l: Ledger | undefined): number =>
      l?.cap?.mode === "hard" ? l.cap.amount - l.spent - l.reserved : Number.POSITIVE_INFINITY;
    const conversationLeft = left(this.budget?.conversation);
    if (this.activeId !== null && conversationLeft <= left(this.budget?.month)) {
      this.capEditorRequests += 1;
    } else {
      this.openSettings("budget");
    }
  }

  openUsage(): void {
    this.view = "usage";
  }

  closeUsage(): void {
    this.view = "chat";
    this.focusComposer();
  }

  closeSettings(): void {
    this.view = "chat";
    this.focusComposer();
  }

  focusComposer(): void {
    this.composerFocusRequests += 1;
  }

  // ---- conversations ----------------------------------------------------------------------

  async renameConversation(id: number, title: string): Promise<void> {
    const trimmed = title.trim();
    if (trimmed === "") return;
    try {
      const updated = await api.renameConversation(id, trimmed);
      this.conversations = byNewest(upsert(this.conversations, updated));
    } catch (err) {
      this.notice = toIpcError(err);
    }
  }

  /** Deletes a conversation now (see removeConversation for the one with Undo). */
  async deleteConversation(id: number): Promise<void> {
    if (this.turn?.conversationId === id) await this.stop();
    try {
      await api.deleteConversation(id);
      this.conversations = this.conversations.filter((c) => c.id !== id);
      if (this.activeId === id) this.newChat();
    } catch (err) {
      this.notice = toIpcError(err);
    }
  }

  /** Deletes a conversation once its Undo toast has passed: it leaves the list (and the screen,
   * for a new chat) at once; an answer streaming in it stops now. Undo brings it back, and
   * reopens it if nothing else was opened meanwhile. */
  async removeConversation(id: number): Promise<void> {
    const conversation = this.conversations.find((c) => c.id === id);
    if (conversation === undefined || this.hiddenConversations.includes(id)) return;
    const wasOpen = this.activeId === id;
    if (this.turn?.conversationId === id) await this.stop();
    this.hiddenConversations = [...this.hiddenConversations, id];
    if (wasOpen) this.newChat();
    const unhide = (): void => {
      this.hiddenConversations = this.hiddenConversations.filter((h) => h !== id);
    };
    const title = conversation.title.trim() === "" ? "New chat" : conversation.title;
    await this.deletions.schedule(
      `Deleted “${title}”`,
      async () => {
        await this.deleteConversation(id);
        unhide();
      },
      () => {
        unhide();
        if (wasOpen && this.activeId === null && this.turn === null && this.view === "chat") {
          void this.openConversation(id);
        }
      },
    );
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
    await this.deletions.schedule(
      "Message deleted",
      async () => {
        try {
          // Its answer is the whole branch; only the newest page of it is shown.
          await api.deleteMessage(messageId);
          if (this.activeId === conversationId) {
            await this.#reload(conversationId, () => api.conversationPage(conversationId, null, PAGE_SIZE));
          }
          void this.refreshConversations();
        } catch (err) {
          this.notice = toIpcError(err);
        } finally {
          unhide();
        }
      },
      unhide,
    );
  }

  /** Pins a conversation to the top of the list, or unpins it. */
  async setPinned(id: number, pinned: boolean): Promise<void> {
    await this.#flag(id, { pinned }, () => api.setPinned(id, pinned));
    this.say(pinned ? "Pinned to the top" : "Unpinned");
  }

  /** Moves a conversation to the Archived group (still searchable), or back. */
  async setArchived(id: number, archived: boolean): Promise<void> {
    await this.#flag(id, { archived }, () => api.setArchived(id, archived));
    this.say(archived ? "Moved to Archived" : "Moved out of Archived");
  }

  /** Shows a flag change at once and stores it; shows the old value again if that fails. */
  async #flag(id: number, patch: Partial<Conversation>, store: () => Promise<null>): Promise<void> {
    const before = this.conversations.find((c) => c.id === id);
    if (before === undefined) return;
    this.conversations = this.conversations.map((c) => (c.id === id ? { ...c, ...patch } : c));
    try {
      await store();
    } catch (err) {
      this.conversations = this.conversations.map((c) =>
        c.id === id ? { ...c, pinned: before.pinned, archived: before.archived } : c,
      );
      this.notice = toIpcError(err);
    }
  }

  /** Says something short in the status toast (read out politely by screen readers). */
  say(text: string): void {
    this.said = { text };
    clearTimeout(this.#saidTimer);
    this.#saidTimer = setTimeout(() => (this.said = null), 3000);
  }

  // ---- turns ------------------------------------------------------------------------------

  /**
   * Sends `text` and `attachments` as the conversation's choice says: a chosen provider answers
   * directly, Auto goes through the router (within the conversation's pin, if any). `pinned` is a
   * one-off model for this message only (the composer's override, "Re-run with…"): routed, and
   * never saved. A message may be files alone. Resolves true when the message was accepted (the
   * composer may forget it), false when nothing was sent (the composer should keep text and files).
   */
  async send(text: string, pinned: string | null = null, attachments: AttachmentInput[] = []): Promise<boolean> {
    const target: Target = pinned === null ? { kind: "choice" } : { kind: "routed", pinned };
    return this.#startTurn(text, attachments, target, CONTINUE);
  }

  /** Sends a new version of one of the user's messages (its text and files as edited): it
   * becomes a sibling of that message, answered as the conversation's choice says, with the
   * messages above it as context. Resolves like `send`. */
  async editMessage(messageId: number, text: string, attachments: AttachmentInput[]): Promise<boolean> {
    return this.#startTurn(text, attachments, { kind: "choice" }, { kind: "edit", message_id: messageId });
  }

  /** Asks for another answer to the prompt of assistant message `answerId` (a sibling of that
   * answer): the backend sends the stored prompt again with its files. Resolves like `send`. */
  async regenerate(answerId: number, target: Target = { kind: "choice" }): Promise<boolean> {
    return this.#startTurn("", [], target, { kind: "regenerate", message_id: answerId });
  }

  async #startTurn(text: string, attachments: AttachmentInput[], target: Target, placement: Placement): Promise<boolean> {
    const body = text.trim();
    // Another answer re-sends the stored prompt: it has no text of its own.
    const regenerating = placement.kind === "regenerate";
    if ((!regenerating && body === "" && attachments.length === 0) || this.turn !== null || this.#starting) return false;
    const behind = placement.kind === "continue" && this.activeId !== null && this.later > 0;
    if (this.deletions.pending !== null || behind) {
      this.#starting = true;
      try {
        // The turn must not land in (or be answered from) a branch that is about to be deleted.
        await this.deletions.flush();
        // A new message goes after the branch's end: show that end, to show it there.
        if (behind && this.later > 0) await this.showNewest();
      } finally {
        this.#starting = false;
      }
      if (this.turn !== null) return false;
    }
    const choice = this.choice;
    if (choice === null) return false;
    const pinned = target.kind === "routed" ? target.pinned : null;
    const providerId = target.kind === "choice" ? choice.chosen_provider_id : null;
    const provider = providerId === null ? null : (this.providers.find((p) => p.id === providerId) ?? null);
    if (providerId !== null && provider === null) {
      this.composerError = {
        code: "not_found",
        message: "The provider chosen for this conversation was removed. Choose another next to the Send button.",
      };
      return false;
    }
    const model = provider === null ? null : (choice.chosen_model ?? provider.default_model);

    this.composerError = null;
    const key = ++this.#turnSeq;
    const conversationId = this.activeId;
    const now = Date.now();
    // The live user message shows the files at once; their bytes are at hand, so they are
    // cached under the placeholder ids instead of being fetched.
    const shown = attachments.map((input) => {
      const attachment = describeInput(input, this.#placeholderId());
      seedAttachment({ attachment, data_base64: input.data_base64 });
      return attachment;
    });
    // Another answer is to the prompt already shown: that one stays, as it is.
    const prompt = regenerating ? this.#promptOf(placement.message_id) : null;
    this.turn = {
      key,
      conversationId,
      started: false,
      stopRequested: false,
      placement,
      user: prompt ?? draft(this.#placeholderId(), conversationId ?? 0, "user", body, "complete", null, now, shown),
      assistant: draft(
        this.#placeholderId(),
        conversationId ?? 0,
        "assistant",
        "",
        "streaming",
        provider === null || model === null ? null : { model, provider: provider.name },
        now,
      ),
      choice,
    };

    const channel = new Channel<TurnEvent>();
    channel.onmessage = (event) => this.#onTurnEvent(key, event);
    // Sent only when it is not the default (after the branch shown).
    const where = placement.kind === "continue" ? {} : { placement };
    try {
      const started =
        provider === null
          ? await api.sendRoutedTurn(
              {
                conversation_id: conversationId,
                text: body,
                attachments,
                options: {
                  conversation_id: conversationId,
                  quality: null,
                  budget_left: null,
                  // A new chat has no stored pin yet: its choice's pin goes with the turn.
                  pinned: pinned ?? choice.pinned_model,
                },
                ...where,
              },
              channel,
            )
          : await api.sendTurn(
              {
                conversation_id: conversationId,
                text: body,
                provider_id: provider.id,
                model: choice.chosen_model,
                attachments,
                ...where,
              },
              channel,
            );
      this.#onTurnEvent(key, { type: "started", ...started });
      return true;
    } catch (err) {
      const error = toIpcError(err);
      const t = this.turn;
      if (t?.key === key && t.started) {
        // The backend already stored the turn; record the failure on it like a stream error.
        this.#onTurnEvent(key, { type: "error", code: error.code, message: error.message });
        return true;
      }
      if (t?.key === key) this.turn = null;
      this.composerError = error;
      return false;
    }
  }

  /** Stops the streaming answer (no-op when nothing streams). */
  async stop(): Promise<void> {
    const t = this.turn;
    if (t === null || t.assistant.status !== "streaming") return;
    if (!t.started) {
      // No message id yet; "started" will stop it as soon as it arrives.
      this.turn = { ...t, stopRequested: true };
      return;
    }
    try {
      await api.stopTurn(t.assistant.id);
    } catch (err) {
      this.composerError = toIpcError(err);
    }
  }

  /** The prompt an answer on the branch shown replied to. */
  #promptOf(answerId: number): Message | null {
    const at = this.messages.findIndex((m) => m.id === answerId);
    const answer = this.messages[at];
    if (answer === undefined) return null;
    const parent = this.messages.find((m) => m.id === answer.parent_id);
    if (parent !== undefined) return parent;
    // Without a parent id (never the case for stored answers): the user message above it.
    for (let i = at - 1; i >= 0; i -= 1) {
      const m = this.messages[i];
      if (m?.role === "user") return m;
    }
    return null;
  }

  #placeholderId(): number {
    this.#placeholderIds -= 1;
    return this.#placeholderIds;
  }

  #onTurnEvent(key: number, event: TurnEvent): void {
    const t = this.turn;
    if (t === null || t.key !== key) return;
    if (event.type === "started") {
      // Delivered twice (channel and send_turn's result); only the first one counts.
      if (t.started) return;
      const wasNew = t.conversationId === null;
      this.turn = {
        ...t,
        started: true,
        conversationId: event.conversation_id,
        user: { ...t.user, id: event.user_message_id, conversation_id: event.conversation_id },
        assistant: applyTurnEvent(t.assistant, event),
      };
      if (wasNew) {
        // The new chat's choice becomes the conversation's own (even if the user went elsewhere).
        this.#adopting = this.#adoptChoice(event.conversation_id, t.choice);
        // Select the conversation the backend created, unless the user went elsewhere meanwhile.
        if (this.activeId === null) {
          this.activeId = event.conversation_id;
          // A new conversation has no cap, quality or system prompt of its own; show its choice
          // at once instead of nothing until its routing is read back.
          this.routing = { budget_cap: null, budget_mode: null, quality: null, system_prompt: null, ...t.choice };
        }
      }
      void this.refreshConversations();
      // A terminal event that overtook "started" is settled now that the ids are known.
      if (t.assistant.status !== "streaming") void this.#settle(key);
      else if (t.stopRequested) void this.stop();
      return;
    }
    const retry = event.type === "retrying" ? retryNotice(event) : null;
    this.turn = { ...t, assistant: applyTurnEvent(t.assistant, event), retry };
    if ((event.type === "finished" || event.type === "error") && t.started) void this.#settle(key);
  }

  /** After a terminal event (and "started"): reload from the database, then drop the live turn. */
  async #settle(key: number): Promise<void> {
    const t = this.turn;
    if (t === null || t.key !== key) return;
    const conversationId = t.conversationId;
    if (conversationId === null) return;
    // Read the routing back only after the new chat's choice was saved to it.
    await this.#adopting;
    try {
      const [page, list] = await Promise.all([
        api.conversationPage(conversationId, null, PAGE_SIZE),
        api.listConversations(),
      ]);
      this.conversations = list;
      this.#keepSentFiles(t.user, page.messages);
      if (this.activeId === conversationId) {
        this.#setLoaded(trimOldest(rebase(this.#loaded(), page)));
        void this.refreshRouting(conversationId);
      }
    } catch (err) {
      // Keep what streamed on screen rather than lose it with the failed reload.
      if (this.activeId === conversationId) {
        const { messages, later } = this.visible;
        this.#setLoaded({ ...this.#loaded(), messages, later });
      }
      this.notice = toIpcError(err);
    } finally {
      if (this.turn?.key === key) this.turn = null;
    }
  }

  /** The stored copy of a sent message shows its files with the bytes already at hand (cached
   * under the placeholder ids) rather than fetching them again. */
  #keepSentFiles(sent: Message, stored: Message[]): void {
    const files = stored.find((m) => m.id === sent.id)?.attachments ?? [];
    files.forEach((file, i) => {
      const mine = sent.attachments[i];
      if (mine === undefined || mine.name !== file.name || mine.size !== file.size) return;
      const data = cachedAttachment(mine.id);
      if (data !== null) seedAttachment({ attachment: file, data_base64: data.data_base64 });
    });
  }

  /** Saves a new chat's choice into the routing of the conversation its first turn created. */
  async #adoptChoice(conversationId: number, choice: RoutingChoice): Promise<void> {
    try {
      const current = await api.conversationRouting(conversationId);
      await api.setConversationRouting(conversationId, { ...current, ...choice });
    } catch (err) {
      // The turn went out; only remembering the choice failed, and the picker will say Auto.
      this.notice = toIpcError(err);
    }
  }

  // ---- providers (keys pass through to the backend and are not kept) ---------------------

  async addProvider(input: ProviderInput, apiKey: string | null): Promise<Provider> {
    const created = await api.addProvider(input, apiKey);
    this.providers = upsert(this.providers, created);
    return created;
  }

  async updateProvider(id: number, input: ProviderInput): Promise<void> {
    this.providers = upsert(this.providers, await api.updateProvider(id, input));
  }

  async deleteProvider(id: number): Promise<void> {
    await api.deleteProvider(id);
    this.providers = this.providers.filter((p) => p.id !== id);
  }

  async setKey(providerId: number, apiKey: string): Promise<void> {
    this.providers = upsert(this.providers, await api.setKey(providerId, apiKey));
  }

  /** Stores Bedrock's AWS access keys (as the provider's one keyring entry). */
  async setAwsCredentials(
    providerId: number,
    accessKeyId: string,
    secretAccessKey: string,
    sessionToken: string | null,
  ): Promise<void> {
    this.providers = upsert(
      this.providers,
      await api.setAwsCredentials(providerId, accessKeyId, secretAccessKey, sessionToken),
    );
  }

  async deleteKey(providerId: number): Promise<void> {
    this.providers = upsert(this.providers, await api.deleteKey(providerId));
  }
}

export const app = new AppState();
