// Work done once in idle time after start-up, so that the first conversation opened does not
// pay for it in its first frame: the Markdown renderer's code run for the first time, the
// faces of bold, italic and code text loaded for their first layout, the highlighter loaded
// (a chunk of its own, kept out of the first script) and its grammars compiled (some take
// tens of ms on first use). Measured on the start-up benchmark's history
// (scripts/startup-bench.sh): the first opening of a conversation took ~60 ms more
// than a later one, most of it the first layout of message text and the renderer's first run.
// Nothing here is shown: the sample is laid out off screen, hidden, and removed.

import { loadGrammars, prepareGrammar } from "./highlight";
import { renderMarkdown } from "./markdown";
import { decorateCodeBlocks } from "./rich-content";

/** A little of everything a message can hold. The code block is plain text (the smallest
 * grammar), so rendering it compiles little; the others are prepared one at a time below. */
const SAMPLE = [
  "# A heading",
  "Some **bold**, *italic*, ***both***, `inline code` and [a link](https://example.com).",
  "- a list\n  1. nested",
  "> a quote",
  "| a | b |\n|---|---|\n| 1 | 2 |",
  "```text\nsome code\n```",
].join("\n\n");

/** Runs `task` when the page is idle (or soon, where idle callbacks are not supported). */
function whenIdle(task: () => void): void {
  // No deadline: a busy page (an answer streaming in) is not interrupted for this.
  if (typeof requestIdleCallback === "function") requestIdleCallback(task);
  else setTimeout(task, 50);
}

/** Renders the sample once, loads the highlighter, then prepares one grammar per idle moment. */
export function warmUp(): void {
  whenIdle(() => {
    const host = document.createElement("div");
    host.className = "markdown warmup";
    host.setAttribute("aria-hidden", "true");
    host.innerHTML = renderMarkdown(SAMPLE);
    decorateCodeBlocks(host, () => Promise.resolve());
    document.body.append(host);
    // Reading a size lays it out: the text's faces are loaded now.
    void host.offsetHeight;
    host.remove();
    // A failed load is tried again by the first code block that needs it (highlightLater).
    loadGrammars().then(
      (grammars) => prepareNext(grammars, 0),
      () => {},
    );
  });
}

function prepareNext(grammars: readonly string[], index: number): void {
  const name = grammars[index];
  if (name === undefined) return;
  whenIdle(() => {
    prepareGrammar(name);
    prepareNext(grammars, index + 1);
  });
}
