// The boot frame's list (bootList.ts) around the app taking over: an answer that comes after the
// app mounted is not drawn, a failed read draws nothing, a click is remembered. (The whole start,
// with the app taking over, is in ../boot.test.ts.)
import { describe, expect, it, vi } from "vitest";
import { backend } from "../test/fakeBackend";
import type { Conversation } from "./bindings";

vi.mock("@tauri-apps/api/core", async () => (await import("../test/fakeBackend")).fakeCore);

const hello: Conversation = { id: 7, title: "Hello", pinned: false, archived: false, created_at: 5, updated_at: 6 };

const { createBootList } = await import("./bootList");

function fresh() {
  backend.calls.length = 0;
  backend.handlers.clear();
  return { boot: createBootList(), nav: document.createElement("nav") };
}

describe("the boot frame's list", () => {
  it("is not drawn when its answer comes after the app took over; the app gets that same read", async () => {
    const { boot, nav } = fresh();
    let answer: (list: Conversation[]) => void = () => {};
    backend.handlers.set("list_conversations", () => new Promise<Conversation[]>((resolve) => (answer = resolve)));
    const drawn = boot.draw(nav, () => 10);
    const handover = boot.takeOver();
    answer([hello]);
    expect(await drawn).toBe(false);
    expect(nav.children.length, "nothing drawn into a frame the app replaced").toBe(0);
    expect(await handover.head).toEqual([hello]);
    expect(backend.calls.map((c) => c.command)).toEqual(["list_conversations"]);
  });

  it("draws nothing when the read fails, and hands the app the failure to report", async () => {
    const { boot, nav } = fresh();
    backend.handlers.set("list_conversations", () => {
      throw { code: "database_corrupt", message: "The history file is damaged." };
    });
    await expect(boot.draw(nav, () => 10), "never rejects").resolves.toBe(false);
    expect(nav.children.length).toBe(0);
    await expect(boot.takeOver().head).rejects.toEqual({ code: "database_corrupt", message: "The history file is damaged." });
  });

  it("remembers the last row clicked and marks it; clicks after the app took over are not its to take", async () => {
    const { boot, nav } = fresh();
    backend.handlers.set("list_conversations", () => [hello, { ...hello, id: 8, title: "Other" }]);
    expect(await boot.draw(nav, () => 10)).toBe(true);
    const rows = [...nav.querySelectorAll<HTMLElement>('[data-testid="boot-conversation-item"]')];
    rows[0]?.querySelector(".conv-title")?.dispatchEvent(new MouseEvent("click", { bubbles: true }));
    rows[1]?.click();
    expect([...nav.querySelectorAll(".conv.active")].map((li) => li.getAttribute("data-conversation-id"))).toEqual(["8"]);
    expect(boot.takeOver().chosen).toBe(8);
    rows[0]?.click();
    expect(boot.takeOver().chosen, "unchanged once taken over").toBe(8);
  });

  it("with every conversation archived, says so above the Archived toggle", async () => {
    const { boot, nav } = fresh();
    backend.handlers.set("list_conversations", () => [{ ...hello, archived: true }]);
    await boot.draw(nav, () => 10);
    expect(nav.querySelector(".sidebar-empty")?.textContent).toBe("Every conversation is archived.");
    expect(nav.querySelector(".archived-toggle")?.textContent).toBe("Archived (1)");
    expect(nav.querySelector('[data-testid="boot-conversation-item"]')).toBeNull();
  });
});

describe("a full head (the list is longer than what is read first)", () => {
  it("counts no archived ones and does not say all are archived: the rest is not read yet", async () => {
    const { boot, nav } = fresh();
    const head = Array.from({ length: 200 }, (_, i) => ({ ...hello, id: i + 1, archived: true }));
    backend.handlers.set("list_conversations", () => head);
    await boot.draw(nav, () => 10);
    expect(nav.querySelector(".archived-toggle")?.textContent).toBe("Archived");
    expect(nav.querySelector(".sidebar-empty"), "others may follow the head").toBeNull();
  });
});
