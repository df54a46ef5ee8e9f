#!/usr/bin/env python3
"""Writes a large, realistic history database in Switchboard's current schema, for
benchmarks: by default 1,000,000 messages in 20,000 conversations. Deterministic: the
same arguments (and the same fixtures) give the same database, byte for byte in content.

The schema is every entry of MIGRATIONS in src-tauri/crates/store/src/schema.rs, read
and applied the way scripts/make-schema-fixtures.py does (its `migrations()` is used
as is, then `PRAGMA user_version` = their number), with `sb_search_text` registered as
that script registers it (one argument, deterministic; the body is a regex with the same
output as its `search_text`, checked against it while generating), so the schema's own
triggers fill the full-text index as the app's would. Rows look like the app's:
messages form a tree through parent_id (a new turn under the active leaf; a regenerated
answer a sibling of the old one; an edited prompt a sibling of the old prompt), each
conversation's active_leaf ends the branch it shows, statuses are final (nothing is
left `streaming`), assistant answers carry model, provider, tokens and stop reason,
failed ones an error code and message; the usage ledger has one row per answer a
provider billed; a few messages have attachments; a few conversations were imported
from a ChatGPT export (source keys).

Text: real sentences and prompts from /work/shared/fixtures (prompt sets, chat exports,
recorded provider answers, and the API specifications' documentation prose) recombined into Markdown answers (headings, lists, tables,
fenced Rust / Python / TypeScript / SQL with realistic identifiers), mostly English, some
German, French and Spanish, some Chinese, Japanese and Korean. Conversation lengths are
heavy-tailed (most 2-40 messages, some hundreds) plus a few very long conversations
(10,000 messages each by default); the rest are sized to reach --messages exactly.

This script is the database writer (schema, rows, final conversation state, checks,
the query list); the text and the conversations come from scripts/history_gen/.

Next to OUT.db it writes OUT.db.queries.json: a fixed list of search queries (words,
phrases, prefixes, identifiers, accented and unaccented words, CJK words), each checked
to match something in the generated data.

Usage:
  python3 scripts/gen-history.py OUT.db [--messages 1000000] [--conversations 20000] [--seed 1]
  python3 scripts/gen-history.py --fixed-queries     # print the query list (JSON) only

Needs only Python's own sqlite3 (Debian 12: SQLite 3.40, which has everything the schema
uses). OUT.db must not exist yet unless --force.
"""
import argparse
import heapq
import importlib.util
import json
import os
import random
import sqlite3
import sys
import time
import uuid

from history_gen.conversations import (DAY_MS, IMPORT_MS, MODEL_NAMES, MODELS, NOW_MS, PROVIDERS, SPAN_MS,
                                       Generator, plan)
from history_gen.corpus import CJK_RE, Corpus

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FIXTURES = "/work/shared/fixtures"


# --------------------------------------------------------------------------- schema
def load_schema_script():
    """scripts/make-schema-fixtures.py as a module: its `migrations()` and its
    `search_text` (the reference for `sb_search_text`)."""
    path = os.path.join(ROOT, "scripts", "make-schema-fixtures.py")
    spec = importlib.util.spec_from_file_location("make_schema_fixtures", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def search_text(text):
    """The same function as make-schema-fixtures.py's `search_text` (every CJK character
    between two U+001F), done by one regex instead of a Python loop per character: the
    triggers call it for every one of a million rows. Checked against the reference."""
    if text is None:
        return None
    return CJK_RE.sub("\x1f\\g<0>\x1f", text)


# --------------------------------------------------------------------------- queries
QUERIES = [
    ("word_common", "error"), ("word_common", "function"), ("word_common", "database"), ("word_common", "example"),
    ("word_common", "the"),
    ("word_rare", "quaternion"), ("word_rare", "zeppelin"), ("word_rare", "marzipan"), ("word_rare", "narwhal"),
    ("phrase", '"error handling"'), ("phrase", '"time management"'), ("phrase", '"for example"'),
    ("phrase", '"machine learning"'), ("phrase", '"base de données"'), ("phrase", '"connection pool"'),
    ("prefix", "quaterni"), ("prefix", "serializ"), ("prefix", "configur"), ("prefix", "asyn"),
    ("prefix", "Verbindu"), ("prefix", "recher"),
    ("identifier", "parse_frame"), ("identifier", "HashMap::new"), ("identifier", "std::mem::take"),
    ("identifier", "useEffect"), ("identifier", "tokio::spawn"), ("identifier", "serde_json::from_str"),
    ("identifier", "fetchUserProfile"), ("identifier", "FrameParser"), ("identifier", "read_to_string"),
    ("accented", "Übersetzung"), ("unaccented", "Ubersetzung"), ("accented", "café"), ("unaccented", "cafe"),
    ("accented", "búsqueda"), ("unaccented", "busqueda"), ("accented", "Müller"), ("unaccented", "Muller"),
    ("cjk", "索"), ("cjk", "检索"), ("cjk", "数据库"), ("cjk", "人工智能"), ("cjk", "東京"), ("cjk", "検索"),
    ("cjk", "機械学習"), ("cjk", "검색"), ("cjk", "한국어"),
]


def fts_query(text):
    """store/src/search.rs `fts_query`: each word or quoted phrase one quoted term, ANDed;
    the last word a prefix while typed (no trailing space)."""
    terms = []
    for i, part in enumerate(text.split('"')):
        if i % 2 == 1:
            if part.strip():
                terms.append((part.strip(), True))
        else:
            terms += [(w, False) for w in part.split()]
    terms = [(t, p) for t, p in terms if any(ch.isalnum() for ch in t)]
    typing = not text[-1:].isspace() and not text.endswith('"')
    out = []
    for i, (term, phrase) in enumerate(terms):
        prefix = typing and not phrase and i + 1 == len(terms) and len(term) >= 2 and not CJK_RE.search(term)
        out.append('"' + search_text(term).replace('"', '""') + '"' + ("*" if prefix else ""))
    return " ".join(out) or None


# --------------------------------------------------------------------------- main
MESSAGE_SQL = ("INSERT INTO messages (id, conversation_id, role, content, status, model, provider, input_tokens, "
               "output_tokens, error_code, error_message, created_at, updated_at, reasoning, stop_kind, stop_reason, "
               "parent_id, source, depth) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")
CONV_SQL = ("INSERT INTO conversations (id, title, created_at, updated_at, source, system_prompt) "
            "VALUES (?,?,?,?,?,?)")
LEDGER_SQL = ("INSERT INTO usage_ledger (at, conversation_id, message_id, provider, model, task, input_tokens, "
              "output_tokens, reasoning_tokens, cache_read_tokens, cost, exact, priced) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)")
ATTACH_SQL = "INSERT INTO attachments (message_id, name, mime, kind, data, created_at) VALUES (?,?,?,?,?,?)"
SYSTEM_PROMPTS = ["Answer briefly.", "You are a senior Rust reviewer. Be direct.", "Réponds toujours en français.",
                  "Explain like I'm new to programming.", "Antworte auf Deutsch."]


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out", nargs="?", help="the database to write (OUT.db)")
    ap.add_argument("--messages", type=int, default=1_000_000)
    ap.add_argument("--conversations", type=int, default=20_000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--long", type=int, default=5, help="how many long conversations (default 5)")
    ap.add_argument("--long-length", type=int, default=10_000,
                    help="messages in each long conversation (default 10000; at most a quarter of "
                         "--messages over all of them)")
    ap.add_argument("--fixtures", default=FIXTURES)
    ap.add_argument("--force", action="store_true", help="replace OUT.db if it exists")
    ap.add_argument("--fixed-queries", action="store_true",
                    help="print the fixed search-query list (JSON) and nothing else; writes no database")
    args = ap.parse_args()
    queries = [{"kind": k, "query": q} for k, q in QUERIES]
    if args.fixed_queries:
        print(json.dumps(queries, ensure_ascii=False, indent=1))
        return 0
    if not args.out:
        ap.error("OUT.db is required")
    if args.conversations < args.long + 1 or args.messages < 2 * args.conversations:
        ap.error("need at least 2 messages per conversation and more conversations than --long")
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(args.out + suffix):
            if not args.force:
                ap.error(f"{args.out + suffix} exists (use --force to replace it)")
            os.remove(args.out + suffix)

    t0 = time.monotonic()
    rng = random.Random(args.seed)
    corpus = Corpus(args.fixtures, MODEL_NAMES)
    convs, long_len = plan(rng, args)

    ref = load_schema_script()
    for sample in ["Café 東京 검색 データ ok", "plain", "", "𠀀x\u3040", "\uff66\uff9f\u11ff\u3130"]:
        assert search_text(sample) == ref.search_text(sample), sample
    db = sqlite3.connect(args.out, isolation_level=None)
    db.create_function("sb_search_text", 1, search_text, deterministic=True)
    db.execute("PRAGMA foreign_keys = ON")
    db.execute("PRAGMA journal_mode = WAL")
    db.execute("PRAGMA synchronous = OFF")
    db.execute("PRAGMA cache_size = -262144")
    # Every migration in order, as make-schema-fixtures.py applies them, then the version.
    migrations = ref.migrations()
    for sql in migrations:
        db.executescript(sql)
    db.execute(f"PRAGMA user_version = {len(migrations)}")

    t_first = NOW_MS - SPAN_MS - 7 * DAY_MS
    db.execute("BEGIN")
    db.executemany("INSERT INTO providers (id, name, kind, base_url, default_model, has_key, created_at, vendor, local, settings) "
                   "VALUES (?,?,?,?,?,?,?,?,?,?)",
                   [(i + 1, *p[:5], t_first + i * 60_000, *p[5:]) for i, p in enumerate(PROVIDERS)])
    # The budget settings as the app saves them (engine/src/budget.rs): a soft monthly cap.
    db.execute("INSERT INTO settings (key, value) VALUES ('budget', ?)", (json.dumps({
        "conversation_cap": None, "conversation_mode": "hard", "monthly_cap": 20_000_000_000,
        "monthly_mode": "soft", "quality": "balanced"}),))
    db.execute("COMMIT")

    gen = Generator(rng, corpus, convs, args.messages)
    heap = []
    for c in convs:
        g = gen.conversation(c)
        m = next(g)
        key = IMPORT_MS if c.imported else m.created_at
        heap.append((key, c.id, 0, m, g))
    heapq.heapify(heap)

    next_id = 1
    rows, conv_rows, ledger_rows, attach_rows = [], [], [], []
    counts = {"messages": 0, "text_bytes": 0, "reasoning_bytes": 0, "attachments": 0, "attachment_bytes": 0,
              "ledger": 0, "by_status": {}}
    sample_every = 97
    started = set()
    depths = {}
    db.execute("BEGIN")

    def flush():
        if conv_rows:
            db.executemany(CONV_SQL, conv_rows)
            conv_rows.clear()
        if rows:
            db.executemany(MESSAGE_SQL, rows)
            rows.clear()
        if attach_rows:
            db.executemany(ATTACH_SQL, attach_rows)
            attach_rows.clear()
        if ledger_rows:
            db.executemany(LEDGER_SQL, ledger_rows)
            ledger_rows.clear()

    while heap:
        key, cid, seq, m, g = heapq.heappop(heap)
        c = m.conv
        if cid not in started:
            started.add(cid)
            conv_rows.append((cid, c.title, c.created_at, c.created_at, c.source,
                              rng.choice(SYSTEM_PROMPTS) if rng.random() < 0.02 else None))
        m.id = next_id
        next_id += 1
        if c.imported:
            m.source = f"{c.source}:{uuid.UUID(int=rng.getrandbits(128), version=4)}"
        # Schema 8: a message's depth in its tree (parents come before their children).
        depth = depths[m.parent_id] + 1 if m.parent_id is not None else 0
        depths[m.id] = depth
        rows.append((*m.row(), depth))
        if m.attachments:
            for kind, (name, mime, data) in m.attachments:
                attach_rows.append((m.id, name, mime, kind, data, m.created_at))
                counts["attachments"] += 1
                counts["attachment_bytes"] += len(data)
        if m.ledger:
            ledger_rows.append((m.updated_at, cid, m.id, *m.ledger))
            counts["ledger"] += 1
        counts["messages"] += 1
        counts["text_bytes"] += len(m.content.encode())
        if m.reasoning:
            counts["reasoning_bytes"] += len(m.reasoning.encode())
        counts["by_status"][m.status] = counts["by_status"].get(m.status, 0) + 1
        if m.id % sample_every == 0:
            assert search_text(m.content) == ref.search_text(m.content)
        c.last_at = m.created_at
        try:
            m2 = next(g)
            heapq.heappush(heap, (IMPORT_MS if c.imported else m2.created_at, cid, seq + 1, m2, g))
        except StopIteration:
            pass
        if len(rows) >= 20_000:
            flush()
        if next_id % 100_000 == 1:
            flush()
            db.execute("COMMIT")
            db.execute("BEGIN")
            print(f"  {next_id - 1:,} messages, {time.monotonic() - t0:.0f} s", file=sys.stderr, flush=True)
    flush()
    db.execute("COMMIT")

    # Final conversation state: active leaf, last activity, pinned / archived, chosen models.
    db.execute("BEGIN")
    upd = []
    for c in convs:
        pinned = 1 if rng.random() < 0.004 or (c.long and c.id == min(x.id for x in convs if x.long)) else 0
        archived = 1 if not pinned and (rng.random() < 0.04 or c.imported and rng.random() < 0.3) else 0
        chosen = c.model if rng.random() < 0.25 and not c.imported else None
        upd.append((c.leaf, c.last_at, pinned, archived,
                    MODELS[chosen][0] + 1 if chosen is not None else None,
                    MODELS[chosen][1] if chosen is not None else None,
                    rng.choice(["cheapest", "balanced", "best"]) if rng.random() < 0.03 else None, c.id))
    db.executemany("UPDATE conversations SET active_leaf = ?, updated_at = ?, pinned = ?, archived = ?, "
                   "chosen_provider_id = ?, chosen_model = ?, quality = ? WHERE id = ?", upd)
    db.execute("COMMIT")

    # Checks: every conversation's leaf is its own message; ids and parents agree.
    bad = db.execute("SELECT count(*) FROM conversations c LEFT JOIN messages m ON m.id = c.active_leaf "
                     "WHERE m.conversation_id IS NOT c.id").fetchone()[0]
    assert bad == 0, f"{bad} conversations with a wrong active leaf"
    bad = db.execute("SELECT count(*) FROM messages m JOIN messages p ON p.id = m.parent_id "
                     "WHERE p.conversation_id != m.conversation_id OR p.id >= m.id").fetchone()[0]
    assert bad == 0, f"{bad} messages with a wrong parent"
    bad = db.execute("SELECT count(*) FROM messages m LEFT JOIN messages p ON p.id = m.parent_id "
                     "WHERE m.depth != coalesce(p.depth + 1, 0)").fetchone()[0]
    assert bad == 0, f"{bad} messages with a wrong depth"
    assert db.execute("SELECT count(*) FROM messages").fetchone()[0] == args.messages
    assert db.execute("SELECT count(*) FROM conversations").fetchone()[0] == args.conversations

    def lengths(role):
        return [n for (n,) in db.execute("SELECT length(content) FROM messages WHERE role = ? AND status = 'complete' "
                                         "ORDER BY 1", [role])]

    uc, ac = lengths("user"), lengths("assistant")

    # Queries: each must match something.
    matches = []
    for q in queries:
        n = db.execute("SELECT count(*) FROM messages_fts WHERE messages_fts MATCH ?", [fts_query(q["query"])]).fetchone()[0]
        t = db.execute("SELECT count(*) FROM conversations_fts WHERE conversations_fts MATCH ?", [fts_query(q["query"])]).fetchone()[0]
        matches.append((n + t, q["query"]))
    with open(args.out + ".queries.json", "w", encoding="utf-8") as f:
        json.dump(queries, f, ensure_ascii=False, indent=1)
        f.write("\n")

    db.execute("PRAGMA synchronous = NORMAL")
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    elapsed = time.monotonic() - t0

    long_ids = [c.id for c in convs if c.long]
    lens = sorted(c.n for c in convs if not c.long)
    size = sum(os.path.getsize(args.out + s) for s in ("", "-wal") if os.path.exists(args.out + s))
    print(f"wrote {args.out}")
    print(f"conversations: {args.conversations:,} (pinned {sum(u[2] for u in upd)}, archived {sum(u[3] for u in upd)}, "
          f"imported {sum(c.imported for c in convs)})")
    print(f"messages: {counts['messages']:,} ({', '.join(f'{k} {v:,}' for k, v in sorted(counts['by_status'].items()))})")
    if long_ids:
        print(f"long conversations ({long_len:,} messages each): ids {', '.join(map(str, long_ids))}")
    print(f"other conversation lengths: median {lens[len(lens) // 2]}, p90 {lens[len(lens) * 9 // 10]}, "
          f"max {lens[-1]}, share 2-40: {sum(2 <= x <= 40 for x in lens) / len(lens):.0%}")
    print(f"characters: prompts median {uc[len(uc) // 2]}, p99 {uc[len(uc) * 99 // 100]}; complete answers median "
          f"{ac[len(ac) // 2]}, p90 {ac[len(ac) * 9 // 10]}, max {ac[-1]:,}, over 5,000: {sum(x > 5000 for x in ac) / len(ac):.1%}")
    print(f"text: {counts['text_bytes'] / 1e6:.1f} MB content + {counts['reasoning_bytes'] / 1e6:.1f} MB reasoning; "
          f"attachments: {counts['attachments']} ({counts['attachment_bytes'] / 1e6:.1f} MB); ledger rows: {counts['ledger']:,}")
    print(f"file: {size / 1e6:.1f} MB ({size:,} bytes)")
    lo = min(matches)
    print(f"queries: {len(queries)} in {args.out}.queries.json; fewest matches {lo[0]} ({lo[1]}), "
          f"most {max(matches)[0]:,} ({max(matches)[1]})")
    print(f"elapsed: {elapsed:.1f} s")
    if lo[0] == 0:
        sys.stdout.flush()
        print("error: some queries match nothing: " + ", ".join(q for n, q in matches if n == 0), file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
