//! What a turn depends on before anything is decided: the caps that bind its
//! conversation, its routing settings and previous task, and the history it will send.
//!
//! Invariant: the history counted is the history sent ([`sendable`] picks both, and
//! [`TurnContext::messages_with`] is what a turn both measures and sends).

use sb_core::catalogue::ModelRef;
use sb_core::{Message, MessageStatus, QualityPreference, Role, Task};
use sb_providers::ChatMessage;
use sb_store::Caps;

use super::files::{images, with_text_files, StoredFiles};

/// A conversation's routing inputs, read once per turn or preview.
pub(crate) struct TurnContext {
    /// Every configured provider, and every vendor's learned token calibration.
    pub(crate) providers: Vec<sb_core::Provider>,
    pub(crate) calibrations: crate::route::Calibrations,
    pub(crate) caps: Caps,
    pub(crate) quality: QualityPreference,
    pub(crate) pinned: Option<ModelRef>,
    pub(crate) previous_task: Option<Task>,
    pub(crate) sticky: Option<(ModelRef, Task)>,
    /// The messages a call carries before the new prompt: exactly what is counted and
    /// exactly what is sent (failed and empty answers are left out of both).
    pub(crate) history: Vec<ChatMessage>,
}

impl TurnContext {
    /// The request's messages: the history plus the new prompt. A turn counts these
    /// and sends them, or the newest part of them that a model's window holds.
    pub(crate) fn messages_with(&self, prompt: ChatMessage) -> Vec<ChatMessage> {
        let mut messages = self.history.clone();
        messages.push(prompt);
        messages
    }
}

/// The history with the system prompt in front (the conversation's own, else the
/// default), as a system message each protocol sends its own way. A blank prompt is none.
pub(super) fn with_system_prompt(
    prompt: Option<&str>,
    history: Vec<ChatMessage>,
) -> Vec<ChatMessage> {
    match prompt.map(str::trim).filter(|p| !p.is_empty()) {
        Some(p) => std::iter::once(ChatMessage::text(Role::System, p))
            .chain(history)
            .collect(),
        None => history,
    }
}

/// At most the newest `limit` messages of a history (a conversation's own setting; `None`
/// = all of them, for the model's window to bound), starting at a question: an answer
/// whose question was left out is left out too (and some providers refuse a
/// conversation that opens with the assistant).
pub(super) fn newest(history: Vec<ChatMessage>, limit: Option<u32>) -> Vec<ChatMessage> {
    let Some(limit) = limit.and_then(|n| usize::try_from(n).ok()) else {
        return history;
    };
    let from = history.len().saturating_sub(limit);
    let mut kept: Vec<ChatMessage> = history.into_iter().skip(from).collect();
    let opening = kept
        .iter()
        .position(|m| m.role == Role::User)
        .unwrap_or(kept.len());
    kept.drain(..opening);
    kept
}

/// Which stored messages a call carries: everything with text, except failed answers
/// (a partial cut by an error is not a turn the model should build on).
/// A user message's attached files go with it: text files as text, images inline.
pub(super) fn sendable(history: Vec<Message>, files: &StoredFiles) -> Vec<ChatMessage> {
    history
        .into_iter()
        .filter(|m| {
            m.status != MessageStatus::Error
                && (!m.content.trim().is_empty() || files.contains_key(&m.id))
        })
        .map(|m| {
            let attached = files.get(&m.id).map(Vec::as_slice).unwrap_or_default();
            let pairs = || attached.iter().map(|(a, d)| (a, d.as_slice()));
            ChatMessage {
                role: m.role,
                content: with_text_files(&m.content, pairs()),
                images: images(pairs()),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_context_limit_keeps_the_newest_messages_from_a_question() {
        let history: Vec<ChatMessage> = (0..10)
            .map(|i| {
                let role = if i % 2 == 0 {
                    Role::User
                } else {
                    Role::Assistant
                };
                ChatMessage::text(role, format!("m{i}"))
            })
            .collect();
        let texts =
            |h: Vec<ChatMessage>| -> Vec<String> { h.into_iter().map(|m| m.content).collect() };
        assert_eq!(
            texts(newest(history.clone(), None)).len(),
            10,
            "no limit: all"
        );
        assert_eq!(
            texts(newest(history.clone(), Some(4))),
            ["m6", "m7", "m8", "m9"]
        );
        assert_eq!(
            texts(newest(history.clone(), Some(3))),
            ["m8", "m9"],
            "an answer without its question is not sent"
        );
        assert_eq!(texts(newest(history.clone(), Some(50))).len(), 10);
        assert!(
            newest(history, Some(1)).is_empty(),
            "only an answer: nothing"
        );
    }

    #[test]
    fn failed_and_empty_answers_are_not_sent() {
        let msg = |id, role, content: &str, status| Message {
            parent_id: None,
            id,
            conversation_id: 1,
            role,
            content: content.into(),
            reasoning: None,
            status,
            stop: None,
            model: None,
            provider: None,
            usage: None,
            error: None,
            attachments: Vec::new(),
            created_at: 0,
            updated_at: 0,
        };
        let history = vec![
            msg(1, Role::User, "first", MessageStatus::Complete),
            msg(2, Role::Assistant, "half an ans", MessageStatus::Error),
            msg(3, Role::User, "again", MessageStatus::Complete),
            msg(4, Role::Assistant, "stopped part", MessageStatus::Stopped),
            msg(5, Role::Assistant, "  ", MessageStatus::Complete),
        ];
        let context = TurnContext {
            providers: Vec::new(),
            calibrations: Default::default(),
            caps: Caps::default(),
            quality: QualityPreference::default(),
            pinned: None,
            previous_task: None,
            sticky: None,
            history: sendable(history, &Default::default()),
        };
        let prompt = ChatMessage::text(Role::User, "new");
        let sent: Vec<String> = context
            .messages_with(prompt)
            .into_iter()
            .map(|m| m.content)
            .collect();
        assert_eq!(sent, ["first", "again", "stopped part", "new"]);
    }
}
