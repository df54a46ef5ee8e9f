// The providers the user added (Settings → Providers) and what the routing pickers need to
// name and offer choices. Invariants:
//  - API keys and AWS credentials only pass through method arguments to api.ts; nothing here
//    stores or logs them (the backend keeps them in the OS keyring);
//  - the list is the backend's: each change replaces the provider with what the backend
//    returned, and a refused change throws to the form that asked for it.

import * as api from "../api";
import type { ConnectionTest, DetectedOllama, ModelListing, Provider, ProviderInput } from "../bindings";
import { canAnswer, choiceLabel, type ChoiceContext, type RoutingChoice } from "../choice";
import type { Catalogue } from "./catalogue.svelte";
import { upsert } from "./lists";
import type { Notices } from "./notices.svelte";

export class Providers {
  readonly #catalogue: Catalogue;
  readonly #notices: Notices;

  list = $state.raw<Provider[]>([]);
  /** Providers that can answer: with a key, or local servers that need none. */
  // Deriveds that read a store given to the constructor are functions: they run once it is set.
  ready = $derived.by(() => this.list.filter((p) => canAnswer(p, this.#catalogue.vendors)));
  /** What the routing pickers need to name and offer choices. */
  choiceContext = $derived.by<ChoiceContext>(() => ({
    providers: this.list,
    models: this.#catalogue.state?.catalogue.models ?? [],
    vendors: this.#catalogue.vendors,
  }));

  constructor(deps: { catalogue: Catalogue; notices: Notices }) {
    this.#catalogue = deps.catalogue;
    this.#notices = deps.notices;
  }

  /** The label of a choice, the same wherever it is shown. */
  choiceLabel(choice: RoutingChoice): string {
    return choiceLabel(choice, this.choiceContext);
  }

  /** Asks provider `id` whether its URL and key work. Throws why it could not ask. */
  async testConnection(id: number): Promise<ConnectionTest> {
    return api.testConnection(id);
  }

  /** The models provider `id` serves, as it lists them. Throws why they could not be read. */
  async listModels(id: number): Promise<ModelListing> {
    return api.listModels(id);
  }

  /** A local Ollama server and its models, if one answers on its usual port (null if none). */
  async detectOllama(): Promise<DetectedOllama | null> {
    return api.detectOllama();
  }

  async refresh(): Promise<void> {
    try {
      this.list = await api.listProviders();
    } catch (err) {
      this.#notices.fail(err);
    }
  }

  async add(input: ProviderInput, apiKey: string | null): Promise<Provider> {
    const created = await api.addProvider(input, apiKey);
    this.list = upsert(this.list, created);
    this.#accessChanged();
    return created;
  }

  async update(id: number, input: ProviderInput): Promise<void> {
    this.list = upsert(this.list, await api.updateProvider(id, input));
    this.#accessChanged();
  }

  async remove(id: number): Promise<void> {
    await api.deleteProvider(id);
    this.list = this.list.filter((p) => p.id !== id);
    this.#accessChanged();
  }

  async setKey(providerId: number, apiKey: string): Promise<void> {
    this.list = upsert(this.list, await api.setKey(providerId, apiKey));
    this.#accessChanged();
  }

  /** Stores Bedrock's AWS access keys (as the provider's one keyring entry). */
  async setAwsCredentials(
    providerId: number,
    accessKeyId: string,
    secretAccessKey: string,
    sessionToken: string | null,
  ): Promise<void> {
    this.list = upsert(this.list, await api.setAwsCredentials(providerId, accessKeyId, secretAccessKey, sessionToken));
    this.#accessChanged();
  }

  async deleteKey(providerId: number): Promise<void> {
    this.list = upsert(this.list, await api.deleteKey(providerId));
    this.#accessChanged();
  }

  /** Which models have a key follows from the providers: the catalogue's `access` is read
   * again so Settings → Routing marks them as routing will now treat them. */
  #accessChanged(): void {
    void this.#catalogue.load();
  }
}
