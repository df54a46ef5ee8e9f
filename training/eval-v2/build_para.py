import json, importlib, sys
from pathlib import Path
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
rows = []; g = 0
for mod in ["p_en", "p_de", "p_fr", "p_es"]:
    m = importlib.import_module(mod)
    for grp in m.GROUPS:
        g += 1
        if grp[0] == "summarize":
            _, passage, instrs = grp
            assert len(instrs) == 3
            for i, (instr, pos) in enumerate(instrs):
                sep = "\n" if i == 1 else "\n\n"
                p = instr + sep + passage if pos == "b" else passage + sep + instr
                rows.append({"group": g, "prompt": p, "task": "summarize", "lang": m.LANG, "source": "handwritten-paraphrase"})
        else:
            task, ps = grp
            assert len(ps) == 3, (mod, ps)
            for p in ps:
                rows.append({"group": g, "prompt": p.strip(), "task": task, "lang": m.LANG, "source": "handwritten-paraphrase"})
with open(HERE.parent / "data" / "paraphrase.jsonl", "w", encoding="utf-8", newline="\n") as f:
    for r in rows:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
print(g, len(rows))
