// Settings → Providers in jsdom against the fake backend: the kind picker shows each kind's
// fields, presets fill the form, Bedrock's credentials take their own command, a saved
// provider's URL change asks before its key is dropped, and "Test connection" says what worked
// and offers the models it found. Also: an answer's reasoning and stop note in the chat.
import { flushSync, mount, unmount } from "svelte";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { backend } from "./test/fakeBackend";
import type { BudgetSettings, Message, Provider, ProviderInput } from "./lib/bindings";

vi.mock("@tauri-apps/api/core", async () => (await import("./test/fakeBackend")).fakeCore);

const { default: App } = await import("./App.svelte");
const { default: MessageView } = await import("./components/chat/MessageView.svelte");
const { chat, navigation, notices, providers: providerStore, stores } = await import("./lib/state");

const openai: Provider = {
  id: 1, name: "OpenAI", kind: "openai", base_url: "https://api.openai.com/v1", default_model: "gpt-4.1-mini", vendor: null,
  local: false, settings: { preset: "openai" }, has_key: true, created_at: 1,
};
const settings: BudgetSettings = {
  conversation_cap: null, conversation_mode: "hard", monthly_cap: null, monthly_mode: "hard", quality: "balanced",
  default_provider_id: null, default_model: null, system_prompt: null,
};

let providers: Provider[] = [];

async function settle(): Promise<void> {
  for (let i = 0; i < 5; i += 1) await new Promise((resolve) => setTimeout(resolve, 0));
  flushSync();
}

function byTestId<T extends HTMLElement = HTMLElement>(id: string, root: ParentNode = document): T {
  const el = root.querySelector<T>(`[data-testid="${id}"]`);
  if (el === null) throw new Error(`missing data-testid=${id}`);
  return el;
}

const has = (id: string, root: ParentNode = document): boolean => root.querySelector(`[data-testid="${id}"]`) !== null;

function type(id: string, value: string, root: ParentNode = document): void {
  const el = byTestId<HTMLInputElement>(id, root);
  el.value = value;
  el.dispatchEvent(new Event("input", { bubbles: true }));
  flushSync();
}

/** Picks the option with this text, as a person would. */
function choose(id: string, label: string, root: ParentNode = document): void {
  const select = byTestId<HTMLSelectElement>(id, root);
  const option = [...select.options].find((o) => o.textContent === label);
  if (option === undefined) throw new Error(`${id} has no option "${label}"`);
  select.value = option.value;
  select.dispatchEvent(new Event("change", { bubbles: true }));
  flushSync();
}

const callsOf = (command: string) => backend.calls.filter((c) => c.command === command).map((c) => c.args);
const value = (id: string) => byTestId<HTMLInputElement>(id).value;
/** The labels of the add form's fields, in order. */
const labels = () =>
  [...document.querySelectorAll<HTMLLabelElement>(".add label, .add legend")].map((l) => l.textContent?.trim());

let component: ReturnType<typeof mount> | null = null;

beforeEach(async () => {
  backend.calls.length = 0;
  backend.handlers.clear();
  providers = [];
  backend.handlers.set("app_status", () => ({ data_dir: "/data", keyring: { available: true, message: null } }));
  backend.handlers.set("list_providers", () => providers);
  backend.handlers.set("catalogue_state", () => ({
    catalogue: { source: { name: "t", version: "1", licence: "MIT", url: "-", retrieved: "-" }, vendors: [], models: [], routes: {} },
    edits: { models: [], removed: [], routes: {} },
    shipped_models: [],
    shipped_routes: {},
  }));
  backend.handlers.set("list_conversations", () => []);
  backend.handlers.set("budget_settings", () => settings);
  let nextId = 10;
  backend.handlers.set("add_provider", (args) => {
    const input = args.input as ProviderInput;
    const created: Provider = { ...input, id: nextId++, has_key: args.apiKey !== null, created_at: 2 };
    providers = [...providers, created];
    return created;
  });
  backend.handlers.set("update_provider", (args) => {
    const old = providers.find((p) => p.id === args.id) as Provider;
    const input = args.input as ProviderInput;
    const updated: Provider = { ...old, ...input, has_key: old.has_key && old.base_url === input.base_url };
    providers = providers.map((p) => (p.id === updated.id ? updated : p));
    return updated;
  });
  vi.stubGlobal("ResizeObserver", class { observe(): void {} unobserve(): void {} disconnect(): void {} });
  notices.notice = null;
  providerStore.list = [];
  chat.newChat();
  component = mount(App, { target: document.body });
  await stores.init();
  navigation.openSettings("providers");
  flushSync();
});

afterEach(() => {
  if (component !== null) unmount(component);
  component = null;
  vi.unstubAllGlobals();
});

describe("the add form", () => {
  it("shows exactly the fields of the picked kind", () => {
    expect(labels(), "OpenAI-compatible").toEqual([
      "Kind", "Service", "Name", "Base URL", "Default model", "Serves models of",
      "Local server (free: no budget limit, no key needed)", "API key",
    ]);
    expect(document.querySelector(".add details summary")?.textContent, "headers wait under Advanced").toBe("Advanced");

    choose("provider-kind", "Anthropic");
    expect(labels()).toEqual(["Kind", "Name", "Base URL", "Default model", "API key"]);
    expect(value("provider-base-url")).toBe("https://api.anthropic.com");
    expect(value("provider-name"), "named after the kind").toBe("Anthropic");

    choose("provider-kind", "Google Gemini");
    expect(labels()).toEqual(["Kind", "Name", "Base URL", "Default model", "API key"]);
    expect(value("provider-base-url")).toBe("https://generativelanguage.googleapis.com");

    choose("provider-kind", "Azure OpenAI");
    expect(labels()).toEqual(["Kind", "Name", "Resource URL", "Deployment name", "API version", "API key"]);
    expect(byTestId<HTMLInputElement>("provider-base-url").placeholder).toBe("https://RESOURCE.openai.azure.com");
    expect(byTestId<HTMLInputElement>("provider-api-version").placeholder).toBe("2024-10-21");

    choose("provider-kind", "AWS Bedrock");
    expect(labels()).toEqual([
      "Kind", "Name", "AWS region", "Endpoint URL (optional)", "Model id", "Credentials", "AWS access keys",
      "Bedrock API key", "Access key id", "Secret access key", "Session token (optional)",
    ]);
    byTestId<HTMLInputElement>("provider-auth-api-key").click();
    flushSync();
    expect(labels().slice(-3), "a Bedrock API key instead").toEqual(["AWS access keys", "Bedrock API key", "Bedrock API key"]);

    choose("provider-kind", "Ollama");
    expect(labels(), "no key, no local switch: Ollama is local").toEqual(["Kind", "Name", "Base URL", "Default model"]);
    expect(value("provider-base-url")).toBe("http://localhost:11434");
    expect(document.querySelector(".add details"), "no headers editor either").toBeNull();
  });

  it("fills the form from a preset, and leaves it for Custom when the URL moves to another host", async () => {
    expect(byTestId<HTMLSelectElement>("provider-preset").selectedOptions[0]?.textContent, "starts on OpenAI").toBe("OpenAI");
    choose("provider-preset", "Groq");
    expect([value("provider-base-url"), value("provider-model"), value("provider-name")]).toEqual([
      "https://api.groq.com/openai/v1", "llama-3.3-70b-versatile", "Groq",
    ]);
    choose("provider-preset", "LM Studio (local)");
    expect(byTestId<HTMLInputElement>("provider-local").checked, "a local preset is local").toBe(true);
    expect(value("provider-model"), "LM Studio suggests no model").toBe("");
    expect(byTestId("provider-api-key").closest(".field")?.textContent, "the key is optional").toContain(
      "Optional",
    );

    choose("provider-preset", "Groq");
    type("provider-base-url", "http://127.0.0.1:4000/v1");
    expect(byTestId<HTMLSelectElement>("provider-preset").selectedOptions[0]?.textContent, "another host: Custom").toBe("Custom");
    type("provider-model", "llama-3.3-70b-versatile");
    byTestId("provider-save").click();
    await settle();
    expect((callsOf("add_provider")[0]?.input as ProviderInput).settings, "no preset quirks for a custom server").toEqual({});
  });

  it("sends extra headers from the Advanced section", async () => {
    type("provider-name", "Router");
    byTestId("provider-add-header").click();
    flushSync();
    type("provider-header-name", "X-Title");
    type("provider-header-value", "Switchboard");
    byTestId("provider-save").click();
    await settle();
    expect((callsOf("add_provider")[0]?.input as ProviderInput).settings).toEqual({
      preset: "openai", headers: [{ name: "x-title", value: "Switchboard" }],
    });
  });

  it("adds Bedrock with AWS access keys through set_aws_credentials, never as an API key", async () => {
    choose("provider-kind", "AWS Bedrock");
    type("provider-model", "anthropic.claude-3-5-haiku-20241022-v1:0");
    byTestId("provider-save").click();
    await settle();
    expect(document.body.textContent, "the region is required").toContain("Enter the AWS region, e.g. us-east-1.");

    type("provider-region", "eu-west-1");
    byTestId<HTMLInputElement>("provider-aws-access-key").value = "AKIAEXAMPLE";
    byTestId("provider-save").click();
    await settle();
    expect(document.body.textContent, "half a pair is refused").toContain("Enter both the access key id and the secret access key.");
    expect(callsOf("add_provider"), "nothing sent yet").toEqual([]);

    byTestId<HTMLInputElement>("provider-aws-secret-key").value = "secret/EXAMPLE";
    byTestId("provider-save").click();
    await settle();
    expect(callsOf("add_provider"), "region set, endpoint left to the backend, no API key").toEqual([
      {
        input: {
          name: "AWS Bedrock", kind: "bedrock", base_url: "", default_model: "anthropic.claude-3-5-haiku-20241022-v1:0",
          vendor: null, local: false, settings: { region: "eu-west-1" },
        },
        apiKey: null,
      },
    ]);
    expect(callsOf("set_aws_credentials"), "the keys go to the keyring as AWS credentials").toEqual([
      { providerId: 10, accessKeyId: "AKIAEXAMPLE", secretAccessKey: "secret/EXAMPLE", sessionToken: null },
    ]);
    expect(byTestId("provider-key-masked").textContent?.trim()).toBe("•••••••• stored in OS keyring");
    expect(byTestId("provider-kind-label").textContent).toBe("AWS Bedrock");
    expect(document.body.innerHTML, "no secret stays in the page").not.toContain("secret/EXAMPLE");
  });

  it("removes a Bedrock provider again when its credentials cannot be stored", async () => {
    backend.handlers.set("set_aws_credentials", () => {
      throw { code: "keyring", message: "The OS keyring is locked." };
    });
    backend.handlers.set("delete_provider", (args) => {
      providers = providers.filter((p) => p.id !== args.id);
      return null;
    });
    choose("provider-kind", "AWS Bedrock");
    type("provider-region", "us-east-1");
    type("provider-model", "m");
    byTestId<HTMLInputElement>("provider-aws-access-key").value = "AKIA";
    byTestId<HTMLInputElement>("provider-aws-secret-key").value = "s";
    byTestId("provider-save").click();
    await settle();
    expect(document.querySelector(".add [role=alert]")?.textContent, "the reason").toBe("The OS keyring is locked.");
    expect(callsOf("delete_provider"), "not kept half-added").toEqual([{ id: 10 }]);
    expect(has("provider-item"), "not listed").toBe(false);
    expect(byTestId<HTMLInputElement>("provider-aws-secret-key").value, "kept to retry").toBe("s");
  });

  it("adds Ollama as a local provider without a key, and a Bedrock API key through the key", async () => {
    choose("provider-kind", "Ollama");
    type("provider-model", "llama3.2");
    byTestId("provider-save").click();
    await settle();
    expect(callsOf("add_provider")[0], "local, native URL, no key").toEqual({
      input: {
        name: "Ollama", kind: "ollama", base_url: "http://localhost:11434", default_model: "llama3.2", vendor: null, local: true,
        settings: {},
      },
      apiKey: null,
    });

    choose("provider-kind", "AWS Bedrock");
    type("provider-region", "us-west-2");
    type("provider-model", "m");
    byTestId<HTMLInputElement>("provider-auth-api-key").click();
    flushSync();
    byTestId<HTMLInputElement>("provider-api-key").value = "ABSKexample";
    byTestId("provider-save").click();
    await settle();
    expect(callsOf("add_provider")[1]?.apiKey, "a Bedrock API key is the provider's key").toBe("ABSKexample");
    expect(callsOf("set_aws_credentials")).toEqual([]);
  });
});

describe("a detected local Ollama", () => {
  const detected = (models: string[], added = false) => ({ base_url: "http://localhost:11434", models, added });

  /** Opens the Providers tab afresh (it detects each time it opens) and lets detection answer. */
  async function reopen(): Promise<void> {
    navigation.settingsTab = "models";
    flushSync();
    navigation.settingsTab = "providers";
    flushSync();
    await settle();
  }

  it("offers to add an Ollama that runs here with models, above the add form", async () => {
    backend.handlers.set("detect_ollama", () => detected(["llama3.2:latest", "qwen2.5:7b"]));
    await reopen();
    const banner = byTestId("ollama-detected");
    expect(banner.getAttribute("role"), "announced politely").toBe("status");
    expect(banner.textContent).toContain("Ollama is running on this computer with 2 models.");
    expect(byTestId("ollama-add").textContent?.trim()).toBe("Add Ollama");
    expect(banner.compareDocumentPosition(byTestId("provider-save")) & Node.DOCUMENT_POSITION_FOLLOWING, "above the form").toBeTruthy();
    expect(callsOf("detect_ollama").length, "once per opening of the tab").toBe(2);
  });

  it("never holds up the page while detection is slow", async () => {
    backend.handlers.set("detect_ollama", () => new Promise(() => {}));
    await reopen();
    expect(has("provider-save"), "the add form is there").toBe(true);
    expect(has("ollama-detected")).toBe(false);
  });

  it("adds it with one click: local, its URL, the picked model, no key, and the banner goes", async () => {
    backend.handlers.set("detect_ollama", () => detected(["llama3.2:latest", "qwen2.5:7b"]));
    await reopen();
    expect(byTestId<HTMLSelectElement>("ollama-model").value, "the first model by default").toBe("llama3.2:latest");
    choose("ollama-model", "qwen2.5:7b");
    const listed = callsOf("list_providers").length;
    byTestId("ollama-add").click();
    await settle();
    expect(callsOf("add_provider")).toEqual([
      {
        input: {
          name: "Ollama", kind: "ollama", base_url: "http://localhost:11434", default_model: "qwen2.5:7b", vendor: null,
          local: true, settings: {},
        },
        apiKey: null,
      },
    ]);
    expect(callsOf("list_providers").length, "the list is refreshed").toBeGreaterThan(listed);
    expect(byTestId("provider-kind-label").textContent).toBe("Ollama");
    expect(has("ollama-detected"), "the banner goes").toBe(false);
    expect(byTestId("ollama-added").textContent).toContain("Added Ollama, a local server: it needs no key.");
  });

  it("says what failed when adding it does, and keeps the offer", async () => {
    backend.handlers.set("detect_ollama", () => detected(["llama3.2:latest"]));
    backend.handlers.set("add_provider", () => {
      throw { code: "storage", message: "The database is read-only." };
    });
    await reopen();
    expect(has("ollama-model"), "one model: nothing to pick").toBe(false);
    expect(byTestId("ollama-detected").textContent).toContain("with 1 model.");
    byTestId("ollama-add").click();
    await settle();
    expect(byTestId("ollama-add-error").textContent).toBe("The database is read-only.");
    expect(has("ollama-add")).toBe(true);
  });

  it("asks for a model first when it has none", async () => {
    backend.handlers.set("detect_ollama", () => detected([]));
    await reopen();
    expect(byTestId("ollama-detected").textContent?.replace(/\s+/g, " ").trim()).toBe(
      "Ollama is running on this computer but has no models yet — run ollama pull llama3.2 first.",
    );
    expect(has("ollama-add"), "nothing to add yet").toBe(false);
  });

  it("shows nothing when a provider points at it already, when none runs, or when detection fails", async () => {
    backend.handlers.set("detect_ollama", () => detected(["llama3.2:latest"], true));
    await reopen();
    expect(has("ollama-detected"), "added already").toBe(false);

    backend.handlers.set("detect_ollama", () => null);
    await reopen();
    expect(has("ollama-detected"), "none running").toBe(false);

    backend.handlers.set("detect_ollama", () => {
      throw { code: "internal", message: "boom" };
    });
    await reopen();
    expect(has("ollama-detected"), "errors are ignored").toBe(false);
    expect(document.querySelector("[role=alert]"), "and not shown").toBeNull();
  });

  it("goes once the add form adds a provider for it", async () => {
    backend.handlers.set("detect_ollama", () => detected(["llama3.2:latest"]));
    await reopen();
    choose("provider-kind", "Ollama");
    type("provider-base-url", "http://127.0.0.1:11434/");
    type("provider-model", "llama3.2:latest");
    byTestId("provider-save").click();
    await settle();
    expect(callsOf("add_provider").length).toBe(1);
    expect(has("ollama-detected"), "the same server").toBe(false);
  });
});

describe("the provider list", () => {
  it("labels each provider with its kind", async () => {
    providers = [
      openai,
      { ...openai, id: 2, name: "Groq", settings: { preset: "groq" } },
      { ...openai, id: 3, name: "Claude", kind: "anthropic", settings: {} },
      { ...openai, id: 4, name: "Azure", kind: "azure", settings: {} },
      { ...openai, id: 5, name: "Gateway", settings: {} },
    ];
    await providerStore.refresh();
    flushSync();
    expect([...document.querySelectorAll('[data-testid="provider-kind-label"]')].map((e) => e.textContent)).toEqual([
      "OpenAI", "Groq · OpenAI-compatible", "Anthropic", "Azure OpenAI", "OpenAI-compatible",
    ]);
  });
});

describe("editing a saved provider", () => {
  beforeEach(async () => {
    providers = [openai];
    await providerStore.refresh();
    flushSync();
    byTestId("provider-edit").click();
    flushSync();
  });

  it("asks before a new base URL drops the key, and Cancel goes back to the edit", async () => {
    const item = byTestId("provider-item");
    const url = item.querySelector<HTMLInputElement>('input[type="url"]') as HTMLInputElement;
    url.value = "https://proxy.example.com/v1";
    url.dispatchEvent(new Event("input", { bubbles: true }));
    flushSync();
    byTestId("provider-edit-save").click();
    await settle();
    expect(byTestId("provider-url-confirm").textContent, "says what happens to the key").toContain(
      "Your key will be removed and not sent to the new host; re-enter it after saving.",
    );
    expect(callsOf("update_provider"), "nothing saved before the answer").toEqual([]);
    expect(document.activeElement?.getAttribute("data-testid"), "focus on the safe answer").toBe("provider-url-confirm-cancel");

    byTestId("provider-url-confirm-cancel").click();
    flushSync();
    const again = byTestId("provider-edit-form").querySelector<HTMLInputElement>('input[type="url"]');
    expect(again?.value, "the edit is still there").toBe("https://proxy.example.com/v1");

    byTestId("provider-edit-save").click();
    await settle();
    byTestId("provider-url-confirm-save").click();
    await settle();
    expect((callsOf("update_provider")[0]?.input as ProviderInput).base_url).toBe("https://proxy.example.com/v1");
    expect(byTestId("provider-key-masked").textContent?.trim(), "the key is gone").toBe("No key");
    expect(byTestId("provider-done").textContent).toContain("add it again");
  });

  it("saves other changes without asking", async () => {
    const model = byTestId("provider-edit-form").querySelector<HTMLInputElement>('input[id$="-model"]') as HTMLInputElement;
    model.value = "gpt-6-luna";
    model.dispatchEvent(new Event("input", { bubbles: true }));
    flushSync();
    byTestId("provider-edit-save").click();
    await settle();
    expect(has("provider-url-confirm"), "the key stays: no question").toBe(false);
    expect(callsOf("update_provider")[0]?.input, "the rest is kept as it was").toEqual({
      name: "OpenAI", kind: "openai", base_url: "https://api.openai.com/v1", default_model: "gpt-6-luna", vendor: null,
      local: false, settings: { preset: "openai" },
    });
    expect(byTestId("provider-key-masked").textContent?.trim()).toBe("•••••••• stored in OS keyring");
  });
});

describe("test connection", () => {
  it("says it works and offers the models, unpriced ones marked, as the default model", async () => {
    providers = [openai];
    await providerStore.refresh();
    flushSync();
    byTestId("provider-test").click();
    await settle();
    const result = byTestId("provider-test-result");
    expect(result.dataset.ok, "success").toBe("true");
    expect(result.classList.contains("callout-error"), "not styled as a failure").toBe(false);
    expect(result.textContent).toContain("Connected to OpenAI: 2 models available.");
    const options = [...byTestId<HTMLSelectElement>("provider-model-choice").options].map((o) => o.textContent);
    expect(options).toEqual(["gpt-4.1-mini", "gpt-4.1-mini-preview (no price — add one in Settings → Models)"]);

    choose("provider-model-choice", "gpt-4.1-mini-preview (no price — add one in Settings → Models)");
    byTestId("provider-model-use").click();
    await settle();
    expect((callsOf("update_provider")[0]?.input as ProviderInput).default_model).toBe("gpt-4.1-mini-preview");
    expect(byTestId("provider-done").textContent).toBe("Default model set to gpt-4.1-mini-preview.");
  });

  it("says what failed, styled as a failure, and offers to add the key", async () => {
    providers = [{ ...openai, has_key: false }];
    await providerStore.refresh();
    flushSync();
    byTestId("provider-test").click();
    await settle();
    const result = byTestId("provider-test-result");
    expect(result.dataset.ok).toBe("false");
    expect(result.classList.contains("callout-error"), "failure styling").toBe(true);
    expect(result.textContent).toContain("Connection failed.");
    expect(result.textContent).toContain("OpenAI has no key: add one first.");
    expect(has("provider-model-choices"), "no models to offer").toBe(false);
  });
});

describe("an answer's reasoning and stop", () => {
  function answer(extra: Partial<Message>): Message {
    return {
      id: 11, conversation_id: 7, role: "assistant", content: "", reasoning: null, status: "complete", stop: null,
      model: "m", provider: "p", usage: null, error: null, created_at: 1, updated_at: 2, attachments: [], parent_id: null, ...extra,
    };
  }

  function show(message: Message): HTMLElement {
    const target = document.createElement("div");
    document.body.append(target);
    const view = mount(MessageView, { target, props: { message } });
    flushSync();
    cleanups.push(() => {
      unmount(view);
      target.remove();
    });
    return target;
  }
  const cleanups: Array<() => void> = [];
  afterEach(() => cleanups.splice(0).forEach((f) => f()));

  it("shows Thinking… while only reasoning has streamed, collapsed, as plain text", () => {
    const root = show(answer({ status: "streaming", reasoning: "Step 1 <img src=x onerror=alert(1)>\nStep 2" }));
    const details = byTestId<HTMLDetailsElement>("message-reasoning", root);
    expect(details.querySelector("summary")?.textContent, "progress while waiting").toBe("Thinking…");
    expect(details.open, "collapsed by default").toBe(false);
    const text = byTestId("message-reasoning-text", root);
    expect(text.textContent, "escaped, line breaks kept").toBe("Step 1 <img src=x onerror=alert(1)>\nStep 2");
    expect(text.querySelector("img"), "never raw HTML").toBeNull();
  });

  it("shows Thought for a while above a finished answer, and opens on demand", () => {
    const root = show(answer({ reasoning: "Because.", content: "Yes." }));
    const details = byTestId<HTMLDetailsElement>("message-reasoning", root);
    const summary = details.querySelector("summary") as HTMLElement;
    expect(summary.textContent).toBe("Thought for a while");
    expect(details.compareDocumentPosition(byTestId("message-content", root)) & Node.DOCUMENT_POSITION_FOLLOWING, "above the answer").toBeTruthy();
    summary.click();
    expect(details.open, "a click (or Enter/Space on the summary) opens it").toBe(true);
  });

  it("notes an answer cut off at the output limit, and nothing for a normal end", () => {
    const cut = show(answer({ content: "The list goes", stop: { kind: "length", raw: "max_tokens" } }));
    const note = byTestId("message-stop-note", cut);
    expect(note.textContent?.trim()).toBe("Cut off at the output limit");
    expect(note.title, "the provider's own word on hover").toBe("The provider said: max_tokens");
    expect(has("message-reasoning", cut), "no reasoning, no disclosure").toBe(false);
    const normal = show(answer({ content: "Done.", stop: { kind: "end", raw: "stop" } }));
    expect(has("message-stop-note", normal)).toBe(false);
    const refused = show(answer({ stop: { kind: "refusal", raw: "refusal" } }));
    expect(byTestId("message-stop-note", refused).textContent?.trim()).toBe("The model declined to answer");
  });
});
