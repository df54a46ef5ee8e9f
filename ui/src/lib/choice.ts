// Who answers a conversation's turns: the router ("Auto"), the router held to one catalogue model
// ("Pinned"), or a provider the user chose. The choice is stored in the conversation's routing
// (ConversationRouting), not in the webview, so the conversation header and the composer read the
// same thing and a new chat starts from Settings → Budget instead of inheriting the last pick.
// These pure helpers give both pickers the same options, values and labels.

import type { BudgetSettings, ConversationRouting, ModelInfo, Provider, Vendor } from "./bindings";
import { refOf } from "./catalogue";

/** The fields of a conversation's routing that say who answers. */
export type RoutingChoice = Pick<ConversationRouting, "chosen_provider_id" | "chosen_model" | "pinned_model">;

export const AUTO: RoutingChoice = { chosen_provider_id: null, chosen_model: null, pinned_model: null };

/** What the pickers need to know to name and offer choices. */
export type ChoiceContext = {
  providers: readonly Provider[];
  models: readonly ModelInfo[];
  vendors: readonly Vendor[];
};

export type ChoiceOption = { value: string; label: string };
/** Options under an optgroup `label`; null = no group (the Auto option). */
export type ChoiceGroup = { label: string | null; options: ChoiceOption[] };

const PROVIDER_PREFIX = "provider:";

/** Only the choice fields of a routing, so spreading it never overwrites cap or quality. */
export function choiceOf(routing: RoutingChoice): RoutingChoice {
  return {
    chosen_provider_id: routing.chosen_provider_id,
    chosen_model: routing.chosen_provider_id === null ? null : routing.chosen_model,
    pinned_model: routing.pinned_model,
  };
}

/** What a new chat starts with (Settings → Budget → "New chats start with"). */
export function defaultChoice(settings: BudgetSettings): RoutingChoice {
  return settings.default_provider_id === null
    ? AUTO
    : { chosen_provider_id: settings.default_provider_id, chosen_model: settings.default_model, pinned_model: null };
}

/** The router picks the model (freely, or within a pin); false when a provider was chosen. */
export function isRouted(choice: RoutingChoice): boolean {
  return choice.chosen_provider_id === null;
}

/** Whether the catalogue vendor a provider serves needs no key (set, or recognised by host). */
function keylessVendor(provider: Provider, vendors: readonly Vendor[]): boolean {
  let host = "";
  try {
    host = new URL(provider.base_url).hostname;
  } catch {
    // An unparsable URL matches no vendor.
  }
  const vendor =
    provider.vendor !== null
      ? vendors.find((v) => v.id === provider.vendor)
      : vendors.find((v) => v.hosts.includes(host));
  return vendor !== undefined && !vendor.needs_key;
}

/** A provider that can answer: it has a key, or it is a local server that needs none (the
 * backend's rule: a local provider, or a catalogue vendor that needs no key). */
export function canAnswer(provider: Provider, vendors: readonly Vendor[]): boolean {
  return provider.has_key || provider.local || keylessVendor(provider, vendors);
}

/** The select value of a choice: "" for Auto, the model ref for a pin, "provider:ID[:model]". */
export function choiceValue(choice: RoutingChoice): string {
  if (choice.chosen_provider_id !== null) {
    const model = choice.chosen_model === null ? "" : `:${choice.chosen_model}`;
    return `${PROVIDER_PREFIX}${choice.chosen_provider_id}${model}`;
  }
  return choice.pinned_model ?? "";
}

/** The choice a select value stands for (the inverse of `choiceValue`). */
export function parseChoice(value: string): RoutingChoice {
  const m = /^provider:(\d+)(?::([\s\S]+))?$/.exec(value);
  if (m !== null) {
    return { chosen_provider_id: Number(m[1]), chosen_model: m[2] ?? null, pinned_model: null };
  }
  return value === "" ? AUTO : { ...AUTO, pinned_model: value };
}

/**
 * "Auto · routed per message", "Pinned · GPT-6 Luna", "OpenAI · gpt-4.1-mini": the one label a
 * choice has, in the conversation header, the composer and Settings → Budget alike. The word
 * "Auto" appears only in the Auto label (the e2e suite picks Auto by that word).
 */
export function choiceLabel(choice: RoutingChoice, ctx: ChoiceContext): string {
  if (choice.chosen_provider_id !== null) {
    const provider = ctx.providers.find((p) => p.id === choice.chosen_provider_id);
    if (provider === undefined) return "Removed provider — choose another";
    const label = `${provider.name} · ${choice.chosen_model ?? provider.default_model}`;
    return canAnswer(provider, ctx.vendors) ? label : `${label} (no key)`;
  }
  if (choice.pinned_model !== null) {
    const model = ctx.models.find((m) => refOf(m) === choice.pinned_model);
    return model === undefined
      ? `Pinned · ${choice.pinned_model} (not in the catalogue)`
      : `Pinned · ${model.name}`;
  }
  return "Auto · routed per message";
}

/**
 * The options both pickers offer: Auto; each provider that can answer (its default model); a pin
 * for every catalogue model, grouped by vendor in catalogue order. The current choice is always
 * offered, even when it is unusual (a model other than the provider's default, a provider that
 * lost its key or was removed, a pin the catalogue no longer has), so the picker never shows
 * something other than what is stored.
 */
export function choiceGroups(current: RoutingChoice | null, ctx: ChoiceContext): ChoiceGroup[] {
  const option = (choice: RoutingChoice): ChoiceOption => ({ value: choiceValue(choice), label: choiceLabel(choice, ctx) });
  const providers = ctx.providers
    .filter((p) => canAnswer(p, ctx.vendors))
    .map((p) => option({ ...AUTO, chosen_provider_id: p.id }));
  const byVendor = new Map<string, ChoiceOption[]>();
  for (const m of ctx.models) {
    byVendor.set(m.vendor, [...(byVendor.get(m.vendor) ?? []), option({ ...AUTO, pinned_model: refOf(m) })]);
  }
  const groups: ChoiceGroup[] = [
    { label: null, options: [option(AUTO)] },
    { label: "Your providers", options: providers },
    ...[...byVendor.entries()].map(([vendor, options]) => ({
      label: `Pin a model · ${ctx.vendors.find((v) => v.id === vendor)?.name ?? vendor}`,
      options,
    })),
  ];
  if (current !== null) {
    const value = choiceValue(current);
    if (!groups.some((g) => g.options.some((o) => o.value === value))) {
      const target = isRouted(current) ? groups[0] : groups[1];
      target?.options.push(option(current));
    }
  }
  return groups.filter((g) => g.options.length > 0);
}
