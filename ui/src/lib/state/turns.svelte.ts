// The turn in flight: sending a message, an edited prompt or a request for another answer,
// streaming the answer in, stopping it, and reconciling it with the database when it ends.
// The turn lives here (not in the open conversation's messages) until the backend says it is
// over; the open conversation overlays it where it goes (see open.svelte.ts). Invariants:
//  - at most one turn streams at a time;
//  - a turn starts only once a waiting deletion reached the backend (else the new turn could
//    land in the branch being deleted);
//  - streamed text is never dropped: terminal events keep partial content (see turn.ts), and a
//    failed reload at the end keeps what streamed on screen;
//  - once the turn ends the conversation's newest page is reloaded from the database, so the
//    screen always ends in sync with what is stored.

import { Channel } from "@tauri-apps/api/core";
import * as api from "../api";
import { toIpcError } from "../api";
import type {
  AttachmentInput,
  Attachment,
  IpcError,
  Ledger,
  Message,
  MessageStatus,
  Placement,
  Role,
  RoutePreview,
  TurnEvent,
} from "../bindings";
import type { RoutingChoice } from "../choice";
import { cachedAttachment, describeInput, seedAttachment } from "../attachments";
import { PAGE_SIZE } from "../paging";
import { applyTurnEvent, retryNotice } from "../turn";
import type { Conversations } from "./conversations.svelte";
import type { Navigation } from "./navigation.svelte";
import type { Notices } from "./notices.svelte";
import type { OpenConversation } from "./open.svelte";
import type { Providers } from "./providers.svelte";

/** Who answers a turn: the conversation's choice, or the router (pinned to a model, or not)
 * whatever the conversation chose. */
export type Target = { kind: "choice" } | { kind: "routed"; pinned: string | null };

const CONTINUE: Placement = { kind: "continue" };

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

export class Turns {
  readonly #notices: Notices;
  readonly #navigation: Navigation;
  readonly #providers: Providers;
  readonly #conversations: Conversations;
  readonly #open: OpenConversation;

  turn = $state.raw<Turn | null>(null);
  /** Shown next to the composer: why the last send/stop failed. */
  composerError = $state.raw<IpcError | null>(null);
  /** A turn exists (streaming or being reconciled with the database). */
  busy = $derived(this.turn !== null);
  /** The answer is still streaming, so it can be stopped. */
  streaming = $derived(this.turn !== null && this.turn.assistant.status === "streaming");

  #turnSeq = 0;
  #placeholderIds = 0;
  /** A turn is being started (waiting for a deletion to reach the backend first). */
  #starting = false;
  /** Saving a new chat's choice to the conversation its first turn created. */
  #adopting: Promise<void> = Promise.resolve();

  constructor(deps: {
    notices: Notices;
    navigation: Navigation;
    providers: Providers;
    conversations: Conversations;
    open: OpenConversation;
  }) {
    this.#notices = deps.notices;
    this.#navigation = deps.navigation;
    this.#providers = deps.providers;
    this.#conversations = deps.conversations;
    this.#open = deps.open;
  }

  clearError(): void {
    this.composerError = null;
  }

  /** After a send the budget refused: edit the cap that blocked it. A conversation's own cap
   * is edited in its header; a new chat is blocked by the defaults or the monthly cap. */
  raiseCap(): void {
    this.composerError = null;
    // The router is bound by the tighter of the two hard caps; that is the one to raise.
    const left = (l: Ledger | undefined): number =>
      l?.cap?.mode === "hard" ? l.cap.amount - l.spent - l.reserved : Number.POSITIVE_INFINITY;
    const budget = this.#open.budget;
    const conversationLeft = left(budget?.conversation);
    if (this.#open.activeId !== null && conversationLeft <= left(budget?.month)) {
      this.#navigation.openCapEditor();
    } else {
      this.#navigation.openSettings("budget");
    }
  }

  /** What the router would do with `text` in conversation `conversationId` (null: a new chat),
   * pinned to `pinned`, without sending it. */
  async previewRoute(text: string, conversationId: number | null, pinned: string | null): Promise<RoutePreview> {
    return api.previewRoute(text, { conversation_id: conversationId, quality: null, budget_left: null, pinned });
  }

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

  async #startTurn(
    text: string,
    attachments: AttachmentInput[],
    target: Target,
    placement: Placement,
  ): Promise<boolean> {
    const open = this.#open;
    const body = text.trim();
    // Another answer re-sends the stored prompt: it has no text of its own.
    const regenerating = placement.kind === "regenerate";
    if ((!regenerating && body === "" && attachments.length === 0) || this.turn !== null || this.#starting)
      return false;
    const behind = placement.kind === "continue" && open.activeId !== null && open.later > 0;
    const deletions = this.#notices.deletions;
    if (deletions.pending !== null || behind) {
      this.#starting = true;
      try {
        // The turn must not land in (or be answered from) a branch that is about to be deleted.
        await deletions.flush();
        // A new message goes after the branch's end: show that end, to show it there.
        if (behind && open.later > 0) await open.showNewest();
      } finally {
        this.#starting = false;
      }
      if (this.turn !== null) return false;
    }
    const choice = open.choice;
    if (choice === null) return false;
    const pinned = target.kind === "routed" ? target.pinned : null;
    const providerId = target.kind === "choice" ? choice.chosen_provider_id : null;
    const provider = providerId === null ? null : (this.#providers.list.find((p) => p.id === providerId) ?? null);
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
    const conversationId = open.activeId;
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
    const messages = this.#open.messages;
    const at = messages.findIndex((m) => m.id === answerId);
    const answer = messages[at];
    if (answer === undefined) return null;
    const parent = messages.find((m) => m.id === answer.parent_id);
    if (parent !== undefined) return parent;
    // Without a parent id (never the case for stored answers): the user message above it.
    for (let i = at - 1; i >= 0; i -= 1) {
      const m = messages[i];
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
        this.#open.adoptNew(event.conversation_id, t.choice);
      }
      void this.#conversations.refreshHead();
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
    const open = this.#open;
    try {
      const page = await api.conversationPage(conversationId, null, PAGE_SIZE);
      // Its new title and time of activity (nothing else in the list changed).
      this.#conversations.put(page.conversation);
      this.#keepSentFiles(t.user, page.messages);
      if (open.activeId === conversationId) {
        open.takePage(page);
        void open.refreshRouting(conversationId);
      }
    } catch (err) {
      // Keep what streamed on screen rather than lose it with the failed reload.
      if (open.activeId === conversationId) open.keepVisible();
      this.#notices.fail(err);
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
      this.#notices.fail(err);
    }
  }
}
