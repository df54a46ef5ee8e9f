import { describe, expect, it } from "vitest";
import type { ConversationPage, Message } from "./bindings";
import { appendNewer, fromPage, prependOlder, rebase, trimNewest, trimOldest, type Loaded } from "./paging";

const conversation = { id: 7, title: "t", pinned: false, archived: false, created_at: 1, updated_at: 1 };

/** Message `id` whose parent is `id - 1` (a branch of consecutive ids from 1), or `parent`. */
function msg(id: number, parent: number | null = id === 1 ? null : id - 1): Message {
  return {
    id, conversation_id: 7, role: id % 2 === 1 ? "user" : "assistant", content: `m${id}`, status: "complete", model: null,
    provider: null, usage: null, error: null, reasoning: null, stop: null, created_at: 1, updated_at: 1, attachments: [],
    parent_id: parent,
  };
}

const run = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => msg(from + i));
const ids = (l: Loaded) => l.messages.map((m) => m.id);

/** Messages `from..to` of a branch of `total` (ids 1..total), as the backend pages them. */
function page(from: number, to: number, total: number, branches: ConversationPage["branches"] = []): ConversationPage {
  return { conversation, messages: run(from, to), branches, earlier: from - 1, total };
}

describe("pages of a long branch", () => {
  it("a page on its own knows what is before and after it", () => {
    const loaded = fromPage(page(901, 1000, 1000, [{ message_id: 950, siblings: [949, 950] }]));
    expect(loaded.earlier).toBe(900);
    expect(loaded.later).toBe(0);
    expect(loaded.branches.get(950)).toEqual([949, 950]);
  });

  it("an older page joins above when it ends with the first loaded message's parent", () => {
    const loaded = fromPage(page(901, 1000, 1000));
    const joined = prependOlder(loaded, page(801, 900, 1000));
    expect(joined && ids(joined)).toEqual([...run(801, 1000)].map((m) => m.id));
    expect(joined?.earlier).toBe(800);
    expect(joined?.later).toBe(0);
  });

  it("an older page that does not end above the loaded ones is refused (the branch changed)", () => {
    const loaded = fromPage(page(901, 1000, 1000));
    expect(prependOlder(loaded, page(901, 1000, 1000)), "the newest page again (before was not on the branch)").toBeNull();
    expect(prependOlder(loaded, { ...page(1, 0, 1000), messages: [] }), "an empty page").toBeNull();
  });

  it("newer messages from the page around the last loaded one join below", () => {
    const loaded = fromPage(page(1, 100, 1000));
    expect(loaded.later).toBe(900);
    const joined = appendNewer(loaded, page(1, 200, 1000));
    expect(joined && ids(joined).at(-1)).toBe(200);
    expect(joined?.messages).toHaveLength(200);
    expect(joined?.later).toBe(800);
    expect(appendNewer(loaded, page(300, 400, 1000)), "a page without the last loaded message").toBeNull();
  });

  it("a fresh page keeps the loaded messages above it that are on the same branch", () => {
    const loaded = fromPage(page(701, 1000, 1000));
    // Two more messages at the end (a turn): the newest 100 are 903..1002.
    const after = rebase(loaded, page(903, 1002, 1002));
    expect(after.messages[0]?.id, "what was read above stays").toBe(701);
    expect(ids(after).at(-1)).toBe(1002);
    expect(after.messages).toHaveLength(302);
    expect(after.earlier).toBe(700);
    expect(after.later).toBe(0);
  });

  it("a fresh page of another branch, or at another depth, replaces what is loaded", () => {
    const loaded = fromPage(page(701, 1000, 1000));
    const elsewhere = rebase(loaded, page(1, 100, 1000));
    expect(ids(elsewhere)[0]).toBe(1);
    expect(elsewhere.messages).toHaveLength(100);
    const shifted: ConversationPage = { ...page(801, 900, 1000), earlier: 850 };
    expect(rebase(loaded, shifted).messages, "same message, other depth: not the same path").toHaveLength(100);
  });

  it("lets go of the messages farthest from the reader, and of their branches", () => {
    const loaded = fromPage(page(1, 600, 1000, [{ message_id: 2, siblings: [2, 9000] }, { message_id: 599, siblings: [599, 9001] }]));
    const top = trimNewest(loaded, 500);
    expect(ids(top).at(-1)).toBe(500);
    expect(top.later).toBe(500);
    expect([...top.branches.keys()]).toEqual([2]);
    const bottom = trimOldest(loaded, 500);
    expect(ids(bottom)[0]).toBe(101);
    expect(bottom.earlier).toBe(100);
    expect([...bottom.branches.keys()]).toEqual([599]);
    expect(trimOldest(loaded, 1000), "within the limit: as it was").toBe(loaded);
  });
});
