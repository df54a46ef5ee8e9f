// Typed wrappers around every Tauri command in the IPC contract (notes/IPC.md).
// Invariant: every function here either resolves with the documented type or rejects with an
// `IpcError` object ({ code, message }) — never with a bare string or an Error — so callers can
// show `message` without guessing. API keys pass straight through to the backend and are never
// logged or kept here.

import { Channel, invoke, type InvokeArgs } from "@tauri-apps/api/core";
import { listen } from "@tauri-apps/api/event";
import type {
  AboutInfo,
  AppStatus,
  BackupInfo,
  DatabaseRecovery,
  ExportSummary,
  ImportSummary,
  ImportProgress,
  BackupSettings,
  AttachmentData,
  BudgetSettings,
  BudgetStatus,
  CatalogueEdits,
  CatalogueState,
  ConnectionTest,
  ConversationRouting,
  DetectedOllama,
  ModelListing,
  Preset,
  RouteOptions,
  RoutePreview,
  SendRoutedTurn,
  StoredRecord,
  UsageSummary,
  Conversation,
  ConversationView,
  ConversationPage,
  SearchHit,
  IpcError,
  Provider,
  ProviderInput,
  SendTurn,
  TurnEvent,
  TurnStarted,
  DownloadEvent,
  UpdateOffer,
  UpdateSettings,
  UpdateStatus,
} from "./bindings";

/** Turns whatever a rejected `invoke` (or anything else) threw into an `IpcError`. */
export function toIpcError(err: unknown): IpcError {
  if (typeof err === "object" && err !== null) {
    const rec = err as Record<string, unknown>;
    if (typeof rec.code === "string" && typeof rec.message === "string") {
      return { code: rec.code, message: rec.message };
    }
    if (err instanceof Error) {
      return { code: "internal", message: err.message };
    }
  }
  if (typeof err === "string" && err.length > 0) {
    return { code: "internal", message: err };
  }
  return { code: "internal", message: "Unexpected error" };
}

async function call<T>(command: string, args?: InvokeArgs): Promise<T> {
  try {
    return await invoke<T>(command, args);
  } catch (err) {
    throw toIpcError(err);
  }
}

export function appStatus(): Promise<AppStatus> {
  return call("app_status");
}

/** The schema version of the history when opening it upgrades it first, else null; answered
 * at once, while the backend may still be opening the history. */
export function pendingUpgrade(): Promise<number | null> {
  return call("pending_upgrade");
}

export function listProviders(): Promise<Provider[]> {
  return call("list_providers");
}

export function addProvider(input: ProviderInput, apiKey: string | null): Promise<Provider> {
  return call("add_provider", { input, apiKey });
}

export function updateProvider(id: number, input: ProviderInput): Promise<Provider> {
  return call("update_provider", { id, input });
}

export function deleteProvider(id: number): Promise<null> {
  return call("delete_provider", { id });
}

export function setKey(providerId: number, apiKey: string): Promise<Provider> {
  return call("set_key", { providerId, apiKey });
}

export function deleteKey(providerId: number): Promise<Provider> {
  return call("delete_key", { providerId });
}

/** Bedrock's AWS access keys, stored as the provider's one keyring entry (a Bedrock API key
 * goes through `setKey` instead). An empty session token counts as none. */
export function setAwsCredentials(
  providerId: number,
  accessKeyId: string,
  secretAccessKey: string,
  sessionToken: string | null,
): Promise<Provider> {
  return call("set_aws_credentials", { providerId, accessKeyId, secretAccessKey, sessionToken });
}

/** The OpenAI-compatible servers the provider form offers as presets. */
export function providerPresets(): Promise<Preset[]> {
  return call("provider_presets");
}

/** The provider's models (from its API where it lists them, else the catalogue), priced from the
 * catalogue. */
export function listModels(providerId: number): Promise<ModelListing> {
  return call("list_models", { providerId });
}

/** Checks that the provider answers with its credentials, without spending anything: resolves
 * with what worked or failed (a failed connection is a result, not a rejection). */
export function testConnection(providerId: number): Promise<ConnectionTest> {
  return call("test_connection", { providerId });
}

/** An Ollama running on this computer (localhost:11434) with its models, or null. */
export function detectOllama(): Promise<DetectedOllama | null> {
  return call("detect_ollama");
}

/** Every conversation (pinned first, then the most recently active), or the first `limit`. */
export function listConversations(limit?: number): Promise<Conversation[]> {
  return call("list_conversations", limit === undefined ? {} : { limit });
}

export function openConversation(id: number): Promise<ConversationView> {
  return call("open_conversation", { id });
}

/** An attached file with its bytes (base64), to show it in history. */
export function attachment(id: number): Promise<AttachmentData> {
  return call("attachment", { id });
}

export function renameConversation(id: number, title: string): Promise<Conversation> {
  return call("rename_conversation", { id, title });
}

/** A page of a conversation's shown branch: the `limit` messages before `before`, or the newest. */
export function conversationPage(id: number, before: number | null, limit: number): Promise<ConversationPage> {
  return call("conversation_page", { id, before, limit });
}

/** The page of a conversation's shown branch with `messageId` in its middle (a search hit). */
export function conversationPageAround(id: number, messageId: number, limit: number): Promise<ConversationPage> {
  return call("conversation_page_around", { id, messageId, limit });
}

/** Shows the branch through a message (the newest answers under it); resolves to the page of
 * at most `limit` messages around it. */
export function selectBranch(messageId: number, limit: number): Promise<ConversationPage> {
  return call("select_branch", { messageId, limit });
}

/** Deletes a message and everything under it (answers, follow-ups, their branches); resolves
 * to the newest page (at most `limit` messages) as now shown. */
export function deleteMessage(messageId: number, limit: number): Promise<ConversationPage> {
  return call("delete_message", { messageId, limit });
}

export function setPinned(id: number, pinned: boolean): Promise<null> {
  return call("set_pinned", { id, pinned });
}

export function setArchived(id: number, archived: boolean): Promise<null> {
  return call("set_archived", { id, archived });
}

/** Full-text search over every message and title, best first. */
export function searchHistory(query: string): Promise<SearchHit[]> {
  return call("search_history", { query });
}

/** Imports an export file (ChatGPT, Claude or Switchboard; zip or JSON): its bytes go as
 * the request body. Progress arrives as `import-progress` events. */
export function importHistory(bytes: Uint8Array): Promise<ImportSummary> {
  return call("import_history", bytes);
}

/** Calls `handler` with each `import-progress` event (conversations stored so far) until the
 * returned function is called. Rejects when the window may not listen to app events. */
export async function onImportProgress(handler: (progress: ImportProgress) => void): Promise<() => void> {
  try {
    return await listen<ImportProgress>("import-progress", (event) => handler(event.payload));
  } catch (err) {
    throw toIpcError(err);
  }
}

/** Exports one conversation (or all, with null) to a new file in Downloads. */
export function exportHistory(conversation: number | null, markdown: boolean): Promise<ExportSummary> {
  return call("export_history", { conversation, markdown });
}

/** Why the database could not be opened (null error when it did) and the backups to restore. */
export function databaseRecovery(): Promise<DatabaseRecovery> {
  return call("database_recovery");
}

/** With the database unusable: restore a backup by name, or (null) set the file aside and
 * start with an empty history. The app restarts. */
export function recoverDatabase(name: string | null): Promise<null> {
  return call("recover_database", { name });
}

/** With the database unusable for a cause outside its file (now fixed): the app restarts and
 * opens it as it was. */
export function startAgain(): Promise<null> {
  return call("start_again");
}

/** Every backup copy of the database, newest first. */
export function listBackups(): Promise<BackupInfo[]> {
  return call("list_backups");
}

export function backupNow(): Promise<BackupInfo> {
  return call("backup_now");
}

export function backupSettings(): Promise<BackupSettings> {
  return call("backup_settings");
}

export function setBackupSettings(settings: BackupSettings): Promise<null> {
  return call("set_backup_settings", { settings });
}

/** Restores a backup: the app restarts and puts it in place (the current file is kept). */
export function restoreBackup(name: string): Promise<null> {
  return call("restore_backup", { name });
}

export function deleteConversation(id: number): Promise<null> {
  return call("delete_conversation", { id });
}

/** Starts a turn; its events arrive on `onEvent` (they may arrive before this resolves). */
export function sendTurn(request: SendTurn, onEvent: Channel<TurnEvent>): Promise<TurnStarted> {
  return call("send_turn", { request, onEvent });
}

/** Stops the streaming answer whose assistant message id is `messageId`. */
export function stopTurn(messageId: number): Promise<null> {
  return call("stop_turn", { messageId });
}

/** Opens an http(s)/mailto URL in the system browser (the backend re-checks the scheme). */
export function openExternal(url: string): Promise<null> {
  return call("open_external", { url });
}

/** Starts a turn whose model the router picks; events arrive on `onEvent`. */
export function sendRoutedTurn(request: SendRoutedTurn, onEvent: Channel<TurnEvent>): Promise<TurnStarted> {
  return call("send_routed_turn", { request, onEvent });
}

/** What the router would do with `text` now; makes no call to any provider. */
export function previewRoute(text: string, options: RouteOptions): Promise<RoutePreview> {
  return call("preview_route", { text, options });
}

/** The route record of every answer of a conversation; an unreadable one comes with why. */
export function routeRecords(conversationId: number): Promise<StoredRecord[]> {
  return call("route_records", { conversationId });
}

export function budgetStatus(conversationId: number): Promise<BudgetStatus> {
  return call("budget_status", { conversationId });
}

export function conversationRouting(conversationId: number): Promise<ConversationRouting> {
  return call("conversation_routing", { conversationId });
}

export function setConversationRouting(conversationId: number, routing: ConversationRouting): Promise<null> {
  return call("set_conversation_routing", { conversationId, routing });
}

/** Spend over the last `days` days, or this month (UTC) when null. */
export function usageSummary(days: number | null): Promise<UsageSummary> {
  return call("usage_summary", { days });
}

/** The model catalogue and route table in effect, the user's edits, and the shipped defaults. */
export function catalogueState(): Promise<CatalogueState> {
  return call("catalogue_state");
}

/** Replaces all of the user's catalogue edits; rejects (nothing stored) if they do not check. */
export function setCatalogueEdits(edits: CatalogueEdits): Promise<CatalogueState> {
  return call("set_catalogue_edits", { edits });
}

/** App-wide defaults: conversation cap, monthly cap, quality, what a new chat starts with.
 * Rejects with `settings_unreadable` when the stored settings cannot be read. */
export function budgetSettings(): Promise<BudgetSettings> {
  return call("budget_settings");
}

/** Stores the settings, replacing whatever is stored (also settings that cannot be read). */
export function setBudgetSettings(settings: BudgetSettings): Promise<null> {
  return call("set_budget_settings", { settings });
}

/** The running version, update settings, what the last check found, and the pending offer. */
export function updateStatus(): Promise<UpdateStatus> {
  return call("update_status");
}

/** Stores Settings → Updates; rejects with `invalid_input` (a sentence) when they do not check. */
export function setUpdateSettings(settings: UpdateSettings): Promise<null> {
  return call("set_update_settings", { settings });
}

/** Checks now; the offer found (even one already offered today), or null when up to date.
 * Rejects with update_offline, update_server, update_no_platform, update_signature or
 * update_failed. */
export function checkForUpdate(): Promise<UpdateOffer | null> {
  return call("check_for_update");
}

/** Downloads and verifies the offered update; progress arrives on `onEvent`. */
export function downloadUpdate(onEvent: Channel<DownloadEvent>): Promise<null> {
  return call("download_update", { onEvent });
}

/** Installs the downloaded update and relaunches: resolves only if it failed to. `stopTurns`:
 * the user agreed to stop answers still streaming (else they make it refuse). */
export function installUpdate(stopTurns: boolean): Promise<null> {
  return call("install_update", { stopTurns });
}

/** The install outcome was shown: the backend forgets it. */
export function acknowledgeUpdate(): Promise<null> {
  return call("acknowledge_update");
}

/** Settings → About: version, build date and where data, logs and backups live. */
export function about(): Promise<AboutInfo> {
  return call("about");
}
