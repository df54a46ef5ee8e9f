// The whole UI in jsdom against a fake backend, screen by screen: route badges (unreadable
// records, unknown prices, chosen models), the Usage screen's unpriced calls, Settings → Budget
// (the new-chat default, unreadable settings, the default system prompt), a conversation's own
// system prompt, and local providers.
import { flushSync, mount, unmount } from "svelte";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { backend } from "./test/fakeBackend";
import type {
  BudgetSettings,
  ConversationRouting,
  Message,
  Provider,
  RouteRecord,
  StoredRecord,
  UsageSummary,
} from "./lib/bindings";


vi.mock("@tauri-apps/api/core", async () => (await import("./test/fakeBackend")).fakeCore);

const { default: App } = await import("./App.svelte");
const { chat, defaults, navigation, notices, providers, stores } = await import("./lib/state");

const provider: Provider = {
  id: 1, name: "OpenAI", kind: "openai", base_url: "https://api.openai.com/v1", default_model: "gpt-4.1-mini", vendor: null,
  local: false, has_key: true, created_at: 1, settings: {},
};
const ollama: Provider = {
  ...provider, id: 2, name: "Ollama", base_url: "http://localhost:11434/v1", default_model: "qwen3", has_key: false, local: true,
};
const settings: BudgetSettings = {
  conversation_cap: null, conversation_mode: "hard", monthly_cap: null, monthly_mode: "hard", quality: "balanced",
  default_provider_id: null, default_model: null, system_prompt: null,
};
const usage = { input_tokens: 16, output_tokens: 300, reasoning_tokens: 0, cache_read_tokens: 0, cache_write_tokens: 0 };

function message(id: number, role: "user" | "assistant", extra: Partial<Message> = {}): Message {
  return {
    id, conversation_id: 7, role, content: role === "user" ? "hello" : "Hi!", status: "complete", model: null,
    provider: null, usage: null, error: null, reasoning: null, stop: null, created_at: 1, updated_at: 2, attachments: [],
    parent_id: null,
    ...extra,
  };
}

const record: RouteRecord = {
  classification: { task: "chat", confidence: 0.9, basis: "model", reason: "chat", features: [], runner_up: null },
  decision: {
    task: "chat", quality: "balanced", pick: "qwen3", reason: "Chosen by you: qwen3 through Ollama.", pinned: true,
    sticky: false, blocked: null, no_key: null,
    candidates: [{
      model: "qwen3", name: "qwen3", quality: 0, input_tokens: 16, left_out: 0, max_output: 0, expected_cost: 0, reserve: 0,
      verdict: { kind: "picked" },
    }],
  },
  selection: "chosen", fallbacks: [], retries: 0, answered_by: "qwen3", provider: "Ollama", priced: false, reserved: 0, settled: 0,
  exact: true, budget_before: { cap: null, spent: 0, reserved: 0, unpriced_calls: 0 }, budget_after: { cap: null, spent: 0, reserved: 0, unpriced_calls: 0 }, first_sent: null,
};

function summary(extra: Partial<UsageSummary> = {}): UsageSummary {
  return {
    since: 0, total: 0, estimated: 0, calls: 0, unpriced_calls: 0, by_model: [], by_provider: [], by_task: [],
    by_day: [], daily: [], ...extra,
  };
}

async function settle(): Promise<void> {
  for (let i = 0; i < 5; i += 1) await new Promise((resolve) => setTimeout(resolve, 0));
  flushSync();
}

function byTestId<T extends HTMLElement = HTMLElement>(id: string): T {
  const el = document.querySelector<T>(`[data-testid="${id}"]`);
  if (el === null) throw new Error(`missing data-testid=${id}`);
  return el;
}

const callsOf = (command: string) => backend.calls.filter((c) => c.command === command).map((c) => c.args);
const selectedTab = () => document.querySelector('[role="tab"][aria-selected="true"]')?.getAttribute("data-testid");

/** Opens conversation 7 with one answer (id 11) whose route records are `records`. */
async function openWith(records: StoredRecord[], answer: Partial<Message> = {}): Promise<void> {
  backend.handlers.set("open_conversation", () => ({
    conversation: { id: 7, title: "Hi", pinned: false, archived: false, created_at: 1, updated_at: 2 },
    messages: [message(10, "user"), message(11, "assistant", { parent_id: 10, ...answer })],
    branches: [],
  }));
  backend.handlers.set("route_records", () => records);
  await chat.openConversation(7);
  await settle();
}

let component: ReturnType<typeof mount> | null = null;

beforeEach(async () => {
  backend.calls.length = 0;
  backend.handlers.clear();
  backend.handlers.set("app_status", () => ({ data_dir: "/data", keyring: { available: true, message: null } }));
  backend.handlers.set("list_providers", () => [provider, ollama]);
  backend.handlers.set("catalogue_state", () => ({
    catalogue: { source: { name: "t", version: "1", licence: "MIT", url: "-", retrieved: "-" }, vendors: [], models: [], routes: {} },
    edits: { models: [], removed: [], routes: {} },
    shipped_models: [],
    shipped_routes: {},
  }));
  backend.handlers.set("list_conversations", () => []);
  backend.handlers.set("budget_settings", () => settings);
  backend.handlers.set("set_budget_settings", () => null);
  backend.handlers.set("usage_summary", () => summary());
  backend.handlers.set("conversation_routing", () => ({
    budget_cap: null, budget_mode: null, quality: null, pinned_model: null, chosen_provider_id: null, chosen_model: null, system_prompt: null, context_messages: null,
  }));
  backend.handlers.set("budget_status", () => ({
    conversation: { cap: null, spent: 0, reserved: 0, unpriced_calls: 0 },
    month: { cap: null, spent: 0, reserved: 0, unpriced_calls: 0 },
  }));
  vi.stubGlobal("ResizeObserver", class { observe(): void {} unobserve(): void {} disconnect(): void {} });
  notices.notice = null;
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

describe("route badges", () => {
  it("say when an answer's route record cannot be read, with why as the tooltip", async () => {
    const why = "The route record of this answer cannot be read (unknown variant `teleported`).";
    await openWith([{ message_id: 11, record: null, error: why }]);
    const badge = byTestId("route-unreadable");
    expect(badge.textContent?.trim(), "never silently nothing").toBe("route record unreadable");
    expect(badge.title, "the backend's sentence explains it").toBe(why);
    expect(document.querySelector('[data-testid="route-badge"]'), "no made-up explanation").toBeNull();
  });

  it("show price unknown and the tokens for a model with no price, and offer to add one", async () => {
    await openWith([{ message_id: 11, record, error: null }], { model: "qwen3", provider: "Ollama", usage });
    const summaryText = document.querySelector('[data-testid="route-badge"] summary')?.textContent ?? "";
    expect(summaryText, "chosen, with tokens instead of a cost").toBe("chosen · qwen3 · price unknown · 16 in / 300 out tokens");
    expect(byTestId("route-badge").textContent, "no $0.00 anywhere in the explanation").not.toContain("$0.00 ·");
    expect(byTestId("route-badge").textContent, "the candidate has no made-up cost").toContain("qwen3: price unknown");

    byTestId("add-price").click();
    flushSync();
    expect(navigation.view, "Settings opens").toBe("settings");
    expect(selectedTab(), "on the Models tab").toBe("settings-tab-models");
  });

  it("the budget meter says when spend leaves out calls with no price", async () => {
    backend.handlers.set("budget_status", () => ({
      conversation: { cap: null, spent: 0, reserved: 0, unpriced_calls: 2 },
      month: { cap: null, spent: 0, reserved: 0, unpriced_calls: 2 },
    }));
    await openWith([{ message_id: 11, record, error: null }], { model: "qwen3", provider: "Ollama", usage });
    expect(byTestId("budget-unpriced").textContent?.trim(), "not a bare $0.00").toBe("+ price unknown for 2 calls");
  });

  it("priced answers keep their cost and offer no price to add", async () => {
    await openWith([{ message_id: 11, record: { ...record, priced: true, settled: 4_080_000 }, error: null }], { usage });
    expect(document.querySelector('[data-testid="route-badge"] summary')?.textContent).toBe("chosen · qwen3 · $0.00408 · exact");
    expect(document.querySelector('[data-testid="add-price"]')).toBeNull();
  });
});

describe("usage screen", () => {
  // jsdom has no canvas: Chart.js says so on the console; the chart itself is checked end to end.
  beforeEach(() => {
    vi.spyOn(console, "error").mockImplementation(() => {});
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it("counts unpriced calls, shows their spend as unknown and offers to add prices", async () => {
    const line = { cost: 0, calls: 1, unpriced_calls: 1, input_tokens: 16, output_tokens: 300 };
    backend.handlers.set("usage_summary", () =>
      summary({ calls: 1, unpriced_calls: 1, by_model: [{ key: "qwen3", ...line }], by_provider: [{ key: "Ollama", ...line }] }),
    );
    navigation.openUsage();
    // The screen's code loads when it is first opened.
    await vi.waitFor(() => expect(document.querySelector('[data-testid="usage-total"]')).not.toBeNull());
    await settle();
    expect(byTestId("usage-total").textContent?.replace(/\s+/g, " ").trim(), "singular, and no $0.00").toBe(
      "price unknown in 1 call",
    );
    expect(byTestId("usage-unpriced").textContent).toContain(
      "1 call on a model with no price — tokens counted, cost unknown",
    );
    const row = [...document.querySelectorAll("tbody tr")].find((tr) => tr.textContent?.includes("qwen3"));
    expect(row?.textContent, "the line's spend").toContain("price unknown");

    byTestId("usage-add-prices").click();
    flushSync();
    expect(selectedTab(), "Add prices opens Settings → Models").toBe("settings-tab-models");
  });

  it("says calls in the plural and shows no note when every call was priced", async () => {
    backend.handlers.set("usage_summary", () => summary({ total: 2_500_000_000, calls: 2 }));
    navigation.openUsage();
    // The screen's code loads when it is first opened.
    await vi.waitFor(() => expect(document.querySelector('[data-testid="usage-total"]')).not.toBeNull());
    await settle();
    expect(byTestId("usage-total").textContent?.replace(/\s+/g, " ").trim()).toBe("$2.50 in 2 calls");
    expect(document.querySelector('[data-testid="usage-unpriced"]')).toBeNull();
  });
});

describe("settings → budget", () => {
  async function openBudget(): Promise<void> {
    navigation.openSettings("budget");
    await settle();
  }

  it("sets what new chats start with, and a new chat then starts with it", async () => {
    await openBudget();
    const select = byTestId<HTMLSelectElement>("budget-new-chat");
    expect([...select.options].map((o) => o.textContent), "Auto or a provider that can answer").toEqual([
      "Auto · routed per message",
      "OpenAI · gpt-4.1-mini",
      "Ollama · qwen3",
    ]);
    select.value = "2";
    select.dispatchEvent(new Event("change", { bubbles: true }));
    byTestId("budget-settings-save").click();
    await settle();
    expect(callsOf("set_budget_settings")[0]?.settings, "saved into the budget settings").toEqual({
      ...settings, default_provider_id: 2, default_model: null,
    });

    byTestId("settings-close").click();
    chat.newChat();
    flushSync();
    expect(byTestId<HTMLSelectElement>("provider-select").selectedOptions[0]?.textContent, "the new chat").toBe(
      "Ollama · qwen3",
    );
  });

  it("shows unreadable settings as an error, offers the defaults, and saving replaces them", async () => {
    const why = "The budget settings cannot be read (expected value at line 1 column 1), so nothing is sent.";
    backend.handlers.set("budget_settings", () => {
      throw { code: "settings_unreadable", message: why };
    });
    await openBudget();
    expect(byTestId("budget-unreadable").textContent, "the backend's sentence").toContain(why);
    expect(byTestId<HTMLInputElement>("budget-default-cap").value, "the form starts from the defaults").toBe("");
    expect(byTestId<HTMLSelectElement>("budget-default-mode").value).toBe("hard");

    byTestId("budget-settings-save").click();
    await settle();
    expect(callsOf("set_budget_settings")[0]?.settings, "saving stores the defaults over them").toEqual(settings);
    expect(document.querySelector('[data-testid="budget-unreadable"]'), "the error is gone").toBeNull();
    expect(byTestId("budget-saved"), "and saving says so").toBeTruthy();
  });
});

describe("system prompts", () => {
  const type = (el: HTMLInputElement | HTMLTextAreaElement, value: string): void => {
    el.value = value;
    el.dispatchEvent(new Event("input", { bubbles: true }));
    flushSync();
  };
  const chip = () => document.querySelector<HTMLElement>('[data-testid="system-prompt-chip"]');
  const stored = () => callsOf("set_conversation_routing").map((c) => c.routing as ConversationRouting);

  /** Conversation 7 with a cap, quality and pin of its own; what is saved is read back. */
  let routing: ConversationRouting;
  beforeEach(() => {
    routing = {
      budget_cap: 2_000_000_000, budget_mode: "soft", quality: "best", pinned_model: "openai/gpt-6-luna",
      chosen_provider_id: null, chosen_model: null, system_prompt: null, context_messages: null,
    };
    backend.handlers.set("conversation_routing", () => routing);
    backend.handlers.set("set_conversation_routing", (args) => {
      routing = args.routing as ConversationRouting;
      return null;
    });
  });

  it("Settings saves a default system prompt with the other defaults, and blank as none", async () => {
    navigation.openSettings("budget");
    await settle();
    const field = byTestId<HTMLTextAreaElement>("budget-system-prompt");
    expect(document.querySelector(`label[for="${field.id}"]`)?.textContent, "labelled").toBe("Default system prompt");
    expect(field.placeholder).toBe("e.g. Answer concisely. Use metric units.");
    expect(document.getElementById(field.getAttribute("aria-describedby") ?? "")?.textContent, "the hint").toBe(
      "Sent before every conversation that has no system prompt of its own.",
    );

    type(field, "Answer concisely.\nUse metric units.\n");
    byTestId("budget-settings-save").click();
    await settle();
    expect(callsOf("set_budget_settings")[0]?.settings, "saved with the other defaults, unchanged").toEqual({
      ...settings, system_prompt: "Answer concisely.\nUse metric units.",
    });
    expect(defaults.systemPrompt, "conversations without one now use it").toBe("Answer concisely.\nUse metric units.");

    type(byTestId<HTMLTextAreaElement>("budget-system-prompt"), "   ");
    byTestId("budget-settings-save").click();
    await settle();
    expect(callsOf("set_budget_settings")[1]?.settings, "blank is saved as none").toEqual({ ...settings, system_prompt: null });
  });

  it("Settings shows the stored default system prompt", async () => {
    backend.handlers.set("budget_settings", () => ({ ...settings, system_prompt: "Be brief." }));
    navigation.openSettings("budget");
    await settle();
    expect(byTestId<HTMLTextAreaElement>("budget-system-prompt").value).toBe("Be brief.");
  });

  it("a conversation's own prompt is set from its header, keeping every other routing field", async () => {
    backend.handlers.set("budget_settings", () => ({ ...settings, system_prompt: "Answer concisely. Use metric units." }));
    await defaults.load();
    await openWith([]);
    expect(chip(), "no indicator without a prompt of its own").toBeNull();

    const toggle = byTestId<HTMLButtonElement>("system-prompt-add");
    expect(toggle.tagName, "a button: reachable with Tab").toBe("BUTTON");
    expect(toggle.getAttribute("aria-expanded")).toBe("false");
    toggle.click();
    await settle();
    const field = byTestId<HTMLTextAreaElement>("conversation-system-prompt");
    expect(document.activeElement, "the editor takes focus").toBe(field);
    expect(document.querySelector(`label[for="${field.id}"]`)?.textContent, "a visible label").toBe(
      "System prompt for this conversation",
    );
    expect(byTestId("conversation-system-prompt-hint").textContent, "says the default applies, and quotes it").toBe(
      "Empty: uses the default from Settings, “Answer concisely. Use metric units.”.",
    );

    type(field, "Reply in French.");
    byTestId("system-prompt-save").click();
    await settle();
    expect(stored(), "saved once, with the cap, quality and pin unchanged").toEqual([
      {
        budget_cap: 2_000_000_000, budget_mode: "soft", quality: "best", pinned_model: "openai/gpt-6-luna",
        chosen_provider_id: null, chosen_model: null, system_prompt: "Reply in French.", context_messages: null,
      },
    ]);
    expect(document.querySelector('[data-testid="system-prompt-editor"]'), "the editor closes").toBeNull();
    expect(chip()?.textContent?.trim(), "the header says one applies").toBe("System prompt");
    expect(chip()?.title, "the prompt is its tooltip").toBe("Reply in French.");
    expect(document.activeElement, "focus goes back to the header").toBe(chip());
  });

  it("clearing a conversation's prompt saves null and removes the indicator", async () => {
    routing = { ...routing, system_prompt: "Reply in French." };
    await openWith([]);
    chip()?.click();
    await settle();
    expect(byTestId<HTMLTextAreaElement>("conversation-system-prompt").value, "the editor shows it").toBe("Reply in French.");
    byTestId("system-prompt-clear").click();
    await settle();
    expect(stored(), "null, not an empty string; the rest kept").toEqual([
      {
        budget_cap: 2_000_000_000, budget_mode: "soft", quality: "best", pinned_model: "openai/gpt-6-luna",
        chosen_provider_id: null, chosen_model: null, system_prompt: null, context_messages: null,
      },
    ]);
    expect(chip(), "no indicator any more").toBeNull();
    expect(byTestId("system-prompt-add"), "it can be set again").toBeTruthy();

    // Emptying the text and saving is the same as clearing.
    routing = { ...routing, system_prompt: "Reply in German." };
    await chat.refreshRouting(7);
    flushSync();
    chip()?.click();
    await settle();
    type(byTestId<HTMLTextAreaElement>("conversation-system-prompt"), " \n ");
    byTestId("system-prompt-save").click();
    await settle();
    expect(stored()[1]?.system_prompt, "blank is saved as none").toBeNull();
  });

  it("Ctrl+Enter saves and Esc closes the editor without saving", async () => {
    await openWith([]);
    byTestId("system-prompt-add").click();
    await settle();
    let field = byTestId<HTMLTextAreaElement>("conversation-system-prompt");
    type(field, "Draft");
    field.dispatchEvent(new KeyboardEvent("keydown", { key: "Escape", bubbles: true, cancelable: true }));
    await settle();
    expect(document.querySelector('[data-testid="system-prompt-editor"]'), "closed").toBeNull();
    expect(stored(), "nothing saved").toEqual([]);
    expect(document.activeElement, "focus back on the header button").toBe(byTestId("system-prompt-add"));

    byTestId("system-prompt-add").click();
    await settle();
    field = byTestId<HTMLTextAreaElement>("conversation-system-prompt");
    expect(field.value, "the cancelled draft is gone").toBe("");
    type(field, "Use British spelling.");
    field.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter", ctrlKey: true, bubbles: true, cancelable: true }));
    await settle();
    expect(stored().map((r) => r.system_prompt), "saved").toEqual(["Use British spelling."]);
  });

  it("the header indicator shows only for a conversation with a prompt of its own", async () => {
    routing = { ...routing, system_prompt: "Reply in French." };
    await openWith([]);
    expect(chip()?.title, "its own prompt").toBe("Reply in French.");

    routing = { ...routing, system_prompt: "  " };
    await chat.refreshRouting(7);
    flushSync();
    expect(chip(), "a blank prompt is none").toBeNull();

    routing = { ...routing, system_prompt: null };
    await chat.refreshRouting(7);
    flushSync();
    expect(chip(), "none: the default applies").toBeNull();

    chat.newChat();
    flushSync();
    expect(document.querySelector('[data-testid="system-prompt-add"]'), "nothing to set on the new-chat screen").toBeNull();
  });

  it("saving the cap in the header keeps the conversation's prompt, even one set meanwhile", async () => {
    routing = { ...routing, system_prompt: "Reply in French." };
    await openWith([]);
    document.querySelector<HTMLButtonElement>('[data-testid="budget-meter"] button')?.click();
    await settle();
    // The prompt changes while the cap editor is open.
    await chat.updateRouting({ system_prompt: "Reply in German." });
    type(byTestId<HTMLInputElement>("budget-cap"), "3");
    byTestId("budget-save").click();
    await settle();
    expect(stored()[1], "the cap changed, the newer prompt stayed").toEqual({
      budget_cap: 3_000_000_000, budget_mode: "soft", quality: "best", pinned_model: "openai/gpt-6-luna",
      chosen_provider_id: null, chosen_model: null, system_prompt: "Reply in German.", context_messages: null,
    });
  });
});

describe("local providers", () => {
  it("can be added without a key and are shown as local and free", async () => {
    backend.handlers.set("list_providers", () => []);
    backend.handlers.set("add_provider", (args) => ({ ...ollama, ...(args.input as object), id: 5 }));
    await providers.refresh();
    navigation.openSettings("providers");
    flushSync();
    const type = (id: string, value: string) => {
      const el = byTestId<HTMLInputElement>(id);
      el.value = value;
      el.dispatchEvent(new Event("input", { bubbles: true }));
    };
    type("provider-name", "Ollama");
    type("provider-base-url", "http://localhost:11434/v1");
    type("provider-model", "qwen3");
    byTestId<HTMLInputElement>("provider-local").click();
    flushSync();
    byTestId("provider-save").click();
    await settle();

    expect(callsOf("add_provider")[0], "local, and no key").toEqual({
      input: {
        name: "Ollama", kind: "openai", base_url: "http://localhost:11434/v1", default_model: "qwen3", vendor: null, local: true,
        // Another host than the OpenAI preset's: a custom server, with no preset's quirks.
        settings: {},
      },
      apiKey: null,
    });
    expect(byTestId("provider-local-badge").textContent?.trim()).toBe("Local server · free");
    expect(byTestId("provider-key-masked").textContent?.trim()).toBe("No key needed (local server)");
    expect(providers.ready.map((p) => p.id), "it can answer without a key").toEqual([5]);
  });
});

describe("composer and pickers", () => {
  it("a send refused for unreadable settings offers Settings → Budget", async () => {
    backend.handlers.set("send_routed_turn", () => {
      throw { code: "settings_unreadable", message: "The budget settings cannot be read (bad), so nothing is sent." };
    });
    const input = byTestId<HTMLTextAreaElement>("composer-input");
    input.value = "hello";
    input.dispatchEvent(new Event("input", { bubbles: true }));
    flushSync();
    byTestId("send-button").click();
    await settle();
    expect(document.querySelector(".composer-error")?.textContent, "the reason").toContain("cannot be read");
    const open = [...document.querySelectorAll<HTMLButtonElement>(".composer-error button")].find((b) =>
      b.textContent?.includes("Open Settings → Budget"),
    );
    open?.click();
    flushSync();
    expect(selectedTab(), "the tab where saving fixes it").toBe("settings-tab-budget");
  });

  it("a choice the backend refused to store is shown as refused, and the stored one stays selected", async () => {
    backend.handlers.set("set_conversation_routing", () => {
      throw { code: "storage", message: "database is locked" };
    });
    await openWith([]);
    const picker = byTestId<HTMLSelectElement>("routing-pin");
    expect(picker.selectedOptions[0]?.textContent).toBe("Auto · routed per message");
    picker.value = "provider:1";
    picker.dispatchEvent(new Event("change", { bubbles: true }));
    await settle();
    expect(document.querySelector('[data-testid="routing-controls"] [role="alert"]')?.textContent).toBe("database is locked");
    // The picker is rendered afresh after a refusal (see ChoicePicker): read it again.
    const shown = byTestId<HTMLSelectElement>("routing-pin");
    expect(shown.selectedOptions[0]?.textContent, "not the refused choice").toBe("Auto · routed per message");
  });
});

