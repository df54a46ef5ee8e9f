// Link scheme policy for model-written content. Only http(s) and mailto links are ever rendered
// or opened (in the system browser, never in the app window). The check uses the WHATWG URL
// parser — the same one the webview uses — so tricks like leading whitespace, tabs inside the
// scheme, upper case or entity-free encodings resolve to the scheme the browser would really use.

const ALLOWED_PROTOCOLS: ReadonlySet<string> = new Set(["http:", "https:", "mailto:"]);

/**
 * Returns the normalised URL if `href` is an absolute http(s) or mailto URL, otherwise `null`
 * (relative links, fragments, javascript:, data:, file:, vbscript:, custom schemes …).
 */
export function safeExternalUrl(href: string | null | undefined): string | null {
  if (href === null || href === undefined) return null;
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return null;
  }
  if (!ALLOWED_PROTOCOLS.has(url.protocol)) return null;
  if (url.protocol !== "mailto:" && url.hostname === "") return null;
  return url.href;
}
