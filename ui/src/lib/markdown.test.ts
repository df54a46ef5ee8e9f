import { describe, expect, it, vi } from "vitest";
import { fenceClosed, highlightBlock, markdownToText, renderMarkdown, renderMarkdownSoon, sanitizeHtml } from "./markdown";

/** Parses rendered HTML the way the webview would, to inspect what actually survives. */
function dom(html: string): HTMLElement {
  const root = document.createElement("div");
  root.innerHTML = html;
  return root;
}

const FORBIDDEN_TAGS = [
  "script", "style", "iframe", "frame", "object", "embed", "form", "input", "button", "textarea",
  "select", "img", "svg", "math", "base", "meta", "link", "details", "video", "audio", "source",
];
const URL_ATTRS = ["href", "src", "action", "formaction", "srcdoc", "xlink:href", "data", "poster"];

function assertHarmless(html: string, vector: string): void {
  const root = dom(html);
  for (const tag of FORBIDDEN_TAGS) {
    expect(root.querySelector(tag), `<${tag}> must not survive: ${vector}`).toBeNull();
  }
  for (const el of Array.from(root.querySelectorAll("*"))) {
    for (const attr of Array.from(el.attributes)) {
      const name = attr.name.toLowerCase();
      expect(name.startsWith("on"), `event handler ${name} must be stripped: ${vector}`).toBe(false);
      expect(name, `style attributes must be stripped: ${vector}`).not.toBe("style");
      expect(["src", "action", "formaction", "srcdoc", "data", "poster"], `no resource attrs: ${vector}`)
        .not.toContain(name);
      if (URL_ATTRS.includes(name)) {
        expect(attr.value, `only http(s)/mailto URLs may remain: ${vector}`).toMatch(/^(https?:|mailto:)/i);
      }
      expect(attr.value, `no script-capable scheme in any attribute: ${vector}`)
        .not.toMatch(/^\s*(javascript|vbscript|data|file):/i);
    }
  }
  expect(html, `no raw script tag in the output: ${vector}`).not.toMatch(/<script/i);
}

const HOSTILE: string[] = [
  "<script>alert(1)</script>",
  "<SCRIPT SRC=https://evil.example/x.js></SCRIPT>",
  "<img src=x onerror=alert(1)>",
  "![x](https://evil.example/track.png)",
  "![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)",
  "[click](javascript:alert(1))",
  "[click](JaVaScRiPt:alert(1))",
  "[click](javascript&#58;alert(1))",
  "[click](&#106;avascript:alert(1))",
  "[click](java%0ascript:alert(1))",
  "[click](<javascript:alert(1)>)",
  "<javascript:alert(1)>",
  "[x][ref]\n\n[ref]: javascript:alert(1)",
  "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
  "[x](vbscript:msgbox(1))",
  "[x](file:///etc/passwd)",
  '<a href="javascript:alert(1)">x</a>',
  '<a href="https://ok.example" onclick="alert(1)">x</a>',
  '<iframe src="https://evil.example"></iframe>',
  "<iframe srcdoc=\"<script>alert(1)</script>\"></iframe>",
  '<p style="background:url(javascript:alert(1))">x</p>',
  '<div style="width: expression(alert(1))">x</div>',
  "<style>body{background:url(https://evil.example)}</style>",
  "<svg><script>alert(1)</script></svg>",
  "<svg onload=alert(1)>",
  "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
  "<object data=https://evil.example/x.swf></object><embed src=https://evil.example/x.swf>",
  '<form action="https://evil.example"><input name=q><button formaction="javascript:alert(1)">go</button></form>',
  "<details open ontoggle=alert(1)>",
  '<!--<img src="--><img src=x onerror=alert(1)//">',
  '<base href="https://evil.example/"><meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
  '<link rel="stylesheet" href="https://evil.example/x.css">',
  "[<img src=x onerror=alert(1)>](https://ok.example)",
  '[a](https://ok.example "x\\" onmouseover=\\"alert(1)")',
  "```\"><img src=x onerror=alert(1)>\ncode\n```",
  "```js onclick=alert(1)\nlet a = 1;\n```",
  "# <img src=x onerror=alert(1)>\n\n- <script>alert(1)</script>\n\n| a |\n|---|\n| <iframe src=x> |",
  "&lt;script&gt;alert(1)&lt;/script&gt; &#60;img src=x onerror=alert(1)&#62;",
  "<scr<script>ipt>alert(1)</scr</script>ipt>",
  "> <a href=javascript:alert(1)>quote</a>",
];

describe("renderMarkdown sanitisation", () => {
  it.each(HOSTILE)("neutralises %s", (vector) => {
    assertHarmless(renderMarkdown(vector), vector);
  });

  it("shows raw HTML as text instead of interpreting it", () => {
    const root = dom(renderMarkdown("<b onclick=alert(1)>bold?</b>"));
    expect(root.querySelector("b"), "raw HTML tags are not passed through").toBeNull();
    expect(root.textContent, "the user still sees what the model wrote").toContain("<b onclick=alert(1)>bold?</b>");
  });

  it("renders images as their alt text", () => {
    const root = dom(renderMarkdown("see ![a diagram](https://evil.example/x.png) here"));
    expect(root.querySelector("img"), "no image element (remote images are blocked)").toBeNull();
    expect(root.textContent, "alt text stays readable").toContain("a diagram");
  });

  it("renders links with disallowed schemes as plain text", () => {
    const root = dom(renderMarkdown("[do not click](javascript:alert(1)) and [file](file:///etc/passwd)"));
    expect(root.querySelector("a"), "no anchor for non-http(s)/mailto schemes").toBeNull();
    expect(root.textContent, "link text is kept").toContain("do not click");
  });
});

describe("renderMarkdown benign content", () => {
  it("renders headings, emphasis, lists, quotes and rules", () => {
    const root = dom(
      renderMarkdown("# Title\n\n## Sub\n\n**bold** _em_ ~~gone~~\n\n- one\n- two\n\n1. first\n2. second\n\n> quoted\n\n---"),
    );
    expect(root.querySelector("h1")?.textContent, "h1 from #").toBe("Title");
    expect(root.querySelector("h2")?.textContent, "h2 from ##").toBe("Sub");
    expect(root.querySelector("strong")?.textContent, "bold").toBe("bold");
    expect(root.querySelector("em")?.textContent, "emphasis").toBe("em");
    expect(root.querySelector("del")?.textContent, "GFM strikethrough").toBe("gone");
    expect(root.querySelectorAll("ul > li").length, "bullet list items").toBe(2);
    expect(root.querySelectorAll("ol > li").length, "numbered list items").toBe(2);
    expect(root.querySelector("blockquote")?.textContent?.trim(), "blockquote").toBe("quoted");
    expect(root.querySelector("hr"), "thematic break").not.toBeNull();
  });

  it("renders GFM tables with alignment", () => {
    const root = dom(renderMarkdown("| Name | Cost |\n|:-----|-----:|\n| a | 1 |\n| b | 2 |"));
    expect(Array.from(root.querySelectorAll("th")).map((th) => th.textContent), "header cells").toEqual(["Name", "Cost"]);
    expect(root.querySelectorAll("tbody tr").length, "body rows").toBe(2);
    expect(root.querySelector("td:last-child")?.getAttribute("align"), "column alignment survives").toBe("right");
  });

  it("keeps https and mailto links, including autolinks", () => {
    const root = dom(
      renderMarkdown('[docs](https://example.com/docs "Docs") <https://example.org/> mail@example.com www.example.net'),
    );
    const hrefs = Array.from(root.querySelectorAll("a")).map((a) => a.getAttribute("href"));
    expect(hrefs, "safe links are rendered as anchors").toEqual([
      "https://example.com/docs",
      "https://example.org/",
      "mailto:mail@example.com",
      "http://www.example.net/",
    ]);
    expect(root.querySelector("a")?.getAttribute("title"), "link titles are kept").toBe("Docs");
    expect(root.querySelector("a")?.getAttribute("rel"), "links never get an opener").toBe("noopener noreferrer");
  });

  it("renders task lists without form controls", () => {
    const root = dom(renderMarkdown("- [x] done\n- [ ] todo"));
    expect(root.querySelector("input"), "no checkbox inputs").toBeNull();
    expect(root.textContent, "task state is still visible").toContain("☑");
    expect(root.textContent, "open task is visible").toContain("☐");
  });

  it("renders inline code escaped", () => {
    const root = dom(renderMarkdown("use `<div>` here"));
    expect(root.querySelector("p > code")?.textContent, "inline code shows the literal text").toBe("<div>");
  });
});

describe("code highlighting", () => {
  it("highlights fenced code with a known language", () => {
    const html = renderMarkdown("```python\ndef f(x):\n    return x + 1\n```");
    const code = dom(html).querySelector("pre > code");
    expect(code?.className, "language class on the code element").toBe("hljs language-python");
    expect(code?.querySelector(".hljs-keyword")?.textContent, "keywords get hljs classes").toBe("def");
    expect(code?.textContent, "code text is unchanged").toBe("def f(x):\n    return x + 1");
  });

  it("auto-detects unlabelled code and still escapes it", () => {
    const code = dom(renderMarkdown("```\nconst a = \"<b>\";\nfunction f() { return a; }\n```")).querySelector("pre > code");
    expect(code?.classList.contains("hljs"), "unlabelled blocks are highlighted too").toBe(true);
    expect(code?.querySelector("b"), "code content is never parsed as HTML").toBeNull();
    expect(code?.textContent, "code text round-trips").toContain('const a = "<b>";');
  });

  it("leaves unknown languages as escaped plain code", () => {
    const code = dom(renderMarkdown("```nosuchlang\n<i>x</i>\n```")).querySelector("pre > code");
    expect(code?.textContent, "unknown language keeps the literal text").toBe("<i>x</i>");
    expect(code?.querySelector("i"), "no markup from the code").toBeNull();
  });

  it("renders code plain, and keeps nothing, while the highlighter is still loading", async () => {
    vi.resetModules();
    const fresh = await import("./highlight");
    const markdown = await import("./markdown");
    const src = "```rust\nfn loading_a() {}\n```";
    const before = dom(markdown.renderMarkdown(src)).querySelector("pre > code");
    expect(before?.textContent, "the code is there").toBe("fn loading_a() {}");
    expect(before?.querySelector("span"), "plain for now").toBeNull();
    expect(before?.className, "labelled as asked").toBe("hljs language-rust");
    expect(fresh.highlightedBefore("fn loading_a() {}", "rust"), "the plain text is not kept as its highlighting").toBeNull();
    expect(fresh.wouldHighlight("x", "nosuchlang"), "any language may be a grammar until loaded").toBe(true);
    const soon = markdown.renderMarkdownSoon(src);
    expect(soon.plain, "a render for later lists it").toHaveLength(1);
    await fresh.loadGrammars();
    const after = dom(markdown.renderMarkdown(src)).querySelector("pre > code");
    expect(after?.querySelector(".hljs-keyword")?.textContent, "highlighted once loaded").toBe("fn");
    expect(fresh.wouldHighlight("x", "nosuchlang"), "known now").toBe(false);
  });
});

describe("renderMarkdownSoon (code highlighted after the first frame)", () => {
  it("leaves code plain and listed when its highlighting is not known yet, in block order", () => {
    // Text no other test highlights, so the cache cannot know it.
    const src = "```go\nfunc soonA() {}\n```\n\nwords `inline` here\n\n```nosuchlang\nkept\n```\n\n```\nlet soonB = 1;\n```";
    const { html, plain } = renderMarkdownSoon(src);
    const codes = dom(html).querySelectorAll("pre > code");
    expect(plain.map((b) => [b.index, b.code, b.lang]), "blocks a grammar would run on, by place").toEqual([
      [0, "func soonA() {}", "go"],
      [2, "let soonB = 1;", ""],
    ]);
    expect(codes[0]?.querySelector("span"), "no highlighting yet").toBeNull();
    expect(codes[0]?.textContent, "the code as written").toBe("func soonA() {}");
    expect(codes[0]?.className, "labelled with the fence's language").toBe("hljs language-go");
  });

  it("uses highlighting done before at once", () => {
    const src = "```python\ndef soon_c(): pass\n```";
    renderMarkdown(src);
    const { html, plain } = renderMarkdownSoon(src);
    expect(plain, "nothing left for later").toEqual([]);
    expect(dom(html).querySelector(".hljs-keyword")?.textContent, "highlighted already").toBe("def");
  });

  it("highlightBlock fills the block it was rendered for, sanitised, and nothing else", () => {
    const { html, plain } = renderMarkdownSoon("```\nconst soonD = \"<b>x</b>\";\n```");
    const root = dom(html);
    const code = root.querySelector("pre > code") as HTMLElement;
    const block = plain[0];
    if (block === undefined) throw new Error("the block was not left plain");

    const other = document.createElement("code");
    other.textContent = "something else";
    expect(highlightBlock(other, block), "an element holding other code is left alone").toBeNull();
    expect(other.innerHTML, "unchanged").toBe("something else");

    expect(highlightBlock(code, block), "the language it detected").toBeTypeOf("string");
    expect(code.querySelector("span[class^='hljs-']"), "highlighted now").not.toBeNull();
    expect(code.querySelector("b"), "the code's text is never markup").toBeNull();
    expect(code.textContent, "same text").toBe('const soonD = "<b>x</b>";');
    assertHarmless(root.innerHTML, "late highlighting");
  });
});

describe("fenceClosed (what the highlight cache keeps)", () => {
  it("tells a finished fenced block from one still streaming in", () => {
    expect(fenceClosed("```rust\nfn a() {}\n```\n"), "closed").toBe(true);
    expect(fenceClosed("~~~~\nx\n~~~~~"), "a longer closing fence of the same kind").toBe(true);
    expect(fenceClosed("```rust\nfn a() {"), "still open").toBe(false);
    expect(fenceClosed("````\nx\n```"), "a shorter fence does not close it").toBe(false);
    expect(fenceClosed("```\nx\n~~~"), "nor one of the other kind").toBe(false);
    expect(fenceClosed("```"), "an opening fence alone").toBe(false);
    expect(fenceClosed("    indented code\n"), "indented code has no fence").toBe(true);
  });
});

describe("the highlight cache", () => {
  it("keeps a growing text's indented block only once the text is finished", () => {
    const src = "Here:\n\n    indentedGrowing = 1\n    more = 2";
    renderMarkdown(src, true);
    expect(renderMarkdownSoon(src).plain, "not kept while growing").toHaveLength(1);
    renderMarkdown(src);
    expect(renderMarkdownSoon(src).plain, "kept once finished").toHaveLength(0);
  });

  it("never gives one block another's highlighting, whatever its fence's language holds", () => {
    const first = dom(renderMarkdown("```sh\u0000rm\nls -la\n```")).querySelector("pre > code");
    expect(first?.textContent).toBe("ls -la");
    const second = dom(renderMarkdown("```sh\nrm\u0000ls -la\n```")).querySelector("pre > code");
    expect(second?.textContent, "its own text").toContain("rm");
  });
});

describe("renderMarkdown list numbering", () => {
  it("keeps the start number of ordered lists", () => {
    const root = dom(renderMarkdown("3. three\n4. four"));
    expect(root.querySelector("ol")?.getAttribute("start"), "lists may start past 1").toBe("3");
  });
});

describe("sanitizeHtml on raw hostile HTML (second layer on its own)", () => {
  const RAW: string[] = [
    "<script>alert(1)</script><p>ok</p>",
    "<img src=x onerror=alert(1)>",
    '<a href="javascript:alert(1)">x</a>',
    '<a href="  JaVaScRiPt:alert(1)">x</a>',
    '<a href="data:text/html,<script>alert(1)</script>">x</a>',
    '<a href="https://ok.example" onclick="alert(1)" style="color:red">x</a>',
    '<iframe src="https://evil.example"></iframe>',
    '<p style="background:url(javascript:alert(1))">x</p>',
    "<svg><g onload=alert(1)></g></svg>",
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
    '<form><input autofocus onfocus=alert(1)><button formaction="javascript:alert(1)">b</button></form>',
    "<object data=x></object><embed src=x>",
    '<div data-x="1" aria-label="y"><span class="evil hljs-keyword">t</span></div>',
  ];

  it.each(RAW)("neutralises %s", (vector) => {
    assertHarmless(sanitizeHtml(vector), vector);
  });

  it("drops links whose href is not http(s)/mailto but keeps their text", () => {
    const root = dom(sanitizeHtml('<a href="javascript:alert(1)">label</a>'));
    expect(root.querySelector("a[href]"), "no clickable target remains").toBeNull();
    expect(root.textContent, "the text stays").toBe("label");
  });

  it("keeps only highlighter class names", () => {
    const root = dom(sanitizeHtml('<span class="evil hljs-keyword">t</span><span class="x">u</span>'));
    const spans = Array.from(root.querySelectorAll("span"));
    expect(spans[0]?.getAttribute("class"), "unknown classes are removed").toBe("hljs-keyword");
    expect(spans[1]?.hasAttribute("class"), "a class list with nothing allowed is dropped").toBe(false);
  });

  it("drops unlisted tags but keeps their text", () => {
    const root = dom(sanitizeHtml("<div><section>hello</section></div>"));
    expect(root.querySelector("div, section"), "layout tags are not allowed").toBeNull();
    expect(root.textContent, "content is kept").toBe("hello");
  });
});

describe("markdownToText (Copy as plain text)", () => {
  it("drops Markdown syntax and keeps the words as they render", () => {
    expect(markdownToText("# Plan\n\nSome **bold**, *em*, ~~gone~~ and `code`."), "inline syntax goes").toBe(
      "Plan\n\nSome bold, em, gone and code.",
    );
    expect(markdownToText("See [the docs](https://example.com) \\*now\\*"), "links read as their words").toBe(
      "See the docs *now*",
    );
    expect(markdownToText("Fish &amp; chips &#x263A;"), "character references read as characters").toBe("Fish & chips ☺");
  });

  it("keeps code as written, lists as bullets or numbers, tables as tab-separated rows", () => {
    const text = markdownToText(
      "```js\nif (a < b) {\n  go();\n}\n```\n\n- [x] done\n- open\n  - nested\n\n3. three\n4. four\n\n| a | b |\n|---|---|\n| 1 | 2 |",
    );
    expect(text).toBe(
      "if (a < b) {\n  go();\n}\n\n• ☑ done\n• open\n  • nested\n\n3. three\n4. four\n\na\tb\n1\t2",
    );
  });

  it("keeps markup typed in the text as text (it is never HTML here)", () => {
    expect(markdownToText('<img src=x onerror="alert(1)"> hi'), "raw HTML stays as typed").toBe('<img src=x onerror="alert(1)"> hi');
    expect(markdownToText("> quoted\n\nline  \nbreak"), "quotes lose their marker; hard breaks stay").toBe("quoted\n\nline\nbreak");
  });
});
