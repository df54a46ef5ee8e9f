// Markdown → safe HTML for model-written (untrusted) text.
//
// Three layers, each sufficient against a different mistake in the others:
//  1. marked renders GFM with raw HTML *escaped* (shown as text, never passed through), images
//     replaced by their alt text (the CSP blocks remote images anyway), and links emitted only
//     for http(s)/mailto URLs — any other scheme renders as plain text.
//  2. DOMPurify then enforces a tight allowlist of tags and attributes (no script/style/iframe/
//     object/embed/form/input/img, no on* or style attributes, URLs only http(s)/mailto, class
//     values only from the highlighter's vocabulary).
//  3. The CSP (default-src 'self', no unsafe-eval) stops anything that slipped through from
//     loading or running.
// Code blocks are highlighted in step 1 so the highlighter's markup is sanitised too. Copy
// buttons are added to the live DOM afterwards (see code-blocks.ts), not as HTML here.
//
// `markdownToText` reads the same Markdown as plain text ("Copy as plain text"): the words as
// the rendering shows them, without Markdown syntax. It walks marked's tokens and never builds
// HTML, so it needs no sanitising.

import DOMPurify, { type Config, type DOMPurify as Purifier } from "dompurify";
import { Marked, type Token, type Tokens } from "marked";
import { escapeHtml, highlightCode, highlightedBefore, plainCode, wouldHighlight, type Highlighted } from "./highlight";
import { safeExternalUrl } from "./links";

/** A code block a render left as plain text, to be highlighted later (`highlightBlock`). */
export type PlainBlock = {
  /** Its place among the render's code blocks (the `pre > code` elements, in order). */
  index: number;
  code: string;
  lang: string | undefined;
};

/** While `renderMarkdown` renders text still growing (a streaming answer). */
let growing = false;

/** While `renderMarkdownSoon` renders: the code blocks seen so far and those left plain. */
let deferring: { seen: number; plain: PlainBlock[] } | null = null;

/** Whether a code block's closing fence was written: one not closed yet is an answer's block
 * still streaming in (or cut off). An indented block has no fence to wait for (whether it
 * is finished shows only once the text is: see `renderMarkdown`'s `growing`). */
export function fenceClosed(raw: string): boolean {
  const lines = raw.trimEnd().split("\n");
  const open = /^ {0,3}(`{3,}|~{3,})/.exec(lines[0] ?? "");
  if (open === null) return true;
  const last = lines.length > 1 ? (lines[lines.length - 1] ?? "").trim() : "";
  return last.startsWith(open[1] ?? "") && /^(?:`+|~+)$/.test(last);
}

/** A fenced block's highlighting now, or (while deferring, when it would cost a grammar run)
 * its plain text, noted for later. */
function codeBlock(code: string, lang: string | undefined, closed: boolean): Highlighted {
  if (deferring === null) return highlightCode(code, lang, closed);
  const index = deferring.seen;
  deferring.seen += 1;
  const known = highlightedBefore(code, lang);
  if (known !== null) return known;
  if (wouldHighlight(code, lang)) deferring.plain.push({ index, code, lang });
  return plainCode(code, lang);
}

const marked = new Marked({
  gfm: true,
  breaks: false,
  renderer: {
    html(token: Tokens.HTML | Tokens.Tag): string {
      const shown = escapeHtml(token.text);
      return token.block ? `<p>${shown}</p>\n` : shown;
    },
    image(token: Tokens.Image): string {
      return escapeHtml(token.text);
    },
    link(token: Tokens.Link): string {
      const inner = this.parser.parseInline(token.tokens);
      const url = safeExternalUrl(token.href);
      if (url === null) return inner;
      const title = token.title ? ` title="${escapeHtml(token.title)}"` : "";
      return `<a href="${escapeHtml(url)}"${title}>${inner}</a>`;
    },
    code(token: Tokens.Code): string {
      // Kept for later only once finished: a growing text's indented block may grow more.
      const finished = fenceClosed(token.raw) && !(growing && token.codeBlockStyle === "indented");
      const { html, language } = codeBlock(token.text.replace(/\n$/, ""), token.lang, finished);
      const cls = language === null ? "hljs" : `hljs language-${language}`;
      return `<pre><code class="${cls}">${html}</code></pre>\n`;
    },
    checkbox(token: Tokens.Checkbox): string {
      return `<span class="task-box">${token.checked ? "☑" : "☐"}</span> `;
    },
  },
});

const ALLOWED_TAGS = [
  "a", "p", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "strong", "em", "b", "i", "del", "s",
  "code", "pre", "blockquote", "ul", "ol", "li", "table", "thead", "tbody", "tr", "th", "td",
  "span", "sup", "sub",
];

const PURIFY_CONFIG: Config = {
  ALLOWED_TAGS,
  ALLOWED_ATTR: ["href", "title", "class", "align", "start"],
  // DOMPurify checks every attribute not marked URI-safe against this pattern, so the
  // non-URL attributes we allow must be listed in ADD_URI_SAFE_ATTR.
  ALLOWED_URI_REGEXP: /^(?:https?:|mailto:)/i,
  ADD_URI_SAFE_ATTR: ["align", "start"],
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  ALLOW_UNKNOWN_PROTOCOLS: false,
  KEEP_CONTENT: true,
};

/** Class names the renderer itself produces; anything else is dropped. */
const ALLOWED_CLASS = /^(?:hljs(?:-[a-z0-9_-]+)?|[a-z_]+_|language-[a-z0-9+#_-]+|task-box)$/i;

let purifier: Purifier | null = null;

/** Built on first use so importing this module needs no DOM (the webview and jsdom have one). */
function getPurifier(): Purifier {
  if (purifier !== null) return purifier;
  const instance = DOMPurify(window);
  instance.addHook("uponSanitizeAttribute", (_node, data) => {
    if (data.attrName === "class") {
      const kept = data.attrValue.split(/\s+/).filter((c) => ALLOWED_CLASS.test(c));
      if (kept.length === 0) data.keepAttr = false;
      else data.attrValue = kept.join(" ");
    }
  });
  instance.addHook("afterSanitizeAttributes", (node) => {
    if (node.tagName === "A") {
      const url = safeExternalUrl(node.getAttribute("href"));
      if (url === null) node.removeAttribute("href");
      else node.setAttribute("rel", "noopener noreferrer");
    }
  });
  purifier = instance;
  return instance;
}

/** Applies the allowlist (layer 2) to HTML. Exported so that layer is tested on its own. */
export function sanitizeHtml(html: string): string {
  return getPurifier().sanitize(html, PURIFY_CONFIG);
}

/** Renders untrusted Markdown to sanitised HTML, safe to assign to innerHTML. `growing`: the
 * text is still arriving (its last code block may not be finished). */
export function renderMarkdown(src: string, isGrowing = false): string {
  growing = isGrowing;
  try {
    return sanitizeHtml(marked.parse(src, { async: false }));
  } finally {
    growing = false;
  }
}

/**
 * Renders like `renderMarkdown`, but code blocks whose highlighting is not known yet are left
 * as escaped plain text and listed, for `highlightBlock` to do after the first frame: a
 * grammar's first use compiles it (tens of ms for some), which would hold the opening of a
 * conversation full of code.
 */
export function renderMarkdownSoon(src: string): { html: string; plain: PlainBlock[] } {
  deferring = { seen: 0, plain: [] };
  try {
    const html = renderMarkdown(src);
    return { html, plain: deferring.plain };
  } finally {
    deferring = null;
  }
}

/** Highlights, in place, a code element rendered plain as `block`; returns the language found
 * (or asked for), or null when it did nothing because the element no longer holds that code.
 * The highlighter's markup goes through the same allowlist as every render. */
export function highlightBlock(code: Element, block: PlainBlock): string | null {
  if (code.textContent !== block.code) return null;
  const { html, language } = highlightCode(block.code, block.lang);
  code.innerHTML = sanitizeHtml(html);
  code.className = language === null ? "hljs" : `hljs language-${language}`;
  return language ?? "text";
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0" };

/** Character references as the rendering shows them (`&amp;` → `&`); unknown ones stay. */
function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith("#")) {
      const code = name[1] === "x" || name[1] === "X" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

function inlineText(tokens: readonly Token[] | undefined): string {
  return (tokens ?? []).map(tokenText).join("");
}

/** Blocks separated by one blank line, as paragraphs read. */
function blocksText(tokens: readonly Token[] | undefined): string {
  return (tokens ?? [])
    .map(tokenText)
    .filter((t) => t !== "")
    .join("\n\n");
}

function indent(text: string, prefix: string): string {
  return text
    .split("\n")
    .map((line, i) => (i === 0 ? line : line === "" ? "" : " ".repeat(prefix.length) + line))
    .join("\n");
}

function tokenText(token: Token): string {
  switch (token.type) {
    case "space":
    case "def":
      return "";
    case "hr":
      return "———";
    case "br":
      return "\n";
    case "code":
    case "codespan":
    case "escape":
    case "html":
      return (token as Tokens.Code | Tokens.Codespan | Tokens.Escape | Tokens.HTML).text;
    case "checkbox":
      return (token as Tokens.Checkbox).checked ? "☑ " : "☐ ";
    case "image":
      return (token as Tokens.Image).text;
    case "text": {
      const t = token as Tokens.Text;
      return t.tokens !== undefined ? inlineText(t.tokens) : decodeEntities(t.text);
    }
    case "heading":
    case "paragraph":
    case "strong":
    case "em":
    case "del":
    case "link":
      return inlineText((token as Tokens.Heading).tokens);
    case "blockquote":
      return blocksText((token as Tokens.Blockquote).tokens);
    case "list": {
      const list = token as Tokens.List;
      const first = typeof list.start === "number" ? list.start : 1;
      return list.items
        .map((item, i) => {
          const bullet = list.ordered ? `${first + i}. ` : "• ";
          // A task's box reads on the line of its text, not as a block of its own.
          const box = item.tokens.filter((t) => t.type === "checkbox").map(tokenText).join("");
          const body = item.tokens
            .filter((t) => t.type !== "checkbox")
            .map(tokenText)
            .filter((t) => t !== "")
            .join(item.loose ? "\n\n" : "\n");
          return bullet + indent(box + body, bullet);
        })
        .join("\n");
    }
    case "table": {
      const table = token as Tokens.Table;
      const row = (cells: Tokens.TableCell[]): string => cells.map((c) => inlineText(c.tokens)).join("\t");
      return [row(table.header), ...table.rows.map(row)].join("\n");
    }
    default: {
      // Tokens from extensions (none today) read as their inner text, or not at all.
      const generic = token as Tokens.Generic;
      return generic.tokens !== undefined ? inlineText(generic.tokens) : "";
    }
  }
}

/** The text of Markdown as it reads once rendered: no Markdown syntax, links as their words,
 * list items with bullets or numbers, table cells separated by tabs, code as written. */
export function markdownToText(src: string): string {
  return blocksText(marked.lexer(src)).trim();
}
