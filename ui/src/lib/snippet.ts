// Search snippets as the backend sends them: plain text with each match between U+E000 and
// U+E001 (private-use characters, which a message cannot be confused with in practice). The
// parts are rendered as text nodes — matches inside <mark> — never as HTML, so a snippet of a
// message that contains markup shows the markup as typed.

export const MARK_START = "\u{E000}";
export const MARK_END = "\u{E001}";

export type SnippetPart = { text: string; match: boolean };

/** Splits a snippet into plain and matched parts, in order, dropping empty ones. A stray or
 * unclosed marker never hides text: an unclosed match runs to the end, a stray end is dropped. */
export function snippetParts(snippet: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  let match = false;
  let text = "";
  const push = (): void => {
    if (text !== "") parts.push({ text, match });
    text = "";
  };
  for (const ch of snippet) {
    if (ch === MARK_START) {
      push();
      match = true;
    } else if (ch === MARK_END) {
      push();
      match = false;
    } else {
      text += ch;
    }
  }
  push();
  return parts;
}

/** The snippet without its markers (for labels and titles). */
export function snippetText(snippet: string): string {
  return snippet.replaceAll(MARK_START, "").replaceAll(MARK_END, "");
}
