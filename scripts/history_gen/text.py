"""Prompts and Markdown answers (paragraphs, lists, tables, headings, code) in a
conversation's language, from the corpus, the phrases and the code blocks.
"""
import math
import re

from .phrases import FOLLOWUPS, HEADINGS, OPENERS, TEMPLATES
from .snippets import CODE_LANGS, FILES, LANG_NAMES, NOUNS, PY_PATHS, RUST_PATHS, TS_PATHS, VERBS, Code


class Text:
    def __init__(self, rng, corpus):
        self.r = rng
        self.c = corpus
        self.code = Code(rng)

    def fill(self, s):
        r, code = self.r, self.code
        if "{" not in s:
            return s
        return s.format(noun=r.choice(NOUNS), Verb=r.choice(VERBS).capitalize(), k=r.randrange(1, 6),
                        snake=code.snake(), camel=code.camel(), path=r.choice(RUST_PATHS + PY_PATHS),
                        lang=LANG_NAMES[r.choice(CODE_LANGS)])

    def sentence(self, lang, coding=False):
        r = self.r
        if lang in TEMPLATES and r.random() < 0.3:
            tpl, nouns = TEMPLATES[lang]
            return re.sub(r"\{n\}", lambda _: r.choice(nouns), r.choice(tpl))
        if lang == "en":
            k = r.random()
            if coding and k < 0.3:
                return self.tech_sentence()
            if k < 0.65 if coding else k < 0.35:
                return r.choice(self.c.spec_sentences)
        return r.choice(self.c.sentences[lang])

    def tech_sentence(self):
        r, code = self.r, self.code
        return r.choice([
            "Call `{p}` before you {v} the {n}.",
            "The `{s}` function returns `Result<{t}, Error>`, so the caller has to handle the error case.",
            "If `{c}` is `undefined`, the component renders nothing.",
            "In `{f}`, line {line}, `{s}` is called with a {n} that has already been moved.",
            "Use `{p}` instead of cloning the whole {n}.",
            "`{t}` keeps one {n} per connection, so reuse it rather than creating a new one.",
            "The error comes from `{s}`: it expects a non-empty {n}.",
            "Wrap `{s}` in a transaction; otherwise every insert is synced separately.",
            "Keep a connection pool of about {k} connections instead of opening one per request.",
            "Store the {n}s in the database and load them lazily; the database does the sorting for you.",
            "Add an index on `{n}_id`, or the database scans the whole table for every lookup.",
            "Read the {n} once at startup and keep it in memory instead of querying the database each time.",
            "Good error handling here means returning the error to the caller, not calling `unwrap()`.",
            "`{t}::{s}` is {k}x faster once the {n}s are cached.",
            "Run `cargo test {s}` (or `pytest -k {s}`) to check the change.",
            "The benchmark went from {ms} ms to {ms2} ms after the change to `{s}`.",
        ]).format(p=r.choice(RUST_PATHS + PY_PATHS + TS_PATHS), v=r.choice(VERBS), n=r.choice(NOUNS),
                  s=code.snake(), t=code.typ(), c=code.camel(), f=r.choice(FILES), line=r.randrange(1, 900),
                  k=r.randrange(2, 33), ms=r.randrange(20, 5000), ms2=r.randrange(1, 400))

    def paragraph(self, lang, k, coding=False):
        sep = "" if lang in ("zh", "ja") else " "
        return sep.join(self.sentence(lang, coding) for _ in range(k))

    def listing(self, lang, coding):
        r = self.r
        n = r.randrange(2, 8)
        numbered = r.random() < 0.4
        items = []
        for i in range(n):
            if lang != "en":
                s = r.choice(self.c.short[lang])
            else:
                k = r.random()
                s = (self.tech_sentence() if coding and k < 0.25 else r.choice(self.c.short_spec) if k < 0.55
                     else r.choice(self.c.short["en"]))
            if lang == "en" and r.random() < 0.25:
                s = f"**{r.choice(NOUNS).capitalize()}**: {s}"
            items.append(f"{i + 1}. {s}" if numbered else f"- {s}")
        return "\n".join(items)

    def table(self):
        r = self.r
        rows = [f"| `{self.code.snake()}` | {r.randrange(1, 999)} ms | {r.choice(['yes', 'no', 'partly'])} |"
                for _ in range(r.randrange(2, 6))]
        return "| Function | Time | Cached |\n|---|---|---|\n" + "\n".join(rows)

    def answer(self, conv, target):
        r, lang = self.r, conv.lang
        parts = [self.fill(r.choice(OPENERS[lang])) if r.random() < 0.5 else self.paragraph(lang, r.randrange(1, 3), conv.coding)]
        size = len(parts[0])
        limit = max(target * 1.25, target + 300)
        while size < target:
            k = r.random()
            if k < conv.code_rate:
                cl = conv.code_lang if r.random() < 0.8 else r.choice(CODE_LANGS)
                block = self.code.block(cl, lang if r.random() < 0.3 else "en")
            elif k < conv.code_rate + 0.10 and target > 400:
                block = "## " + self.fill(r.choice(HEADINGS[lang])) + "\n\n" + self.paragraph(lang, r.randrange(1, 4), conv.coding)
            elif k < conv.code_rate + 0.28:
                block = self.listing(lang, conv.coding)
            elif k < conv.code_rate + 0.30 and conv.coding:
                block = self.table()
            elif k < conv.code_rate + 0.31 and lang == "en":
                # A paragraph in another language (a translation asked for, a quotation).
                block = self.paragraph(r.choice(["de", "fr", "es", "zh", "ja", "ko"]), r.randrange(1, 3))
            else:
                block = self.paragraph(lang, r.randrange(1, 5), conv.coding)
            if size + len(block) > limit and size > 0.6 * target:
                break
            parts.append(block)
            size += len(block) + 2
        return "\n\n".join(parts)

    def prompt(self, conv, first):
        r, lang, code = self.r, conv.lang, self.code
        k = r.random()
        if lang != "en":
            if k < 0.25 and self.c.prompts_by.get(lang):
                return self.clip(r.choice(self.c.prompts_by[lang]))
            if k < 0.45 and not first:
                return self.fill(r.choice(FOLLOWUPS[lang]))
            if k < 0.55 and conv.coding:
                return self.sentence(lang) + "\n\n" + code.block(conv.code_lang, lang)
            if k < 0.75 and self.c.questions.get(lang):
                return r.choice(self.c.questions[lang])
            return self.paragraph(lang, r.randrange(1, 3))
        if not first and k < 0.22:
            return self.fill(r.choice(FOLLOWUPS["en"]))
        k = r.random()
        if conv.coding:
            if k < 0.3:
                return self.fill(r.choice([
                    "How do I {verb} the {noun} in {lang}?", "Why does `{snake}` panic when the {noun} is empty?",
                    "What's the idiomatic way to {verb} a {noun} with `{path}`?",
                    "Write a function that {verb}s a {noun} and returns the {noun2}s.",
                    "Is `{camel}` the right name for this?", "What does `{path}` do?",
                ]).replace("{verb}", r.choice(VERBS)).replace("{noun2}", r.choice(NOUNS)))
            if k < 0.55:
                return r.choice(["Why does this fail?", "Can you make this faster?", "What's wrong here?",
                                 "Please refactor this:", "Explain this code.",
                                 f"Can you review this {LANG_NAMES[conv.code_lang]} code?"]) + "\n\n" + code.block(conv.code_lang)
            if k < 0.7:
                return self.error_paste()
        if k < 0.45:
            u = r.choice(self.c.utterances)
            return (u[0].upper() + u[1:] + ("?" if r.random() < 0.5 else "")) if r.random() < 0.6 else u
        if k < 0.85:
            return self.clip(r.choice(self.c.prompts_by["en"]))
        return r.choice(self.c.questions["en"])

    def clip(self, p):
        """Most real prompts are short; the longest ones keep up to a few KB. Half of the
        time a long prompt starts at a later paragraph, so the few hundred real prompts
        are not repeated word for word."""
        r = self.r
        if r.random() < 0.5:
            starts = [m.end() for m in re.finditer(r"\n\s*\n", p) if m.end() < len(p) - 40]
            if starts:
                p = p[r.choice(starts):]
        cap = int(min(6000, max(40, r.lognormvariate(math.log(250), 1.0))))
        if len(p) <= cap:
            return p
        cut = p.rfind("\n", 0, cap)
        return p[: cut if cut > cap // 2 else cap].rstrip()

    def error_paste(self):
        r, code = self.r, self.code
        s, c, n = code.snake(), code.camel(), r.choice(NOUNS)
        return r.choice([
            f"I get this error:\n\n```\nerror[E0382]: borrow of moved value: `{n}`\n  --> src/{r.choice(['main', 'lib', 'parser', 'store'])}.rs:{r.randrange(10, 900)}:{r.randrange(5, 40)}\n```",
            f"TypeError: Cannot read properties of undefined (reading '{c}')",
            f"Traceback (most recent call last):\n  File \"app/{n}s.py\", line {r.randrange(10, 500)}, in {s}\n    return self.{n}s[key]\nKeyError: '{n}_id'",
            f"sqlite3.OperationalError: no such column: {n}_id",
            f"thread 'main' panicked at src/{n}.rs:{r.randrange(10, 500)}:{r.randrange(5, 40)}:\ncalled `Result::unwrap()` on an `Err` value: {code.typ()}Error",
        ])

    def reasoning(self):
        r = self.r
        pool = self.c.reasoning_sentences or self.c.sentences["en"]
        out = ["Let me think about what the user needs."]
        for _ in range(r.randrange(2, 14)):
            out.append(r.choice(pool) if r.random() < 0.5 else r.choice(self.c.sentences["en"]))
        return " ".join(out)


def title_from(text):
    """engine::turn::title_from: the first non-empty line, trimmed, 60 characters (and an
    ellipsis when cut)."""
    first = next((line.strip() for line in text.splitlines() if line.strip()), "New chat")
    return first[:60] + ("…" if len(first) > 60 else "")
