-- v5. Every major provider: per-kind provider settings (JSON: Azure api-version,
-- Bedrock region, preset, extra headers); an answer's reasoning kept apart from its
-- text; why the model stopped, typed and as the provider said it; a conversation's
-- own system prompt; files attached to a message (images, text files), kept with it.

    ALTER TABLE providers ADD COLUMN settings TEXT NOT NULL DEFAULT '{}';
    ALTER TABLE conversations ADD COLUMN system_prompt TEXT;
    CREATE TABLE attachments (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        message_id INTEGER NOT NULL REFERENCES messages(id) ON DELETE CASCADE,
        name TEXT NOT NULL,
        mime TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('image', 'text')),
        data BLOB NOT NULL,
        created_at INTEGER NOT NULL
    );
    CREATE INDEX attachments_by_message ON attachments(message_id);
    ALTER TABLE messages ADD COLUMN reasoning TEXT;
    ALTER TABLE messages ADD COLUMN stop_kind TEXT
        CHECK (stop_kind IN ('end', 'length', 'content_filter', 'refusal', 'tool_use', 'other'));
    ALTER TABLE messages ADD COLUMN stop_reason TEXT;
    