// Syntax highlighting for fenced code blocks. Only a curated set of common languages is
// registered so the bundle stays small. Output is escaped HTML made of <span class="hljs-…">
// elements only; it still goes through the sanitiser with everything else.

import hljs from "highlight.js/lib/core";
import bash from "highlight.js/lib/languages/bash";
import c from "highlight.js/lib/languages/c";
import cpp from "highlight.js/lib/languages/cpp";
import csharp from "highlight.js/lib/languages/csharp";
import css from "highlight.js/lib/languages/css";
import diff from "highlight.js/lib/languages/diff";
import go from "highlight.js/lib/languages/go";
import ini from "highlight.js/lib/languages/ini";
import java from "highlight.js/lib/languages/java";
import javascript from "highlight.js/lib/languages/javascript";
import json from "highlight.js/lib/languages/json";
import kotlin from "highlight.js/lib/languages/kotlin";
import markdown from "highlight.js/lib/languages/markdown";
import php from "highlight.js/lib/languages/php";
import plaintext from "highlight.js/lib/languages/plaintext";
import python from "highlight.js/lib/languages/python";
import ruby from "highlight.js/lib/languages/ruby";
import rust from "highlight.js/lib/languages/rust";
import shell from "highlight.js/lib/languages/shell";
import sql from "highlight.js/lib/languages/sql";
import swift from "highlight.js/lib/languages/swift";
import typescript from "highlight.js/lib/languages/typescript";
import xml from "highlight.js/lib/languages/xml";
import yaml from "highlight.js/lib/languages/yaml";

const LANGUAGES = {
  bash, c, cpp, csharp, css, diff, go, ini, java, javascript, json, kotlin, markdown, php,
  plaintext, python, ruby, rust, shell, sql, swift, typescript, xml, yaml,
};
for (const [name, language] of Object.entries(LANGUAGES)) {
  hljs.registerLanguage(name, language);
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

function highlightUncached(code: string, requested: string): Highlighted {
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
  const result = highlightUncached(code, requested);
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

/** Whether highlighting `code` would run a grammar (otherwise it stays escaped text). */
export function wouldHighlight(code: string, lang: string | undefined): boolean {
  const requested = requestedLanguage(lang);
  return requested === "" ? code.length <= AUTO_DETECT_MAX_CHARS : hljs.getLanguage(requested) !== undefined;
}

/** The names of the grammars this highlighter knows. */
export const GRAMMARS: readonly string[] = Object.keys(LANGUAGES);

/** Compiles grammar `name` (its first use does: up to tens of ms), so later uses are quick. */
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
