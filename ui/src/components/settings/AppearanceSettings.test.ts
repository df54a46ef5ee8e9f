// AppearanceSettings (Settings → Appearance): the text size as a choice of the zoom steps (the
// current one chosen, 100 % marked as the default), applied to the whole app and kept on this
// computer; Reset back to 100 % (only when it is not already); the keyboard shortcuts sheet.
import "@testing-library/svelte/vitest";
import { render, screen } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { flushSync } from "svelte";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

vi.mock("@tauri-apps/api/core", async () => (await import("../../test/fakeBackend")).fakeCore);

const { default: AppearanceSettings } = await import("./AppearanceSettings.svelte");
const { navigation } = await import("../../lib/state");
const { zoom, ZOOM_KEY } = await import("../../lib/zoom.svelte");

const select = () => screen.getByTestId<HTMLSelectElement>("font-size-select");
const reset = () => screen.getByTestId<HTMLButtonElement>("font-size-reset");

beforeEach(() => {
  zoom.set(100);
  localStorage.clear();
  navigation.shortcutsOpen = false;
});
afterEach(() => {
  zoom.set(100);
  localStorage.clear();
  navigation.shortcutsOpen = false;
});

describe("AppearanceSettings", () => {
  it("offers every text size, 100 % marked as the default and chosen", () => {
    render(AppearanceSettings);
    expect(screen.getByRole("heading", { name: "Appearance" })).toBeTruthy();
    expect(screen.getByLabelText("Text size")).toBe(select());
    expect([...select().options].map((o) => o.textContent)).toEqual([
      "50 %", "67 %", "75 %", "80 %", "90 %", "100 % (default)", "110 %", "125 %", "150 %", "175 %", "200 %",
    ]);
    expect(select().value).toBe("100");
    expect(select().selectedOptions[0]?.textContent).toBe("100 % (default)");
    expect(reset().disabled, "already the default").toBe(true);
  });

  it("starts from the size in use", () => {
    zoom.set(150);
    render(AppearanceSettings);
    expect(select().value).toBe("150");
    expect(reset().disabled).toBe(false);
  });

  it("applies the size chosen to the whole app and keeps it on this computer", async () => {
    render(AppearanceSettings);
    await userEvent.selectOptions(select(), "125");
    expect(zoom.percent).toBe(125);
    expect(document.documentElement.style.fontSize).toBe("125%");
    expect(localStorage.getItem(ZOOM_KEY)).toBe("125");
    expect(select().value).toBe("125");
    expect(reset().disabled).toBe(false);
    await userEvent.selectOptions(select(), "67 %");
    expect(zoom.percent).toBe(67);
    expect(document.documentElement.style.fontSize).toBe("67%");
    expect(localStorage.getItem(ZOOM_KEY)).toBe("67");
  });

  it("Reset goes back to 100 % and forgets the stored size", async () => {
    zoom.set(175);
    render(AppearanceSettings);
    expect(localStorage.getItem(ZOOM_KEY)).toBe("175");
    await userEvent.click(reset());
    expect(zoom.percent).toBe(100);
    expect(document.documentElement.style.fontSize).toBe("100%");
    expect(localStorage.getItem(ZOOM_KEY)).toBeNull();
    expect(select().value).toBe("100");
    expect(reset().disabled).toBe(true);
  });

  it("follows a size changed elsewhere (Ctrl+= / Ctrl+-)", () => {
    render(AppearanceSettings);
    zoom.zoomIn();
    flushSync();
    expect(select().value).toBe("110");
    expect(reset().disabled).toBe(false);
    zoom.zoomOut();
    zoom.zoomOut();
    flushSync();
    expect(select().value).toBe("90");
  });

  it("says the keys that do the same", () => {
    render(AppearanceSettings);
    const hints = [...document.querySelectorAll(".hint")].map((el) => el.textContent?.replace(/\s+/g, " ").trim());
    expect(hints).toEqual(["Also Ctrl+= larger, Ctrl+- smaller, Ctrl+0 reset.", "Or press Ctrl+/ anywhere."]);
  });

  it("opens the keyboard shortcuts sheet", async () => {
    render(AppearanceSettings);
    const open = screen.getByTestId("open-shortcuts");
    expect(open.textContent?.trim()).toBe("Keyboard shortcuts");
    expect(navigation.shortcutsOpen).toBe(false);
    await userEvent.click(open);
    expect(navigation.shortcutsOpen).toBe(true);
  });
});
