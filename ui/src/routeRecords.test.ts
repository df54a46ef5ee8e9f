// A conversation whose answers carry route records, as the engine stores them, in the whole UI
// (jsdom, fake backend). Regression: a record listing the same model failing more than once
// (engine retries, before records kept one entry per model) made the fallbacks' keyed {#each}
// throw `each_key_duplicate`; the chat view could then not be mounted again, so after
// Settings → Providers "Back to chat" did nothing (e2e step e2).
import { flushSync, mount, unmount } from "svelte";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { backend } from "./test/fakeBackend";
import type { BudgetSettings, Conversation, Message, ModelInfo, Provider, ProviderInput, RouteRecord } from "./lib/bindings";

vi.mock("@tauri-apps/api/core", async () => (await import("./test/fakeBackend")).fakeCore);

const { default: App } = await import("./App.svelte");
const { chat, navigation, notices, providers: providerStore, stores } = await import("./lib/state");

const settings: BudgetSettings = {
  conversation_cap: null, conversation_mode: "hard", monthly_cap: null, monthly_mode: "hard", quality: "balanced",
  default_provider_id: null, default_model: null, system_prompt: null,
};
const luna: ModelInfo = {
  vendor: "openai", id: "gpt-6-luna", name: "GPT-6 Luna", context_window: 1000, max_output: 100,
  price: { input: 1, output: 2, cache_read: null, cache_write: null, reasoning: null },
  capabilities: { vision: true, tools: false, reasoning: false },
  quality: { code: 3, reasoning: 3, planning: 3, writing: 3, summarize: 3, translate: 3, chat: 3 },
};
const unreachable: Provider = {
  id: 1, name: "Fake Unreachable", kind: "openai", base_url: "http://127.0.0.1:9/v1", default_model: "sb-text", vendor: null,
  local: false, settings: {}, has_key: true, created_at: 1,
};
const conversation: Conversation = { id: 7, title: "error-check", pinned: false, archived: false, created_at: 1, updated_at: 2 };
const messages: Message[] = [
  {
    id: 10, conversation_id: 7, role: "user", content: "error-check: sb-text via Fake Unreachable", status: "complete", model: null,
    provider: null, usage: null, error: null, reasoning: null, stop: null, created_at: 1, updated_at: 1, attachments: [], parent_id: null,
  },
  {
    id: 11, conversation_id: 7, role: "assistant", content: "", status: "error", model: "sb-text", provider: "Fake Unreachable",
    usage: null, error: { code: "network", message: "could not connect to http://127.0.0.1:9/v1" } as Message["error"],
    reasoning: null, stop: null, created_at: 1, updated_at: 1, attachments: [], parent_id: 10,
  },
];
const ledger = { cap: null, spent: 0, reserved: 0, unpriced_calls: 0 };
/** The chosen model failed, was retried twice, and each failure was listed. */
const failure = { model: "sb-text", code: "network", message: "could not connect" };
const record: RouteRecord = {
  classification: { task: "chat", confidence: 0.9, basis: "model", reason: "chat", features: [], runner_up: null },
  decision: {
    task: "chat", quality: "balanced", pick: "sb-text", reason: "Chosen: Fake Unreachable.", pinned: false, sticky: false,
    blocked: null, no_key: null,
    candidates: [{
      model: "sb-text", name: "sb-text", quality: 3, input_tokens: 16, left_out: 0, max_output: 100, expected_cost: 0, reserve: 0,
      verdict: { kind: "picked" },
    }],
  },
  selection: "chosen", fallbacks: [failure, failure, failure], retries: 2, answered_by: null, provider: "Fake Unreachable",
  priced: false, reserved: 0, settled: null, exact: false, budget_before: ledger, budget_after: null,
} as unknown as RouteRecord;

let providers: Provider[] = [];
let component: ReturnType<typeof mount> | null = null;
let uncaught: unknown[] = [];
const onError = (e: ErrorEvent): void => {
  uncaught.push(e.error ?? e.message);
};

async function settle(): Promise<void> {
  for (let i = 0; i < 8; i += 1) await new Promise((resolve) => setTimeout(resolve, 0));
  flushSync();
}

function byTestId<T extends HTMLElement = HTMLElement>(id: string): T {
  const el = document.querySelector<T>(`[data-testid="${id}"]`);
  if (el === null) throw new Error(`missing data-testid=${id}`);
  return el;
}

const has = (id: string): boolean => document.querySelector(`[data-testid="${id}"]`) !== null;

function type(id: string, value: string): void {
  const el = byTestId<HTMLInputElement>(id);
  el.value = value;
  el.dispatchEvent(new Event("input", { bubbles: true }));
  flushSync();
}

/** Picks the option with this text, as a person would. */
function choose(id: string, label: string): void {
  const select = byTestId<HTMLSelectElement>(id);
  const option = [...select.options].find((o) => o.textContent === label);
  if (option === undefined) throw new Error(`${id} has no option "${label}"`);
  select.value = option.value;
  select.dispatchEvent(new Event("change", { bubbles: true }));
  flushSync();
}

beforeEach(async () => {
  backend.calls.length = 0;
  backend.handlers.clear();
  providers = [unreachable];
  backend.handlers.set("app_status", () => ({ data_dir: "/data", keyring: { available: true, message: null } }));
  backend.handlers.set("list_providers", () => providers);
  backend.handlers.set("catalogue_state", () => ({
    catalogue: {
      source: { name: "t", version: "1", licence: "MIT", url: "-", retrieved: "-" },
      vendors: [{ id: "openai", name: "OpenAI", base_url: "https://api.openai.com/v1", hosts: ["api.openai.com"], needs_key: true, tokenizer: "openai" }],
      models: [luna],
      routes: {},
    },
    edits: { models: [], removed: [], routes: {} },
    shipped_models: [luna],
    shipped_routes: {},
  }));
  backend.handlers.set("list_conversations", () => [conversation]);
  backend.handlers.set("open_conversation", () => ({ conversation, messages, branches: [] }));
  backend.handlers.set("budget_settings", () => settings);
  backend.handlers.set("route_records", () => [{ message_id: 11, record, error: null }]);
  backend.handlers.set("conversation_routing", () => ({
    budget_cap: null, budget_mode: null, quality: null, pinned_model: null, chosen_provider_id: 1, chosen_model: null, system_prompt: null, context_messages: null,
  }));
  backend.handlers.set("budget_status", () => ({ conversation: ledger, month: ledger }));
  backend.handlers.set("add_provider", (args) => {
    const input = args.input as ProviderInput;
    const created: Provider = { ...input, id: 2, has_key: args.apiKey !== null, created_at: 2 };
    providers = [...providers, created];
    return created;
  });
  vi.stubGlobal("ResizeObserver", class { observe(): void {} unobserve(): void {} disconnect(): void {} });
  uncaught = [];
  window.addEventListener("error", onError);
  notices.notice = null;
  providerStore.list = [];
  chat.newChat();
  component = mount(App, { target: document.body });
  await stores.init();
  await chat.openConversation(7);
  await settle();
});

afterEach(() => {
  if (component !== null) unmount(component);
  component = null;
  window.removeEventListener("error", onError);
  vi.unstubAllGlobals();
});

describe("a route record that lists one model failing several times", () => {
  it("is shown, and Settings closes back to its conversation (e2e e2)", async () => {
    expect(byTestId("route-badge").textContent, "each listed failure is shown").toContain("Fell back from sb-text");
    expect(document.querySelectorAll('[data-testid="route-badge"] p').length).toBeGreaterThan(0);

    // e2: add a provider serving OpenAI's catalogue models, then go back to the conversation.
    byTestId("nav-settings").click();
    flushSync();
    type("provider-name", "Routed");
    type("provider-base-url", "http://127.0.0.1:5000/v1");
    byTestId<HTMLInputElement>("provider-api-key").value = "sk-test";
    type("provider-model", "gpt-6-luna");
    choose("provider-vendor", "OpenAI");
    byTestId<HTMLButtonElement>("provider-save").click();
    await settle();
    expect(document.body.textContent).toContain("Added Routed.");

    byTestId("settings-close").click();
    flushSync();
    await settle();
    expect(navigation.view).toBe("chat");
    expect(has("provider-name"), "Settings is gone").toBe(false);
    expect(has("composer-input"), "the chat is back").toBe(true);
    expect(byTestId("route-badge").textContent).toContain("Fell back from sb-text");
    expect(uncaught, "nothing was thrown while rendering").toEqual([]);
  });
});

describe("a divider above the first message the newest answer's call sent", () => {
  const at = (id: number, role: "user" | "assistant", parent: number | null): Message => ({
    ...(messages[0] as Message), id, role, content: `message ${id}`, status: "complete", parent_id: parent,
  });
  const long = [at(20, "user", null), at(21, "assistant", 20), at(22, "user", 21), at(23, "assistant", 22)];
  const leftOut = (n: number, first: number | null): RouteRecord =>
    ({
      ...record,
      fallbacks: [],
      answered_by: "sb-text",
      first_sent: first,
      decision: { ...record.decision, candidates: [{ ...record.decision.candidates[0], left_out: n }] },
    }) as RouteRecord;

  async function open(first: number | null, n: number): Promise<void> {
    backend.handlers.set("open_conversation", () => ({ conversation, messages: long, branches: [] }));
    backend.handlers.set("route_records", () => [{ message_id: 23, record: leftOut(n, first), error: null }]);
    chat.newChat();
    await chat.openConversation(7);
    await settle();
  }

  it("says the messages above were not sent, and why, right above that message", async () => {
    await open(22, 2);
    const divider = byTestId("sent-from");
    expect(divider.getAttribute("role")).toBe("separator");
    expect(divider.closest("[data-row]")?.getAttribute("data-row"), "in the row of the first message sent").toBe("22");
    expect(divider.textContent).toContain("Messages above were not sent with the latest question");
    expect(divider.textContent).toContain("did not fit sb-text's context window");
    expect(document.querySelectorAll('[data-testid="sent-from"]').length).toBe(1);
  });

  it("is not drawn when the whole conversation was sent", async () => {
    await open(20, 0);
    expect(has("sent-from")).toBe(false);
  });
});
