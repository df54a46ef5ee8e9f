// RoutingControls: the open conversation's quality preference and context setting, shown as
// stored and saved through the open conversation's routing (the other fields kept).
import "@testing-library/svelte/vitest";
import { render, screen } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { ConversationRouting } from "../../lib/bindings";

vi.mock("@tauri-apps/api/core", async () => (await import("../../test/fakeBackend")).fakeCore);

const { backend, NO_ROUTING } = await import("../../test/fakeBackend");
const { default: RoutingControls } = await import("./RoutingControls.svelte");
const { chat } = await import("../../lib/state");

let stored: ConversationRouting;

beforeEach(() => {
  backend.calls.length = 0;
  backend.handlers.clear();
  stored = { ...NO_ROUTING, system_prompt: "Be brief.", quality: "best" };
  backend.handlers.set("conversation_routing", () => stored);
  backend.handlers.set("set_conversation_routing", (args) => {
    stored = args.routing as ConversationRouting;
    return null;
  });
  chat.activeId = 5;
  chat.routing = stored;
});
afterEach(() => {
  chat.activeId = null;
  chat.routing = null;
  vi.restoreAllMocks();
});

const contextSelect = () => screen.getByTestId<HTMLSelectElement>("routing-context");
const saved = () => backend.calls.filter((c) => c.command === "set_conversation_routing").map((c) => c.args);

describe("RoutingControls: context", () => {
  it("offers all that fits or the newest 10 to 100 messages, showing what is stored", () => {
    render(RoutingControls);
    const options = [...contextSelect().options].map((o) => o.textContent);
    expect(options).toEqual([
      "Context: all that fits",
      "Context: last 10 messages",
      "Context: last 20 messages",
      "Context: last 50 messages",
      "Context: last 100 messages",
    ]);
    expect(contextSelect().value).toBe("");
  });

  it("saves a limit and back to all that fits, keeping the conversation's other settings", async () => {
    render(RoutingControls);
    await userEvent.selectOptions(contextSelect(), "20");
    await vi.waitFor(() => expect(saved()).toHaveLength(1));
    expect(saved()[0]).toEqual({
      conversationId: 5,
      routing: { ...NO_ROUTING, system_prompt: "Be brief.", quality: "best", context_messages: 20 },
    });
    await vi.waitFor(() => expect(contextSelect().value).toBe("20"));
    await userEvent.selectOptions(contextSelect(), "");
    await vi.waitFor(() => expect(saved()).toHaveLength(2));
    expect((saved()[1]?.routing as ConversationRouting).context_messages).toBeNull();
  });

  it("shows a stored limit that the list does not offer (set by another version)", () => {
    stored = { ...stored, context_messages: 12 };
    chat.routing = stored;
    render(RoutingControls);
    expect(contextSelect().value).toBe("12");
    expect(contextSelect().selectedOptions[0]?.textContent).toBe("Context: last 12 messages");
  });
});
