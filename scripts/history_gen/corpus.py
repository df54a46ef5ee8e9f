"""Real text from /work/shared/fixtures (prompt sets, chat exports, recorded provider
answers, the API specifications' documentation prose), split into sentences by
language, plus model prices. Reads files only; no randomness.
"""
import json
import os
import re
from glob import glob

from .phrases import EXTRA_SENTENCES

# The CJK ranges of `is_cjk` in store/src/search.rs (and make-schema-fixtures.py).
CJK_CLASS = ("[\u1100-\u11FF\u3040-\u30FF\u3130-\u318F\u3400-\u4DBF\u4E00-\u9FFF"
             "\uAC00-\uD7AF\uF900-\uFAFF\uFF66-\uFF9F\U00020000-\U0002FFFF]")
CJK_RE = re.compile(CJK_CLASS)

ANSWER_KEYS = {"text", "content", "delta", "output_text", "response"}
REASONING_KEYS = {"thinking", "reasoning_content", "reasoning"}
BASE64ISH = re.compile(r"[A-Za-z0-9+/=]{120,}")


def _walk(o, out, rout):
    if isinstance(o, dict):
        for k, v in o.items():
            if isinstance(v, str) and k in ANSWER_KEYS:
                out.append(v)
            elif isinstance(v, str) and k in REASONING_KEYS:
                rout.append(v)
            else:
                _walk(v, out, rout)
    elif isinstance(o, list):
        for v in o:
            _walk(v, out, rout)


def provider_texts(fix):
    """Answer and reasoning texts reassembled from recorded provider streams."""
    answers, reasoning = [], []
    for path in sorted(glob(os.path.join(fix, "providers", "**", "*"), recursive=True)):
        if not os.path.isfile(path) or "request" in os.path.basename(path):
            continue
        if not path.endswith((".chunks.txt", ".sse", ".json")):
            continue
        text = open(path, encoding="utf-8", errors="replace").read()
        objs = []
        if path.endswith(".json"):
            try:
                objs = [json.loads(text)]
            except ValueError:
                pass
        else:
            for line in text.splitlines():
                line = line.strip()
                if line.startswith("data:"):
                    line = line[5:].strip()
                try:
                    objs.append(json.loads(line))
                except ValueError:
                    pass
        out, rout = [], []
        for o in objs:
            _walk(o, out, rout)
        for parts, dest in ((out, answers), (rout, reasoning)):
            s = "".join(parts)
            if len(s) >= 80 and not BASE64ISH.search(s):
                dest.append(s)
    return answers, reasoning


STOP = {
    "en": set("the and is to of a in that it for you with this are be on as can or your what how".split()),
    "de": set("der die das und ist nicht mit für ich sie ein eine zu auf den von dem wie auch wird".split()),
    "fr": set("le la les et est une des pour dans que pas avec sur je vous du au qui ce il".split()),
    "es": set("el la los las y es una para con que por del en se no como al lo su más".split()),
}
WORD = re.compile(r"[^\W\d_]+")
FENCE = re.compile(r"```.*?(?:```|\Z)", re.S)
TAG = re.compile(r"</?[A-Za-z][^>\n]{0,200}>")
CODEY = re.compile(r"[{};=<>|\\$@#^~]|\t|    |https?://|\w\.\w+\(|\w_\w")
SENT_SPLIT = re.compile(r"(?<=[.!?])\s+(?=[A-ZÀ-ÖØ-Ý¿¡\"'“(])")
CJK_SPLIT = re.compile(r"(?<=[。！？])|\n")


def language(s):
    cjk = CJK_RE.findall(s)
    if cjk:
        if len(cjk) < 0.5 * len(s.replace(" ", "")):
            return None
        if re.search("[\uAC00-\uD7AF]", s):
            return "ko"
        if re.search("[\u3040-\u30FF]", s):
            return "ja"
        return "zh"
    words = [w.lower() for w in WORD.findall(s)]
    if len(words) < 5:
        return None
    score = {lang: sum(w in stop for w in words) for lang, stop in STOP.items()}
    best = max(score, key=lambda k: (score[k], k == "en"))
    if score[best] < 2:
        return None
    return best


def sentences(text):
    """Prose sentences of a text (code, markup and tables dropped)."""
    text = TAG.sub(" ", FENCE.sub("\n\n", text))
    out = []
    for para in re.split(r"\n\s*\n", text):
        for line in para.split("\n"):
            line = line.strip().lstrip("#>*-•0123456789. ").strip()
            if not line or "|" in line:
                continue
            if CJK_RE.search(line):
                out += [p.strip() for p in CJK_SPLIT.split(line) if p.strip()]
            else:
                out += SENT_SPLIT.split(line)
    keep = []
    for s in out:
        s = s.strip()
        lang = language(s)
        if lang is None:
            continue
        if lang in ("zh", "ja", "ko"):
            if 6 <= len(s) <= 160 and not CODEY.search(s):
                keep.append((lang, s))
        elif 25 <= len(s) <= 360 and not CODEY.search(s) and s[0].isupper():
            if s[-1] in ".!?:)\"”":
                keep.append((lang, s))
            elif len(s) >= 40 and s[-1].isalnum():
                keep.append((lang, s + "."))
    return keep


def spec_descriptions(fix):
    """English prose from the API specifications: OpenAPI `description:` values (plain,
    folded or literal YAML scalars) and Smithy documentation strings (HTML)."""
    out = []
    lines = open(os.path.join(fix, "specs/openai-openapi.yaml"), encoding="utf-8").read().split("\n")
    i = 0
    while i < len(lines):
        m = re.match(r"^(\s*)description:\s*(.*)$", lines[i])
        i += 1
        if not m:
            continue
        indent, value = len(m.group(1)), m.group(2).strip()
        block = value[:1] in ("|", ">")
        parts = [] if block else [value.strip("'\"")]
        while i < len(lines) and (not lines[i].strip() or len(lines[i]) - len(lines[i].lstrip()) > indent):
            parts.append(lines[i].strip() if not block else lines[i][indent + 2:])
            i += 1
        text = ("\n" if block else " ").join(parts).strip()
        if text:
            out.append(re.sub(r"\[([^\]]+)\]\([^)]+\)", r"\1", text))  # [link](url) -> link
    def walk(o):
        if isinstance(o, dict):
            for k, v in o.items():
                if k == "smithy.api#documentation" and isinstance(v, str):
                    out.append(re.sub(r"<[^>]+>", "", v))
                else:
                    walk(v)
        elif isinstance(o, list):
            for v in o:
                walk(v)
    walk(json.load(open(os.path.join(fix, "specs/aws-bedrock-runtime.smithy.json"), encoding="utf-8")))
    return out


class Corpus:
    """Real text from the fixtures, by kind and language."""

    def __init__(self, fix, model_names):
        d = json.load(open(os.path.join(fix, "datasets/clinc150/data_full.json"), encoding="utf-8"))
        self.utterances = [u for k in sorted(d) for u, _ in d[k]]
        self.prompts = [json.loads(line)["prompt"]
                        for line in open(os.path.join(fix, "datasets/arena-hard-v2.0/question.jsonl"), encoding="utf-8")]
        for name in ("mt_bench", "vicuna_bench"):
            for line in open(os.path.join(fix, f"datasets/{name}/question.jsonl"), encoding="utf-8"):
                self.prompts += json.loads(line)["turns"]
        answers, self.reasoning = provider_texts(fix)
        users = []
        for name in ("artifacts.json", "example.json"):
            for conv in json.load(open(os.path.join(fix, "exports/claude", name), encoding="utf-8")):
                for m in conv.get("chat_messages", []):
                    (answers if m["sender"] == "assistant" else users).append(m["text"])
        for path in sorted(glob(os.path.join(fix, "exports/chatgpt/*.json"))):
            for conv in json.load(open(path, encoding="utf-8")):
                for node in sorted((conv.get("mapping") or {}).values(), key=lambda n: n.get("id") or ""):
                    m = node.get("message") or {}
                    role = (m.get("author") or {}).get("role")
                    for p in (m.get("content") or {}).get("parts") or []:
                        if isinstance(p, str) and p.strip() and role in ("user", "assistant"):
                            (answers if role == "assistant" else users).append(p)
        self.answers = [a for a in answers if len(a) >= 200]
        self.prompts += [u for u in users if 10 <= len(u) <= 4000]
        # Prompts by language (non-English ones are rarer and used for their conversations).
        self.prompts_by = {}
        for p in self.prompts:
            first = p.strip().split("\n", 1)[0]
            lang = language(p[:400]) or ("en" if first.isascii() else None)
            if lang:
                self.prompts_by.setdefault(lang, []).append(p)
        seen = set()
        self.sentences = {lang: [] for lang in ("en", "de", "fr", "es", "zh", "ja", "ko")}
        for text in answers + self.prompts + self.reasoning:
            for lang, s in sentences(text):
                if s not in seen:
                    seen.add(s)
                    self.sentences[lang].append(s)
        # API documentation prose: technical English, drawn less often than the above.
        self.spec_sentences = []
        for text in spec_descriptions(fix):
            for lang, s in sentences(text):
                if lang == "en" and s not in seen:
                    seen.add(s)
                    self.spec_sentences.append(s)
        self.questions = {lang: [s for s in ss if s.endswith(("?", "？"))] for lang, ss in self.sentences.items()}
        self.reasoning_sentences = [s for t in self.reasoning for lang, s in sentences(t) if lang == "en"]
        # Hand-written text widens the smaller languages (the fixtures have only a few
        # prompts in them); the real sentences found are kept too.
        for lang, extra in EXTRA_SENTENCES.items():
            self.sentences[lang] += extra
        self.short = {lang: [s for s in ss if len(s) <= 140] or ss for lang, ss in self.sentences.items()}
        self.short_spec = [s for s in self.spec_sentences if len(s) <= 140]
        self.prices = {}
        try:
            table = json.load(open(os.path.join(fix, "prices/model_prices_and_context_window.json"), encoding="utf-8"))
            for model in model_names:
                e = table.get(model) or {}
                if e.get("input_cost_per_token") is not None:
                    self.prices[model] = (e["input_cost_per_token"], e.get("output_cost_per_token") or 0.0)
        except (OSError, ValueError):
            pass
