// The arithmetic of the chat's virtual list: which messages to render for a scroll position, how
// tall the unrendered ones above and below are, and which message anchors the view so it stays
// put when messages above it change (an older page joins, a height is measured). Heights are
// measured once a message was rendered and estimated before. Pure, so it is tested without
// layout (jsdom has none).

/** The slice of messages to render, and the room the ones before and after it take (px). */
export type Range = { start: number; end: number; before: number; after: number };

/** A message the view is pinned to: `offset` px of it are above the view's top edge (negative:
 * it starts below that edge). */
export type Anchor = { id: number; offset: number };

/** The guess's parts (px): what every message has (padding, its meta line), a line of text, an
 * attached file's tile; and about how many characters fill a line of the pane. */
const BASE_PX = 72;
const LINE_PX = 24;
const ATTACHMENT_PX = 120;
const CHARS_PER_LINE = 90;

/**
 * A message's height (px) before it is rendered, from its text: each line, long ones wrapped
 * at about `CHARS_PER_LINE`, plus a fixed part. A first guess only (the pane's width and the
 * text size change it); the list scales it by how measured messages compared with theirs, so
 * the newest messages fill the view with about as many rendered as it shows.
 */
export function estimateHeight(text: string, attachments = 0): number {
  let lines = 0;
  let from = 0;
  while (from <= text.length) {
    const end = text.indexOf("\n", from);
    const length = (end < 0 ? text.length : end) - from;
    lines += Math.max(1, Math.ceil(length / CHARS_PER_LINE));
    if (end < 0) break;
    from = end + 1;
  }
  return BASE_PX + lines * LINE_PX + attachments * ATTACHMENT_PX;
}

function total(sizes: readonly number[]): number {
  let sum = 0;
  for (const size of sizes) sum += size;
  return sum;
}

/** Where message `index` starts, from the top of the list (px). */
export function offsetOf(sizes: readonly number[], index: number): number {
  let sum = 0;
  for (let i = 0; i < index && i < sizes.length; i += 1) sum += sizes[i] ?? 0;
  return sum;
}

/**
 * The messages within `overscan` px of the view: `top` is the view's top edge in list
 * coordinates, or null for a view resting on the list's end (stuck to the newest message).
 */
export function visibleRange(sizes: readonly number[], top: number | null, viewport: number, overscan: number): Range {
  const height = total(sizes);
  const from = (top ?? height - viewport) - overscan;
  const to = (top ?? height - viewport) + viewport + overscan;
  let start = 0;
  let y = 0;
  while (start < sizes.length && y + (sizes[start] ?? 0) <= from) {
    y += sizes[start] ?? 0;
    start += 1;
  }
  const before = y;
  let end = start;
  while (end < sizes.length && y < to) {
    y += sizes[end] ?? 0;
    end += 1;
  }
  return { start, end, before, after: height - y };
}

/** The first message that reaches below the view's top edge `top`, as an anchor. */
export function anchorAt(ids: readonly number[], sizes: readonly number[], top: number): Anchor | null {
  let y = 0;
  for (let i = 0; i < ids.length; i += 1) {
    const size = sizes[i] ?? 0;
    const id = ids[i];
    if (id !== undefined && (y + size > top || i === ids.length - 1)) return { id, offset: top - y };
    y += size;
  }
  return null;
}

/** Where the view's top edge goes so that `anchor` sits where it sat; null when it is gone. */
export function topFor(anchor: Anchor, ids: readonly number[], sizes: readonly number[]): number | null {
  const at = ids.indexOf(anchor.id);
  return at < 0 ? null : offsetOf(sizes, at) + anchor.offset;
}
