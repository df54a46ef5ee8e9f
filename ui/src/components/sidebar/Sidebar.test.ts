// Sidebar: the conversation list in its groups (pinned, recent, archived behind a toggle),
// what it says when there is none, arrow keys between conversations, and the buttons that move
// the window (new chat, usage, settings, shortcuts) through the navigation and chat stores.
import "@testing-library/svelte/vitest";
import { render, screen } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { Conversation } from "../../lib/bindings";
import { FIRST_ROWS, MORE_ROWS } from "../../lib/listWindow";

vi.mock("@tauri-apps/api/core", async () => (await import("../../test/fakeBackend")).fakeCore);

const { default: Sidebar } = await import("./Sidebar.svelte");
const { chat, conversations, engine, navigation } = await import("../../lib/state");

const NOW = 1_700_000_000_000;
const conv = (id: number, title: string, extra: Partial<Conversation> = {}): Conversation => ({
  id, title, pinned: false, archived: false, created_at: NOW - id, updated_at: NOW - id, ...extra,
});

beforeEach(() => {
  engine.loaded = true;
  chat.activeId = null;
  conversations.hidden = [];
  navigation.showArchived = false;
  navigation.view = "chat";
  navigation.shortcutsOpen = false;
  conversations.list = [
    conv(1, "Alpha"),
    conv(2, "Pinned one", { pinned: true }),
    conv(3, "Beta"),
    conv(4, "Old stuff", { archived: true }),
  ];
});
afterEach(() => vi.restoreAllMocks());

const titles = () => screen.getAllByTestId("conversation-item").map((el) => el.querySelector(".conv-title")?.textContent);

describe("the list", () => {
  it("shows pinned conversations first, then the others, with archived ones behind a toggle", async () => {
    render(Sidebar);
    expect(screen.getByRole("heading", { name: "Pinned" })).toBeTruthy();
    expect(screen.getByRole("heading", { name: "Recent" })).toBeTruthy();
    expect(titles()).toEqual(["Pinned one", "Alpha", "Beta"]);
    const toggle = screen.getByTestId("archived-toggle");
    expect(toggle.textContent?.trim()).toBe("Archived (1)");
    expect(toggle.getAttribute("aria-expanded")).toBe("false");
    await userEvent.click(toggle);
    expect(navigation.showArchived).toBe(true);
    expect(titles()).toEqual(["Pinned one", "Alpha", "Beta", "Old stuff"]);
  });

  it("opens the archived group when the open conversation is in it", () => {
    chat.activeId = 4;
    render(Sidebar);
    expect(screen.getByTestId("archived-toggle").getAttribute("aria-expanded")).toBe("true");
    expect(titles()).toContain("Old stuff");
  });

  it("leaves out a conversation whose deletion can still be undone", () => {
    conversations.hidden = [3];
    render(Sidebar);
    expect(titles()).toEqual(["Pinned one", "Alpha"]);
  });

  it("says there are no conversations only once the first load is done", () => {
    conversations.list = [];
    engine.loaded = false;
    const { unmount } = render(Sidebar);
    expect(screen.queryByText(/No conversations yet/)).toBeNull();
    unmount();
    engine.loaded = true;
    render(Sidebar);
    expect(screen.getByText(/No conversations yet/)).toBeTruthy();
  });

  it("says what a slow start waits for: opening the history, or upgrading it", () => {
    conversations.list = [];
    engine.loaded = false;
    engine.slowStart = { upgradingFrom: null };
    const { unmount } = render(Sidebar);
    expect(screen.getByRole("status").textContent?.trim()).toBe("Opening your history…");
    unmount();
    engine.slowStart = { upgradingFrom: 7 };
    render(Sidebar);
    expect(screen.getByRole("status").textContent).toMatch(/Upgrading your history .* happens once/s);
    engine.slowStart = null;
  });

  it("says so when every conversation is archived", () => {
    conversations.list = [conv(4, "Old stuff", { archived: true })];
    render(Sidebar);
    expect(screen.getByText("Every conversation is archived.")).toBeTruthy();
  });

  it("↑/↓/Home/End move focus between conversations, across groups", async () => {
    render(Sidebar);
    const items = screen.getAllByTestId("conversation-item");
    items[0]?.focus();
    await userEvent.keyboard("{ArrowDown}");
    expect(document.activeElement).toBe(items[1]);
    await userEvent.keyboard("{End}");
    expect(document.activeElement).toBe(items[2]);
    await userEvent.keyboard("{ArrowDown}");
    expect(document.activeElement, "stays on the last").toBe(items[2]);
    await userEvent.keyboard("{Home}");
    expect(document.activeElement).toBe(items[0]);
  });
});

describe("the buttons", () => {
  it("starts a new chat", async () => {
    const newChat = vi.spyOn(chat, "newChat").mockImplementation(() => {});
    render(Sidebar);
    await userEvent.click(screen.getByTestId("nav-new-chat"));
    expect(newChat).toHaveBeenCalledOnce();
  });

  it("opens Usage, Settings (on Providers) and the shortcut sheet, and marks the screen shown", async () => {
    render(Sidebar);
    await userEvent.click(screen.getByTestId("nav-usage"));
    expect(navigation.view).toBe("usage");
    expect(screen.getByTestId("nav-usage").getAttribute("aria-pressed")).toBe("true");
    navigation.settingsTab = "data";
    await userEvent.click(screen.getByTestId("nav-settings"));
    expect(navigation.view).toBe("settings");
    expect(navigation.settingsTab).toBe("providers");
    expect(screen.getByTestId("nav-settings").getAttribute("aria-pressed")).toBe("true");
    await userEvent.click(screen.getByTestId("nav-shortcuts"));
    expect(navigation.shortcutsOpen).toBe(true);
  });
});

describe("a long history", () => {
  const many = (n: number) => Array.from({ length: n }, (_, i) => conv(i + 1, `Chat ${i + 1}`));

  it("renders the first rows, grows when the end comes into view, and always renders the open one", async () => {
    let seen: ((entries: { isIntersecting: boolean }[]) => void) | null = null;
    vi.stubGlobal(
      "IntersectionObserver",
      class {
        constructor(callback: (entries: { isIntersecting: boolean }[]) => void) {
          seen = callback;
        }
        observe() {}
        disconnect() {}
      },
    );
    conversations.list = many(1_000);
    render(Sidebar);
    expect(screen.getAllByTestId("conversation-item")).toHaveLength(FIRST_ROWS);
    expect(screen.getByTestId("conversations-more")).toBeTruthy();

    seen!([{ isIntersecting: false }]);
    await Promise.resolve();
    expect(screen.getAllByTestId("conversation-item")).toHaveLength(FIRST_ROWS);
    seen!([{ isIntersecting: true }]);
    await vi.waitFor(() => expect(screen.getAllByTestId("conversation-item")).toHaveLength(FIRST_ROWS + MORE_ROWS));

    // Opened far down (a search result, Ctrl+Tab): rendered, with the rows above it.
    chat.activeId = 700;
    await vi.waitFor(() => expect(titles()).toContain("Chat 700"));
    expect(titles()).not.toContain("Chat 1000");
    vi.unstubAllGlobals();
  }, 30_000);

  it("renders everything when it is short, with nothing to grow", () => {
    conversations.list = many(FIRST_ROWS - 10);
    render(Sidebar);
    expect(screen.getAllByTestId("conversation-item")).toHaveLength(FIRST_ROWS - 10);
    expect(screen.queryByTestId("conversations-more")).toBeNull();
  });
});
