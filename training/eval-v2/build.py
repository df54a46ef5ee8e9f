import json, importlib, sys
from pathlib import Path
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
LANGS = ["en", "de", "fr", "es"]
rows = []
for mod in ["t_code", "t_reasoning", "t_planning", "t_writing", "t_summarize", "t_translate", "t_chat"]:
    if mod == "t_summarize":
        a = importlib.import_module("t_summarize_en_de"); b = importlib.import_module("t_summarize_fr_es")
        data = {"en": a.EN, "de": a.DE, "fr": b.FR, "es": b.ES}
        for lang in LANGS:
            for i, (instr, passage, pos) in enumerate(data[lang]):
                sep = "\n\n" if i % 5 else "\n"
                p = instr + sep + passage if pos == "b" else passage + sep + instr
                rows.append({"prompt": p.strip(), "task": "summarize", "lang": lang, "source": "handwritten-eval-v2", "_passage": passage})
    else:
        m = importlib.import_module(mod)
        for lang in LANGS:
            for p in getattr(m, lang.upper()):
                rows.append({"prompt": p.strip(), "task": m.TASK, "lang": lang, "source": "handwritten-eval-v2"})
with open(HERE.parent / "data" / "eval-v2.jsonl", "w", encoding="utf-8", newline="\n") as f:
    for r in rows:
        r = {k: v for k, v in r.items() if not k.startswith("_")}
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
print(len(rows))
