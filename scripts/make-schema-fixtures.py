#!/usr/bin/env python3
"""Writes one small database per released schema version, with data in every table
and column that version has, for the store's migration tests
(src-tauri/crates/store/tests/migrations.rs).

The schema of version N is the first N migrations in src-tauri/crates/store/src/migrations/
(NNN-name.sql, applied in the order of MIGRATIONS in schema.rs), which are append-only:
released ones are never edited (a store test pins them), so applying them here gives
exactly the schema a released build wrote. Run it
only when a new schema version is released (to add that version's fixture); existing
fixtures are never rewritten, since they stand for databases users already have.

Schema 6 and later index messages for search through a SQL function, `sb_search_text`,
which the script registers (the same rule as the app's). The script prefers the
`sqlean.py` package (a Python sqlite3 with a current SQLite, as the app bundles) when it
is installed, and otherwise uses the system's.

Usage: python3 scripts/make-schema-fixtures.py [--force]
"""
import os
import re
import sys

try:
    import sqlean as sqlite3  # a current SQLite, as the app bundles (see above)
except ImportError:
    import sqlite3

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCHEMA = os.path.join(ROOT, "src-tauri/crates/store/src/schema.rs")
MIGRATIONS = os.path.join(ROOT, "src-tauri/crates/store/src/migrations")
OUT = os.path.join(ROOT, "src-tauri/crates/store/tests/fixtures")


def migrations():
    text = open(SCHEMA, encoding="utf-8").read()
    body = text[text.index("const MIGRATIONS: &[&str] = &[") : text.index("\n];")]
    # The files in the order schema.rs includes them.
    names = re.findall(r'include_str!\("migrations/(.*?)"\)', body)
    return [open(os.path.join(MIGRATIONS, n), encoding="utf-8").read() for n in names]


def is_cjk(c):
    o = ord(c)
    return (0x1100 <= o <= 0x11FF or 0x3040 <= o <= 0x30FF or 0x3130 <= o <= 0x318F
            or 0x3400 <= o <= 0x4DBF or 0x4E00 <= o <= 0x9FFF or 0xAC00 <= o <= 0xD7AF
            or 0xF900 <= o <= 0xFAFF or 0xFF66 <= o <= 0xFF9F or 0x20000 <= o <= 0x2FFFF)


def search_text(text):
    """The same as `search_text` in src-tauri/crates/store/src/search.rs, which the
    schema's triggers call as sb_search_text: every CJK character its own token."""
    if text is None:
        return None
    return "".join("\x1f" + c + "\x1f" if is_cjk(c) else c for c in text)


def columns(db, table):
    return {row[1] for row in db.execute(f"PRAGMA table_info({table})")}


def insert(db, table, row):
    """Inserts the row's values for the columns this version's table has."""
    have = columns(db, table)
    if table == "messages" and "depth" in have:
        # v8 and later: a message's depth is its parent's plus one (0 for a first one).
        parent = db.execute("SELECT depth FROM messages WHERE id = ?", [row.get("parent_id")]).fetchone()
        row = {**row, "depth": parent[0] + 1 if parent else 0}
    row = {k: v for k, v in row.items() if k in have}
    names = ", ".join(row)
    marks = ", ".join("?" for _ in row)
    db.execute(f"INSERT INTO {table} ({names}) VALUES ({marks})", list(row.values()))


def fill(db, version):
    t = 1_760_000_000_000  # a fixed time (ms), so the files are reproducible
    insert(db, "providers", dict(name="Work", kind="openai", base_url="https://api.openai.com/v1",
                                 default_model="gpt-4.1-mini", has_key=1, created_at=t, vendor="openai",
                                 local=0, settings='{"preset":"openai"}'))
    insert(db, "providers", dict(name="Local Ollama", kind="ollama" if version >= 5 else "openai",
                                 base_url="http://localhost:11434", default_model="llama3.2", has_key=0,
                                 created_at=t + 1, vendor=None, local=1, settings="{}"))
    titles = ["Plan a trip to Kyōto 🗾", "Refactor parse_frame()", "Résumé: Müller & Søn — 数据库"]
    for c, title in enumerate(titles, start=1):
        insert(db, "conversations", dict(title=title, created_at=t + c, updated_at=t + 100 + c,
                                         budget_cap=50_000_000 if c == 1 else None,
                                         budget_mode="hard" if c == 1 else None,
                                         quality="best" if c == 2 else None,
                                         pinned_model="claude-sonnet-4" if c == 3 else None,
                                         chosen_provider_id=1 if c == 2 else None,
                                         chosen_model="gpt-4.1-mini" if c == 2 else None,
                                         system_prompt="Answer in German." if c == 3 else None,
                                         context_messages=20 if c == 2 else None))
        turns = [
            ("system", "Be brief.", "complete"),
            ("user", f"Question {c}: explain `std::mem::take` with code\n```rust\nlet v = std::mem::take(&mut x);\n```", "complete"),
            ("assistant", f"Answer {c}: it swaps in the default. Ünïcödé ✓ 検索 검색", "complete"),
            ("user", "And a follow-up?", "complete"),
            ("assistant", "Partial answer cut by a crash", "interrupted"),
            ("user", "Try again", "complete"),
            ("assistant", "", "error"),
            ("user", "Once more", "complete"),
            ("assistant", "Stopped half-way", "stopped"),
        ]
        previous = None
        for i, (role, content, status) in enumerate(turns):
            answered = role == "assistant" and status in ("complete", "stopped", "interrupted")
            errored = status == "error"
            insert(db, "messages", dict(
                conversation_id=c, role=role, content=content, status=status,
                model="gpt-4.1-mini" if role == "assistant" else None,
                provider="Work" if role == "assistant" else None,
                input_tokens=120 + i if answered else None, output_tokens=40 + i if answered else None,
                error_code="rate_limited" if errored else None,
                error_message="Rate limited; try again in 20 s" if errored else None,
                created_at=t + 1000 * c + i, updated_at=t + 1000 * c + i,
                owner=None, reasoning="First, think." if answered and version >= 5 else None,
                stop_kind="end" if answered and version >= 5 else None,
                stop_reason="stop" if answered and version >= 5 else None,
                parent_id=previous))
            previous = db.execute("SELECT max(id) FROM messages").fetchone()[0]
        db.execute("UPDATE conversations SET active_leaf = ? WHERE id = ?", [previous, c]) if version >= 6 else None
    insert(db, "settings", dict(key="budget", value='{"monthly_cap":20000000000,"mode":"hard"}'))
    insert(db, "settings", dict(key="ui.theme", value="dark"))
    if version >= 2:
        last = db.execute("SELECT max(id) FROM messages").fetchone()[0]
        insert(db, "reservations", dict(conversation_id=1, amount=3_000_000, created_at=t + 5,
                                        owner="999999-1" if version >= 4 else None,
                                        message_id=last if version >= 4 else None))
        for k in range(1, 6):
            insert(db, "usage_ledger", dict(at=t + k * 86_400_000, conversation_id=(k % 3) + 1,
                                            message_id=3 + 9 * (k % 3), provider="Work", model="gpt-4.1-mini",
                                            task=["code", "chat", "reasoning", "writing", "plan"][k - 1],
                                            input_tokens=1000 * k, output_tokens=200 * k,
                                            reasoning_tokens=10 * k, cache_read_tokens=5 * k,
                                            cache_write_tokens=k, cost=123_456 * k, exact=k % 2,
                                            priced=0 if k == 5 else 1))
        # A ledger row whose conversation was deleted: the ledger outlives it.
        insert(db, "usage_ledger", dict(at=t, conversation_id=77, message_id=770, provider=None,
                                        model="mystery-model", task=None, input_tokens=1, output_tokens=1,
                                        cost=0, exact=0, priced=0))
        insert(db, "route_records", dict(message_id=3, task="code",
                                         record='{"classification":{"task":"code","confidence":0.91}}'))
    if version >= 3:
        insert(db, "token_calibration", dict(vendor="anthropic", chars=12345.5, tokens=3456.25, samples=7))
    if version >= 5:
        png = bytes.fromhex("89504e470d0a1a0a0000000d4948445200000001000000010806000000"
                            "1f15c4890000000d49444154789c6360000002000154a24f5f0000000049454e44ae426082")
        insert(db, "attachments", dict(message_id=2, name="dot.png", mime="image/png", kind="image",
                                       data=png, created_at=t))
        insert(db, "attachments", dict(message_id=11, name="notes.md", mime="text/markdown", kind="text",
                                       data="# Notes\n- ü\n".encode(), created_at=t))


def branch(db, version):
    """v6 and later: a tree, not a list. Conversation 1 gets a regenerated answer (a
    sibling of its first answer) and an edited prompt (a sibling of its second prompt)
    with its own answer, and shows the edited branch; conversation 2 is pinned, 3 is
    archived and was imported (source keys); 1 was titled by a person."""
    if version < 6:
        return
    t = 1_760_000_000_000
    first_answer = db.execute(
        "SELECT id, parent_id FROM messages WHERE conversation_id = 1 AND role = 'assistant' ORDER BY id"
    ).fetchone()
    insert(db, "messages", dict(conversation_id=1, role="assistant", content="A regenerated answer: Ersatz für take",
                                status="complete", model="claude-sonnet-4", provider="Work", input_tokens=130,
                                output_tokens=50, created_at=t + 5000, updated_at=t + 5000,
                                parent_id=first_answer[1]))
    second_prompt = db.execute(
        "SELECT id, parent_id FROM messages WHERE conversation_id = 1 AND role = 'user' ORDER BY id LIMIT 1 OFFSET 1"
    ).fetchone()
    insert(db, "messages", dict(conversation_id=1, role="user", content="An edited follow-up (検索)",
                                status="complete", created_at=t + 5001, updated_at=t + 5001,
                                parent_id=second_prompt[1]))
    edited = db.execute("SELECT max(id) FROM messages").fetchone()[0]
    insert(db, "messages", dict(conversation_id=1, role="assistant", content="The edited branch's answer",
                                status="complete", model="gpt-4.1-mini", provider="Work", input_tokens=90,
                                output_tokens=30, created_at=t + 5002, updated_at=t + 5002, parent_id=edited))
    leaf = db.execute("SELECT max(id) FROM messages").fetchone()[0]
    db.execute("UPDATE conversations SET active_leaf = ?, titled = 1 WHERE id = 1", [leaf])
    db.execute("UPDATE conversations SET pinned = 1 WHERE id = 2")
    db.execute("UPDATE conversations SET archived = 1, source = 'chatgpt:0f1e2d3c' WHERE id = 3")
    db.execute("UPDATE messages SET source = 'chatgpt:0f1e2d3c:' || id WHERE conversation_id = 3")


def main():
    force = "--force" in sys.argv
    all_migrations = migrations()
    os.makedirs(OUT, exist_ok=True)
    for version in range(1, len(all_migrations) + 1):
        path = os.path.join(OUT, f"schema-v{version}.db")
        if os.path.exists(path) and not force:
            continue
        if os.path.exists(path):
            os.remove(path)
        db = sqlite3.connect(path)
        db.create_function("sb_search_text", 1, search_text, deterministic=True)
        db.execute("PRAGMA foreign_keys = ON")
        for sql in all_migrations[:version]:
            db.executescript(sql)
        fill(db, version)
        branch(db, version)
        db.execute(f"PRAGMA user_version = {version}")
        db.commit()
        db.execute("PRAGMA journal_mode = WAL")
        db.close()
        print(f"wrote {os.path.relpath(path, ROOT)}")


if __name__ == "__main__":
    main()
