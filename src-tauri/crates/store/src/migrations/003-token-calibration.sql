-- v3. Per-vendor token calibration: decayed sums of characters sent and prompt
-- tokens billed, for vendors whose tokenizer is not shipped.

    CREATE TABLE token_calibration (
        vendor TEXT PRIMARY KEY,
        chars REAL NOT NULL CHECK (chars >= 0),
        tokens REAL NOT NULL CHECK (tokens >= 0),
        samples INTEGER NOT NULL CHECK (samples >= 0)
    );
    