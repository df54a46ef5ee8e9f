// ExportResult: nothing before an export; then what it wrote (conversations, messages,
// attachments) and where (the file, or for Markdown of every conversation their folder), with
// the path to copy and how many files in all; "nothing to export" when it wrote none; or why it
// failed.
import "@testing-library/svelte/vitest";
import { render, screen } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { flushSync } from "svelte";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { ExportSummary } from "../../lib/bindings";

vi.mock("@tauri-apps/api/core", async () => (await import("../../test/fakeBackend")).fakeCore);

const { default: ExportResult } = await import("./ExportResult.svelte");
const { HistoryExport } = await import("../../lib/data.svelte");
const { notices } = await import("../../lib/state");

const ONE_FILE: ExportSummary = {
  conversations: 1,
  messages: 4,
  attachments: 0,
  files: ["/home/u/Downloads/Switchboard - Hello.md"],
};
const EVERY_MARKDOWN: ExportSummary = {
  conversations: 3,
  messages: 1,
  attachments: 2,
  files: ["/home/u/Downloads/Switchboard export/Hello.md", "/home/u/Downloads/Switchboard export/Plans.md", "/home/u/Downloads/Switchboard export/Notes.md"],
};

/** An export as `HistoryExport.run` leaves it. */
function exported(summary: ExportSummary, markdown: boolean, all: boolean) {
  const run = new HistoryExport();
  run.result = { summary, markdown, all };
  return run;
}

const said = () => screen.getByTestId("export-result").querySelector("p")?.textContent?.replace(/\s+/g, " ").trim();

let writeText: ReturnType<typeof vi.fn>;

beforeEach(() => {
  notices.said = null;
  writeText = vi.fn().mockResolvedValue(undefined);
  vi.stubGlobal("navigator", { ...navigator, clipboard: { writeText } });
});
afterEach(() => {
  notices.said = null;
  vi.unstubAllGlobals();
});

describe("ExportResult", () => {
  it("shows nothing before an export", () => {
    const { container } = render(ExportResult, { run: new HistoryExport() });
    expect(container.textContent?.trim()).toBe("");
    expect(screen.queryByTestId("export-result")).toBeNull();
    expect(screen.queryByTestId("export-error")).toBeNull();
  });

  it("says what one conversation's export wrote, to which file", () => {
    render(ExportResult, { run: exported(ONE_FILE, true, false) });
    const result = screen.getByTestId("export-result");
    expect(result.getAttribute("role")).toBe("status");
    expect(said()).toBe("Exported 1 conversation (4 messages) to the file");
    expect(screen.getByTestId("export-path").textContent).toBe("/home/u/Downloads/Switchboard - Hello.md");
    expect(result.querySelector(".hint"), "one file: no count of files").toBeNull();
  });

  it("for Markdown of every conversation, names their folder and how many files were written", () => {
    render(ExportResult, { run: exported(EVERY_MARKDOWN, true, true) });
    expect(said()).toBe("Exported 3 conversations (1 message, 2 attachments) to the folder");
    expect(screen.getByTestId("export-path").textContent).toBe("/home/u/Downloads/Switchboard export");
    expect(screen.getByTestId("export-result").querySelector(".hint")?.textContent).toBe("3 files written in all.");
  });

  it("for JSON of every conversation, names its one file", () => {
    const json: ExportSummary = { conversations: 2, messages: 9, attachments: 1, files: ["C:\\Users\\u\\Downloads\\switchboard.json"] };
    render(ExportResult, { run: exported(json, false, true) });
    expect(said()).toBe("Exported 2 conversations (9 messages, 1 attachment) to the file");
    expect(screen.getByTestId("export-path").textContent).toBe("C:\\Users\\u\\Downloads\\switchboard.json");
  });

  it("says when there was nothing to export, with no path", () => {
    render(ExportResult, { run: exported({ conversations: 0, messages: 0, attachments: 0, files: [] }, false, true) });
    expect(screen.getByTestId("export-result").textContent?.trim()).toBe("There was nothing to export: no conversations yet.");
    expect(screen.queryByTestId("export-path")).toBeNull();
  });

  it("says why nothing was exported, as an alert", () => {
    const run = new HistoryExport();
    run.error = { code: "io", message: "The Downloads folder cannot be written to." };
    render(ExportResult, { run });
    const error = screen.getByTestId("export-error");
    expect(error.getAttribute("role")).toBe("alert");
    expect(error.textContent?.replace(/\s+/g, " ").trim()).toBe("Nothing was exported: The Downloads folder cannot be written to.");
    expect(screen.queryByTestId("export-result")).toBeNull();
  });

  it("follows the export as it changes: a result, then a failure, then cleared", () => {
    const run = new HistoryExport();
    render(ExportResult, { run });
    run.result = { summary: ONE_FILE, markdown: false, all: false };
    flushSync();
    expect(said()).toBe("Exported 1 conversation (4 messages) to the file");
    run.result = null;
    run.error = { code: "io", message: "The disk is full." };
    flushSync();
    expect(screen.queryByTestId("export-result")).toBeNull();
    expect(screen.getByTestId("export-error").textContent).toContain("The disk is full.");
    run.clear();
    flushSync();
    expect(screen.queryByTestId("export-error")).toBeNull();
    expect(screen.queryByTestId("export-result")).toBeNull();
  });

  it("copies the path it names, and says so", async () => {
    render(ExportResult, { run: exported(EVERY_MARKDOWN, true, true) });
    await userEvent.click(screen.getByTestId("export-path-copy"));
    expect(writeText).toHaveBeenCalledExactlyOnceWith("/home/u/Downloads/Switchboard export");
    expect(notices.said?.text).toBe("Path copied");
  });
});
