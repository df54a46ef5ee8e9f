#!/usr/bin/env python3
"""Trains Switchboard's task classifier and writes the model the app ships.

Usage (from the repository root; Python 3.11+, standard library only):

    python3 training/train.py            # train, write the model, print evaluation
    python3 training/train.py --check    # retrain and fail if the shipped model differs

Inputs: every training/data/train-*.jsonl ({"prompt", "task", ...} per line). The
evaluation files (eval-*.jsonl) are never trained on; they are only scored at the end.

Model: multinomial logistic regression (softmax over the 7 tasks) on hashed features,
trained with Adagrad, L2 regularisation and class-balanced example weights, in a fixed
order from a fixed seed, so the same data always gives byte-identical output.

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
EPOCHS = 12
LEARNING_RATE = 0.5
L2 = 1e-5


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


def load(pattern: str) -> list[tuple[str, int, str]]:
    rows = []
    for path in sorted(DATA.glob(pattern)):
        with path.open(encoding="utf-8") as f:
            for line in f:
                if not line.strip():
                    continue
                obj = json.loads(line)
                rows.append((obj["prompt"], LABELS.index(obj["task"]), obj.get("lang", "?")))
    return rows


def train(rows):
    k = len(LABELS)
    counts = [0] * k
    for _, y, _ in rows:
        counts[y] += 1
    # Class-balanced weights: every class contributes as if it had the mean count.
    mean = len(rows) / sum(1 for c in counts if c)
    class_weight = [mean / c if c else 0.0 for c in counts]
    data = [(vector(p), y) for p, y, _ in rows]
    weights: dict[int, list[float]] = {}
    grad_sq: dict[int, list[float]] = {}
    bias = [0.0] * k
    bias_sq = [1e-8] * k
    rng = random.Random(SEED)
    order = list(range(len(data)))
    for epoch in range(EPOCHS):
        rng.shuffle(order)
        loss = 0.0
        for i in order:
            x, y = data[i]
            cw = class_weight[y]
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
                bias[c] -= LEARNING_RATE * g[c] / math.sqrt(bias_sq[c])
            for b, v in x:
                w = weights.get(b)
                if w is None:
                    w = weights[b] = [0.0] * k
                    grad_sq[b] = [1e-8] * k
                s = grad_sq[b]
                for c in range(k):
                    gc = g[c] * v + L2 * w[c]
                    s[c] += gc * gc
                    w[c] -= LEARNING_RATE * gc / math.sqrt(s[c])
        print(f"epoch {epoch + 1}: weighted loss {loss / len(data):.4f}", file=sys.stderr)
    return weights, bias


def quantise(weights, bias):
    biggest = max((abs(x) for w in weights.values() for x in w), default=1.0) or 1.0
    scale = struct.unpack("<f", struct.pack("<f", biggest / 32767))[0]
    q = {}
    for b, w in weights.items():
        qs = [max(-32767, min(32767, round(x / scale))) for x in w]
        if any(qs):
            q[b] = qs
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
    for prompt, y, _ in rows:
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
    counts = {label: 0 for label in LABELS}
    for _, y, _ in rows:
        counts[LABELS[y]] += 1
    print(f"training on {len(rows)} examples: {counts}")
    print(f"hyperparameters: epochs {EPOCHS}, Adagrad lr {LEARNING_RATE}, L2 {L2}, seed {SEED}")
    weights, bias = train(rows)
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
