-- v7. The sidebar's order as an index, so its first rows (read first at start-up) and
-- the whole list are read in order instead of scanned and sorted: 20,000 conversations
-- took ~40-60 ms to sort before the window could show any.

    CREATE INDEX conversations_by_order ON conversations(pinned DESC, updated_at DESC, id DESC);
    