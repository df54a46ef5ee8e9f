#!/usr/bin/env python3
"""Deterministic (seeded) chat-history corpus for the FTS5 tokenizer benchmark.

Real text from /work/shared/fixtures (read-only):
  datasets/clinc150/data_full.json     23.7k short English user utterances
  datasets/arena-hard-v2.0/question.jsonl 750 prompts (code, math, creative; some zh/ja/ko/ru/fr/de)
  datasets/mt_bench/question.jsonl, datasets/vicuna_bench/question.jsonl  prompts
  exports/claude/*.json, exports/chatgpt/*.json   recorded user + assistant messages
  providers/**/(*.chunks.txt|*.json|raw/*.sse)    assistant text reassembled from recorded streams
Synthetic (generated here): code blocks (rust/python/js/go) with snake_case / camelCase /
PascalCase / path identifiers, file paths, numbers; German/French/Spanish sentences with
accents; Chinese/Japanese/Korean sentences (no spaces in zh/ja, particles glued in ko).

Usage: gen_corpus.py OUT.db [N_MESSAGES]   -> table messages(id, conv_id, role, body)
"""
import json, os, random, re, sqlite3, sys, glob

FIX = '/work/shared/fixtures'
SEED = 20240917
sys.path.insert(0, os.path.dirname(__file__))
from extract_answers import res as PROVIDER_ANSWERS  # noqa: E402


def load_real():
    d = json.load(open(f'{FIX}/datasets/clinc150/data_full.json'))
    clinc = [u for k in sorted(d) for u, _ in d[k]]
    prompts = [json.loads(l)['prompt'] for l in open(f'{FIX}/datasets/arena-hard-v2.0/question.jsonl')]
    for f in ('mt_bench', 'vicuna_bench'):
        for l in open(f'{FIX}/datasets/{f}/question.jsonl'):
            prompts += json.loads(l)['turns']
    answers, user_msgs = list(PROVIDER_ANSWERS.values()), []
    for conv in json.load(open(f'{FIX}/exports/claude/artifacts.json')) + json.load(open(f'{FIX}/exports/claude/example.json')):
        for m in conv.get('chat_messages', []):
            (answers if m['sender'] == 'assistant' else user_msgs).append(m['text'])
    for f in sorted(glob.glob(f'{FIX}/exports/chatgpt/*.json')):
        for conv in json.load(open(f)):
            for node in (conv.get('mapping') or {}).values():
                m = node.get('message') or {}
                for p in (m.get('content') or {}).get('parts') or []:
                    if isinstance(p, str) and p.strip():
                        (answers if m['author']['role'] == 'assistant' else user_msgs).append(p)
    # paragraphs of real prose for composing answers (prompts contribute too)
    paras = []
    for t in answers + prompts:
        paras += [p.strip() for p in re.split(r'\n\s*\n', t) if len(p.strip()) > 20]
    return clinc, prompts, answers, user_msgs, paras


# ---------------------------------------------------------------- synthetic code
VERBS = 'parse read write build load fetch handle encode decode send compute update render validate init take flush get set spawn'.split()
NOUNS = 'frame buffer request response message token user config stream header chunk index query session event state name cache'.split()
TYPES = 'HttpRequest HttpResponse FrameParser TokenStream MessageStore SessionState ConfigLoader QueryBuilder EventBus IndexWriter'.split()
PATHS = ['std::mem::take', 'std::mem::replace', 'HttpRequest::post', 'HttpRequest::get', 'tokio::sync::mpsc', 'serde_json::from_str',
         'Vec::with_capacity', 'Arc::clone', 'std::fs::read_to_string', 'reqwest::Client::new', 'os.path.join', 'json.loads']
FILES = ['src/store/mod.rs', 'src/main.rs', 'src-tauri/src/lib.rs', 'ui/src/App.tsx', 'tests/test_parser.py', '/etc/hosts',
         'C:\\Users\\dev\\config.toml', 'Cargo.toml', 'package.json', '~/.config/switchboard/settings.json']


def ident(r, style):
    v, n = r.choice(VERBS), r.choice(NOUNS)
    if style == 'snake': return f'{v}_{n}'
    if style == 'camel': return v + n.capitalize()
    return r.choice(TYPES)


def number(r):
    k = r.randrange(6)
    return [str(r.randrange(1000)), f'{r.random()*100:.2f}', f'0x{r.randrange(4096):X}', f'{r.randrange(1,4)}.{r.randrange(20)}.{r.randrange(10)}',
            f'20{r.randrange(18,26)}-{r.randrange(1,13):02d}-{r.randrange(1,29):02d}', '3.14'][k]


def code_block(r):
    lang = r.choice(['rust', 'python', 'js', 'go', 'rust'])
    lines = []
    for _ in range(r.randrange(3, 40)):
        a, b, c = ident(r, 'snake'), ident(r, 'camel'), ident(r, 'pascal')
        p, f, num = r.choice(PATHS), r.choice(FILES), number(r)
        if lang == 'rust':
            lines.append(r.choice([f'    let {a} = {p}(&mut self.{ident(r, "snake")});', f'fn {a}(buf: &[u8]) -> Result<{c}, Error> {{',
                                   f'    let req = {c}::new("{f}");', f'    if {a}.len() > {num} {{ return Err(Error::TooLarge); }}',
                                   f'    // TODO: {a} should not allocate a Vec<u8> here', '}', f'    self.{a}({b}, {num})?;']))
        elif lang == 'python':
            lines.append(r.choice([f'def {a}(self, {ident(r, "snake")}):', f'    {a} = {p}("{f}")', f'    return self.{a}[{num}]',
                                   f'class {c}:', f'    # {b} is called from __init__', f'    if not {a}: raise ValueError("{a}")']))
        elif lang == 'js':
            lines.append(r.choice([f'const {b} = await {c}.post("{f}");', f'function {b}({ident(r, "camel")}) {{', f'  return {b}.length > {num};',
                                   '}', f'export const {a.upper()} = {num};', f'  console.log(`{b}: ${{{ident(r, "camel")}}}`);']))
        else:
            lines.append(r.choice([f'func {c[0].upper()+b[1:]}(ctx context.Context) error {{', f'\t{b}, err := {c}.{b.capitalize()}("{f}")',
                                   '\tif err != nil { return err }', '}', f'\t// {a}: {num}']))
    return f'```{lang}\n' + '\n'.join(lines) + '\n```'


# ---------------------------------------------------------------- synthetic European prose
EU = {
 'de': (['Herr Müller hat die {n} in der {p} gefunden.', 'Die {n} ist für unsere {n} viel zu groß.', 'Können Sie mir bei der {n} helfen?',
         'Über die {n} haben wir schon gesprochen, aber die Lösung fehlt.', 'Ich wohne in der {p}, gleich neben dem Café.',
         'Die Größe der {n} ist wichtig für die Übersetzung.', 'Der Schlüssel für die {n} liegt bei Frau Mueller.',
         'Die Straße vor dem Büro ist wegen der {n} gesperrt.', 'In der Schweiz schreibt man Strasse statt Straße.'],
        ['Datenbank', 'Lösung', 'Übersetzung', 'Größe', 'Suchfunktion', 'Nachricht', 'Bücher', 'Käse', 'Prüfung', 'Schlüssel'],
        ['Hauptstraße', 'Bahnhofstraße', 'Müllerstraße', 'Goethestrasse']),
 'fr': (['Le café de la {p} est très bon.', "L'élève a déjà trouvé la {n} dans la base de données.", 'Où est la {n} de mon réseau ?',
         'Il faut corriger ce problème de {n} avant la réunion.', 'Je préfère la crème brûlée au café.', 'La requête sur les données françaises échoue.',
         'Le garçon a écrit une {n} en français.'],
        ['requête', 'réponse', 'recherche', 'mémoire', 'sécurité', 'données', 'clé', 'fenêtre', 'stratégie', 'élève'],
        ['gare', 'rue de la Paix', 'place du Marché', 'cafe du coin']),
 'es': (['El niño busca la {n} en la {p}.', 'La canción del año está en la {p}.', '¿Dónde está la configuración de la {n}?',
         'También necesito más información sobre la búsqueda.', 'Mañana revisaré la {n} del señor Núñez.', 'La búsqueda en español no encuentra la {n}.'],
        ['búsqueda', 'configuración', 'información', 'canción', 'señal', 'contraseña', 'aplicación', 'página', 'versión', 'función'],
        ['plaza mayor', 'calle de Alcalá', 'estación', 'cafetería']),
}


def eu_text(r, k):
    lang = r.choice(sorted(EU))
    tpl, nouns, places = EU[lang]
    return ' '.join(r.choice(tpl).format(n=r.choice(nouns), p=r.choice(places)) for _ in range(k))


# ---------------------------------------------------------------- synthetic CJK prose
ZH_N = ['数据库', '全文检索', '索引', '查询', '性能', '用户', '消息', '搜索引擎', '模型', '机器学习', '人工智能', '服务器', '文件', '配置',
        '错误', '代码', '函数', '数据', '系统', '北京', '上海', '中文分词', '缓存', '网络']
ZH_V = ['优化', '使用', '查询', '更新', '删除', '保存', '检查', '分析', '部署', '测试']
ZH_T = ['我们需要{v}{n}的{n}。', '如何在{n}中{v}{n}？', '{n}的{n}太慢了，请帮我{v}一下。', '这个{n}可以{v}{n}和{n}。',
        '昨天在{n}里发现了{n}问题。', '请用{n}解释{n}的原理。']
JA_N = ['データベース', '全文検索', '検索', '機械学習', '東京', '設定', 'ファイル', 'エラー', '関数', '性能', 'サーバー', '日本語',
        '形態素解析', 'インデックス', 'メッセージ', '人工知能']
JA_V = ['検索する', '改善する', '保存する', '確認する', '削除する', '使う', '作る']
JA_T = ['{n}で{n}を{v}。', '{n}の{n}が遅いので{v}必要があります。', 'どうやって{n}を{v}のですか？', '{n}は{n}より速いです。',
        '{n}について教えてください。']
KO_N = ['검색', '데이터베이스', '인공지능', '서버', '파일', '설정', '오류', '함수', '성능', '전문검색', '메시지', '한국어', '서울', '색인']
KO_P = ['을', '를', '은', '는', '이', '가', '에서', '의', '으로', '']
KO_T = ['{n} {n} {v}.', '어떻게 {n} {v}?', '{n} {n} 너무 느립니다.', '{n} {n} {n} 확인해 주세요.', '오늘 {n} 문제가 있었습니다.']
KO_V = ['검색합니다', '개선해야 합니다', '저장합니다', '삭제했습니다', '사용합니다']


def cjk_text(r, k):
    lang = r.choice(['zh', 'zh', 'ja', 'ko'])
    out = []
    for _ in range(k):
        if lang == 'zh':
            t = r.choice(ZH_T); s = re.sub(r'\{n\}', lambda _: r.choice(ZH_N), t); s = re.sub(r'\{v\}', lambda _: r.choice(ZH_V), s)
        elif lang == 'ja':
            t = r.choice(JA_T); s = re.sub(r'\{n\}', lambda _: r.choice(JA_N), t); s = re.sub(r'\{v\}', lambda _: r.choice(JA_V), s)
        else:
            t = r.choice(KO_T); s = re.sub(r'\{n\}', lambda _: r.choice(KO_N) + r.choice(KO_P), t); s = re.sub(r'\{v\}', lambda _: r.choice(KO_V), s)
        out.append(s)
    return ('' if lang in ('zh', 'ja') else ' ').join(out)


# ---------------------------------------------------------------- message assembly
def target_len(r):
    return int(min(20000, max(10, r.lognormvariate(5.1, 1.2))))


def answer(r, paras, n):
    parts, size = [], 0
    while size < n:
        k = r.random()
        if k < 0.55: p = r.choice(paras)
        elif k < 0.72: p = code_block(r)
        elif k < 0.80: p = eu_text(r, r.randrange(1, 5))
        elif k < 0.88: p = cjk_text(r, r.randrange(1, 5))
        elif k < 0.94: p = f'- `{ident(r, r.choice(["snake", "camel", "pascal"]))}` in `{r.choice(FILES)}` returns {number(r)}\n- call `{r.choice(PATHS)}` first'
        else: p = f'See `{r.choice(FILES)}` line {r.randrange(1, 900)}; {r.choice(TYPES)} v{number(r)} fixed `{ident(r, "snake")}`.'
        parts.append(p); size += len(p) + 2
    s = '\n\n'.join(parts)
    return s[:min(20000, int(n * 1.2) + 40)]


def message(r, real, i):
    clinc, prompts, answers, user_msgs, paras = real
    role = 'user' if i % 2 == 0 else 'assistant'
    k = r.random()
    if role == 'user':
        if k < 0.50: return role, r.choice(clinc)
        if k < 0.62: return role, r.choice(prompts)[:target_len(r) * 2]
        if k < 0.68: return role, r.choice(user_msgs)
        if k < 0.78: return role, eu_text(r, r.randrange(1, 4))
        if k < 0.88: return role, cjk_text(r, r.randrange(1, 4))
        if k < 0.96: return role, r.choice(clinc) + '\n\n' + code_block(r)
        return role, r.choice(['ok', 'thanks!', 'C?', 'Go', 'yes', 'no', 'AI', '?', '谢谢', 'はい', '네', 'ça va', 'más'])
    if k < 0.03: return role, r.choice(answers)[:20000]
    return role, answer(r, paras, target_len(r))


def main(out, n):
    r = random.Random(SEED)
    real = load_real()
    if os.path.exists(out): os.remove(out)
    db = sqlite3.connect(out)
    db.execute('PRAGMA page_size=4096')
    db.execute('CREATE TABLE messages(id INTEGER PRIMARY KEY, conv_id INTEGER NOT NULL, role TEXT NOT NULL, body TEXT NOT NULL)')
    rows, conv = [], 0
    for i in range(n):
        if i % r.randrange(2, 30) == 0: conv += 1
        role, body = message(r, real, i)
        rows.append((i + 1, conv, role, body))
    db.executemany('INSERT INTO messages VALUES (?,?,?,?)', rows)
    db.commit(); db.execute('VACUUM'); db.close()
    tot = sum(len(b.encode()) for *_, b in rows)
    print(f'{n} messages, {tot/1e6:.1f} MB UTF-8 text, len min/median/max chars',
          min(len(b) for *_, b in rows), sorted(len(b) for *_, b in rows)[n // 2], max(len(b) for *_, b in rows))


if __name__ == '__main__':
    main(sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 200_000)
