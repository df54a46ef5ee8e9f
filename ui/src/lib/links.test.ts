import { describe, expect, it } from "vitest";
import { safeExternalUrl } from "./links";

describe("safeExternalUrl", () => {
  it.each([
    ["https://example.com/a?b=c#d", "https://example.com/a?b=c#d"],
    ["http://example.com", "http://example.com/"],
    ["HTTPS://EXAMPLE.COM/x", "https://example.com/x"],
    ["mailto:someone@example.com", "mailto:someone@example.com"],
    ["  https://example.com/padded  ", "https://example.com/padded"],
  ])("allows %s", (href, expected) => {
    expect(safeExternalUrl(href), "http(s)/mailto links open in the browser").toBe(expected);
  });

  it.each([
    "javascript:alert(1)",
    "JAVASCRIPT:alert(1)",
    " javascript:alert(1)",
    "java\tscript:alert(1)",
    "java\nscript:alert(1)",
    "\u0000javascript:alert(1)",
    "vbscript:msgbox(1)",
    "data:text/html,<script>alert(1)</script>",
    "file:///etc/passwd",
    "tauri://localhost/index.html",
    "ftp://example.com/x",
    "/relative/path",
    "#fragment",
    "//example.com/protocol-relative",
    "https://",
    "",
    null,
    undefined,
  ])("rejects %j", (href) => {
    expect(safeExternalUrl(href), "anything else is never a link").toBeNull();
  });
});
