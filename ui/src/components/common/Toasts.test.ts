// Toasts: the polite live region (always in the page), the deletion waiting for Undo (Undo takes
// it back, the × commits it now) and the short status toast, which goes after a few seconds.
import "@testing-library/svelte/vitest";
import { render, screen, within } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { flushSync } from "svelte";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

vi.mock("@tauri-apps/api/core", async () => (await import("../../test/fakeBackend")).fakeCore);

const { default: Toasts } = await import("./Toasts.svelte");
const { notices } = await import("../../lib/state");
const { UNDO_DELAY_MS } = await import("../../lib/undo.svelte");

let commit: ReturnType<typeof vi.fn<() => Promise<void>>>;
let revert: ReturnType<typeof vi.fn<() => void>>;

/** A deletion waiting for its Undo toast, as deleting a message schedules one. */
function deleteSomething(text = "Message deleted"): void {
  void notices.deletions.schedule(text, commit, revert);
  flushSync();
}

const region = () => screen.getByRole("status");

beforeEach(() => {
  commit = vi.fn(() => Promise.resolve());
  revert = vi.fn();
  notices.said = null;
});
afterEach(() => {
  notices.deletions.undo();
  notices.said = null;
  vi.useRealTimers();
});

describe("Toasts", () => {
  it("keeps an empty polite live region in the page when there is nothing to say", () => {
    render(Toasts);
    expect(region().getAttribute("aria-live")).toBe("polite");
    expect(region().textContent?.trim()).toBe("");
    expect(screen.queryByTestId("undo-toast")).toBeNull();
    expect(screen.queryByTestId("status-toast")).toBeNull();
  });

  it("shows the deletion that can be undone, with Undo and Delete now, in the region", () => {
    render(Toasts);
    deleteSomething("Deleted “Chat 8”");
    const toast = screen.getByTestId("undo-toast");
    expect(region().contains(toast), "announced").toBe(true);
    expect(toast.querySelector(".text")?.textContent).toBe("Deleted “Chat 8”");
    const undo = within(toast).getByRole("button", { name: "Undo" });
    expect(undo).toBe(screen.getByTestId("undo-button"));
    expect(undo.getAttribute("title")).toBe("Undo (Ctrl+Z)");
    expect(within(toast).getByRole("button", { name: "Delete now" }).getAttribute("title")).toBe("Delete now");
  });

  it("Undo takes the deletion back and the toast goes; nothing is deleted", async () => {
    render(Toasts);
    deleteSomething();
    await userEvent.click(screen.getByTestId("undo-button"));
    expect(revert).toHaveBeenCalledTimes(1);
    expect(commit).not.toHaveBeenCalled();
    expect(notices.deletions.pending).toBeNull();
    expect(screen.queryByTestId("undo-toast")).toBeNull();
  });

  it("Delete now commits the deletion at once and the toast goes", async () => {
    render(Toasts);
    deleteSomething();
    await userEvent.click(screen.getByRole("button", { name: "Delete now" }));
    expect(commit).toHaveBeenCalledTimes(1);
    expect(revert).not.toHaveBeenCalled();
    expect(notices.deletions.pending).toBeNull();
    expect(screen.queryByTestId("undo-toast")).toBeNull();
  });

  it("a second deletion commits the first and its toast says what Undo would bring back now", async () => {
    render(Toasts);
    deleteSomething("Message deleted");
    const first = commit;
    commit = vi.fn(() => Promise.resolve());
    deleteSomething("Deleted “Chat 8”");
    expect(first).toHaveBeenCalledTimes(1);
    expect(screen.getAllByTestId("undo-toast")).toHaveLength(1);
    expect(screen.getByTestId("undo-toast").querySelector(".text")?.textContent).toBe("Deleted “Chat 8”");
    await userEvent.click(screen.getByTestId("undo-button"));
    expect(revert).toHaveBeenCalledTimes(1);
    expect(commit, "the second is not deleted").not.toHaveBeenCalled();
  });

  it("the deletion's toast goes by itself once its time is up, and it is committed", async () => {
    vi.useFakeTimers();
    render(Toasts);
    deleteSomething();
    await vi.advanceTimersByTimeAsync(UNDO_DELAY_MS - 1);
    flushSync();
    expect(screen.getByTestId("undo-toast")).toBeTruthy();
    expect(commit).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    flushSync();
    expect(commit).toHaveBeenCalledTimes(1);
    expect(screen.queryByTestId("undo-toast")).toBeNull();
  });

  it("says a short confirmation in the region, for three seconds", async () => {
    vi.useFakeTimers();
    render(Toasts);
    notices.say("Copied as Markdown");
    flushSync();
    const toast = screen.getByTestId("status-toast");
    expect(toast.textContent?.trim()).toBe("Copied as Markdown");
    expect(region().contains(toast)).toBe(true);
    expect(within(toast).queryByRole("button"), "nothing to click").toBeNull();
    await vi.advanceTimersByTimeAsync(2999);
    flushSync();
    expect(screen.getByTestId("status-toast").textContent?.trim()).toBe("Copied as Markdown");
    await vi.advanceTimersByTimeAsync(1);
    flushSync();
    expect(screen.queryByTestId("status-toast")).toBeNull();
  });

  it("a new confirmation replaces the one shown", () => {
    render(Toasts);
    notices.say("Copied as Markdown");
    notices.say("Path copied");
    flushSync();
    expect(screen.getAllByTestId("status-toast").map((el) => el.textContent?.trim())).toEqual(["Path copied"]);
  });

  it("shows the Undo toast and a confirmation together, Undo first", () => {
    render(Toasts);
    deleteSomething("Message deleted");
    notices.say("Pinned to the top");
    flushSync();
    const toasts = [...region().children].map((el) => (el as HTMLElement).dataset.testid);
    expect(toasts).toEqual(["undo-toast", "status-toast"]);
    expect(screen.getByTestId("undo-toast").textContent).toContain("Message deleted");
    expect(screen.getByTestId("status-toast").textContent?.trim()).toBe("Pinned to the top");
  });
});
