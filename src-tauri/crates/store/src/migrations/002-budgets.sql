-- v2. Routing and budgets. Money is integer nano-dollars. The usage ledger has no
-- foreign keys and refuses updates and deletes, so spend history outlives the
-- conversations it came from. Reservations hold money for turns in flight.

    ALTER TABLE providers ADD COLUMN vendor TEXT;
    ALTER TABLE conversations ADD COLUMN budget_cap INTEGER CHECK (budget_cap >= 0);
    ALTER TABLE conversations ADD COLUMN budget_mode TEXT CHECK (budget_mode IN ('soft', 'hard'));
    ALTER TABLE conversations ADD COLUMN quality TEXT
        CHECK (quality IN ('cheapest', 'balanced', 'best'));
    ALTER TABLE conversations ADD COLUMN pinned_model TEXT;
    CREATE TABLE reservations (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        conversation_id INTEGER NOT NULL,
        amount INTEGER NOT NULL CHECK (amount >= 0),
        created_at INTEGER NOT NULL
    );
    CREATE INDEX reservations_by_conversation ON reservations(conversation_id);
    CREATE TABLE usage_ledger (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        at INTEGER NOT NULL,
        conversation_id INTEGER,
        message_id INTEGER,
        provider TEXT,
        model TEXT NOT NULL,
        task TEXT,
        input_tokens INTEGER NOT NULL CHECK (input_tokens >= 0),
        output_tokens INTEGER NOT NULL CHECK (output_tokens >= 0),
        reasoning_tokens INTEGER NOT NULL DEFAULT 0 CHECK (reasoning_tokens >= 0),
        cache_read_tokens INTEGER NOT NULL DEFAULT 0 CHECK (cache_read_tokens >= 0),
        cache_write_tokens INTEGER NOT NULL DEFAULT 0 CHECK (cache_write_tokens >= 0),
        cost INTEGER NOT NULL CHECK (cost >= 0),
        exact INTEGER NOT NULL CHECK (exact IN (0, 1))
    );
    CREATE INDEX usage_by_time ON usage_ledger(at);
    CREATE INDEX usage_by_conversation ON usage_ledger(conversation_id);
    CREATE TRIGGER usage_ledger_append_only_update BEFORE UPDATE ON usage_ledger
        BEGIN SELECT RAISE(ABORT, 'the usage ledger is append-only'); END;
    CREATE TRIGGER usage_ledger_append_only_delete BEFORE DELETE ON usage_ledger
        BEGIN SELECT RAISE(ABORT, 'the usage ledger is append-only'); END;
    CREATE TABLE route_records (
        message_id INTEGER PRIMARY KEY REFERENCES messages(id) ON DELETE CASCADE,
        task TEXT NOT NULL,
        record TEXT NOT NULL
    );
    