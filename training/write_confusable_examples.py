"""Writes training/data/train-confusable.jsonl: hand-written training prompts for
the Switchboard task classifier (labels: code, reasoning, planning, writing,
summarize, translate, chat), in en, de, fr and es, about 100 per task and language.

Written for Switchboard, MIT licence. The prompts concentrate on the pairs the
classifier confuses: reasoning/chat, reasoning/planning, writing/chat,
summarize/writing and code/chat, plus short standalone requests of every class.

The text lives in training/confusable/: one file per language (en.txt, de.txt,
fr.txt, es.txt, read in that order) and top-ups.txt (short and mixed requests,
read last). Rows are written in file order, so the output is deterministic.
Format of those files:

    # a comment (blank lines are ignored too)
    === reasoning ===            one prompt per line, label "reasoning"
    === chat de ===              the same, with the language named (top-ups.txt)
    === passage hoa: dates actions ===
                                 a passage: the following lines are joined with
                                 spaces; the words after the colon say which
                                 tagged summary instructions fit it
    === writing with passages ===
                                 one "key | instruction" per line, {p} standing
                                 for the passage
    === summarize with passages, seed 101 ===
                                 summary instructions, {p} standing for the
                                 passage; "[dates] ..." marks one that fits only
                                 passages tagged "dates"

In every line the character "⏎" stands for a line break inside a prompt.
Summarize rows pair each passage of the language (those defined above the
section) with two or three different instructions; the pairing follows a shuffle
seeded by the section's seed, and tagged instructions ("who owns which action
item", "list the deadlines") only go to passages with that tag. Some of the same
passages also appear with rewrite instructions (writing) and translate
instructions (translate), so the label depends on the request, not on the
presence of a passage.

Run (from anywhere): python3 training/write_confusable_examples.py
"""
import json
import random
import re
from collections import Counter
from pathlib import Path

SOURCE = "handwritten-confusable"
TASKS = {"code", "reasoning", "planning", "writing", "summarize", "translate", "chat"}
LANGS = ("en", "de", "fr", "es")
HERE = Path(__file__).resolve().parent
FILES = [HERE / "confusable" / f"{name}.txt" for name in (*LANGS, "top-ups")]

PASSAGE = re.compile(r"=== passage (\w+):((?: \w+)*) ===")
WITH_PASSAGES = re.compile(r"=== (\w+) with passages(?:, seed (\d+))? ===")
PROMPTS = re.compile(r"=== (\w+)(?: (\w+))? ===")
ASK_TAG = re.compile(r"\[(\w+)\] ")


def row(prompt, task, lang):
    return {"prompt": prompt, "task": task, "lang": lang, "source": SOURCE}


def sections(path):
    """Yields (header, body lines) in file order; bodies keep only stripped,
    non-blank, non-comment lines."""
    header, body = None, []
    for raw in path.read_text(encoding="utf-8").split("\n"):
        s = raw.strip()
        if not s or s.startswith("#"):
            continue
        if s.startswith("===") and s.endswith("==="):
            if header is not None:
                yield header, body
            header, body = s, []
        else:
            assert header is not None, f"{path.name}: text before the first === header: {s[:60]}"
            body.append(s)
    if header is not None:
        yield header, body


def ask(line):
    """A summary instruction line -> (tag or None, template)."""
    m = ASK_TAG.match(line)
    tag, tpl = (m[1], line[m.end():]) if m else (None, line)
    return tag, tpl.replace("⏎", "\n")


def summarize(asks, passages, seed, lang, target=100):
    """Pairs every passage with two different fitting summary instructions (a
    fixed-seed subset gets a third, up to `target` rows). The first is a tagged
    instruction that fits the passage's tags when one is still under-used, the
    others the least-used fitting ones, so the wording varies and extraction
    requests land on texts that contain what they ask.
    asks: (tag or None, template); passages: key -> (text, tags)."""
    # A misspelt tag would silently pair an instruction with no passage.
    ask_tags = {tag for tag, _ in asks if tag}
    passage_tags = set().union(*(tags for _, tags in passages.values()))
    assert ask_tags == passage_tags, (lang, ask_tags ^ passage_tags)
    rng = random.Random(seed)
    order = list(range(len(asks)))
    rng.shuffle(order)
    rank = {a: i for i, a in enumerate(order)}
    keys = list(passages)
    extra = set(rng.sample(keys, target - 2 * len(keys)))
    used = Counter()
    out = []
    for key in keys:
        text, tags = passages[key]
        fits = [i for i, (tag, _) in enumerate(asks) if tag is None or tag in tags]
        special = [i for i in fits if asks[i][0] is not None and used[i] < 4]
        chosen = []
        for n in range(3 if key in extra else 2):
            pool = special if (n == 0 and special) else [i for i in fits if i not in chosen]
            i = min(pool, key=lambda i: (used[i], rank[i]))
            chosen.append(i)
            used[i] += 1
            out.append(row(asks[i][1].replace("{p}", text), "summarize", lang))
    return out


def read_rows():
    rows = []
    passages = {lang: {} for lang in LANGS}
    for path in FILES:
        file_lang = path.stem if path.stem in LANGS else None
        for header, body in sections(path):
            where = f"{path.name}: {header}"
            if m := PASSAGE.fullmatch(header):
                text = re.sub(r" ?⏎ ?", "\n", " ".join(" ".join(body).split())).strip()
                assert file_lang and len(text) >= 250, (where, len(text))
                passages[file_lang][m[1]] = (text, set(m[2].split()))
            elif m := WITH_PASSAGES.fullmatch(header):
                task, seed = m[1], m[2]
                assert file_lang and task in TASKS and (seed is None) == (task != "summarize"), where
                if seed is None:
                    for line in body:
                        key, tpl = line.split(" | ", 1)
                        text = passages[file_lang][key][0]
                        rows.append(row(tpl.replace("⏎", "\n").replace("{p}", text), task, file_lang))
                else:
                    asks = [ask(line) for line in body]
                    rows += summarize(asks, passages[file_lang], int(seed), file_lang)
            elif m := PROMPTS.fullmatch(header):
                task, lang = m[1], m[2] or file_lang
                assert task in TASKS and lang in LANGS, where
                rows += [row(line.replace("⏎", "\n"), task, lang) for line in body]
            else:
                raise AssertionError(f"{path.name}: unknown header {header}")
    return rows


def main():
    rows = read_rows()
    seen = set()
    for r in rows:
        key = r["prompt"].strip().casefold()
        assert key not in seen, "duplicate prompt: " + r["prompt"][:80]
        seen.add(key)
    out = HERE / "data" / "train-confusable.jsonl"
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    counts = Counter((r["task"], r["lang"]) for r in rows)
    print(f"wrote {len(rows)} rows to {out}")
    for task in sorted(TASKS):
        print(f"  {task:10s}", "  ".join(f"{lang}={counts[(task, lang)]}" for lang in LANGS))


if __name__ == "__main__":
    main()
