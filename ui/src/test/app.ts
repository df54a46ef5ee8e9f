// The whole app in jsdom against the fake backend (./fakeBackend.ts), as the app-level tests
// set it up: a fresh backend per test, the answers to what the app reads at start, the app
// mounted with its stores read, and the DOM helpers those tests share. A test file still
// mocks "@tauri-apps/api/core" (and "@tauri-apps/api/event" if it needs events) itself:
// `vi.mock` is only hoisted in the test file. The app is imported here only once a test
// mounts it, so after those mocks.

import { flushSync, mount, unmount } from "svelte";
import { vi } from "vitest";
import type { Conversation, ModelInfo, Provider } from "../lib/bindings";
import { backend } from "./fakeBackend";

/** An OpenAI provider with a key. */
export const OPENAI: Provider = {
  id: 1, name: "OpenAI", kind: "openai", base_url: "https://api.openai.com/v1", default_model: "gpt-4.1-mini", vendor: null,
  local: false, has_key: true, created_at: 1, settings: {},
};

/** Lets pending promise callbacks and timers due now run (fake or real), then renders. */
export async function settle(): Promise<void> {
  for (let i = 0; i < 6; i += 1) {
    if (vi.isFakeTimers()) await vi.advanceTimersByTimeAsync(0);
    else await new Promise((resolve) => setTimeout(resolve, 0));
  }
  flushSync();
}

export function byTestId<T extends HTMLElement = HTMLElement>(id: string, root: ParentNode = document): T {
  const el = root.querySelector<T>(`[data-testid="${id}"]`);
  if (el === null) throw new Error(`missing data-testid=${id}`);
  return el;
}

export const all = (id: string, root: ParentNode = document) => [...root.querySelectorAll<HTMLElement>(`[data-testid="${id}"]`)];
export const maybe = (id: string) => document.querySelector<HTMLElement>(`[data-testid="${id}"]`);
export const callsOf = (command: string) => backend.calls.filter((c) => c.command === command).map((c) => c.args);
/** The element's text with runs of white space as one space. */
export const text = (id: string) => byTestId(id).textContent?.replace(/\s+/g, " ").trim();

/** Forgets the calls, handlers and event listeners of the test before. */
export function resetBackend(): void {
  backend.calls.length = 0;
  backend.handlers.clear();
  backend.listeners.clear();
}

/** Answers what the app reads at start: its status (keyring available), `providers`, a
 * catalogue of `models`, the conversation list as `conversations()` has it at each call, no
 * spending, no route records. A test sets its other handlers (or overrides these) after. */
export function serveApp(options: {
  conversations: () => Conversation[];
  providers?: Provider[];
  models?: ModelInfo[];
  dataDir?: string;
}): void {
  const { conversations, providers = [OPENAI], models = [], dataDir = "/data" } = options;
  backend.handlers.set("app_status", () => ({ data_dir: dataDir, keyring: { available: true, message: null } }));
  backend.handlers.set("list_providers", () => providers);
  backend.handlers.set("catalogue_state", () => ({
    catalogue: { source: { name: "t", version: "1", licence: "MIT", url: "-", retrieved: "-" }, vendors: [], models, routes: {} },
    edits: { models: [], removed: [], routes: {} },
    shipped_models: [],
    shipped_routes: {},
  }));
  backend.handlers.set("list_conversations", () => conversations());
  backend.handlers.set("budget_status", () => ({
    conversation: { cap: null, spent: 0, reserved: 0, unpriced_calls: 0 },
    month: { cap: null, spent: 0, reserved: 0, unpriced_calls: 0 },
  }));
  backend.handlers.set("route_records", () => []);
}

/** jsdom has no ResizeObserver; the app's observers then see nothing change. Undone by
 * `vi.unstubAllGlobals()`. */
export function stubResizeObserver(): void {
  vi.stubGlobal("ResizeObserver", class { observe(): void {} unobserve(): void {} disconnect(): void {} });
}

/** A clipboard that keeps what is written to it, in order (the returned array). */
export function fakeClipboard(): string[] {
  const written: string[] = [];
  Object.defineProperty(navigator, "clipboard", {
    configurable: true,
    value: { writeText: async (value: string) => void written.push(value) },
  });
  return written;
}

let component: ReturnType<typeof mount> | null = null;

/** Mounts the app on the page and waits until its stores are read and it has rendered. */
export async function mountApp(): Promise<void> {
  const { default: App } = await import("../App.svelte");
  const { stores } = await import("../lib/state");
  component = mount(App, { target: document.body });
  await stores.init();
  await settle();
}

export function unmountApp(): void {
  if (component !== null) unmount(component);
  component = null;
}
