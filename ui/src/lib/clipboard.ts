// Writing text to the system clipboard (code blocks' Copy, a message's Copy as Markdown / plain
// text). Rejects when the webview offers no clipboard, so callers can say so.

export function writeClipboard(text: string): Promise<void> {
  return navigator.clipboard?.writeText(text) ?? Promise.reject(new Error("Clipboard unavailable"));
}
