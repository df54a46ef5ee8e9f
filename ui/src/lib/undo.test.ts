import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { DelayedCommits, UNDO_DELAY_MS } from "./undo.svelte";

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  vi.useRealTimers();
});

function spies() {
  return { commit: vi.fn(async () => {}), revert: vi.fn() };
}

describe("deletions with Undo", () => {
  it("commits only once the delay has passed", async () => {
    const d = new DelayedCommits();
    const a = spies();
    await d.schedule("Message deleted", a.commit, a.revert);
    expect(d.pending?.text, "the toast shows what Undo brings back").toBe("Message deleted");
    await vi.advanceTimersByTimeAsync(UNDO_DELAY_MS - 1);
    expect(a.commit, "nothing is deleted while it can be undone").not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(a.commit, "deleted once the toast has passed").toHaveBeenCalledTimes(1);
    expect(d.pending, "the toast is gone").toBeNull();
    await vi.advanceTimersByTimeAsync(UNDO_DELAY_MS * 2);
    expect(a.commit, "never twice").toHaveBeenCalledTimes(1);
  });

  it("Undo reverts and cancels the commit", async () => {
    const d = new DelayedCommits();
    const a = spies();
    await d.schedule("Message deleted", a.commit, a.revert);
    d.undo();
    expect(a.revert, "what was hidden comes back").toHaveBeenCalledTimes(1);
    expect(d.pending).toBeNull();
    await vi.advanceTimersByTimeAsync(UNDO_DELAY_MS * 2);
    expect(a.commit, "an undone deletion never reaches the backend").not.toHaveBeenCalled();
    d.undo();
    expect(a.revert, "a second Undo does nothing").toHaveBeenCalledTimes(1);
  });

  it("a second deletion commits the first at once; flush commits now", async () => {
    const d = new DelayedCommits();
    const a = spies();
    const b = spies();
    await d.schedule("first", a.commit, a.revert);
    await d.schedule("second", b.commit, b.revert);
    expect(a.commit, "one toast at a time: the first is committed").toHaveBeenCalledTimes(1);
    expect(d.pending?.text, "the toast is the second one's").toBe("second");
    d.undo();
    expect(b.revert).toHaveBeenCalledTimes(1);
    expect(a.revert, "Undo only takes back the one shown").not.toHaveBeenCalled();

    const c = spies();
    await d.schedule("third", c.commit, c.revert);
    await d.flush();
    expect(c.commit, "flushed without waiting").toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(UNDO_DELAY_MS);
    expect(c.commit, "and its timer no longer fires").toHaveBeenCalledTimes(1);
  });
});
