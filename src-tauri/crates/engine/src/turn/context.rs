//! What a turn depends on before anything is decided: the caps that bind its
//! conversation, its routing settings and previous task, and the history it will send.
//!
//! Invariant: the history counted is the history sent ([`sendable`] picks both, and
//! [`TurnContext::messages_with`] is what a turn both measures and sends).

use sb_core::catalogue::ModelRef;
use sb_core::{ConversationId, Message, MessageId, MessageStatus, QualityPreference, Role, Task};
use sb_providers::ChatMessage;
use sb_store::{Caps, Store, StoreError};

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
    /// The stored ids of `history`'s messages: what says where the part a call sends
    /// begins.
    pub(crate) history_ids: SentIds,
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
    match prompt.map(str::trim).filter(|p| has_system_prompt(Some(p))) {
        Some(p) => std::iter::once(ChatMessage::text(Role::System, p))
            .chain(history)
            .collect(),
        None => history,
    }
}

/// Whether [`with_system_prompt`] puts `prompt` in front (a blank prompt is none).
pub(super) fn has_system_prompt(prompt: Option<&str>) -> bool {
    prompt.is_some_and(|p| !p.trim().is_empty())
}

/// At most the newest `limit` messages of a history (a conversation's own setting; `None`
/// = all of them, for the model's window to bound), starting at a question: an answer
/// whose question was left out is left out too (and some providers refuse a
/// conversation that opens with the assistant).
pub(super) fn newest<T>(history: Vec<T>, role: impl Fn(&T) -> Role, limit: Option<u32>) -> Vec<T> {
    let Some(limit) = limit.and_then(|n| usize::try_from(n).ok()) else {
        return history;
    };
    let from = history.len().saturating_sub(limit);
    let mut kept: Vec<T> = history.into_iter().skip(from).collect();
    let opening = kept
        .iter()
        .position(|m| role(m) == Role::User)
        .unwrap_or(kept.len());
    kept.drain(..opening);
    kept
}

/// Whether a call carries a stored message: everything with text or files, except
/// failed answers (a partial cut by an error is not a turn the model should build on).
fn is_sent(m: &Message) -> bool {
    m.status != MessageStatus::Error && (!m.content.trim().is_empty() || !m.attachments.is_empty())
}

/// The stored messages on the path down to `leaf` (in `conversation`) that a turn may
/// send. The whole path, or, with a context limit, only its newest part holding `limit`
/// messages that are sent: it is read from the leaf up in growing steps, so a turn in a
/// 10,000-message conversation set to its last 20 reads a few dozen messages, not all.
/// [`newest`] then keeps exactly what it keeps from the whole path, as it only looks at
/// the newest `limit` sent messages.
pub(super) fn stored_history(
    s: &Store,
    conversation: ConversationId,
    leaf: MessageId,
    limit: Option<u32>,
) -> Result<Vec<Message>, StoreError> {
    let (Some(limit), Some(depth)) = (
        limit.and_then(|n| usize::try_from(n).ok()),
        s.depth_in(conversation, leaf)?,
    ) else {
        return s.messages_to(leaf);
    };
    let mut step = limit.saturating_mul(2).max(16);
    loop {
        // The leaf is at `depth`: reading from `from` reads `depth + 1 - from` messages.
        let from = (depth + 1).saturating_sub(step);
        let ids = s.path_from(leaf, from)?;
        let messages = s.messages_by_ids(&ids)?;
        // Enough once `limit` of them are sent.
        if messages.iter().filter(|m| is_sent(m)).count() >= limit {
            return Ok(messages);
        }
        // Or when the path holds no more: the walk reached a first message. The stored
        // depths say when it should; in a file changed by something else they can be
        // wrong, and then the whole path is read as if there were no limit.
        if from == 0 || ids.len() < step {
            let first = ids.first().copied();
            return match first.map(|f| s.parent_depth(f)).transpose()?.flatten() {
                None => Ok(messages),
                Some(_) => {
                    tracing::warn!(leaf, "message depths disagree with their parents");
                    s.messages_to(leaf)
                }
            };
        }
        step = step.saturating_mul(4);
    }
}

/// Which stored messages a call carries (see [`is_sent`]), each with its id and as a
/// call carries it: a user message's attached files go with it, text files as text,
/// images inline.
pub(super) fn sendable(
    history: Vec<Message>,
    files: &StoredFiles,
) -> Vec<(MessageId, ChatMessage)> {
    history
        .into_iter()
        .filter(is_sent)
        .map(|m| {
            let attached = files.get(&m.id).map(Vec::as_slice).unwrap_or_default();
            let pairs = || attached.iter().map(|(a, d)| (a, d.as_slice()));
            let message = ChatMessage {
                role: m.role,
                content: with_text_files(&m.content, pairs()),
                images: images(pairs()),
            };
            (m.id, message)
        })
        .collect()
}

/// The stored ids of what a call carries before its prompt, told apart as
/// [`sb_core::route::kept`] tells them: a stored system message first, which is sent
/// whatever is left out (an import keeps ChatGPT's), and the rest, left out oldest first.
/// (A system prompt from the settings is also sent first, but is not a stored message.)
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct SentIds {
    pub(crate) head: Option<MessageId>,
    pub(crate) rest: Vec<MessageId>,
}

impl SentIds {
    /// `sent` (after any system prompt of the settings, `prompted`), split as above.
    pub(crate) fn of(sent: &[(MessageId, ChatMessage)], prompted: bool) -> SentIds {
        match sent.split_first() {
            Some(((id, first), rest)) if !prompted && first.role == Role::System => SentIds {
                head: Some(*id),
                rest: rest.iter().map(|(id, _)| *id).collect(),
            },
            _ => SentIds {
                head: None,
                rest: sent.iter().map(|(id, _)| *id).collect(),
            },
        }
    }

    /// The first stored message a call leaving out the `left_out` oldest sends where the
    /// part it sends begins: with nothing left out, the first of all; else the oldest of
    /// the rest it keeps (a stored system message above it is sent too, but the cut is
    /// what is marked). `None`: nothing before its prompt.
    pub(crate) fn first(&self, left_out: u32) -> Option<MessageId> {
        if left_out == 0 {
            return self.head.or_else(|| self.rest.first().copied());
        }
        let i = usize::try_from(left_out).ok()?;
        self.rest.get(i).copied()
    }
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
        let role = |m: &ChatMessage| m.role;
        assert_eq!(
            texts(newest(history.clone(), role, None)).len(),
            10,
            "no limit: all"
        );
        assert_eq!(
            texts(newest(history.clone(), role, Some(4))),
            ["m6", "m7", "m8", "m9"]
        );
        assert_eq!(
            texts(newest(history.clone(), role, Some(3))),
            ["m8", "m9"],
            "an answer without its question is not sent"
        );
        assert_eq!(texts(newest(history.clone(), role, Some(50))).len(), 10);
        assert!(
            newest(history, role, Some(1)).is_empty(),
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
            history: sendable(history, &Default::default())
                .into_iter()
                .map(|(_, m)| m)
                .collect(),
            history_ids: SentIds::default(),
        };
        let prompt = ChatMessage::text(Role::User, "new");
        let sent: Vec<String> = context
            .messages_with(prompt)
            .into_iter()
            .map(|m| m.content)
            .collect();
        assert_eq!(sent, ["first", "again", "stopped part", "new"]);
    }

    #[test]
    fn a_limited_history_reads_the_newest_part_and_sends_what_the_whole_path_would() {
        let s = Store::open_in_memory().unwrap();
        let c = s.create_conversation("long", 0).unwrap().id;
        // 400 messages alternating question and answer; some answers failed or blank,
        // some questions only a file: what is sent is not every other message.
        let mut seed = 7u64;
        let mut leaf = 0;
        for i in 0..400 {
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            let roll = (seed >> 33) % 10;
            let (role, content, status) = match (i % 2, roll) {
                // A long run of failed answers near the end: the newest part read first
                // holds too few messages that are sent.
                (1, _) if (330..396).contains(&i) => (Role::Assistant, "cut", MessageStatus::Error),
                (0, _) if (330..396).contains(&i) => (Role::User, " ", MessageStatus::Complete),
                (0, 0) => (Role::User, "", MessageStatus::Complete),
                (0, _) => (Role::User, "question", MessageStatus::Complete),
                (_, 0..=2) => (Role::Assistant, "cut", MessageStatus::Error),
                (_, 3) => (Role::Assistant, " ", MessageStatus::Complete),
                _ => (Role::Assistant, "answer", MessageStatus::Complete),
            };
            let m = s
                .insert_message(
                    sb_store::NewMessage {
                        conversation_id: c,
                        role,
                        // Numbered, so each message is told apart; blank stays blank.
                        content: if content.trim().is_empty() {
                            content.to_owned()
                        } else {
                            format!("{content}{i}")
                        },
                        status,
                        model: None,
                        provider: None,
                        parent: sb_store::Parent::Active,
                    },
                    i,
                )
                .unwrap();
            if content.is_empty() {
                let file = sb_store::NewAttachment {
                    name: format!("f{i}.txt"),
                    mime: "text/plain".into(),
                    kind: sb_core::AttachmentKind::Text,
                    data: b"file".to_vec(),
                };
                s.insert_attachment(m.id, &file, i).unwrap();
            }
            leaf = m.id;
        }
        let sent = |history: Vec<Message>, limit| -> Vec<String> {
            let ids: Vec<MessageId> = history.iter().map(|m| m.id).collect();
            let files = s.attachment_data_for(&ids, true).unwrap();
            newest(sendable(history, &files), |(_, m)| m.role, limit)
                .into_iter()
                .map(|(_, m)| m.content)
                .collect()
        };
        let whole = s.messages_to(leaf).unwrap();
        assert_eq!(whole.len(), 400);
        for limit in [1, 2, 3, 5, 10, 20, 50, 100, 199, 250, 399, 400, 1000] {
            let read = stored_history(&s, c, leaf, Some(limit)).unwrap();
            assert_eq!(
                sent(read.clone(), Some(limit)),
                sent(whole.clone(), Some(limit)),
                "limit {limit}: sends what the whole path would"
            );
            if limit <= 20 {
                // At most a step past the run of 66 failed answers, not the whole path.
                assert!(
                    read.len() <= 256,
                    "limit {limit}: read {} of 400",
                    read.len()
                );
            }
        }
        assert_eq!(stored_history(&s, c, leaf, None).unwrap(), whole);
    }

    /// A leaf whose stored depth is smaller than its real chain (a file changed by
    /// something else): the limited read must not take the depth's word for where the
    /// path begins (from a review).
    #[test]
    fn a_depth_that_disagrees_with_the_parents_is_not_trusted() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("sb.db");
        let s = Store::open(&path).unwrap();
        let c = s.create_conversation("long", 0).unwrap().id;
        let mut leaf = 0;
        for i in 0..60 {
            let role = if i % 2 == 0 {
                Role::User
            } else {
                Role::Assistant
            };
            let m = s
                .insert_message(
                    sb_store::NewMessage {
                        conversation_id: c,
                        role,
                        content: format!("m{i}"),
                        status: MessageStatus::Complete,
                        model: None,
                        provider: None,
                        parent: sb_store::Parent::Active,
                    },
                    i,
                )
                .unwrap();
            leaf = m.id;
        }
        let raw = rusqlite::Connection::open(&path).unwrap();
        raw.execute("UPDATE messages SET depth = 3 WHERE id = ?1", [leaf])
            .unwrap();
        drop(raw);
        let sent = |history: Vec<Message>| -> Vec<String> {
            newest(
                sendable(history, &Default::default()),
                |(_, m)| m.role,
                Some(20),
            )
            .into_iter()
            .map(|(_, m)| m.content)
            .collect()
        };
        let whole = s.messages_to(leaf).unwrap();
        assert_eq!(whole.len(), 60, "the chain itself is intact");
        let read = stored_history(&s, c, leaf, Some(20)).unwrap();
        assert_eq!(sent(read), sent(whole), "what the whole path would send");
    }

    /// A stored system message first (an import keeps ChatGPT's) with no system prompt
    /// set: a window's cut counts after it, as `kept` does (from a review).
    #[test]
    fn a_stored_system_message_first_is_the_head_the_cut_counts_after() {
        let m = |role, text: &str| ChatMessage::text(role, text);
        let sent = vec![
            (1, m(Role::System, "be a pirate")),
            (
                2,
                m(
                    Role::User,
                    "u1 long long long long long long long long long long",
                ),
            ),
            (
                3,
                m(
                    Role::Assistant,
                    "a1 long long long long long long long long long",
                ),
            ),
            (4, m(Role::User, "u2")),
            (5, m(Role::Assistant, "a2")),
        ];
        let ids = SentIds::of(&sent, false);
        let mut messages: Vec<ChatMessage> = sent.iter().map(|(_, m)| m.clone()).collect();
        messages.push(m(Role::User, "new"));
        let sizes: Vec<(Role, u64)> = messages
            .iter()
            .map(|m| (m.role, m.content.len() as u64))
            .collect();
        let fit = sb_core::route::fit(&sizes, 30);
        assert!(fit.left_out > 0, "{fit:?}");
        let kept = sb_core::route::kept(&messages, |m| m.role, fit.left_out);
        assert_eq!(kept[1].content, "u2", "the call goes on from u2");
        assert_eq!(ids.first(fit.left_out), Some(4), "the cut is above u2");
        assert_eq!(ids.first(0), Some(1), "nothing left out: the first of all");
        // With a system prompt from the settings in front, the stored one is not the head.
        let prompted = SentIds::of(&sent, true);
        assert_eq!(prompted.head, None);
        assert_eq!(prompted.first(1), Some(2));
        assert_eq!(SentIds::default().first(0), None, "no history: the prompt");
    }
}
