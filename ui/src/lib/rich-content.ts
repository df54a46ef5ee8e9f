// DOM behaviour for rendered (already sanitised) message content: copy buttons on code blocks
// and link handling. Listeners are attached with addEventListener — never inline handlers, which
// the CSP and the sanitiser both forbid — and links never navigate the app window.

import { safeExternalUrl } from "./links";
import { loadGrammars } from "./highlight";
import { highlightBlock, type PlainBlock } from "./markdown";

const FEEDBACK_MS = 1500;

/** Wraps every <pre> under `root` in a block with a language label and a Copy button. */
export function decorateCodeBlocks(root: HTMLElement, copy: (text: string) => Promise<void>): void {
  for (const pre of Array.from(root.querySelectorAll("pre"))) {
    const code = pre.querySelector("code");
    const block = document.createElement("div");
    block.className = "code-block";
    const bar = document.createElement("div");
    bar.className = "code-bar";
    const label = document.createElement("span");
    label.className = "code-lang";
    label.textContent = languageOf(code) ?? "text";
    const button = document.createElement("button");
    button.type = "button";
    button.className = "code-copy";
    button.textContent = "Copy";
    button.setAttribute("aria-label", "Copy code to clipboard");
    button.addEventListener("click", () => {
      const text = code?.textContent ?? pre.textContent ?? "";
      copy(text).then(
        () => flash(button, "Copied"),
        () => flash(button, "Copy failed"),
      );
    });
    bar.append(label, button);
    pre.replaceWith(block);
    block.append(bar, pre);
  }
}

/** Longest stretch (ms) of highlighting between two chances for the page to paint or react. */
const SLICE_MS = 8;

/**
 * Highlights the code blocks a render left plain (`renderMarkdownSoon`), after the next frame
 * (and once the highlighter is loaded) a few at a time, updating each block's language label.
 * Returns a function that stops what is not done yet (the content was rendered again, or left
 * the page).
 */
export function highlightLater(root: HTMLElement, plain: readonly PlainBlock[]): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;
  let next = 0;
  const step = (): void => {
    if (!root.isConnected) return;
    const codes = root.querySelectorAll("pre > code");
    const until = performance.now() + SLICE_MS;
    while (next < plain.length && performance.now() < until) {
      const block = plain[next];
      next += 1;
      const code = block === undefined ? undefined : codes[block.index];
      if (block === undefined || code === undefined) continue;
      const language = highlightBlock(code, block);
      const label = code.closest(".code-block")?.querySelector(".code-lang");
      if (language !== null && label) label.textContent = language;
    }
    if (next < plain.length) timer = setTimeout(step, 0);
  };
  const start = (): void => {
    if (!stopped) timer = setTimeout(step, 0);
  };
  const frame = requestAnimationFrame(() => {
    // Soon after start-up the highlighter may still be loading; if it cannot load, the code
    // stays plain (and readable).
    loadGrammars().then(start, () => {});
  });
  return () => {
    stopped = true;
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}

function languageOf(code: Element | null): string | null {
  if (code === null) return null;
  for (const cls of Array.from(code.classList)) {
    if (cls.startsWith("language-")) return cls.slice("language-".length);
  }
  return null;
}

function flash(button: HTMLButtonElement, text: string): void {
  button.textContent = text;
  setTimeout(() => {
    button.textContent = "Copy";
  }, FEEDBACK_MS);
}

/**
 * Click handler for message content: a click on a link is always cancelled (the app window
 * must not navigate) and, for http(s)/mailto targets, handed to `open` (the system browser).
 */
export function handleContentClick(event: MouseEvent, open: (url: string) => void): void {
  const target = event.target;
  if (!(target instanceof Element)) return;
  const anchor = target.closest("a");
  if (anchor === null) return;
  event.preventDefault();
  const url = safeExternalUrl(anchor.getAttribute("href"));
  if (url !== null) open(url);
}
