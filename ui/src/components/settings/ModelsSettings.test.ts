// ModelsSettings (Settings → Models): the catalogue's models by vendor then name, each with its
// price, window and output, filtered as typed; Edit opens the editor under its row; Remove saves
// the catalogue without it (or says why not); a row's buttons sit together so they can wrap in a
// narrow pane (a large text size) rather than push the table sideways.
import "@testing-library/svelte/vitest";
import { render, screen, within } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { CatalogueEdits, CatalogueState, ModelInfo } from "../../lib/bindings";

vi.mock("@tauri-apps/api/core", async () => (await import("../../test/fakeBackend")).fakeCore);

const { backend } = await import("../../test/fakeBackend");
const { default: ModelsSettings } = await import("./ModelsSettings.svelte");
const { catalogue } = await import("../../lib/state");

const model = (vendor: string, id: string, name: string, input: number, output: number): ModelInfo => ({
  vendor, id, name, context_window: 128_000, max_output: 16_384,
  price: { input, output, cache_read: null, cache_write: null, reasoning: null },
  capabilities: { vision: false, tools: false, reasoning: false },
  quality: { code: 3, reasoning: 3, planning: 3, writing: 3, summarize: 3, translate: 3, chat: 3 },
});
const MODELS = [
  model("openai", "gpt-z", "Zeta", 2.5, 10),
  model("anthropic", "claude-a", "Alpha", 3, 15),
  model("openai", "gpt-a", "Able", 0.05, 0.4),
];

function stateOf(models: ModelInfo[], edits: CatalogueEdits = { models: [], removed: [], routes: {} }): CatalogueState {
  return {
    catalogue: {
      source: { name: "t", version: "1", licence: "MIT", url: "-", retrieved: "-" },
      vendors: [
        { id: "openai", name: "OpenAI", base_url: "https://api.openai.com/v1", hosts: ["api.openai.com"], needs_key: true, tokenizer: "openai" },
        { id: "anthropic", name: "Anthropic", base_url: "https://api.anthropic.com", hosts: ["api.anthropic.com"], needs_key: true, tokenizer: "estimate" },
      ],
      models,
      routes: {},
    },
    edits,
    shipped_models: MODELS.map((m) => `${m.vendor}/${m.id}`),
    shipped_routes: {},
  } as unknown as CatalogueState;
}

const rows = () => screen.getAllByTestId("model-row");

beforeEach(async () => {
  backend.calls.length = 0;
  backend.handlers.clear();
  backend.handlers.set("catalogue_state", () => stateOf(MODELS));
  await catalogue.load();
});

describe("the models table", () => {
  it("lists the models by vendor then name, with price, window and output", () => {
    render(ModelsSettings);
    expect(rows().map((r) => r.dataset.model)).toEqual(["anthropic/claude-a", "openai/gpt-a", "openai/gpt-z"]);
    const zeta = rows()[2] as HTMLElement;
    expect(within(zeta).getByTestId("model-price").textContent).toBe("$2.50 / $10.00");
    expect(zeta.textContent).toContain("128k");
    expect(within(rows()[1] as HTMLElement).getByTestId("model-price").textContent).toBe("$0.050 / $0.40");
  });

  it("filters as typed, and says when nothing matches", async () => {
    render(ModelsSettings);
    await userEvent.type(screen.getByLabelText("Filter models"), "anthropic");
    expect(rows().map((r) => r.dataset.model)).toEqual(["anthropic/claude-a"]);
    await userEvent.clear(screen.getByLabelText("Filter models"));
    await userEvent.type(screen.getByLabelText("Filter models"), "nothing like it");
    expect(screen.queryAllByTestId("model-row")).toHaveLength(0);
    expect(document.body.textContent).toContain("No model matches “nothing like it”.");
  });

  it("keeps a row's buttons together, so they wrap rather than widen the table", () => {
    render(ModelsSettings);
    const buttons = within(rows()[0] as HTMLElement).getAllByRole("button");
    expect(buttons.map((b) => b.textContent?.trim())).toEqual(["Edit", "Remove"]);
    for (const b of buttons) expect(b.parentElement?.classList.contains("action-buttons")).toBe(true);
  });

  it("opens the editor under the row, and removes a model by saving the catalogue without it", async () => {
    let saved: CatalogueEdits | null = null;
    backend.handlers.set("set_catalogue_edits", (args) => {
      saved = args.edits as CatalogueEdits;
      return stateOf(MODELS.filter((m) => m.id !== "gpt-z"), saved);
    });
    render(ModelsSettings);
    await userEvent.click(within(rows()[2] as HTMLElement).getByTestId("model-edit"));
    expect(document.querySelector("tr.editing")).not.toBeNull();
    await userEvent.click(within(rows()[2] as HTMLElement).getByTestId("model-edit"));
    expect(document.querySelector("tr.editing")).toBeNull();

    await userEvent.click(within(rows()[2] as HTMLElement).getByTestId("model-remove"));
    expect(saved).not.toBeNull();
    expect((saved as unknown as CatalogueEdits).removed).toContain("openai/gpt-z");
    expect(rows().map((r) => r.dataset.model)).toEqual(["anthropic/claude-a", "openai/gpt-a"]);
  });

  it("says why a change could not be saved", async () => {
    backend.handlers.set("set_catalogue_edits", () => {
      throw { code: "storage", message: "The disk is full." };
    });
    render(ModelsSettings);
    await userEvent.click(within(rows()[0] as HTMLElement).getByTestId("model-remove"));
    expect((await screen.findByRole("alert")).textContent).toContain("The disk is full.");
    expect(rows()).toHaveLength(3);
  });
});
