// The model catalogue in effect (shipped models and routes with the user's edits, Settings →
// Models / Routing), its vendors, and the OpenAI-compatible presets the provider form offers.
// Invariants:
//  - `state` is always what the backend last returned: edits are stored whole and the result
//    replaces it, so the screen never shows edits the backend refused;
//  - a failed read leaves the previous value and says why in the notice bar.

import * as api from "../api";
import { toIpcError } from "../api";
import type { CatalogueEdits, CatalogueState, IpcError, Preset, Vendor } from "../bindings";
import type { Notices } from "./notices.svelte";

export class Catalogue {
  readonly #notices: Notices;

  /** The model catalogue in effect with the user's edits (Settings → Models / Routing). */
  state = $state.raw<CatalogueState | null>(null);
  /** The OpenAI-compatible presets the provider form offers (OpenAI, Groq, LM Studio, …). */
  presets = $state.raw<Preset[]>([]);
  /** Vendors of the model catalogue, for the provider form. */
  vendors = $derived<Vendor[]>(this.state?.catalogue.vendors ?? []);

  constructor(deps: { notices: Notices }) {
    this.#notices = deps.notices;
  }

  /** A catalogue vendor's display name (its id when unknown). */
  vendorName(id: string): string {
    return this.vendors.find((v) => v.id === id)?.name ?? id;
  }

  async load(): Promise<void> {
    try {
      this.state = await api.catalogueState();
    } catch (err) {
      this.#notices.fail(err);
    }
  }

  async loadPresets(): Promise<void> {
    try {
      this.presets = await api.providerPresets();
    } catch (err) {
      this.#notices.fail(err);
    }
  }

  /** Stores a whole new set of catalogue edits; resolves with the backend's refusal, if any. */
  async save(edits: CatalogueEdits): Promise<IpcError | null> {
    try {
      this.state = await api.setCatalogueEdits(edits);
      return null;
    } catch (err) {
      return toIpcError(err);
    }
  }
}
