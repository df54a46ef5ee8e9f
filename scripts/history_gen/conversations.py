"""Conversations and their messages: who answers (providers and models), how long
each conversation is and when it starts, and the message tree of each (new turns,
edited prompts, regenerated answers, failures, usage and the ledger row).
"""
import math
import struct
import sys
import uuid
import zlib

from .corpus import CJK_RE
from .snippets import CODE_LANGS
from .text import Text, title_from

NOW_MS = 1_761_955_200_000  # 2025-11-01T00:00:00Z: the history ends here
DAY_MS = 86_400_000
SPAN_MS = 3 * 365 * DAY_MS  # and starts three years earlier
IMPORT_MS = NOW_MS - 2 * 365 * DAY_MS + 17 * DAY_MS  # when the ChatGPT export was imported


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
