import { readFileSync } from "node:fs";
import { flushSync, mount, unmount } from "svelte";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { backend } from "./test/fakeBackend";
import type { BudgetSettings, Conversation, Message, ModelInfo, Provider, ProviderInput } from "./lib/bindings";

vi.mock("@tauri-apps/api/core", async () => (await import("./test/fakeBackend")).fakeCore);

const { default: App } = await import("./App.svelte");
const { app } = await import("./lib/state.svelte");

const settings: BudgetSettings = {
  conversation_cap: null, conversation_mode: "hard", monthly_cap: null, monthly_mode: "hard", quality: "balanced",
  default_provider_id: null, default_model: null, system_prompt: null,
};
const model = (id: string, name: string, vision = false): ModelInfo => ({
  vendor: "openai", id, name, context_window: 1000, max_output: 100,
  price: { input: 1, output: 2, cache_read: null, cache_write: null, reasoning: null },
  capabilities: { vision, tools: false, reasoning: false },
  quality: { code: 3, reasoning: 3, planning: 3, writing: 3, summarize: 3, translate: 3, chat: 3 },
});
const fake = (id: number, name: string, m: string): Provider => ({
  id, name, kind: "openai", base_url: "http://127.0.0.1:5000/v1", default_model: m, vendor: null,
  local: false, settings: {}, has_key: true, created_at: id,
});

let providers: Provider[] = [];

async function settle(): Promise<void> {
  for (let i = 0; i < 8; i += 1) await new Promise((resolve) => setTimeout(resolve, 0));
  flushSync();
}
function byTestId<T extends HTMLElement = HTMLElement>(id: string): T {
  const el = document.querySelector<T>(`[data-testid="${id}"]`);
  if (el === null) throw new Error(`missing data-testid=${id}`);
  return el;
}
function type(id: string, value: string): void {
  const el = byTestId<HTMLInputElement>(id);
  el.value = value;
  el.dispatchEvent(new Event("input", { bubbles: true }));
  flushSync();
}
function choose(id: string, label: string): void {
  const select = byTestId<HTMLSelectElement>(id);
  const option = [...select.options].find((o) => o.textContent === label);
  if (option === undefined) throw new Error(`${id} has no option "${label}"`);
  select.value = option.value;
  select.dispatchEvent(new Event("change", { bubbles: true }));
  flushSync();
}

let component: ReturnType<typeof mount> | null = null;
const errors: unknown[] = [];

beforeEach(async () => {
  backend.calls.length = 0;
  backend.handlers.clear();
  providers = [fake(1, "Fake Text", "sb-text"), fake(2, "Fake Markdown", "sb-markdown"), fake(3, "Fake Slow", "sb-slow"),
    { ...fake(4, "Fake Anthropic", "sb-slow"), kind: "anthropic", vendor: "anthropic", base_url: "http://127.0.0.1:5000" },
    fake(5, "Fake Wrongkey", "sb-text"), fake(6, "Fake Ratelimit", "sb-ratelimit"), fake(7, "Fake Overloaded", "sb-overloaded"),
    fake(8, "Fake Drop", "sb-drop"), fake(9, "Fake Malformed", "sb-malformed"), { ...fake(10, "Fake Unreachable", "sb-text"), base_url: "http://127.0.0.1:9/v1" }];
  const conv: Conversation = { id: 7, title: "error-check", created_at: 1, updated_at: 2 } as Conversation;
  const msgs: Message[] = [
    { id: 10, conversation_id: 7, role: "user", content: "error-check", status: "complete", model: null, provider: null, usage: null, error: null, reasoning: null, stop: null, created_at: 1, updated_at: 1, attachments: [] },
    { id: 11, conversation_id: 7, role: "assistant", content: "", status: "error", model: "sb-text", provider: "Fake Unreachable", usage: null, error: "could not connect", reasoning: null, stop: null, created_at: 1, updated_at: 1, attachments: [] },
  ];
  backend.handlers.set("app_status", () => ({ data_dir: "/data", keyring: { available: true, message: null } }));
  backend.handlers.set("list_providers", () => providers);
  const real = JSON.parse(readFileSync("../src-tauri/crates/core/data/catalogue.json", "utf8"));
  backend.handlers.set("catalogue_state", () => ({
    catalogue: { source: real.source, vendors: real.vendors, models: real.models, routes: real.routes },
    edits: { models: [], removed: [], routes: {} },
    shipped_models: real.models,
    shipped_routes: real.routes,
  }));
  backend.handlers.set("list_conversations", () => [conv]);
  backend.handlers.set("open_conversation", () => ({ conversation: conv, messages: msgs }));
  backend.handlers.set("budget_settings", () => settings);
  backend.handlers.set("route_records", () => []);
  backend.handlers.set("conversation_routing", () => ({
    budget_cap: null, budget_mode: null, quality: null, pinned_model: null, chosen_provider_id: 10, chosen_model: null, system_prompt: null,
  }));
  backend.handlers.set("budget_status", () => ({
    conversation: { cap: null, spent: 0, reserved: 0, unpriced_calls: 0 },
    month: { cap: null, spent: 0, reserved: 0, unpriced_calls: 0 },
  }));
  let nextId = 11;
  backend.handlers.set("add_provider", (args) => {
    const input = args.input as ProviderInput;
    const created: Provider = { ...input, id: nextId++, has_key: args.apiKey !== null, created_at: 2 };
    providers = [...providers, created];
    return created;
  });
  vi.stubGlobal("ResizeObserver", class { observe(): void {} disconnect(): void {} });
  errors.length = 0;
  vi.spyOn(console, "error").mockImplementation((...a) => { errors.push(a); });
  vi.spyOn(console, "warn").mockImplementation((...a) => { errors.push(["warn", ...a]); });
  window.addEventListener("error", (e) => errors.push(["onerror", e.error ?? e.message]));
  app.notice = null;
  app.providers = [];
  app.newChat();
  component = mount(App, { target: document.body });
  await app.init();
  flushSync();
});

afterEach(() => {
  if (component !== null) unmount(component);
  component = null;
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe("e2 repro", () => {
  it("closes settings after adding a vendor provider", async () => {
    const c = app.conversations[0];
    console.log("convs", app.conversations.length);
    await app.openConversation?.(7);
    await settle();
    console.log("active", app.activeId, document.querySelectorAll('[data-testid="message-assistant"]').length);
    byTestId("nav-settings").click();
    flushSync();
    type("provider-name", "Routed");
    type("provider-base-url", "http://127.0.0.1:5000/v1");
    byTestId<HTMLInputElement>("provider-api-key").value = "sk-key";
    type("provider-model", "gpt-6-luna");
    choose("provider-vendor", "OpenAI");
    byTestId<HTMLButtonElement>("provider-save").click();
    await settle();
    console.log(document.body.textContent?.match(/Added[^.]*\./)?.[0], JSON.stringify(backend.calls.find((x) => x.command === "add_provider")?.args));
    byTestId("settings-close").click();
    flushSync();
    await settle();
    console.log("view", app.view, "errors", errors);
    expect(app.view).toBe("chat");
    expect(document.querySelector('[data-testid="provider-name"]')).toBeNull();
    expect(errors).toEqual([]);
  });
});
