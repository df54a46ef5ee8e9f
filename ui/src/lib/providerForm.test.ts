import { describe, expect, it } from "vitest";
import { PRESETS } from "../test/fakeBackend";
import type { Provider, ProviderKind, Vendor } from "./bindings";
import {
  bedrockDefaultUrl,
  detectedOllamaInput,
  draftFromProvider,
  draftToInput,
  effectiveBaseUrl,
  fieldsFor,
  keyDroppedBy,
  kindLabel,
  KINDS,
  newDraft,
  presetForUrl,
  readCredentials,
  sameLocalServer,
  withBaseUrl,
  withKind,
  withPreset,
  type ProviderDraft,
} from "./providerForm";
import { headerProblem, validateProvider } from "./validate";

const saved: Provider = {
  id: 3, name: "OpenAI", kind: "openai", base_url: "https://api.openai.com/v1", default_model: "gpt-4.1-mini",
  vendor: null, local: false, settings: { preset: "openai" }, has_key: true, created_at: 1,
};

const vendor = (id: string): Vendor => ({ id, name: id, base_url: "-", hosts: [], needs_key: true, tokenizer: "estimate" });
const vendors = ["openai", "anthropic", "google", "ollama"].map(vendor);

function draft(kind: ProviderKind, extra: Partial<ProviderDraft> = {}): ProviderDraft {
  return { ...newDraft(kind, PRESETS), name: "Mine", model: "m", ...extra };
}

describe("fieldsFor", () => {
  it.each<[ProviderKind, string[]]>([
    ["openai", ["preset", "name", "base_url", "default_model", "vendor", "local", "api_key", "headers"]],
    ["anthropic", ["name", "base_url", "default_model", "api_key"]],
    ["gemini", ["name", "base_url", "default_model", "api_key"]],
    ["azure", ["name", "base_url", "default_model", "api_version", "api_key"]],
    ["bedrock", ["name", "region", "base_url", "default_model", "aws_credentials", "api_key"]],
    ["ollama", ["name", "base_url", "default_model"]],
  ])("%s shows exactly its fields", (kind, fields) => {
    expect(fieldsFor(kind), "the form renders these, in this order").toEqual(fields);
  });

  it("covers every kind the backend knows", () => {
    expect([...KINDS].sort(), "one picker entry per ProviderKind").toEqual(
      ["anthropic", "azure", "bedrock", "gemini", "ollama", "openai"],
    );
  });
});

describe("new drafts", () => {
  it("start on the OpenAI preset for OpenAI-compatible, and on each kind's default URL otherwise", () => {
    const openai = newDraft("openai", PRESETS);
    expect([openai.preset, openai.baseUrl, openai.model, openai.name], "preset filled, name left to the user").toEqual([
      "openai", "https://api.openai.com/v1", "gpt-4.1-mini", "",
    ]);
    expect(newDraft("anthropic", PRESETS).baseUrl).toBe("https://api.anthropic.com");
    expect(newDraft("gemini", PRESETS).baseUrl).toBe("https://generativelanguage.googleapis.com");
    expect(newDraft("ollama", PRESETS).baseUrl).toBe("http://localhost:11434");
    expect(newDraft("ollama", PRESETS).local, "Ollama runs locally").toBe(true);
    expect(newDraft("azure", PRESETS).baseUrl, "Azure's resource URL is the user's own").toBe("");
    expect(newDraft("bedrock", PRESETS).baseUrl, "blank: the region's endpoint").toBe("");
    expect(newDraft("openai", []).preset, "without presets the form is Custom").toBe("");
  });

  it("switching kind replaces what the form suggested but keeps what the user typed", () => {
    const suggested = withKind(withPreset(newDraft("openai", PRESETS), "groq", PRESETS), "anthropic", PRESETS);
    expect([suggested.name, suggested.model, suggested.baseUrl], "suggestions follow the kind").toEqual([
      "Anthropic", "", "https://api.anthropic.com",
    ]);
    const typed = withKind({ ...newDraft("openai", PRESETS), name: "Work", model: "my-model", vendor: "openai" }, "azure", PRESETS);
    expect([typed.name, typed.model], "typed values stay").toEqual(["Work", "my-model"]);
    expect(typed.vendor, "a vendor picked for OpenAI-compatible does not ride along unseen").toBe("");
    expect(typed.preset, "presets belong to OpenAI-compatible").toBe("");
  });
});

describe("presets", () => {
  it("fill the URL, the model (when they have one) and the local flag", () => {
    const groq = withPreset(newDraft("openai", PRESETS), "groq", PRESETS);
    expect([groq.baseUrl, groq.model, groq.local, groq.name]).toEqual([
      "https://api.groq.com/openai/v1", "llama-3.3-70b-versatile", false, "Groq",
    ]);
    const lm = withPreset(groq, "lmstudio", PRESETS);
    expect([lm.baseUrl, lm.model, lm.local, lm.name], "a suggested model is cleared when the preset has none").toEqual([
      "http://localhost:1234/v1", "", true, "LM Studio",
    ]);
    const typed = withPreset({ ...groq, name: "Home", model: "qwen3" }, "vllm", PRESETS);
    expect([typed.model, typed.name], "what the user typed is not replaced by nothing").toEqual(["qwen3", "Home"]);
    const custom = withPreset(groq, "", PRESETS);
    expect([custom.preset, custom.baseUrl], "Custom keeps the URL to edit").toEqual(["", groq.baseUrl]);
  });

  it("follow the URL's host: a hosted preset is its host, a local one runs anywhere", () => {
    expect(presetForUrl("groq", "https://api.groq.com/openai/v2", PRESETS), "same host").toBe("groq");
    expect(presetForUrl("groq", "http://127.0.0.1:9999/v1", PRESETS), "another host is not Groq").toBe("");
    expect(presetForUrl("", "https://openrouter.ai/api/v1", PRESETS), "a hosted preset's host is recognised").toBe("openrouter");
    expect(presetForUrl("lmstudio", "http://192.168.1.20:1234/v1", PRESETS), "LM Studio on another machine").toBe("lmstudio");
    expect(presetForUrl("", "http://localhost:8080/v1", PRESETS), "a local port is not guessed").toBe("");
    expect(presetForUrl("openai", "not a url", PRESETS)).toBe("");
    expect(withBaseUrl(draft("openai"), "http://127.0.0.1:4000/v1", PRESETS).preset, "typing a URL").toBe("");
  });
});

describe("draftToInput", () => {
  it("sends only the settings each kind uses", () => {
    const base = { name: " Mine ", model: " m ", apiVersion: "2025-01-01-preview", region: "eu-west-1", preset: "groq" };
    expect(draftToInput(draft("openai", base)).settings, "OpenAI-compatible: its preset").toEqual({ preset: "groq" });
    expect(draftToInput(draft("azure", base)).settings, "Azure: its api-version").toEqual({ api_version: "2025-01-01-preview" });
    expect(draftToInput(draft("bedrock", base)).settings, "Bedrock: its region").toEqual({ region: "eu-west-1" });
    expect(draftToInput(draft("anthropic", base)).settings, "Anthropic: none").toEqual({});
    expect(draftToInput(draft("azure", { apiVersion: " " })).settings, "a blank api-version is the default").toEqual({});
  });

  it("implies the vendor and the local flag where the kind decides them", () => {
    expect(draftToInput(draft("anthropic"), vendors).vendor).toBe("anthropic");
    expect(draftToInput(draft("gemini"), vendors).vendor).toBe("google");
    expect(draftToInput(draft("gemini"), []).vendor, "only a vendor the catalogue has").toBeNull();
    expect(draftToInput(draft("ollama", { local: false })).local, "Ollama is always local").toBe(true);
    expect(draftToInput(draft("anthropic", { local: true })).local, "a hosted API never is").toBe(false);
    expect(draftToInput(draft("openai", { local: true })).local, "OpenAI-compatible: the user's flag").toBe(true);
  });

  it("keeps filled header rows, lower-cased, and drops blank ones", () => {
    const input = draftToInput(draft("openai", { headers: [{ name: " X-Title ", value: " Switchboard " }, { name: "", value: "" }] }));
    expect(input.settings.headers).toEqual([{ name: "x-title", value: "Switchboard" }]);
  });
});

describe("validateProvider per kind", () => {
  it("Bedrock needs a region and may leave its endpoint blank", () => {
    expect(validateProvider(draftToInput(draft("bedrock", { region: "us-east-1" }))), "blank endpoint").toEqual({});
    expect(validateProvider(draftToInput(draft("bedrock"))).region).toBe("Enter the AWS region, e.g. us-east-1.");
    expect(validateProvider(draftToInput(draft("bedrock", { region: "US East" }))).region).toContain("is not an AWS region");
  });

  it("the other kinds need a URL, and say what the model is called", () => {
    expect(validateProvider(draftToInput(draft("azure", { model: "" }))).base_url, "the resource URL").toContain("RESOURCE");
    expect(validateProvider(draftToInput(draft("azure", { baseUrl: "https://r.openai.azure.com", model: "" }))).default_model).toBe(
      "Enter the deployment name.",
    );
    expect(validateProvider(draftToInput(draft("ollama"))), "the default URL is fine").toEqual({});
  });

  it("refuses extra headers that are invalid or carry credentials", () => {
    expect(headerProblem("x-title", "Switchboard")).toBeNull();
    expect(headerProblem("authorization", "Bearer x"), "keys go in the keyring").toContain("carries credentials");
    expect(headerProblem("x-amz-security-token", "t")).toContain("carries credentials");
    expect(headerProblem("bad header", "v")).toContain("not a valid header name");
    expect(headerProblem("", "v")).toContain("Give every header a name");
    const input = draftToInput(draft("openai", { headers: [{ name: "X-Api-Key", value: "sk" }] }));
    expect(validateProvider(input).headers, "the form says so before sending").toContain("x-api-key");
  });
});

describe("changing a saved provider's URL", () => {
  it("drops the key only when the stored URL moves", () => {
    const same = draftToInput(draftFromProvider(saved));
    expect(keyDroppedBy(saved, same), "unchanged").toBe(false);
    expect(keyDroppedBy(saved, { ...same, base_url: "https://api.openai.com/v1/" }), "a trailing slash is not a move").toBe(false);
    expect(keyDroppedBy(saved, { ...same, default_model: "gpt-6" }), "other fields do not matter").toBe(false);
    expect(keyDroppedBy(saved, { ...same, base_url: "https://proxy.example.com/v1" }), "a new host").toBe(true);
    expect(keyDroppedBy({ ...saved, has_key: false }, { ...same, base_url: "https://proxy.example.com/v1" }), "no key to lose").toBe(
      false,
    );
  });

  it("Bedrock's blank endpoint follows its region", () => {
    const bedrock: Provider = {
      ...saved, kind: "bedrock", base_url: bedrockDefaultUrl("us-east-1"), settings: { region: "us-east-1" },
    };
    const form = draftFromProvider(bedrock);
    expect(form.baseUrl, "the region's own endpoint shows blank").toBe("");
    expect(effectiveBaseUrl(draftToInput(form)), "and is what the backend fills in").toBe(bedrock.base_url);
    expect(keyDroppedBy(bedrock, draftToInput(form)), "saving it unchanged keeps the credentials").toBe(false);
    expect(keyDroppedBy(bedrock, draftToInput({ ...form, region: "eu-west-1" })), "a new region is a new host").toBe(true);
  });
});

describe("kindLabel", () => {
  it("names the kind, or the preset an OpenAI-compatible provider came from", () => {
    expect(kindLabel(saved, PRESETS)).toBe("OpenAI");
    expect(kindLabel({ kind: "openai", settings: { preset: "groq" } }, PRESETS)).toBe("Groq · OpenAI-compatible");
    expect(kindLabel({ kind: "openai", settings: {} }, PRESETS)).toBe("OpenAI-compatible");
    expect(kindLabel({ kind: "bedrock", settings: {} }, PRESETS)).toBe("AWS Bedrock");
    expect(kindLabel({ kind: "azure", settings: {} }, PRESETS)).toBe("Azure OpenAI");
    expect(kindLabel({ kind: "gemini", settings: {} }, PRESETS)).toBe("Google Gemini");
  });
});

describe("readCredentials", () => {
  const empty = { key: "", accessKeyId: "", secretAccessKey: "", sessionToken: "" };

  it("reads a trimmed API key, or none when blank", () => {
    expect(readCredentials("anthropic", "aws", { ...empty, key: " sk-ant " })).toEqual({ ok: true, credentials: { kind: "key", key: "sk-ant" } });
    expect(readCredentials("openai", "aws", empty)).toEqual({ ok: true, credentials: { kind: "none" } });
    expect(readCredentials("ollama", "aws", { ...empty, key: "x" }), "Ollama takes none").toEqual({ ok: true, credentials: { kind: "none" } });
  });

  it("reads Bedrock's AWS keys as a pair, with an optional session token", () => {
    expect(readCredentials("bedrock", "aws", { ...empty, accessKeyId: "AKIA1", secretAccessKey: "s" })).toEqual({
      ok: true, credentials: { kind: "aws", accessKeyId: "AKIA1", secretAccessKey: "s", sessionToken: null },
    });
    expect(readCredentials("bedrock", "aws", { ...empty, accessKeyId: "AKIA1" }).ok, "half a pair is refused").toBe(false);
    expect(readCredentials("bedrock", "aws", empty), "none yet").toEqual({ ok: true, credentials: { kind: "none" } });
    expect(readCredentials("bedrock", "api_key", { ...empty, key: "ABSK1" }), "or a Bedrock API key").toEqual({
      ok: true, credentials: { kind: "key", key: "ABSK1" },
    });
  });
});

describe("a detected Ollama", () => {
  it("is the same server at localhost or 127.0.0.1, with or without a trailing slash", () => {
    expect(sameLocalServer("http://localhost:11434", "http://127.0.0.1:11434/")).toBe(true);
    expect(sameLocalServer("HTTP://LOCALHOST:11434", "http://localhost:11434")).toBe(true);
    expect(sameLocalServer("http://localhost:11435", "http://localhost:11434"), "another port").toBe(false);
    expect(sameLocalServer("http://gpu-box:11434", "http://localhost:11434"), "another host").toBe(false);
  });

  it("is added as a local Ollama named Ollama, or the next free name", () => {
    expect(detectedOllamaInput("http://localhost:11434", "llama3.2", [])).toEqual({
      name: "Ollama", kind: "ollama", base_url: "http://localhost:11434", default_model: "llama3.2", vendor: null,
      local: true, settings: {},
    });
    expect(detectedOllamaInput("http://localhost:11434", "llama3.2", ["Ollama", "Ollama 2"]).name).toBe("Ollama 3");
    const vendors = [{ id: "ollama" }] as Vendor[];
    expect(detectedOllamaInput("http://localhost:11434", "llama3.2", [], vendors).vendor, "the catalogue's vendor").toBe("ollama");
  });
});
