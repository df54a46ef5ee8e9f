// The fake Tauri backend that the UI's tests run against: `invoke` answers from per-command
// handlers the test sets and records every call; `Channel` is inert (tests deliver events by
// calling `onmessage`). Use it with
//   vi.mock("@tauri-apps/api/core", async () => (await import("<path>/test/fakeBackend")).fakeCore);
// and import `backend` from the same module: the mock and the test then share one instance.
// App events (`listen` from "@tauri-apps/api/event") come from `fakeEvent`: mock that module the
// same way, and `backend.emit(name, payload)` delivers an event to whoever listens.
//
// Conversations are paged like the backend pages them (`conversation_page`,
// `conversation_page_around`): a test's `open_conversation` handler stands for the database
// (the shown branch, whole), and a test's `select_branch` or `delete_message` handler answers
// with the branch shown afterwards, whole: it becomes the shown branch of its conversation
// (until the test sets another `open_conversation` handler), and the UI gets the page of it
// the engine returns (around the message for a switch, the newest for a deletion).
//
// A few read-mostly commands answer sensibly without a handler (see `defaults`): the provider
// presets, no local Ollama (`detect_ollama` answers null), the budget settings and a
// conversation's routing as nothing stored (`NO_SETTINGS`, `NO_ROUTING`: no caps, no choice, no
// system prompt), and for a provider that the test's `list_providers` handler returns, its
// models, a connection test and storing its AWS credentials; and `attachment` serves the files a
// test put in `backend.files` (by id). A test's own handler always wins.

import type {
  AttachmentData,
  BudgetSettings,
  ConnectionTest,
  ConversationPage,
  ConversationRouting,
  ConversationView,
  ListedModel,
  ModelListing,
  Preset,
  Provider,
} from "../lib/bindings";

export type Handler = (args: Record<string, unknown>) => unknown;
type EventHandler = (event: { event: string; id: number; payload: unknown }) => void;

/** The shown branch of each conversation as the last branch switch or deletion left it. */
const shownBranch = new Map<number, ConversationView>();

/** Per-command handlers; setting `open_conversation` (a new database) forgets the branches that
 * switches and deletions showed in the old one. */
class Handlers extends Map<string, Handler> {
  override set(command: string, handler: Handler): this {
    if (command === "open_conversation") shownBranch.clear();
    return super.set(command, handler);
  }

  override clear(): void {
    shownBranch.clear();
    super.clear();
  }
}

export const backend = {
  handlers: new Handlers(),
  calls: [] as Array<{ command: string; args: Record<string, unknown> }>,
  /** Stored attachments with their bytes, by id, for the `attachment` command. */
  files: new Map<number, AttachmentData>(),
  /** Who listens to which app event (see `fakeEvent`). */
  listeners: new Map<string, Set<EventHandler>>(),
  /** Delivers an app event (as the backend's `emit` would) to its listeners. */
  emit(event: string, payload: unknown): void {
    for (const handler of [...(this.listeners.get(event) ?? [])]) handler({ event, id: 0, payload });
  },
};

/** The backend's largest page (engine MAX_PAGE). */
const MAX_PAGE = 500;

/** The conversation's shown branch, whole: as switched or deleted, else as the test's
 * `open_conversation` handler has it. */
async function branchOf(id: number): Promise<ConversationView> {
  const shown = shownBranch.get(id);
  if (shown !== undefined) return shown;
  const open = backend.handlers.get("open_conversation");
  if (open === undefined) throw { code: "not_found", message: `conversation ${id} does not exist` };
  return (await open({ id })) as ConversationView;
}

/** Messages `start..end` of a branch as a page, like the engine's `page`. */
function pageOf(view: ConversationView, start: number, end: number): ConversationPage {
  const messages = view.messages.slice(start, end);
  const ids = new Set(messages.map((m) => m.id));
  return {
    conversation: view.conversation,
    messages,
    branches: view.branches.filter((b) => ids.has(b.message_id)),
    earlier: start,
    total: view.messages.length,
  };
}

/** The page of `limit` messages with `messageId` in its middle, like the engine's. */
function pageAround(view: ConversationView, messageId: number, limit: number): ConversationPage {
  const ids = view.messages.map((m) => m.id);
  const found = ids.indexOf(messageId);
  const at = found < 0 ? ids.length : found;
  const end = Math.min(Math.max(0, at - Math.floor(limit / 2)) + limit, ids.length);
  return pageOf(view, Math.max(0, end - limit), end);
}

function pageLimit(args: Record<string, unknown>): number {
  return Math.min(MAX_PAGE, Math.max(1, args.limit as number));
}

/** A 1×1 transparent PNG, base64. */
export const PNG_1X1 =
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==";

/** The backend's OpenAI-compatible presets (src-tauri/crates/providers/src/presets.rs). */
export const PRESETS: Preset[] = [
  { id: "openai", label: "OpenAI", base_url: "https://api.openai.com/v1", local: false, default_model: "gpt-4.1-mini" },
  { id: "openrouter", label: "OpenRouter", base_url: "https://openrouter.ai/api/v1", local: false, default_model: "openai/gpt-4.1-mini" },
  { id: "groq", label: "Groq", base_url: "https://api.groq.com/openai/v1", local: false, default_model: "llama-3.3-70b-versatile" },
  { id: "mistral", label: "Mistral", base_url: "https://api.mistral.ai/v1", local: false, default_model: "mistral-small-latest" },
  { id: "deepseek", label: "DeepSeek", base_url: "https://api.deepseek.com/v1", local: false, default_model: "deepseek-chat" },
  { id: "xai", label: "xAI", base_url: "https://api.x.ai/v1", local: false, default_model: "grok-3-mini" },
  { id: "together", label: "Together AI", base_url: "https://api.together.xyz/v1", local: false, default_model: "meta-llama/Llama-3.3-70B-Instruct-Turbo" },
  { id: "lmstudio", label: "LM Studio", base_url: "http://localhost:1234/v1", local: true, default_model: "" },
  { id: "vllm", label: "vLLM", base_url: "http://localhost:8000/v1", local: true, default_model: "" },
  { id: "llamacpp", label: "llama.cpp server", base_url: "http://localhost:8080/v1", local: true, default_model: "" },
];

/** The app-wide defaults as the backend has them when nothing is stored (`BudgetSettings::default`). */
export const NO_SETTINGS: Readonly<BudgetSettings> = Object.freeze({
  conversation_cap: null,
  conversation_mode: "hard",
  monthly_cap: null,
  monthly_mode: "hard",
  quality: "balanced",
  default_provider_id: null,
  default_model: null,
  system_prompt: null,
});

/** A conversation's routing when it sets nothing of its own: Auto, default cap, quality and prompt. */
export const NO_ROUTING: Readonly<ConversationRouting> = Object.freeze({
  budget_cap: null,
  budget_mode: null,
  quality: null,
  pinned_model: null,
  chosen_provider_id: null,
  chosen_model: null,
  system_prompt: null,
  context_messages: null,
});

/** The provider with this id among those the test's `list_providers` handler returns. */
async function knownProvider(args: Record<string, unknown>): Promise<Provider> {
  const list = ((await backend.handlers.get("list_providers")?.({})) ?? []) as Provider[];
  const provider = list.find((p) => p.id === args.providerId);
  if (provider === undefined) throw { code: "not_found", message: `No provider with id ${String(args.providerId)}.` };
  return provider;
}

/** What a provider "lists": its default model (priced) and one model the catalogue lacks. */
function modelsOf(provider: Provider): ListedModel[] {
  return [
    { id: provider.default_model, priced: true },
    { id: `${provider.default_model}-preview`, priced: false },
  ];
}

export const defaults: Record<string, Handler> = {
  // The engine's paging: before a message (or the newest), and around one; a message that is
  // not on the branch counts as its end.
  conversation_page: async (args): Promise<ConversationPage> => {
    const view = await branchOf(args.id as number);
    const ids = view.messages.map((m) => m.id);
    const at = args.before === null ? -1 : ids.indexOf(args.before as number);
    const end = at < 0 ? ids.length : at;
    return pageOf(view, Math.max(0, end - pageLimit(args)), end);
  },
  conversation_page_around: async (args): Promise<ConversationPage> =>
    pageAround(await branchOf(args.id as number), args.messageId as number, pageLimit(args)),
  provider_presets: () => PRESETS,
  // No Ollama on the test machine: a test that wants one sets a handler.
  detect_ollama: () => null,
  attachment: (args): AttachmentData => {
    const file = backend.files.get(args.id as number);
    if (file === undefined) throw { code: "not_found", message: `No attachment with id ${String(args.id)}.` };
    return file;
  },
  budget_settings: (): BudgetSettings => ({ ...NO_SETTINGS }),
  conversation_routing: (): ConversationRouting => ({ ...NO_ROUTING }),
  list_models: async (args): Promise<ModelListing> => ({ models: modelsOf(await knownProvider(args)), from_api: true }),
  test_connection: async (args): Promise<ConnectionTest> => {
    const provider = await knownProvider(args);
    if (!provider.has_key && !provider.local) {
      return { ok: false, message: `${provider.name} has no key: add one first.`, code: "no_key", models: [] };
    }
    const models = modelsOf(provider);
    return { ok: true, message: `Connected to ${provider.name}: ${models.length} models available.`, code: null, models };
  },
  set_aws_credentials: async (args): Promise<Provider> => {
    const provider = await knownProvider(args);
    if (provider.kind !== "bedrock") throw { code: "invalid_input", message: "Only Bedrock takes AWS access keys." };
    if (args.accessKeyId === "" || args.secretAccessKey === "") {
      throw { code: "invalid_input", message: "The access key id and secret access key are both needed." };
    }
    return { ...provider, has_key: true };
  },
};

export const fakeCore = {
  invoke: async (command: string, args: Record<string, unknown> = {}) => {
    backend.calls.push({ command, args });
    const handler = backend.handlers.get(command) ?? defaults[command];
    if (handler === undefined) throw { code: "internal", message: `no fake for ${command}` };
    const result = await handler(args);
    // A branch switch or a deletion changes what the conversation shows from now on; the
    // engine answers with a page of it.
    if (command === "select_branch" || command === "delete_message") {
      const view = result as ConversationView;
      shownBranch.set(view.conversation.id, view);
      const limit = pageLimit(args);
      if (command === "select_branch") return pageAround(view, args.messageId as number, limit);
      return pageOf(view, Math.max(0, view.messages.length - limit), view.messages.length);
    }
    return result;
  },
  Channel: class {
    onmessage: (event: unknown) => void = () => {};
  },
};

export const fakeEvent = {
  listen: async (event: string, handler: EventHandler): Promise<() => void> => {
    const set = backend.listeners.get(event) ?? new Set<EventHandler>();
    set.add(handler);
    backend.listeners.set(event, set);
    return () => {
      set.delete(handler);
    };
  },
};
