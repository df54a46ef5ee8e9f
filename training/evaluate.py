#!/usr/bin/env python3
"""Scores the shipped classifier, through `sb classify`, on the evaluation set.

Usage: python3 training/evaluate.py PATH/TO/sb [--write docs/classifier.md]

Feeds every prompt of training/data/eval-*.jsonl to `sb classify` (the stable JSON
Lines contract), then prints accuracy overall, per class (precision, recall, F1), per
language, a confusion matrix, a reliability table of the confidences `sb` reports
(10 bins, with the expected calibration error) and the paraphrase stability on
training/data/paraphrase.jsonl (groups whose three phrasings get one label), as Markdown. With --write, replaces the text between
"<!-- eval:begin -->" and "<!-- eval:end -->" in that file. Standard library only.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LABELS = ["code", "reasoning", "planning", "writing", "summarize", "translate", "chat"]


def classify(sb: str, prompts: list[str]) -> list[dict]:
    stdin = "".join(json.dumps({"prompt": p}, ensure_ascii=False) + "\n" for p in prompts)
    done = subprocess.run([sb, "classify"], input=stdin, capture_output=True, text=True, check=True)
    return [json.loads(l) for l in done.stdout.splitlines()]


def reliability(pairs: list[tuple[float, bool]], bins: int = 10) -> list[str]:
    """Equal-width confidence bins -> count, mean confidence, accuracy; and the ECE."""
    out = ["| confidence | n | mean confidence | accuracy |", "|---|---|---|---|"]
    ece = 0.0
    for i in range(bins):
        lo, hi = i / bins, (i + 1) / bins
        inside = [(c, ok) for c, ok in pairs if lo <= c < hi or (i == bins - 1 and c >= 1.0)]
        if not inside:
            continue
        conf = sum(c for c, _ in inside) / len(inside)
        acc = sum(ok for _, ok in inside) / len(inside)
        ece += len(inside) / len(pairs) * abs(acc - conf)
        out.append(f"| {lo:.1f}–{hi:.1f} | {len(inside)} | {conf:.3f} | {acc:.3f} |")
    return [f"Calibration of the reported confidence: **ECE {ece:.3f}** (10 bins).", ""] + out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("sb")
    parser.add_argument("--write", type=Path)
    args = parser.parse_args()
    rows = []
    for path in sorted((ROOT / "training" / "data").glob("eval-*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                rows.append(json.loads(line))
    answers = classify(args.sb, [r["prompt"] for r in rows])
    if len(answers) != len(rows):
        print(f"sb classify answered {len(answers)} of {len(rows)} lines", file=sys.stderr)
        return 1
    matrix = {t: Counter() for t in LABELS}
    by_lang: dict[str, list[int]] = {}
    by_basis = Counter()
    for r, a in zip(rows, answers):
        matrix[r["task"]][a["task"]] += 1
        ok = int(a["task"] == r["task"])
        by_lang.setdefault(r.get("lang", "?"), []).append(ok)
        by_basis[(a.get("basis", "?"), ok)] += 1
    total = len(rows)
    right = sum(matrix[t][t] for t in LABELS)
    out = [f"Evaluation set: {total} prompts ({', '.join(f'{k} {len(v)}' for k, v in sorted(by_lang.items()))}); "
           f"**accuracy {right / total:.1%}** ({right}/{total}).", "",
           "| task | precision | recall | F1 | n |", "|---|---|---|---|---|"]
    for t in LABELS:
        tp = matrix[t][t]
        predicted = sum(matrix[s][t] for s in LABELS)
        actual = sum(matrix[t].values())
        p = tp / predicted if predicted else 0.0
        r = tp / actual if actual else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        out.append(f"| {t} | {p:.2f} | {r:.2f} | {f:.2f} | {actual} |")
    out += ["", "Accuracy by language: " + ", ".join(
        f"{k} {sum(v) / len(v):.1%} ({len(v)})" for k, v in sorted(by_lang.items())) + ".", ""]
    out += ["Decided by: " + ", ".join(
        f"{b} {by_basis[(b, 1)] + by_basis[(b, 0)]} ({by_basis[(b, 1)] / max(1, by_basis[(b, 1)] + by_basis[(b, 0)]):.0%} right)"
        for b in sorted({b for b, _ in by_basis})) + ".", ""]
    out += ["Confusion matrix (rows: true task, columns: predicted):", "",
            "| true \\ predicted | " + " | ".join(LABELS) + " |", "|---" * (len(LABELS) + 1) + "|"]
    for t in LABELS:
        out.append(f"| **{t}** | " + " | ".join(str(matrix[t][s]) for s in LABELS) + " |")
    out += [""] + reliability([(a["confidence"], a["task"] == r["task"]) for r, a in zip(rows, answers)])
    para = [json.loads(l) for l in (ROOT / "training" / "data" / "paraphrase.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
    groups: dict[int, set[str]] = {}
    for r, a in zip(para, classify(args.sb, [r["prompt"] for r in para])):
        groups.setdefault(r["group"], set()).add(a["task"])
    stable = sum(len(g) == 1 for g in groups.values())
    out += ["", f"Paraphrase stability (`paraphrase.jsonl`): **{stable}/{len(groups)}** requests "
            f"({stable / len(groups):.1%}) get one label for all three phrasings."]
    report = "\n".join(out)
    print(report)
    if args.write:
        text = args.write.read_text(encoding="utf-8")
        begin, end = "<!-- eval:begin -->", "<!-- eval:end -->"
        head, _, rest = text.partition(begin)
        _, _, tail = rest.partition(end)
        args.write.write_text(head + begin + "\n" + report + "\n" + end + tail, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
