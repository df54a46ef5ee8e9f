// Smoke test of the whole UI in jsdom against a fake backend: the data-testid hooks the e2e test
// relies on exist and drive the documented commands.
import { flushSync, mount, unmount } from "svelte";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { backend } from "./test/fakeBackend";
import type { BudgetSettings, ConversationRouting, ModelInfo, Provider, TurnEvent } from "./lib/bindings";


vi.mock("@tauri-apps/api/core", async () => (await import("./test/fakeBackend")).fakeCore);

const { default: App } = await import("./App.svelte");
const { chat, providers, stores } = await import("./lib/state");

const provider: Provider = {
  id: 1, name: "OpenAI", kind: "openai", base_url: "https://api.openai.com/v1", default_model: "gpt-4.1-mini", vendor: null,
  local: false, has_key: true, created_at: 1, settings: {},
};
const settings: BudgetSettings = {
  conversation_cap: null, conversation_mode: "hard", monthly_cap: null, monthly_mode: "hard", quality: "balanced",
  default_provider_id: null, default_model: null, system_prompt: null,
};
const luna: ModelInfo = {
  vendor: "openai", id: "gpt-6-luna", name: "GPT-6 Luna", context_window: 1000, max_output: 100,
  price: { input: 1, output: 2, cache_read: null, cache_write: null, reasoning: null },
  capabilities: { vision: false, tools: false, reasoning: false },
  quality: { code: 3, reasoning: 3, planning: 3, writing: 3, summarize: 3, translate: 3, chat: 3 },
};

async function settle(): Promise<void> {
  for (let i = 0; i < 5; i += 1) await new Promise((resolve) => setTimeout(resolve, 0));
  flushSync();
}

function byTestId<T extends HTMLElement = HTMLElement>(id: string): T {
  const el = document.querySelector<T>(`[data-testid="${id}"]`);
  if (el === null) throw new Error(`missing data-testid=${id}`);
  return el;
}

function type(el: HTMLInputElement | HTMLTextAreaElement, value: string): void {
  el.value = value;
  el.dispatchEvent(new Event("input", { bubbles: true }));
  flushSync();
}

/** Picks the option with this text, as a person would. */
function choose(testid: string, label: string): void {
  const select = byTestId<HTMLSelectElement>(testid);
  const option = [...select.options].find((o) => o.textContent === label);
  if (option === undefined) throw new Error(`${testid} has no option "${label}"`);
  select.value = option.value;
  select.dispatchEvent(new Event("change", { bubbles: true }));
  flushSync();
}

const selected = (testid: string): string | null | undefined =>
  byTestId<HTMLSelectElement>(testid).selectedOptions[0]?.textContent;

let component: ReturnType<typeof mount> | null = null;

beforeEach(async () => {
  backend.calls.length = 0;
  backend.handlers.clear();
  backend.handlers.set("app_status", () => ({ data_dir: "/home/u/.local/share/switchboard", keyring: { available: false, message: "No Secret Service: install gnome-keyring." } }));
  backend.handlers.set("list_providers", () => []);
  backend.handlers.set("catalogue_state", () => ({
    catalogue: { source: { name: "t", version: "1", licence: "MIT", url: "-", retrieved: "-" }, vendors: [], models: [], routes: {} },
    edits: { models: [], removed: [], routes: {} },
    shipped_models: [],
    shipped_routes: {},
  }));
  backend.handlers.set("list_conversations", () => []);
  backend.handlers.set("budget_settings", () => settings);
  vi.stubGlobal("ResizeObserver", class { observe(): void {} unobserve(): void {} disconnect(): void {} });
  providers.list = [];
  chat.newChat();
  component = mount(App, { target: document.body });
  await stores.init();
  flushSync();
});

afterEach(() => {
  if (component !== null) unmount(component);
  component = null;
  vi.unstubAllGlobals();
});

describe("App", () => {
  it("warns when the keyring is unavailable and guides to Settings", () => {
    expect(byTestId("keyring-banner").textContent, "banner carries the backend's message").toContain("No Secret Service");
    expect(document.body.textContent, "empty state points to the providers settings").toContain("Settings → Providers");
    expect(byTestId<HTMLButtonElement>("send-button").disabled, "cannot send without a provider").toBe(true);
  });

  it("adds a provider from Settings without keeping the key", async () => {
    backend.handlers.set("add_provider", (args) => ({ ...provider, ...(args.input as object), id: 2 }));
    byTestId("nav-settings").click();
    flushSync();
    expect(byTestId<HTMLInputElement>("provider-base-url").value, "URL is prefilled").toBe("https://api.openai.com/v1");
    expect(byTestId<HTMLInputElement>("provider-api-key").type, "key is a password field").toBe("password");

    byTestId<HTMLButtonElement>("provider-save").click();
    await settle();
    expect(document.body.textContent, "validation explains what is missing").toContain("Give the provider a name.");
    expect(backend.calls.some((c) => c.command === "add_provider"), "invalid input is not sent").toBe(false);

    type(byTestId<HTMLInputElement>("provider-name"), "OpenAI");
    type(byTestId<HTMLInputElement>("provider-model"), "gpt-4.1-mini");
    byTestId<HTMLInputElement>("provider-api-key").value = "sk-test-123";
    byTestId<HTMLButtonElement>("provider-save").click();
    await settle();

    const call = backend.calls.find((c) => c.command === "add_provider");
    expect(call?.args, "the documented arguments").toEqual({
      input: {
        name: "OpenAI", kind: "openai", base_url: "https://api.openai.com/v1", default_model: "gpt-4.1-mini", vendor: null, local: false,
        settings: { preset: "openai" },
      },
      apiKey: "sk-test-123",
    });
    expect(byTestId<HTMLInputElement>("provider-api-key").value, "the key field is cleared").toBe("");
    expect(byTestId("provider-item").textContent, "the provider is listed").toContain("OpenAI");
    expect(byTestId("provider-key-masked").textContent?.trim(), "key shown masked").toBe("•••••••• stored in OS keyring");
    expect(document.body.innerHTML, "the key never reaches the DOM").not.toContain("sk-test-123");

    byTestId("settings-close").click();
    flushSync();
    const picker = byTestId<HTMLSelectElement>("provider-select");
    expect([...picker.options].map((o) => o.textContent), "composer offers it").toContain("OpenAI · gpt-4.1-mini");
    expect(picker.selectedOptions[0]?.textContent, "a new chat starts as Settings → Budget says: Auto").toBe(
      "Auto · routed per message",
    );
  });

  it("sends, streams, renders Markdown safely and stops", async () => {
    let channel: { onmessage: (e: TurnEvent) => void } | null = null;
    backend.handlers.set("list_providers", () => [provider]);
    backend.handlers.set("send_turn", (args) => {
      channel = args.onEvent as { onmessage: (e: TurnEvent) => void };
      return new Promise(() => {});
    });
    backend.handlers.set("stop_turn", () => null);
    await providers.refresh();
    flushSync();
    choose("provider-select", "OpenAI · gpt-4.1-mini");

    const input = byTestId<HTMLTextAreaElement>("composer-input");
    type(input, "Hello");
    input.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter", bubbles: true, cancelable: true }));
    await settle();
    expect(input.value, "composer clears on send").toBe("");
    expect(byTestId("message-user").textContent, "user message shown at once").toContain("Hello");
    expect(byTestId("message-assistant").dataset.status, "assistant placeholder streams").toBe("streaming");
    expect(byTestId("stop-button"), "stop is offered while streaming").toBeTruthy();

    const events = channel as { onmessage: (e: TurnEvent) => void } | null;
    events?.onmessage({ type: "started", conversation_id: 7, user_message_id: 10, assistant_message_id: 11, model: "gpt-4.1-mini", provider: "OpenAI" });
    events?.onmessage({ type: "delta", text: "**Hi** <img src=x onerror=alert(1)> [x](javascript:alert(1))" });
    // Streaming renders once per animation frame: wait for one (longer on a busy machine).
    const shownContent = () => document.querySelector('[data-testid="message-assistant"] [data-testid="message-content"]');
    for (let waited = 0; waited < 2000 && shownContent()?.querySelector("strong") == null; waited += 25) {
      await new Promise((resolve) => setTimeout(resolve, 25));
      flushSync();
    }
    const content = shownContent();
    expect(content?.querySelector("strong")?.textContent, "Markdown rendered while streaming").toBe("Hi");
    expect(content?.querySelector("img, a"), "nothing dangerous rendered").toBeNull();
    expect(byTestId("message-meta").textContent, "model shown while streaming").toBe("gpt-4.1-mini");

    window.dispatchEvent(new KeyboardEvent("keydown", { key: "Escape", bubbles: true, cancelable: true }));
    await settle();
    expect(backend.calls.filter((c) => c.command === "stop_turn").map((c) => c.args), "Esc stops the answer").toEqual([
      { messageId: 11 },
    ]);
  });

  it("shows one choice per conversation in the header and the composer, and either one saves it", async () => {
    let routing: ConversationRouting = {
      budget_cap: 3, budget_mode: "soft", quality: null, pinned_model: null, chosen_provider_id: 1, chosen_model: null,
      system_prompt: null, context_messages: null,
    };
    backend.handlers.set("list_providers", () => [provider]);
    backend.handlers.set("catalogue_state", () => ({
      catalogue: { source: { name: "t", version: "1", licence: "MIT", url: "-", retrieved: "-" }, vendors: [], models: [luna], routes: {} },
      edits: { models: [], removed: [], routes: {} },
      shipped_models: [],
      shipped_routes: {},
    }));
    backend.handlers.set("open_conversation", () => ({ conversation: { id: 7, title: "Hi", pinned: false, archived: false, created_at: 1, updated_at: 2 }, messages: [], branches: [] }));
    backend.handlers.set("route_records", () => []);
    backend.handlers.set("budget_status", () => ({
      conversation: { cap: null, spent: 0, reserved: 0 , unpriced_calls: 0},
      month: { cap: null, spent: 0, reserved: 0 , unpriced_calls: 0},
    }));
    backend.handlers.set("conversation_routing", () => routing);
    backend.handlers.set("set_conversation_routing", (args) => {
      routing = args.routing as ConversationRouting;
      return null;
    });
    await stores.init();
    await chat.openConversation(7);
    await settle();

    expect(selected("routing-pin"), "the header shows the stored provider").toBe("OpenAI · gpt-4.1-mini");
    expect(selected("provider-select"), "and so does the composer").toBe("OpenAI · gpt-4.1-mini");
    expect(byTestId<HTMLSelectElement>("routing-quality").disabled, "quality only orders the router's picks").toBe(true);

    choose("routing-pin", "Pinned · GPT-6 Luna");
    await settle();
    expect(routing, "the header saved the pin, keeping the cap").toEqual({
      budget_cap: 3, budget_mode: "soft", quality: null, pinned_model: "openai/gpt-6-luna", chosen_provider_id: null, chosen_model: null,
      system_prompt: null, context_messages: null,
    });
    expect(byTestId<HTMLSelectElement>("routing-pin").value, "the pin's value is its model ref").toBe("openai/gpt-6-luna");
    expect(selected("provider-select"), "the composer follows").toBe("Pinned · GPT-6 Luna");

    choose("provider-select", "Auto · routed per message");
    await settle();
    expect(routing.pinned_model, "the composer saved Auto").toBeNull();
    expect(selected("routing-pin"), "the header follows").toBe("Auto · routed per message");
    expect(byTestId<HTMLSelectElement>("routing-quality").disabled, "quality applies to Auto").toBe(false);
  });
});
