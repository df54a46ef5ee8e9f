// The fake Tauri backend that the UI's tests run against: `invoke` answers from per-command
// handlers the test sets and records every call; `Channel` is inert (tests deliver events by
// calling `onmessage`). Use it with
//   vi.mock("@tauri-apps/api/core", async () => (await import("<path>/test/fakeBackend")).fakeCore);
// and import `backend` from the same module: the mock and the test then share one instance.
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
  ConversationRouting,
  ListedModel,
  ModelListing,
  Preset,
  Provider,
} from "../lib/bindings";

export type Handler = (args: Record<string, unknown>) => unknown;

export const backend = {
  handlers: new Map<string, Handler>(),
  calls: [] as Array<{ command: string; args: Record<string, unknown> }>,
  /** Stored attachments with their bytes, by id, for the `attachment` command. */
  files: new Map<number, AttachmentData>(),
};

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
    return handler(args);
  },
  Channel: class {
    onmessage: (event: unknown) => void = () => {};
  },
};
