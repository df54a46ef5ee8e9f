// MessageActions: copying (as Markdown or plain text, and saying so), edit and resend for the
// user's messages, regenerate (at once, or from a menu of ways), and delete with Undo: each
// enabled only when it can be done, and each reaching the right store.
import "@testing-library/svelte/vitest";
import { fireEvent, render, screen } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { Message, Provider } from "../../lib/bindings";

vi.mock("@tauri-apps/api/core", async () => (await import("../../test/fakeBackend")).fakeCore);

const { default: MessageActions } = await import("./MessageActions.svelte");
const { chat, notices, providers, turns } = await import("../../lib/state");
const { AUTO } = await import("../../lib/choice");

const provider: Provider = {
  id: 1, name: "OpenAI", kind: "openai", base_url: "https://api.openai.com/v1", default_model: "gpt-4.1-mini",
  vendor: null, local: false, has_key: true, created_at: 1, settings: {},
};
const OPENAI = { chosen_provider_id: 1, chosen_model: null, pinned_model: null };

function message(id: number, role: "user" | "assistant", content: string, extra: Partial<Message> = {}): Message {
  return {
    id, conversation_id: 7, role, content, status: "complete", model: null, provider: null, usage: null, error: null,
    reasoning: null, stop: null, created_at: 5, updated_at: 6, attachments: [], parent_id: null, ...extra,
  };
}
const question = message(10, "user", "What is **2+2**?");
const answer = message(11, "assistant", "It is **4**.", { parent_id: 10 });

let writeText: ReturnType<typeof vi.fn>;

beforeEach(() => {
  chat.activeId = null;
  chat.newChatChoice = AUTO;
  chat.routes = new Map();
  providers.list = [provider];
  turns.turn = null;
  writeText = vi.fn().mockResolvedValue(undefined);
  vi.stubGlobal("navigator", { ...navigator, clipboard: { writeText } });
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

const button = (id: string) => screen.getByTestId<HTMLButtonElement>(id);

describe("copying", () => {
  it("copies an answer as Markdown, or as plain text without the marks, and says so", async () => {
    render(MessageActions, { message: answer });
    await userEvent.click(button("message-copy-markdown"));
    expect(writeText).toHaveBeenLastCalledWith("It is **4**.");
    expect(notices.said?.text).toBe("Copied as Markdown");
    await userEvent.click(button("message-copy-text"));
    expect(writeText).toHaveBeenLastCalledWith("It is 4.");
    expect(notices.said?.text).toBe("Copied as plain text");
  });

  it("copies the user's message as typed either way", async () => {
    render(MessageActions, { message: question });
    await userEvent.click(button("message-copy-text"));
    expect(writeText).toHaveBeenLastCalledWith("What is **2+2**?");
  });

  it("says when there is no clipboard", async () => {
    vi.stubGlobal("navigator", { ...navigator, clipboard: undefined });
    render(MessageActions, { message: answer });
    await userEvent.click(button("message-copy-markdown"));
    await vi.waitFor(() => expect(notices.said?.text).toBe("Could not copy: the clipboard is not available"));
  });
});

describe("edit and resend", () => {
  it("is offered on the user's messages only, and opens the editor", async () => {
    const onedit = vi.fn();
    const { unmount } = render(MessageActions, { message: question, onedit });
    await userEvent.click(button("message-edit"));
    expect(onedit).toHaveBeenCalledOnce();
    unmount();
    render(MessageActions, { message: answer, onedit });
    expect(screen.queryByTestId("message-edit")).toBeNull();
  });

  it("cannot start while a turn is on its way, nor with nobody to answer", () => {
    turns.turn = { conversationId: 9 } as typeof turns.turn;
    const { unmount } = render(MessageActions, { message: question, onedit: () => {} });
    expect(button("message-edit").disabled).toBe(true);
    unmount();
    turns.turn = null;
    providers.list = [];
    render(MessageActions, { message: question, onedit: () => {} });
    expect(button("message-edit").disabled).toBe(true);
  });
});

describe("regenerate", () => {
  it("asks for another answer at once when there is one way to (Auto)", async () => {
    const regenerate = vi.spyOn(turns, "regenerate").mockResolvedValue(true);
    render(MessageActions, { message: answer });
    expect(button("message-regenerate").getAttribute("aria-label")).toBe("Regenerate");
    await userEvent.click(button("message-regenerate"));
    expect(regenerate).toHaveBeenCalledWith(11, { kind: "choice" });
    expect(screen.queryByTestId("regenerate-menu")).toBeNull();
  });

  it("offers the conversation's provider and Auto in a menu, and regenerates with the one picked", async () => {
    chat.newChatChoice = OPENAI;
    const regenerate = vi.spyOn(turns, "regenerate").mockResolvedValue(true);
    render(MessageActions, { message: answer });
    expect(button("message-regenerate").getAttribute("aria-label")).toBe("Regenerate with…");
    await userEvent.click(button("message-regenerate"));
    const options = screen.getAllByTestId("regenerate-option");
    expect(options.map((o) => o.textContent?.trim())).toEqual(["OpenAI · gpt-4.1-mini", "Auto · routed per message"]);
    expect(document.activeElement, "the first way is focused").toBe(options[0]);
    await userEvent.keyboard("{ArrowDown}");
    expect(document.activeElement).toBe(options[1]);
    await userEvent.keyboard("{Enter}");
    expect(regenerate).toHaveBeenCalledWith(11, { kind: "routed", pinned: null });
    expect(screen.queryByTestId("regenerate-menu")).toBeNull();
  });

  it("Esc closes the menu back onto its button, without regenerating", async () => {
    chat.newChatChoice = OPENAI;
    const regenerate = vi.spyOn(turns, "regenerate").mockResolvedValue(true);
    render(MessageActions, { message: answer });
    await userEvent.click(button("message-regenerate"));
    await fireEvent.keyDown(screen.getByTestId("regenerate-menu"), { key: "Escape" });
    expect(screen.queryByTestId("regenerate-menu")).toBeNull();
    expect(document.activeElement).toBe(button("message-regenerate"));
    expect(regenerate).not.toHaveBeenCalled();
  });

  it("is not offered on the user's messages, nor on an answer still streaming", () => {
    const { unmount } = render(MessageActions, { message: question });
    expect(screen.queryByTestId("message-regenerate")).toBeNull();
    unmount();
    render(MessageActions, { message: { ...answer, status: "streaming" } });
    expect(button("message-regenerate").disabled).toBe(true);
  });
});

describe("delete", () => {
  it("deletes the message through the open conversation (with Undo), or hands it to the view", async () => {
    const remove = vi.spyOn(chat, "removeMessage").mockResolvedValue(undefined);
    const { unmount } = render(MessageActions, { message: question });
    expect(button("message-delete").getAttribute("aria-label")).toBe("Delete this message and its answers");
    await userEvent.click(button("message-delete"));
    expect(remove).toHaveBeenCalledWith(10);
    unmount();
    const onremove = vi.fn();
    render(MessageActions, { message: answer, onremove });
    await userEvent.click(button("message-delete"));
    expect(onremove).toHaveBeenCalledOnce();
    expect(remove).toHaveBeenCalledTimes(1);
  });

  it("cannot delete while a turn is on its way in this conversation, nor a placeholder", () => {
    turns.turn = { conversationId: 7 } as typeof turns.turn;
    const { unmount } = render(MessageActions, { message: answer });
    expect(button("message-delete").disabled).toBe(true);
    unmount();
    turns.turn = null;
    render(MessageActions, { message: { ...answer, id: -2 } });
    expect(button("message-delete").disabled).toBe(true);
  });
});
