#!/usr/bin/env python3
"""Trains Switchboard's task classifier and writes the model the app ships.

Usage (from the repository root; Python 3.11+, standard library only):

    python3 training/train.py            # train, write the model, print evaluation
    python3 training/train.py --check    # retrain and fail if the shipped model differs

Inputs: every training/data/train-*.jsonl ({"prompt", "task", ...} per line). The
evaluation files (eval-*.jsonl, and paraphrase.jsonl) are never trained on; they are only
scored at the end. A training row that repeats an evaluation prompt (same words, or word
trigrams overlapping by Jaccard >= 0.75) is left out, so the evaluation stays held out.

Model: multinomial logistic regression (softmax over the 7 tasks) on hashed features,
trained with Adagrad, L2 regularisation and class-balanced example weights (optionally
per-file weights and a temperature folded into the stored scale), in a fixed order from
a fixed seed, so the same data always gives byte-identical output.

Features (must match src-tauri/crates/core/src/classify/features.rs exactly; the spec
is in docs/classifier.md): words, word pairs, character 3/4-grams of "<word>", symbol
runs, the first word(s), and shape features (code fence, length, share of code-like
lines, trailing question mark), hashed with FNV-1a 64 into 2**17 buckets, each
occurrence weighted 1/sqrt(number of occurrences).

Outputs:
  src-tauri/crates/core/src/classify/model.bin   quantised weights (format in the spec)
  training/expected.jsonl                        probabilities for fixed prompts, computed
                                                 with the quantised weights, which the Rust
                                                 test `matches_the_training_script` compares
"""

from __future__ import annotations

import argparse
import json
import math
import random
import re
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "training" / "data"
MODEL = ROOT / "src-tauri" / "crates" / "core" / "src" / "classify" / "model.bin"
EXPECTED = ROOT / "training" / "expected.jsonl"

LABELS = ["code", "reasoning", "planning", "writing", "summarize", "translate", "chat"]
BUCKETS = 1 << 17
MASK = BUCKETS - 1
FNV_OFFSET = 0xCBF29CE484222325
FNV_PRIME = 0x100000001B3
U64 = (1 << 64) - 1

WINDOW_LIMIT, WINDOW_HEAD, WINDOW_TAIL = 3000, 2000, 1000
MAX_WORD, MAX_SYMBOL = 24, 4

SEED = 20261122
EPOCHS = 20
LEARNING_RATE = 0.25
L2 = 1e-5
CLASS_POWER = 1.0  # class weights (mean / class total) ** CLASS_POWER; 1 = fully balanced
SOURCE_WEIGHT: dict[str, float] = {}  # per training file stem, e.g. {"train-datasets": 0.5}; default 1
TEMPERATURE = 0.85  # logits are divided by it (folded into model.bin's scale and biases); fitted on tune.py's validation split

# Training rows that repeat an evaluation prompt are left out (see decontaminate()).
HELD_OUT_EXTRA = "paraphrase.jsonl"
NEAR_DUPLICATE = 0.75


def fnv1a(text: str) -> int:
    h = FNV_OFFSET
    for b in text.encode("utf-8"):
        h ^= b
        h = (h * FNV_PRIME) & U64
    return h


def is_word_char(c: str) -> bool:
    return c.isalnum() or c == "_"


def tokens(text: str):
    """Yields ("w", word) and ("s", symbol run), cut to their maximum lengths."""
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if c.isspace():
            i += 1
            continue
        word = is_word_char(c)
        j = i + 1
        while j < n and not text[j].isspace() and is_word_char(text[j]) == word:
            j += 1
        run = text[i:j]
        yield ("w", run[:MAX_WORD]) if word else ("s", run[:MAX_SYMBOL])
        i = j


def features(prompt: str) -> list[str]:
    """Every feature occurrence of a prompt, as its key string."""
    t = prompt.lower()
    w = t[:WINDOW_HEAD] + "\n" + t[-WINDOW_TAIL:] if len(t) > WINDOW_LIMIT else t
    out: list[str] = []
    previous = None
    words: list[str] = []
    for kind, tok in tokens(w):
        if kind == "w":
            out.append("w:" + tok)
            if previous is not None:
                out.append("b:" + previous + " " + tok)
            padded = "<" + tok + ">"
            for size in (3, 4):
                for s in range(0, len(padded) - size + 1):
                    out.append("c:" + padded[s : s + size])
            words.append(tok)
            previous = tok
        else:
            out.append("s:" + tok)
    if words:
        out.append("f:" + words[0])
        if len(words) > 1:
            out.append("f2:" + words[0] + " " + words[1])
    if "```" in t:
        out.append("shape:fence")
    out.append("shape:len" + str(min(12, (len(t) // 16).bit_length())))
    nonempty = code = 0
    for line in t.split("\n"):
        if line.strip() == "":
            continue
        nonempty += 1
        if line.rstrip().endswith((";", "{", "}", ")", ":")) or line.startswith("    ") or line.startswith("\t"):
            code += 1
    if nonempty >= 3:
        out.append("shape:code" + str(4 * code // nonempty))
    if t.strip().endswith("?"):
        out.append("shape:q")
    return out


def vector(prompt: str) -> list[tuple[int, float]]:
    """Sparse input vector: bucket -> summed 1/sqrt(n) per occurrence, sorted by bucket."""
    feats = features(prompt)
    if not feats:
        return []
    v = 1.0 / math.sqrt(len(feats))
    acc: dict[int, float] = {}
    for f in feats:
        b = fnv1a(f) & MASK
        acc[b] = acc.get(b, 0.0) + v
    return sorted(acc.items())


def softmax(scores: list[float]) -> list[float]:
    m = max(scores)
    e = [math.exp(s - m) for s in scores]
    total = sum(e)
    return [x / total for x in e]


def load(pattern: str) -> list[tuple[str, int, str, str]]:
    """(prompt, label index, lang, file stem) for every row of the matching files, in order."""
    rows = []
    for path in sorted(DATA.glob(pattern)):
        with path.open(encoding="utf-8") as f:
            for line in f:
                if not line.strip():
                    continue
                obj = json.loads(line)
                rows.append((obj["prompt"], LABELS.index(obj["task"]), obj.get("lang", "?"), path.stem))
    return rows


def words(text: str) -> list[str]:
    return re.findall(r"\w+", text.lower())


def trigrams(text: str) -> set[tuple[str, ...]]:
    w = words(text)
    return {tuple(w[i : i + 3]) for i in range(max(1, len(w) - 2))}


def held_out_prompts() -> list[str]:
    """Every prompt of the evaluation files: eval-*.jsonl and the paraphrase set."""
    return [p for p, _, _, _ in load("eval-*.jsonl") + load(HELD_OUT_EXTRA)]


def decontaminate(rows, held_out: list[str]):
    """Leaves out training rows that repeat an evaluation prompt: the same words after
    lowercasing (punctuation ignored), or word trigrams overlapping by Jaccard >= NEAR_DUPLICATE."""
    exact = {" ".join(words(p)) for p in held_out}
    grams = [trigrams(p) for p in held_out]
    index: dict[tuple[str, ...], list[int]] = {}
    for i, g in enumerate(grams):
        for t in g:
            index.setdefault(t, []).append(i)
    kept, dropped = [], []
    for row in rows:
        if " ".join(words(row[0])) in exact:
            dropped.append(row)
            continue
        g = trigrams(row[0])
        shared: dict[int, int] = {}
        for t in g:
            for i in index.get(t, ()):
                shared[i] = shared.get(i, 0) + 1
        if any(k / len(g | grams[i]) >= NEAR_DUPLICATE for i, k in shared.items()):
            dropped.append(row)
        else:
            kept.append(row)
    return kept, dropped


def example_weights(rows, class_power=CLASS_POWER, source_weight=None) -> list[float]:
    """Per-row weight: a per-file weight (SOURCE_WEIGHT, default 1) times a class weight
    (mean class total / class total) ** class_power, class totals counted with the file
    weights, so that with class_power 1 every class contributes as if it had the mean."""
    source_weight = SOURCE_WEIGHT if source_weight is None else source_weight
    sw = [source_weight.get(r[3], 1.0) for r in rows]
    totals = [0.0] * len(LABELS)
    for r, w in zip(rows, sw):
        totals[r[1]] += w
    mean = sum(totals) / sum(1 for t in totals if t)
    class_weight = [(mean / t) ** class_power if t else 0.0 for t in totals]
    return [class_weight[r[1]] * w for r, w in zip(rows, sw)]


def train(data, epochs=EPOCHS, learning_rate=LEARNING_RATE, l2=L2, seed=SEED, log=True, after_epoch=None):
    """data: (sparse vector, label index, example weight) per row. Returns (weights, bias).
    after_epoch(epoch, weights, bias), if given, is called after every epoch (for tuning)."""
    k = len(LABELS)
    weights: dict[int, list[float]] = {}
    grad_sq: dict[int, list[float]] = {}
    bias = [0.0] * k
    bias_sq = [1e-8] * k
    rng = random.Random(seed)
    order = list(range(len(data)))
    for epoch in range(epochs):
        rng.shuffle(order)
        loss = 0.0
        for i in order:
            x, y, cw = data[i]
            scores = bias[:]
            for b, v in x:
                w = weights.get(b)
                if w is not None:
                    for c in range(k):
                        scores[c] += v * w[c]
            p = softmax(scores)
            loss -= cw * math.log(max(p[y], 1e-12))
            g = [cw * (p[c] - (1.0 if c == y else 0.0)) for c in range(k)]
            for c in range(k):
                bias_sq[c] += g[c] * g[c]
                bias[c] -= learning_rate * g[c] / math.sqrt(bias_sq[c])
            for b, v in x:
                w = weights.get(b)
                if w is None:
                    w = weights[b] = [0.0] * k
                    grad_sq[b] = [1e-8] * k
                s = grad_sq[b]
                for c in range(k):
                    gc = g[c] * v + l2 * w[c]
                    s[c] += gc * gc
                    w[c] -= learning_rate * gc / math.sqrt(s[c])
        if log:
            print(f"epoch {epoch + 1}: weighted loss {loss / len(data):.4f}", file=sys.stderr)
        if after_epoch is not None:
            after_epoch(epoch + 1, weights, bias)
    return weights, bias


def quantise(weights, bias, temperature=TEMPERATURE):
    """i16 weights with one scale. A temperature T is folded into the stored scale and
    biases (logits / T), so the Rust side applies it without knowing about it."""
    biggest = max((abs(x) for w in weights.values() for x in w), default=1.0) or 1.0
    scale = struct.unpack("<f", struct.pack("<f", biggest / 32767))[0]
    q = {}
    for b, w in weights.items():
        qs = [max(-32767, min(32767, round(x / scale))) for x in w]
        if any(qs):
            q[b] = qs
    if temperature != 1.0:
        scale = struct.unpack("<f", struct.pack("<f", scale / temperature))[0]
        bias = [x / temperature for x in bias]
    bias32 = [struct.unpack("<f", struct.pack("<f", x))[0] for x in bias]
    return scale, bias32, q


def encode(scale, bias, q) -> bytes:
    out = bytearray(b"SBTC")
    out += struct.pack("<III", 1, BUCKETS, len(LABELS))
    out += struct.pack("<f", scale)
    out += struct.pack("<" + "f" * len(LABELS), *bias)
    out += struct.pack("<I", len(q))
    for b in sorted(q):
        out += struct.pack("<I", b) + struct.pack("<" + "h" * len(LABELS), *q[b])
    return bytes(out)


def predict(scale, bias, q, prompt: str) -> list[float]:
    """What the Rust side computes: integer sums per class, then bias + scale * sum / sqrt(n)."""
    feats = features(prompt)
    n = len(feats)
    sums = [0] * len(LABELS)
    for f in feats:
        w = q.get(fnv1a(f) & MASK)
        if w:
            for c in range(len(LABELS)):
                sums[c] += w[c]
    norm = scale / math.sqrt(n) if n else 0.0
    return softmax([bias[c] + sums[c] * norm for c in range(len(LABELS))])


CROSS_CHECK = [
    "",
    "hi!",
    "What's the capital of Peru?",
    "Write a Python function that merges two sorted lists.",
    "Why does this fail?\n```rust\nfn main() {\n    let x: i32 = \"a\";\n}\n```",
    "If a train leaves at 3pm going 80 km/h, when does it cover 200 km?",
    "Plan a three-day trip to Lisbon with a budget of 600 euros.",
    "Write a short poem about autumn rain.",
    "Summarize this: The meeting covered the budget, hiring and the roadmap.",
    "Translate into French: where is the station?",
    "Erstelle einen Lernplan für die Mathe-Prüfung in drei Wochen.",
    "Schreib eine freundliche E-Mail an meinen Vermieter wegen der Heizung.",
    "Übersetze ins Spanische: Ich komme morgen später.",
    "Fasse den folgenden Text kurz zusammen: Die Stadt plant einen neuen Park.",
    "Wie viel ist 17 Prozent von 240?",
    "Écris une fonction JavaScript qui inverse une chaîne.",
    "Prépare un itinéraire de cinq jours en Provence.",
    "Résume ce texte en trois points : la réunion a duré deux heures.",
    "Quelle est la plus haute montagne d'Europe ?",
    "Rédige un discours de mariage drôle pour mon frère.",
    "¿Cómo se dice 'good luck' en alemán?",
    "Escribe un cuento corto sobre un faro abandonado.",
    "Demuestra que la raíz cuadrada de 2 es irracional.",
    "Hazme un plan de entrenamiento para correr 10 km en dos meses.",
    "Hola, ¿qué tal estás hoy?",
    "SELECT name, COUNT(*) FROM users GROUP BY name HAVING COUNT(*) > 1; -- why is this slow?",
    "Tell me a joke about cats 🐱 and 猫",
    "Traceback (most recent call last):\n  File \"app.py\", line 3, in <module>\nKeyError: 'id'",
    ("The quarterly report shows revenue growth in every region. " * 80) + "\n\nTL;DR?",
    "def add(a, b):\n    return a + b\n\nprint(add(2, 3))\n\nwhat does this print?",
]


def evaluate(scale, bias, q, rows, title):
    k = len(LABELS)
    matrix = [[0] * k for _ in range(k)]
    for prompt, y, _, _ in rows:
        p = predict(scale, bias, q, prompt)
        matrix[y][max(range(k), key=lambda c: (p[c], -c))] += 1
    total = sum(sum(r) for r in matrix)
    right = sum(matrix[i][i] for i in range(k))
    print(f"\n{title}: {right}/{total} = {right / max(total, 1):.3f} (model only, no rules)")
    for i, label in enumerate(LABELS):
        n = sum(matrix[i])
        if n:
            print(f"  {label:<10} {matrix[i][i] / n:.3f}  ({matrix[i][i]}/{n})")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="fail if the shipped model is not what training gives")
    args = parser.parse_args()
    rows = load("train-*.jsonl")
    if not rows:
        print("no training data in training/data/train-*.jsonl", file=sys.stderr)
        return 1
    rows, dropped = decontaminate(rows, held_out_prompts())
    if dropped:
        by_file = {}
        for r in dropped:
            by_file[r[3]] = by_file.get(r[3], 0) + 1
        print(f"left out {len(dropped)} training rows that repeat evaluation prompts: {by_file}")
    counts = {label: 0 for label in LABELS}
    for r in rows:
        counts[LABELS[r[1]]] += 1
    print(f"training on {len(rows)} examples: {counts}")
    print(f"hyperparameters: epochs {EPOCHS}, Adagrad lr {LEARNING_RATE}, L2 {L2}, class weight power {CLASS_POWER}, "
          f"file weights {SOURCE_WEIGHT or 'none'}, temperature {TEMPERATURE}, buckets {BUCKETS}, seed {SEED}")
    ew = example_weights(rows)
    weights, bias = train([(vector(r[0]), r[1], w) for r, w in zip(rows, ew)])
    scale, bias32, q = quantise(weights, bias)
    blob = encode(scale, bias32, q)
    expected = "".join(
        json.dumps({"prompt": p, "probs": predict(scale, bias32, q, p)}, ensure_ascii=False) + "\n" for p in CROSS_CHECK
    )
    if args.check:
        same = MODEL.read_bytes() == blob and EXPECTED.read_text(encoding="utf-8") == expected
        print("shipped model matches training" if same else "shipped model DIFFERS from training")
        return 0 if same else 1
    MODEL.parent.mkdir(parents=True, exist_ok=True)
    MODEL.write_bytes(blob)
    EXPECTED.write_text(expected, encoding="utf-8")
    print(f"wrote {MODEL.relative_to(ROOT)} ({len(blob)} bytes, {len(q)} buckets) and {EXPECTED.relative_to(ROOT)}")
    evaluate(scale, bias32, q, rows, "training accuracy")
    evaluation = load("eval-*.jsonl")
    if evaluation:
        evaluate(scale, bias32, q, evaluation, "evaluation accuracy")
    return 0


if __name__ == "__main__":
    sys.exit(main())
