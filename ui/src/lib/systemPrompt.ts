// System prompts as the UI shows and saves them. The backend treats a blank prompt as none; the
// UI saves none as null (never "") so what is stored says plainly that the default applies.

/** The prompt to store: trimmed, and null when blank. */
export function promptOrNull(text: string | null | undefined): string | null {
  const trimmed = (text ?? "").trim();
  return trimmed === "" ? null : trimmed;
}

/** A short one-line quote of a prompt, cut at a word boundary: “Answer concisely. Use…”. */
export function quotePrompt(text: string, max = 60): string {
  const line = text.replace(/\s+/g, " ").trim();
  if (line.length <= max) return `“${line}”`;
  const cut = line.slice(0, max);
  const space = cut.lastIndexOf(" ");
  const head = (space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s.,;:!?]+$/, "");
  return `“${head}…”`;
}

/** The hint under a conversation's prompt: what an empty prompt means for it. */
export function defaultPromptHint(defaultPrompt: string | null): string {
  const shown = promptOrNull(defaultPrompt);
  return shown === null
    ? "Empty: uses the default from Settings (none is set, so no system prompt is sent)."
    : `Empty: uses the default from Settings, ${quotePrompt(shown)}.`;
}
