"""Code blocks in Rust, Python, TypeScript and SQL with realistic identifiers, for
answers, prompts and attached files.
"""
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
