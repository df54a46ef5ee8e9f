import { describe, expect, it } from "vitest";
import type { CatalogueState, ModelInfo } from "./bindings";
import {
  blankForm,
  formOf,
  keyMark,
  moved,
  originOf,
  parseModelForm,
  priceText,
  resetModel,
  tokensText,
  withModel,
  withoutModel,
  withRoute,
} from "./catalogue";

const model = (vendor: string, id: string, input = 1): ModelInfo => ({
  vendor,
  id,
  name: id.toUpperCase(),
  context_window: 128000,
  max_output: 4096,
  price: { input, output: input * 4, cache_read: null, cache_write: null, reasoning: null },
  capabilities: { vision: false, tools: true, reasoning: false },
  quality: { code: 3, reasoning: 3, planning: 3, writing: 3, summarize: 3, translate: 3, chat: 3 },
});

function state(): CatalogueState {
  const a = model("openai", "a");
  const b = model("openai", "b");
  return {
    catalogue: {
      source: { name: "t", version: "1", licence: "MIT", url: "-", retrieved: "-" },
      vendors: [],
      models: [a, b],
      routes: { chat: ["openai/a", "openai/b"] },
    },
    edits: { models: [], removed: [], routes: {} },
    shipped_models: ["openai/a", "openai/b"],
    shipped_routes: { chat: ["openai/a", "openai/b"] },
    access: {},
  };
}

describe("catalogue edits", () => {
  it("tells shipped, edited and custom models apart", () => {
    const s = state();
    s.edits = withModel(s.edits, model("openai", "a", 9));
    s.edits = withModel(s.edits, model("ollama", "llama3"));
    expect(originOf(s, "openai/a"), "a shipped model the user changed").toBe("edited");
    expect(originOf(s, "openai/b"), "untouched").toBe("shipped");
    expect(originOf(s, "ollama/llama3"), "the user's own").toBe("custom");
    expect(s.edits.models.length, "one entry per model, replaced on re-edit").toBe(2);
    s.edits = withModel(s.edits, model("openai", "a", 10));
    expect(s.edits.models.filter((m) => m.id === "a").length, "still one").toBe(1);
  });

  it("hides shipped models, drops custom ones, and clears both from routes", () => {
    const s = state();
    s.edits = withModel(s.edits, model("ollama", "llama3"));
    s.edits = { ...s.edits, routes: { chat: ["ollama/llama3", "openai/a"] } };
    const noShipped = withoutModel(s, "openai/a");
    expect(noShipped.removed, "a shipped model is remembered as removed").toEqual(["openai/a"]);
    expect(noShipped.routes.chat, "and leaves the user's route").toEqual(["ollama/llama3"]);
    const noCustom = withoutModel(s, "ollama/llama3");
    expect(noCustom.removed, "a custom model is simply dropped").toEqual([]);
    expect(noCustom.models, "no trace of it").toEqual([]);
    expect(resetModel(noShipped, "openai/a").removed, "restore brings it back").toEqual([]);
  });

  it("stores a route equal to the default as no edit", () => {
    const s = state();
    const reversed = withRoute(s, "chat", ["openai/b", "openai/a"]);
    expect(reversed.routes.chat, "a changed order is an edit").toEqual(["openai/b", "openai/a"]);
    s.edits = reversed;
    expect(withRoute(s, "chat", ["openai/a", "openai/b"]).routes.chat, "back to default").toBeUndefined();
  });

  it("moves items within bounds", () => {
    expect(moved(["a", "b", "c"], 2, -1)).toEqual(["a", "c", "b"]);
    expect(moved(["a", "b", "c"], 0, -1), "the first cannot go up").toEqual(["a", "b", "c"]);
    expect(moved(["a", "b", "c"], 0, 5), "clamped to the end").toEqual(["b", "c", "a"]);
  });
});

describe("model form", () => {
  it("round-trips a model", () => {
    const m = model("openai", "a", 0.4);
    m.price.cache_read = 0.1;
    expect(parseModelForm(formOf(m)), "form → model → form is lossless").toEqual(m);
  });

  it("explains the first problem in words", () => {
    const form = blankForm("openai");
    expect(parseModelForm(form), "an id is needed").toMatch(/model id/);
    form.id = "gpt-x";
    form.name = "GPT X";
    form.input = "-1";
    expect(parseModelForm(form), "no negative prices").toMatch(/Input price/);
    form.input = "$0.40";
    form.maxOutput = "0";
    expect(parseModelForm(form), "at least one token").toMatch(/Max output/);
    form.maxOutput = "8,192";
    form.quality.code = "7";
    expect(parseModelForm(form), "tiers are 1 to 5").toMatch(/Quality for code/);
    form.quality.code = "5";
    const parsed = parseModelForm(form);
    expect(typeof parsed, "now valid").toBe("object");
    expect((parsed as ModelInfo).max_output, "thousands separators are fine").toBe(8192);
    expect((parsed as ModelInfo).price.input, "a leading $ is fine").toBe(0.4);
  });

  it("formats prices and token counts", () => {
    expect(priceText({ input: 0.4, output: 1.6, cache_read: null, cache_write: null, reasoning: null })).toBe(
      "$0.40 / $1.60",
    );
    expect(priceText({ input: 0.05, output: 0, cache_read: null, cache_write: null, reasoning: null })).toBe(
      "$0.050 / $0.00",
    );
    expect(tokensText(128000)).toBe("128k");
    expect(tokensText(1_000_000)).toBe("1M");
    expect(tokensText(1_048_576)).toBe("1.05M");
    expect(tokensText(2048)).toBe("2,048");
  });
});

describe("keyMark", () => {
  it("marks what routing will use and says why the rest is skipped", () => {
    expect(keyMark({ kind: "ready" })?.label).toBe("key ✓");
    expect(keyMark({ kind: "ready" })?.ready).toBe(true);
    const noKey = keyMark({ kind: "no_key", provider: "OpenAI" });
    expect(noKey?.label).toBe("no key");
    expect(noKey?.ready).toBe(false);
    expect(noKey?.title, "names the provider that lacks the key").toContain("OpenAI has no key");
    expect(keyMark({ kind: "no_provider" })?.label, "no provider is no key too, to a user").toBe("no key");
    expect(keyMark(undefined), "unknown until the backend says").toBeNull();
  });
});
