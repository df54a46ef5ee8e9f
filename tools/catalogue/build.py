#!/usr/bin/env python3
"""Build Switchboard's shipped model catalogue and route table.

    python3 tools/catalogue/build.py PATH/TO/model_prices_and_context_window.json \
        [--out src-tauri/crates/core/data/catalogue.json] [--retrieved YYYY-MM-DD]

Reads LiteLLM's MIT-licensed price table (LiteLLM 1.109.1; a copy lives in the test
fixtures at shared/fixtures/prices/) and writes `catalogue.json`, which the core crate
compiles in (`Catalogue::shipped`). Python 3.11, standard library only. The output
depends only on the input file and the lists below: same input, same bytes.

What comes from LiteLLM: prices, context window, output limit, and the vision / tools /
reasoning flags. What is Switchboard's own: which models ship (`MODELS`), their display
names, the quality tiers, and the route table (`ROUTES`). See data/CATALOGUE.md.

Conversions and rules
- Prices: LiteLLM gives USD per token; we ship USD per million tokens, rounded to 6
  significant digits. Only the base tier is carried: LiteLLM's above-N-tokens, batch,
  flex, priority and regional prices are not (the schema has one price per kind).
- cache_read / cache_write: `cache_read_input_token_cost` /
  `cache_creation_input_token_cost`; null when absent. A cache-write price of 0 is
  also shipped as null: it means "no separate write price" (DeepSeek bills cache misses
  as ordinary input), and null makes the app fall back to the input price.
- reasoning: `output_cost_per_reasoning_token`, only when it differs from the output
  price; otherwise null (reasoning tokens bill as output).
- context_window: LiteLLM `max_input_tokens` (else `max_tokens`). The router treats it
  as the whole window, input plus output, so using the input limit errs small.
- max_output: LiteLLM `max_output_tokens` (else `max_tokens`).
- Capabilities: `supports_vision`, `supports_function_calling`, `supports_reasoning`;
  a missing flag counts as false.
- Deprecation: a row whose `deprecation_date` is before BUILD_DATE is refused; one
  before PREFER_AFTER is refused unless listed in ALLOW_DEPRECATION_BEFORE_2027 (empty).
- A row must be `mode: chat` (Ollama rows may be `completion`, see check_row) and,
  where LiteLLM lists `supported_endpoints`, include /v1/chat/completions: Chat
  Completions is the only wire protocol the app speaks.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

SCHEMA = 1
LITELLM_VERSION = "1.109.1"
# The date this catalogue describes ("today" for the deprecation check).
BUILD_DATE = "2026-11-22"
# PROVENANCE.tsv records no retrieval date for the price table, and its contents are
# newer than the 2026-08-21/22 snapshot dates the fixtures README gives for the *other*
# fixtures (it lists models released in late October 2026). So "retrieved" is the date
# Switchboard took the table from the fixtures copy; override with --retrieved.
RETRIEVED = "2026-11-22"
PREFER_AFTER = "2027-01-01"
ALLOW_DEPRECATION_BEFORE_2027: frozenset[str] = frozenset()

TASKS = ("code", "reasoning", "planning", "writing", "summarize", "translate", "chat")

VENDORS = [
    {"id": "openai", "name": "OpenAI", "base_url": "https://api.openai.com/v1",
     "hosts": ["api.openai.com"], "needs_key": True, "tokenizer": "openai"},
    # Anthropic's OpenAI-compatible Chat Completions endpoint.
    {"id": "anthropic", "name": "Anthropic", "base_url": "https://api.anthropic.com/v1",
     "hosts": ["api.anthropic.com"], "needs_key": True, "tokenizer": "estimate"},
    # Gemini API's OpenAI-compatible endpoint.
    {"id": "google", "name": "Google Gemini",
     "base_url": "https://generativelanguage.googleapis.com/v1beta/openai",
     "hosts": ["generativelanguage.googleapis.com"], "needs_key": True,
     "tokenizer": "estimate"},
    {"id": "mistral", "name": "Mistral AI", "base_url": "https://api.mistral.ai/v1",
     "hosts": ["api.mistral.ai"], "needs_key": True, "tokenizer": "estimate"},
    {"id": "deepseek", "name": "DeepSeek", "base_url": "https://api.deepseek.com/v1",
     "hosts": ["api.deepseek.com"], "needs_key": True, "tokenizer": "estimate"},
    {"id": "groq", "name": "Groq", "base_url": "https://api.groq.com/openai/v1",
     "hosts": ["api.groq.com"], "needs_key": True, "tokenizer": "estimate"},
    {"id": "openrouter", "name": "OpenRouter", "base_url": "https://openrouter.ai/api/v1",
     "hosts": ["openrouter.ai"], "needs_key": True, "tokenizer": "estimate"},
    {"id": "ollama", "name": "Ollama (local)", "base_url": "http://localhost:11434/v1",
     "hosts": ["localhost:11434", "127.0.0.1:11434", "[::1]:11434"],
     "needs_key": False, "tokenizer": "estimate"},
]


def q(code, reasoning, planning, writing, summarize, translate, chat):
    """Quality tiers in TASKS order: 5 frontier, 4 strong, 3 solid, 2 basic, 1 weak."""
    return dict(zip(TASKS, (code, reasoning, planning, writing, summarize, translate, chat)))


# Quality tiers are Switchboard's judgement of relative strength per task, not
# benchmark scores. Most of these models were released in 2026; the tiers follow each
# vendor's own positioning of its tiers, the model's generation and price class, and
# published comparisons, and should be revisited as real usage comes in. "chat" also
# weighs responsiveness: models that always think before answering lose a point there.
# "best" routing ranks by these tiers and breaks ties by route order.
#
# Each entry: (vendor, API model id, display name, LiteLLM key or None, quality,
#              hand-set limits for rows LiteLLM lacks or None).
MODELS = [
    # --- OpenAI (tiers: Astra > Sol > Terra > Luna). GPT-6 Astra is OpenAI's frontier
    # model; GPT-6.1 Sol the everyday workhorse (OpenAI points to Sol or Astra for the
    # hardest coding); GPT-6.1 Terra half Sol's price, pitched at clear writing and
    # high-volume work; GPT-6 Luna the cheap tier for extraction, summaries, routing.
    # GPT-4.1 mini is a 2025 non-reasoning model kept as a low-latency fallback and
    # because it is the documented default in the README.
    ("openai", "gpt-6-astra", "GPT-6 Astra", "gpt-6-astra", q(5, 5, 5, 5, 5, 5, 4), None),
    ("openai", "gpt-6.1-sol", "GPT-6.1 Sol", "gpt-6.1-sol", q(4, 4, 4, 4, 4, 4, 5), None),
    ("openai", "gpt-6.1-terra", "GPT-6.1 Terra", "gpt-6.1-terra", q(4, 3, 3, 4, 4, 4, 4), None),
    ("openai", "gpt-6-luna", "GPT-6 Luna", "gpt-6-luna", q(3, 3, 2, 3, 4, 3, 4), None),
    ("openai", "gpt-4.1-mini", "GPT-4.1 mini", "gpt-4.1-mini", q(2, 2, 2, 3, 3, 3, 3), None),
    # --- Anthropic (current line-up: Fable 5.1 > Opus 5.5 > Sonnet 5.5 > Haiku 5.5).
    # Fable 5.1 and Opus 5.5 are frontier (thinking always on, so slower to chat);
    # Anthropic recommends Opus for most hard work at less than half Fable's price.
    # Sonnet 5.5 is fast, strong at code and noted for clear writing. Haiku 5.5 is the
    # cheap tier (LiteLLM prices it 5x higher above 100k input tokens: not modelled).
    ("anthropic", "claude-fable-5-1", "Claude Fable 5.1", "claude-fable-5-1", q(5, 5, 5, 5, 5, 5, 4), None),
    ("anthropic", "claude-opus-5-5", "Claude Opus 5.5", "claude-opus-5-5", q(5, 5, 5, 5, 5, 5, 4), None),
    ("anthropic", "claude-sonnet-5-5", "Claude Sonnet 5.5", "claude-sonnet-5-5", q(4, 4, 4, 5, 4, 4, 5), None),
    ("anthropic", "claude-haiku-5-5", "Claude Haiku 5.5", "claude-haiku-5-5", q(3, 3, 2, 3, 4, 3, 4), None),
    # --- Google. Gemini 4 Argon is Google's frontier model (long-horizon coding,
    # reasoning); prose a notch below Claude/GPT in our judgement. Gemini 3.8 Flash is
    # the strongest Flash, fast and good at multilingual work. 3.5 Flash-Lite is the
    # cheap high-throughput tier (no deprecation date, unlike 3.1 Flash-Lite).
    ("google", "gemini-4-argon", "Gemini 4 Argon", "gemini/gemini-4-argon", q(5, 5, 5, 4, 5, 5, 4), None),
    ("google", "gemini-3.8-flash", "Gemini 3.8 Flash", "gemini/gemini-3.8-flash", q(4, 4, 4, 3, 4, 4, 4), None),
    ("google", "gemini-3.5-flash-lite", "Gemini 3.5 Flash-Lite", "gemini/gemini-3.5-flash-lite", q(2, 2, 2, 2, 3, 3, 3), None),
    # --- Mistral. Large 4 (public preview, 1T-parameter open-weight MoE) is the
    # flagship; priced here at list price (Mistral charges half during the preview).
    # Medium 3.5 is the stable general model, good at European languages and prose.
    # Devstral 2 is the code specialist (weak outside code). Small 4 the cheap tier.
    ("mistral", "mistral-large-4", "Mistral Large 4", "mistral/mistral-large-4", q(4, 4, 4, 4, 4, 4, 4), None),
    ("mistral", "mistral-medium-latest", "Mistral Medium 3.5", "mistral/mistral-medium-latest", q(3, 3, 3, 4, 4, 4, 4), None),
    ("mistral", "devstral-latest", "Devstral 2", "mistral/devstral-latest", q(4, 2, 3, 2, 3, 2, 2), None),
    ("mistral", "mistral-small-latest", "Mistral Small 4", "mistral/mistral-small-latest", q(3, 2, 2, 3, 3, 3, 4), None),
    # --- DeepSeek. V4 Pro: strong open-weight reasoning and code, text only, plainer
    # prose. V4 Flash: very cheap and capable for its price. deepseek-chat and
    # deepseek-reasoner were deprecated on 2026-07-24 and are not shipped.
    ("deepseek", "deepseek-v4-pro", "DeepSeek V4 Pro", "deepseek/deepseek-v4-pro", q(4, 4, 4, 3, 4, 4, 3), None),
    ("deepseek", "deepseek-v4-flash", "DeepSeek V4 Flash", "deepseek/deepseek-v4-flash", q(3, 3, 3, 3, 4, 3, 4), None),
    # --- Groq (fast inference of open-weight models). gpt-oss-120b/20b are 2025
    # open-weight reasoning models, English-centric; Qwen3.8 27B is newer, multilingual
    # and sees images. LiteLLM 1.109.1 lists no other Groq chat models.
    ("groq", "openai/gpt-oss-120b", "gpt-oss-120b (Groq)", "groq/openai/gpt-oss-120b", q(3, 3, 3, 2, 3, 2, 3), None),
    ("groq", "openai/gpt-oss-20b", "gpt-oss-20b (Groq)", "groq/openai/gpt-oss-20b", q(2, 2, 2, 2, 2, 2, 3), None),
    ("groq", "qwen/qwen3.8-27b", "Qwen3.8 27B (Groq)", "groq/qwen/qwen3.8-27b", q(3, 3, 3, 3, 3, 4, 3), None),
    # --- OpenRouter: a few first-party models, so one OpenRouter key covers every
    # route with a strong, a mid and a cheap model. LiteLLM 1.109.1 has no openrouter/
    # rows, so each uses the upstream vendor's row (OpenRouter passes the provider's
    # list price through); tiers equal the upstream model's.
    ("openrouter", "anthropic/claude-sonnet-5.5", "Claude Sonnet 5.5 (OpenRouter)", "claude-sonnet-5-5", q(4, 4, 4, 5, 4, 4, 5), None),
    ("openrouter", "google/gemini-3.8-flash", "Gemini 3.8 Flash (OpenRouter)", "gemini/gemini-3.8-flash", q(4, 4, 4, 3, 4, 4, 4), None),
    ("openrouter", "openai/gpt-6-luna", "GPT-6 Luna (OpenRouter)", "gpt-6-luna", q(3, 3, 2, 3, 4, 3, 4), None),
    # --- Ollama (local, free, private). Small models: far below the cloud tiers.
    # Ids are the Ollama library names without a tag (`ollama pull llama3.1` gives the
    # 8B, `qwen2.5-coder` the 7B, `mistral` the 7B, `gemma3` the 4B). LiteLLM has rows
    # for llama3.1 and mistral (8k window); qwen2.5-coder and gemma3 have none and get
    # the same conservative 8k by hand. Ollama's real window is its num_ctx setting
    # (4k by default on GPUs under 24 GiB), which users can raise and then edit here.
    ("ollama", "llama3.1", "Llama 3.1 8B (local)", "ollama/llama3.1", q(1, 1, 1, 2, 2, 2, 2), None),
    ("ollama", "qwen2.5-coder", "Qwen2.5-Coder 7B (local)", None, q(2, 1, 1, 1, 1, 1, 1),
     {"context_window": 8192, "max_output": 8192, "vision": False, "tools": True, "reasoning": False}),
    ("ollama", "mistral", "Mistral 7B (local)", "ollama/mistral", q(1, 1, 1, 2, 2, 2, 2), None),
    ("ollama", "gemma3", "Gemma 3 4B (local)", None, q(1, 1, 1, 2, 2, 2, 2),
     {"context_window": 8192, "max_output": 8192, "vision": True, "tools": False, "reasoning": False}),
]

# Route table: ordered candidates per task ("balanced" routing takes the first usable
# one). Strong models first for code, reasoning and planning; cheap, fast ones first
# for summarize, translate and chat. Every route names at least one model of every
# vendor, so a user with any single key (or only Ollama) gets an answer; frontier
# models sit further down so "best" routing can still reach them.
ROUTES = {
    "code": [
        "anthropic/claude-opus-5-5",
        "openai/gpt-6.1-sol",
        "anthropic/claude-sonnet-5-5",
        "google/gemini-4-argon",
        "openrouter/anthropic/claude-sonnet-5.5",
        "deepseek/deepseek-v4-pro",
        "mistral/devstral-latest",
        "openai/gpt-6-astra",
        "anthropic/claude-fable-5-1",
        "google/gemini-3.8-flash",
        "groq/openai/gpt-oss-120b",
        "mistral/mistral-large-4",
        "deepseek/deepseek-v4-flash",
        "ollama/qwen2.5-coder",
    ],
    "reasoning": [
        "google/gemini-4-argon",
        "anthropic/claude-opus-5-5",
        "openai/gpt-6.1-sol",
        "openai/gpt-6-astra",
        "anthropic/claude-fable-5-1",
        "deepseek/deepseek-v4-pro",
        "openrouter/anthropic/claude-sonnet-5.5",
        "mistral/mistral-large-4",
        "anthropic/claude-sonnet-5-5",
        "google/gemini-3.8-flash",
        "groq/openai/gpt-oss-120b",
        "deepseek/deepseek-v4-flash",
        "ollama/llama3.1",
    ],
    "planning": [
        "anthropic/claude-opus-5-5",
        "google/gemini-4-argon",
        "openai/gpt-6.1-sol",
        "anthropic/claude-sonnet-5-5",
        "openai/gpt-6-astra",
        "anthropic/claude-fable-5-1",
        "openrouter/anthropic/claude-sonnet-5.5",
        "deepseek/deepseek-v4-pro",
        "mistral/mistral-large-4",
        "google/gemini-3.8-flash",
        "openai/gpt-6.1-terra",
        "groq/openai/gpt-oss-120b",
        "ollama/llama3.1",
    ],
    "writing": [
        "anthropic/claude-sonnet-5-5",
        "openai/gpt-6.1-terra",
        "anthropic/claude-opus-5-5",
        "openai/gpt-6.1-sol",
        "openrouter/anthropic/claude-sonnet-5.5",
        "google/gemini-4-argon",
        "mistral/mistral-medium-latest",
        "mistral/mistral-large-4",
        "openai/gpt-6-astra",
        "anthropic/claude-fable-5-1",
        "deepseek/deepseek-v4-pro",
        "google/gemini-3.8-flash",
        "groq/qwen/qwen3.8-27b",
        "ollama/llama3.1",
    ],
    "summarize": [
        "openai/gpt-6-luna",
        "anthropic/claude-haiku-5-5",
        "google/gemini-3.8-flash",
        "deepseek/deepseek-v4-flash",
        "mistral/mistral-small-latest",
        "openrouter/openai/gpt-6-luna",
        "groq/openai/gpt-oss-120b",
        "google/gemini-3.5-flash-lite",
        "openai/gpt-6.1-terra",
        "anthropic/claude-sonnet-5-5",
        "openrouter/google/gemini-3.8-flash",
        "google/gemini-4-argon",
        "ollama/llama3.1",
    ],
    "translate": [
        "openai/gpt-6-luna",
        "google/gemini-3.8-flash",
        "anthropic/claude-haiku-5-5",
        "mistral/mistral-small-latest",
        "deepseek/deepseek-v4-flash",
        "groq/qwen/qwen3.8-27b",
        "openrouter/google/gemini-3.8-flash",
        "ollama/gemma3",
        "google/gemini-3.5-flash-lite",
        "mistral/mistral-medium-latest",
        "anthropic/claude-sonnet-5-5",
        "openrouter/openai/gpt-6-luna",
        "google/gemini-4-argon",
    ],
    "chat": [
        "openai/gpt-6-luna",
        "anthropic/claude-haiku-5-5",
        "google/gemini-3.5-flash-lite",
        "groq/openai/gpt-oss-20b",
        "mistral/mistral-small-latest",
        "deepseek/deepseek-v4-flash",
        "openrouter/openai/gpt-6-luna",
        "ollama/llama3.1",
        "openai/gpt-4.1-mini",
        "google/gemini-3.8-flash",
        "anthropic/claude-sonnet-5-5",
        "openai/gpt-6.1-sol",
        "openrouter/anthropic/claude-sonnet-5.5",
        "ollama/gemma3",
    ],
}

SOURCE_NOTE = (
    "Prices are USD per million tokens, converted from LiteLLM's per-token costs and "
    "rounded to 6 significant digits; only the base tier is carried (no above-N-token, "
    "batch, flex, priority or regional prices). context_window is LiteLLM's "
    "max_input_tokens. The choice of models, display names, quality tiers and routes "
    "are Switchboard's own. LiteLLM 1.109.1 has no openrouter/ rows, so OpenRouter "
    "models reuse the upstream vendor's row; Ollama qwen2.5-coder and gemma3 have no "
    "LiteLLM row and carry hand-set limits (litellm_key null). PROVENANCE.tsv records "
    "no retrieval date for this table; 'retrieved' is when Switchboard took it from "
    "its fixtures copy."
)


class BuildError(Exception):
    pass


def per_million(per_token: float | int | None) -> float | None:
    """USD per token -> USD per million tokens, 6 significant digits."""
    if per_token is None:
        return None
    if isinstance(per_token, bool) or not isinstance(per_token, (int, float)):
        raise BuildError(f"price is not a number: {per_token!r}")
    value = float(f"{float(per_token) * 1_000_000:.6g}")
    if value < 0:
        raise BuildError(f"negative price: {per_token!r}")
    return value + 0.0  # normalise -0.0


def _limit(row: dict, *keys: str) -> int:
    for key in keys:
        value = row.get(key)
        if isinstance(value, (int, float)) and not isinstance(value, bool) and value > 0:
            return int(value)
    raise BuildError(f"none of {keys} is a positive number")


def check_row(key: str, row: dict) -> None:
    # LiteLLM marks some Ollama rows (e.g. ollama/mistral) "completion" because it calls
    # them through /api/generate; the models are chat-tuned and Ollama's /v1 endpoint
    # applies their chat template, so those rows are accepted.
    modes = ("chat", "completion") if key.startswith("ollama/") else ("chat",)
    if row.get("mode") not in modes:
        raise BuildError(f"{key}: mode is {row.get('mode')!r}, not chat")
    endpoints = row.get("supported_endpoints")
    if endpoints is not None and "/v1/chat/completions" not in endpoints:
        raise BuildError(f"{key}: not served over /v1/chat/completions")
    deprecation = row.get("deprecation_date")
    if deprecation is not None:
        if str(deprecation) < BUILD_DATE:
            raise BuildError(f"{key}: deprecated on {deprecation}, before {BUILD_DATE}")
        if str(deprecation) < PREFER_AFTER and key not in ALLOW_DEPRECATION_BEFORE_2027:
            raise BuildError(f"{key}: deprecated on {deprecation}, before {PREFER_AFTER}")
    for field in ("input_cost_per_token", "output_cost_per_token"):
        if row.get(field) is None:
            raise BuildError(f"{key}: no {field}")


def build_model(table: dict, vendor: str, model_id: str, name: str, key: str | None,
                quality: dict, manual: dict | None) -> dict:
    if set(quality) != set(TASKS) or not all(
        isinstance(v, int) and 1 <= v <= 5 for v in quality.values()
    ):
        raise BuildError(f"{vendor}/{model_id}: quality must rate every task 1-5")
    if key is None:
        if manual is None or vendor != "ollama":
            raise BuildError(f"{vendor}/{model_id}: only local models may lack a LiteLLM row")
        price = {"input": 0.0, "output": 0.0, "cache_read": None, "cache_write": None,
                 "reasoning": None}
        context_window, max_output = manual["context_window"], manual["max_output"]
        capabilities = {k: manual[k] for k in ("vision", "tools", "reasoning")}
    else:
        row = table.get(key)
        if not isinstance(row, dict):
            raise BuildError(f"{vendor}/{model_id}: LiteLLM has no row {key!r}")
        check_row(key, row)
        output = per_million(row["output_cost_per_token"])
        reasoning = per_million(row.get("output_cost_per_reasoning_token"))
        cache_write = per_million(row.get("cache_creation_input_token_cost"))
        price = {
            "input": per_million(row["input_cost_per_token"]),
            "output": output,
            "cache_read": per_million(row.get("cache_read_input_token_cost")),
            "cache_write": cache_write if cache_write else None,
            "reasoning": reasoning if reasoning is not None and reasoning != output else None,
        }
        try:
            context_window = _limit(row, "max_input_tokens", "max_tokens")
            max_output = _limit(row, "max_output_tokens", "max_tokens")
        except BuildError as e:
            raise BuildError(f"{key}: {e}") from None
        capabilities = {
            "vision": row.get("supports_vision") is True,
            "tools": row.get("supports_function_calling") is True,
            "reasoning": row.get("supports_reasoning") is True,
        }
    if vendor == "ollama" and (price["input"] or price["output"]):
        raise BuildError(f"{vendor}/{model_id}: local models must be free")
    return {
        "vendor": vendor,
        "id": model_id,
        "name": name,
        "context_window": context_window,
        "max_output": max_output,
        "price": price,
        "capabilities": capabilities,
        "quality": {task: quality[task] for task in TASKS},
        "litellm_key": key,
    }


def build(table: dict, retrieved: str = RETRIEVED) -> dict:
    vendor_ids = [v["id"] for v in VENDORS]
    models = []
    seen = set()
    for vendor, model_id, name, key, quality, manual in MODELS:
        if vendor not in vendor_ids:
            raise BuildError(f"{vendor}/{model_id}: unknown vendor")
        ref = f"{vendor}/{model_id}"
        if ref in seen:
            raise BuildError(f"{ref} listed twice")
        seen.add(ref)
        models.append(build_model(table, vendor, model_id, name, key, quality, manual))
    if set(ROUTES) != set(TASKS):
        raise BuildError("ROUTES must have exactly one route per task")
    routes = {}
    for task in TASKS:
        route = ROUTES[task]
        missing = [r for r in route if r not in seen]
        if missing:
            raise BuildError(f"{task} route names unknown models: {missing}")
        if len(set(route)) != len(route):
            raise BuildError(f"{task} route lists a model twice")
        uncovered = set(vendor_ids) - {r.split("/", 1)[0] for r in route}
        if uncovered:
            raise BuildError(f"{task} route has no model of {sorted(uncovered)}")
        routes[task] = list(route)
    return {
        "schema": SCHEMA,
        "source": {
            "name": "LiteLLM model_prices_and_context_window.json",
            "version": LITELLM_VERSION,
            "licence": "MIT",
            "url": "https://github.com/BerriAI/litellm",
            "retrieved": retrieved,
            "note": SOURCE_NOTE,
        },
        "vendors": [dict(v) for v in VENDORS],
        "models": models,
        "routes": routes,
    }


def render(catalogue: dict) -> str:
    return json.dumps(catalogue, indent=2, ensure_ascii=False) + "\n"


DEFAULT_OUT = (
    Path(__file__).resolve().parents[2] / "src-tauri" / "crates" / "core" / "data" / "catalogue.json"
)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("litellm_json", type=Path,
                        help="LiteLLM model_prices_and_context_window.json")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--retrieved", default=RETRIEVED,
                        help="date the LiteLLM table was retrieved (YYYY-MM-DD)")
    args = parser.parse_args(argv)
    try:
        table = json.loads(args.litellm_json.read_text(encoding="utf-8"))
        text = render(build(table, args.retrieved))
    except (OSError, json.JSONDecodeError, BuildError) as e:
        print(f"build.py: {e}", file=sys.stderr)
        return 1
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(text, encoding="utf-8")
    n_models = len(MODELS)
    print(f"wrote {args.out} ({n_models} models, {len(VENDORS)} vendors)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
