#!/usr/bin/env python3
"""Derive labelled task-classifier data from public prompt datasets.

Usage (from the repository root):

    python3 training/prepare.py [DATASETS_DIR]

DATASETS_DIR defaults to ../shared/fixtures/datasets relative to the repository
root (the directory above training/). It must contain:

    arena-hard-v2.0/question.jsonl   lmarena/arena-hard-auto   Apache-2.0
    mt_bench/question.jsonl          lm-sys/FastChat           Apache-2.0
    vicuna_bench/question.jsonl      lm-sys/FastChat           Apache-2.0
    clinc150/data_full.json          clinc/oos-eval            CC BY 3.0
    clinc150/domains.json            clinc/oos-eval            CC BY 3.0

Outputs (JSON Lines, UTF-8, one object per line, paths relative to the repo root):

    training/data/train-datasets.jsonl   {"prompt","task","lang","source"}
    training/data/eval-datasets.jsonl    {"prompt","task","lang","source"}
    training/data/followups-mtbench.jsonl
        {"previous_prompt","previous_task","prompt","task","lang","source"}
        MT-Bench turn 2 given turn 1: an evaluation set for follow-up handling,
        never training data.

"source" is "<dataset>:<id or category>": arena-hard-v2.0:<uid>, mt_bench:<question_id>,
vicuna_bench:<question_id>, clinc150:<intent>; followups use mt_bench:<question_id>:turn2.

Python 3.11 standard library only. Deterministic: the same inputs always give
byte-identical outputs (input order is preserved, no randomness, no clock).

Labels (see notes/CLASSIFIER.md): code, reasoning, planning, writing, summarize,
translate, chat.

Label mapping
-------------
arena-hard-v2.0 (750 prompts from Chatbot Arena users)
  * Only prompts of at most 6000 characters (code points) are kept (721 of 750).
  * subcategory coding -> code, math -> reasoning, creative_writing -> writing.
  * ARENA_OVERRIDES (below) corrects prompts whose subcategory does not match
    the label definition, after reading every coding and math prompt by eye:
    the "math" subcategory holds many competitive-programming tasks and
    "write it in Python/C++/MATLAB/R/SQL" requests (-> code); the "coding"
    subcategory holds some essays, estimations, puzzles, plans and a recipe.
    Prompts mapped to None are dropped as too mixed to label (e.g. a
    7-part quiz mixing shell, PowerShell and trivia).
  * creative_writing prompts were skimmed; all are writing.

mt_bench (80 two-turn questions, 10 per category)
  * Training/eval rows use turn 1 only.
  * writing, roleplay -> writing; reasoning, math -> reasoning; coding -> code;
    extraction -> summarize (extract/condense from a passage given in the
    prompt); stem, humanities -> chat.
  * MTBENCH_TURN1_OVERRIDES: all 20 stem/humanities questions and all roleplay
    questions were checked by eye. Roleplay prompts whose persona is only a
    thin frame around an advice/explanation request (doctor, relationship
    coach, ML engineer, math teacher) -> chat; 95 (act as an English
    translator) -> translate; 142 (justify with physics principles) ->
    reasoning; 147, 148, 154 (construction approach, design workflow, lesson
    plan) -> planning.
  * followups-mtbench.jsonl: turn 2 with turn 1 as context. Its label defaults
    to turn 1's label (a follow-up continues the same task: "rewrite it",
    "can you parallelize it?", "what about |x + 10| < 5?"); MTBENCH_TURN2
    overrides where turn 2 asks for a different kind of task ("summarize the
    story" -> summarize, "write an allegorical poem" -> writing, "estimate the
    budget" -> reasoning, "write a concrete plan" -> planning, ...).

vicuna_bench (80 single-turn questions)
  * generic, knowledge, common-sense, counterfactual -> chat; fermi, math ->
    reasoning; writing, roleplay -> writing; coding -> code.
  * All 80 were checked by eye; VICUNA_OVERRIDES: 3 (differences between
    Python and JavaScript) -> code, matching the label definition (explaining
    code / programming languages is code).

clinc150 (intent-classification utterances, English)
  * Only these intents are used, at most 40 utterances each (the first 40 of
    the concatenation train + val + test, each list in file order):
      - domain small_talk, all 15 intents -> chat
      - utility: definition, spelling, flip_coin, time, date -> chat
      - travel: plug_type, timezone, international_visa, vaccines, carry_on,
        travel_suggestion -> chat
      - kitchen_and_dining: recipe, calories, nutrition_info,
        ingredient_substitution, cook_time -> chat
      - utility: calculator -> reasoning
      - travel: translate -> translate, with ALL its utterances (no cap)
  * Everything else (banking, out-of-scope, device commands, ...) is unused.

Normalisation, de-duplication, language, split
----------------------------------------------
  * Prompts are stripped of leading/trailing whitespace; otherwise verbatim.
  * Exact duplicate prompts are kept once (first occurrence in the order
    mt_bench, vicuna_bench, arena-hard, clinc150; e.g. vicuna 77 = mt_bench 81).
    Duplicates with a different label are reported on stderr and the first
    label is kept.
  * lang: detect_lang() below, a small stop-word heuristic. Text with more
    than 10% (or 30+) letters outside ASCII/Latin-1 (CJK, Cyrillic, Greek,
    Polish, ...) or with Vietnamese letters is "other". Otherwise stop words of
    en/de/fr/es and of it/pt/nl/id are counted (a word shared by k languages
    counts 1/k for each; typical accents such as ñ/¿, ä/ß, ç/è add a point);
    a clear winner (at least one stop-word hit and 1.3x the runner-up) decides
    ("other" if the winner is it/pt/nl/id). Without a clear winner, text whose
    letters are >= 97% ASCII and that is not more non-English than English is
    "en" (code, short English utterances); anything else is "other".
    Measured on eval-handwritten.jsonl it agrees with the hand-set language
    for ~95% of prompts; the misses are mostly mixed-language prompts
    ("translate: <foreign text>") and very short greetings.
  * Split: FNV-1a 32-bit hash of the prompt's UTF-8 bytes; hash % 5 == 0 ->
    eval, else train. Because duplicates were removed first, train and eval are
    disjoint (also for the small mt_bench/vicuna sets).
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

LABELS = ["code", "reasoning", "planning", "writing", "summarize", "translate", "chat"]

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATASETS = REPO_ROOT / ".." / "shared" / "fixtures" / "datasets"
OUT_DIR = REPO_ROOT / "training" / "data"

ARENA_MAX_CHARS = 6000
CLINC_PER_INTENT = 40

# --------------------------------------------------------------------------- arena-hard

ARENA_SUBCATEGORY = {"coding": "code", "math": "reasoning", "creative_writing": "writing"}

# uid -> label (None = drop). Every coding and math prompt was read by eye.
ARENA_OVERRIDES: dict[str, str | None] = {
    # --- subcategory "math" that are programming tasks -> code
    "22cbfedd4dae4d3d": "code",  # competitive programming (input/output spec)
    "84af6b1ab6a24583": "code",  # fill in PyTorch autograd code
    "295f5a25976349c2": "code",  # competitive programming
    "23ea9f1d6e22483b": "code",  # "write in C++"
    "c7c0af9c4bc84145": "code",  # pasted Python/numpy code
    "ddb53371c1c34428": "code",  # write an efficient fib(n) function
    "c0a4a8902af041b3": "code",  # competitive programming ("submit your code")
    "ca93c6d58a3649cc": "code",  # LeetCode-style problem
    "146c27fe57934ece": "code",  # geometry test, "describe in C++"
    "8ab68fda7bf04807": "code",  # competitive programming
    "79fb96a5bee24f82": "code",  # competitive programming
    "02272be8b3d7485d": "code",  # string-processing function spec
    "d2ac8d19ea9c44b4": "code",  # "solve using python"
    "e25d3798f1c4432a": "code",  # MATLAB corrcoef
    "068560a164a14af3": "code",  # arc angle "in python"
    "6b9ca33cc041442c": "code",  # LeetCode permutation sequence, C++ stub
    "94e81dd6a6dd4849": "code",  # matrix proof + "give me python code to plot"
    "38fe52ba54f14591": "code",  # programming task, "code python"
    "96f8f0e769584446": "code",  # "solve this in cpp"
    "4e993bffe62d4f44": "code",  # pairing algorithm with array output
    "219615a1a2bd4ae9": "code",  # finish a Python function
    "71802b5db8354d09": "code",  # continue MATLAB code
    "5e6119f356de468a": "code",  # competitive programming
    "d99465504c3849db": "code",  # pasted Python/sklearn code
    "f3176f24b8364008": "code",  # competitive programming (input format)
    "60e5f7905cd5406b": "code",  # "generate a java program"
    "abb6bda85ef948f8": "code",  # "draft a python code"
    "0d5106637bbb41b6": "code",  # pasted MATLAB code
    "76d2044d99d543ea": "code",  # competitive programming
    "aa07a571465345cd": "code",  # "where is the error in the code"
    "52b8db0870364864": "code",  # R script, Box-Cox
    "2549c64e17274e70": "code",  # "use the C programming language"
    "70eb8f8cfc4c4dde": "code",  # "R programming"
    "fa53f5d26bac4266": "code",  # HiveSQL
    "11f42420564448a2": "code",  # Python solution to a coding problem
    "8cf57e1c1b034e3a": "code",  # "provide the solution in python"
    "b5f7ea52f1184864": "code",  # pasted Python simulation code
    "95bba0a302d948e9": "code",  # Python coding exercise
    "77526a029cea4b35": "code",  # "write MATLAB code"
    "5906251f02d44340": "code",  # Codeforces problem
    "e0a39f48b76e45f3": "code",  # competitive programming
    "b6fcd20c5a6a46a7": "code",  # Codeforces problem
    "51077fc473944b86": "code",  # complexity of pasted C code
    "278aa67489c04da1": "code",  # inverse kinematics "in python"
    "4541a93a30654c55": "code",  # pasted torch code
    "3b778c75f56f4cc0": "code",  # def lcm(nums) exercise
    "8bf487d6bf4e4933": "code",  # ARM assembly
    "02d2baed19ec450e": "code",  # Luogu problem statement
    "52562da0204e422f": "code",  # express in Wolfram Language
    "2a3370b2ce424f3c": "code",  # solution "using cvxpy"
    # --- subcategory "math" that are writing tasks
    "f88d6da6cdd64871": "writing",  # French echocardiography report template
    "781c1cf6e7334cca": "writing",  # "revise and polish" a Chinese methods text
    # --- subcategory "math", unclear request -> drop
    "bef3cf6d687e43d8": None,  # RLS update equations pasted without a question
    # --- subcategory "coding" that are not code
    "22ed32babcd14390": "chat",  # current-limiting circuit
    "ba83143680144f8c": "reasoning",  # estimate storage cost of 145 PB
    "8d06d08f63e64e56": "reasoning",  # invent a convex GAN
    "f07bc8d6208141ef": "writing",  # SEO blog article
    "390c28cd29624b2b": "reasoning",  # superforecaster question
    "4bf132b69be3469b": "summarize",  # morning report from pasted news
    "3932b636daa347c6": "writing",  # long-form article (in HTML)
    "17352f06b5144157": "reasoning",  # regroup products by need state
    "a10d396f07574a4a": "chat",  # home-server hardware specs
    "7b5b56fc149849bb": "reasoning",  # cheapest coupon combination
    "b7f6a282c0474f72": "planning",  # cleaning procedure
    "2b84db05365f488c": "writing",  # compose harmonic progressions
    "2da7e53308a547d6": "chat",  # cake recipe
    "2565fce4228d4299": "planning",  # design a lab experiment
    "93e1b93a7e23454e": "writing",  # Star Trek roleplay game
    "c57522c6e2ed40f9": "reasoning",  # evaluate NPD tools for an innovation
    "2a8a05202a5340b7": "planning",  # break down requirement-extraction problem
    "c5068077dee74765": "reasoning",  # hot-swap a breaker, design a device
    "82301184f6b04742": "writing",  # lessons-learned document
    "3929cfb4dc4745db": "writing",  # outline for an OWASP guide
    "b8b4c850b8774e69": "planning",  # validation protocol
    "ba1dc602c375417f": "writing",  # literature review / framework
    "a4fb13fbc93f4eaa": "planning",  # engineering project plan
    "e0a048f2163940d1": "chat",  # problems in sentiment classification
    "0275cb6eae1649c1": "reasoning",  # colour-space math
    "9a02bcd7fe4049f1": "reasoning",  # attrition model insights
    "16f3282e2e4d4ae9": "reasoning",  # which cylinder side is hotter
    "908d8003ba3b4d4c": "chat",  # short science answers
    "1871aca3eb0a4e44": "writing",  # rewrite bullet points as prose
    "1d8f12ff297d4817": "reasoning",  # integer inequality puzzle
    "dfc9be7c176d46bb": "writing",  # expand an LLM prompt
    "2ed31af46b9f433a": "writing",  # French echocardiography report template
    "2be36b723b084035": "reasoning",  # number-theory quiz
    "c9b6aa94ff24454e": "reasoning",  # playlist puzzle
    "da1656e2fe454678": None,  # search planning + article writing, mixed
    "c41838dac4504b21": None,  # 7 unrelated questions (trivia, shell, ASCII art)
}

# --------------------------------------------------------------------------- mt_bench

MTBENCH_CATEGORY = {
    "writing": "writing",
    "roleplay": "writing",
    "reasoning": "reasoning",
    "math": "reasoning",
    "coding": "code",
    "extraction": "summarize",
    "stem": "chat",
    "humanities": "chat",
}

# question_id -> label of turn 1 where the category mapping is wrong.
MTBENCH_TURN1_OVERRIDES = {
    93: "chat",  # "act as a doctor": diagnose abdominal pain
    94: "chat",  # "relationship coach": advice on conflicts
    95: "translate",  # "act as an English translator" + Chinese verse
    96: "chat",  # "ML engineer": what is a language model
    97: "chat",  # "math teacher": explain probability
    142: "reasoning",  # satellite orbit, justify with physics
    147: "planning",  # best approach to build a bridge in a seismic zone
    148: "planning",  # solar water heater design, five-step workflow
    154: "planning",  # lesson plan over 3 class periods
}

# question_id -> label of turn 2 where it differs from turn 1's label.
MTBENCH_TURN2 = {
    88: "summarize",  # summarize the story in three bullet points
    134: "reasoning",  # which company had the highest profit margin
    135: "writing",  # come up with 3 similar examples (YAML)
    139: "reasoning",  # rearrange the equations
    143: "reasoning",  # estimate a tree's lifetime photosynthesis energy
    147: "reasoning",  # disadvantages, with calculations and numbers
    148: "reasoning",  # estimated budget for 100 people
    150: "planning",  # design a simple experiment
    152: "writing",  # allegorical poem
    155: "planning",  # concrete plan with budget
    156: "planning",  # detailed election campaign plan
    157: "writing",  # analytical-writing response to a memo
    158: "writing",  # dialogue between Socrates and Bill Gates
    159: "writing",  # video script
    160: "writing",  # persuasive film pitch
}

# --------------------------------------------------------------------------- vicuna_bench

VICUNA_CATEGORY = {
    "generic": "chat",
    "knowledge": "chat",
    "common-sense": "chat",
    "counterfactual": "chat",
    "fermi": "reasoning",
    "math": "reasoning",
    "writing": "writing",
    "roleplay": "writing",
    "coding": "code",
}

VICUNA_OVERRIDES = {
    3: "code",  # differences between Python and JavaScript
}

# --------------------------------------------------------------------------- clinc150

CLINC_CHAT_INTENTS_EXTRA = [
    # utility
    "definition", "spelling", "flip_coin", "time", "date",
    # travel
    "plug_type", "timezone", "international_visa", "vaccines", "carry_on", "travel_suggestion",
    # kitchen_and_dining
    "recipe", "calories", "nutrition_info", "ingredient_substitution", "cook_time",
]
CLINC_OTHER = {"translate": "translate", "calculator": "reasoning"}
CLINC_UNCAPPED = {"translate"}

# --------------------------------------------------------------------------- language

_STOPWORDS = {
    "en": """the of to and is are was were be been this that these those with what how why which
        who whom can could would should will you your yours i my we our they them their it its
        please have has had from about there here some any but than then into just also very
        write make give tell want need does did don't can't i'm it's what's for by at so all
        when where like more many much one out get hi hello thanks thank good do me in""",
    "de": """der die das und ist nicht ich ein eine einen einem mit für auf wie was zu den dem des
        sich bitte kann kannst du sie wir ihr mir mich dich auch noch nur oder aber wenn dass
        von im bei aus nach schreib schreibe mein meine meinen haben habe hat sind wird werden
        über diese dieser diesen dieses welche warum wo gibt soll muss ob zum zur sehr gerne
        hallo guten danke heute gut schon viele wieviel in""",
    "fr": """le la les et est une un des du de en à pour que qui dans pas je vous tu ce cette ces
        avec sur il elle nous mon ma mes au aux sont être avoir fait faire comment quoi pourquoi
        peux peut moi ton ta tes se ne où très mais ou plus c'est j'ai qu'il d'un d'une l'on
        votre vos combien quel quelle quels quelles bonjour salut merci ça dit faut chez sans
        tout tous toutes ils elles donc""",
    "es": """el la los las es un una de del que en por para con no se lo como qué cómo está
        pero más muy mi me te tu su sus al este esta esto estos hay tengo puedes hacer cuál
        cuánto cuántos dónde sobre también porque yo eres son usted hola gracias buenos
        cuándo ahora hasta desde entre todo todos bien tiene quiero puedo necesito""",
    "it": """il di che la per un una non sono con come della del questo questa mi ti gli lo le
        nel nella alla anche ma più cosa perché scrivi essere ho hai è sei al dei delle ci""",
    "pt": """os as de do da dos das que em um uma para com não por é se na no mais como eu
        você ele ela isso esse essa meu minha são está muito ao nos foi ser tem""",
    "nl": """de het een en van ik je is dat die niet op te met voor zijn er maar om ook als bij wat
        hoe naar kan wij jij mijn""",
    "id": """yang dan di ke dari ini itu untuk dengan adalah tidak saya anda akan pada bisa ada
        juga atau dalam""",
}
STOPWORDS = {lang: frozenset(words.split()) for lang, words in _STOPWORDS.items()}
LANG_ORDER = ["en", "de", "fr", "es", "it", "pt", "nl", "id"]
TARGET_LANGS = {"en", "de", "fr", "es"}
# One bonus point if any of these letters occurs (they are typical but not exclusive).
ACCENT_HINTS = {"de": "äöüß", "fr": "çèêëîïôûùœâà", "es": "ñáíóú¿¡"}
# Letters accepted as "Latin script for our languages": ASCII plus Latin-1 letters.
_LATIN1_LETTERS = frozenset(chr(c) for c in range(0xC0, 0x100) if chr(c).isalpha())
_WORD_RE = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")


def detect_lang(text: str) -> str:
    """Return "en", "de", "fr", "es" or "other" (heuristic, deterministic)."""
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return "other"
    ascii_letters = sum(1 for c in letters if c.isascii())
    non_latin = len(letters) - ascii_letters - sum(1 for c in letters if c in _LATIN1_LETTERS)
    if non_latin > 0.1 * len(letters) or non_latin >= 30:
        return "other"
    # Latin Extended Additional (U+1E00-U+1EFF) is mostly Vietnamese.
    if sum(1 for c in letters if "\u1e00" <= c <= "\u1eff") >= 3:
        return "other"
    lower = text.lower().replace("\u2019", "'")
    # A stop word shared by k languages adds 1/k to each of them.
    scores = {lang: 0.0 for lang in LANG_ORDER}
    for w in _WORD_RE.findall(lower):
        hits = [lang for lang in LANG_ORDER if w in STOPWORDS[lang]]
        for lang in hits:
            scores[lang] += 1.0 / len(hits)
    words_only = dict(scores)
    for lang, hints in ACCENT_HINTS.items():
        if any(h in lower for h in hints):
            scores[lang] += 1
    if "¿" in text or "¡" in text or "ñ" in lower:
        scores["es"] += 1
    ranked = sorted(LANG_ORDER, key=lambda lang: (-scores[lang], LANG_ORDER.index(lang)))
    best, second = ranked[0], ranked[1]
    if words_only[best] >= 1 and scores[best] >= 1.3 * scores[second]:
        return best if best in TARGET_LANGS else "other"
    non_en_max = max(scores[lang] for lang in LANG_ORDER if lang != "en")
    if ascii_letters / len(letters) >= 0.97 and scores["en"] >= non_en_max:
        return "en"
    return "other"


# --------------------------------------------------------------------------- helpers


def fnv1a32(data: bytes) -> int:
    h = 0x811C9DC5
    for b in data:
        h ^= b
        h = (h * 0x01000193) & 0xFFFFFFFF
    return h


def is_eval(prompt: str) -> bool:
    return fnv1a32(prompt.encode("utf-8")) % 5 == 0


def read_jsonl(path: Path) -> list[dict]:
    rows = []
    with path.open(encoding="utf-8") as f:
        for line in f:
            if line.strip():
                rows.append(json.loads(line))
    return rows


def row(prompt: str, task: str, source: str) -> dict:
    assert task in LABELS, task
    return {"prompt": prompt, "task": task, "lang": detect_lang(prompt), "source": source}


# --------------------------------------------------------------------------- datasets


def load_mtbench(root: Path) -> tuple[list[dict], list[dict]]:
    rows, followups = [], []
    for q in read_jsonl(root / "mt_bench" / "question.jsonl"):
        qid = q["question_id"]
        t1 = MTBENCH_TURN1_OVERRIDES.get(qid, MTBENCH_CATEGORY[q["category"]])
        p1 = q["turns"][0].strip()
        rows.append(row(p1, t1, f"mt_bench:{qid}"))
        if len(q["turns"]) > 1:
            p2 = q["turns"][1].strip()
            t2 = MTBENCH_TURN2.get(qid, t1)
            assert t2 in LABELS
            followups.append({
                "previous_prompt": p1,
                "previous_task": t1,
                "prompt": p2,
                "task": t2,
                "lang": detect_lang(p2),
                "source": f"mt_bench:{qid}:turn2",
            })
    return rows, followups


def load_vicuna(root: Path) -> list[dict]:
    rows = []
    for q in read_jsonl(root / "vicuna_bench" / "question.jsonl"):
        qid = q["question_id"]
        task = VICUNA_OVERRIDES.get(qid, VICUNA_CATEGORY[q["category"]])
        rows.append(row(q["turns"][0].strip(), task, f"vicuna_bench:{qid}"))
    return rows


def load_arena(root: Path) -> list[dict]:
    rows = []
    seen_overrides = set()
    for q in read_jsonl(root / "arena-hard-v2.0" / "question.jsonl"):
        prompt = q["prompt"].strip()
        if len(prompt) > ARENA_MAX_CHARS:
            continue
        uid = q["uid"]
        if uid in ARENA_OVERRIDES:
            seen_overrides.add(uid)
            task = ARENA_OVERRIDES[uid]
            if task is None:
                continue
        else:
            task = ARENA_SUBCATEGORY[q["subcategory"]]
        rows.append(row(prompt, task, f"arena-hard-v2.0:{uid}"))
    missing = set(ARENA_OVERRIDES) - seen_overrides
    if missing:
        print(f"warning: arena overrides not matched: {sorted(missing)}", file=sys.stderr)
    return rows


def load_clinc(root: Path) -> list[dict]:
    domains = json.loads((root / "clinc150" / "domains.json").read_text(encoding="utf-8"))
    data = json.loads((root / "clinc150" / "data_full.json").read_text(encoding="utf-8"))
    wanted: dict[str, str] = {}
    for intent in domains["small_talk"]:
        wanted[intent] = "chat"
    for intent in CLINC_CHAT_INTENTS_EXTRA:
        wanted[intent] = "chat"
    wanted.update(CLINC_OTHER)
    all_intents = {i for intents in domains.values() for i in intents}
    unknown = set(wanted) - all_intents
    assert not unknown, f"unknown clinc150 intents: {sorted(unknown)}"

    taken: Counter[str] = Counter()
    rows = []
    # Utterances in file order: train, then val, then test (order of concatenation).
    for split in ("train", "val", "test"):
        for utterance, intent in data[split]:
            if intent not in wanted:
                continue
            if intent not in CLINC_UNCAPPED and taken[intent] >= CLINC_PER_INTENT:
                continue
            taken[intent] += 1
            rows.append(row(utterance.strip(), wanted[intent], f"clinc150:{intent}"))
    return rows


# --------------------------------------------------------------------------- main


def write_jsonl(path: Path, rows: list[dict]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def print_counts(name: str, rows: list[dict]) -> None:
    c = Counter(r["task"] for r in rows)
    langs = Counter(r["lang"] for r in rows)
    print(f"{name}: {len(rows)} rows")
    for label in LABELS:
        print(f"  {label:<10} {c[label]:>5}")
    print("  lang: " + ", ".join(f"{k}={langs[k]}" for k in ["en", "de", "fr", "es", "other"] if langs[k]))


def main(argv: list[str]) -> int:
    if len(argv) > 2 or (len(argv) == 2 and argv[1] in ("-h", "--help")):
        print(__doc__)
        return 0 if len(argv) == 2 else 2
    root = Path(argv[1]) if len(argv) == 2 else DEFAULT_DATASETS
    root = root.resolve()
    if not root.is_dir():
        print(f"error: datasets directory not found: {root}", file=sys.stderr)
        return 1

    mt_rows, followups = load_mtbench(root)
    all_rows = mt_rows + load_vicuna(root) + load_arena(root) + load_clinc(root)

    unique: dict[str, dict] = {}
    for r in all_rows:
        first = unique.get(r["prompt"])
        if first is None:
            unique[r["prompt"]] = r
        elif first["task"] != r["task"]:
            print(
                f"warning: duplicate prompt with conflicting labels: {first['source']}={first['task']} "
                f"vs {r['source']}={r['task']} (kept {first['task']})",
                file=sys.stderr,
            )
    rows = list(unique.values())
    train = [r for r in rows if not is_eval(r["prompt"])]
    evals = [r for r in rows if is_eval(r["prompt"])]
    assert not ({r["prompt"] for r in train} & {r["prompt"] for r in evals})

    write_jsonl(OUT_DIR / "train-datasets.jsonl", train)
    write_jsonl(OUT_DIR / "eval-datasets.jsonl", evals)
    write_jsonl(OUT_DIR / "followups-mtbench.jsonl", followups)

    print(f"read {len(all_rows)} labelled prompts, {len(all_rows) - len(rows)} duplicates removed")
    print_counts("train-datasets.jsonl", train)
    print_counts("eval-datasets.jsonl", evals)
    print_counts("followups-mtbench.jsonl", followups)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
