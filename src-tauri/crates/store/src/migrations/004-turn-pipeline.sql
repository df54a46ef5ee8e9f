-- v4. One turn pipeline: providers can be marked local (free to the budget); a
-- ledger row says whether the model had a price (unpriced calls still count their
-- tokens); a reservation names the answer it holds money for, so recovery after a
-- kill can settle it instead of holding it for an hour; a conversation keeps the
-- provider and model chosen for it (none = Auto); streaming answers and reservations
-- name the process session that owns them, so recovery leaves live ones alone.

    ALTER TABLE messages ADD COLUMN owner TEXT;
    ALTER TABLE reservations ADD COLUMN owner TEXT;
    ALTER TABLE providers ADD COLUMN local INTEGER NOT NULL DEFAULT 0 CHECK (local IN (0, 1));
    ALTER TABLE conversations ADD COLUMN chosen_provider_id INTEGER;
    ALTER TABLE conversations ADD COLUMN chosen_model TEXT;
    ALTER TABLE usage_ledger ADD COLUMN priced INTEGER NOT NULL DEFAULT 1 CHECK (priced IN (0, 1));
    ALTER TABLE reservations ADD COLUMN message_id INTEGER;
    