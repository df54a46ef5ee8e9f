// ConversationItem: the title (or "New chat"), the open one marked, and each action reaching the
// conversations store: open, pin, archive, rename inline (F2, Enter, Esc), delete (Delete).
import "@testing-library/svelte/vitest";
import { render, screen } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { Conversation } from "../../lib/bindings";

vi.mock("@tauri-apps/api/core", async () => (await import("../../test/fakeBackend")).fakeCore);

const { default: ConversationItem } = await import("./ConversationItem.svelte");
const { chat, conversations } = await import("../../lib/state");

const NOW = 1_700_000_000_000;
const hello: Conversation = { id: 7, title: "Hello", pinned: false, archived: false, created_at: NOW, updated_at: NOW };

beforeEach(() => {
  chat.activeId = null;
});
afterEach(() => vi.restoreAllMocks());

describe("ConversationItem", () => {
  it("shows the title, and New chat for an untitled one", () => {
    const { unmount } = render(ConversationItem, { conversation: hello, now: NOW });
    expect(screen.getByTestId("conversation-item").textContent).toContain("Hello");
    unmount();
    render(ConversationItem, { conversation: { ...hello, title: "  " }, now: NOW });
    expect(screen.getByTestId("conversation-item").textContent).toContain("New chat");
  });

  it("marks the open conversation", () => {
    chat.activeId = 7;
    render(ConversationItem, { conversation: hello, now: NOW });
    const item = screen.getByTestId("conversation-item");
    expect(item.dataset.active).toBe("true");
    expect(item.getAttribute("aria-current")).toBe("page");
  });

  it("opens the conversation when clicked", async () => {
    const open = vi.spyOn(chat, "openConversation").mockResolvedValue(undefined);
    render(ConversationItem, { conversation: hello, now: NOW });
    await userEvent.click(screen.getByTestId("conversation-item"));
    expect(open).toHaveBeenCalledWith(7);
  });

  it("pins and archives through the store, and an archived one offers no pin", async () => {
    const pin = vi.spyOn(conversations, "setPinned").mockResolvedValue(undefined);
    const archive = vi.spyOn(conversations, "setArchived").mockResolvedValue(undefined);
    const { unmount } = render(ConversationItem, { conversation: { ...hello, pinned: true }, now: NOW });
    expect(screen.getByTestId("conversation-pin").getAttribute("aria-label")).toBe("Unpin “Hello”");
    await userEvent.click(screen.getByTestId("conversation-pin"));
    expect(pin).toHaveBeenCalledWith(7, false);
    await userEvent.click(screen.getByTestId("conversation-archive"));
    expect(archive).toHaveBeenCalledWith(7, true);
    unmount();
    render(ConversationItem, { conversation: { ...hello, archived: true }, now: NOW });
    expect(screen.queryByTestId("conversation-pin")).toBeNull();
    expect(screen.getByTestId("conversation-archive").getAttribute("aria-label")).toBe("Move “Hello” out of Archived");
  });

  it("renames inline: F2 opens the field, Enter saves the trimmed title", async () => {
    const rename = vi.spyOn(conversations, "rename").mockResolvedValue(undefined);
    render(ConversationItem, { conversation: hello, now: NOW });
    screen.getByTestId("conversation-item").focus();
    await userEvent.keyboard("{F2}");
    const field = screen.getByRole<HTMLInputElement>("textbox", { name: "Conversation title" });
    expect(field.value).toBe("Hello");
    await userEvent.clear(field);
    await userEvent.type(field, "  Greetings {Enter}");
    expect(rename).toHaveBeenCalledWith(7, "Greetings");
    expect(screen.queryByRole("textbox")).toBeNull();
  });

  it("Esc leaves the title as it was, and an unchanged title is not saved", async () => {
    const rename = vi.spyOn(conversations, "rename").mockResolvedValue(undefined);
    render(ConversationItem, { conversation: hello, now: NOW });
    await userEvent.click(screen.getByTestId("conversation-rename"));
    await userEvent.type(screen.getByRole("textbox"), " again{Escape}");
    expect(screen.queryByRole("textbox")).toBeNull();
    await userEvent.click(screen.getByTestId("conversation-rename"));
    await userEvent.keyboard("{Enter}");
    expect(rename).not.toHaveBeenCalled();
  });

  it("deletes with Undo from the button and from the Delete key", async () => {
    const remove = vi.spyOn(conversations, "remove").mockResolvedValue(undefined);
    render(ConversationItem, { conversation: hello, now: NOW });
    await userEvent.click(screen.getByTestId("conversation-delete"));
    expect(remove).toHaveBeenCalledWith(7);
    screen.getByTestId("conversation-item").focus();
    await userEvent.keyboard("{Delete}");
    expect(remove).toHaveBeenCalledTimes(2);
  });
});
