// ConfirmDialog: the question (title, what will happen, Cancel or the action), focus starting on
// Cancel, kept in the dialog and given back when it closes; Esc, Cancel, Enter on Cancel or a
// click outside cancel, the action button confirms; while the action runs nothing cancels and
// the action says so; why it failed is shown in the dialog.
import "@testing-library/svelte/vitest";
import { fireEvent, render, screen } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { createRawSnippet } from "svelte";
import { afterEach, describe, expect, it, vi } from "vitest";
import ConfirmDialog from "./ConfirmDialog.svelte";

const body = createRawSnippet(() => ({ render: () => "<p>The backup replaces your history.</p>" }));

type Props = {
  title?: string;
  confirmLabel?: string;
  danger?: boolean;
  busy?: boolean;
  busyLabel?: string;
  error?: string | null;
};

function renderDialog(props: Props = {}) {
  const onconfirm = vi.fn();
  const oncancel = vi.fn();
  const result = render(ConfirmDialog, {
    title: "Restore this backup?",
    confirmLabel: "Restore and restart",
    onconfirm,
    oncancel,
    children: body,
    ...props,
  });
  return { ...result, onconfirm, oncancel };
}

const dialog = () => screen.getByTestId("confirm-dialog");
const cancelButton = () => screen.getByTestId<HTMLButtonElement>("confirm-cancel");
const acceptButton = () => screen.getByTestId<HTMLButtonElement>("confirm-accept");

let opener: HTMLButtonElement | null = null;
/** A button outside the dialog that has focus when it opens. */
function focusOpener(): HTMLButtonElement {
  opener = document.createElement("button");
  opener.textContent = "Restore…";
  document.body.append(opener);
  opener.focus();
  return opener;
}

afterEach(() => {
  opener?.remove();
  opener = null;
});

describe("ConfirmDialog", () => {
  it("asks its question: the title, what will happen, Cancel and the action", () => {
    renderDialog();
    const el = dialog();
    expect(el.getAttribute("role")).toBe("alertdialog");
    expect(el.getAttribute("aria-modal")).toBe("true");
    expect(el.getAttribute("aria-busy")).toBe("false");
    const title = document.getElementById(el.getAttribute("aria-labelledby") ?? "");
    expect(title?.tagName).toBe("H2");
    expect(title?.textContent).toBe("Restore this backup?");
    const described = document.getElementById(el.getAttribute("aria-describedby") ?? "");
    expect(described?.textContent).toBe("The backup replaces your history.");
    expect(screen.getByRole("alertdialog", { name: "Restore this backup?" })).toBe(el);
    expect(cancelButton().textContent?.trim()).toBe("Cancel");
    expect(acceptButton().textContent?.trim()).toBe("Restore and restart");
    expect(cancelButton().disabled).toBe(false);
    expect(acceptButton().disabled).toBe(false);
    expect(screen.queryByTestId("confirm-error")).toBeNull();
  });

  it("styles a destructive action as such, and any other as the primary one", () => {
    const { unmount } = renderDialog({ danger: true });
    expect(acceptButton().classList.contains("btn-danger")).toBe(true);
    expect(acceptButton().classList.contains("btn-primary")).toBe(false);
    unmount();
    renderDialog();
    expect(acceptButton().classList.contains("btn-primary")).toBe(true);
    expect(acceptButton().classList.contains("btn-danger")).toBe(false);
  });

  it("confirms with the action button, and only confirms", async () => {
    const { onconfirm, oncancel } = renderDialog();
    await userEvent.click(acceptButton());
    expect(onconfirm).toHaveBeenCalledTimes(1);
    expect(oncancel).not.toHaveBeenCalled();
  });

  it("cancels with Cancel, and only cancels", async () => {
    const { onconfirm, oncancel } = renderDialog();
    await userEvent.click(cancelButton());
    expect(oncancel).toHaveBeenCalledTimes(1);
    expect(onconfirm).not.toHaveBeenCalled();
  });

  it("starts with focus on Cancel, so Enter cancels rather than acts", async () => {
    focusOpener();
    const { onconfirm, oncancel } = renderDialog();
    expect(document.activeElement).toBe(cancelButton());
    await userEvent.keyboard("{Enter}");
    expect(oncancel).toHaveBeenCalledTimes(1);
    expect(onconfirm).not.toHaveBeenCalled();
  });

  it("confirms with Enter once focus is on the action", async () => {
    const { onconfirm, oncancel } = renderDialog();
    await userEvent.tab();
    expect(document.activeElement).toBe(acceptButton());
    await userEvent.keyboard("{Enter}");
    expect(onconfirm).toHaveBeenCalledTimes(1);
    expect(oncancel).not.toHaveBeenCalled();
  });

  it("keeps focus in the dialog: Tab and Shift+Tab go round its two buttons", async () => {
    renderDialog();
    expect(document.activeElement).toBe(cancelButton());
    await userEvent.tab();
    expect(document.activeElement).toBe(acceptButton());
    await userEvent.tab();
    expect(document.activeElement, "from the last button back to the first").toBe(cancelButton());
    await userEvent.tab({ shift: true });
    expect(document.activeElement, "from the first button back to the last").toBe(acceptButton());
    await userEvent.tab({ shift: true });
    expect(document.activeElement).toBe(cancelButton());
  });

  it("cancels with Esc, which nothing behind the dialog sees", async () => {
    const behind = vi.fn();
    window.addEventListener("keydown", behind);
    try {
      const { onconfirm, oncancel } = renderDialog();
      await userEvent.keyboard("{Escape}");
      expect(oncancel).toHaveBeenCalledTimes(1);
      expect(onconfirm).not.toHaveBeenCalled();
      expect(behind, "App's Esc does not act as well").not.toHaveBeenCalled();
    } finally {
      window.removeEventListener("keydown", behind);
    }
  });

  it("cancels on a click outside it, not on one inside it", async () => {
    const { oncancel } = renderDialog();
    await userEvent.click(screen.getByText("The backup replaces your history."));
    await userEvent.click(screen.getByRole("heading", { name: "Restore this backup?" }));
    expect(oncancel).not.toHaveBeenCalled();
    const backdrop = dialog().parentElement as HTMLElement;
    expect(backdrop.getAttribute("role")).toBe("presentation");
    await userEvent.click(backdrop);
    expect(oncancel).toHaveBeenCalledTimes(1);
  });

  it("gives focus back to where it was when it closes", () => {
    const before = focusOpener();
    const { unmount } = renderDialog();
    expect(document.activeElement).toBe(cancelButton());
    unmount();
    expect(document.activeElement).toBe(before);
  });

  it("while the action runs: the buttons wait, the action says so, and nothing cancels", async () => {
    const { onconfirm, oncancel } = renderDialog({ busy: true, busyLabel: "Restarting…" });
    expect(dialog().getAttribute("aria-busy")).toBe("true");
    expect(cancelButton().disabled).toBe(true);
    expect(acceptButton().disabled).toBe(true);
    expect(acceptButton().textContent?.trim()).toBe("Restarting…");
    await fireEvent.keyDown(dialog(), { key: "Escape" });
    await fireEvent.click(dialog().parentElement as HTMLElement);
    await fireEvent.click(cancelButton());
    expect(oncancel).not.toHaveBeenCalled();
    expect(onconfirm).not.toHaveBeenCalled();
  });

  it("says Working… while busy when told no other word", async () => {
    const { rerender } = renderDialog();
    expect(acceptButton().textContent?.trim()).toBe("Restore and restart");
    await rerender({ busy: true });
    expect(acceptButton().textContent?.trim()).toBe("Working…");
    await rerender({ busy: false });
    expect(acceptButton().textContent?.trim(), "and its label again once it is done").toBe("Restore and restart");
    expect(acceptButton().disabled).toBe(false);
  });

  it("shows why the action failed, as an alert in the dialog", async () => {
    const { rerender } = renderDialog({ error: "The backup cannot be read." });
    const error = screen.getByTestId("confirm-error");
    expect(error.textContent).toBe("The backup cannot be read.");
    expect(error.getAttribute("role")).toBe("alert");
    expect(dialog().contains(error)).toBe(true);
    await rerender({ error: null });
    expect(screen.queryByTestId("confirm-error")).toBeNull();
  });
});
