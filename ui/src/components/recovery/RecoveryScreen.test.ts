// RecoveryScreen: why the database could not be opened, the data folder (or that there is none),
// the backups newest first and starting afresh; each way out asks first (what it restores or
// sets aside), then asks the backend to recover (the app restarts), waiting meanwhile; Cancel
// or Esc asks nothing; a refusal is shown in the dialog and it can be tried again.
import "@testing-library/svelte/vitest";
import { render, screen, within } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { BackupInfo, DatabaseRecovery, IpcError } from "../../lib/bindings";

vi.mock("@tauri-apps/api/core", async () => (await import("../../test/fakeBackend")).fakeCore);

const { backend } = await import("../../test/fakeBackend");
const { default: RecoveryScreen } = await import("./RecoveryScreen.svelte");
const { backupDate } = await import("../../lib/backups");

const DAMAGED: IpcError = {
  code: "storage",
  message: "The database /home/u/.local/share/switchboard/switchboard.db is damaged (file is not a database). Restore a backup or start afresh; the file is kept.",
};
const DAILY: BackupInfo = { name: "daily-1.db", kind: "daily", created_at: Date.UTC(2025, 5, 1), size: 1_500_000 };
const UPGRADE: BackupInfo = { name: "before-upgrade.db", kind: "before_upgrade", created_at: Date.UTC(2025, 5, 3), size: 1_400_000 };
const RECOVERY: DatabaseRecovery = { error: DAMAGED, file_intact: false, data_dir: "/home/u/.local/share/switchboard", backups: [DAILY, UPGRADE] };

function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((ok) => {
    resolve = ok;
  });
  return { promise, resolve };
}

const byId = <T extends HTMLElement = HTMLElement>(id: string) => screen.getByTestId<T>(id);
const text = (id: string) => byId(id).textContent?.replace(/\s+/g, " ").trim();
const callsOf = (command: string) => backend.calls.filter((c) => c.command === command).map((c) => c.args);
const dialog = () => screen.queryByTestId("confirm-dialog");
const dialogTitle = () => (dialog() as HTMLElement).querySelector("h2")?.textContent;
const accept = () => byId<HTMLButtonElement>("confirm-accept");
/** The Restore… button of the backup made at `created_at`. */
const restoreOf = (backup: BackupInfo) => {
  const item = screen.getAllByTestId("recovery-backup").find((el) => el.textContent?.includes(backupDate(backup.created_at)));
  return within(item as HTMLElement).getByTestId("recovery-restore");
};

beforeEach(() => {
  backend.calls.length = 0;
  backend.handlers.clear();
  // The app restarts: the call does not come back.
  backend.handlers.set("recover_database", () => new Promise(() => {}));
});
afterEach(() => vi.restoreAllMocks());

describe("what the screen shows", () => {
  it("what happened, the data folder, the backups newest first and starting afresh", () => {
    render(RecoveryScreen, { recovery: RECOVERY });
    expect(screen.getByRole("heading", { level: 1 }).textContent?.trim()).toBe("Switchboard cannot open your history");
    expect(byId("recovery-screen").getAttribute("aria-labelledby")).toBe("recovery-title");
    const error = byId("recovery-error");
    expect(error.getAttribute("role")).toBe("alert");
    expect(error.dataset.code).toBe("storage");
    expect(text("recovery-error")).toBe(DAMAGED.message);
    expect(byId("recovery-data-dir").textContent).toBe("/home/u/.local/share/switchboard");
    expect(screen.getAllByTestId("recovery-backup").map((el) => el.dataset.kind)).toEqual(["before_upgrade", "daily"]);
    expect(screen.getAllByTestId("recovery-backup")[0]?.textContent).toContain("Before a database upgrade");
    expect(screen.getByText("Switchboard restarts with the copy you choose; the file it cannot open is kept aside.")).toBeTruthy();
    expect(text("recovery-start-empty")).toBe("Start with an empty history (keep the damaged file aside)");
    expect(screen.queryByTestId("recovery-no-folder")).toBeNull();
    expect(screen.queryByTestId("recovery-no-backups")).toBeNull();
    expect(dialog(), "nothing is asked yet").toBeNull();
  });

  it("says the database could not be opened when the backend gives no reason", () => {
    render(RecoveryScreen, { recovery: { ...RECOVERY, error: null } });
    expect(text("recovery-error")).toBe("The database could not be opened.");
    expect(byId("recovery-error").dataset.code).toBe("");
  });

  it("says when there are no backups, and still offers to start afresh", () => {
    render(RecoveryScreen, { recovery: { ...RECOVERY, backups: [] } });
    expect(text("recovery-no-backups")).toBe("There are no backups in the data folder.");
    expect(screen.queryByTestId("recovery-backup")).toBeNull();
    expect(byId("recovery-start-empty")).toBeTruthy();
  });

  it("without a data folder, says so and offers no way out", () => {
    render(RecoveryScreen, { recovery: { ...RECOVERY, data_dir: null } });
    expect(text("recovery-no-folder")).toBe(
      "Switchboard has no data folder, so there is nothing to restore or set aside. The message above says how to give it one; then start Switchboard again.",
    );
    expect(screen.queryByTestId("recovery-data-dir")).toBeNull();
    expect(screen.queryByTestId("recovery-backup")).toBeNull();
    expect(screen.queryByTestId("recovery-start-empty")).toBeNull();
    expect(screen.queryByRole("heading", { name: "Restore a backup" })).toBeNull();
  });
});

describe("restoring a backup", () => {
  it("asks first, naming the copy and what happens; nothing is restored before", async () => {
    render(RecoveryScreen, { recovery: RECOVERY });
    await userEvent.click(restoreOf(DAILY));
    expect(dialogTitle()).toBe("Restore this backup?");
    expect(text("recovery-restore-what")).toBe(`Daily copy, ${backupDate(DAILY.created_at)} (1.4 MB).`);
    expect(dialog()?.textContent).toContain("The database it cannot open now is kept aside in the backups folder, not deleted.");
    expect(accept().textContent?.trim()).toBe("Restore and restart");
    expect(accept().classList.contains("btn-danger")).toBe(false);
    expect(document.activeElement, "focus on Cancel").toBe(byId("confirm-cancel"));
    expect(callsOf("recover_database")).toEqual([]);
  });

  it("restores the copy chosen once confirmed, waiting for the restart", async () => {
    render(RecoveryScreen, { recovery: RECOVERY });
    await userEvent.click(restoreOf(UPGRADE));
    await userEvent.click(accept());
    expect(callsOf("recover_database")).toEqual([{ name: "before-upgrade.db" }]);
    expect(accept().textContent?.trim()).toBe("Restarting…");
    expect(accept().disabled).toBe(true);
    expect(byId<HTMLButtonElement>("confirm-cancel").disabled).toBe(true);
    await userEvent.keyboard("{Escape}");
    expect(dialog(), "it cannot be cancelled while it runs").not.toBeNull();
  });

  it("Cancel, or Esc, closes the question and nothing is restored", async () => {
    render(RecoveryScreen, { recovery: RECOVERY });
    await userEvent.click(restoreOf(DAILY));
    await userEvent.click(byId("confirm-cancel"));
    expect(dialog()).toBeNull();
    await userEvent.click(restoreOf(UPGRADE));
    expect(dialog()).not.toBeNull();
    await userEvent.keyboard("{Escape}");
    expect(dialog()).toBeNull();
    expect(callsOf("recover_database")).toEqual([]);
  });

  it("shows why the copy could not be restored; it can be tried again, and asking again starts clean", async () => {
    let refuse = true;
    backend.handlers.set("recover_database", () => {
      if (refuse) throw { code: "io", message: "The backup daily-1.db cannot be read." };
      return new Promise(() => {});
    });
    render(RecoveryScreen, { recovery: RECOVERY });
    await userEvent.click(restoreOf(DAILY));
    await userEvent.click(accept());
    expect((await screen.findByTestId("confirm-error")).textContent).toBe("The backup daily-1.db cannot be read.");
    expect(accept().disabled, "free again").toBe(false);
    expect(accept().textContent?.trim()).toBe("Restore and restart");

    await userEvent.click(byId("confirm-cancel"));
    await userEvent.click(restoreOf(UPGRADE));
    expect(screen.queryByTestId("confirm-error"), "the old refusal is not shown for another copy").toBeNull();

    refuse = false;
    await userEvent.click(accept());
    expect(callsOf("recover_database")).toEqual([{ name: "daily-1.db" }, { name: "before-upgrade.db" }]);
    expect(screen.queryByTestId("confirm-error")).toBeNull();
  });
});

describe("starting afresh", () => {
  it("asks first, saying the damaged file is set aside and what is lost, as a destructive action", async () => {
    render(RecoveryScreen, { recovery: RECOVERY });
    await userEvent.click(byId("recovery-start-empty"));
    expect(dialogTitle()).toBe("Start with an empty history?");
    const said = text("confirm-dialog");
    expect(said).toContain("The database Switchboard cannot open is moved to the backups folder, not deleted");
    expect(said).toContain("the keys stay in your OS keyring");
    expect(screen.queryByTestId("recovery-restore-what")).toBeNull();
    expect(accept().textContent?.trim()).toBe("Start afresh and restart");
    expect(accept().classList.contains("btn-danger")).toBe(true);
    expect(callsOf("recover_database")).toEqual([]);
  });

  it("asks the backend for an empty history (no backup) once confirmed", async () => {
    const restarted = deferred<null>();
    backend.handlers.set("recover_database", () => restarted.promise);
    render(RecoveryScreen, { recovery: RECOVERY });
    await userEvent.click(byId("recovery-start-empty"));
    await userEvent.click(accept());
    expect(callsOf("recover_database")).toEqual([{ name: null }]);
    expect(accept().textContent?.trim()).toBe("Restarting…");
    expect(dialog()?.getAttribute("aria-busy")).toBe("true");
  });

  it("shows why it could not start afresh", async () => {
    backend.handlers.set("recover_database", () => {
      throw { code: "io", message: "The damaged file cannot be moved aside." };
    });
    render(RecoveryScreen, { recovery: RECOVERY });
    await userEvent.click(byId("recovery-start-empty"));
    await userEvent.click(accept());
    expect((await screen.findByTestId("confirm-error")).textContent).toBe("The damaged file cannot be moved aside.");
    expect(accept().textContent?.trim()).toBe("Start afresh and restart");
    expect(accept().disabled).toBe(false);
  });
});

describe("a sound file kept from opening by something outside it", () => {
  const READ_ONLY: DatabaseRecovery = {
    ...RECOVERY,
    file_intact: true,
    error: {
      code: "storage",
      message: "/media/ro/switchboard.db cannot be written (a read-only file or folder, or no permission). Make it writable by your user, or start Switchboard with a data folder you can write (SWITCHBOARD_DATA_DIR).",
    },
  };

  it("says no damage was found and offers to start again first, without calling the file damaged", () => {
    render(RecoveryScreen, { recovery: READ_ONLY });
    expect(text("recovery-intact")).toContain("Start again once that is fixed");
    expect(text("recovery-intact")).toContain("Switchboard found no damage in the file");
    const sections = [...document.querySelectorAll("section")].map((s) => s.getAttribute("aria-labelledby"));
    expect(sections[1], "before the backups and starting afresh").toBe("recovery-retry-title");
    expect(text("recovery-start-empty")).toBe("Start with an empty history (keep the file aside)");
  });

  it("starts the app again, and says why when it could not", async () => {
    backend.handlers.set("start_again", () => new Promise(() => {}));
    const first = render(RecoveryScreen, { recovery: READ_ONLY });
    await userEvent.click(byId("recovery-retry"));
    expect(callsOf("start_again")).toHaveLength(1);
    expect(text("recovery-retry")).toBe("Restarting…");
    expect(byId<HTMLButtonElement>("recovery-retry").disabled).toBe(true);
    first.unmount();

    backend.handlers.set("start_again", () => {
      throw { code: "internal", message: "The app could not restart." };
    });
    render(RecoveryScreen, { recovery: READ_ONLY });
    await userEvent.click(byId("recovery-retry"));
    expect((await screen.findByTestId("recovery-retry-error")).textContent).toBe("The app could not restart.");
    expect(byId<HTMLButtonElement>("recovery-retry").disabled).toBe(false);
  });

  it("is not offered for a damaged file", () => {
    render(RecoveryScreen, { recovery: RECOVERY });
    expect(screen.queryByTestId("recovery-intact")).toBeNull();
    expect(text("recovery-start-empty")).toBe("Start with an empty history (keep the damaged file aside)");
  });
});
