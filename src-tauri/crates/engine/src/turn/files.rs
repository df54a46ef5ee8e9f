//! Files attached to a turn: checked once when the user sends them, stored with the
//! user's message, and sent with it (and with every later turn of the conversation)
//! the way each API takes them: images inline, text files as text.
//!
//! Invariants: only images every API accepts (PNG, JPEG, GIF, WebP, their bytes
//! matching their type) and UTF-8 text are taken; sizes are bounded so a request
//! stays under every vendor's limit; a text file's content is part of the prompt, so it
//! is counted and booked like typed text, and each image is counted at a fixed estimate.

use std::sync::Arc;

use base64::Engine as _;
use sb_core::{Attachment, AttachmentInput, AttachmentKind};
use sb_providers::Image;
use sb_store::NewAttachment;

use crate::EngineError;

/// Most files on one message.
pub(crate) const MAX_FILES: usize = 8;
/// Largest image: 5 MiB, Anthropic's limit (Bedrock's is 3.75 MB; it says so itself).
pub(crate) const MAX_IMAGE_BYTES: usize = 5 * 1024 * 1024;
/// Largest text file: 512 KiB, about 130k tokens.
pub(crate) const MAX_TEXT_BYTES: usize = 512 * 1024;
/// Input tokens an image is counted as before the call: about what a one-megapixel
/// image costs at Anthropic and OpenAI (high detail); the provider's report settles it.
pub(crate) const IMAGE_TOKENS: u64 = 1_600;

fn invalid(message: String) -> EngineError {
    EngineError::InvalidInput { message }
}

/// The image types every API accepts, by their first bytes.
pub(crate) fn sniff_image(data: &[u8]) -> Option<&'static str> {
    if data.starts_with(b"\x89PNG\r\n\x1a\n") {
        Some("image/png")
    } else if data.starts_with(&[0xFF, 0xD8, 0xFF]) {
        Some("image/jpeg")
    } else if data.starts_with(b"GIF87a") || data.starts_with(b"GIF89a") {
        Some("image/gif")
    } else if data.len() >= 12 && &data[..4] == b"RIFF" && &data[8..12] == b"WEBP" {
        Some("image/webp")
    } else {
        None
    }
}

/// Checks the user's files and decodes them for storage.
pub(crate) fn prepare(inputs: Vec<AttachmentInput>) -> Result<Vec<NewAttachment>, EngineError> {
    if inputs.len() > MAX_FILES {
        return Err(invalid(format!(
            "At most {MAX_FILES} files can be attached to one message."
        )));
    }
    inputs
        .into_iter()
        .map(|input| {
            let name: String = input.name.trim().chars().take(200).collect();
            let name = if name.is_empty() {
                "file".to_owned()
            } else {
                name
            };
            let data = base64::engine::general_purpose::STANDARD
                .decode(input.data_base64.trim())
                .map_err(|_| invalid(format!("“{name}” could not be read (not base64).")))?;
            let declared = input.mime.trim().to_ascii_lowercase();
            if let Some(mime) = sniff_image(&data) {
                if data.len() > MAX_IMAGE_BYTES {
                    return Err(invalid(format!(
                        "“{name}” is {:.1} MB; images can be at most {} MB.",
                        data.len() as f64 / 1_048_576.0,
                        MAX_IMAGE_BYTES / 1_048_576
                    )));
                }
                return Ok(NewAttachment {
                    name,
                    mime: mime.to_owned(),
                    kind: AttachmentKind::Image,
                    data,
                });
            }
            if declared.starts_with("image/") {
                return Err(invalid(format!(
                    "“{name}” is not an image the models accept (PNG, JPEG, GIF or WebP)."
                )));
            }
            let text = std::str::from_utf8(&data)
                .ok()
                .filter(|t| !t.contains('\0'));
            match text {
                Some(_) if data.len() > MAX_TEXT_BYTES => Err(invalid(format!(
                    "“{name}” is {} KB; text files can be at most {} KB.",
                    data.len() / 1024,
                    MAX_TEXT_BYTES / 1024
                ))),
                Some(_) => Ok(NewAttachment {
                    name,
                    mime: if declared.is_empty() {
                        "text/plain".to_owned()
                    } else {
                        declared
                    },
                    kind: AttachmentKind::Text,
                    data,
                }),
                None => Err(invalid(format!(
                    "“{name}” is neither an image (PNG, JPEG, GIF, WebP) nor a text file."
                ))),
            }
        })
        .collect()
}

/// The text a model gets for a message: what was typed, then each text file.
pub(crate) fn with_text_files<'a>(
    typed: &str,
    files: impl Iterator<Item = (&'a Attachment, &'a [u8])>,
) -> String {
    let mut out = typed.to_owned();
    for (file, data) in files.filter(|(f, _)| f.kind == AttachmentKind::Text) {
        let content = String::from_utf8_lossy(data);
        out.push_str(&format!(
            "\n\n<file name=\"{}\">\n{}\n</file>",
            file.name.replace('"', "'"),
            content.trim_end()
        ));
    }
    out
}

/// The images of a message, as the provider layer sends them.
pub(crate) fn images<'a>(files: impl Iterator<Item = (&'a Attachment, &'a [u8])>) -> Vec<Image> {
    files
        .filter(|(f, _)| f.kind == AttachmentKind::Image)
        .map(|(f, data)| Image {
            mime: f.mime.clone(),
            data: Arc::from(data),
        })
        .collect()
}

/// A conversation's stored files with their bytes, by message.
pub(crate) type StoredFiles = sb_store::FilesByMessage;

#[cfg(test)]
mod tests {
    use super::*;

    fn input(name: &str, mime: &str, data: &[u8]) -> AttachmentInput {
        AttachmentInput {
            name: name.into(),
            mime: mime.into(),
            data_base64: base64::engine::general_purpose::STANDARD.encode(data),
        }
    }

    #[test]
    fn images_are_known_by_their_bytes_and_text_by_being_text() {
        let png = b"\x89PNG\r\n\x1a\nrest";
        let files = prepare(vec![
            input("a.png", "application/octet-stream", png),
            input("notes.md", "text/markdown", "# Hi\nthere".as_bytes()),
            input("data.json", "", br#"{"a":1}"#),
        ])
        .unwrap();
        assert_eq!(files[0].kind, AttachmentKind::Image);
        assert_eq!(files[0].mime, "image/png", "the bytes decide the type");
        assert_eq!(files[1].kind, AttachmentKind::Text);
        assert_eq!(files[2].mime, "text/plain");
        for bad in [
            input("x.bmp", "image/bmp", b"BM...."),
            input("x.pdf", "application/pdf", b"%PDF-1.4\0\x01\x02"),
            input("x", "text/plain", b"not base64 at all"),
        ] {
            let bad = AttachmentInput {
                data_base64: if bad.name == "x" {
                    "@@@".into()
                } else {
                    bad.data_base64
                },
                ..bad
            };
            assert!(prepare(vec![bad]).is_err());
        }
        let big = vec![b'a'; MAX_TEXT_BYTES + 1];
        assert!(prepare(vec![input("big.txt", "text/plain", &big)]).is_err());
        let many = (0..=MAX_FILES)
            .map(|i| input(&format!("{i}.txt"), "text/plain", b"x"))
            .collect();
        assert!(prepare(many).is_err());
    }

    #[test]
    fn text_files_follow_the_typed_text() {
        let a = Attachment {
            id: 1,
            name: "main.rs".into(),
            mime: "text/x-rust".into(),
            kind: AttachmentKind::Text,
            size: 12,
        };
        let text = with_text_files("Review this", [(&a, &b"fn main() {}\n"[..])].into_iter());
        assert_eq!(
            text,
            "Review this\n\n<file name=\"main.rs\">\nfn main() {}\n</file>"
        );
    }
}
