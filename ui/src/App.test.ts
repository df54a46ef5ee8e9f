// Smoke test of the whole UI in jsdom against a fake backend: the data-testid hooks the e2e test
// relies on exist and drive the documented commands.
import { flushSync, mount, unmount } from "svelte";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { Provider, TurnEvent } from "./lib/bindings";

type Handler = (args: Record<string, unknown>) => unknown;

const backend = vi.hoisted(() => ({
  handlers: new Map<string, Handler>(),
  calls: [] as Array<{ command: string; args: Record<string, unknown> }>,
}));

vi.mock("@tauri-apps/api/core", () => ({
  invoke: async (command: string, args: Record<string, unknown> = {}) => {
    backend.calls.push({ command, args });
    const handler = backend.handlers.get(command);
    if (handler === undefined) throw { code: "internal", message: `no fake for ${command}` };
    return handler(args);
  },
  Channel: class {
    onmessage: (event: unknown) => void = () => {};
  },
}));

const { default: App } = await import("./App.svelte");
const { app } = await import("./lib/state.svelte");

const provider: Provider = {
  id: 1, name: "OpenAI", kind: "openai", base_url: "https://api.openai.com/v1", default_model: "gpt-4.1-mini", vendor: null,
  has_key: true, created_at: 1,
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
  vi.stubGlobal("ResizeObserver", class { observe(): void {} disconnect(): void {} });
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
      input: { name: "OpenAI", kind: "openai", base_url: "https://api.openai.com/v1", default_model: "gpt-4.1-mini", vendor: null },
      apiKey: "sk-test-123",
    });
    expect(byTestId<HTMLInputElement>("provider-api-key").value, "the key field is cleared").toBe("");
    expect(byTestId("provider-item").textContent, "the provider is listed").toContain("OpenAI");
    expect(byTestId("provider-key-masked").textContent?.trim(), "key shown masked").toBe("•••••••• stored in OS keyring");
    expect(document.body.innerHTML, "the key never reaches the DOM").not.toContain("sk-test-123");

    byTestId("settings-close").click();
    flushSync();
    expect(byTestId<HTMLSelectElement>("provider-select").selectedOptions[0]?.textContent, "composer offers it").toBe(
      "OpenAI · gpt-4.1-mini",
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
    await app.refreshProviders();
    flushSync();

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
    await new Promise((resolve) => setTimeout(resolve, 50));
    flushSync();
    const content = document.querySelector('[data-testid="message-assistant"] [data-testid="message-content"]');
    expect(content?.querySelector("strong")?.textContent, "Markdown rendered while streaming").toBe("Hi");
    expect(content?.querySelector("img, a"), "nothing dangerous rendered").toBeNull();
    expect(byTestId("message-meta").textContent, "model shown while streaming").toBe("gpt-4.1-mini");

    window.dispatchEvent(new KeyboardEvent("keydown", { key: "Escape", bubbles: true, cancelable: true }));
    await settle();
    expect(backend.calls.filter((c) => c.command === "stop_turn").map((c) => c.args), "Esc stops the answer").toEqual([
      { messageId: 11 },
    ]);
  });
});
