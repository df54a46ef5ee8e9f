"""Validate training/data/eval-v2.jsonl and training/data/paraphrase.jsonl (run: python3 training/eval-v2/validate.py)."""
import json, sys, collections, importlib
from pathlib import Path
HERE = Path(__file__).resolve().parent
DATA = HERE.parent / "data"
sys.path.insert(0, str(HERE))
TASKS = {"code", "reasoning", "planning", "writing", "summarize", "translate", "chat"}
LANGS = {"en", "de", "fr", "es"}
ok = True
def fail(msg):
    global ok; ok = False; print("FAIL:", msg)

def load(path, keys):
    rows = []
    with open(path, encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            try:
                r = json.loads(line)
            except Exception as e:
                fail(f"{path}:{i} invalid JSON: {e}"); continue
            if set(r) != keys: fail(f"{path}:{i} keys {sorted(r)}")
            if r.get("task") not in TASKS: fail(f"{path}:{i} bad task {r.get('task')}")
            if r.get("lang") not in LANGS: fail(f"{path}:{i} bad lang {r.get('lang')}")
            if not isinstance(r.get("prompt"), str) or not r["prompt"].strip(): fail(f"{path}:{i} empty prompt")
            rows.append(r)
    return rows

ev = load(DATA / "eval-v2.jsonl", {"prompt", "task", "lang", "source"})
pa = load(DATA / "paraphrase.jsonl", {"group", "prompt", "task", "lang", "source"})

# eval: exact cell counts
cells = collections.Counter((r["task"], r["lang"]) for r in ev)
for t in TASKS:
    for l in LANGS:
        if cells[(t, l)] != 30: fail(f"eval cell {t}/{l} = {cells[(t,l)]}")
if len(ev) != 840: fail(f"eval rows {len(ev)}")
if any(r["source"] != "handwritten-eval-v2" for r in ev): fail("eval source")

# paraphrase: 120 groups x 3, consistent label/lang, >=20 groups per lang
groups = collections.defaultdict(list)
for r in pa: groups[r["group"]].append(r)
if len(groups) != 120 or len(pa) != 360: fail(f"paraphrase groups {len(groups)} rows {len(pa)}")
for g, rs in groups.items():
    if len(rs) != 3: fail(f"group {g} has {len(rs)} rows")
    if len({(r['task'], r['lang']) for r in rs}) != 1: fail(f"group {g} mixed task/lang")
    if len({r['prompt'] for r in rs}) != 3: fail(f"group {g} duplicate phrasing")
if any(r["source"] != "handwritten-paraphrase" for r in pa): fail("paraphrase source")
glang = collections.Counter(rs[0]["lang"] for rs in groups.values())
gtask = collections.Counter(rs[0]["task"] for rs in groups.values())
for l in LANGS:
    if glang[l] < 20: fail(f"paraphrase lang {l} only {glang[l]} groups")

# duplicates (normalised) within and across files
norm = lambda s: " ".join(s.lower().split())
seen = {}
for name, rows in (("eval", ev), ("para", pa)):
    for r in rows:
        k = norm(r["prompt"])
        if k in seen: fail(f"duplicate prompt ({seen[k]} / {name}): {r['prompt'][:80]!r}")
        seen[k] = name

# summarize passages >= 250 chars (checked on the passage itself, from the sources)
a = importlib.import_module("t_summarize_en_de"); b = importlib.import_module("t_summarize_fr_es")
plens = [len(p) for L in (a.EN, a.DE, b.FR, b.ES) for _, p, _ in L]
for mod in ("p_en", "p_de", "p_fr", "p_es"):
    m = importlib.import_module(mod)
    plens += [len(g[1]) for g in m.GROUPS if g[0] == "summarize"]
short = [x for x in plens if x < 250]
if short: fail(f"summarize passages < 250 chars: {short}")
# and each summarize prompt must contain one of those passages
allp = [p for L in (a.EN, a.DE, b.FR, b.ES) for _, p, _ in L] + [g[1] for mod in ("p_en","p_de","p_fr","p_es") for g in importlib.import_module(mod).GROUPS if g[0]=="summarize"]
for r in ev + pa:
    if r["task"] == "summarize" and not any(p.strip() in r["prompt"] for p in allp):
        fail(f"summarize row without a known passage: {r['prompt'][:60]!r}")

print("eval rows:", len(ev))
print("          " + "".join(f"{l:>6}" for l in ["en","de","fr","es"]) + "  total")
for t in ["code","reasoning","planning","writing","summarize","translate","chat"]:
    print(f"{t:10}" + "".join(f"{cells[(t,l)]:>6}" for l in ["en","de","fr","es"]) + f"{sum(cells[(t,l)] for l in LANGS):>7}")
print("paraphrase groups:", len(groups), "rows:", len(pa))
print("  groups per lang:", dict(glang))
print("  groups per task:", dict(gtask))
pc = collections.Counter((rs[0]["task"], rs[0]["lang"]) for rs in groups.values())
for t in ["code","reasoning","planning","writing","summarize","translate","chat"]:
    print(f"  {t:10}" + "".join(f"{pc[(t,l)]:>4}" for l in ["en","de","fr","es"]))
print("summarize passages: n=%d min=%d max=%d chars" % (len(plens), min(plens), max(plens)))
lens = sorted(len(r["prompt"]) for r in ev)
print("eval prompt length: min=%d median=%d max=%d chars" % (lens[0], lens[len(lens)//2], lens[-1]))
print("OK" if ok else "VALIDATION FAILED")
sys.exit(0 if ok else 1)
