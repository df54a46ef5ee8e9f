import { describe, expect, it } from "vitest";
import type { Conversation } from "./bindings";
import { groupConversations, listedOrder, stepConversation } from "./conversations";

const c = (id: number, extra: Partial<Conversation> = {}): Conversation => ({
  id, title: `c${id}`, pinned: false, archived: false, created_at: id, updated_at: id, ...extra,
});

describe("conversation groups and order", () => {
  const list = [c(1), c(2, { pinned: true }), c(3, { archived: true }), c(4), c(5, { pinned: true, archived: true })];

  it("puts pinned ones first and archived ones (pinned or not) apart, keeping the given order", () => {
    const groups = groupConversations(list);
    expect(groups.pinned.map((x) => x.id)).toEqual([2]);
    expect(groups.recent.map((x) => x.id)).toEqual([1, 4]);
    expect(groups.archived.map((x) => x.id), "an archived pin is archived").toEqual([3, 5]);
    expect(groupConversations(list, [1, 3]).recent.map((x) => x.id), "a deletion waiting for Undo hides it").toEqual([4]);
  });

  it("walks the list as shown, wrapping around", () => {
    const order = listedOrder(groupConversations(list), false);
    expect(order.map((x) => x.id), "archived ones only while shown").toEqual([2, 1, 4]);
    expect(listedOrder(groupConversations(list), true).map((x) => x.id)).toEqual([2, 1, 4, 3, 5]);
    expect(stepConversation(order, 2, 1)?.id).toBe(1);
    expect(stepConversation(order, 4, 1)?.id, "after the last comes the first").toBe(2);
    expect(stepConversation(order, 2, -1)?.id, "before the first comes the last").toBe(4);
    expect(stepConversation(order, null, 1)?.id, "from a new chat, forward starts at the top").toBe(2);
    expect(stepConversation(order, 3, -1)?.id, "from an unlisted one, back starts at the bottom").toBe(4);
    expect(stepConversation([], 1, 1), "nothing to walk").toBeNull();
  });
});
