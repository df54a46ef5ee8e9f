//! OpenAI-compatible presets: the servers that speak Chat Completions, each a base URL
//! plus the quirks that set it apart. Choosing one when adding a provider fills in the
//! URL; its id, kept in the provider's settings, selects the quirks at request time.
//!
//! Quirks known today: the name of the output cap (`max_completion_tokens` is OpenAI's
//! current name; most others only read `max_tokens`), whether `stream_options` may be
//! sent (Mistral reports usage without it), and attribution headers (OpenRouter).
//! Reasoning fields (`reasoning_content`, `reasoning`, Magistral's thinking parts) and
//! usage shapes are read by the one decoder for all of them.

use serde::Serialize;
use ts_rs::TS;

/// Which request field carries the output token cap.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MaxTokensField {
    MaxCompletionTokens,
    MaxTokens,
}

/// How one server differs from OpenAI's own API.
#[derive(Debug, Clone, Copy)]
pub struct Quirks {
    pub max_tokens_field: MaxTokensField,
    /// Whether to ask for usage with `stream_options.include_usage`.
    pub stream_options: bool,
    pub headers: &'static [(&'static str, &'static str)],
}

const OPENAI: Quirks = Quirks {
    max_tokens_field: MaxTokensField::MaxCompletionTokens,
    stream_options: true,
    headers: &[],
};

const MAX_TOKENS: Quirks = Quirks {
    max_tokens_field: MaxTokensField::MaxTokens,
    stream_options: true,
    headers: &[],
};

/// A server a user can pick from the list when adding a provider.
#[derive(Debug, Clone, Serialize, TS)]
pub struct Preset {
    pub id: &'static str,
    pub label: &'static str,
    pub base_url: &'static str,
    /// Runs on the user's machine: keyless and free to the budget.
    pub local: bool,
    /// A model to start with (the user can pick another).
    pub default_model: &'static str,
    #[serde(skip)]
    #[ts(skip)]
    pub quirks: Quirks,
}

pub const PRESETS: &[Preset] = &[
    Preset {
        id: "openai",
        label: "OpenAI",
        base_url: "https://api.openai.com/v1",
        local: false,
        default_model: "gpt-4.1-mini",
        quirks: OPENAI,
    },
    Preset {
        id: "openrouter",
        label: "OpenRouter",
        base_url: "https://openrouter.ai/api/v1",
        local: false,
        default_model: "openai/gpt-4.1-mini",
        quirks: Quirks {
            headers: &[("x-title", "Switchboard")],
            ..MAX_TOKENS
        },
    },
    Preset {
        id: "groq",
        label: "Groq",
        base_url: "https://api.groq.com/openai/v1",
        local: false,
        default_model: "llama-3.3-70b-versatile",
        quirks: OPENAI,
    },
    Preset {
        id: "mistral",
        label: "Mistral",
        base_url: "https://api.mistral.ai/v1",
        local: false,
        default_model: "mistral-small-latest",
        quirks: Quirks {
            stream_options: false,
            ..MAX_TOKENS
        },
    },
    Preset {
        id: "deepseek",
        label: "DeepSeek",
        base_url: "https://api.deepseek.com/v1",
        local: false,
        default_model: "deepseek-chat",
        quirks: MAX_TOKENS,
    },
    Preset {
        id: "xai",
        label: "xAI",
        base_url: "https://api.x.ai/v1",
        local: false,
        default_model: "grok-3-mini",
        quirks: OPENAI,
    },
    Preset {
        id: "together",
        label: "Together AI",
        base_url: "https://api.together.xyz/v1",
        local: false,
        default_model: "meta-llama/Llama-3.3-70B-Instruct-Turbo",
        quirks: MAX_TOKENS,
    },
    Preset {
        id: "lmstudio",
        label: "LM Studio",
        base_url: "http://localhost:1234/v1",
        local: true,
        default_model: "",
        quirks: MAX_TOKENS,
    },
    Preset {
        id: "vllm",
        label: "vLLM",
        base_url: "http://localhost:8000/v1",
        local: true,
        default_model: "",
        quirks: MAX_TOKENS,
    },
    Preset {
        id: "llamacpp",
        label: "llama.cpp server",
        base_url: "http://localhost:8080/v1",
        local: true,
        default_model: "",
        quirks: MAX_TOKENS,
    },
];

pub fn find(id: &str) -> Option<&'static Preset> {
    PRESETS.iter().find(|p| p.id == id)
}

/// The quirks of a preset; no preset (or an unknown one) is plain OpenAI.
pub fn quirks(id: Option<&str>) -> Quirks {
    id.and_then(find).map_or(OPENAI, |p| p.quirks)
}

/// Whether a preset is a local server that needs no key.
pub fn is_local(id: &str) -> bool {
    find(id).is_some_and(|p| p.local)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn preset_ids_are_unique_and_urls_are_api_roots() {
        let mut ids: Vec<_> = PRESETS.iter().map(|p| p.id).collect();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), PRESETS.len());
        for p in PRESETS {
            assert!(p.base_url.ends_with("/v1"), "{}: {}", p.id, p.base_url);
            assert_eq!(
                p.local,
                p.base_url.starts_with("http://localhost"),
                "{}",
                p.id
            );
        }
    }
}
