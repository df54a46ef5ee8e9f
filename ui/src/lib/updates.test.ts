import { describe, expect, it } from "vitest";
import { checkResultText, formatBytes, outcomeText, progressFraction, progressText } from "./updates";

describe("download progress", () => {
  it("says bytes in decimal units with one decimal", () => {
    expect(formatBytes(0)).toBe("0 B");
    expect(formatBytes(999)).toBe("999 B");
    expect(formatBytes(1_500)).toBe("1.5 kB");
    expect(formatBytes(3_100_000)).toBe("3.1 MB");
    expect(formatBytes(999_990), "rounds up into the next unit, not 1000.0 kB").toBe("1.0 MB");
    expect(formatBytes(2_300_000_000)).toBe("2.3 GB");
    expect(formatBytes(-5), "never negative").toBe("0 B");
  });

  it("gives bytes of the total and the percent, floored", () => {
    expect(progressText(3_100_000, 5_000_000)).toBe("3.1 MB of 5.0 MB · 62%");
    expect(progressText(4_999_999, 5_000_000), "100% only when done").toBe("5.0 MB of 5.0 MB · 99%");
    expect(progressText(5_000_000, 5_000_000)).toBe("5.0 MB of 5.0 MB · 100%");
    expect(progressText(6_000_000, 5_000_000), "a server that under-reported the size").toBe("5.0 MB of 5.0 MB · 100%");
    expect(progressFraction(1, 4)).toBe(0.25);
  });

  it("gives no percent when the total is unknown", () => {
    expect(progressText(3_100_000, null)).toBe("3.1 MB");
    expect(progressText(3_100_000, 0), "a zero total is unknown, not a division by zero").toBe("3.1 MB");
    expect(progressFraction(3, null)).toBeNull();
  });
});

describe("update wording", () => {
  it("says what the last check found", () => {
    expect(checkResultText(null)).toBe("Not checked yet");
    expect(checkResultText({ kind: "up_to_date" })).toBe("Up to date");
    expect(checkResultText({ kind: "available", version: "0.3.0" })).toBe("Switchboard 0.3.0 is available");
    expect(checkResultText({ kind: "failed", message: "The update server answered HTTP 503." }), "the backend's sentence").toBe(
      "The update server answered HTTP 503.",
    );
  });

  it("says whether the last install worked", () => {
    expect(outcomeText({ kind: "updated", from: "0.1.0", to: "0.2.0" })).toBe("Updated to 0.2.0");
    expect(outcomeText({ kind: "failed", from: "0.1.0", to: "0.2.0", running: "0.1.0" })).toBe(
      "The update to 0.2.0 did not install; you are still on 0.1.0.",
    );
  });
});
