// DOM behaviour for rendered (already sanitised) message content: copy buttons on code blocks
// and link handling. Listeners are attached with addEventListener — never inline handlers, which
// the CSP and the sanitiser both forbid — and links never navigate the app window.

import { safeExternalUrl } from "./links";

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
