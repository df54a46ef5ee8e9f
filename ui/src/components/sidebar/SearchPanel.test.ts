// SearchPanel: asks the backend once typing pauses, lists the results (title, who wrote the
// match, the text around it with the matches marked, as text), leaves out what is being
// deleted, and opens a result (↑/↓ and Enter, or a click) through the open conversation's store.
import "@testing-library/svelte/vitest";
import { render, screen } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { SearchHit } from "../../lib/bindings";
import { MARK_END, MARK_START } from "../../lib/snippet";
import { backend } from "../../test/fakeBackend";

vi.mock("@tauri-apps/api/core", async () => (await import("../../test/fakeBackend")).fakeCore);

const { default: SearchPanel } = await import("./SearchPanel.svelte");
const { chat, conversations } = await import("../../lib/state");
const { historySearch } = await import("../../lib/search.svelte");

const NOW = 1_700_000_000_000;
const inMessage: SearchHit = {
  conversation_id: 7, title: "Trip", message_id: 31, role: "user", created_at: NOW,
  snippet: `pack the ${MARK_START}tent${MARK_END} <b>now</b>`, archived: false,
};
const inTitle: SearchHit = {
  conversation_id: 8, title: "Tent repair", message_id: null, role: null, created_at: NOW, snippet: "", archived: true,
};
const inAnswer: SearchHit = { ...inMessage, conversation_id: 9, message_id: 44, role: "assistant", title: "" };

beforeEach(() => {
  backend.calls.length = 0;
  backend.handlers.clear();
  backend.handlers.set("search_history", () => [inMessage, inTitle, inAnswer]);
  conversations.hidden = [];
  chat.hiddenMessages = [];
});
afterEach(() => {
  historySearch.clear();
  vi.restoreAllMocks();
});

async function search(text: string): Promise<HTMLElement[]> {
  render(SearchPanel, { now: NOW });
  await userEvent.type(screen.getByTestId("search-input"), text);
  await screen.findByText(/results?$|Nothing found|Search failed/);
  return screen.queryAllByTestId("search-result");
}

describe("SearchPanel", () => {
  it("asks the backend once typing pauses, with the trimmed text, and lists what it found", async () => {
    const results = await search(" tent ");
    const asked = backend.calls.filter((c) => c.command === "search_history").map((c) => c.args);
    expect(asked).toEqual([{ query: "tent" }]);
    expect(screen.getByTestId("search-status").textContent?.trim()).toBe("3 results");
    expect(results.map((r) => r.querySelector(".title")?.textContent)).toEqual(["Trip", "Tent repair", "New chat"]);
    expect(results.map((r) => r.querySelector(".meta")?.textContent?.split(" · ")[0])).toEqual(["You", "Title", "Answer"]);
    expect(results[1]?.textContent).toContain("Archived");
  });

  it("marks the matches and shows markup in a message as typed", async () => {
    const [first] = await search("tent");
    const snippet = first?.querySelector<HTMLElement>('[data-testid="search-snippet"]');
    expect(snippet?.querySelector("mark")?.textContent).toBe("tent");
    expect(snippet?.querySelector("b"), "never HTML").toBeNull();
    expect(snippet?.textContent).toBe("pack the tent <b>now</b>");
  });

  it("leaves out results in conversations or messages being deleted", async () => {
    conversations.hidden = [8];
    chat.hiddenMessages = [{ conversationId: 9, messageId: 44 }];
    const results = await search("tent");
    expect(results).toHaveLength(1);
    expect(screen.getByTestId("search-status").textContent?.trim()).toBe("1 result");
  });

  it("↓ and Enter open the chosen result: a title match opens its conversation", async () => {
    const open = vi.spyOn(chat, "openConversation").mockResolvedValue(undefined);
    const jump = vi.spyOn(chat, "jumpTo").mockResolvedValue(undefined);
    const results = await search("tent");
    expect(results[0]?.getAttribute("aria-selected")).toBe("true");
    await userEvent.keyboard("{ArrowDown}");
    expect(screen.getAllByTestId("search-result")[1]?.getAttribute("aria-selected")).toBe("true");
    await userEvent.keyboard("{Enter}");
    expect(open).toHaveBeenCalledWith(8);
    expect(jump).not.toHaveBeenCalled();
  });

  it("a click opens a message match on its branch, scrolled to it", async () => {
    const jump = vi.spyOn(chat, "jumpTo").mockResolvedValue(undefined);
    const results = await search("tent");
    await userEvent.click(results[2] as HTMLElement);
    expect(jump).toHaveBeenCalledWith(9, 44);
  });

  it("Esc clears the search and its results", async () => {
    await search("tent");
    await userEvent.keyboard("{Escape}");
    expect(screen.getByTestId<HTMLInputElement>("search-input").value).toBe("");
    expect(screen.queryByTestId("search-status")).toBeNull();
  });

  it("says nothing was found, or why the search failed", async () => {
    backend.handlers.set("search_history", () => []);
    await search("zzz");
    expect(screen.getByTestId("search-status").textContent?.trim()).toBe("Nothing found.");
    historySearch.clear();
    backend.handlers.set("search_history", () => {
      throw { code: "storage", message: "The index is damaged." };
    });
    await userEvent.type(screen.getAllByTestId("search-input")[0] as HTMLElement, "tent");
    expect((await screen.findByText(/^Search failed/)).textContent?.trim()).toBe("Search failed: The index is damaged.");
  });
});
