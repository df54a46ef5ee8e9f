// Start-up as the window runs it: index.html's frame, main.ts drawing the conversation list into
// it (lib/bootList.ts) before the app's code loads, then start.ts mounting the app in its place.
// The app takes over the list read already (not read twice) and the conversation clicked
// meanwhile, and its sidebar is the boot frame's, element for element, so nothing moves when
// one replaces the other. One start per file: main.ts and start.ts run once per page.
import { afterAll, describe, expect, it, vi } from "vitest";
import indexHtml from "../index.html?raw";
import type { Conversation, ConversationView } from "./lib/bindings";
import { backend } from "./test/fakeBackend";
import { all, byTestId, callsOf, serveApp, stubResizeObserver } from "./test/app";

vi.mock("@tauri-apps/api/core", async () => (await import("./test/fakeBackend")).fakeCore);
// The idle warm-up start.ts begins (tested in lib/warmup.test.ts) would outlive the test.
vi.mock("./lib/warmup", () => ({ warmUp: () => {} }));

const HOSTILE = `<img src=x onerror="window.hacked=1">`;

function conv(id: number, extra: Partial<Conversation> = {}): Conversation {
  return { id, title: `Chat ${id}`, pinned: false, archived: false, created_at: id, updated_at: 1_000_000 - id, ...extra };
}

/** Pinned 1, then 2..41 newest first (more than the first rows drawn), 42 archived; 3 is
 * untitled and 4's title is markup. */
const LIST: Conversation[] = [
  conv(1, { pinned: true }),
  ...Array.from({ length: 40 }, (_, i) => conv(i + 2)).map((c) =>
    c.id === 3 ? { ...c, title: "  " } : c.id === 4 ? { ...c, title: HOSTILE } : c),
  conv(42, { archived: true }),
];

/** An element's shape, for comparing the boot frame's sidebar with the app's: tags, classes
 * (not Svelte's scoping ones), the attributes that draw icons, text; without what only the app
 * has (row actions, the 1-px sentinel that grows the list), and with the rows' test ids made
 * one. */
function shape(el: Element): string {
  if (el.matches(".actions, [data-testid='conversations-more']")) return "";
  const classes = [...el.classList].filter((c) => !c.startsWith("svelte-")).sort();
  const drawn = ["width", "height", "viewBox", "d", "cx", "cy", "r", "x", "y", "rx", "placeholder", "type"]
    .filter((a) => el.hasAttribute(a))
    .map((a) => `${a}=${el.getAttribute(a)}`);
  const children = [...el.childNodes]
    .map((n) => (n.nodeType === Node.TEXT_NODE ? JSON.stringify(n.textContent?.replace(/\s+/g, " ").trim()) : n instanceof Element ? shape(n) : ""))
    .filter((s) => s !== "" && s !== '""');
  return `${el.tagName.toLowerCase()}${classes.map((c) => `.${c}`).join("")}[${drawn.join(" ")}](${children.join(",")})`;
}

afterAll(() => vi.unstubAllGlobals());

describe("start-up", () => {
  it("draws the list before the app's code, which takes it over as it is: one read, nothing moved, the click and scroll kept", async () => {
    stubResizeObserver();
    serveApp({ conversations: () => LIST });
    backend.handlers.set("open_conversation", (): ConversationView => ({ conversation: LIST[5]!, messages: [], branches: [] }));
    document.body.innerHTML = /<body>([^]*)<script/.exec(indexHtml)?.[1] ?? "";
    const bootSidebar = () => document.querySelector(".boot-frame .sidebar");

    await import("./main");
    await vi.waitFor(() => expect(all("boot-conversation-item").length).toBeGreaterThan(0));
    expect(all("conversation-item"), "the app's code has not run yet").toEqual([]);
    const rows = all("boot-conversation-item");
    expect(rows.length, "the pinned one and the first 30 others").toBe(31);
    expect(rows.map((r) => r.querySelector(".conv-title")?.textContent).slice(0, 4)).toEqual(["Chat 1", "Chat 2", "New chat", HOSTILE]);
    expect(document.querySelector(".boot-frame img"), "a title is text, never markup").toBeNull();
    expect([...document.querySelectorAll(".boot-frame .group-title")].map((h) => h.textContent)).toEqual(["Pinned", "Recent"]);
    expect(rows[0]?.querySelector(".conv-pin svg"), "the pinned one is marked").not.toBeNull();
    expect(document.querySelector('[data-conversation-id="42"]'), "archived ones stay behind their toggle").toBeNull();

    // Scrolled, and a click before the app is there: shown at once, opened once it is.
    document.querySelector(".boot-frame .sidebar-list")!.scrollTop = 120;
    rows[5]?.click();
    expect(rows[5]?.closest("li")?.classList.contains("active")).toBe(true);
    const before = shape(bootSidebar()!);

    await vi.waitFor(() => expect(all("conversation-item").length).toBeGreaterThan(0), { timeout: 5000 });
    await vi.waitFor(() => expect(byTestId("conversation-item", document.querySelector('[data-conversation-id="6"]')!).dataset.active).toBe("true"));
    expect(document.querySelector('[data-testid="boot-frame"]'), "the frame is gone").toBeNull();
    expect(callsOf("list_conversations"), "the list's head is read once, by the boot frame").toEqual([{ limit: 200 }]);
    expect(callsOf("conversation_page").map((a) => a.id), "the clicked conversation is opened").toEqual([6]);
    expect(document.querySelector("aside.sidebar .sidebar-list")?.scrollTop, "scrolled where it was").toBe(120);
    const after = shape(document.querySelector("aside.sidebar")!).replaceAll("conversation-item", "boot-conversation-item");
    expect(after, "the app's sidebar is the boot frame's").toBe(before);
  });
});
