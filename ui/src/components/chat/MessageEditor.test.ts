// MessageEditor: starts from the message, sends the new version through the turns store (Enter
// or the button), keeps what was typed and says why when it is not sent, and closes on Esc.
import "@testing-library/svelte/vitest";
import { fireEvent, render, screen } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { Attachment, Message, Provider } from "../../lib/bindings";

vi.mock("@tauri-apps/api/core", async () => (await import("../../test/fakeBackend")).fakeCore);

const { default: MessageEditor } = await import("./MessageEditor.svelte");
const { chat, providers, turns } = await import("../../lib/state");
const { AUTO } = await import("../../lib/choice");

const provider: Provider = {
  id: 1, name: "OpenAI", kind: "openai", base_url: "https://api.openai.com/v1", default_model: "gpt-4.1-mini",
  vendor: null, local: false, has_key: true, created_at: 1, settings: {},
};
const notes: Attachment = { id: 40, name: "notes.txt", mime: "text/plain", size: 12, kind: "text" };
const prompt: Message = {
  id: 10, conversation_id: 7, role: "user", content: "What is 2+2?", status: "complete", model: null, provider: null,
  usage: null, error: null, reasoning: null, stop: null, created_at: 5, updated_at: 6, attachments: [], parent_id: null,
};

beforeEach(() => {
  // Auto on the new-chat screen with a provider: someone can answer.
  chat.activeId = null;
  chat.newChatChoice = AUTO;
  providers.list = [provider];
  turns.turn = null;
  turns.composerError = null;
});
afterEach(() => vi.restoreAllMocks());

function input(): HTMLTextAreaElement {
  return screen.getByTestId<HTMLTextAreaElement>("message-edit-input");
}

describe("MessageEditor", () => {
  it("starts from the message's text, focused", () => {
    render(MessageEditor, { message: prompt, onclose: () => {} });
    expect(input().value).toBe("What is 2+2?");
    expect(document.activeElement).toBe(input());
  });

  it("Enter sends the edited text as a new version of the message, then closes", async () => {
    const edit = vi.spyOn(turns, "editMessage").mockResolvedValue(true);
    const onclose = vi.fn();
    render(MessageEditor, { message: prompt, onclose });
    await userEvent.clear(input());
    await userEvent.type(input(), "What is 3+3?{Enter}");
    expect(edit).toHaveBeenCalledWith(10, "What is 3+3?", []);
    expect(onclose).toHaveBeenCalledWith(true);
  });

  it("Shift+Enter adds a line instead of sending", async () => {
    const edit = vi.spyOn(turns, "editMessage").mockResolvedValue(true);
    render(MessageEditor, { message: prompt, onclose: () => {} });
    await userEvent.type(input(), "{Shift>}{Enter}{/Shift}more");
    expect(edit).not.toHaveBeenCalled();
    expect(input().value).toBe("What is 2+2?\nmore");
  });

  it("stays open with what was typed and says why when the version is not sent", async () => {
    vi.spyOn(turns, "editMessage").mockImplementation(async () => {
      turns.composerError = { code: "budget_exceeded", message: "Over the monthly cap." };
      return false;
    });
    const onclose = vi.fn();
    render(MessageEditor, { message: prompt, onclose });
    await userEvent.type(input(), " Really?");
    await userEvent.click(screen.getByTestId("message-edit-send"));
    expect((await screen.findByTestId("message-edit-error")).textContent).toBe("Over the monthly cap.");
    expect(input().value).toBe("What is 2+2? Really?");
    expect(onclose).not.toHaveBeenCalled();
  });

  it("cannot send an empty version, nor while a turn is on its way", async () => {
    const { unmount } = render(MessageEditor, { message: prompt, onclose: () => {} });
    await userEvent.clear(input());
    expect(screen.getByTestId<HTMLButtonElement>("message-edit-send").disabled).toBe(true);
    unmount();
    vi.spyOn(turns, "busy", "get").mockReturnValue(true);
    render(MessageEditor, { message: prompt, onclose: () => {} });
    expect(screen.getByTestId<HTMLButtonElement>("message-edit-send").disabled).toBe(true);
  });

  it("Esc and Cancel close without sending, and Esc goes no further", async () => {
    const edit = vi.spyOn(turns, "editMessage").mockResolvedValue(true);
    const onclose = vi.fn();
    render(MessageEditor, { message: prompt, onclose });
    const outside = vi.fn();
    window.addEventListener("keydown", outside);
    await fireEvent.keyDown(input(), { key: "Escape" });
    window.removeEventListener("keydown", outside);
    expect(onclose).toHaveBeenLastCalledWith(false);
    expect(outside, "App must not also stop an answer").not.toHaveBeenCalled();
    await userEvent.click(screen.getByTestId("message-edit-cancel"));
    expect(onclose).toHaveBeenCalledTimes(2);
    expect(edit).not.toHaveBeenCalled();
  });

  it("lists the message's files, and one removed is not sent again", async () => {
    const edit = vi.spyOn(turns, "editMessage").mockResolvedValue(true);
    render(MessageEditor, { message: { ...prompt, attachments: [notes] }, onclose: () => {} });
    expect(screen.getByRole("list", { name: "Files sent with it" }).textContent).toContain("notes.txt");
    await userEvent.click(screen.getByRole("button", { name: "Do not send notes.txt again" }));
    expect(screen.queryByRole("list", { name: "Files sent with it" })).toBeNull();
    await userEvent.click(screen.getByTestId("message-edit-send"));
    expect(edit).toHaveBeenCalledWith(10, "What is 2+2?", []);
  });
});
