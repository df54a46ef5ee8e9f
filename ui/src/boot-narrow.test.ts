// Start-up in a narrow window, where the sidebar is a drawer (lib/layout): the boot frame has no
// list to show, so it draws none and the app's code does not wait for one; the app still takes
// over the one read. (One start per file: see boot.test.ts.)
import { afterAll, describe, expect, it, vi } from "vitest";
import indexHtml from "../index.html?raw";
import type { Conversation } from "./lib/bindings";
import { callsOf, serveApp, stubResizeObserver } from "./test/app";

vi.mock("@tauri-apps/api/core", async () => (await import("./test/fakeBackend")).fakeCore);
vi.mock("./lib/warmup", () => ({ warmUp: () => {} }));

afterAll(() => vi.unstubAllGlobals());

describe("start-up in a narrow window", () => {
  it("draws no rows into the hidden sidebar and reads the list once, for the app", async () => {
    stubResizeObserver();
    vi.stubGlobal("innerWidth", 500);
    const list: Conversation[] = [{ id: 1, title: "One", pinned: false, archived: false, created_at: 1, updated_at: 2 }];
    serveApp({ conversations: () => list });
    document.body.innerHTML = /<body>([^]*)<script/.exec(indexHtml)?.[1] ?? "";

    await import("./main");
    expect(document.documentElement.classList.contains("boot-narrow")).toBe(true);
    // The read has been answered (the fake backend answers at once), the app's code not loaded.
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(callsOf("list_conversations").length).toBe(1);
    expect(document.querySelector('[data-testid="boot-frame"]')).not.toBeNull();
    expect(document.querySelector('[data-testid="boot-conversation-item"]'), "nothing drawn while hidden").toBeNull();
    await vi.waitFor(() => expect(document.querySelector('[data-testid="drawer-toggle"]')).not.toBeNull(), { timeout: 10_000 });
    expect(document.documentElement.classList.contains("boot-narrow"), "the app's own layout from here").toBe(false);
    expect(callsOf("list_conversations")).toEqual([{ limit: 200 }]);
  });
});
