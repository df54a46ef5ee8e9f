// Syntax highlighting for fenced code blocks. The highlighter itself (grammars.ts) is loaded
// on demand (`loadGrammars`); until it is, code is escaped text, never cached, so it is
// highlighted once the grammars are there. Output is escaped HTML made of
// <span class="hljs-…"> elements only; it still goes through the sanitiser with everything else.

import type { HLJSApi } from "highlight.js";

/** The highlighter, once loaded. */
let hljs: HLJSApi | null = null;
/** The load in progress or done; null again after a failed one, so a later use tries again. */
let loading: Promise<readonly string[]> | null = null;

/** Loads the highlighter (once); resolves to the names of its grammars. */
export function loadGrammars(): Promise<readonly string[]> {
  loading ??= import("./grammars").then(
    (module) => {
      hljs = module.default;
      return module.GRAMMARS;
    },
    (err: unknown) => {
      loading = null;
      throw err;
    },
  );
  return loading;
}

/** Whether the highlighter is loaded (code is highlighted now rather than left plain). */
export function grammarsLoaded(): boolean {
  return hljs !== null;
}

/**
 * Auto-detection runs every registered grammar over the text; past this size it costs more than
 * it is worth while an answer streams in, so long unlabelled blocks stay plain.
 */
const AUTO_DETECT_MAX_CHARS = 4000;

export type Highlighted = {
  /** Escaped HTML for the inside of <code>. */
  html: string;
  /** Language name to show and to put in the `language-…` class, if known. */
  language: string | null;
};

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

/** The fence's language as asked for: lower case, first word of the info string. */
function requestedLanguage(lang: string | undefined): string {
  return (lang ?? "").trim().split(/\s+/, 1)[0]?.toLowerCase() ?? "";
}

function highlightUncached(hljs: HLJSApi, code: string, requested: string): Highlighted {
  if (requested !== "" && hljs.getLanguage(requested) !== undefined) {
    const result = hljs.highlight(code, { language: requested, ignoreIllegals: true });
    return { html: result.value, language: cssSafe(requested) };
  }
  if (requested === "" && code.length <= AUTO_DETECT_MAX_CHARS) {
    const result = hljs.highlightAuto(code);
    return { html: result.value, language: result.language ? cssSafe(result.language) : null };
  }
  return plainCode(code, requested);
}

/**
 * Highlighted blocks by language and text, newest use last. A message re-rendered (each frame
 * of a streaming answer, a conversation opened again, a message scrolled back into view) finds
 * its finished blocks here instead of running the grammar again. Bounded by characters held.
 */
const cache = new Map<string, Highlighted>();
let cachedChars = 0;
const CACHE_MAX_CHARS = 4_000_000;
/** Larger blocks are highlighted each time rather than evict everything else. */
const CACHE_MAX_BLOCK_CHARS = 200_000;

/** The language's length first, so no language and code can spell another pair's key (a
 * fence's info string may hold any character, a NUL too). */
function cacheKey(code: string, requested: string): string {
  return `${requested.length}:${requested}|${code}`;
}

/** Highlights `code`; `lang` is the info string of the fence (may be empty or unknown).
 * `remember: false` for a block still growing (a streaming answer's open fence): each of its
 * versions is seen once, and keeping them would push out the finished ones. */
export function highlightCode(code: string, lang: string | undefined, remember = true): Highlighted {
  const requested = requestedLanguage(lang);
  const key = cacheKey(code, requested);
  const hit = cache.get(key);
  if (hit !== undefined) {
    cache.delete(key);
    cache.set(key, hit);
    return hit;
  }
  // Not loaded yet: plain for now, and not kept, so the next render highlights it.
  if (hljs === null) return plainCode(code, requested);
  const result = highlightUncached(hljs, code, requested);
  const size = key.length + result.html.length;
  if (remember && size <= CACHE_MAX_BLOCK_CHARS) {
    cache.set(key, result);
    cachedChars += size;
    for (const [oldKey, old] of cache) {
      if (cachedChars <= CACHE_MAX_CHARS) break;
      cache.delete(oldKey);
      cachedChars -= oldKey.length + old.html.length;
    }
  }
  return result;
}

/** The highlighting of `code` if it was done before (see `highlightCode`), else null. */
export function highlightedBefore(code: string, lang: string | undefined): Highlighted | null {
  const key = cacheKey(code, requestedLanguage(lang));
  const hit = cache.get(key);
  if (hit === undefined) return null;
  // A use, as in `highlightCode`: what is being looked at stays.
  cache.delete(key);
  cache.set(key, hit);
  return hit;
}

/** Whether highlighting `code` would run a grammar (otherwise it stays escaped text). Before
 * the highlighter is loaded, any language might be one of its grammars. */
export function wouldHighlight(code: string, lang: string | undefined): boolean {
  const requested = requestedLanguage(lang);
  if (requested === "") return code.length <= AUTO_DETECT_MAX_CHARS;
  return hljs === null || hljs.getLanguage(requested) !== undefined;
}

/** Compiles grammar `name` (its first use does: up to tens of ms), so later uses are quick.
 * Does nothing before the highlighter is loaded. */
export function prepareGrammar(name: string): void {
  highlightCode("x", name);
}

/** `code` escaped, not highlighted, labelled with the language the fence asked for. */
export function plainCode(code: string, lang: string | undefined): Highlighted {
  const requested = requestedLanguage(lang);
  return { html: escapeHtml(code), language: requested === "" ? null : cssSafe(requested) };
}

/** Fence info strings are model-written; keep only characters that are safe in a class name. */
function cssSafe(name: string): string | null {
  const cleaned = name.replace(/[^a-z0-9+#_-]/gi, "").slice(0, 32);
  return cleaned === "" ? null : cleaned;
}
