// BackupList: each backup with its kind, date and size, newest first as given, and Restore…
// handing that backup to the screen that shows the list.
import "@testing-library/svelte/vitest";
import { render, screen, within } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import type { BackupInfo } from "../../lib/bindings";
import { backupDate, kindLabel } from "../../lib/backups";
import BackupList from "./BackupList.svelte";

const daily: BackupInfo = { name: "daily-2024-05-02.db", kind: "daily", created_at: 1_714_608_000_000, size: 2048 };
const manual: BackupInfo = { name: "manual-2024-05-01.db", kind: "manual", created_at: 1_714_521_600_000, size: 1_500_000 };

function renderList(onrestore = vi.fn()) {
  render(BackupList, { backups: [daily, manual], onrestore, itemTestId: "backup", restoreTestId: "backup-restore" });
  return onrestore;
}

describe("BackupList", () => {
  it("shows each backup's kind, date and size, in the order given", () => {
    renderList();
    const items = screen.getAllByTestId("backup");
    expect(items.map((el) => el.dataset.kind)).toEqual(["daily", "manual"]);
    const first = within(items[0] as HTMLElement);
    expect(first.getByTestId("backup-kind").textContent).toBe(kindLabel("daily"));
    expect(first.getByTestId("backup-date").textContent).toBe(backupDate(daily.created_at));
    expect(first.getByTestId("backup-size").textContent).toBe("2 KB");
    expect(within(items[1] as HTMLElement).getByTestId("backup-size").textContent).toBe("1.4 MB");
  });

  it("hands the backup whose Restore… was clicked to the screen", async () => {
    const onrestore = renderList();
    const buttons = screen.getAllByTestId("backup-restore");
    expect(buttons[1]?.getAttribute("aria-label")).toBe(`Restore the backup of ${backupDate(manual.created_at)}`);
    await userEvent.click(buttons[1] as HTMLElement);
    expect(onrestore).toHaveBeenCalledExactlyOnceWith(manual);
  });

  it("uses the test ids it is given (Settings and the recovery screen each have their own)", () => {
    render(BackupList, { backups: [daily], onrestore: () => {}, itemTestId: "recovery-backup", restoreTestId: "recovery-restore" });
    expect(screen.getAllByTestId("recovery-backup")).toHaveLength(1);
    expect(screen.getAllByTestId("recovery-restore")).toHaveLength(1);
  });
});
