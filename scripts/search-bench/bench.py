#!/usr/bin/env python3
"""FTS5 tokenizer benchmark for chat-history search.

  python3 gen_corpus.py /tmp/fts/base.db 200000          # corpus (seeded)
  python3 bench.py /tmp/fts/base.db OUTDIR               # SQLite from python3 (3.40.1 here)
  LD_LIBRARY_PATH=/tmp/fts/lib354 python3 bench.py ...   # same with the app's bundled 3.54.1

Variants (all external-content tables over messages(body), so text is stored once):
  a  unicode61 remove_diacritics 2
  b  trigram                      (3.45+: trigram remove_diacritics 1)
  c  a + b, query routed per term (identifier punctuation / CJK >= 3 chars -> trigram, else unicode61)
  d  unicode61 remove_diacritics 2 tokenchars '_'
  e  unicode61 remove_diacritics 2 over cjk_split(body): every Han/Kana/Hangul char becomes its own token
Truth: brute-force scan of the folded text (NFD, strip U+0300-036F, lower) with the regex of each query's mode.
"""
import json, os, re, shutil, sqlite3, statistics, sys, time, unicodedata

VER = tuple(int(x) for x in sqlite3.sqlite_version.split('.'))
TRI = 'trigram remove_diacritics 1' if VER >= (3, 45, 0) else 'trigram'
U61 = 'unicode61 remove_diacritics 2'
CJK = '\u1100-\u11ff\u3040-\u30ff\u3130-\u318f\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff\uff66-\uff9f'
CJK_RE = re.compile(f'[{CJK}]')
IDENT_RE = re.compile(r'[_:./\\<>()\[\]{}#@$%&=+\-]')  # punctuation that makes a term "code-like"


CAMEL_RE = re.compile(r'(?<=[a-z])(?=[A-Z])')


def cjk_camel_split(s):
    """cjk_split plus a separator at lower->Upper boundaries: HttpRequest -> Http|Request."""
    return CAMEL_RE.sub('\x1f', cjk_split(s)) if s else s


def cjk_split(s):
    # U+001F is a separator for unicode61 (category Cc) and never occurs in chat text, so
    # snippet()/highlight() output can be turned back into the original with .replace('\x1f', '')
    return CJK_RE.sub(lambda m: '\x1f' + m.group(0) + '\x1f', s) if s else s


# ------------------------------------------------------------------ safe MATCH building
def fts_quote(term):
    """One user term -> one FTS5 string: wrap in double quotes, double any embedded quote.
    Keywords (AND/OR/NOT/NEAR), column filters (x:), ^, -, *, parentheses all lose meaning."""
    return '"' + term.replace('"', '""') + '"'


def split_user_query(q):
    """'"exact phrase" other words' -> [(text, is_phrase)]; an unmatched quote is treated as literal."""
    out = []
    for m in re.finditer(r'"([^"]+)"|(\S+)', q):
        out.append((m.group(1), True) if m.group(1) else (m.group(2), False))
    return out


def build_match(q, prefix_last, transform=lambda t: t, star=True):
    parts = []
    terms = split_user_query(q)
    for i, (t, phrase) in enumerate(terms):
        t = transform(t)
        if not t.strip():
            continue
        s = fts_quote(t)
        if star and prefix_last and i == len(terms) - 1 and not phrase:
            s += '*'
        parts.append(s)
    return ' '.join(parts)  # implicit AND


def like_pattern(t):
    return '%' + t.replace('\\', '\\\\').replace('%', '\\%').replace('_', '\\_') + '%'


# ------------------------------------------------------------------ queries: (category, text, mode)
Q = [('word', w, 'word') for w in ['database', 'calculator', 'weather', 'strawberry', 'holiday', 'recursion', 'Christmas', 'token', 'the', 'error handling', 'python list']]
Q += [('phrase', f'"{p}"', 'phrase') for p in ['large language models', 'white christmas', 'error handling', 'the capital of France', 'time management', 'cross the street']]
Q += [('prefix', p, 'prefix') for p in ['calc', 'datab', 'recur', 'straw', 'holi', 'pricing calc', 'conf', 'man']]
Q += [('accent', a, 'word') for a in ['café', 'cafe', 'Müller', 'muller', 'élève', 'eleve', 'búsqueda', 'busqueda', 'données', 'niño', 'Straße', 'strasse']]
Q += [('ident', i, 'substr') for i in ['parse_frame', 'mem::take', 'std::mem::take', 'HttpRequest', 'HttpRequest::post', 'serde_json::from_str', 'Vec<u8>', 'src/store/mod.rs', '__init__', '0x1F', '3.14', 'read_to_string', 'httprequest']]
Q += [('idfrag', i, 'substr') for i in ['frame', 'Request', 'take(', 'store/mod', 'from_str']]
Q += [('cjk', c, 'substr') for c in ['数据库', '全文检索', '机器学习', '中文分词', 'データベース', '機械学習', '形態素解析', '데이터베이스', '인공지능', '検索', '검색', '서버', '東京', '数据']]
Q += [('short', s, 'word') for s in ['C', 'Go', 'AI', 'UI', 'ok']] + [('short', s, 'substr') for s in ['日', '네']]


def fold(s):
    return unicodedata.normalize('NFC', re.sub('[\u0300-\u036f]', '', unicodedata.normalize('NFD', s))).lower()


def truth_regex(text, mode):
    terms = [t for t, _ in split_user_query(text)]
    f = [fold(t) for t in terms]
    if mode == 'substr':
        return [re.compile(re.escape(x)) for x in f]
    B, E = r'(?<![^\W_])', r'(?![^\W_])'  # word boundary = not next to a letter/digit ('_' separates)
    if mode == 'phrase':
        return [re.compile(B + r'[\W_]+'.join(re.escape(w) for w in x.split()) + E) for x in f]
    if mode == 'prefix':
        return [re.compile(B + re.escape(x) + ('' if i == len(f) - 1 else E)) for i, x in enumerate(f)]
    return [re.compile(B + re.escape(x) + E) for x in f]


# ------------------------------------------------------------------ variants
VARIANTS = {
    'a_unicode61': {'tables': {'fu': U61}},
    'b_trigram': {'tables': {'ft': TRI}},
    'c_both': {'tables': {'fu': U61, 'ft': TRI}},
    'd_unicode61_us': {'tables': {'fd': U61 + " tokenchars '_'"}},
    'e_unicode61_cjk': {'tables': {'fe': U61}, 'content': 'messages_cjk'},
    'g_unicode61_cjk_camel': {'tables': {'fg': U61}, 'content': 'messages_cjk2'},
    'f_both_lite': {'tables': {'fu': U61, 'fn': TRI}, 'detail': {'fn': 'none'}},  # trigram side table queried with LIKE only
}


def connect(path):
    db = sqlite3.connect(path)
    db.create_function('cjk_split', 1, cjk_split, deterministic=True)
    db.create_function('cjk_camel_split', 1, cjk_camel_split, deterministic=True)
    db.execute('PRAGMA synchronous=NORMAL')  # per connection; journal_mode=WAL is persistent
    return db


def build(base, outdir, name, spec):
    path = f'{outdir}/{name}.db'
    shutil.copy(base, path)
    db = connect(path)
    db.execute('PRAGMA journal_mode=WAL'); db.execute('PRAGMA synchronous=NORMAL')
    content = spec.get('content', 'messages')
    if content == 'messages_cjk':
        db.execute('CREATE VIEW messages_cjk AS SELECT id, cjk_split(body) AS body FROM messages')
    if content == 'messages_cjk2':
        db.execute('CREATE VIEW messages_cjk2 AS SELECT id, cjk_camel_split(body) AS body FROM messages')
    t0 = time.perf_counter()
    for t, tok in spec['tables'].items():
        detail = spec.get('detail', {}).get(t, 'full')
        db.execute(f"CREATE VIRTUAL TABLE {t} USING fts5(body, content='{content}', content_rowid='id', tokenize=\"{tok}\", detail={detail})")
        db.execute(f"INSERT INTO {t}({t}) VALUES('rebuild')")
        db.execute(f"INSERT INTO {t}({t}) VALUES('optimize')")
    db.commit()
    build_s = time.perf_counter() - t0
    db.execute('PRAGMA wal_checkpoint(TRUNCATE)')
    idx = sum(db.execute(f"SELECT coalesce(sum(pgsize), 0) FROM dbstat WHERE name GLOB '{t}_*'").fetchone()[0] for t in spec['tables'])
    udf_s = 0.0
    if content.startswith('messages_cjk'):  # cost of the Python UDF itself (a Rust fn would be ~free)
        fn = 'cjk_split' if content == 'messages_cjk' else 'cjk_camel_split'
        t1 = time.perf_counter(); db.execute(f'SELECT sum(length({fn}(body))) FROM messages').fetchone(); udf_s = time.perf_counter() - t1
    db.close()
    return {'build_s': round(build_s, 1), 'udf_s': round(udf_s, 1), 'index_mb': round(idx / 1e6, 1), 'file_mb': round(os.path.getsize(path) / 1e6, 1)}


def route(name, text, mode):
    """-> (table or 'LIKE', match expression / like patterns)"""
    prefix = mode == 'prefix' or bool(CJK_RE.search(text))  # unicode61: '*' is its only way into CJK runs / Korean particles
    if name == 'a_unicode61': return 'fu', build_match(text, prefix)
    if name == 'd_unicode61_us': return 'fd', build_match(text, prefix)
    if name == 'e_unicode61_cjk':
        # CJK terms become char phrases ("数 据 库"); no '*' on them (char phrase is already a substring match)
        star = not CJK_RE.search(text)
        return 'fe', build_match(text, prefix, transform=lambda t: cjk_split(t).strip(), star=star)
    if name == 'g_unicode61_cjk_camel':
        star = not CJK_RE.search(text)
        return 'fg', build_match(text, prefix, transform=lambda t: cjk_camel_split(t).strip(), star=star)
    if name == 'b_trigram': return 'ft', build_match(text, prefix, star=False)
    # c_both / f_both_lite: per query routing
    prefix = mode == 'prefix'
    terms = [t for t, _ in split_user_query(text)]
    tri = None
    if any(CJK_RE.search(t) for t in terms):
        if all(len(t) >= 3 for t in terms): tri = True
        else: return 'LIKE:messages', [like_pattern(t) for t in terms]
    elif any(IDENT_RE.search(t) for t in terms) and all(len(t) >= 3 for t in terms):
        tri = True
    if not tri: return 'fu', build_match(text, prefix)
    if name == 'c_both': return 'ft', build_match(text, False, star=False)
    # LIKE on a trigram table uses the index only without ESCAPE: keep '_' as a (harmless) wildcard, '%' -> '_'
    return 'LIKE:fn', ['%' + t.replace('%', '_') + '%' for t in terms]


def run_query(db, table, expr, limit=50, ranked=True):
    if table.startswith('LIKE:'):
        t = table[5:]
        esc = " ESCAPE '\\'" if t == 'messages' else ''
        where = ' AND '.join([f"body LIKE ?{esc}"] * len(expr))
        sql_top = f"SELECT rowid, substr(body, 1, 80) FROM {t} WHERE {where} ORDER BY rowid DESC LIMIT {limit}"
        sql_all = f"SELECT rowid FROM {t} WHERE {where}"
        args = expr
    else:
        sql_top = f"SELECT rowid, snippet({table}, 0, '[', ']', '…', 12) FROM {table} WHERE {table} MATCH ? ORDER BY rank LIMIT {limit}"
        sql_all = f"SELECT rowid FROM {table} WHERE {table} MATCH ?"
        args = (expr,)
    return sql_top, sql_all, args


def timeit(db, sql, args, reps=5):
    db.execute(sql, args).fetchall()  # warm
    ts = []
    for _ in range(reps):
        t0 = time.perf_counter(); rows = db.execute(sql, args).fetchall(); ts.append(time.perf_counter() - t0)
    return statistics.median(ts) * 1000, rows


def pct(xs, p):
    xs = sorted(xs); return xs[min(len(xs) - 1, int(round(p / 100 * (len(xs) - 1))))]


def main(base, outdir):
    os.makedirs(outdir, exist_ok=True)
    print('SQLite', sqlite3.sqlite_version, 'trigram tokenizer:', TRI, flush=True)
    src = sqlite3.connect(base)
    bodies = dict(src.execute('SELECT id, body FROM messages'))
    base_mb = os.path.getsize(base) / 1e6
    text_mb = sum(len(b.encode()) for b in bodies.values()) / 1e6
    t0 = time.perf_counter(); folded = {i: fold(b) for i, b in bodies.items()}
    truth = {}
    for cat, text, mode in Q:
        rx = truth_regex(text, mode)
        truth[text + '|' + mode] = {i for i, b in folded.items() if all(r.search(b) for r in rx)}
    print(f'truth for {len(Q)} queries in {time.perf_counter()-t0:.0f}s', flush=True)
    res = {'sqlite': sqlite3.sqlite_version, 'trigram': TRI, 'base_mb': round(base_mb, 1), 'text_mb': round(text_mb, 1), 'variants': {}}
    # brute-force LIKE scan baseline (what trigram-less / short queries fall back to)
    db = sqlite3.connect(base)
    like = {}
    for cat, text, mode in Q:
        if cat in ('short', 'cjk', 'ident'):
            ms, _ = timeit(db, "SELECT id FROM messages WHERE body LIKE ? ESCAPE '\\' ORDER BY id DESC LIMIT 50", (like_pattern(text),), reps=3)
            like[text] = round(ms, 1)
    res['like_scan_ms'] = like
    db.close()
    only = os.environ.get('BENCH_ONLY')
    for name, spec in VARIANTS.items():
        if only and name not in only.split(','):
            continue
        b = build(base, outdir, name, spec)
        print(name, b, flush=True)
        db = connect(f'{outdir}/{name}.db')
        per_q = []
        for cat, text, mode in Q:
            table, expr = route(name, text, mode)
            sql_top, sql_all, args = run_query(db, table, expr)
            try:
                ms, top = timeit(db, sql_top, args)
                got = {r[0] for r in db.execute(sql_all, args)}
                err = None
            except sqlite3.Error as e:
                ms, top, got, err = 0.0, [], set(), str(e)
            tr = truth[text + '|' + mode]
            rec = len(got & tr) / len(tr) if tr else (1.0 if not got else None)
            prec = len(got & tr) / len(got) if got else None
            top10 = [r[0] for r in top[:10]]
            p10 = sum(1 for r in top10 if r in tr) / len(top10) if top10 else None
            per_q.append({'cat': cat, 'q': text, 'table': table, 'expr': expr, 'ms': round(ms, 2), 'n_truth': len(tr), 'n_got': len(got),
                          'recall': rec, 'precision': prec, 'p10': p10, 'err': err, 'snip': top[0][1].replace('\x1f', '')[:160] if top else None})
        # incremental insert cost: 1000 new messages, one transaction each (as the app would do)
        sample = [bodies[i] for i in range(1, len(bodies) + 1, max(1, len(bodies) // 1000))][:1000]
        t0 = time.perf_counter()
        for k, body in enumerate(sample):
            with db:
                rid = db.execute('INSERT INTO messages(conv_id, role, body) VALUES (?,?,?)', (999999, 'user', body)).lastrowid
                for t in spec['tables']:
                    fn = {'messages_cjk': 'cjk_split(?)', 'messages_cjk2': 'cjk_camel_split(?)'}.get(spec.get('content'), '?')
                    db.execute(f'INSERT INTO {t}(rowid, body) VALUES (?, {fn})', (rid, body))
        b['insert_ms_per_msg'] = round((time.perf_counter() - t0) * 1000 / len(sample), 2)
        db.close()
        ms_all = [p['ms'] for p in per_q]
        b['p50_ms'], b['p95_ms'], b['max_ms'] = round(pct(ms_all, 50), 2), round(pct(ms_all, 95), 2), round(max(ms_all), 1)
        res['variants'][name] = {'build': b, 'queries': per_q}
        json.dump(res, open(f'{outdir}/results.json', 'w'), ensure_ascii=False, indent=1)
        print(name, 'p50', b['p50_ms'], 'p95', b['p95_ms'], 'max', b['max_ms'], 'insert', b['insert_ms_per_msg'], flush=True)
    report(res)


def report(res):
    cats = list(dict.fromkeys(c for c, _, _ in Q))
    print(f"\nSQLite {res['sqlite']}  text {res['text_mb']} MB  base db {res['base_mb']} MB")
    print('| variant | build s | index MB | db MB | insert ms/msg | p50 ms | p95 ms | max ms |')
    for n, v in res['variants'].items():
        b = v['build']
        print(f"| {n} | {b['build_s']} | {b['index_mb']} | {b['file_mb']} | {b['insert_ms_per_msg']} | {b['p50_ms']} | {b['p95_ms']} | {b['max_ms']} |")
    for metric in ('recall', 'precision', 'p10'):
        print(f'\n{metric} (mean per category; "-" = no result at all)')
        print('| variant | ' + ' | '.join(cats) + ' |')
        for n, v in res['variants'].items():
            row = []
            for c in cats:
                xs = [q[metric] for q in v['queries'] if q['cat'] == c]
                ys = [x for x in xs if x is not None]
                row.append(f'{sum(ys)/len(xs):.2f}' if ys else '-')  # None counts as 0 in the mean
            print(f'| {n} | ' + ' | '.join(row) + ' |')


if __name__ == '__main__':
    if sys.argv[1] == '--report':
        report(json.load(open(sys.argv[2])))
    else:
        main(sys.argv[1], sys.argv[2])
