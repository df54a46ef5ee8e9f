// Start-up with a backend that answers the list late (a large migration, a busy disk): the app's
// code does not wait for it past 250 ms; it mounts, says after a second what it waits for (here
// an upgrade of the history), and shows the list from that same read when it comes. (One start
// per file: see boot.test.ts.)
import { screen } from "@testing-library/svelte";
import { afterAll, describe, expect, it, vi } from "vitest";
import indexHtml from "../index.html?raw";
import type { Conversation } from "./lib/bindings";
import { all, callsOf, serveApp, stubResizeObserver } from "./test/app";

vi.mock("@tauri-apps/api/core", async () => (await import("./test/fakeBackend")).fakeCore);
vi.mock("./lib/warmup", () => ({ warmUp: () => {} }));

afterAll(() => vi.unstubAllGlobals());

describe("start-up with a slow backend", () => {
  it("mounts the app without the list, then shows the list from the one read", async () => {
    stubResizeObserver();
    const list: Conversation[] = [{ id: 1, title: "Late", pinned: false, archived: false, created_at: 1, updated_at: 2 }];
    serveApp({ conversations: () => list });
    const { backend } = await import("./test/fakeBackend");
    // Answered only when the test says so: without the 250 ms limit the app would wait for ever.
    let answer: (list: Conversation[]) => void = () => {};
    backend.handlers.set("list_conversations", () => new Promise<Conversation[]>((resolve) => (answer = resolve)));
    // The history is being upgraded from schema 7.
    backend.handlers.set("pending_upgrade", () => 7);
    document.body.innerHTML = /<body>([^]*)<script/.exec(indexHtml)?.[1] ?? "";

    await import("./main");
    await vi.waitFor(() => expect(document.querySelector('[data-testid="nav-new-chat"]')).not.toBeNull(), { timeout: 10_000 });
    expect(all("conversation-item"), "mounted while the list is still being read").toEqual([]);

    // A second on, the window says what it is waiting for.
    const slow = await vi.waitFor(() => screen.getByTestId("slow-start"), { timeout: 3_000 });
    expect(slow.textContent).toContain("Upgrading your history for this version");

    answer(list);
    await vi.waitFor(() => expect(all("conversation-item").length).toBe(1));
    expect(screen.queryByTestId("slow-start"), "gone once the history is there").toBeNull();
    expect(callsOf("list_conversations"), "read once").toEqual([{ limit: 200 }]);
  });
});
