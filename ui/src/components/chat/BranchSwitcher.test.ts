// BranchSwitcher: the `n/m` count, which arrows can be used, and that an arrow shows the
// sibling's branch through the open conversation's store.
import "@testing-library/svelte/vitest";
import { render, screen } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";

vi.mock("@tauri-apps/api/core", async () => (await import("../../test/fakeBackend")).fakeCore);

const { default: BranchSwitcher } = await import("./BranchSwitcher.svelte");
const { chat } = await import("../../lib/state");

afterEach(() => vi.restoreAllMocks());

function selectBranchSpy() {
  return vi.spyOn(chat, "selectBranch").mockResolvedValue(undefined);
}

describe("BranchSwitcher", () => {
  it("shows which version this is of how many", () => {
    render(BranchSwitcher, { messageId: 12, siblings: [11, 12, 13] });
    expect(screen.getByTestId("branch-count").textContent).toBe("2/3");
    expect(screen.getByRole("group").getAttribute("aria-label")).toBe("Version 2 of 3");
  });

  it("offers no previous version on the first and no next one on the last", () => {
    const { unmount } = render(BranchSwitcher, { messageId: 11, siblings: [11, 12] });
    expect(screen.getByTestId<HTMLButtonElement>("branch-prev").disabled).toBe(true);
    expect(screen.getByTestId<HTMLButtonElement>("branch-next").disabled).toBe(false);
    unmount();
    render(BranchSwitcher, { messageId: 12, siblings: [11, 12] });
    expect(screen.getByTestId<HTMLButtonElement>("branch-prev").disabled).toBe(false);
    expect(screen.getByTestId<HTMLButtonElement>("branch-next").disabled).toBe(true);
  });

  it("shows the next or previous sibling's branch when an arrow is clicked", async () => {
    const select = selectBranchSpy();
    render(BranchSwitcher, { messageId: 12, siblings: [11, 12, 13] });
    await userEvent.click(screen.getByTestId("branch-next"));
    expect(select).toHaveBeenLastCalledWith(13);
    await userEvent.click(screen.getByTestId("branch-prev"));
    expect(select).toHaveBeenLastCalledWith(11);
    expect(select).toHaveBeenCalledTimes(2);
  });

  it("switches nothing while a turn is on its way (disabled)", async () => {
    const select = selectBranchSpy();
    render(BranchSwitcher, { messageId: 12, siblings: [11, 12, 13], disabled: true });
    expect(screen.getByTestId<HTMLButtonElement>("branch-prev").disabled).toBe(true);
    expect(screen.getByTestId<HTMLButtonElement>("branch-next").disabled).toBe(true);
    await userEvent.click(screen.getByTestId("branch-next"));
    expect(select).not.toHaveBeenCalled();
  });
});
