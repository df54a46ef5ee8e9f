-- v8. Each message's depth in its tree (0 for a first message, its parent's plus one
-- otherwise), written with the message, so the newest page of a long conversation is
-- read by walking up from its leaf only as far as the page goes: walking all 10,000
-- parents took ~15 ms warm and ~60 ms cold before a conversation could open. Parents
-- never change after insert, so a depth never goes stale. Existing messages get theirs
-- from a walk down from every first message (~9 s at a million messages); a message
-- whose parent is gone counts as a first one, as the path walk always treated it.

    ALTER TABLE messages ADD COLUMN depth INTEGER NOT NULL DEFAULT 0;
    CREATE TEMP TABLE message_depths (id INTEGER PRIMARY KEY, depth INTEGER NOT NULL);
    INSERT INTO message_depths (id, depth)
        WITH RECURSIVE down(id, depth) AS (
            SELECT id, 0 FROM messages
            WHERE parent_id IS NULL OR parent_id NOT IN (SELECT id FROM messages)
            UNION ALL
            SELECT m.id, down.depth + 1 FROM messages m JOIN down ON m.parent_id = down.id
        )
        SELECT id, depth FROM down;
    UPDATE messages SET depth = d.depth FROM message_depths d
        WHERE d.id = messages.id AND d.depth != 0;
    DROP TABLE temp.message_depths;
    