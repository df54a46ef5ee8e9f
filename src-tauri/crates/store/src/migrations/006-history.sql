-- v6. History. Messages form a tree: each has a parent (none for a first message),
-- and siblings are alternatives (an edited prompt, a regenerated answer). No foreign
-- key on the parent: a chain of 10,000 messages would pass SQLite's trigger depth
-- when cascading, so subtrees are deleted by one recursive statement instead. A
-- conversation keeps the leaf of the branch it shows; existing conversations are one
-- chain in id order ending at their newest message. Conversations can be pinned or
-- archived and remember whether a person titled them. Imported rows keep the key of
-- their source, so importing a file twice adds nothing. Full-text search: FTS5 over
-- finished messages (a streaming answer is indexed once, when it ends) and titles,
-- kept in sync by triggers; words by unicode61 (case- and accent-insensitive), and
-- every Chinese, Japanese or Korean character its own token (`sb_search_text`, a
-- function every connection registers), so CJK text without spaces is found at any
-- length. See docs/search.md for why, with measurements.

    ALTER TABLE messages ADD COLUMN parent_id INTEGER;
    UPDATE messages SET parent_id = (
        SELECT max(p.id) FROM messages p
        WHERE p.conversation_id = messages.conversation_id AND p.id < messages.id);
    CREATE INDEX messages_by_parent ON messages(parent_id);
    -- Start-up recovery looks for answers still streaming: without this (tiny) index that
    -- is a scan of every message, half a second at a million.
    CREATE INDEX messages_streaming ON messages(owner) WHERE status = 'streaming';
    ALTER TABLE messages ADD COLUMN source TEXT;
    CREATE UNIQUE INDEX messages_by_source ON messages(conversation_id, source)
        WHERE source IS NOT NULL;
    ALTER TABLE conversations ADD COLUMN active_leaf INTEGER;
    UPDATE conversations SET active_leaf =
        (SELECT max(m.id) FROM messages m WHERE m.conversation_id = conversations.id);
    ALTER TABLE conversations ADD COLUMN pinned INTEGER NOT NULL DEFAULT 0
        CHECK (pinned IN (0, 1));
    ALTER TABLE conversations ADD COLUMN archived INTEGER NOT NULL DEFAULT 0
        CHECK (archived IN (0, 1));
    ALTER TABLE conversations ADD COLUMN titled INTEGER NOT NULL DEFAULT 0
        CHECK (titled IN (0, 1));
    ALTER TABLE conversations ADD COLUMN source TEXT;
    CREATE UNIQUE INDEX conversations_by_source ON conversations(source)
        WHERE source IS NOT NULL;

    CREATE VIEW messages_search AS
        SELECT id, sb_search_text(content) AS content FROM messages;
    CREATE VIRTUAL TABLE messages_fts USING fts5(
        content, content = 'messages_search', content_rowid = 'id',
        tokenize = 'unicode61 remove_diacritics 2');
    CREATE TRIGGER messages_fts_insert AFTER INSERT ON messages
        WHEN new.status != 'streaming'
        BEGIN
            INSERT INTO messages_fts (rowid, content)
                VALUES (new.id, sb_search_text(new.content));
        END;
    CREATE TRIGGER messages_fts_unindex AFTER UPDATE OF content, status ON messages
        WHEN old.status != 'streaming'
        BEGIN
            INSERT INTO messages_fts (messages_fts, rowid, content)
                VALUES ('delete', old.id, sb_search_text(old.content));
        END;
    CREATE TRIGGER messages_fts_reindex AFTER UPDATE OF content, status ON messages
        WHEN new.status != 'streaming'
        BEGIN
            INSERT INTO messages_fts (rowid, content)
                VALUES (new.id, sb_search_text(new.content));
        END;
    CREATE TRIGGER messages_fts_delete AFTER DELETE ON messages
        WHEN old.status != 'streaming'
        BEGIN
            INSERT INTO messages_fts (messages_fts, rowid, content)
                VALUES ('delete', old.id, sb_search_text(old.content));
        END;
    INSERT INTO messages_fts (rowid, content)
        SELECT id, sb_search_text(content) FROM messages WHERE status != 'streaming';

    CREATE VIEW conversations_search AS
        SELECT id, sb_search_text(title) AS title FROM conversations;
    CREATE VIRTUAL TABLE conversations_fts USING fts5(
        title, content = 'conversations_search', content_rowid = 'id',
        tokenize = 'unicode61 remove_diacritics 2');
    CREATE TRIGGER conversations_fts_insert AFTER INSERT ON conversations
        BEGIN
            INSERT INTO conversations_fts (rowid, title)
                VALUES (new.id, sb_search_text(new.title));
        END;
    CREATE TRIGGER conversations_fts_update AFTER UPDATE OF title ON conversations
        BEGIN
            INSERT INTO conversations_fts (conversations_fts, rowid, title)
                VALUES ('delete', old.id, sb_search_text(old.title));
            INSERT INTO conversations_fts (rowid, title)
                VALUES (new.id, sb_search_text(new.title));
        END;
    CREATE TRIGGER conversations_fts_delete AFTER DELETE ON conversations
        BEGIN
            INSERT INTO conversations_fts (conversations_fts, rowid, title)
                VALUES ('delete', old.id, sb_search_text(old.title));
        END;
    INSERT INTO conversations_fts (rowid, title)
        SELECT id, sb_search_text(title) FROM conversations;
    