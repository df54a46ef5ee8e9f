// The first load's reads asked for early (early.ts): taken once by the same call, never by
// another or a later one, and a failure never taken is no unhandled rejection.
import { afterEach, describe, expect, it, vi } from "vitest";

vi.mock("@tauri-apps/api/core", async () => (await import("../test/fakeBackend")).fakeCore);

const { backend } = await import("../test/fakeBackend");
const api = await import("./api");
const { askFirstReads, forgetEarly, FIRST_READS } = await import("./early");
const { HEAD } = await import("./state/conversations.svelte");

afterEach(() => {
  forgetEarly();
  backend.handlers.clear();
  backend.calls.length = 0;
});

const asked = (command: string) => backend.calls.filter((c) => c.command === command).length;

describe("early reads", () => {
  it("are asked for once each, and the first load's own call takes the answer", async () => {
    let served = 0;
    backend.handlers.set("list_conversations", () => [{ id: (served += 1), title: "t", pinned: false, archived: false, created_at: 1, updated_at: 1 }]);
    askFirstReads();
    expect(backend.calls.map((c) => c.command), "every read of the first load").toEqual(FIRST_READS.map(([c]) => c));
    const head = await api.listConversations(HEAD);
    expect(head[0]?.id, "the early answer").toBe(1);
    expect(asked("list_conversations"), "not asked again").toBe(1);
    const again = await api.listConversations(HEAD);
    expect(again[0]?.id, "a later call is answered afresh").toBe(2);
    expect(asked("list_conversations")).toBe(2);
  });

  it("are exactly what the first load reads: it takes each and asks for nothing twice", async () => {
    const { createStores } = await import("./state");
    askFirstReads();
    await createStores().init();
    for (const [command] of FIRST_READS) expect(asked(command), command).toBe(1);
  });

  it("never answer a call with other arguments, nor any call once forgotten", async () => {
    backend.handlers.set("list_conversations", () => []);
    backend.handlers.set("app_status", () => ({ data_dir: "/d", keyring: { available: true, message: null } }));
    askFirstReads();
    await api.listConversations();
    expect(asked("list_conversations"), "the whole list is not the head").toBe(2);
    forgetEarly();
    await api.appStatus();
    expect(asked("app_status"), "forgotten: asked again").toBe(2);
  });

  it("hand a failure to the call that takes it, and one never taken goes unnoticed", async () => {
    backend.handlers.set("app_status", () => {
      throw { code: "storage", message: "the database is damaged" };
    });
    askFirstReads();
    await expect(api.appStatus(), "the taker sees the backend's error").rejects.toEqual({
      code: "storage",
      message: "the database is damaged",
    });
    backend.handlers.set("budget_settings", () => {
      throw { code: "storage", message: "never taken" };
    });
    askFirstReads();
    forgetEarly();
    // An unhandled rejection would fail this test file.
    await new Promise((resolve) => setTimeout(resolve, 20));
  });
});
