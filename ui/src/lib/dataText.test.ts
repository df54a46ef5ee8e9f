import { describe, expect, it } from "vitest";
import { backupDate, kindLabel, newestFirst, parseKeep } from "./backups";
import { exportLocation, folderOf, progressFraction, progressText } from "./transfer";

describe("backups in words", () => {
  it("names every kind", () => {
    expect(["daily", "manual", "before_update", "before_upgrade", "replaced", "damaged"].map((k) => kindLabel(k as never))).toEqual([
      "Daily copy",
      "Made with “Back up now”",
      "Before an app update",
      "Before a database upgrade",
      "Replaced by a restore",
      "Set aside: could not be opened",
    ]);
  });

  it("lists newest first and dates them for a person", () => {
    const list = newestFirst([
      { name: "a", kind: "daily", created_at: 1, size: 1 },
      { name: "b", kind: "daily", created_at: 3, size: 1 },
      { name: "c", kind: "daily", created_at: 2, size: 1 },
    ]);
    expect(list.map((b) => b.name)).toEqual(["b", "c", "a"]);
    expect(backupDate(Date.UTC(2025, 0, 15, 12), "en-GB")).toContain("2025");
  });

  it("keeps 1 to 365 daily copies, whole numbers only", () => {
    expect(parseKeep(" 30 ")).toEqual({ ok: true, keep: 30 });
    for (const bad of ["", "0", "366", "2.5", "ten"]) expect(parseKeep(bad).ok, bad).toBe(false);
  });
});

describe("imports and exports in words", () => {
  it("says the import reads the file first, then counts what it stored", () => {
    expect(progressText(null)).toBe("Reading the file…");
    expect(progressText({ done: 2, total: 1 })).toBe("Stored 2 of 1 conversation");
    expect(progressFraction(null)).toBeNull();
    expect(progressFraction({ done: 1, total: 4 })).toBe(0.25);
    expect(progressFraction({ done: 0, total: 0 }), "nothing to store: unknown, not 0/0").toBeNull();
  });

  it("says where an export went: its file, or the folder of a Markdown export of everything", () => {
    const summary = { conversations: 2, messages: 3, attachments: 0, files: ["C:\\Users\\u\\Downloads\\sb\\a.md", "C:\\Users\\u\\Downloads\\sb\\b.md"] };
    expect(exportLocation(summary, false)).toEqual({ kind: "file", path: "C:\\Users\\u\\Downloads\\sb\\a.md" });
    expect(exportLocation(summary, true)).toEqual({ kind: "folder", path: "C:\\Users\\u\\Downloads\\sb" });
    expect(exportLocation({ ...summary, files: [] }, true), "nothing written").toBeNull();
    expect(folderOf("/x.json")).toBe("/");
    expect(folderOf("x.json")).toBe("");
  });
});
