import { describe, expect, it } from "vitest";
import { FIRST_ROWS, MORE_ROWS, rowsToRender } from "./listWindow";

describe("rowsToRender", () => {
  it("renders the first rows of a long list and no more than there are", () => {
    expect(rowsToRender(20_000, FIRST_ROWS, null)).toBe(FIRST_ROWS);
    expect(rowsToRender(30, FIRST_ROWS, null)).toBe(30);
    expect(rowsToRender(0, FIRST_ROWS, null)).toBe(0);
  });

  it("reaches a row that must be shown far down, with some after it", () => {
    expect(rowsToRender(20_000, FIRST_ROWS, 5_000)).toBe(5_001 + MORE_ROWS / 4);
    expect(rowsToRender(5_010, FIRST_ROWS, 5_000)).toBe(5_010);
    expect(rowsToRender(20_000, FIRST_ROWS, 10)).toBe(FIRST_ROWS);
  });
});
