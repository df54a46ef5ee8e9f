import { describe, expect, it } from "vitest";
import { NARROW_REM, SHORT_REM, sizeClasses } from "./layout.svelte";

describe("window size classes", () => {
  it("measure the window in rem, so zooming in makes it narrow and short", () => {
    expect(sizeClasses(1100, 760, 16), "the default window at 100 %").toEqual({ narrow: false, short: false });
    expect(sizeClasses(1100, 760, 32), "the same window at 200 %").toEqual({ narrow: true, short: true });
    expect(sizeClasses(1100, 760, 24), "at 150 % the sidebar still fits; the height does not").toEqual({ narrow: false, short: true });
    expect(sizeClasses(640, 900, 16), "the narrowest window at 100 %").toEqual({ narrow: true, short: false });
  });

  it("falls back to 16 px when the root size cannot be read", () => {
    expect(sizeClasses(NARROW_REM * 16, SHORT_REM * 16, NaN), "exactly at the limits is enough").toEqual({ narrow: false, short: false });
    expect(sizeClasses(NARROW_REM * 16 - 1, SHORT_REM * 16 - 1, 0)).toEqual({ narrow: true, short: true });
  });
});
