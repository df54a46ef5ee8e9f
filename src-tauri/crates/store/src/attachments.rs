//! Files attached to messages (images and text files), stored with the message so
//! history shows them and later turns can send them again.
//!
//! Invariant: an attachment belongs to exactly one message and goes when it goes
//! (`ON DELETE CASCADE`); its bytes are read only when asked for, never with a message
//! list.

use std::collections::HashMap;

use rusqlite::{params, OptionalExtension};
use sb_core::{Attachment, AttachmentKind, ConversationId, MessageId};

use crate::tree::{id_chunks, id_list, ID_CHUNK as ID_LIST_LEN};
use crate::{require_row, unknown_value, Store, StoreError};

/// A conversation's attachments with their bytes, by message.
pub type FilesByMessage = HashMap<MessageId, Vec<(Attachment, Vec<u8>)>>;

/// A file to store with a message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewAttachment {
    pub name: String,
    pub mime: String,
    pub kind: AttachmentKind,
    pub data: Vec<u8>,
}

/// A row of `meta`'s columns followed by the bytes (column 6).
fn with_data(row: &rusqlite::Row<'_>) -> rusqlite::Result<(MessageId, Attachment, Vec<u8>)> {
    let (message, a) = meta(row)?;
    Ok((message, a, row.get(6)?))
}

fn meta(row: &rusqlite::Row<'_>) -> rusqlite::Result<(MessageId, Attachment)> {
    let kind: String = row.get(4)?;
    Ok((
        row.get(1)?,
        Attachment {
            id: row.get(0)?,
            name: row.get(2)?,
            mime: row.get(3)?,
            kind: kind.parse().map_err(|_| unknown_value(4, kind))?,
            size: row.get(5)?,
        },
    ))
}

impl Store {
    pub fn insert_attachment(
        &self,
        message_id: MessageId,
        file: &NewAttachment,
        now_ms: i64,
    ) -> Result<Attachment, StoreError> {
        let id = self.conn.query_row(
            "INSERT INTO attachments (message_id, name, mime, kind, data, created_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6) RETURNING id",
            params![
                message_id,
                file.name,
                file.mime,
                file.kind.as_str(),
                file.data,
                now_ms
            ],
            |row| row.get(0),
        )?;
        Ok(Attachment {
            id,
            name: file.name.clone(),
            mime: file.mime.clone(),
            kind: file.kind,
            size: u32::try_from(file.data.len()).unwrap_or(u32::MAX),
        })
    }

    /// What is attached to each message of a conversation (no bytes), by message.
    pub fn attachments_of(
        &self,
        conversation: ConversationId,
    ) -> Result<HashMap<MessageId, Vec<Attachment>>, StoreError> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT a.id, a.message_id, a.name, a.mime, a.kind, length(a.data)
             FROM attachments a JOIN messages m ON m.id = a.message_id
             WHERE m.conversation_id = ?1 ORDER BY a.id",
        )?;
        let mut out: HashMap<MessageId, Vec<Attachment>> = HashMap::new();
        for row in stmt.query_map([conversation], meta)? {
            let (message, a) = row?;
            out.entry(message).or_default().push(a);
        }
        Ok(out)
    }

    /// What is attached to each of `messages` (no bytes), by message, oldest first: a
    /// page of a long conversation looks up its own messages' files, not the whole
    /// conversation's.
    pub fn attachments_for(
        &self,
        messages: &[MessageId],
    ) -> Result<HashMap<MessageId, Vec<Attachment>>, StoreError> {
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT id, message_id, name, mime, kind, length(data)
             FROM attachments WHERE message_id IN ({}) ORDER BY id",
            id_list()
        ))?;
        let mut out: HashMap<MessageId, Vec<Attachment>> = HashMap::new();
        for chunk in id_chunks(messages) {
            for row in stmt.query_map(rusqlite::params_from_iter(chunk), meta)? {
                let (message, a) = row?;
                out.entry(message).or_default().push(a);
            }
        }
        Ok(out)
    }

    /// One attachment with its bytes.
    pub fn attachment(&self, id: i64) -> Result<(Attachment, Vec<u8>), StoreError> {
        let row = self
            .conn
            .query_row(
                "SELECT id, message_id, name, mime, kind, length(data), data
                 FROM attachments WHERE id = ?1",
                [id],
                |row| Ok((meta(row)?.1, row.get::<_, Vec<u8>>(6)?)),
            )
            .optional()?;
        require_row(row, "attachment", id)
    }

    /// Every attachment of a conversation with its bytes, by message (to send again).
    /// Without `image_bytes`, images come with no bytes: enough to count them (a route
    /// preview) without reading every picture of the conversation.
    pub fn attachment_data_of(
        &self,
        conversation: ConversationId,
        image_bytes: bool,
    ) -> Result<FilesByMessage, StoreError> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT a.id, a.message_id, a.name, a.mime, a.kind, length(a.data),
                    CASE WHEN a.kind = 'image' AND NOT ?2 THEN x'' ELSE a.data END
             FROM attachments a JOIN messages m ON m.id = a.message_id
             WHERE m.conversation_id = ?1 ORDER BY a.id",
        )?;
        let mut out = FilesByMessage::new();
        for row in stmt.query_map(params![conversation, image_bytes], with_data)? {
            let (message, a, data) = row?;
            out.entry(message).or_default().push((a, data));
        }
        Ok(out)
    }

    /// The attachments of `messages` with their bytes, by message: what a turn sends
    /// with the part of the history it read, and no other picture of the conversation.
    /// Without `image_bytes`, images come with no bytes, as in [`Store::attachment_data_of`].
    pub fn attachment_data_for(
        &self,
        messages: &[MessageId],
        image_bytes: bool,
    ) -> Result<FilesByMessage, StoreError> {
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT id, message_id, name, mime, kind, length(data),
                    CASE WHEN kind = 'image' AND NOT ?{} THEN x'' ELSE data END
             FROM attachments WHERE message_id IN ({}) ORDER BY id",
            ID_LIST_LEN + 1,
            id_list()
        ))?;
        let mut out = FilesByMessage::new();
        for chunk in id_chunks(messages) {
            let params = chunk
                .into_iter()
                .map(rusqlite::types::Value::from)
                .chain(std::iter::once(rusqlite::types::Value::from(image_bytes)));
            for row in stmt.query_map(rusqlite::params_from_iter(params), with_data)? {
                let (message, a, data) = row?;
                out.entry(message).or_default().push((a, data));
            }
        }
        Ok(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::NewMessage;
    use sb_core::{MessageStatus, Role};

    #[test]
    fn attachments_are_kept_with_their_message_and_go_with_it() {
        let store = Store::open_in_memory().unwrap();
        let conv = store.create_conversation("c", 1).unwrap();
        let msg = store
            .insert_message(
                NewMessage {
                    conversation_id: conv.id,
                    role: Role::User,
                    content: "look".into(),
                    status: MessageStatus::Complete,
                    model: None,
                    provider: None,
                    parent: Default::default(),
                },
                2,
            )
            .unwrap();
        let file = NewAttachment {
            name: "dot.png".into(),
            mime: "image/png".into(),
            kind: AttachmentKind::Image,
            data: vec![0x89, b'P', b'N', b'G', 1, 2, 3],
        };
        let a = store.insert_attachment(msg.id, &file, 3).unwrap();
        assert_eq!(a.size, 7);
        let listed = store.list_messages(conv.id).unwrap();
        assert_eq!(
            listed[0].attachments,
            std::slice::from_ref(&a),
            "messages come with what is attached"
        );
        assert_eq!(store.attachment(a.id).unwrap().1, file.data);
        assert_eq!(
            store.attachment_data_of(conv.id, true).unwrap()[&msg.id][0].1,
            file.data
        );
        let counted = store.attachment_data_of(conv.id, false).unwrap();
        assert_eq!(
            counted[&msg.id][0].0, a,
            "without bytes, the image is still there"
        );
        assert!(counted[&msg.id][0].1.is_empty());
        store.delete_conversation(conv.id).unwrap();
        assert!(matches!(
            store.attachment(a.id),
            Err(StoreError::NotFound { .. })
        ));
    }
}
