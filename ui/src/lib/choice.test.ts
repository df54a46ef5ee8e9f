import { describe, expect, it } from "vitest";
import type { BudgetSettings, ModelInfo, Provider, Vendor } from "./bindings";
import {
  AUTO,
  canAnswer,
  choiceGroups,
  choiceLabel,
  choiceOf,
  choiceValue,
  defaultChoice,
  parseChoice,
  type ChoiceContext,
  type RoutingChoice,
} from "./choice";

const openai: Provider = {
  id: 1, name: "OpenAI", kind: "openai", base_url: "https://api.openai.com/v1", default_model: "gpt-4.1-mini",
  vendor: null, local: false, has_key: true, created_at: 1, settings: {},
};
const keyless: Provider = { ...openai, id: 2, name: "Groq", has_key: false };
const lmStudio: Provider = { ...openai, id: 3, name: "LM Studio", base_url: "http://127.0.0.1:1234/v1", has_key: false, local: true };
const ollama: Provider = { ...openai, id: 4, name: "My Ollama", base_url: "http://localhost:11434/v1", has_key: false };

const vendor = (id: string, name: string, hosts: string[], needsKey: boolean): Vendor => ({
  id, name, base_url: "-", hosts, needs_key: needsKey, tokenizer: "estimate",
});
const vendors = [vendor("openai", "OpenAI", ["api.openai.com"], true), vendor("ollama", "Ollama (local)", ["localhost"], false)];

const model = (vendorId: string, id: string, name: string): ModelInfo => ({
  vendor: vendorId, id, name, context_window: 1000, max_output: 100,
  price: { input: 1, output: 2, cache_read: null, cache_write: null, reasoning: null },
  capabilities: { vision: false, tools: false, reasoning: false },
  quality: { code: 3, reasoning: 3, planning: 3, writing: 3, summarize: 3, translate: 3, chat: 3 },
});
const models = [model("openai", "gpt-6-luna", "GPT-6 Luna"), model("openai", "gpt-6.1-sol", "GPT-6.1 Sol"), model("ollama", "llama3", "Llama 3")];

const ctx: ChoiceContext = { providers: [openai, keyless, lmStudio, ollama], models, vendors };
const provider = (id: number, m: string | null = null): RoutingChoice => ({ ...AUTO, chosen_provider_id: id, chosen_model: m });
const pin = (ref: string): RoutingChoice => ({ ...AUTO, pinned_model: ref });

describe("choice labels", () => {
  it("name Auto, a pin and a provider the same way everywhere", () => {
    expect(choiceLabel(AUTO, ctx)).toBe("Auto · routed per message");
    expect(choiceLabel(pin("openai/gpt-6-luna"), ctx)).toBe("Pinned · GPT-6 Luna");
    expect(choiceLabel(provider(1), ctx), "the provider's default model").toBe("OpenAI · gpt-4.1-mini");
    expect(choiceLabel(provider(1, "gpt-6-luna"), ctx), "a chosen model").toBe("OpenAI · gpt-6-luna");
  });

  it("say what is wrong with a choice that cannot be honoured", () => {
    expect(choiceLabel(provider(99), ctx)).toBe("Removed provider — choose another");
    expect(choiceLabel(provider(2), ctx)).toBe("Groq · gpt-4.1-mini (no key)");
    expect(choiceLabel(pin("x/gone"), ctx)).toBe("Pinned · x/gone (not in the catalogue)");
  });

  it("use the word Auto only for Auto", () => {
    const labels = choiceGroups(AUTO, ctx).flatMap((g) => g.options.map((o) => o.label));
    expect(labels.filter((l) => l.includes("Auto"))).toEqual(["Auto · routed per message"]);
  });
});

describe("choice values", () => {
  it.each<[string, RoutingChoice]>([
    ["auto", AUTO],
    ["pin", pin("openai/gpt-6-luna")],
    ["provider", provider(3)],
    ["provider and model", provider(3, "qwen3:8b")],
  ])("round-trip %s", (_, choice) => {
    expect(parseChoice(choiceValue(choice))).toEqual(choice);
  });

  it("keep a pin's value as its model ref (the e2e suite reads it)", () => {
    expect(choiceValue(pin("openai/gpt-6-luna"))).toBe("openai/gpt-6-luna");
  });

  it("take only the choice fields of a routing", () => {
    const routing = { budget_cap: 5, budget_mode: null, quality: null, pinned_model: null, chosen_provider_id: 1, chosen_model: "m" };
    expect(choiceOf(routing)).toEqual(provider(1, "m"));
  });

  it("start new chats from the budget settings", () => {
    const settings: BudgetSettings = {
      conversation_cap: null, conversation_mode: "hard", monthly_cap: null, monthly_mode: "hard", quality: "balanced",
      default_provider_id: null, default_model: "ignored", system_prompt: null,
    };
    expect(defaultChoice(settings), "no provider: Auto").toEqual(AUTO);
    expect(defaultChoice({ ...settings, default_provider_id: 3, default_model: null })).toEqual(provider(3));
  });
});

describe("who can answer", () => {
  it("a key, a local server, or a vendor that needs no key", () => {
    expect(canAnswer(openai, vendors), "a key").toBe(true);
    expect(canAnswer(keyless, vendors), "no key").toBe(false);
    expect(canAnswer(lmStudio, vendors), "marked local").toBe(true);
    expect(canAnswer(ollama, vendors), "recognised by host as a keyless vendor").toBe(true);
    expect(canAnswer({ ...keyless, vendor: "ollama" }, vendors), "set as a keyless vendor").toBe(true);
  });
});

describe("choice options", () => {
  it("offer Auto, the providers that can answer, then a pin per catalogue model by vendor", () => {
    const groups = choiceGroups(AUTO, ctx);
    expect(groups.map((g) => g.label)).toEqual([null, "Your providers", "Pin a model · OpenAI", "Pin a model · Ollama (local)"]);
    expect(groups[1]?.options.map((o) => o.value), "no keyless remote provider").toEqual(["provider:1", "provider:3", "provider:4"]);
    expect(groups[2]?.options.map((o) => o.value)).toEqual(["openai/gpt-6-luna", "openai/gpt-6.1-sol"]);
  });

  it("always offer the current choice, so the picker shows what is stored", () => {
    const values = (c: RoutingChoice) => choiceGroups(c, ctx).flatMap((g) => g.options.map((o) => o.value));
    expect(values(provider(1, "gpt-6-luna")), "a model other than the default").toContain("provider:1:gpt-6-luna");
    expect(values(provider(2)), "a provider without its key").toContain("provider:2");
    expect(values(provider(99)), "a removed provider").toContain("provider:99");
    expect(values(pin("x/gone")), "a pin the catalogue lost").toContain("x/gone");
    expect(values(AUTO).filter((v) => v === ""), "never twice").toHaveLength(1);
  });
});
