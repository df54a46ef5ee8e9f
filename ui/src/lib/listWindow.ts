// How much of a long list is rendered: the first part, grown as it is scrolled to. A
// history of 20,000 conversations rendered whole took WebKit 7–37 s and 2 GB at start;
// rendering the first rows and adding more as the end comes into view keeps the start
// and the memory flat in the history's length (the list stays complete for the keyboard:
// what is focused or opened is always rendered).

/** Rows rendered at first, per group: more than a 1080-pixel window shows (rows are ~36 px;
 * a taller one sees the end and gets more at once), and each costs start-up time (a row is a
 * button with four actions and their icons: 50 rows took ~50 ms of the first list's render
 * in the start-up benchmark). */
export const FIRST_ROWS = 30;
/** Rows added each time the end of what is rendered comes into view. */
export const MORE_ROWS = 200;

/** How many rows of a group of `total` to render: at least `shown`, and enough to include
 * the row at `mustShow` (an open or focused conversation far down) with some after it. */
export function rowsToRender(total: number, shown: number, mustShow: number | null): number {
  const wanted = mustShow !== null && mustShow >= shown ? mustShow + 1 + MORE_ROWS / 4 : shown;
  return Math.min(total, Math.max(0, wanted));
}
