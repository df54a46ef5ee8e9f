//! Removes credentials from text that came from (or mentions) a provider before it is
//! stored, logged or shown: a server may echo the `Authorization` header in an error
//! body, and a proxy may quote the request URL with its query string.
//!
//! What is removed: every known secret given by the caller (wherever it appears), the
//! token after `Bearer`, after an `x-api-key:` / `api-key:` / `x-goog-api-key:` /
//! `authorization:` header name, and the value of credential-like query parameters
//! (`key=`, `api_key=`, `token=`, `sig=`, …). Each becomes `[redacted]`.
//!
//! Invariant: `scrub` never returns text containing any of `secrets` (checked for every
//! secret of 4 characters or more; shorter strings are too common to be credentials).

use std::sync::OnceLock;

use regex::Regex;

const REDACTED: &str = "[redacted]";
/// Secrets shorter than this are not searched for: they would redact ordinary words
/// (real API keys are 20 characters or more; keyless local servers get a short
/// placeholder that is no secret).
pub const MIN_SECRET_CHARS: usize = 8;

fn patterns() -> &'static [Regex] {
    static PATTERNS: OnceLock<Vec<Regex>> = OnceLock::new();
    PATTERNS.get_or_init(|| {
        [
            // `Bearer sk-…`, as an echoed Authorization header or in prose.
            r"(?i)(\bbearer\s+)[^\s,;'\x22<>]+",
            // Header names that carry keys, in `name: value` or JSON `"name":"value"` form.
            r#"(?i)(\b(?:x-api-key|api-key|x-goog-api-key|authorization|proxy-authorization)["']?\s*[:=]\s*["']?)[^\s,;'"<>]+"#,
            // Credential-like URL query parameters.
            r"(?i)([?&](?:key|api_key|apikey|api-key|subscription-key|token|access_token|auth|sig|signature|x-amz-signature|x-amz-security-token)=)[^&\s'\x22<>]+",
            // Credential-like JSON fields: "api_key": "…", "secret": "…".
            r#"(?i)("(?:api_?key|apikey|secret|token|access_token|password)"\s*:\s*")[^"]+"#,
        ]
        .iter()
        // The patterns are constants checked by the tests below; a failure here would be
        // a programming error caught on the first test run, never user input.
        .filter_map(|p| Regex::new(p).ok())
        .collect()
    })
}

/// Whether a request header of this (lower-case) name carries credentials, so it may
/// only ever come from the keyring, never from a provider's stored settings.
pub fn is_credential_header(name: &str) -> bool {
    matches!(
        name,
        "authorization"
            | "proxy-authorization"
            | "x-api-key"
            | "api-key"
            | "x-goog-api-key"
            | "cookie"
    ) || name.starts_with("x-amz-")
}

/// `text` with every credential removed (see the module doc). The patterns run first, so
/// a near-copy of a key after `Bearer` goes too; then every known secret, wherever else
/// it appears.
pub fn scrub(text: &str, secrets: &[&str]) -> String {
    let mut out = text.to_owned();
    for re in patterns() {
        if re.is_match(&out) {
            out = re
                .replace_all(&out, |c: &regex::Captures<'_>| {
                    format!("{}{REDACTED}", c.get(1).map_or("", |m| m.as_str()))
                })
                .into_owned();
        }
    }
    for secret in secrets {
        let secret = secret.trim();
        if secret.chars().count() >= MIN_SECRET_CHARS && out.contains(secret) {
            out = out.replace(secret, REDACTED);
        }
    }
    out
}

/// A URL as it may appear in messages and logs: scheme, host, port and path, without
/// user info, query or fragment (either may carry a key).
pub fn display_url(url: &str) -> String {
    match reqwest::Url::parse(url) {
        Ok(mut u) => {
            let _ = u.set_username("");
            let _ = u.set_password(None);
            u.set_query(None);
            u.set_fragment(None);
            u.to_string()
        }
        Err(_) => scrub(url.split(['?', '#']).next().unwrap_or(""), &[]),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_compiled_patterns_are_all_there() {
        assert_eq!(patterns().len(), 4, "every pattern must compile");
    }

    #[test]
    fn known_secrets_and_header_values_are_removed() {
        let key = "sk-live-ABCdef0123456789";
        let cases = [
            format!("invalid key {key} provided"),
            format!("echo: Authorization: Bearer {key}"),
            format!(r#"{{"headers":{{"authorization":"Bearer {key}"}}}}"#),
            format!("x-api-key: {key}"),
            format!("API-KEY:{key}"),
            format!("GET /v1?key={key}&alt=sse"),
            format!("GET /openai?subscription-key={key}"),
            format!(r#"{{"api_key": "{key}"}}"#),
        ];
        for case in cases {
            let out = scrub(&case, &[key]);
            assert!(!out.contains(key), "{case} → {out}");
            assert!(out.contains(REDACTED), "{case} → {out}");
        }
        // Unknown tokens after a credential marker go too.
        let out = scrub("Authorization: Bearer other-token-xyz", &[]);
        assert!(!out.contains("other-token-xyz"), "{out}");
        assert_eq!(
            scrub("the model is overloaded", &[key]),
            "the model is overloaded",
            "ordinary text is left alone"
        );
        assert_eq!(scrub("ab cd", &["ab"]), "ab cd", "too short to be a secret");
        // The request's own secrets include the whole header value and the credential;
        // a near-copy of the key after `Bearer` (one the server mangled) goes too.
        let header = format!("Bearer {key}");
        let near = &key[..key.len() - 2];
        let out = scrub(
            &format!(
                "Authorization: Bearer {near}; raw bearer {}",
                key.to_uppercase()
            ),
            &[&header, key],
        );
        assert!(
            !out.contains(near) && !out.contains(&key.to_uppercase()),
            "{out}"
        );
    }

    #[test]
    fn urls_lose_query_and_user_info() {
        assert_eq!(
            display_url("https://u:p@example.com:8443/v1/chat?key=SECRET#x"),
            "https://example.com:8443/v1/chat"
        );
        assert!(!display_url("not a url?key=SECRET").contains("SECRET"));
    }
}
