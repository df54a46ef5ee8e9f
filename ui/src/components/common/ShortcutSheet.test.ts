// ShortcutSheet: shown only while navigation says it is open; every group and shortcut of
// lib/shortcuts.ts with its keys; a modal dialog whose focus starts on Close and stays there;
// Close, Esc, Ctrl+/ or a click outside shut it, and focus goes back to where it was.
import "@testing-library/svelte/vitest";
import { fireEvent, render, screen, within } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { flushSync } from "svelte";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

vi.mock("@tauri-apps/api/core", async () => (await import("../../test/fakeBackend")).fakeCore);

const { default: ShortcutSheet } = await import("./ShortcutSheet.svelte");
const { navigation } = await import("../../lib/state");
const { SHORTCUTS } = await import("../../lib/shortcuts");

let opener: HTMLButtonElement;

/** Opens the sheet from a focused button outside it, as the sidebar's Shortcuts button does. */
function open(): void {
  opener.focus();
  navigation.shortcutsOpen = true;
  flushSync();
}

const sheet = () => screen.getByTestId("shortcut-sheet");
const closeButton = () => screen.getByTestId<HTMLButtonElement>("shortcut-sheet-close");
/** A shortcut row as read: each key combination (alternatives joined by "or"), then what it
 * does. */
function rowText(row: HTMLElement): string {
  const dt = row.querySelector("dt") as HTMLElement;
  const keys = [...dt.children].map((el) => (el.classList.contains("or") ? "or" : [...el.querySelectorAll("kbd")].map((k) => k.textContent).join("+")));
  return `${keys.join(" ")} | ${row.querySelector("dd")?.textContent}`;
}

beforeEach(() => {
  navigation.shortcutsOpen = false;
  opener = document.createElement("button");
  opener.textContent = "Shortcuts";
  document.body.append(opener);
});
afterEach(() => {
  navigation.shortcutsOpen = false;
  flushSync();
  opener.remove();
});

describe("ShortcutSheet", () => {
  it("shows nothing until it is opened", () => {
    render(ShortcutSheet);
    expect(screen.queryByTestId("shortcut-sheet")).toBeNull();
    open();
    expect(screen.getByTestId("shortcut-sheet")).toBeTruthy();
  });

  it("is a modal dialog named by its title, with a Close button", () => {
    render(ShortcutSheet);
    open();
    expect(screen.getByRole("dialog", { name: "Keyboard shortcuts" })).toBe(sheet());
    expect(sheet().getAttribute("aria-modal")).toBe("true");
    expect(closeButton().getAttribute("aria-label")).toBe("Close");
  });

  it("lists every group, and every shortcut with its keys and what it does", () => {
    render(ShortcutSheet);
    open();
    const groups = within(sheet()).getAllByRole("heading", { level: 3 }).map((h) => h.textContent);
    expect(groups).toEqual(["Anywhere", "Message box", "Conversation list", "Search", "Messages (when one has focus)", "Editing a message"]);
    const rows = screen.getAllByTestId("shortcut");
    expect(rows).toHaveLength(SHORTCUTS.reduce((n, group) => n + group.shortcuts.length, 0));
    expect(rows).toHaveLength(33);
    expect(rowText(rows[0] as HTMLElement)).toBe("Ctrl+N | New chat");
    const next = rows.find((row) => row.querySelector("dd")?.textContent === "Next conversation") as HTMLElement;
    expect(rowText(next), "alternatives are joined by “or”").toBe("Ctrl+Tab or Ctrl+Page Down | Next conversation");
    expect(next.querySelector("dt")?.textContent?.replace(/\s+/g, " ").trim(), "read aloud with spaces around “or”").toBe("Ctrl+Tab or Ctrl+Page Down");
    const previous = rows.find((row) => row.querySelector("dd")?.textContent === "Previous conversation") as HTMLElement;
    expect(rowText(previous)).toBe("Ctrl+Shift+Tab or Ctrl+Page Up | Previous conversation");
    const sheetRow = rows.find((row) => row.textContent?.includes("This list of shortcuts")) as HTMLElement;
    expect(rowText(sheetRow)).toBe("Ctrl+/ or ? | This list of shortcuts (? outside text fields)");
    const send = within(sheet()).getByRole("heading", { name: "Message box" }).closest("section") as HTMLElement;
    expect(within(send).getAllByTestId("shortcut").map(rowText)).toEqual(["Enter | Send", "Shift+Enter | New line"]);
  });

  it("moves focus to Close when it opens", () => {
    render(ShortcutSheet);
    opener.focus();
    expect(document.activeElement).toBe(opener);
    open();
    expect(document.activeElement).toBe(closeButton());
  });

  it("keeps focus on Close: Tab and Shift+Tab do not leave the dialog", async () => {
    render(ShortcutSheet);
    open();
    await userEvent.tab();
    expect(document.activeElement).toBe(closeButton());
    await userEvent.tab({ shift: true });
    expect(document.activeElement).toBe(closeButton());
    expect(navigation.shortcutsOpen).toBe(true);
  });

  it("closes with Close, and focus goes back to where it was", async () => {
    render(ShortcutSheet);
    open();
    await userEvent.click(closeButton());
    expect(navigation.shortcutsOpen).toBe(false);
    expect(screen.queryByTestId("shortcut-sheet")).toBeNull();
    expect(document.activeElement).toBe(opener);
  });

  it("closes with Esc, which nothing behind it sees, and focus goes back", async () => {
    const behind = vi.fn();
    window.addEventListener("keydown", behind);
    try {
      render(ShortcutSheet);
      open();
      await userEvent.keyboard("{Escape}");
      expect(navigation.shortcutsOpen).toBe(false);
      expect(screen.queryByTestId("shortcut-sheet")).toBeNull();
      expect(document.activeElement).toBe(opener);
      expect(behind, "App's Esc does not act as well").not.toHaveBeenCalled();
    } finally {
      window.removeEventListener("keydown", behind);
    }
  });

  it("closes with Ctrl+/ (the key that opened it), not with / alone", async () => {
    const behind = vi.fn();
    window.addEventListener("keydown", behind);
    try {
      render(ShortcutSheet);
      open();
      await fireEvent.keyDown(closeButton(), { key: "/" });
      expect(navigation.shortcutsOpen, "/ without Ctrl").toBe(true);
      await fireEvent.keyDown(closeButton(), { key: "/", ctrlKey: true });
      expect(navigation.shortcutsOpen).toBe(false);
      expect(screen.queryByTestId("shortcut-sheet")).toBeNull();
      expect(document.activeElement).toBe(opener);
      expect(behind.mock.calls.map(([e]) => (e as KeyboardEvent).ctrlKey), "App does not open it again").toEqual([false]);
    } finally {
      window.removeEventListener("keydown", behind);
    }
  });

  it("closes on a click outside the sheet, not on one inside it", async () => {
    render(ShortcutSheet);
    open();
    await userEvent.click(screen.getByText("New chat"));
    await userEvent.click(screen.getByRole("heading", { name: "Keyboard shortcuts" }));
    expect(navigation.shortcutsOpen).toBe(true);
    await userEvent.click(sheet().parentElement as HTMLElement);
    expect(navigation.shortcutsOpen).toBe(false);
    expect(screen.queryByTestId("shortcut-sheet")).toBeNull();
  });

  it("does not try to give focus back to what is no longer in the page", async () => {
    render(ShortcutSheet);
    open();
    opener.remove();
    await userEvent.click(closeButton());
    expect(navigation.shortcutsOpen).toBe(false);
    expect(document.activeElement).not.toBe(opener);
  });
});
