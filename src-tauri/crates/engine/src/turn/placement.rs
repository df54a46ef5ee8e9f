//! Where a turn goes in its conversation's tree: after the branch shown (a new prompt),
//! as an edited prompt (a sibling of the prompt it replaces, answered anew), or as
//! another answer to a prompt (a sibling of an answer: regenerate, "Re-run with…").
//!
//! Invariant: the context sent with a turn is exactly the path from the conversation's
//! first message to the new prompt's parent — never a message of another branch.

use sb_core::{AttachmentInput, ConversationId, MessageId, Role};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::{Engine, EngineError};

/// Where a turn's messages go.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Placement {
    /// A new prompt after the last message shown.
    #[default]
    Continue,
    /// A new version of this user message, answered: its siblings keep the old one.
    Edit {
        #[ts(type = "number")]
        message_id: MessageId,
    },
    /// Another answer to the prompt this assistant message answered (no new prompt).
    Regenerate {
        #[ts(type = "number")]
        message_id: MessageId,
    },
}

/// The history a turn is sent with: the shown path, or the path ending at a message.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Base {
    Active,
    /// The path down to this message; `None`: no history (a new first message).
    At(Option<MessageId>),
}

/// A placement checked against the database.
pub(crate) struct Resolved {
    pub(crate) conversation_id: Option<ConversationId>,
    pub(crate) base: Base,
    /// The new prompt's parent, or (regenerate) the stored prompt being answered again.
    pub(crate) prompt: Prompt,
}

pub(crate) enum Prompt {
    /// A new user message under the base.
    New,
    /// The user message `id` already stored, sent again with its text and files.
    Stored {
        id: MessageId,
        text: String,
        files: Vec<AttachmentInput>,
    },
}

impl Engine {
    pub(crate) async fn resolve_placement(
        &self,
        conversation_id: Option<ConversationId>,
        placement: Placement,
    ) -> Result<Resolved, EngineError> {
        let (message_id, regenerate) = match placement {
            Placement::Continue => {
                return Ok(Resolved {
                    conversation_id,
                    base: Base::Active,
                    prompt: Prompt::New,
                })
            }
            Placement::Edit { message_id } => (message_id, false),
            Placement::Regenerate { message_id } => (message_id, true),
        };
        let (message, prompt, files) = self
            .db(move |s| {
                let message = s.get_message(message_id)?;
                let prompt = match (regenerate, message.parent_id) {
                    (true, Some(parent)) => Some(s.get_message(parent)?),
                    _ => None,
                };
                let files = match &prompt {
                    Some(p) => s
                        .attachment_data_for(&[p.id], true)?
                        .remove(&p.id)
                        .unwrap_or_default(),
                    None => Vec::new(),
                };
                Ok((message, prompt, files))
            })
            .await?;
        if conversation_id.is_some_and(|c| c != message.conversation_id) {
            return Err(EngineError::InvalidInput {
                message: "That message belongs to another conversation.".into(),
            });
        }
        let conversation_id = Some(message.conversation_id);
        if !regenerate {
            if message.role != Role::User {
                return Err(EngineError::InvalidInput {
                    message: "Only your own messages can be edited and sent again.".into(),
                });
            }
            return Ok(Resolved {
                conversation_id,
                base: Base::At(message.parent_id),
                prompt: Prompt::New,
            });
        }
        let Some(prompt) =
            prompt.filter(|p| p.role == Role::User && message.role == Role::Assistant)
        else {
            return Err(EngineError::InvalidInput {
                message: "Only an answer to one of your messages can be regenerated.".into(),
            });
        };
        use base64::Engine as _;
        let files = files
            .into_iter()
            .map(|(a, data)| AttachmentInput {
                name: a.name,
                mime: a.mime,
                data_base64: base64::engine::general_purpose::STANDARD.encode(data),
            })
            .collect();
        Ok(Resolved {
            conversation_id,
            base: Base::At(prompt.parent_id),
            prompt: Prompt::Stored {
                id: prompt.id,
                text: prompt.content,
                files,
            },
        })
    }
}
