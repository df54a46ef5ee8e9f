import { afterEach, describe, expect, it } from "vitest";
import { DEFAULT_ZOOM, ZOOM_KEY, Zoom, nearestStep, storedZoom } from "./zoom.svelte";

afterEach(() => {
  localStorage.clear();
  document.documentElement.style.fontSize = "";
});

describe("text size", () => {
  it("snaps to the steps between 50 and 200 %", () => {
    expect(nearestStep(120), "the nearest step").toBe(125);
    expect(nearestStep(10), "never below 50 %").toBe(50);
    expect(nearestStep(900), "never above 200 %").toBe(200);
  });

  it("reads back only a known step", () => {
    expect(storedZoom(null), "no storage").toBe(DEFAULT_ZOOM);
    expect(storedZoom({ getItem: () => "150" })).toBe(150);
    expect(storedZoom({ getItem: () => "123" }), "not a step").toBe(DEFAULT_ZOOM);
    expect(storedZoom({ getItem: () => "huge" }), "not a number").toBe(DEFAULT_ZOOM);
  });

  it("steps up and down, stops at the ends, applies the root font size and keeps it", () => {
    const zoom = new Zoom();
    zoom.zoomIn();
    expect(zoom.percent).toBe(110);
    expect(document.documentElement.style.fontSize, "every rem follows the root").toBe("110%");
    expect(localStorage.getItem(ZOOM_KEY), "kept for the next start").toBe("110");
    for (let i = 0; i < 20; i += 1) zoom.zoomIn();
    expect(zoom.percent, "at most 200 %").toBe(200);
    for (let i = 0; i < 20; i += 1) zoom.zoomOut();
    expect(zoom.percent, "at least 50 %").toBe(50);
    zoom.reset();
    expect(zoom.percent).toBe(100);
    expect(localStorage.getItem(ZOOM_KEY), "the default is not stored").toBeNull();

    localStorage.setItem(ZOOM_KEY, "175");
    const next = new Zoom();
    next.load();
    expect(next.percent, "the next start reads it back").toBe(175);
    expect(document.documentElement.style.fontSize).toBe("175%");
  });
});
