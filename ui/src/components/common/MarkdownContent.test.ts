// MarkdownContent: an answer that finishes while the highlighter is still loading (just after
// start-up) gets its colour once it loads, instead of staying plain.
import { describe, expect, it, vi } from "vitest";

vi.mock("@tauri-apps/api/core", async () => (await import("../../test/fakeBackend")).fakeCore);

/** Lets frames and the timers after them run. */
async function settle(): Promise<void> {
  for (let i = 0; i < 5; i += 1) await new Promise((resolve) => setTimeout(resolve, 20));
}

describe("MarkdownContent", () => {
  it("highlights an answer that streamed and finished before the highlighter was loaded", async () => {
    // Fresh modules: a highlighter not loaded yet (and, for one Svelte runtime, the renderer too).
    vi.resetModules();
    const { render } = await import("@testing-library/svelte");
    const highlight = await import("../../lib/highlight");
    const { default: MarkdownContent } = await import("./MarkdownContent.svelte");
    expect(highlight.grammarsLoaded(), "a fresh highlighter is not loaded").toBe(false);
    const content = "```rust\nfn streamed_a() {}\n```";
    const { container, rerender, unmount } = render(MarkdownContent, { content, streaming: true });
    // The streaming paint is not run until a frame; give it one, with the highlighter still
    // unloaded (nothing here loads it).
    await settle();
    expect(container.querySelector("pre code")?.textContent, "painted while streaming").toBe("fn streamed_a() {}");
    expect(container.querySelector("pre span"), "plain while loading").toBeNull();
    await rerender({ content, streaming: false });
    await settle();
    expect(container.querySelector(".hljs-keyword")?.textContent, "coloured once loaded").toBe("fn");
    unmount();
  });
});
