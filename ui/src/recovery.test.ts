// The recovery screen (jsdom, fake backend): when the engine could not open its database every
// command fails with a `storage` error; the app then asks `database_recovery` and shows, in
// place of everything else, what happened, the data folder and the two ways out — restore a
// backup, or start with an empty history keeping the unusable file aside — each confirmed first.
import { flushSync } from "svelte";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { backend } from "./test/fakeBackend";
import { all, byTestId, callsOf, maybe, mountApp, resetBackend, settle, stubResizeObserver, text, unmountApp } from "./test/app";
import type { BackupInfo, DatabaseRecovery, IpcError } from "./lib/bindings";

vi.mock("@tauri-apps/api/core", async () => (await import("./test/fakeBackend")).fakeCore);

const { createStores, engine } = await import("./lib/state");

const DAMAGED: IpcError = {
  code: "storage",
  message:
    "The database /home/u/.local/share/switchboard/switchboard.db is damaged (file is not a database). Restore a backup or start afresh; the file is kept.",
};
const BACKUPS: BackupInfo[] = [
  { name: "daily-1.db", kind: "daily", created_at: Date.UTC(2025, 5, 1), size: 1_500_000 },
  { name: "before-upgrade.db", kind: "before_upgrade", created_at: Date.UTC(2025, 5, 3), size: 1_400_000 },
];
const RECOVERY: DatabaseRecovery = { error: DAMAGED, file_intact: false, data_dir: "/home/u/.local/share/switchboard", backups: BACKUPS };

/** The backend whose engine did not start: every engine command answers with why. */
function engineDown(error: IpcError, recovery: DatabaseRecovery): void {
  for (const command of ["app_status", "list_providers", "list_conversations", "catalogue_state", "budget_settings", "provider_presets"]) {
    backend.handlers.set(command, () => {
      throw error;
    });
  }
  backend.handlers.set("database_recovery", () => recovery);
}

async function start(): Promise<void> {
  engine.recovery = null;
  await mountApp();
}

beforeEach(() => {
  resetBackend();
  stubResizeObserver();
});

afterEach(() => {
  unmountApp();
  engine.recovery = null;
  vi.unstubAllGlobals();
});

describe("recovery screen", () => {
  it("replaces the app when the database cannot be opened: what happened, the folder, the backups", async () => {
    engineDown(DAMAGED, RECOVERY);
    await start();
    expect(callsOf("database_recovery"), "asked once the first call failed with storage").toHaveLength(1);
    expect(maybe("recovery-screen"), "the whole window").not.toBeNull();
    expect(maybe("nav-settings"), "nothing else of the app").toBeNull();
    expect(maybe("composer-input")).toBeNull();
    expect(text("recovery-error"), "the backend's message, which names the file and what to do").toBe(DAMAGED.message);
    expect(text("recovery-data-dir")).toBe("/home/u/.local/share/switchboard");
    expect(all("recovery-backup").map((el) => el.dataset.kind), "newest first").toEqual(["before_upgrade", "daily"]);
    expect(all("recovery-backup")[0]?.textContent).toContain("Before a database upgrade");
    expect(text("recovery-start-empty")).toBe("Start with an empty history (keep the damaged file aside)");
  });

  it("restores a backup after confirming, then the app restarts", async () => {
    engineDown(DAMAGED, RECOVERY);
    backend.handlers.set("recover_database", () => new Promise(() => {}));
    await start();
    byTestId("recovery-restore", all("recovery-backup")[1]).click();
    flushSync();
    const said = text("confirm-dialog");
    expect(said, "which copy").toContain("Daily copy");
    expect(said, "what happens").toContain("Switchboard restarts and opens this copy");
    expect(said, "the unreadable file is kept").toContain("kept aside in the backups folder, not deleted");
    expect(callsOf("recover_database"), "nothing before the confirmation").toEqual([]);

    byTestId("confirm-cancel").click();
    flushSync();
    expect(maybe("confirm-dialog"), "cancelled").toBeNull();
    expect(callsOf("recover_database")).toEqual([]);

    byTestId("recovery-restore", all("recovery-backup")[1]).click();
    flushSync();
    byTestId("confirm-accept").click();
    await settle();
    expect(callsOf("recover_database"), "that backup, by name").toEqual([{ name: "daily-1.db" }]);
    expect(text("confirm-accept")).toBe("Restarting…");
  });

  it("starts with an empty history after confirming, keeping the damaged file aside", async () => {
    engineDown(DAMAGED, RECOVERY);
    backend.handlers.set("recover_database", () => new Promise(() => {}));
    await start();
    byTestId("recovery-start-empty").click();
    flushSync();
    const said = text("confirm-dialog");
    expect(said).toContain("Start with an empty history?");
    expect(said, "the file is not deleted").toContain("is moved to the backups folder, not deleted");
    expect(said, "what starts afresh").toContain("no conversations, providers or settings");
    byTestId("confirm-accept").click();
    await settle();
    expect(callsOf("recover_database"), "no backup: set the file aside").toEqual([{ name: null }]);
  });

  it("says why when recovering fails, and lets the person try again", async () => {
    engineDown(DAMAGED, RECOVERY);
    backend.handlers.set("recover_database", () => {
      throw { code: "storage", message: "Cannot move switchboard.db: permission denied." };
    });
    await start();
    byTestId("recovery-start-empty").click();
    flushSync();
    byTestId("confirm-accept").click();
    await settle();
    expect(text("confirm-error")).toBe("Cannot move switchboard.db: permission denied.");
    expect(byTestId<HTMLButtonElement>("confirm-accept").disabled).toBe(false);
  });

  it("without a data folder there is nothing to restore or set aside: it says so", async () => {
    const noHome: IpcError = { code: "storage", message: "Switchboard cannot find a folder for its data: the OS reports no home folder." };
    engineDown(noHome, { error: noHome, file_intact: false, data_dir: null, backups: [] });
    await start();
    expect(text("recovery-error")).toBe(noHome.message);
    expect(maybe("recovery-no-folder")).not.toBeNull();
    expect(maybe("recovery-start-empty"), "no way out to offer").toBeNull();
    expect(all("recovery-restore")).toHaveLength(0);
  });

  it("another failure at start is a notice, not the recovery screen", async () => {
    const state = createStores();
    backend.handlers.set("app_status", () => {
      throw { code: "internal", message: "Something else broke." };
    });
    backend.handlers.set("database_recovery", () => RECOVERY);
    await state.engine.loadStatus();
    expect(state.notices.notice?.message).toBe("Something else broke.");
    expect(state.engine.recovery).toBeNull();
    expect(callsOf("database_recovery")).toEqual([]);
  });

  it("a storage failure with the database open (a full disk, say) is a notice too", async () => {
    const state = createStores();
    backend.handlers.set("app_status", () => {
      throw { code: "storage", message: "The disk is full." };
    });
    backend.handlers.set("database_recovery", (): DatabaseRecovery => ({ error: null, file_intact: false, data_dir: "/data", backups: [] }));
    await state.engine.loadStatus();
    expect(callsOf("database_recovery"), "asked").toHaveLength(1);
    expect(state.engine.recovery, "the database opened: nothing to recover").toBeNull();
    expect(state.notices.notice?.message).toBe("The disk is full.");
  });
});
