// Settings → Providers: what each provider kind asks for, as pure data and functions. The add and
// edit forms render only the fields `fieldsFor(kind)` names, fill them through the `with*`
// helpers and send `draftToInput(...)`, so the per-kind rules are unit-tested without a webview.
// Invariants:
//  - credentials are never part of a draft: the forms read them from uncontrolled inputs on
//    submit (`readCredentials`) and hand them straight to the backend;
//  - an input carries only the settings its kind uses (plus extra headers the provider had);
//  - the form only ever replaces a name or model it suggested itself, never one the user typed;
//  - a hosted OpenAI-compatible preset is its host: moving the URL to another host leaves the
//    preset (its quirks and its label) for Custom, and typing a preset's host selects it. A local
//    preset (LM Studio, vLLM, llama.cpp) stays with any URL, as those servers run anywhere;
//  - a saved provider's key is bound to its base URL: the backend deletes it when the URL
//    changes, so `keyDroppedBy` tells the form when to ask first.

import type { ExtraHeader, Preset, Provider, ProviderInput, ProviderKind, ProviderSettings, Vendor } from "./bindings";

/** The kinds in the order the picker offers them. */
export const KINDS: readonly ProviderKind[] = ["openai", "anthropic", "gemini", "azure", "bedrock", "ollama"];

export const KIND_LABELS: Record<ProviderKind, string> = {
  openai: "OpenAI-compatible",
  anthropic: "Anthropic",
  gemini: "Google Gemini",
  azure: "Azure OpenAI",
  bedrock: "AWS Bedrock",
  ollama: "Ollama",
};

/** One line under the kind picker saying what the kind covers. */
export const KIND_NOTES: Record<ProviderKind, string> = {
  openai:
    "OpenAI, or any server that speaks its Chat Completions API: OpenRouter, Groq, Mistral, DeepSeek, xAI, Together, LM Studio, vLLM, llama.cpp …",
  anthropic: "Claude models through Anthropic's Messages API.",
  gemini: "Gemini models through the Google AI (Generative Language) API.",
  azure: "A model you deployed in an Azure OpenAI resource.",
  bedrock: "Models on Amazon Bedrock, with AWS access keys or a Bedrock API key.",
  ollama: "Ollama's own API on this machine or your network: no key, and free to the budget.",
};

/** Everything a provider form can show; each kind shows a subset (`fieldsFor`). */
export type Field =
  | "preset"
  | "name"
  | "base_url"
  | "region"
  | "default_model"
  | "api_version"
  | "vendor"
  | "local"
  | "api_key"
  | "aws_credentials"
  | "headers";

const FIELDS: Record<ProviderKind, readonly Field[]> = {
  openai: ["preset", "name", "base_url", "default_model", "vendor", "local", "api_key", "headers"],
  anthropic: ["name", "base_url", "default_model", "api_key"],
  gemini: ["name", "base_url", "default_model", "api_key"],
  azure: ["name", "base_url", "default_model", "api_version", "api_key"],
  bedrock: ["name", "region", "base_url", "default_model", "aws_credentials", "api_key"],
  ollama: ["name", "base_url", "default_model"],
};

/** The fields a kind's form shows, in order. */
export function fieldsFor(kind: ProviderKind): readonly Field[] {
  return FIELDS[kind];
}

export function hasField(kind: ProviderKind, field: Field): boolean {
  return FIELDS[kind].includes(field);
}

/** The base URL a new provider of this kind starts with ("" = the user must give one, or for
 * Bedrock: the region's default endpoint). */
export const DEFAULT_BASE_URLS: Record<ProviderKind, string> = {
  openai: "https://api.openai.com/v1",
  anthropic: "https://api.anthropic.com",
  gemini: "https://generativelanguage.googleapis.com",
  azure: "",
  bedrock: "",
  ollama: "http://localhost:11434",
};

/** The api-version the backend uses for Azure when none is given. */
export const DEFAULT_AZURE_API_VERSION = "2024-10-21";

/** Bedrock's endpoint for a region (what the backend fills in when the endpoint is blank). */
export function bedrockDefaultUrl(region: string): string {
  return `https://bedrock-runtime.${region.trim()}.amazonaws.com`;
}

export type FieldText = { label: string; placeholder: string; hint: string | null };

/** How the base URL field is labelled for a kind. */
export function baseUrlText(kind: ProviderKind): FieldText {
  switch (kind) {
    case "azure":
      return {
        label: "Resource URL",
        placeholder: "https://RESOURCE.openai.azure.com",
        hint: "Your Azure OpenAI resource's endpoint, from the Azure portal (Keys and Endpoint).",
      };
    case "bedrock":
      return {
        label: "Endpoint URL (optional)",
        placeholder: "Leave blank for the region's endpoint",
        hint: "Only for a VPC or proxy endpoint; blank uses bedrock-runtime in the region.",
      };
    case "ollama":
      return { label: "Base URL", placeholder: DEFAULT_BASE_URLS.ollama, hint: "Ollama's own API (no /v1)." };
    default:
      return { label: "Base URL", placeholder: DEFAULT_BASE_URLS[kind], hint: null };
  }
}

const MODEL_EXAMPLES: Record<ProviderKind, string> = {
  openai: "gpt-4.1-mini",
  anthropic: "claude-sonnet-4-5",
  gemini: "gemini-2.5-flash",
  azure: "my-gpt-4o-deployment",
  bedrock: "anthropic.claude-3-5-haiku-20241022-v1:0",
  ollama: "llama3.2",
};

/** How the model field is labelled for a kind (Azure's model is its deployment). */
export function modelText(kind: ProviderKind): FieldText {
  switch (kind) {
    case "azure":
      return {
        label: "Deployment name",
        placeholder: MODEL_EXAMPLES.azure,
        hint: "The name you gave the model's deployment in Azure (it is what requests name).",
      };
    case "bedrock":
      return {
        label: "Model id",
        placeholder: MODEL_EXAMPLES.bedrock,
        hint: "A Bedrock model id or inference profile (like us.anthropic.…) enabled in the region.",
      };
    case "ollama":
      return { label: "Default model", placeholder: MODEL_EXAMPLES.ollama, hint: "A model you pulled (ollama pull …)." };
    default:
      return { label: "Default model", placeholder: MODEL_EXAMPLES[kind], hint: null };
  }
}

/** An example model for a kind, for validation messages. */
export function modelExample(kind: ProviderKind): string {
  return MODEL_EXAMPLES[kind];
}

/** The catalogue vendor a kind always serves (routing uses it); other kinds say it themselves
 * (OpenAI-compatible) or serve models under ids the catalogue does not use (Azure, Bedrock). */
const IMPLIED_VENDOR: Partial<Record<ProviderKind, string>> = {
  anthropic: "anthropic",
  gemini: "google",
  ollama: "ollama",
};

/** What the add and edit forms hold. Credentials are deliberately absent (see the module doc). */
export type ProviderDraft = {
  kind: ProviderKind;
  name: string;
  baseUrl: string;
  /** The default model (Azure: the deployment name; Bedrock: the model id). */
  model: string;
  /** Catalogue vendor id; "" = recognise it from the URL. */
  vendor: string;
  local: boolean;
  /** OpenAI-compatible preset id; "" = Custom. */
  preset: string;
  apiVersion: string;
  region: string;
  headers: ExtraHeader[];
  /** The name and model the form filled in itself: a later pick may replace those. */
  suggested: { name: string; model: string };
};

/** Whether the form may overwrite `value`: it is empty, or still what the form suggested. */
function replaceable(value: string, suggested: string): boolean {
  return value.trim() === "" || value === suggested;
}

function hostOf(url: string): string | null {
  try {
    const host = new URL(url.trim()).host.toLowerCase();
    return host === "" ? null : host;
  } catch {
    return null;
  }
}

/** The name a kind (or an OpenAI-compatible preset) suggests for a new provider. */
function suggestedName(kind: ProviderKind, preset: Preset | undefined): string {
  if (kind === "openai") return preset?.label ?? "";
  return KIND_LABELS[kind];
}

/** A fresh form for a kind. An OpenAI-compatible form starts on the OpenAI preset (when the
 * backend offers it). The name is left for the user (its placeholder suggests one). */
export function newDraft(kind: ProviderKind, presets: readonly Preset[]): ProviderDraft {
  const preset = kind === "openai" ? presets.find((p) => p.id === "openai") : undefined;
  const model = preset?.default_model ?? "";
  return {
    kind,
    name: "",
    baseUrl: preset?.base_url ?? DEFAULT_BASE_URLS[kind],
    model,
    vendor: "",
    local: kind === "ollama" || (preset?.local ?? false),
    preset: preset?.id ?? "",
    apiVersion: "",
    region: "",
    headers: [],
    suggested: { name: "", model },
  };
}

/** The name placeholder: what the form would call the provider. */
export function namePlaceholder(draft: ProviderDraft, presets: readonly Preset[]): string {
  return suggestedName(draft.kind, presets.find((p) => p.id === draft.preset)) || "My provider";
}

/** Switches a new provider's kind: the URL, preset and local flag start afresh for the kind; a
 * name or model the user typed is kept, a suggested one is replaced. */
export function withKind(draft: ProviderDraft, kind: ProviderKind, presets: readonly Preset[]): ProviderDraft {
  if (kind === draft.kind) return draft;
  const fresh = newDraft(kind, presets);
  const name = suggestedName(kind, presets.find((p) => p.id === fresh.preset));
  const keepName = !replaceable(draft.name, draft.suggested.name);
  const keepModel = !replaceable(draft.model, draft.suggested.model);
  return {
    ...fresh,
    name: keepName ? draft.name : name,
    model: keepModel ? draft.model : fresh.model,
    // A vendor picked for a kind that has no such field must not ride along unseen.
    vendor: hasField(kind, "vendor") ? draft.vendor : "",
    headers: draft.headers,
    suggested: { name: keepName ? draft.suggested.name : name, model: keepModel ? draft.suggested.model : fresh.model },
  };
}

/** Picks an OpenAI-compatible preset ("" = Custom): a preset fills the base URL, its default
 * model (when it has one; otherwise a suggested model is cleared) and the local flag. Custom
 * keeps what is there, to be edited. */
export function withPreset(draft: ProviderDraft, id: string, presets: readonly Preset[]): ProviderDraft {
  const preset = presets.find((p) => p.id === id);
  if (preset === undefined) return { ...draft, preset: "" };
  const model =
    preset.default_model !== ""
      ? preset.default_model
      : replaceable(draft.model, draft.suggested.model)
        ? ""
        : draft.model;
  const nameFree = replaceable(draft.name, draft.suggested.name);
  return {
    ...draft,
    preset: preset.id,
    baseUrl: preset.base_url,
    model,
    local: preset.local,
    name: nameFree ? preset.label : draft.name,
    suggested: { name: nameFree ? preset.label : draft.suggested.name, model: preset.default_model },
  };
}

/** The preset an OpenAI-compatible URL goes with (see the module doc): the current one while it
 * still fits, else the hosted preset whose host the URL names, else Custom (""). */
export function presetForUrl(current: string, url: string, presets: readonly Preset[]): string {
  const host = hostOf(url);
  const preset = presets.find((p) => p.id === current);
  if (preset !== undefined && (preset.local || hostOf(preset.base_url) === host)) return current;
  if (host === null) return "";
  return presets.find((p) => !p.local && hostOf(p.base_url) === host)?.id ?? "";
}

/** The draft after the user typed a base URL (an OpenAI-compatible preset follows it). */
export function withBaseUrl(draft: ProviderDraft, url: string, presets: readonly Preset[]): ProviderDraft {
  const preset = draft.kind === "openai" ? presetForUrl(draft.preset, url, presets) : draft.preset;
  return { ...draft, baseUrl: url, preset };
}

/** A saved provider as the edit form shows it. A Bedrock endpoint that is just its region's
 * default shows blank, so changing the region moves it along. */
export function draftFromProvider(provider: Provider): ProviderDraft {
  const region = provider.settings.region ?? "";
  const baseUrl =
    provider.kind === "bedrock" && region !== "" && provider.base_url === bedrockDefaultUrl(region)
      ? ""
      : provider.base_url;
  return {
    kind: provider.kind,
    name: provider.name,
    baseUrl,
    model: provider.default_model,
    vendor: provider.vendor ?? "",
    local: provider.local,
    preset: provider.settings.preset ?? "",
    apiVersion: provider.settings.api_version ?? "",
    region,
    headers: (provider.settings.headers ?? []).map((h) => ({ ...h })),
    suggested: { name: "", model: "" },
  };
}

/** Header rows the user filled in (blank rows are dropped; names are case-insensitive). */
export function cleanHeaders(headers: readonly ExtraHeader[]): ExtraHeader[] {
  return headers
    .map((h) => ({ name: h.name.trim().toLowerCase(), value: h.value.trim() }))
    .filter((h) => h.name !== "" || h.value !== "");
}

/** What the backend is sent for a draft: trimmed, and only the settings the kind uses. */
export function draftToInput(draft: ProviderDraft, vendors: readonly Vendor[] = []): ProviderInput {
  const kind = draft.kind;
  const settings: ProviderSettings = {};
  if (kind === "openai" && draft.preset !== "") settings.preset = draft.preset;
  if (kind === "azure" && draft.apiVersion.trim() !== "") settings.api_version = draft.apiVersion.trim();
  if (kind === "bedrock" && draft.region.trim() !== "") settings.region = draft.region.trim();
  const headers = cleanHeaders(draft.headers);
  if (headers.length > 0) settings.headers = headers;
  const implied = IMPLIED_VENDOR[kind];
  const vendor =
    implied !== undefined && vendors.some((v) => v.id === implied) ? implied : draft.vendor === "" ? null : draft.vendor;
  return {
    name: draft.name.trim(),
    kind,
    base_url: draft.baseUrl.trim(),
    default_model: draft.model.trim(),
    vendor,
    // Ollama runs on the user's machine; the hosted kinds never do.
    local: kind === "ollama" ? true : kind === "openai" ? draft.local : false,
    settings,
  };
}

/** A saved provider as an input, unchanged (to save one edit, e.g. a new default model). */
export function providerToInput(provider: Provider): ProviderInput {
  return {
    name: provider.name,
    kind: provider.kind,
    base_url: provider.base_url,
    default_model: provider.default_model,
    vendor: provider.vendor,
    local: provider.local,
    settings: provider.settings,
  };
}

/** The base URL the backend will store for an input (it trims trailing slashes and fills in a
 * blank Bedrock endpoint from the region). */
export function effectiveBaseUrl(input: ProviderInput): string {
  const raw = input.base_url.trim();
  if (input.kind === "bedrock" && raw === "") {
    const region = input.settings.region?.trim() ?? "";
    return region === "" ? "" : bedrockDefaultUrl(region);
  }
  return raw.replace(/\/+$/, "");
}

/** Saving `input` over `provider` would delete its key: it has one and the URL moves (the key
 * was entered for the old host and is never sent to another). The form asks first. */
export function keyDroppedBy(provider: Provider, input: ProviderInput): boolean {
  return provider.has_key && effectiveBaseUrl(input) !== provider.base_url;
}

export const KEY_DROP_WARNING =
  "Your key will be removed and not sent to the new host; re-enter it after saving.";

/** How a provider is named in the list: its kind, or for an OpenAI-compatible provider the
 * preset it was made from. */
export function kindLabel(provider: Pick<Provider, "kind" | "settings">, presets: readonly Preset[]): string {
  if (provider.kind !== "openai") return KIND_LABELS[provider.kind];
  const id = provider.settings.preset ?? "";
  const preset = presets.find((p) => p.id === id);
  if (preset === undefined) return KIND_LABELS.openai;
  return preset.id === "openai" ? preset.label : `${preset.label} · OpenAI-compatible`;
}

// ---- credentials ---------------------------------------------------------------------------

/** Bedrock takes either AWS access keys or a Bedrock API key. */
export type BedrockAuth = "aws" | "api_key";

/** Credentials as read from the form, on their way to the backend. */
export type Credentials =
  | { kind: "none" }
  | { kind: "key"; key: string }
  | { kind: "aws"; accessKeyId: string; secretAccessKey: string; sessionToken: string | null };

/** What the credential inputs held (uncontrolled; read once on submit). */
export type CredentialInputs = { key: string; accessKeyId: string; secretAccessKey: string; sessionToken: string };

export type CredentialsRead = { ok: true; credentials: Credentials } | { ok: false; error: string };

/** The credentials a kind's form holds. Empty fields mean "none yet" (they can be added later);
 * AWS access keys must come as a pair. */
export function readCredentials(kind: ProviderKind, auth: BedrockAuth, inputs: CredentialInputs): CredentialsRead {
  if (!hasField(kind, "api_key") && !hasField(kind, "aws_credentials")) return { ok: true, credentials: { kind: "none" } };
  if (kind === "bedrock" && auth === "aws") {
    const accessKeyId = inputs.accessKeyId.trim();
    const secretAccessKey = inputs.secretAccessKey.trim();
    const sessionToken = inputs.sessionToken.trim();
    if (accessKeyId === "" && secretAccessKey === "" && sessionToken === "") {
      return { ok: true, credentials: { kind: "none" } };
    }
    if (accessKeyId === "" || secretAccessKey === "") {
      return { ok: false, error: "Enter both the access key id and the secret access key." };
    }
    return {
      ok: true,
      credentials: { kind: "aws", accessKeyId, secretAccessKey, sessionToken: sessionToken === "" ? null : sessionToken },
    };
  }
  const key = inputs.key.trim();
  return { ok: true, credentials: key === "" ? { kind: "none" } : { kind: "key", key } };
}

/** Whether two base URLs name the same local server, as the backend's Ollama detection judges
 * it: trailing slashes and case aside, `localhost` and `127.0.0.1` are the same host. */
export function sameLocalServer(a: string, b: string): boolean {
  const norm = (url: string) => url.trim().replace(/\/+$/, "").replace("://127.0.0.1", "://localhost").toLowerCase();
  return norm(a) === norm(b);
}

/** What "Add Ollama" sends for an Ollama the backend detected: the kind's form filled with its
 * URL and the picked model, named "Ollama" (or "Ollama 2", … when a provider has that name). */
export function detectedOllamaInput(
  baseUrl: string,
  model: string,
  taken: readonly string[],
  vendors: readonly Vendor[] = [],
): ProviderInput {
  let name = "Ollama";
  for (let n = 2; taken.includes(name); n += 1) name = `Ollama ${n}`;
  return draftToInput({ ...newDraft("ollama", []), name, baseUrl, model }, vendors);
}
