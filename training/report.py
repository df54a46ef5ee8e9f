#!/usr/bin/env python3
"""Reports how the shipped classifier MODEL (no Rust rules) does on the evaluation data.

Usage (from anywhere; standard library only):

    python3 training/report.py                 # the shipped model.bin
    python3 training/report.py --model X.bin   # another model file
    python3 training/report.py --brief         # one summary block per file

Reads the quantised model (format: `classify/model.rs`, written by `train.py`), scores
every prompt with the same features and arithmetic as `train.predict` (so, as the Rust
model does), and prints for each evaluation file (training/data/eval-*.jsonl) and for
all of them together: accuracy, per-class precision/recall/F1, accuracy per language,
the confusion matrix, and the expected calibration error (ECE) with a 10-bin
reliability table, where confidence is the highest softmax probability. Then the
paraphrase stability on training/data/paraphrase.jsonl: the share of groups whose three
phrasings get the same label.

These are MODEL-ONLY figures: the Rust classifier's rules (translate/summarize/code
fence) and follow-up handling are not applied, so the app's accuracy differs (for the
full classifier use `training/evaluate.py` with a built `sb`).
"""

from __future__ import annotations

import argparse
import json
import math
import struct
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import train  # noqa: E402  (features, fnv1a, softmax, LABELS, paths)

LABELS = train.LABELS
K = len(LABELS)


def decode(blob: bytes):
    """model.bin -> (buckets, scale, bias, {bucket: [i16] * 7}); refuses anything malformed."""
    if blob[:4] != b"SBTC":
        raise ValueError("not a classifier model (magic)")
    version, buckets, classes = struct.unpack_from("<III", blob, 4)
    if version != 1 or classes != K:
        raise ValueError(f"unsupported model: version {version}, {classes} classes")
    at = 16
    (scale,) = struct.unpack_from("<f", blob, at)
    at += 4
    bias = list(struct.unpack_from("<" + "f" * K, blob, at))
    at += 4 * K
    (count,) = struct.unpack_from("<I", blob, at)
    at += 4
    q = {}
    for _ in range(count):
        (b,) = struct.unpack_from("<I", blob, at)
        q[b] = list(struct.unpack_from("<" + "h" * K, blob, at + 4))
        at += 4 + 2 * K
    if at != len(blob):
        raise ValueError(f"{len(blob) - at} trailing bytes")
    return buckets, scale, bias, q


class Model:
    def __init__(self, blob: bytes, temperature: float = 1.0):
        self.buckets, self.scale, self.bias, self.q = decode(blob)
        self.mask = self.buckets - 1
        self.temperature = temperature
        self.size = len(blob)

    def probs(self, prompt: str) -> list[float]:
        """train.predict with this file's bucket count (and an optional temperature)."""
        feats = train.features(prompt)
        sums = [0] * K
        for f in feats:
            w = self.q.get(train.fnv1a(f) & self.mask)
            if w:
                for c in range(K):
                    sums[c] += w[c]
        norm = self.scale / math.sqrt(len(feats)) if feats else 0.0
        t = self.temperature
        return train.softmax([(self.bias[c] + sums[c] * norm) / t for c in range(K)])


def argmax(p: list[float]) -> int:
    return max(range(K), key=lambda c: (p[c], -c))  # ties go to the lower index, as in Rust


def load(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def ece(pairs: list[tuple[float, bool]], bins: int = 10):
    """Expected calibration error over equal-width confidence bins, and the bins."""
    table = []
    total = 0.0
    for i in range(bins):
        lo, hi = i / bins, (i + 1) / bins
        inside = [(c, ok) for c, ok in pairs if (lo <= c < hi) or (i == bins - 1 and c == 1.0)]
        if inside:
            conf = sum(c for c, _ in inside) / len(inside)
            acc = sum(ok for _, ok in inside) / len(inside)
            total += len(inside) / len(pairs) * abs(acc - conf)
            table.append((lo, hi, len(inside), conf, acc))
        else:
            table.append((lo, hi, 0, None, None))
    return total, table


def score(model: Model, rows: list[dict]):
    """Per row: (true index, predicted index, confidence, lang)."""
    out = []
    for r in rows:
        p = model.probs(r["prompt"])
        y = argmax(p)
        out.append((LABELS.index(r["task"]), y, p[y], r.get("lang", "?")))
    return out


def per_class(results):
    matrix = [[0] * K for _ in range(K)]
    for t, y, _, _ in results:
        matrix[t][y] += 1
    stats = []
    for i in range(K):
        tp = matrix[i][i]
        predicted = sum(matrix[j][i] for j in range(K))
        actual = sum(matrix[i])
        p = tp / predicted if predicted else 0.0
        r = tp / actual if actual else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        stats.append((LABELS[i], p, r, f, actual, predicted))
    return matrix, stats


def report_file(title: str, results, brief: bool) -> list[str]:
    n = len(results)
    right = sum(t == y for t, y, _, _ in results)
    matrix, stats = per_class(results)
    by_lang = defaultdict(list)
    for t, y, _, lang in results:
        by_lang[lang].append(t == y)
    e, table = ece([(c, t == y) for t, y, c, _ in results])
    out = [f"### {title}", "", f"{n} prompts; **model-only accuracy {right / n:.1%}** ({right}/{n}); "
           f"ECE {e:.3f}; mean confidence {sum(c for _, _, c, _ in results) / n:.3f}.", ""]
    out.append("By language: " + ", ".join(
        f"{k} {sum(v) / len(v):.1%} ({len(v)})" for k, v in sorted(by_lang.items())) + ".")
    out.append("")
    if brief:
        out.append("P/R: " + ", ".join(f"{l} {p:.2f}/{r:.2f}" for l, p, r, _, a, _ in stats if a) + ".")
        out.append("")
        return out
    out += ["| task | precision | recall | F1 | n |", "|---|---|---|---|---|"]
    for label, p, r, f, actual, predicted in stats:
        if actual or predicted:
            out.append(f"| {label} | {p:.2f} | {r:.2f} | {f:.2f} | {actual} |")
    out += ["", "Confusion matrix (rows: true task, columns: predicted):", "",
            "| true \\ predicted | " + " | ".join(LABELS) + " |", "|---" * (K + 1) + "|"]
    for i, label in enumerate(LABELS):
        if sum(matrix[i]):
            out.append(f"| **{label}** | " + " | ".join(str(x) for x in matrix[i]) + " |")
    out += ["", "Reliability (confidence = highest probability):", "",
            "| confidence | n | mean confidence | accuracy |", "|---|---|---|---|"]
    for lo, hi, count, conf, acc in table:
        out.append(f"| {lo:.1f}-{hi:.1f} | {count} | " +
                   (f"{conf:.3f} | {acc:.3f} |" if count else "- | - |"))
    out.append("")
    return out


def report_paraphrase(model: Model, rows: list[dict]) -> list[str]:
    groups = defaultdict(list)
    for r in rows:
        groups[r["group"]].append(r)
    same = 0
    right_rows = 0
    per_task = defaultdict(lambda: [0, 0])
    per_lang = defaultdict(lambda: [0, 0])
    split = []
    for g, rs in sorted(groups.items()):
        ys = [argmax(model.probs(r["prompt"])) for r in rs]
        ok = len(set(ys)) == 1
        same += ok
        right_rows += sum(LABELS[y] == r["task"] for y, r in zip(ys, rs))
        per_task[rs[0]["task"]][0] += ok
        per_task[rs[0]["task"]][1] += 1
        per_lang[rs[0]["lang"]][0] += ok
        per_lang[rs[0]["lang"]][1] += 1
        if not ok:
            split.append((g, rs[0]["task"], rs[0]["lang"], [LABELS[y] for y in ys]))
    n = len(groups)
    out = ["### paraphrase.jsonl (stability)", "",
           f"{n} groups of 3 phrasings; **same label for all three: {same / n:.1%}** ({same}/{n}); "
           f"rows labelled right: {right_rows / len(rows):.1%} ({right_rows}/{len(rows)}). Model only.", "",
           "By task: " + ", ".join(f"{t} {a}/{b}" for t, (a, b) in sorted(per_task.items(), key=lambda kv: LABELS.index(kv[0]))) + ".",
           "By language: " + ", ".join(f"{t} {a}/{b}" for t, (a, b) in sorted(per_lang.items())) + ".", ""]
    if split:
        out.append("Split groups: " + "; ".join(f"#{g} {t}/{l} -> {', '.join(ys)}" for g, t, l, ys in split) + ".")
        out.append("")
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--model", type=Path, default=train.MODEL)
    parser.add_argument("--temperature", type=float, default=1.0,
                        help="divide the logits by this (to see what a temperature would do to calibration)")
    parser.add_argument("--brief", action="store_true", help="no tables, one summary per file")
    args = parser.parse_args()
    model = Model(args.model.read_bytes(), args.temperature)
    print(f"MODEL ONLY (no Rust rules, no follow-up handling): {args.model.name}, {model.size:,} bytes, "
          f"{model.buckets} buckets, {len(model.q):,} non-zero"
          + (f", temperature {args.temperature}" if args.temperature != 1.0 else "") + "\n")
    everything = []
    for path in sorted(train.DATA.glob("eval-*.jsonl")):
        results = score(model, load(path))
        everything += results
        print("\n".join(report_file(path.name, results, args.brief)))
    if everything:
        print("\n".join(report_file("all eval-*.jsonl together", everything, args.brief)))
    para = train.DATA / "paraphrase.jsonl"
    if para.exists():
        print("\n".join(report_paraphrase(model, load(para))))
    return 0


if __name__ == "__main__":
    sys.exit(main())
