// Composer: typing and sending (Enter, the Send button; Shift+Enter adds a line), when it cannot
// send (nothing typed, a turn on its way, nobody to answer), Stop while an answer streams, who
// answers (the choice picker) and the route preview with its one-off model, attached files
// (the attach button, a paste, a drop handed over by the chat; size and type checks and why a
// file was refused), Esc left to the app, why a send was refused (with what was typed given
// back), and focus when the navigation store asks for it.
import "@testing-library/svelte/vitest";
import { fireEvent, render, screen } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { flushSync } from "svelte";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { Candidate, CatalogueState, Message, ModelInfo, Provider, RoutePreview } from "../../lib/bindings";

vi.mock("@tauri-apps/api/core", async () => (await import("../../test/fakeBackend")).fakeCore);

const { backend, NO_ROUTING, PNG_1X1 } = await import("../../test/fakeBackend");
const { default: Composer } = await import("./Composer.svelte");
const { catalogue, chat, navigation, providers, turns } = await import("../../lib/state");
const { AUTO } = await import("../../lib/choice");

type Turn = NonNullable<typeof turns.turn>;

const provider: Provider = {
  id: 1, name: "OpenAI", kind: "openai", base_url: "https://api.openai.com/v1", default_model: "gpt-4.1-mini",
  vendor: null, local: false, has_key: true, created_at: 1, settings: {},
};
const PNG_BYTES = Uint8Array.from(atob(PNG_1X1), (c) => c.charCodeAt(0));

function draft(id: number, role: "user" | "assistant", status: Message["status"]): Message {
  return {
    id, conversation_id: 7, role, content: "", status, model: null, provider: null, usage: null, error: null,
    reasoning: null, stop: null, created_at: 5, updated_at: 6, attachments: [], parent_id: null,
  };
}

/** A turn in flight whose answer is `status` (streaming, or over and being read back). */
function turn(status: Message["status"]): Turn {
  return {
    key: 1, conversationId: 7, started: true, stopRequested: false, choice: AUTO, placement: { kind: "continue" },
    user: draft(20, "user", "complete"), assistant: draft(21, "assistant", status),
  };
}

function model(id: string, name: string, vision = true): ModelInfo {
  return {
    vendor: "openai", id, name, context_window: 1000, max_output: 100,
    price: { input: 1, output: 2, cache_read: null, cache_write: null, reasoning: null },
    capabilities: { vision, tools: false, reasoning: false },
    quality: { code: 3, reasoning: 3, planning: 3, writing: 3, summarize: 3, translate: 3, chat: 3 },
  };
}
function catalogueOf(...models: ModelInfo[]): CatalogueState {
  return {
    catalogue: { source: { name: "t", version: "1", licence: "MIT", url: "-", retrieved: "-" }, vendors: [], models, routes: {} },
    edits: { models: [], removed: [], routes: {} }, shipped_models: [], shipped_routes: {},
  } as unknown as CatalogueState;
}

/** The router would send code to GPT-6 Luna; GPT-6 Sol is over budget, GPT Blind cannot read images. */
const candidate = (ref: string, name: string, cost: number, verdict: Candidate["verdict"]): Candidate => ({
  model: ref, name, quality: 3, input_tokens: 5, left_out: 0, max_output: 100, expected_cost: cost, reserve: cost * 5, verdict,
});
const preview = {
  classification: { task: "code", confidence: 0.9, basis: "model", reason: "asks for code", features: [], runner_up: null },
  decision: {
    task: "code", quality: "balanced", pick: "openai/gpt-6-luna", reason: "Luna is the best for code.", pinned: false,
    sticky: false, blocked: null, no_key: null,
    candidates: [
      candidate("openai/gpt-6-luna", "GPT-6 Luna", 2_000_000, { kind: "picked" }),
      candidate("openai/gpt-6-sol", "GPT-6 Sol", 50_000_000, { kind: "rejected", reason: { kind: "over_budget", needed: 9, remaining: 1 } }),
      candidate("openai/gpt-blind", "GPT Blind", 1_000, { kind: "rejected", reason: { kind: "no_vision" } }),
    ],
  },
  assumed_access: false,
} as unknown as RoutePreview;

beforeEach(() => {
  backend.calls.length = 0;
  backend.handlers.clear();
  chat.activeId = null;
  chat.newChatChoice = AUTO;
  chat.routing = null;
  catalogue.state = null;
  providers.list = [provider];
  turns.turn = null;
  turns.composerError = null;
  navigation.view = "chat";
  navigation.settingsTab = "providers";
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

const input = () => screen.getByTestId<HTMLTextAreaElement>("composer-input");
const sendButton = () => screen.getByTestId<HTMLButtonElement>("send-button");
const chips = () => screen.queryAllByTestId("pending-attachment").map((c) => c.textContent?.replace(/\s+/g, " ").trim());
const callsOf = (command: string) => backend.calls.filter((c) => c.command === command).map((c) => c.args);
const sendSpy = (accepted = true) => vi.spyOn(turns, "send").mockResolvedValue(accepted);

/** Picks files in the (hidden) file input, as the system's file dialog does. */
async function pick(...files: File[]): Promise<void> {
  await userEvent.upload(screen.getByTestId<HTMLInputElement>("attach-input"), files);
  await vi.waitFor(() => expect(screen.queryByText("Reading files…")).toBeNull());
}

/** Pastes into the text box; returns the event (to see whether it was taken from the page). */
function paste(files: File[], text: string): Event {
  const event = new Event("paste", { bubbles: true, cancelable: true });
  Object.defineProperty(event, "clipboardData", {
    value: { files, items: [], getData: (kind: string) => (kind === "text/plain" ? text : "") },
  });
  input().dispatchEvent(event);
  return event;
}

const png = (name = "pixel.png") => new File([PNG_BYTES], name, { type: "image/png" });
const textFile = (name: string, content: string) => new File([content], name, { type: "text/plain" });

describe("typing and sending", () => {
  it("Enter sends what was typed and empties the box; Shift+Enter adds a line", async () => {
    const send = sendSpy();
    render(Composer);
    await userEvent.type(input(), "Hello{Shift>}{Enter}{/Shift}there");
    expect(send).not.toHaveBeenCalled();
    expect(input().value).toBe("Hello\nthere");
    await userEvent.keyboard("{Enter}");
    expect(send).toHaveBeenCalledExactlyOnceWith("Hello\nthere", null, []);
    expect(input().value).toBe("");
  });

  it("the Send button sends, and is disabled until there is something to send", async () => {
    const send = sendSpy();
    render(Composer);
    expect(sendButton().disabled).toBe(true);
    await userEvent.type(input(), "   {Enter}");
    expect(send, "only spaces: nothing sent").not.toHaveBeenCalled();
    expect(sendButton().disabled).toBe(true);
    await userEvent.type(input(), "Hi");
    expect(sendButton().disabled).toBe(false);
    await userEvent.click(sendButton());
    expect(send).toHaveBeenCalledExactlyOnceWith("   Hi", null, []);
  });

  it("while an answer streams: Stop in place of Send, and Enter sends nothing", async () => {
    const send = sendSpy();
    const stop = vi.spyOn(turns, "stop").mockResolvedValue(undefined);
    turns.turn = turn("streaming");
    render(Composer);
    expect(screen.queryByTestId("send-button")).toBeNull();
    await userEvent.type(input(), "Next question{Enter}");
    expect(send).not.toHaveBeenCalled();
    expect(input().value, "kept for later").toBe("Next question");
    await userEvent.click(screen.getByTestId("stop-button"));
    expect(stop).toHaveBeenCalledOnce();
  });

  it("cannot send while a finished answer is still being read back", async () => {
    turns.turn = turn("complete");
    render(Composer);
    await userEvent.type(input(), "Next");
    expect(screen.queryByTestId("stop-button")).toBeNull();
    expect(sendButton().disabled).toBe(true);
    turns.turn = null;
    await vi.waitFor(() => expect(sendButton().disabled).toBe(false));
  });

  it("cannot send when nobody can answer, and says what to do", async () => {
    const send = sendSpy();
    providers.list = [];
    const { unmount } = render(Composer);
    expect(input().placeholder).toBe("Add a provider key (or a local server) in Settings first");
    expect(screen.getByTestId<HTMLSelectElement>("provider-select").disabled, "nothing to choose from").toBe(true);
    await userEvent.type(input(), "Hello{Enter}");
    expect(sendButton().disabled).toBe(true);
    expect(send).not.toHaveBeenCalled();
    unmount();

    providers.list = [provider];
    chat.newChatChoice = { chosen_provider_id: 5, chosen_model: null, pinned_model: null };
    render(Composer);
    expect(input().placeholder).toBe("The provider chosen here was removed: choose who answers below");
    await userEvent.type(input(), "Hello");
    expect(sendButton().disabled).toBe(true);
  });

  it("Esc is left to the app (which stops a streaming answer): the text stays and nothing is sent", async () => {
    const send = sendSpy();
    render(Composer);
    await userEvent.type(input(), "Half a thought");
    const atWindow = vi.fn((event: KeyboardEvent) => event.defaultPrevented);
    window.addEventListener("keydown", atWindow);
    await fireEvent.keyDown(input(), { key: "Escape" });
    window.removeEventListener("keydown", atWindow);
    expect(atWindow, "reaches App's handler").toHaveBeenCalledOnce();
    expect(atWindow.mock.results[0]?.value, "not taken on the way").toBe(false);
    expect(input().value).toBe("Half a thought");
    expect(send).not.toHaveBeenCalled();
  });
});

describe("a refused send", () => {
  it("shows the backend's reason, gives the text back, and Raise the cap… opens the cap that blocked it", async () => {
    backend.handlers.set("send_routed_turn", () => {
      throw { code: "budget_exceeded", message: "This month's hard cap of $5.00 is reached." };
    });
    render(Composer);
    await userEvent.type(input(), "Summarise this{Enter}");
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("Couldn't send: This month's hard cap of $5.00 is reached.");
    expect(input().value, "what was typed is back").toBe("Summarise this");
    const request = callsOf("send_routed_turn")[0]?.request as { text: string; options: { pinned: string | null } };
    expect(request.text).toBe("Summarise this");
    expect(request.options.pinned).toBeNull();

    await userEvent.click(screen.getByTestId("raise-cap"));
    expect(navigation.view).toBe("settings");
    expect(navigation.settingsTab, "a new chat is held by the defaults or the monthly cap").toBe("budget");
    expect(screen.queryByRole("alert")).toBeNull();
  });

  it("offers Settings → Budget when the budget settings cannot be read, and can be dismissed", async () => {
    render(Composer);
    turns.composerError = { code: "settings_unreadable", message: "The budget settings could not be read." };
    await userEvent.click(await screen.findByRole("button", { name: "Open Settings → Budget" }));
    expect(navigation.view).toBe("settings");
    expect(navigation.settingsTab).toBe("budget");
    await userEvent.click(screen.getByRole("button", { name: "Dismiss error" }));
    expect(turns.composerError).toBeNull();
    expect(screen.queryByRole("alert")).toBeNull();
  });

  it("gives the files back too, before any added meanwhile", async () => {
    const send = sendSpy(false);
    render(Composer);
    await pick(textFile("a.txt", "alpha"));
    await userEvent.type(input(), "See the file{Enter}");
    expect(send).toHaveBeenCalledExactlyOnceWith("See the file", null, [
      { name: "a.txt", mime: "text/plain", data_base64: btoa("alpha") },
    ]);
    await vi.waitFor(() => expect(input().value).toBe("See the file"));
    expect(chips()).toEqual(["a.txt Text · 5 B"]);
  });
});

describe("who answers", () => {
  it("the picker offers Auto and the providers, and a pick is the new chat's choice", async () => {
    render(Composer);
    const select = screen.getByTestId<HTMLSelectElement>("provider-select");
    expect([...select.options].map((o) => o.textContent)).toEqual(["Auto · routed per message", "OpenAI · gpt-4.1-mini"]);
    expect(select.value).toBe("");
    await userEvent.selectOptions(select, "provider:1");
    expect(chat.newChatChoice).toEqual({ chosen_provider_id: 1, chosen_model: null, pinned_model: null });
    expect(screen.getByTestId<HTMLSelectElement>("provider-select").value).toBe("provider:1");
  });

  it("in Auto, previews the route (task, expected cost), and sends with the model chosen for this message", async () => {
    backend.handlers.set("preview_route", () => preview);
    const send = sendSpy();
    render(Composer);
    input().focus();
    await userEvent.paste("Write a sort");
    const line = await screen.findByTestId("route-preview");
    expect(line.textContent).toBe("code · ≈$0.00200");
    expect(line.title).toBe("Luna is the best for code.");
    expect(callsOf("preview_route")).toEqual([
      { text: "Write a sort", options: { conversation_id: null, quality: null, budget_left: null, pinned: null } },
    ]);

    const override = screen.getByTestId<HTMLSelectElement>("route-override");
    expect([...override.options].map((o) => o.textContent), "usable models, and ones only the budget rules out").toEqual([
      "→ GPT-6 Luna",
      "GPT-6 Luna",
      "GPT-6 Sol — over budget",
    ]);
    await userEvent.selectOptions(override, "openai/gpt-6-sol");
    expect(screen.getByTestId("route-preview").textContent).toBe("code · ≈$0.050");
    await userEvent.type(input(), "{Enter}");
    expect(send).toHaveBeenCalledExactlyOnceWith("Write a sort", "openai/gpt-6-sol", []);
    expect(screen.queryByTestId("route-preview"), "nothing typed, nothing to preview").toBeNull();
  });

  it("says when a long conversation's oldest messages will not be sent to the chosen model", async () => {
    const [luna, sol, blind] = preview.decision.candidates as [Candidate, Candidate, Candidate];
    const long = {
      ...preview,
      decision: { ...preview.decision, candidates: [{ ...luna, left_out: 9_742 }, { ...sol, left_out: 1 }, blind] },
    } as RoutePreview;
    backend.handlers.set("preview_route", () => long);
    render(Composer);
    input().focus();
    await userEvent.paste("And now?");
    const line = await screen.findByTestId("route-preview");
    expect(line.textContent).toBe("code · ≈$0.00200 · oldest 9,742 messages not sent");
    await userEvent.selectOptions(screen.getByTestId<HTMLSelectElement>("route-override"), "openai/gpt-6-sol");
    expect(screen.getByTestId("route-preview").textContent).toBe("code · ≈$0.050 · oldest message not sent");
  });

  it("says when the conversation sends only its newest messages", async () => {
    backend.handlers.set("preview_route", () => preview);
    chat.activeId = 4;
    chat.routing = { ...NO_ROUTING, context_messages: 20 };
    try {
      render(Composer);
      input().focus();
      await userEvent.paste("And now?");
      const line = await screen.findByTestId("route-preview");
      expect(line.textContent).toBe("code · ≈$0.00200 · last 20 messages");
    } finally {
      chat.activeId = null;
      chat.routing = null;
    }
  });

  it("asks the router only once typing pauses (300 ms)", async () => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
    try {
      backend.handlers.set("preview_route", () => preview);
      const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
      render(Composer);
      await user.type(input(), "Sort");
      await vi.advanceTimersByTimeAsync(299);
      expect(callsOf("preview_route"), "not while typing").toEqual([]);
      await vi.advanceTimersByTimeAsync(1);
      expect(callsOf("preview_route").map((c) => c.text), "once, for the whole text").toEqual(["Sort"]);
    } finally {
      vi.useRealTimers();
    }
  });

  it("previews nothing when a provider answers itself", async () => {
    chat.newChatChoice = { chosen_provider_id: 1, chosen_model: null, pinned_model: null };
    backend.handlers.set("preview_route", () => {
      throw new Error("not asked");
    });
    render(Composer);
    await userEvent.type(input(), "Hello");
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(callsOf("preview_route")).toEqual([]);
    expect(screen.queryByTestId("route-preview")).toBeNull();
  });
});

describe("attached files", () => {
  it("the attach button opens the file dialog; picked files show as chips and can be sent alone", async () => {
    const send = sendSpy();
    render(Composer);
    const dialog = vi.spyOn(screen.getByTestId<HTMLInputElement>("attach-input"), "click");
    await userEvent.click(screen.getByTestId("attach-button"));
    expect(dialog).toHaveBeenCalledOnce();
    dialog.mockRestore();

    await pick(png(), textFile("notes.md", "# Notes\n"));
    expect(chips()).toEqual(["pixel.png Image · 70 B", "notes.md Text · 8 B"]);
    expect(input().placeholder).toBe("Add a message, or press Enter to send the files…");
    expect(sendButton().disabled, "files alone can be sent").toBe(false);
    await userEvent.type(input(), "{Enter}");
    expect(send).toHaveBeenCalledExactlyOnceWith("", null, [
      { name: "pixel.png", mime: "image/png", data_base64: PNG_1X1 },
      { name: "notes.md", mime: "text/plain", data_base64: btoa("# Notes\n") },
    ]);
    expect(chips(), "cleared once sent").toEqual([]);
  });

  it("a chip's remove button takes the file off, and typing goes on in the box", async () => {
    render(Composer);
    await pick(textFile("a.txt", "a"), textFile("b.txt", "b"));
    await userEvent.click(screen.getByRole("button", { name: "Remove a.txt" }));
    expect(chips()).toEqual(["b.txt Text · 1 B"]);
    expect(document.activeElement).toBe(input());
  });

  it("refuses files too big or of a type the models cannot read, says why, and keeps the others", async () => {
    render(Composer);
    await pick(
      textFile("big.log", "a".repeat(600 * 1024)),
      new File([new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x00, 0x01])], "report.pdf", { type: "application/pdf" }),
      new File(["<svg/>"], "logo.svg", { type: "image/svg+xml" }),
      textFile("ok.txt", "fine"),
    );
    expect(chips()).toEqual(["ok.txt Text · 4 B"]);
    const error = screen.getByTestId("attachment-error");
    expect(error.getAttribute("role")).toBe("alert");
    expect([...error.querySelectorAll("li")].map((li) => li.textContent)).toEqual([
      "“big.log” is 600 KB; text files can be at most 512 KB.",
      "“report.pdf” is neither an image (PNG, JPEG, GIF, WebP) nor a text file (code, Markdown, CSV, JSON, plain text).",
      "“logo.svg” is not an image the models accept (PNG, JPEG, GIF or WebP).",
    ]);
    await userEvent.click(screen.getByRole("button", { name: "Dismiss" }));
    expect(screen.queryByTestId("attachment-error")).toBeNull();
  });

  it("refuses the same file twice and a ninth file", async () => {
    render(Composer);
    await pick(...Array.from({ length: 8 }, (_, i) => textFile(`f${i}.txt`, `file ${i}`)));
    await pick(textFile("f0.txt", "file 0"), textFile("f8.txt", "file 8"));
    expect(chips()).toHaveLength(8);
    expect([...screen.getByTestId("attachment-error").querySelectorAll("li")].map((li) => li.textContent)).toEqual([
      "“f0.txt” is already attached.",
      "“f8.txt” was not added: a message can carry at most 8 files.",
    ]);
  });

  it("attaches files pasted into the box, but lets copied text with a picture paste as text", async () => {
    render(Composer);
    const screenshot = paste([png("image.png")], "");
    expect(screenshot.defaultPrevented, "the image is not pasted as text").toBe(true);
    await vi.waitFor(() => expect(chips()).toEqual(["image.png Image · 70 B"]));

    const fromFileManager = paste([textFile("todo.txt", "x")], "/home/me/todo.txt");
    expect(fromFileManager.defaultPrevented, "a file manager's text is just the file's path").toBe(true);
    await vi.waitFor(() => expect(chips()).toHaveLength(2));

    const cells = paste([png("cells.png")], "a\tb\n1\t2");
    expect(cells.defaultPrevented, "a spreadsheet's text pastes as usual").toBe(false);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(chips(), "its picture is not attached").toHaveLength(2);
  });

  it("takes files dropped on the chat (addFiles), waiting to send until they are read", async () => {
    const send = sendSpy();
    const { component } = render(Composer);
    await userEvent.type(input(), "Look");
    const reading = component.addFiles([textFile("main.rs", "fn main() {}\n")]);
    flushSync();
    expect(screen.getByRole("status").textContent).toBe("Reading files…");
    expect(sendButton().disabled, "sending waits for the files").toBe(true);
    expect(sendButton().title).toBe("Reading files…");
    await reading;
    flushSync();
    expect(chips()).toEqual(["main.rs Text · 13 B"]);
    expect(sendButton().disabled).toBe(false);
    await userEvent.click(sendButton());
    expect(send).toHaveBeenCalledWith("Look", null, [{ name: "main.rs", mime: "text/plain", data_base64: btoa("fn main() {}\n") }]);
  });

  it("warns before sending an image to a model that cannot read images", async () => {
    catalogue.state = catalogueOf(model("gpt-text", "GPT Text", false));
    chat.newChatChoice = { chosen_provider_id: null, chosen_model: null, pinned_model: "openai/gpt-text" };
    render(Composer);
    await pick(textFile("x.txt", "x"));
    expect(screen.queryByTestId("attachment-vision-warning"), "text files are fine").toBeNull();
    await pick(png());
    expect(screen.getByTestId("attachment-vision-warning").textContent).toContain("GPT Text can't read images");
  });
});

describe("focus requests", () => {
  it("takes focus when the navigation store asks (Ctrl+L, a new chat)", async () => {
    render(Composer);
    expect(document.activeElement).not.toBe(input());
    navigation.focusComposer();
    await vi.waitFor(() => expect(document.activeElement).toBe(input()));
  });

  it("takes focus once mounted when it was asked before (leaving Settings)", async () => {
    navigation.focusComposer();
    render(Composer);
    await vi.waitFor(() => expect(document.activeElement).toBe(input()));
  });

  it("no longer answers once unmounted: the next request waits for the next composer", async () => {
    const { unmount } = render(Composer);
    unmount();
    navigation.focusComposer();
    render(Composer);
    await vi.waitFor(() => expect(document.activeElement).toBe(input()));
  });
});
