import { describe, expect, it, vi } from "vitest";
import { renderMarkdown, renderMarkdownSoon } from "./markdown";
import { decorateCodeBlocks, handleContentClick, highlightLater } from "./rich-content";

function mount(markdown: string): HTMLDivElement {
  const root = document.createElement("div");
  root.innerHTML = renderMarkdown(markdown);
  document.body.append(root);
  return root;
}

function click(el: Element, button = 0): MouseEvent {
  const event = new MouseEvent("click", { bubbles: true, cancelable: true, button });
  el.dispatchEvent(event);
  return event;
}

describe("decorateCodeBlocks", () => {
  it("adds a labelled copy button per code block that copies the code text", async () => {
    const root = mount("```rust\nfn main() {}\n```\n\ntext\n\n```\nplain\n```");
    const copy = vi.fn(() => Promise.resolve());
    decorateCodeBlocks(root, copy);

    const blocks = root.querySelectorAll(".code-block");
    expect(blocks.length, "one wrapper per fenced block").toBe(2);
    expect(blocks[0]?.querySelector(".code-lang")?.textContent, "language label").toBe("rust");
    const button = blocks[0]?.querySelector("button.code-copy");
    expect(button, "copy button exists").not.toBeNull();
    expect(button?.hasAttribute("onclick"), "no inline handler (CSP)").toBe(false);

    click(button as Element);
    expect(copy, "copies exactly the code, not the button label").toHaveBeenCalledWith("fn main() {}");
    await Promise.resolve();
    expect(button?.textContent, "feedback after copying").toBe("Copied");
  });

  it("reports a failed copy", async () => {
    const root = mount("```\nx\n```");
    decorateCodeBlocks(root, () => Promise.reject(new Error("denied")));
    const button = root.querySelector("button.code-copy") as HTMLButtonElement;
    click(button);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(button.textContent, "the user learns the copy failed").toBe("Copy failed");
  });
});

describe("handleContentClick", () => {
  it("opens http(s) links externally and never navigates", () => {
    const root = mount("[site](https://example.com/page)");
    const open = vi.fn();
    root.addEventListener("click", (e) => handleContentClick(e, open));
    const event = click(root.querySelector("a") as Element);
    expect(event.defaultPrevented, "the webview must not follow the link").toBe(true);
    expect(open, "the system browser gets the URL").toHaveBeenCalledWith("https://example.com/page");
  });

  it("cancels clicks on anchors with unsafe or missing hrefs without opening anything", () => {
    const root = document.createElement("div");
    root.innerHTML = '<a id="a" href="javascript:alert(1)">x</a><a id="b">y</a><a id="c" href="file:///etc/passwd">z</a>';
    const open = vi.fn();
    root.addEventListener("click", (e) => handleContentClick(e, open));
    for (const id of ["a", "b", "c"]) {
      const event = click(root.querySelector(`#${id}`) as Element);
      expect(event.defaultPrevented, `link #${id} must not navigate`).toBe(true);
    }
    expect(open, "nothing unsafe is opened").not.toHaveBeenCalled();
  });

  it("ignores clicks outside links", () => {
    const root = mount("just **text**");
    const open = vi.fn();
    root.addEventListener("click", (e) => handleContentClick(e, open));
    const event = click(root.querySelector("strong") as Element);
    expect(event.defaultPrevented, "ordinary clicks (e.g. selecting text) are untouched").toBe(false);
    expect(open, "nothing is opened").not.toHaveBeenCalled();
  });
});

describe("highlightLater", () => {
  /** Lets the frame and the timers after it run. */
  async function settle(): Promise<void> {
    for (let i = 0; i < 5; i += 1) await new Promise((resolve) => setTimeout(resolve, 20));
  }

  function mountSoon(markdown: string): { root: HTMLDivElement; stop: () => void } {
    const root = document.createElement("div");
    const { html, plain } = renderMarkdownSoon(markdown);
    root.innerHTML = html;
    document.body.append(root);
    decorateCodeBlocks(root, () => Promise.resolve());
    return { root, stop: highlightLater(root, plain) };
  }

  it("highlights the blocks left plain after the frame and names the language it found", async () => {
    const { root } = mountSoon("```rust\nfn later_a() -> u8 { 1 }\n```\n\n```\nSELECT later_b FROM t WHERE x = 1;\n```");
    const labels = () => [...root.querySelectorAll(".code-lang")].map((l) => l.textContent);
    expect(root.querySelector("pre span"), "plain until the page had its frame").toBeNull();
    expect(labels(), "the unlabelled block is text until detected").toEqual(["rust", "text"]);
    await settle();
    const codes = root.querySelectorAll("pre > code");
    expect(codes[0]?.querySelector(".hljs-keyword")?.textContent, "the first block is highlighted").toBe("fn");
    expect(codes[1]?.querySelector("span"), "the second too").not.toBeNull();
    expect(labels()[0], "label kept").toBe("rust");
    expect(labels()[1], "the detected language is shown").not.toBe("text");
  });

  it("waits for the highlighter when it is still loading (just after start-up)", async () => {
    vi.resetModules();
    const fresh = {
      highlight: await import("./highlight"),
      markdown: await import("./markdown"),
      rich: await import("./rich-content"),
    };
    expect(fresh.highlight.grammarsLoaded(), "a fresh highlighter is not loaded").toBe(false);
    const root = document.createElement("div");
    const { html, plain } = fresh.markdown.renderMarkdownSoon("```rust\nfn later_d() {}\n```");
    expect(plain, "left for later").toHaveLength(1);
    root.innerHTML = html;
    document.body.append(root);
    fresh.rich.highlightLater(root, plain);
    await settle();
    expect(fresh.highlight.grammarsLoaded(), "loaded on demand").toBe(true);
    expect(root.querySelector(".hljs-keyword")?.textContent, "then highlighted").toBe("fn");
  });

  it("does nothing when stopped while the highlighter is still loading", async () => {
    vi.resetModules();
    const markdown = await import("./markdown");
    const rich = await import("./rich-content");
    const root = document.createElement("div");
    const { html, plain } = markdown.renderMarkdownSoon("```rust\nfn later_e() {}\n```");
    root.innerHTML = html;
    document.body.append(root);
    const stop = rich.highlightLater(root, plain);
    // After its frame: the load has begun and cannot have finished (a module import).
    await new Promise((resolve) => requestAnimationFrame(resolve));
    stop();
    await settle();
    expect(root.querySelector("pre span"), "left plain").toBeNull();
  });

  it("does nothing once stopped (the content was painted again)", async () => {
    const { root, stop } = mountSoon("```python\ndef later_c(): return 3\n```");
    stop();
    await settle();
    expect(root.querySelector("pre span"), "left plain").toBeNull();
  });
});
