#!/usr/bin/env python3
"""Writes a large, realistic history database in Switchboard's current schema, for
benchmarks: by default 1,000,000 messages in 20,000 conversations. Deterministic: the
same arguments (and the same fixtures) give the same database, byte for byte in content.

The schema is every entry of MIGRATIONS in src-tauri/crates/store/src/schema.rs, read
and applied the way scripts/make-schema-fixtures.py does (its `migrations()` is used
as is, then `PRAGMA user_version` = their number), with `sb_search_text` registered as
that script registers it (one argument, deterministic; the body is a regex with the same
output as its `search_text`, checked against it while generating), so the schema's own
triggers fill the full-text index as the app's would. Rows look like the app's:
messages form a tree through parent_id (a new turn under the active leaf; a regenerated
answer a sibling of the old one; an edited prompt a sibling of the old prompt), each
conversation's active_leaf ends the branch it shows, statuses are final (nothing is
left `streaming`), assistant answers carry model, provider, tokens and stop reason,
failed ones an error code and message; the usage ledger has one row per answer a
provider billed; a few messages have attachments; a few conversations were imported
from a ChatGPT export (source keys).

Text: real sentences and prompts from /work/shared/fixtures (prompt sets, chat exports,
recorded provider answers, and the API specifications' documentation prose) recombined into Markdown answers (headings, lists, tables,
fenced Rust / Python / TypeScript / SQL with realistic identifiers), mostly English, some
German, French and Spanish, some Chinese, Japanese and Korean. Conversation lengths are
heavy-tailed (most 2-40 messages, some hundreds) plus a few very long conversations
(10,000 messages each by default); the rest are sized to reach --messages exactly.

Next to OUT.db it writes OUT.db.queries.json: a fixed list of search queries (words,
phrases, prefixes, identifiers, accented and unaccented words, CJK words), each checked
to match something in the generated data.

Usage:
  python3 scripts/gen-history.py OUT.db [--messages 1000000] [--conversations 20000] [--seed 1]
  python3 scripts/gen-history.py --fixed-queries     # print the query list (JSON) only

Needs only Python's own sqlite3 (Debian 12: SQLite 3.40, which has everything schema 6
uses). OUT.db must not exist yet unless --force.
"""
import argparse
import heapq
import importlib.util
import json
import math
import os
import random
import re
import sqlite3
import struct
import sys
import time
import uuid
import zlib
from glob import glob

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FIXTURES = "/work/shared/fixtures"

NOW_MS = 1_761_955_200_000  # 2025-11-01T00:00:00Z: the history ends here
DAY_MS = 86_400_000
SPAN_MS = 3 * 365 * DAY_MS  # and starts three years earlier
IMPORT_MS = NOW_MS - 2 * 365 * DAY_MS + 17 * DAY_MS  # when the ChatGPT export was imported


# --------------------------------------------------------------------------- schema
def load_schema_script():
    """scripts/make-schema-fixtures.py as a module: its `migrations()` and its
    `search_text` (the reference for `sb_search_text`)."""
    path = os.path.join(ROOT, "scripts", "make-schema-fixtures.py")
    spec = importlib.util.spec_from_file_location("make_schema_fixtures", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# The CJK ranges of `is_cjk` in store/src/search.rs (and make-schema-fixtures.py).
CJK_CLASS = ("[\u1100-\u11FF\u3040-\u30FF\u3130-\u318F\u3400-\u4DBF\u4E00-\u9FFF"
             "\uAC00-\uD7AF\uF900-\uFAFF\uFF66-\uFF9F\U00020000-\U0002FFFF]")
CJK_RE = re.compile(CJK_CLASS)


def search_text(text):
    """The same function as make-schema-fixtures.py's `search_text` (every CJK character
    between two U+001F), done by one regex instead of a Python loop per character: the
    triggers call it for every one of a million rows. Checked against the reference."""
    if text is None:
        return None
    return CJK_RE.sub("\x1f\\g<0>\x1f", text)


# --------------------------------------------------------------------------- fixtures
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

    def __init__(self, fix):
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
            for model in MODEL_NAMES:
                e = table.get(model) or {}
                if e.get("input_cost_per_token") is not None:
                    self.prices[model] = (e["input_cost_per_token"], e.get("output_cost_per_token") or 0.0)
        except (OSError, ValueError):
            pass


# --------------------------------------------------------------------------- languages
EXTRA_SENTENCES = {
    "de": [
        "Die Verbindung zur Datenbank bricht nach etwa dreißig Sekunden ab.",
        "Können Sie mir erklären, wie die Übersetzung der Fehlermeldungen funktioniert?",
        "Herr Müller hat die Konfiguration gestern geändert, seitdem schlägt der Build fehl.",
        "Ich möchte die Suchfunktion verbessern, damit auch Wörter mit Umlauten gefunden werden.",
        "Für große Dateien ist es besser, den Inhalt in Blöcken zu lesen.",
        "Die Größe des Puffers sollte zur Länge der Nachricht passen.",
        "Wir treffen uns morgen im Café am Bahnhof, um die nächsten Schritte zu besprechen.",
        "Bitte überprüfen Sie, ob der Schlüssel in der Umgebungsvariable gesetzt ist.",
        "Das Ergebnis wird zwischengespeichert, damit die zweite Abfrage schneller ist.",
        "Eine zuverlässige Fehlerbehandlung ist wichtiger als ein schneller Prototyp.",
        "Die Übersetzung ins Französische ist fast fertig, nur die Überschriften fehlen noch.",
        "Warum dauert das Öffnen der Anwendung so lange, wenn die Datenbank groß ist?",
        "Zuerst wird die Verbindung geöffnet, danach werden die Daten in einer Transaktion geschrieben.",
        "Ich bekomme beim Kompilieren eine Warnung über eine ungenutzte Variable.",
        "Der Zug nach München fährt um 7:45 Uhr von Gleis 12 ab.",
        "Könnten Sie den Text kürzen und die wichtigsten Punkte als Liste zusammenfassen?",
        "Die Prüfung der Eingaben sollte schon im Formular passieren, nicht erst auf dem Server.",
        "Für die Übersetzung verwenden wir ein Wörterbuch mit rund zwölftausend Einträgen.",
        "Mit dieser Änderung läuft der Test in weniger als einer Sekunde.",
        "Frau Schäfer möchte wissen, ob die Rechnung schon verschickt wurde.",
        "Die Suche nach Wörtern mit ß funktioniert bei mir leider nicht.",
        "Die Verbindung wird automatisch wiederhergestellt, sobald das Netzwerk zurück ist.",
        "Welche Bibliothek empfehlen Sie für das Parsen von JSON in Rust?",
        "Im Büro in Köln gibt es nur eine langsame Internetverbindung.",
        "Kannst du mir ein Rezept für Käsespätzle mit Röstzwiebeln geben?",
        "Die Lösung ist einfacher, als sie zunächst aussieht.",
        "Überprüfe zuerst die Logdatei, dort steht meistens die genaue Ursache.",
        "Der Speicherverbrauch steigt mit jeder geöffneten Unterhaltung.",
        "Das Treffen über die neue Übersetzung wurde auf Donnerstag verschoben.",
        "Ich würde die Funktion in zwei kleinere Funktionen aufteilen.",
        "Jede Verbindung aus dem Pool wird nach der Benutzung zurückgegeben.",
        "Die Tabelle enthält ungefähr eine Million Zeilen, und die Abfrage dauert zwei Sekunden.",
        "Schreib bitte eine kurze Zusammenfassung für die Geschäftsführung.",
        "Gibt es eine Möglichkeit, die Übersetzung automatisch zu prüfen?",
        "Die Anwendung stürzt ab, wenn die Datei größer als zwei Gigabyte ist.",
        "Danke, das hat funktioniert!",
    ],
    "fr": [
        "La connexion à la base de données échoue après quelques secondes.",
        "Pouvez-vous m'expliquer comment fonctionne la recherche plein texte ?",
        "J'ai déjà essayé de redémarrer le serveur, mais l'erreur persiste.",
        "Le café en bas de l'immeuble ouvre à sept heures et demie.",
        "Il faut vérifier que la clé d'API est bien définie dans le fichier de configuration.",
        "La requête prend plus de deux secondes quand la table dépasse un million de lignes.",
        "Voici une version plus courte, avec les étapes numérotées.",
        "Je préfère une solution simple, même si elle est un peu plus lente.",
        "Les données sont enregistrées dans une base de données SQLite locale.",
        "Pourquoi la fenêtre se ferme-t-elle dès que je clique sur « Envoyer » ?",
        "Cette fonction renvoie une erreur lorsque la chaîne est vide.",
        "Nous avons réécrit le module de sécurité pour réduire la mémoire utilisée.",
        "La recherche dans l'historique doit rester rapide, même avec des milliers de conversations.",
        "Merci, c'est beaucoup plus clair maintenant !",
        "L'élève a présenté son mémoire sur l'apprentissage automatique.",
        "Peux-tu traduire ce paragraphe en anglais en gardant le même ton ?",
        "Le réseau de l'hôtel bloque les connexions sur le port 8443.",
        "Il est préférable d'utiliser une transaction pour insérer plusieurs lignes à la fois.",
        "Ma grand-mère prépare une crème brûlée délicieuse pour Noël.",
        "Le problème vient du fuseau horaire : les dates sont stockées en UTC.",
        "Quelle est la différence entre une liste chaînée et un tableau dynamique ?",
        "Je cherche un restaurant près de la gare de Lyon pour jeudi soir.",
        "Les résultats de la recherche sont triés par pertinence, puis par date.",
        "Après la mise à jour, l'application démarre deux fois plus vite.",
        "La stratégie de cache réduit le nombre de requêtes vers la base de données.",
        "Pouvez-vous résumer cet article en trois phrases ?",
        "Évitez de bloquer le fil principal pendant la lecture du fichier.",
        "Le garçon a oublié son parapluie au café.",
        "Chaque requête ouvre une nouvelle connexion, ce qui coûte cher.",
        "La sauvegarde complète de la base de données prend environ dix minutes.",
        "Est-ce que cette méthode fonctionne aussi sous Windows ?",
        "On peut créer un index pour accélérer la recherche par date.",
        "J'ai reçu un message d'erreur en français que je ne comprends pas.",
        "Le modèle répond très bien, mais il invente parfois des références.",
        "Écris une lettre de motivation pour un poste de développeur à Montréal.",
    ],
    "es": [
        "La búsqueda no encuentra resultados cuando la palabra lleva tilde.",
        "¿Cómo puedo cambiar la configuración del servidor sin reiniciarlo?",
        "El niño dejó la canción sonando toda la mañana.",
        "La contraseña debe tener al menos doce caracteres.",
        "Mañana revisaré la configuración de la aplicación con el señor Núñez.",
        "¿Dónde se guarda el historial de las conversaciones?",
        "La función devuelve un error si el archivo está vacío.",
        "También necesito más información sobre la búsqueda en español.",
        "El café de la esquina tiene la mejor conexión a internet del barrio.",
        "Para mejorar el rendimiento, conviene crear un índice sobre la columna de fecha.",
        "La señal del móvil es muy débil en la estación.",
        "Después de la actualización, la página carga en menos de un segundo.",
        "¿Podrías explicarme la diferencia entre un proceso y un hilo?",
        "La configuración regional afecta al formato de los números y las fechas.",
        "Necesito un resumen de la reunión de ayer en cinco puntos.",
        "El año pasado viajamos a Córdoba y a Málaga en tren.",
        "Esta versión corrige el fallo que aparecía al abrir archivos muy grandes.",
        "La búsqueda de texto completo ignora mayúsculas y acentos.",
        "¿Qué opinas de usar SQLite para una aplicación de escritorio?",
        "Gracias, ahora funciona perfectamente.",
        "La aplicación se cierra sin mostrar ningún mensaje de error.",
        "Hay que validar los datos antes de guardarlos en la base de datos.",
        "Mi compañero de equipo prefiere escribir las pruebas antes del código.",
        "La información del usuario se guarda cifrada en el disco.",
        "¿Cuál es la mejor manera de aprender programación desde cero?",
        "El servidor tarda demasiado en responder cuando hay muchas peticiones.",
        "Escribe un correo para pedir una reunión con el equipo de diseño.",
        "La conexión se pierde cada vez que el portátil entra en reposo.",
        "Según la documentación, la configuración por defecto es suficiente.",
        "¿Puedes traducir este texto al inglés sin cambiar el tono?",
        "El índice ocupa casi tanto espacio como la tabla misma.",
        "La búsqueda tarda más de un segundo con un millón de mensajes.",
    ],
    "zh": [
        "我们的数据库有一百万条消息，全文检索还是很快。",
        "如何在SQLite中建立全文检索的索引？",
        "这个函数在处理空字符串时会报错。",
        "请帮我把这段话翻译成英文。",
        "人工智能和机器学习有什么区别？",
        "下周我要去北京出差，需要准备什么？",
        "服务器的配置文件放在哪里？",
        "查询速度太慢了，请帮我优化一下索引。",
        "这段代码的性能问题出在哪里？",
        "上海今天下雨，航班延误了两个小时。",
        "用户反馈搜索结果不准确。",
        "缓存可以减少对数据库的查询次数。",
        "请用简单的语言解释一下什么是全文检索。",
        "中文没有空格，所以分词是检索的关键。",
        "这个错误是因为数据库连接池已经满了。",
        "我想学习人工智能，应该从哪里开始？",
        "每条消息都保存在本地的数据库里。",
        "能不能给我写一个读取文件的例子？",
        "模型的回答太长了，请简短一点。",
        "谢谢，问题已经解决了。",
    ],
    "ja": [
        "データベースの全文検索が遅いので、インデックスを見直す必要があります。",
        "東京から京都まで新幹線で約二時間です。",
        "機械学習のモデルをサーバーにデプロイする方法を教えてください。",
        "この関数は空の文字列を渡すとエラーになります。",
        "日本語の検索では形態素解析を使うことが多いです。",
        "設定ファイルの場所がわかりません。",
        "人工知能について簡単に説明してください。",
        "明日の会議は十時からに変更になりました。",
        "検索結果が多すぎるので、日付で絞り込みたいです。",
        "東京の天気は明日から崩れるそうです。",
        "機械学習の勉強を始めたばかりです。",
        "このエラーメッセージの意味を教えてください。",
        "ファイルを保存するときに文字化けが起きます。",
        "ありがとうございます、解決しました。",
        "全文検索のインデックスはどのくらいの大きさになりますか？",
        "サーバーのメモリが足りないようです。",
    ],
    "ko": [
        "데이터베이스에서 검색이 너무 느립니다.",
        "한국어 전문검색은 어떻게 구현하나요?",
        "서울에서 부산까지 기차로 두 시간 반 걸립니다.",
        "이 함수는 빈 문자열을 받으면 오류가 발생합니다.",
        "설정 파일을 어디에 저장해야 하나요?",
        "인공지능과 머신러닝의 차이를 설명해 주세요.",
        "서버 로그를 확인해 보니 메모리가 부족했습니다.",
        "검색 결과를 날짜순으로 정렬하고 싶어요.",
        "한국어 문장에는 띄어쓰기가 있지만 조사가 붙어 있습니다.",
        "이 코드를 파이썬으로 바꿔 주세요.",
        "데이터베이스 백업은 매일 밤 실행됩니다.",
        "감사합니다, 이제 잘 작동합니다.",
        "검색 속도를 높이려면 색인이 필요합니다.",
        "회의 내용을 세 줄로 요약해 주세요.",
    ],
}

# Slot-filled sentences: more variety in the smaller languages.
TEMPLATES = {
    "de": (["Die {n} ist für unsere Anwendung viel zu groß.", "Können Sie mir bei der {n} helfen?",
            "Über die {n} haben wir schon gesprochen, aber die Lösung fehlt noch.",
            "Nach dem Update funktioniert die {n} nicht mehr.", "Wie kann ich die {n} schneller machen?",
            "Die {n} wird beim Start aus der Datei geladen.", "Bitte prüfe die {n}, bevor du sie speicherst."],
           ["Datenbank", "Verbindung", "Übersetzung", "Suchfunktion", "Nachricht", "Prüfung", "Abfrage",
            "Einstellung", "Größenänderung", "Oberfläche", "Schnittstelle", "Zeitzone", "Sicherung"]),
    "fr": (["La {n} ne fonctionne plus depuis la mise à jour.", "Comment améliorer la {n} de l'application ?",
            "Il faut revoir la {n} avant la réunion de jeudi.", "La {n} prend trop de mémoire.",
            "Pouvez-vous vérifier la {n} du serveur ?", "J'ai modifié la {n}, mais rien n'a changé."],
           ["requête", "réponse", "recherche", "mémoire", "sécurité", "clé", "fenêtre", "stratégie",
            "sauvegarde", "configuration", "connexion", "base de données", "procédure"]),
    "es": (["La {n} no funciona desde la última versión.", "¿Cómo puedo mejorar la {n} de la aplicación?",
            "Hay que revisar la {n} antes del lanzamiento.", "La {n} ocupa demasiada memoria.",
            "¿Dónde se define la {n} del servidor?", "Cambié la {n}, pero el error sigue apareciendo."],
           ["búsqueda", "configuración", "información", "contraseña", "aplicación", "página", "versión",
            "función", "conexión", "señal", "migración", "autenticación", "copia de seguridad"]),
    "zh": (["我们需要优化{n}的{n}。", "如何在{n}中使用{n}？", "{n}的{n}太慢了，请帮我检查一下。",
            "这个{n}可以提高{n}的性能。", "昨天在{n}里发现了{n}问题。", "请解释一下{n}和{n}的关系。"],
           ["数据库", "全文检索", "索引", "查询", "性能", "用户", "消息", "搜索引擎", "模型", "机器学习",
            "人工智能", "服务器", "文件", "配置", "缓存", "网络", "北京", "上海", "中文分词"]),
    "ja": (["{n}で{n}を確認してください。", "{n}の{n}が遅いので改善する必要があります。",
            "どうやって{n}を{n}に保存するのですか？", "{n}は{n}より速いです。", "{n}について教えてください。"],
           ["データベース", "全文検索", "検索", "機械学習", "東京", "設定", "ファイル", "エラー", "関数",
            "性能", "サーバー", "日本語", "インデックス", "メッセージ", "人工知能"]),
    "ko": (["{n}에서 {n} 문제가 발생했습니다.", "어떻게 {n}를 개선할 수 있나요?", "{n} 속도가 너무 느립니다.",
            "{n}와 {n}를 확인해 주세요.", "오늘 {n} 설정을 바꿨습니다."],
           ["검색", "데이터베이스", "인공지능", "서버", "파일", "설정", "오류", "함수", "성능", "전문검색",
            "메시지", "한국어", "서울", "색인", "데이터"]),
}

HEADINGS = {
    "en": ["Overview", "Example", "Why this happens", "The fix", "Step {k}: {Verb} the {noun}", "Putting it together",
           "Performance", "Alternatives", "Summary", "Notes", "Error handling", "Testing it", "How `{snake}` works",
           "Using `{path}`", "Trade-offs", "Next steps", "Setup", "Common pitfalls"],
    "de": ["Überblick", "Beispiel", "Warum das passiert", "Die Lösung", "Schritt {k}", "Zusammenfassung",
           "Fehlerbehandlung", "Nächste Schritte", "Alternativen"],
    "fr": ["Aperçu", "Exemple", "Pourquoi cela arrive", "La solution", "Étape {k}", "Résumé", "Gestion des erreurs",
           "Étapes suivantes", "Alternatives"],
    "es": ["Resumen", "Ejemplo", "Por qué ocurre", "La solución", "Paso {k}", "Conclusión", "Manejo de errores",
           "Próximos pasos", "Alternativas"],
    "zh": ["概述", "示例", "原因", "解决方法", "第{k}步", "总结", "错误处理", "性能优化"],
    "ja": ["概要", "例", "原因", "解決方法", "ステップ{k}", "まとめ", "エラー処理", "注意点"],
    "ko": ["개요", "예제", "원인", "해결 방법", "{k}단계", "요약", "오류 처리", "주의할 점"],
}
OPENERS = {
    "en": ["Sure! Here's how to do it.", "Good question.", "Here's a working version.", "Short answer: yes, with one caveat.",
           "The problem is in how the {noun} is handled.", "You can do this in a few steps.", "Let's break this down."],
    "de": ["Gern! So geht es:", "Gute Frage.", "Hier ist eine funktionierende Version.", "Kurz gesagt: ja, mit einer Einschränkung."],
    "fr": ["Bien sûr ! Voici comment faire.", "Bonne question.", "Voici une version qui fonctionne.", "En bref : oui, avec une réserve."],
    "es": ["¡Claro! Así se hace.", "Buena pregunta.", "Aquí tienes una versión que funciona.", "En resumen: sí, con un matiz."],
    "zh": ["好的，下面是具体步骤。", "这是一个很好的问题。", "下面是可以运行的版本。"],
    "ja": ["はい、手順は次のとおりです。", "良い質問ですね。", "動くバージョンを示します。"],
    "ko": ["네, 방법은 다음과 같습니다.", "좋은 질문입니다.", "동작하는 버전은 다음과 같습니다."],
}
FOLLOWUPS = {
    "en": ["Can you make it shorter?", "Thanks! Now do the same in {lang}.", "Why does `{snake}` return None here?",
           "What about error handling?", "Explain step {k} in more detail.", "That didn't work, I still get the same error.",
           "Can you add tests?", "ok", "thanks!", "Perfect, thank you.", "What's the time complexity?",
           "Is there a faster way?", "How would I do this with `{path}`?", "Rewrite it without {noun}s.",
           "Can you give me an example?", "What does `{camel}` do exactly?", "continue", "Make it more formal.",
           "Summarize this in three bullet points."],
    "de": ["Kannst du das kürzer machen?", "Danke! Und wie geht das in {lang}?", "Das hat nicht funktioniert.",
           "Kannst du ein Beispiel geben?", "Bitte auf Deutsch.", "Danke!"],
    "fr": ["Tu peux faire plus court ?", "Merci ! Et en {lang} ?", "Ça ne marche pas, j'ai toujours la même erreur.",
           "Peux-tu donner un exemple ?", "Merci beaucoup."],
    "es": ["¿Puedes hacerlo más corto?", "¡Gracias! ¿Y en {lang}?", "No funcionó, sigo teniendo el mismo error.",
           "¿Me das un ejemplo?", "Muchas gracias."],
    "zh": ["能再短一点吗？", "谢谢！用{lang}怎么写？", "还是报同样的错误。", "能举个例子吗？", "谢谢"],
    "ja": ["もう少し短くできますか？", "ありがとう！{lang}ではどう書きますか？", "同じエラーがまだ出ます。", "例を示してください。"],
    "ko": ["좀 더 짧게 해 줄 수 있나요?", "고마워요! {lang}로는 어떻게 하나요?", "여전히 같은 오류가 나요.", "예제를 보여 주세요."],
}

# --------------------------------------------------------------------------- code
VERBS = ("parse read write build load fetch handle encode decode send compute update render validate init take "
         "flush get set spawn apply merge resolve insert delete find open close split format convert").split()
NOUNS = ("frame buffer request response message token user config stream header chunk index query session "
         "event state cache order invoice record payload socket batch schema row column node path file").split()
TYPES = ("HttpRequest HttpResponse FrameParser TokenStream MessageStore SessionState ConfigLoader QueryBuilder "
         "EventBus IndexWriter ConnectionPool RetryPolicy UserProfile OrderService CacheEntry").split()
RUST_PATHS = ["HashMap::new", "Vec::with_capacity", "std::mem::take", "std::mem::replace", "tokio::spawn",
              "serde_json::from_str", "serde_json::to_string", "Arc::clone", "std::fs::read_to_string",
              "reqwest::Client::new", "String::from", "BufReader::new", "Instant::now", "mpsc::channel"]
PY_PATHS = ["os.path.join", "json.loads", "json.dumps", "asyncio.gather", "pathlib.Path", "re.compile",
            "collections.defaultdict", "itertools.chain", "time.perf_counter", "sqlite3.connect"]
TS_PATHS = ["useEffect", "useState", "useMemo", "Promise.all", "Array.from", "JSON.parse", "Object.entries",
            "fetchUserProfile", "structuredClone", "AbortController"]
CAMEL = ["fetchUserProfile", "parseFrame", "handleSubmit", "loadConfig", "renderMessage", "updateSession",
         "buildQuery", "sendRequest", "validateToken", "formatDate"]
FILES = ["src/main.rs", "src/lib.rs", "src/store/mod.rs", "src/parser.rs", "app/models.py", "tests/test_parser.py",
         "src/App.tsx", "src/lib/api.ts", "migrations/0003_orders.sql", "Cargo.toml", "package.json", "config.yaml"]
CODE_LANGS = ["rust", "python", "typescript", "sql"]
LANG_NAMES = {"rust": "Rust", "python": "Python", "typescript": "TypeScript", "sql": "SQL"}
COMMENTS = {
    "en": ["read the whole {noun} first", "TODO: handle the empty case", "keep the lock short",
           "this is the hot path", "retry once on a timeout", "the {noun} is owned here"],
    "de": ["zuerst die ganze Datei lesen", "Verbindung wiederverwenden", "Größe prüfen", "Fehler weiterreichen"],
    "fr": ["lire d'abord tout le fichier", "réutiliser la connexion", "vérifier la taille", "propager l'erreur"],
    "es": ["leer primero todo el archivo", "reutilizar la conexión", "comprobar el tamaño", "propagar el error"],
    "zh": ["先读取整个文件", "复用数据库连接", "检查大小", "返回错误"],
    "ja": ["まずファイル全体を読む", "接続を再利用する", "サイズを確認する", "エラーを返す"],
    "ko": ["먼저 파일 전체를 읽기", "연결을 재사용", "크기 확인", "오류 반환"],
}


class Code:
    def __init__(self, rng):
        self.r = rng

    def snake(self):
        return f"{self.r.choice(VERBS)}_{self.r.choice(NOUNS)}"

    def camel(self):
        r = self.r
        return r.choice(CAMEL) if r.random() < 0.3 else r.choice(VERBS) + r.choice(NOUNS).capitalize()

    def typ(self):
        return self.r.choice(TYPES)

    def num(self):
        return str(self.r.choice([0, 1, 2, 8, 16, 32, 64, 100, 128, 256, 1000, 1024, 4096, 8080, 65536,
                                  self.r.randrange(3, 100_000)]))

    def block(self, lang, text_lang="en"):
        body = getattr(self, lang)(text_lang)
        return f"```{lang}\n{body}\n```"

    def comment(self, text_lang):
        return self.r.choice(COMMENTS[text_lang]).format(noun=self.r.choice(NOUNS))

    def rust(self, tl):
        r = self.r
        t, f, g, field = self.typ(), self.snake(), self.snake(), r.choice(NOUNS)
        lines = []
        if r.random() < 0.6:
            lines += ["use std::collections::HashMap;", f"use std::io::{{self, {r.choice(['Read', 'Write', 'BufRead'])}}};", ""]
        if r.random() < 0.5:
            lines += ["#[derive(Debug, Clone)]", f"pub struct {t} {{", f"    {field}s: HashMap<String, usize>,",
                      f"    buf: Vec<u8>,", "}", "", f"impl {t} {{", "    pub fn new() -> Self {",
                      f"        Self {{ {field}s: HashMap::new(), buf: Vec::with_capacity({self.num()}) }}", "    }", ""]
            indent, close = "    ", ["}"]
        else:
            indent, close = "", []
        lines.append(f"{indent}pub fn {f}(&mut self, input: &[u8]) -> Result<usize, io::Error> {{")
        for _ in range(r.randrange(2, 9)):
            lines.append(indent + "    " + r.choice([
                f"let {g} = std::mem::take(&mut self.buf);",
                f"let n = input.len().min({self.num()});",
                f"// {self.comment(tl)}",
                f"self.buf.extend_from_slice(&input[..n]);",
                f"let {field} = serde_json::from_str::<{t}>(&text)?;",
                f"if {g}.is_empty() {{ return Ok(0); }}",
                f"*self.{field}s.entry(key.to_string()).or_insert(0) += 1;",
                f"let handle = tokio::spawn(async move {{ {self.snake()}(&{field}).await }});",
                f"let text = std::fs::read_to_string(\"{r.choice(FILES)}\")?;",
                f"let {field}s: Vec<_> = {g}.iter().filter(|x| x.len() > {self.num()}).collect();",
                f"let frame = parse_frame(&input)?;",
                f"let mut map = HashMap::new();",
                f"tracing::debug!(len = n, \"{f}\");",
            ]))
        lines += [indent + "    Ok(n)", indent + "}"] + close
        return "\n".join(lines)

    def python(self, tl):
        r = self.r
        f, g, field, t = self.snake(), self.snake(), r.choice(NOUNS), self.typ()
        lines = []
        if r.random() < 0.6:
            lines += [r.choice(["import json", "import os", "import asyncio", "import sqlite3", "import re"]),
                      r.choice(["from pathlib import Path", "from dataclasses import dataclass", "import time"]), ""]
        if r.random() < 0.4:
            lines += ["@dataclass", f"class {t}:", f"    {field}_id: int", f"    name: str = \"\"", ""]
        lines.append(f"def {f}({field}, limit={self.num()}):")
        lines.append(f'    """{r.choice(["Return", "Load", "Parse", "Build"])} the {field} {r.choice(NOUNS)}s."""')
        for _ in range(r.randrange(2, 9)):
            lines.append("    " + r.choice([
                f"{g} = json.loads({field})",
                f"# {self.comment(tl)}",
                f"path = os.path.join(base_dir, \"{r.choice(FILES)}\")",
                f"for i, row in enumerate({g}):",
                f"    if row.get(\"{r.choice(NOUNS)}\") is None:\n            continue",
                f"results = await asyncio.gather(*({self.snake()}(x) for x in {field}s))",
                f"with sqlite3.connect(db_path) as conn:\n        conn.execute(\"SELECT id FROM {field}s WHERE id = ?\", ({field}_id,))",
                f"if len({g}) > limit:\n        raise ValueError(f\"too many {field}s: {{len({g})}}\")",
                f"{field}s = [parse_frame(x) for x in {g}]",
                f"start = time.perf_counter()",
            ]))
        lines.append(f"    return {g}")
        return "\n".join(lines)

    def typescript(self, tl):
        r = self.r
        f, field, t = self.camel(), r.choice(NOUNS), self.typ()
        lines = []
        if r.random() < 0.5:
            lines += [r.choice(["import { useEffect, useState } from \"react\";", "import { invoke } from \"@tauri-apps/api/core\";",
                                "import type { Message } from \"./types\";"]), ""]
        if r.random() < 0.5:
            lines += [f"interface {t} {{", f"  id: number;", f"  {field}: string;", f"  createdAt: number;", "}", ""]
        lines.append(f"export async function {f}({field}Id: number): Promise<{t}> {{")
        for _ in range(r.randrange(2, 8)):
            lines.append("  " + r.choice([
                f"const res = await fetch(`/api/{field}s/${{{field}Id}}`);",
                f"// {self.comment(tl)}",
                f"if (!res.ok) throw new Error(`{f} failed: ${{res.status}}`);",
                f"const [{field}, set{field.capitalize()}] = useState<{t} | null>(null);",
                f"useEffect(() => {{ void fetchUserProfile({field}Id); }}, [{field}Id]);",
                f"const items = await Promise.all(ids.map((id) => {self.camel()}(id)));",
                f"const data = JSON.parse(await res.text()) as {t};",
                f"for (const [key, value] of Object.entries(data)) console.log(key, value);",
                f"const timeout = setTimeout(() => controller.abort(), {self.num()});",
            ]))
        lines += [f"  return data;", "}"]
        return "\n".join(lines)

    def sql(self, tl):
        r = self.r
        a, b = r.sample(NOUNS, 2)
        return r.choice([
            f"CREATE TABLE {a}s (\n    id INTEGER PRIMARY KEY,\n    {b}_id INTEGER NOT NULL REFERENCES {b}s(id),\n"
            f"    name TEXT NOT NULL,\n    created_at INTEGER NOT NULL\n);\nCREATE INDEX {a}s_by_{b} ON {a}s({b}_id, created_at);",
            f"SELECT {a}.id, {a}.name, count(*) AS n\nFROM {a}s {a}\nJOIN {b}s {b} ON {b}.{a}_id = {a}.id\n"
            f"WHERE {a}.created_at >= ?1\nGROUP BY {a}.id\nORDER BY n DESC\nLIMIT {self.num()};",
            f"WITH RECURSIVE up(id, parent_id) AS (\n    SELECT id, parent_id FROM {a}s WHERE id = ?1\n    UNION ALL\n"
            f"    SELECT m.id, m.parent_id FROM {a}s m JOIN up ON m.id = up.parent_id\n)\nSELECT id FROM up;",
            f"UPDATE {a}s SET {b}_id = NULL WHERE {b}_id IN (SELECT id FROM {b}s WHERE deleted = 1);",
            f"-- {self.comment(tl)}\nEXPLAIN QUERY PLAN\nSELECT * FROM {a}s WHERE {b}_id = ? ORDER BY created_at DESC;",
        ])


# --------------------------------------------------------------------------- text
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


# --------------------------------------------------------------------------- providers
PROVIDERS = [
    # name, kind, base_url, default_model, has_key, vendor, local, settings
    ("OpenAI", "openai", "https://api.openai.com/v1", "gpt-4.1-mini", 1, "openai", 0, '{"preset":"openai"}'),
    ("Anthropic", "anthropic", "https://api.anthropic.com", "claude-sonnet-4-5", 1, "anthropic", 0, "{}"),
    ("Google", "gemini", "https://generativelanguage.googleapis.com", "gemini-2.5-flash", 1, "google", 0, "{}"),
    ("OpenRouter", "openai", "https://openrouter.ai/api/v1", "openai/gpt-4.1-mini", 1, None, 0, '{"preset":"openrouter"}'),
    ("Local Ollama", "ollama", "http://localhost:11434", "llama3.2", 0, None, 1, "{}"),
]
# provider index, model, weight, reasons
MODELS = [
    (0, "gpt-4.1-mini", 22, False), (0, "gpt-4.1", 8, False), (0, "gpt-4o", 10, False), (0, "o4-mini", 5, True),
    (0, "gpt-5-mini", 6, True), (0, "gpt-5", 3, True),
    (1, "claude-sonnet-4-5", 14, False), (1, "claude-haiku-4-5", 6, False), (1, "claude-opus-4-1", 2, True),
    (2, "gemini-2.5-flash", 9, False), (2, "gemini-2.5-pro", 4, True),
    (3, "deepseek/deepseek-chat", 3, False), (3, "meta-llama/llama-3.3-70b-instruct", 2, False),
    (4, "llama3.2", 4, False), (4, "qwen2.5-coder:7b", 2, False),
]
MODEL_NAMES = sorted({m for _, m, _, _ in MODELS})
STOPS = {  # kind -> (end, length, content_filter, refusal) as the wire says it
    "openai": ("stop", "length", "content_filter", "refusal"),
    "anthropic": ("end_turn", "max_tokens", "content_filter", "refusal"),
    "gemini": ("STOP", "MAX_TOKENS", "SAFETY", "RECITATION"),
    "ollama": ("stop", "length", "stop", "stop"),
}
ERRORS = [
    ("rate_limited", "Rate limited by the provider (HTTP 429); retry after 20 s: Rate limit reached for requests"),
    ("overloaded", "The provider is overloaded (HTTP 529); try again shortly: Overloaded"),
    ("server", "The provider had a server error (HTTP 500): The server had an error while processing your request."),
    ("network", "Network error talking to the provider: error sending request: connection reset by peer"),
    ("timeout", "The provider did not answer in time: no data for 60 s"),
    ("context_too_long", "The conversation is too long for this model's context window: maximum context length is 128000 tokens"),
    ("auth", "The provider rejected the API key (HTTP 401): Incorrect API key provided."),
]
TASKS = ["code", "reasoning", "planning", "writing", "summarize", "translate", "chat"]


# --------------------------------------------------------------------------- plan
class Conv:
    __slots__ = ("id", "n", "start", "lang", "coding", "code_lang", "code_rate", "model", "imported",
                 "long", "source", "task", "title", "leaf", "last_at", "created_at", "limit")


def conversation_lengths(rng, total, count, long_count, long_len):
    """`count` lengths summing to `total`: `long_count` of `long_len`, the rest
    heavy-tailed (log-normal; median about 12 at the default sizes), each at least 2."""
    rest_total, rest_count = total - long_count * long_len, count - long_count
    if rest_count <= 0 or rest_total < 2 * rest_count:
        sys.exit(f"cannot fit {total} messages in {count} conversations with {long_count} of {long_len}")
    raw = [rng.lognormvariate(0, 1.55) for _ in range(rest_count)]
    # Few hundred at most at small sizes, up to 3,000 at full size; never so low that the
    # total cannot be reached.
    cap = max(2, min(3000, rest_total // 20), -(-2 * rest_total // rest_count))

    def sized(scale):
        return [min(cap, max(2, round(w * scale))) for w in raw]

    lo, hi = 0.0, 1.0
    while sum(sized(hi)) < rest_total and hi < 1e9:
        hi *= 2
    for _ in range(60):
        mid = (lo + hi) / 2
        if sum(sized(mid)) < rest_total:
            lo = mid
        else:
            hi = mid
    lengths = sized(hi)
    diff = rest_total - sum(lengths)
    order = list(range(rest_count))
    rng.shuffle(order)
    i = 0
    while diff != 0:  # a few messages more or less, on random conversations
        j = order[i % rest_count]
        if diff > 0 and lengths[j] < cap:
            lengths[j] += 1
            diff -= 1
        elif diff < 0 and lengths[j] > 2:
            lengths[j] -= 1
            diff += 1
        i += 1
    return lengths


def plan(rng, args):
    long_len = min(args.long_length, args.messages // (4 * max(1, args.long)))
    lengths = conversation_lengths(rng, args.messages, args.conversations, args.long, long_len)
    # Start times: usage grows over the three years (more conversations lately).
    starts = sorted(NOW_MS - SPAN_MS + int(SPAN_MS * (rng.random() ** 0.7)) for _ in range(args.conversations))
    convs = []
    # Long conversations start in the first quarter of the history (they span months).
    early = [i for i, s in enumerate(starts) if s < NOW_MS - SPAN_MS * 3 // 4]
    if len(early) < args.long:
        early = list(range(len(starts)))
    long_ids = set(rng.sample(early, args.long)) if args.long else set()
    rng.shuffle(lengths)
    it = iter(lengths)
    weights = [w for _, _, w, _ in MODELS]
    for i, start in enumerate(starts):
        c = Conv()
        c.id = i + 1
        c.long = i in long_ids
        c.n = long_len if c.long else next(it)
        c.start = start
        c.lang = rng.choices(["en", "de", "fr", "es", "zh", "ja", "ko"], [80, 5, 4, 4, 3, 2, 2])[0]
        c.coding = c.long or rng.random() < 0.42
        c.code_lang = rng.choices(CODE_LANGS, [30, 35, 25, 10])[0]
        c.code_rate = 0.28 if c.coding else 0.03
        c.model = rng.choices(range(len(MODELS)), weights)[0]
        c.imported = not c.long and start < IMPORT_MS - 30 * DAY_MS and rng.random() < 0.06
        # Nothing after the end of the history; an imported conversation ends before the import.
        c.limit = IMPORT_MS - DAY_MS if c.imported else NOW_MS
        c.source = f"chatgpt:{uuid.UUID(int=rng.getrandbits(128), version=4)}" if c.imported else None
        if c.imported:
            c.model = 2  # ChatGPT's gpt-4o
        c.task = "code" if c.coding else rng.choice(TASKS[1:])
        c.title = None
        c.leaf = None
        c.last_at = start
        convs.append(c)
    return convs, long_len


# --------------------------------------------------------------------------- messages
class Msg:
    __slots__ = ("id", "conv", "role", "content", "status", "model", "provider", "input_tokens", "output_tokens",
                 "error_code", "error_message", "created_at", "updated_at", "reasoning", "stop_kind", "stop_reason",
                 "parent_id", "source", "attachments", "ledger")

    def row(self):
        return (self.id, self.conv.id, self.role, self.content, self.status, self.model, self.provider,
                self.input_tokens, self.output_tokens, self.error_code, self.error_message, self.created_at,
                self.updated_at, self.reasoning, self.stop_kind, self.stop_reason, self.parent_id, self.source)


def tokens(text):
    if not text:
        return 0
    cjk = len(CJK_RE.findall(text)) if not text.isascii() else 0
    return max(1, (len(text) - cjk) // 4 + cjk)


class Generator:
    def __init__(self, rng, corpus, convs, n_messages):
        self.r = rng
        self.text = Text(rng, corpus)
        self.corpus = corpus
        # Rare words planted in a known number of answers, so the rare-word queries match
        # at every size (about `per_million` per million messages, at least 3).
        self.plants = {}
        answers = n_messages // 2
        for sentence, per_million in PLANTED:
            k = max(3, round(per_million * n_messages / 1_000_000))
            for ordinal in rng.sample(range(answers), min(k, answers)):
                self.plants.setdefault(ordinal, []).append(sentence)
        self.pending = []
        self.answer_ordinal = 0

    def conversation(self, c):
        """Yields the conversation's messages in order. The caller sets each message's id
        before asking for the next one (parents are ids)."""
        r, text = self.r, self.text
        remaining = c.n
        at = c.start
        leaf = None      # the message a new turn goes under (the active leaf)
        context = 0      # tokens on the active path
        u = None         # the prompt the current answer is under
        older = None     # the answer a regeneration replaced, if the last thing was one
        first = True
        while remaining > 0:
            if remaining == 1:  # an odd count: the last answer is regenerated
                older = leaf
                a = self.assistant(c, self.gap(c, remaining, at, "regen"), u.id, context_in, remaining)
                at = a.updated_at
                yield a
                remaining -= 1
                leaf = a.id
                break
            older = None
            edit = not first and remaining >= 5 and r.random() < 0.006
            parent = leaf
            if not first:
                at = self.gap(c, remaining, at, "prompt")
            u = self.user(c, text.prompt(c, first), at, parent)
            if first:
                c.title = title_from(u.content)
                c.created_at = at - r.randint(2, 400)
            yield u
            remaining -= 1
            context_in = context + tokens(u.content)
            a = self.assistant(c, self.gap(c, remaining, at, "answer"), u.id, context_in, remaining)
            at = a.updated_at
            yield a
            remaining -= 1
            if edit:
                # The prompt edited: a sibling of the old prompt, with its own answer; the
                # old prompt and its answer stay as a branch not shown.
                u = self.user(c, text.prompt(c, False), self.gap(c, remaining, at, "regen"), parent)
                at = u.created_at
                yield u
                remaining -= 1
                context_in = context + tokens(u.content)
                a = self.assistant(c, self.gap(c, remaining, at, "answer"), u.id, context_in, remaining)
                at = a.updated_at
                yield a
                remaining -= 1
            leaf = a.id
            for _ in range(3):
                # Regenerate: rare, more likely after an answer that failed or was cut. An
                # odd count needs one regeneration somewhere: spread over the turns left.
                p = 0.5 if a.status != "complete" else 0.012
                if remaining % 2 == 1:
                    p = max(p, 2.5 / remaining)
                if not (remaining >= 3 or remaining == 1) or r.random() >= p:
                    break
                older = a.id
                a = self.assistant(c, self.gap(c, remaining, at, "regen"), u.id, context_in, remaining)
                at = a.updated_at
                yield a
                remaining -= 1
                leaf = a.id
            context = min(120_000, context_in + tokens(a.content))
            first = False
        # After a last regeneration, sometimes the first answer was the one kept.
        c.leaf = older if older is not None and r.random() < 0.3 else leaf

    def gap(self, c, remaining, prev_end, kind):
        """The time of the next message, from the previous message's end."""
        r = self.r
        if kind == "answer":
            g = r.randint(250, 2500)
        elif kind == "regen":
            g = int(r.lognormvariate(math.log(20_000), 0.8))
        elif r.random() < (0.085 if c.long else 0.05):  # a new session: hours to days later
            g = int(r.lognormvariate(math.log(14 * 3_600_000 if c.long else 6 * 3_600_000), 1.2 if c.long else 1.5))
        else:  # reading the answer, typing the next prompt
            g = int(r.lognormvariate(math.log(45_000), 1.0))
        # Never past the end of the conversation's time: each step takes at most an even
        # share of the time left.
        return prev_end + max(1, min(g, (c.limit - prev_end) // (remaining + 2)))

    def user(self, c, content, at, parent):
        m = Msg()
        m.conv, m.role, m.content, m.status = c, "user", content, "complete"
        m.model = m.provider = m.error_code = m.error_message = m.reasoning = m.stop_kind = m.stop_reason = None
        m.input_tokens = m.output_tokens = None
        m.created_at = m.updated_at = at
        m.parent_id = parent
        m.source = None
        m.ledger = None
        m.attachments = None
        r = self.r
        if not c.imported:
            k = r.random()
            if k < 0.0008:
                m.attachments = [("image", self.image())]
                m.content = r.choice(["What's wrong in this screenshot?", "Describe this image.", "Can you read the text in this picture?",
                                      "Here's the chart, what does it show?"]) + ("\n\n" + content if r.random() < 0.5 else "")
            elif k < 0.004:
                m.attachments = [("text", self.text_file(c))]
                m.content = r.choice(["Summarize the attached file.", "Review this file please.", "Find the bug in this file.",
                                      "Translate the attached notes."]) + ("\n\n" + content if r.random() < 0.5 else "")
        return m

    def assistant(self, c, at, parent, context, remaining):
        r, text = self.r, self.text
        m = Msg()
        m.conv, m.role = c, "assistant"
        m.created_at = at
        m.parent_id = parent
        m.source = None
        m.attachments = None
        m.ledger = None
        m.reasoning = None
        m.error_code = m.error_message = None
        # The model: the conversation's own most of the time, another one when routed so.
        mi = c.model if r.random() < 0.92 or c.imported else r.choices(range(len(MODELS)), [w for _, _, w, _ in MODELS])[0]
        pidx, model, _, reasons = MODELS[mi]
        kind = PROVIDERS[pidx][1]
        target = int(r.uniform(5000, 20000)) if r.random() < 0.02 else int(min(5000, max(20, r.lognormvariate(math.log(520), 0.85))))
        if c.lang in ("zh", "ja", "ko"):
            target = max(20, target // 2)  # a CJK character carries more than a Latin one
        content = text.answer(c, target)
        planted = self.pending + self.plants.pop(self.answer_ordinal, [])
        self.answer_ordinal += 1
        k = r.random()
        status = ("error" if k < 0.011 else "stopped" if k < 0.020 else "interrupted" if k < 0.024 else "complete")
        if c.imported:
            status = "complete"
        if status != "complete" and planted:
            self.pending = planted  # put them in the next answer that is kept whole
        else:
            self.pending = []
            if planted:
                content += "\n\n" + " ".join(planted)
        if status == "error":
            content = "" if r.random() < 0.7 else content[: r.randrange(0, max(1, len(content) // 2))]
            m.error_code, m.error_message = r.choice(ERRORS)
        elif status in ("stopped", "interrupted"):
            content = content[: r.randrange(1, max(2, len(content)))]
        m.content, m.status = content, status
        if c.imported:
            m.model, m.provider = "gpt-4o", None
            m.input_tokens = m.output_tokens = None
            m.stop_kind = m.stop_reason = None
            m.updated_at = at
            return m
        m.model, m.provider = model, PROVIDERS[pidx][0]
        if reasons and status == "complete" and r.random() < 0.6:
            m.reasoning = text.reasoning()
        duration = r.randint(300, 3000) + len(content) * 1000 // r.randint(40, 160)
        m.updated_at = at + max(1, min(duration, (c.limit - at) // (remaining + 2)))
        out = tokens(content) + tokens(m.reasoning)
        if status == "complete" or (status == "stopped" and r.random() < 0.5):
            m.input_tokens, m.output_tokens = 30 + min(context, 120_000), out
            end, length, cf, refusal = STOPS[kind]
            s = r.random()
            if status == "stopped":
                m.stop_kind = m.stop_reason = None
            elif s < 0.985:
                m.stop_kind, m.stop_reason = "end", end
            elif s < 0.995:
                m.stop_kind, m.stop_reason = "length", length
            elif s < 0.998:
                m.stop_kind, m.stop_reason = "content_filter", cf
            else:
                m.stop_kind, m.stop_reason = "refusal", refusal
            price = self.corpus.prices.get(model)
            local = PROVIDERS[pidx][6]
            cost = 0 if local or price is None else round((m.input_tokens * price[0] + out * price[1]) * 1e9)
            m.ledger = (m.provider, model, c.task, m.input_tokens, out, tokens(m.reasoning),
                        m.input_tokens // 2 if kind in ("openai", "anthropic") and r.random() < 0.5 else 0,
                        cost, 1, 0 if (price is None and not local) else 1)
        else:
            m.input_tokens = m.output_tokens = None
            m.stop_kind = m.stop_reason = None
        return m

    def image(self):
        """A valid PNG of realistic size (noise does not compress: 20-400 KB)."""
        r = self.r
        size = int(r.uniform(20_000, 400_000))
        w = r.choice([320, 480, 640, 800])
        h = max(1, size // (w * 3))
        raw = b"".join(b"\x00" + r.randbytes(w * 3) for _ in range(h))

        def chunk(t, d):
            return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)

        return (f"screenshot-{r.randrange(10**6):06d}.png", "image/png",
                b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
                + chunk(b"IDAT", zlib.compress(raw, 1)) + chunk(b"IEND", b""))

    def text_file(self, c):
        r = self.r
        if r.random() < 0.5:
            lang = c.code_lang
            ext = {"rust": "rs", "python": "py", "typescript": "ts", "sql": "sql"}[lang]
            body = "\n\n".join(getattr(self.text.code, lang)("en") for _ in range(r.randrange(1, 12)))
            return (f"{self.text.code.snake()}.{ext}", "text/plain", body.encode())
        body = "# Notes\n\n" + "\n\n".join(self.text.paragraph(c.lang, r.randrange(2, 6)) for _ in range(r.randrange(2, 20)))
        return (r.choice(["notes.md", "meeting.md", "README.md", "draft.txt"]), "text/markdown", body.encode())


PLANTED = [  # (sentence, copies per million messages)
    ("Rotating the camera with a quaternion avoids gimbal lock, and slerp interpolates smoothly between two orientations.", 40),
    ("A unit quaternion (w, x, y, z) stands for a rotation; multiply two of them to compose rotations.", 20),
    ("The old zeppelin hangar in Friedrichshafen is a museum now.", 15),
    ("Lübeck is famous for its marzipan, made from ground almonds and sugar.", 15),
    ("A narwhal tusk is a tooth that can grow to three metres.", 10),
    ("Good time management starts with a short list of priorities for the day.", 30),
]


# --------------------------------------------------------------------------- queries
QUERIES = [
    ("word_common", "error"), ("word_common", "function"), ("word_common", "database"), ("word_common", "example"),
    ("word_common", "the"),
    ("word_rare", "quaternion"), ("word_rare", "zeppelin"), ("word_rare", "marzipan"), ("word_rare", "narwhal"),
    ("phrase", '"error handling"'), ("phrase", '"time management"'), ("phrase", '"for example"'),
    ("phrase", '"machine learning"'), ("phrase", '"base de données"'), ("phrase", '"connection pool"'),
    ("prefix", "quaterni"), ("prefix", "serializ"), ("prefix", "configur"), ("prefix", "asyn"),
    ("prefix", "Verbindu"), ("prefix", "recher"),
    ("identifier", "parse_frame"), ("identifier", "HashMap::new"), ("identifier", "std::mem::take"),
    ("identifier", "useEffect"), ("identifier", "tokio::spawn"), ("identifier", "serde_json::from_str"),
    ("identifier", "fetchUserProfile"), ("identifier", "FrameParser"), ("identifier", "read_to_string"),
    ("accented", "Übersetzung"), ("unaccented", "Ubersetzung"), ("accented", "café"), ("unaccented", "cafe"),
    ("accented", "búsqueda"), ("unaccented", "busqueda"), ("accented", "Müller"), ("unaccented", "Muller"),
    ("cjk", "索"), ("cjk", "检索"), ("cjk", "数据库"), ("cjk", "人工智能"), ("cjk", "東京"), ("cjk", "検索"),
    ("cjk", "機械学習"), ("cjk", "검색"), ("cjk", "한국어"),
]


def fts_query(text):
    """store/src/search.rs `fts_query`: each word or quoted phrase one quoted term, ANDed;
    the last word a prefix while typed (no trailing space)."""
    terms = []
    for i, part in enumerate(text.split('"')):
        if i % 2 == 1:
            if part.strip():
                terms.append((part.strip(), True))
        else:
            terms += [(w, False) for w in part.split()]
    terms = [(t, p) for t, p in terms if any(ch.isalnum() for ch in t)]
    typing = not text[-1:].isspace() and not text.endswith('"')
    out = []
    for i, (term, phrase) in enumerate(terms):
        prefix = typing and not phrase and i + 1 == len(terms) and len(term) >= 2 and not CJK_RE.search(term)
        out.append('"' + search_text(term).replace('"', '""') + '"' + ("*" if prefix else ""))
    return " ".join(out) or None


# --------------------------------------------------------------------------- main
MESSAGE_SQL = ("INSERT INTO messages (id, conversation_id, role, content, status, model, provider, input_tokens, "
               "output_tokens, error_code, error_message, created_at, updated_at, reasoning, stop_kind, stop_reason, "
               "parent_id, source) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")
CONV_SQL = ("INSERT INTO conversations (id, title, created_at, updated_at, source, system_prompt) "
            "VALUES (?,?,?,?,?,?)")
LEDGER_SQL = ("INSERT INTO usage_ledger (at, conversation_id, message_id, provider, model, task, input_tokens, "
              "output_tokens, reasoning_tokens, cache_read_tokens, cost, exact, priced) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)")
ATTACH_SQL = "INSERT INTO attachments (message_id, name, mime, kind, data, created_at) VALUES (?,?,?,?,?,?)"
SYSTEM_PROMPTS = ["Answer briefly.", "You are a senior Rust reviewer. Be direct.", "Réponds toujours en français.",
                  "Explain like I'm new to programming.", "Antworte auf Deutsch."]


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out", nargs="?", help="the database to write (OUT.db)")
    ap.add_argument("--messages", type=int, default=1_000_000)
    ap.add_argument("--conversations", type=int, default=20_000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--long", type=int, default=5, help="how many long conversations (default 5)")
    ap.add_argument("--long-length", type=int, default=10_000,
                    help="messages in each long conversation (default 10000; at most a quarter of "
                         "--messages over all of them)")
    ap.add_argument("--fixtures", default=FIXTURES)
    ap.add_argument("--force", action="store_true", help="replace OUT.db if it exists")
    ap.add_argument("--fixed-queries", action="store_true",
                    help="print the fixed search-query list (JSON) and nothing else; writes no database")
    args = ap.parse_args()
    queries = [{"kind": k, "query": q} for k, q in QUERIES]
    if args.fixed_queries:
        print(json.dumps(queries, ensure_ascii=False, indent=1))
        return 0
    if not args.out:
        ap.error("OUT.db is required")
    if args.conversations < args.long + 1 or args.messages < 2 * args.conversations:
        ap.error("need at least 2 messages per conversation and more conversations than --long")
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(args.out + suffix):
            if not args.force:
                ap.error(f"{args.out + suffix} exists (use --force to replace it)")
            os.remove(args.out + suffix)

    t0 = time.monotonic()
    rng = random.Random(args.seed)
    corpus = Corpus(args.fixtures)
    convs, long_len = plan(rng, args)

    ref = load_schema_script()
    for sample in ["Café 東京 검색 データ ok", "plain", "", "𠀀x\u3040", "\uff66\uff9f\u11ff\u3130"]:
        assert search_text(sample) == ref.search_text(sample), sample
    db = sqlite3.connect(args.out, isolation_level=None)
    db.create_function("sb_search_text", 1, search_text, deterministic=True)
    db.execute("PRAGMA foreign_keys = ON")
    db.execute("PRAGMA journal_mode = WAL")
    db.execute("PRAGMA synchronous = OFF")
    db.execute("PRAGMA cache_size = -262144")
    # Every migration in order, as make-schema-fixtures.py applies them, then the version.
    migrations = ref.migrations()
    for sql in migrations:
        db.executescript(sql)
    db.execute(f"PRAGMA user_version = {len(migrations)}")

    t_first = NOW_MS - SPAN_MS - 7 * DAY_MS
    db.execute("BEGIN")
    db.executemany("INSERT INTO providers (id, name, kind, base_url, default_model, has_key, created_at, vendor, local, settings) "
                   "VALUES (?,?,?,?,?,?,?,?,?,?)",
                   [(i + 1, *p[:5], t_first + i * 60_000, *p[5:]) for i, p in enumerate(PROVIDERS)])
    db.execute("INSERT INTO settings (key, value) VALUES ('budget', '{\"monthly_cap\":20000000000,\"mode\":\"soft\"}')")
    db.execute("COMMIT")

    gen = Generator(rng, corpus, convs, args.messages)
    heap = []
    for c in convs:
        g = gen.conversation(c)
        m = next(g)
        key = IMPORT_MS if c.imported else m.created_at
        heap.append((key, c.id, 0, m, g))
    heapq.heapify(heap)

    next_id = 1
    rows, conv_rows, ledger_rows, attach_rows = [], [], [], []
    counts = {"messages": 0, "text_bytes": 0, "reasoning_bytes": 0, "attachments": 0, "attachment_bytes": 0,
              "ledger": 0, "by_status": {}}
    sample_every = 97
    started = set()
    db.execute("BEGIN")

    def flush():
        if conv_rows:
            db.executemany(CONV_SQL, conv_rows)
            conv_rows.clear()
        if rows:
            db.executemany(MESSAGE_SQL, rows)
            rows.clear()
        if attach_rows:
            db.executemany(ATTACH_SQL, attach_rows)
            attach_rows.clear()
        if ledger_rows:
            db.executemany(LEDGER_SQL, ledger_rows)
            ledger_rows.clear()

    while heap:
        key, cid, seq, m, g = heapq.heappop(heap)
        c = m.conv
        if cid not in started:
            started.add(cid)
            conv_rows.append((cid, c.title, c.created_at, c.created_at, c.source,
                              rng.choice(SYSTEM_PROMPTS) if rng.random() < 0.02 else None))
        m.id = next_id
        next_id += 1
        if c.imported:
            m.source = f"{c.source}:{uuid.UUID(int=rng.getrandbits(128), version=4)}"
        rows.append(m.row())
        if m.attachments:
            for kind, (name, mime, data) in m.attachments:
                attach_rows.append((m.id, name, mime, kind, data, m.created_at))
                counts["attachments"] += 1
                counts["attachment_bytes"] += len(data)
        if m.ledger:
            ledger_rows.append((m.updated_at, cid, m.id, *m.ledger))
            counts["ledger"] += 1
        counts["messages"] += 1
        counts["text_bytes"] += len(m.content.encode())
        if m.reasoning:
            counts["reasoning_bytes"] += len(m.reasoning.encode())
        counts["by_status"][m.status] = counts["by_status"].get(m.status, 0) + 1
        if m.id % sample_every == 0:
            assert search_text(m.content) == ref.search_text(m.content)
        c.last_at = m.created_at
        try:
            m2 = next(g)
            heapq.heappush(heap, (IMPORT_MS if c.imported else m2.created_at, cid, seq + 1, m2, g))
        except StopIteration:
            pass
        if len(rows) >= 20_000:
            flush()
        if next_id % 100_000 == 1:
            flush()
            db.execute("COMMIT")
            db.execute("BEGIN")
            print(f"  {next_id - 1:,} messages, {time.monotonic() - t0:.0f} s", file=sys.stderr, flush=True)
    flush()
    db.execute("COMMIT")

    # Final conversation state: active leaf, last activity, pinned / archived, chosen models.
    db.execute("BEGIN")
    upd = []
    for c in convs:
        pinned = 1 if rng.random() < 0.004 or (c.long and c.id == min(x.id for x in convs if x.long)) else 0
        archived = 1 if not pinned and (rng.random() < 0.04 or c.imported and rng.random() < 0.3) else 0
        chosen = c.model if rng.random() < 0.25 and not c.imported else None
        upd.append((c.leaf, c.last_at, pinned, archived,
                    MODELS[chosen][0] + 1 if chosen is not None else None,
                    MODELS[chosen][1] if chosen is not None else None,
                    rng.choice(["cheapest", "balanced", "best"]) if rng.random() < 0.03 else None, c.id))
    db.executemany("UPDATE conversations SET active_leaf = ?, updated_at = ?, pinned = ?, archived = ?, "
                   "chosen_provider_id = ?, chosen_model = ?, quality = ? WHERE id = ?", upd)
    db.execute("COMMIT")

    # Checks: every conversation's leaf is its own message; ids and parents agree.
    bad = db.execute("SELECT count(*) FROM conversations c LEFT JOIN messages m ON m.id = c.active_leaf "
                     "WHERE m.conversation_id IS NOT c.id").fetchone()[0]
    assert bad == 0, f"{bad} conversations with a wrong active leaf"
    bad = db.execute("SELECT count(*) FROM messages m JOIN messages p ON p.id = m.parent_id "
                     "WHERE p.conversation_id != m.conversation_id OR p.id >= m.id").fetchone()[0]
    assert bad == 0, f"{bad} messages with a wrong parent"
    assert db.execute("SELECT count(*) FROM messages").fetchone()[0] == args.messages
    assert db.execute("SELECT count(*) FROM conversations").fetchone()[0] == args.conversations

    def lengths(role):
        return [n for (n,) in db.execute("SELECT length(content) FROM messages WHERE role = ? AND status = 'complete' "
                                         "ORDER BY 1", [role])]

    uc, ac = lengths("user"), lengths("assistant")

    # Queries: each must match something.
    matches = []
    for q in queries:
        n = db.execute("SELECT count(*) FROM messages_fts WHERE messages_fts MATCH ?", [fts_query(q["query"])]).fetchone()[0]
        t = db.execute("SELECT count(*) FROM conversations_fts WHERE conversations_fts MATCH ?", [fts_query(q["query"])]).fetchone()[0]
        matches.append((n + t, q["query"]))
    with open(args.out + ".queries.json", "w", encoding="utf-8") as f:
        json.dump(queries, f, ensure_ascii=False, indent=1)
        f.write("\n")

    db.execute("PRAGMA synchronous = NORMAL")
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    elapsed = time.monotonic() - t0

    long_ids = [c.id for c in convs if c.long]
    lens = sorted(c.n for c in convs if not c.long)
    size = sum(os.path.getsize(args.out + s) for s in ("", "-wal") if os.path.exists(args.out + s))
    print(f"wrote {args.out}")
    print(f"conversations: {args.conversations:,} (pinned {sum(u[2] for u in upd)}, archived {sum(u[3] for u in upd)}, "
          f"imported {sum(c.imported for c in convs)})")
    print(f"messages: {counts['messages']:,} ({', '.join(f'{k} {v:,}' for k, v in sorted(counts['by_status'].items()))})")
    if long_ids:
        print(f"long conversations ({long_len:,} messages each): ids {', '.join(map(str, long_ids))}")
    print(f"other conversation lengths: median {lens[len(lens) // 2]}, p90 {lens[len(lens) * 9 // 10]}, "
          f"max {lens[-1]}, share 2-40: {sum(2 <= x <= 40 for x in lens) / len(lens):.0%}")
    print(f"characters: prompts median {uc[len(uc) // 2]}, p99 {uc[len(uc) * 99 // 100]}; complete answers median "
          f"{ac[len(ac) // 2]}, p90 {ac[len(ac) * 9 // 10]}, max {ac[-1]:,}, over 5,000: {sum(x > 5000 for x in ac) / len(ac):.1%}")
    print(f"text: {counts['text_bytes'] / 1e6:.1f} MB content + {counts['reasoning_bytes'] / 1e6:.1f} MB reasoning; "
          f"attachments: {counts['attachments']} ({counts['attachment_bytes'] / 1e6:.1f} MB); ledger rows: {counts['ledger']:,}")
    print(f"file: {size / 1e6:.1f} MB ({size:,} bytes)")
    lo = min(matches)
    print(f"queries: {len(queries)} in {args.out}.queries.json; fewest matches {lo[0]} ({lo[1]}), "
          f"most {max(matches)[0]:,} ({max(matches)[1]})")
    print(f"elapsed: {elapsed:.1f} s")
    if lo[0] == 0:
        sys.stdout.flush()
        print("error: some queries match nothing: " + ", ".join(q for n, q in matches if n == 0), file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
