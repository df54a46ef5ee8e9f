// Generated from the Rust types by `src-tauri/src/ipc.rs`; do not edit.
// Regenerate: UPDATE_BINDINGS=1 cargo test -p switchboard bindings

export type ProviderKind = "openai" | "anthropic" | "gemini" | "bedrock" | "azure" | "ollama";

export type ExtraHeader = { name: string, value: string, };

export type ProviderSettings = { 
/**
 * Azure: the `api-version` query parameter.
 */
api_version?: string | null, 
/**
 * Bedrock: the AWS region signed for (and the default endpoint's region).
 */
region?: string | null, 
/**
 * The OpenAI-compatible preset this provider was made from (`groq`, `openrouter`,
 * …), which decides its request quirks.
 */
preset?: string | null, 
/**
 * Extra request headers (no credentials: those live in the keyring).
 */
headers?: Array<ExtraHeader>, };

export type StopKind = "end" | "length" | "content_filter" | "refusal" | "tool_use" | "other";

export type StopReason = { kind: StopKind, raw: string, };

export type Provider = { id: number, name: string, kind: ProviderKind, base_url: string, default_model: string, 
/**
 * The catalogue vendor whose models this provider serves; `None` = recognise it
 * from the base URL's host (a gateway or local server needs it set).
 */
vendor: string | null, 
/**
 * A server on the user's own machine or network (Ollama, LM Studio, …): its calls
 * cost nothing, so no budget limits them and unpriced models are fine.
 */
local: boolean, 
/**
 * Per-kind settings (Azure api-version, Bedrock region, preset, extra headers).
 */
settings: ProviderSettings, has_key: boolean, created_at: number, };

export type Preset = { id: string, label: string, base_url: string, 
/**
 * Runs on the user's machine: keyless and free to the budget.
 */
local: boolean, 
/**
 * A model to start with (the user can pick another).
 */
default_model: string, };

export type ListedModel = { id: string, 
/**
 * The catalogue knows its price (so the router can use it and budgets can bound
 * it); an unpriced model can still be chosen, and given a price in Settings.
 */
priced: boolean, };

export type ModelListing = { models: Array<ListedModel>, 
/**
 * Whether the list came from the provider's API (false: from the catalogue).
 */
from_api: boolean, };

export type ConnectionTest = { ok: boolean, 
/**
 * What worked or failed, in one sentence.
 */
message: string, 
/**
 * The error's code when it failed (`auth`, `network`, `not_an_api`, …).
 */
code: string | null, models: Array<ListedModel>, };

export type DetectedOllama = { base_url: string, models: Array<string>, 
/**
 * A saved provider already points at it.
 */
added: boolean, };

export type ProviderInput = { name: string, kind: ProviderKind, base_url: string, default_model: string, 
/**
 * See [`Provider::vendor`]; absent means "recognise from the URL".
 */
vendor: string | null, 
/**
 * See [`Provider::local`].
 */
local: boolean, 
/**
 * See [`Provider::settings`].
 */
settings: ProviderSettings, };

export type Role = "system" | "user" | "assistant";

export type MessageStatus = "streaming" | "complete" | "stopped" | "interrupted" | "error";

export type Usage = { input_tokens: number, output_tokens: number, 
/**
 * Of `output_tokens`, spent on hidden reasoning.
 */
reasoning_tokens: number, 
/**
 * Of `input_tokens`, read from the provider's prompt cache.
 */
cache_read_tokens: number, 
/**
 * Of `input_tokens`, written to the provider's prompt cache.
 */
cache_write_tokens: number, };

export type ErrorInfo = { code: string, message: string, };

export type Conversation = { id: number, title: string, 
/**
 * Kept at the top of the list.
 */
pinned: boolean, 
/**
 * Hidden from the main list (still searchable).
 */
archived: boolean, created_at: number, updated_at: number, };

export type AttachmentKind = "image" | "text";

export type Attachment = { id: number, name: string, mime: string, kind: AttachmentKind, size: number, };

export type AttachmentInput = { name: string, mime: string, data_base64: string, };

export type AttachmentData = { attachment: Attachment, data_base64: string, };

export type Message = { id: number, conversation_id: number, role: Role, content: string, 
/**
 * The model's visible reasoning (thinking), kept apart from the answer.
 */
reasoning: string | null, status: MessageStatus, 
/**
 * Why the model stopped, when it said (assistant messages only).
 */
stop: StopReason | null, 
/**
 * Model that answered (assistant messages only).
 */
model: string | null, 
/**
 * Name of the provider that answered (assistant messages only).
 */
provider: string | null, usage: Usage | null, error: ErrorInfo | null, 
/**
 * Files attached to this message (user messages).
 */
attachments: Array<Attachment>, 
/**
 * The message this one follows in the conversation's tree; `None` for a first
 * message. Siblings (same parent) are alternatives: edits and regenerations.
 */
parent_id: number | null, created_at: number, updated_at: number, };

export type Branch = { message_id: number, siblings: number[], };

export type BackupKind = "daily" | "before_update" | "before_upgrade" | "replaced" | "damaged" | "manual";

export type BackupInfo = { 
/**
 * File name inside the backups folder (what restore takes).
 */
name: string, kind: BackupKind, created_at: number, size: number, };

export type BackupSettings = { 
/**
 * Take a copy each day.
 */
daily: boolean, 
/**
 * How many daily copies to keep (1–365).
 */
keep: number, };

export type ConversationView = { conversation: Conversation, messages: Array<Message>, branches: Array<Branch>, };

export type ConversationPage = { conversation: Conversation, messages: Array<Message>, 
/**
 * Alternatives of the messages on this page.
 */
branches: Array<Branch>, 
/**
 * Messages on the shown branch before this page (0: the page starts at the first).
 */
earlier: number, 
/**
 * Messages on the whole shown branch.
 */
total: number, };

export type ExportFormat = "chatgpt" | "claude" | "switchboard";

export type Skipped = { title: string, reason: string, };

export type ImportSummary = { format: ExportFormat, 
/**
 * Conversations new to Switchboard.
 */
conversations_added: number, 
/**
 * Conversations imported before that gained messages now.
 */
conversations_updated: number, 
/**
 * Conversations imported before with nothing new.
 */
conversations_unchanged: number, messages_added: number, 
/**
 * Titles of the conversations added with instructions of their own, sent with every
 * turn in them: a system prompt (a Switchboard export's) or system messages (a
 * ChatGPT export's). The summary says so: someone else's export brings theirs.
 */
with_system_prompt: Array<string>, skipped: Array<Skipped>, };

export type ImportProgress = { done: number, total: number, };

export type ExportSummary = { conversations: number, messages: number, attachments: number, 
/**
 * Every file written, the main one first.
 */
files: Array<string>, };

export type DatabaseRecovery = { 
/**
 * Why the database could not be opened; `None` when it opened.
 */
error: IpcError | null, 
/**
 * The file is sound and what stopped it is outside it (a read-only folder, a full
 * disk, a newer version): once that is fixed, starting again opens it as it was.
 */
file_intact: boolean, data_dir: string | null, backups: Array<BackupInfo>, };

export type SearchHit = { conversation_id: number, title: string, 
/**
 * The matching message; for a title match, the conversation's first message.
 */
message_id: number | null, 
/**
 * `None` for a title match.
 */
role: Role | null, 
/**
 * Text around the match, each match between [`MARK_START`] and [`MARK_END`].
 */
snippet: string, created_at: number, archived: boolean, };

export type Placement = { "kind": "continue" } | { "kind": "edit", message_id: number, } | { "kind": "regenerate", message_id: number, };

export type KeyringStatus = { available: boolean, 
/**
 * Why the keyring cannot be used and how to fix it; `None` when it can.
 */
message: string | null, };

export type AppStatus = { data_dir: string, keyring: KeyringStatus, };

export type SendTurn = { conversation_id: number | null, text: string, provider_id: number, model: string | null, 
/**
 * Files attached to the message (images, text files).
 */
attachments: Array<AttachmentInput>, 
/**
 * Where the turn goes in the conversation's tree (default: after the last message).
 */
placement?: Placement, };

export type TurnStarted = { conversation_id: number, user_message_id: number, assistant_message_id: number, model: string, provider: string, };

export type TurnEvent = { "type": "started", conversation_id: number, user_message_id: number, assistant_message_id: number, model: string, provider: string, } | { "type": "delta", text: string, } | { "type": "reasoning", text: string, } | { "type": "usage", usage: Usage, } | { "type": "retrying", attempt: number, wait_ms: number, code: string, message: string, } | { "type": "finished", status: MessageStatus, 
/**
 * The provider's own stop reason (`stopped` when the user stopped the turn).
 */
stop_reason: string | null, 
/**
 * The same, in one vocabulary for every provider.
 */
stop_kind: StopKind | null, usage: Usage | null, } | { "type": "error", code: string, message: string, };

export type Task = "code" | "reasoning" | "planning" | "writing" | "summarize" | "translate" | "chat";

export type Basis = "rule" | "model" | "follow_up";

export type Evidence = { feature: string, weight: number, };

export type Alternative = { task: Task, confidence: number, };

export type Classification = { task: Task, 
/**
 * 0..1; for the model, its probability; rules and follow-ups report at least the
 * confidence their precision on the evaluation set supports, except a follow-up
 * that only breaks the model's near-tie, which reports the model's own top
 * probability (so the router stays as careful as the model is unsure).
 */
confidence: number, basis: Basis, 
/**
 * One line saying why, e.g. "asks to translate (“übersetze”)".
 */
reason: string, 
/**
 * The model features that most favour `task` over the closest alternative.
 */
features: Array<Evidence>, 
/**
 * The model's most likely task after `task`: what the router also weighs when the
 * classifier is unsure. Absent from records written before it existed.
 */
runner_up: Alternative | null, };

export type Usd = number;

export type ModelRef = string;

export type QualityPreference = "cheapest" | "balanced" | "best";

export type BudgetMode = "soft" | "hard";

export type Access = { "kind": "ready" } | { "kind": "no_provider" } | { "kind": "no_key", provider: string, };

export type Rejection = { "kind": "not_in_catalogue" } | { "kind": "no_provider" } | { "kind": "no_key", provider: string, } | { "kind": "no_vision" } | { "kind": "no_tools" } | { "kind": "context_too_small", needed: number, window: number, } | { "kind": "over_budget", 
/**
 * The least this model needs reserved: the input plus a minimal answer.
 */
needed: Usd, remaining: Usd, };

export type Verdict = { "kind": "picked" } | { "kind": "fallback", rank: number, } | { "kind": "rejected", reason: Rejection, };

export type Candidate = { model: ModelRef, name: string, 
/**
 * Quality tier for this task (0 when not in the catalogue).
 */
quality: number, input_tokens: number, 
/**
 * The oldest messages of the conversation not sent, so the rest fits the window.
 */
left_out: number, 
/**
 * Output limit sent with the request (after clamping to the budget).
 */
max_output: number, 
/**
 * Input plus a typical answer.
 */
expected_cost: Usd, 
/**
 * Input plus `max_output`: what a reservation holds.
 */
reserve: Usd, verdict: Verdict, };

export type Blocked = { 
/**
 * The least any otherwise eligible model needs reserved.
 */
needed: Usd, remaining: Usd, };

export type NoKeyGroup = { 
/**
 * In the order they were considered.
 */
models: Array<ModelRef>, 
/**
 * One line: "12 models skipped: no key (GPT-6 Luna, Gemini 3.8 Flash, Claude Haiku
 * 5.5 and 9 more)". Each front end adds where to add a key.
 */
summary: string, };

export type RouteDecision = { task: Task, quality: QualityPreference, pick: ModelRef | null, 
/**
 * One or two sentences a person can read.
 */
reason: string, pinned: boolean, sticky: boolean, candidates: Array<Candidate>, blocked: Blocked | null, 
/**
 * The candidates skipped for want of a key, grouped (they stay in `candidates` too).
 */
no_key: NoKeyGroup | null, };

export type Cap = { amount: Usd, mode: BudgetMode, };

export type Ledger = { cap: Cap | null, 
/**
 * Settled cost.
 */
spent: Usd, 
/**
 * Held by turns in flight.
 */
reserved: Usd, 
/**
 * Calls on models with no price: in the ledger, at no cost, their cost unknown.
 */
unpriced_calls: number, };

export type RouteOptions = { 
/**
 * Classify and route as a follow-up in this conversation.
 */
conversation_id: number | null, quality: QualityPreference | null, 
/**
 * Treat the budget as a hard cap with this much left.
 */
budget_left: number | null, pinned: ModelRef | null, };

export type RoutePreview = { classification: Classification, decision: RouteDecision, 
/**
 * True when no provider is configured, so every vendor was assumed usable to
 * show what the route would be once one is.
 */
assumed_access: boolean, };

export type FallbackTaken = { model: ModelRef, code: string, message: string, };

export type Selection = "routed" | "pinned" | "chosen";

export type RouteRecord = { classification: Classification, decision: RouteDecision, 
/**
 * Records written before chosen turns had records were all routed.
 */
selection: Selection, fallbacks: Array<FallbackTaken>, 
/**
 * Calls sent again to the same model after failing before the first token.
 */
retries: number, answered_by: ModelRef | null, 
/**
 * The provider (as the user named it) that served the answer.
 */
provider: string | null, 
/**
 * False when the model has no price in the catalogue: its tokens are recorded, its
 * cost is unknown (shown as "price unknown", never as $0.00).
 */
priced: boolean, 
/**
 * The reservation (worst case) of the model that answered.
 */
reserved: Usd, settled: Usd | null, 
/**
 * Settled from the provider's reported usage, not estimated.
 */
exact: boolean, budget_before: Ledger, budget_after: Ledger | null, 
/**
 * The oldest message of the conversation the answering call sent (its prompt when
 * it sent nothing before it): the messages above it on the path were not sent, for
 * the model's window or the conversation's Context setting. None in records written
 * before it was kept.
 */
first_sent: number | null, };

export type StoredRecord = { message_id: number, record: RouteRecord | null, 
/**
 * Set when the stored record cannot be read (damaged, or from a newer build).
 */
error: string | null, };

export type BudgetStatus = { conversation: Ledger, month: Ledger, };

export type BudgetSettings = { 
/**
 * Cap for conversations that set none; `None` = unlimited.
 */
conversation_cap: Usd | null, conversation_mode: BudgetMode, 
/**
 * Cap on all spend in a calendar month (UTC); `None` = unlimited.
 */
monthly_cap: Usd | null, monthly_mode: BudgetMode, quality: QualityPreference, 
/**
 * What a new chat starts with: a provider (and model) to answer its turns, or
 * `None` for Auto (the router picks per message).
 */
default_provider_id: number | null, 
/**
 * The model at `default_provider_id`; `None` = that provider's default model.
 */
default_model: string | null, 
/**
 * The system prompt of conversations that set none of their own.
 */
system_prompt: string | null, };

export type ConversationRouting = { budget_cap: Usd | null, budget_mode: BudgetMode | null, quality: QualityPreference | null, pinned_model: string | null, 
/**
 * The provider chosen for this conversation's turns (the composer's model picker);
 * `None` = Auto: the router picks (within `pinned_model`, when set).
 */
chosen_provider_id: number | null, 
/**
 * The model at `chosen_provider_id`; `None` = that provider's default model.
 */
chosen_model: string | null, 
/**
 * This conversation's system prompt; `None` = the default in Settings.
 */
system_prompt: string | null, 
/**
 * Send at most this many of the newest messages (besides the system prompt and the
 * new one); `None` = all that the model's window holds.
 */
context_messages: number | null, };

export type SendRoutedTurn = { conversation_id: number | null, text: string, options: RouteOptions, 
/**
 * Files attached to the message (images, text files).
 */
attachments: Array<AttachmentInput>, 
/**
 * Where the turn goes in the conversation's tree (default: after the last message).
 */
placement?: Placement, };

export type Tokenizer = "openai" | "estimate";

export type Vendor = { id: string, name: string, base_url: string, 
/**
 * Hosts that identify this vendor in a provider's base URL.
 */
hosts: Array<string>, needs_key: boolean, tokenizer: Tokenizer, };

export type Price = { input: number, output: number, cache_read: number | null, cache_write: number | null, 
/**
 * Only where reasoning tokens bill differently from output.
 */
reasoning: number | null, };

export type Capabilities = { vision: boolean, tools: boolean, reasoning: boolean, };

export type Quality = { code: number, reasoning: number, planning: number, writing: number, summarize: number, translate: number, chat: number, };

export type ModelInfo = { vendor: string, 
/**
 * The id the vendor's API expects.
 */
id: string, name: string, context_window: number, max_output: number, price: Price, capabilities: Capabilities, quality: Quality, };

export type CatalogueSource = { name: string, version: string, licence: string, url: string, retrieved: string, };

export type Catalogue = { source: CatalogueSource, vendors: Array<Vendor>, models: Array<ModelInfo>, routes: { [key in Task]?: Array<ModelRef> }, };

export type CatalogueEdits = { 
/**
 * Added models, or replacements for shipped ones (matched by vendor and id).
 */
models: Array<ModelInfo>, 
/**
 * Shipped models the user removed.
 */
removed: Array<ModelRef>, 
/**
 * Routes the user set, replacing the shipped route for that task.
 */
routes: { [key in Task]?: Array<ModelRef> }, };

export type CatalogueState = { 
/**
 * In effect: defaults plus edits.
 */
catalogue: Catalogue, 
/**
 * The user's edits, as stored.
 */
edits: CatalogueEdits, 
/**
 * Models the defaults ship (a model in `catalogue` but not here was added by the user).
 */
shipped_models: Array<ModelRef>, 
/**
 * Routes the defaults ship, to show what "Reset" goes back to.
 */
shipped_routes: { [key in Task]?: Array<ModelRef> }, 
/**
 * Whether each model in effect can be called with the providers and keys set up now
 * (the router's own rule), so Settings → Routing can mark the ones without a key.
 */
access: { [key in ModelRef]: Access }, };

export type SpendLine = { key: string, cost: Usd, calls: number, 
/**
 * Of `calls`, those on models with no price.
 */
unpriced_calls: number, input_tokens: number, output_tokens: number, };

export type DailySpend = { day: string, model: string, provider: string, task: string, cost: Usd, };

export type UsageSummary = { 
/**
 * Start of the period (Unix ms).
 */
since: number, total: Usd, 
/**
 * Of `total`, the part settled from estimates rather than reported usage.
 */
estimated: Usd, calls: number, 
/**
 * Of `calls`, those on models with no price (counted at no cost).
 */
unpriced_calls: number, by_model: Array<SpendLine>, by_provider: Array<SpendLine>, by_task: Array<SpendLine>, 
/**
 * Per UTC day: `YYYY-MM-DD`.
 */
by_day: Array<SpendLine>, 
/**
 * Spend per day and model/provider/task, for charts that split each day.
 */
daily: Array<DailySpend>, };

export type UpdateChannel = "stable" | "beta";

export type UpdateSettings = { 
/**
 * Check on start and every `interval_hours`; off means only "Check now".
 */
automatic: boolean, channel: UpdateChannel, interval_hours: number, 
/**
 * Manifest URL template; `None` uses the built-in one.
 */
endpoint: string | null, };

export type CheckResult = { "kind": "up_to_date" } | { "kind": "available", version: string, } | { "kind": "failed", message: string, };

export type Installing = { from: string, to: string, at: number, backup: string, };

export type InstallOutcome = { "kind": "updated", from: string, to: string, } | { "kind": "failed", from: string, to: string, running: string, };

export type UpdateState = { last_check_at: number | null, last_result: CheckResult | null, 
/**
 * The last version offered and when, for the once-a-day rule.
 */
offered_version: string | null, offered_at: number | null, installing: Installing | null, 
/**
 * Set after a relaunch, until the UI has shown it.
 */
outcome: InstallOutcome | null, };

export type UpdateOffer = { version: string, current_version: string, 
/**
 * Release notes (Markdown; the UI sanitises it like model output).
 */
notes: string | null, 
/**
 * Publication date (RFC 3339), when the manifest gives one.
 */
date: string | null, };

export type UpdateStatus = { current_version: string, settings: UpdateSettings, state: UpdateState, 
/**
 * Found by the last check and worth showing now.
 */
offer: UpdateOffer | null, 
/**
 * The offer's package is downloaded and verified: "Restart to update" is next.
 */
downloaded: boolean, };

export type AboutInfo = { version: string, 
/**
 * UTC date of the build, `YYYY-MM-DD`.
 */
build_date: string, data_dir: string, log_file: string, backups_dir: string, };

export type DownloadEvent = { "type": "progress", downloaded: number, total: number | null, } | { "type": "finished" };

export type IpcError = { code: string, message: string, };
