#!/usr/bin/env python3
"""Compares training settings on a held-out split of the TRAINING data (never on eval files).

Usage (from anywhere; standard library only; one training run at a time, ~1 min each):

    python3 training/tune.py                               # train.py's current settings
    python3 training/tune.py lr=0.25,0.5,1 l2=0,1e-5       # every combination
    python3 training/tune.py epochs=30 --curve             # validation after every epoch

Settings (default: train.py's constants): epochs, lr, l2, cp (class weight power),
wd / wl / wc (weight of train-datasets / train-lead / train-confusable rows), bits
(hash buckets = 2**bits), seed.

Split: the training rows that train.py would use (evaluation repeats left out) are
split by a fixed rule: a row is validation when FNV-1a 64 of its group key is 0 mod 5.
The group key is a prompt's longest line if that line has >= 200 characters (the pasted
passage, which the hand-written files reuse under several instructions), else its words,
so rows that share a passage are on the same side. Models are trained on the other 4/5
and scored with quantised weights, as shipped.

Per setting it prints: validation accuracy, balanced accuracy (mean per-class recall),
the lowest per-class precision and recall, accuracy per language (en/de/fr/es) and on the
train-confusable rows, log loss, ECE (10 bins), and the temperature that minimises the
validation log loss with the ECE it gives.
"""

from __future__ import annotations

import itertools
import math
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import train  # noqa: E402

LABELS = train.LABELS
K = len(LABELS)
NAMES = {"epochs": "epochs", "lr": "learning_rate", "l2": "l2", "cp": "class_power",
         "wd": "train-datasets", "wl": "train-lead", "wc": "train-confusable", "bits": "bits", "seed": "seed"}


def defaults() -> dict:
    sw = train.SOURCE_WEIGHT
    return {"epochs": train.EPOCHS, "lr": train.LEARNING_RATE, "l2": train.L2, "cp": train.CLASS_POWER,
            "wd": sw.get("train-datasets", 1.0), "wl": sw.get("train-lead", 1.0),
            "wc": sw.get("train-confusable", 1.0), "bits": train.BUCKETS.bit_length() - 1, "seed": train.SEED}


def group_key(prompt: str) -> str:
    longest = max(prompt.split("\n"), key=len).strip()
    return longest if len(longest) >= 200 else " ".join(train.words(prompt))


def split(rows):
    fit, val = [], []
    for r in rows:
        (val if train.fnv1a(group_key(r[0])) % 5 == 0 else fit).append(r)
    return fit, val


class Hashed:
    """Feature hashes per row, computed once; vectors for any bucket count from them."""

    def __init__(self, rows):
        self.hashes = [[train.fnv1a(f) for f in train.features(r[0])] for r in rows]

    def vectors(self, bits: int):
        mask = (1 << bits) - 1
        out = []
        for hs in self.hashes:
            if not hs:
                out.append([])
                continue
            v = 1.0 / math.sqrt(len(hs))
            acc: dict[int, float] = {}
            for h in hs:
                b = h & mask
                acc[b] = acc.get(b, 0.0) + v
            out.append(sorted(acc.items()))
        return out


def logits(scale, bias, q, x):
    s = list(bias)
    for b, v in x:
        w = q.get(b)
        if w:
            for c in range(K):
                s[c] += v * w[c] * scale
    return s


def metrics(scores, rows):
    """scores: logits per row. Returns a dict of figures at temperature 1 and the best T."""
    def at(t):
        nll = 0.0
        pairs = []
        for s, r in zip(scores, rows):
            p = train.softmax([x / t for x in s])
            nll -= math.log(max(p[r[1]], 1e-12))
            y = max(range(K), key=lambda c: (p[c], -c))
            pairs.append((p[y], y == r[1]))
        e = 0.0
        for i in range(10):
            inside = [(c, ok) for c, ok in pairs if i / 10 <= c < (i + 1) / 10 or (i == 9 and c >= 1.0)]
            if inside:
                e += len(inside) / len(pairs) * abs(sum(ok for _, ok in inside) / len(inside)
                                                    - sum(c for c, _ in inside) / len(inside))
        return nll / len(rows), e

    pred = [max(range(K), key=lambda c: (s[c], -c)) for s in scores]
    n = len(rows)
    right = [p == r[1] for p, r in zip(pred, rows)]
    recall, precision = [], []
    for c in range(K):
        actual = [ok for ok, r in zip(right, rows) if r[1] == c]
        predicted = [ok for ok, p in zip(right, pred) if p == c]
        recall.append(sum(actual) / len(actual) if actual else 1.0)
        precision.append(sum(predicted) / len(predicted) if predicted else 0.0)
    lang = {}
    for l in ("en", "de", "fr", "es"):
        sel = [ok for ok, r in zip(right, rows) if r[2] == l]
        lang[l] = sum(sel) / len(sel) if sel else float("nan")
    conf = [ok for ok, r in zip(right, rows) if r[3] == "train-confusable"]
    nll, e = at(1.0)
    best_t = min((t / 20 for t in range(10, 61)), key=lambda t: at(t)[0])
    return {"acc": sum(right) / n, "bal": sum(recall) / K, "minR": min(recall), "minP": min(precision),
            "lang": lang, "conf": sum(conf) / len(conf) if conf else float("nan"),
            "nll": nll, "ece": e, "T": best_t, "eceT": at(best_t)[1],
            "recall": recall, "precision": precision}


def line(name, m, extra=""):
    langs = " ".join(f"{l} {v:.3f}" for l, v in m["lang"].items())
    return (f"{name:<58} acc {m['acc']:.3f} bal {m['bal']:.3f} minR {m['minR']:.2f} minP {m['minP']:.2f} "
            f"| {langs} | conf {m['conf']:.3f} | nll {m['nll']:.3f} ece {m['ece']:.3f} | T {m['T']:.2f} eceT {m['eceT']:.3f}{extra}")


def main() -> int:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    curve = "--curve" in sys.argv
    grid = {}
    for a in args:
        k, _, vs = a.partition("=")
        if k not in NAMES:
            print(f"unknown setting {k}; known: {', '.join(NAMES)}", file=sys.stderr)
            return 2
        grid[k] = [float(v) if k not in ("epochs", "bits", "seed") else int(v) for v in vs.split(",")]
    rows, dropped = train.decontaminate(train.load("train-*.jsonl"), train.held_out_prompts())
    fit, val = split(rows)
    print(f"{len(rows)} training rows ({len(dropped)} evaluation repeats left out): fit {len(fit)}, validation {len(val)}")
    hf, hv = Hashed(fit), Hashed(val)
    vectors = {}
    base = defaults()
    keys = list(grid)
    for combo in itertools.product(*(grid[k] for k in keys)):
        s = dict(base, **dict(zip(keys, combo)))
        if s["bits"] not in vectors:
            vectors[s["bits"]] = (hf.vectors(s["bits"]), hv.vectors(s["bits"]))
        xf, xv = vectors[s["bits"]]
        ew = train.example_weights(fit, s["cp"], {"train-datasets": s["wd"], "train-lead": s["wl"],
                                                  "train-confusable": s["wc"]})
        data = [(x, r[1], w) for x, r, w in zip(xf, fit, ew)]
        name = " ".join(f"{k}={s[k]}" for k in NAMES if k != "seed")
        started = time.time()

        def report(epoch, weights, bias):
            if curve or epoch == s["epochs"]:
                scale, b32, q = train.quantise(weights, bias, 1.0)
                m = metrics([logits(scale, b32, q, x) for x in xv], val)
                size = 32 + 4 * K + len(q) * (4 + 2 * K)
                tag = f"{name} @{epoch}" if curve else name
                print(line(tag, m, f" | {size / 1e6:.2f} MB {time.time() - started:.0f}s"), flush=True)
                if epoch == s["epochs"]:
                    print("    per class R: " + " ".join(f"{LABELS[c]} {m['recall'][c]:.2f}" for c in range(K))
                          + " / P: " + " ".join(f"{m['precision'][c]:.2f}" for c in range(K)), flush=True)

        train.train(data, s["epochs"], s["lr"], s["l2"], s["seed"], log=False, after_epoch=report)
    return 0


if __name__ == "__main__":
    sys.exit(main())
