// Editing the model catalogue and route table (Settings → Models and Settings → Routing).
//
// The backend stores the user's edits apart from the shipped defaults and lays them over the
// defaults on every load; these pure helpers compute the next full set of edits from one
// change, so the UI always sends the whole set and the backend checks it as a whole.

import type {
  Access,
  CatalogueEdits,
  CatalogueState,
  ModelInfo,
  ModelRef,
  Price,
  Quality,
  Task,
} from "./bindings";

export const TASKS: readonly Task[] = [
  "code",
  "reasoning",
  "planning",
  "writing",
  "summarize",
  "translate",
  "chat",
];

export function refOf(model: Pick<ModelInfo, "vendor" | "id">): ModelRef {
  return `${model.vendor}/${model.id}`;
}

export type ModelOrigin = "shipped" | "edited" | "custom";

/** Whether a model in effect is a shipped default, a shipped one the user changed, or the user's own. */
export function originOf(state: CatalogueState, ref: ModelRef): ModelOrigin {
  if (!state.shipped_models.includes(ref)) return "custom";
  return state.edits.models.some((m) => refOf(m) === ref) ? "edited" : "shipped";
}

function sameList(a: readonly ModelRef[], b: readonly ModelRef[]): boolean {
  return a.length === b.length && a.every((r, i) => r === b[i]);
}

/** Adds or replaces a model (a shipped one, edited; or the user's own). */
export function withModel(edits: CatalogueEdits, model: ModelInfo): CatalogueEdits {
  const ref = refOf(model);
  return {
    ...edits,
    models: [...edits.models.filter((m) => refOf(m) !== ref), model],
    removed: edits.removed.filter((r) => r !== ref),
  };
}

/** Removes a model: the user's own is dropped, a shipped one is hidden (and can be restored).
 * Either way it leaves the user's routes. */
export function withoutModel(state: CatalogueState, ref: ModelRef): CatalogueEdits {
  const edits = state.edits;
  const routes: CatalogueEdits["routes"] = {};
  for (const task of TASKS) {
    const route = edits.routes[task];
    if (route !== undefined) routes[task] = route.filter((r) => r !== ref);
  }
  const shipped = state.shipped_models.includes(ref);
  return {
    models: edits.models.filter((m) => refOf(m) !== ref),
    removed: shipped && !edits.removed.includes(ref) ? [...edits.removed, ref] : edits.removed,
    routes,
  };
}

/** Brings back a removed shipped model, or drops the user's changes to one. */
export function resetModel(edits: CatalogueEdits, ref: ModelRef): CatalogueEdits {
  return {
    ...edits,
    models: edits.models.filter((m) => refOf(m) !== ref),
    removed: edits.removed.filter((r) => r !== ref),
  };
}

/** Sets a task's route; a route equal to the shipped one is stored as "no edit", so later
 * default updates reach it. */
export function withRoute(state: CatalogueState, task: Task, route: ModelRef[]): CatalogueEdits {
  const routes = { ...state.edits.routes };
  const shipped = state.shipped_routes[task] ?? [];
  if (sameList(route, shipped)) delete routes[task];
  else routes[task] = route;
  return { ...state.edits, routes };
}

/** The list with item `index` moved by `delta` places (clamped to the ends). */
export function moved<T>(list: readonly T[], index: number, delta: number): T[] {
  const out = [...list];
  const to = Math.max(0, Math.min(out.length - 1, index + delta));
  if (index < 0 || index >= out.length || to === index) return out;
  const [item] = out.splice(index, 1);
  out.splice(to, 0, item as T);
  return out;
}

/** The model form's fields, as typed. Prices are dollars per million tokens; an empty optional
 * price means "same as input" (cache) or "same as output" (reasoning). */
export type ModelForm = {
  vendor: string;
  id: string;
  name: string;
  input: string;
  output: string;
  cacheRead: string;
  cacheWrite: string;
  reasoningPrice: string;
  contextWindow: string;
  maxOutput: string;
  vision: boolean;
  tools: boolean;
  reasoning: boolean;
  quality: Record<Task, string>;
};

const price = (p: number | null): string => (p === null ? "" : String(p));

export function formOf(model: ModelInfo): ModelForm {
  const quality = {} as Record<Task, string>;
  for (const task of TASKS) quality[task] = String(model.quality[task]);
  return {
    vendor: model.vendor,
    id: model.id,
    name: model.name,
    input: price(model.price.input),
    output: price(model.price.output),
    cacheRead: price(model.price.cache_read),
    cacheWrite: price(model.price.cache_write),
    reasoningPrice: price(model.price.reasoning),
    contextWindow: String(model.context_window),
    maxOutput: String(model.max_output),
    vision: model.capabilities.vision,
    tools: model.capabilities.tools,
    reasoning: model.capabilities.reasoning,
    quality,
  };
}

/** A blank form for a new model of `vendor`, with middling defaults. */
export function blankForm(vendor: string): ModelForm {
  const quality = {} as Record<Task, string>;
  for (const task of TASKS) quality[task] = "3";
  return {
    vendor,
    id: "",
    name: "",
    input: "0",
    output: "0",
    cacheRead: "",
    cacheWrite: "",
    reasoningPrice: "",
    contextWindow: "128000",
    maxOutput: "4096",
    vision: false,
    tools: false,
    reasoning: false,
    quality,
  };
}

function dollars(text: string, label: string): number | string {
  const t = text.trim().replace(/^\$/, "");
  if (!/^\d+(\.\d+)?$/.test(t)) return `${label} must be a price in dollars per million tokens, e.g. 0.40.`;
  return Number(t);
}

function optionalDollars(text: string, label: string): number | null | string {
  return text.trim() === "" ? null : dollars(text, label);
}

function tokens(text: string, label: string): number | string {
  const t = text.trim().replace(/[,_\s]/g, "");
  if (!/^\d+$/.test(t) || Number(t) < 1) return `${label} must be a whole number of tokens, at least 1.`;
  return Number(t);
}

/** The model a form describes, or the first thing wrong with it (as a sentence). */
export function parseModelForm(form: ModelForm): ModelInfo | string {
  const id = form.id.trim();
  const name = form.name.trim();
  if (form.vendor === "") return "Choose the vendor that serves this model.";
  if (id === "") return "Enter the model id the API expects, e.g. gpt-4.1-mini.";
  if (name === "") return "Enter a display name.";
  const input = dollars(form.input, "Input price");
  const output = dollars(form.output, "Output price");
  const cacheRead = optionalDollars(form.cacheRead, "Cache read price");
  const cacheWrite = optionalDollars(form.cacheWrite, "Cache write price");
  const reasoning = optionalDollars(form.reasoningPrice, "Reasoning price");
  const contextWindow = tokens(form.contextWindow, "Context window");
  const maxOutput = tokens(form.maxOutput, "Max output");
  for (const v of [input, output, cacheRead, cacheWrite, reasoning, contextWindow, maxOutput]) {
    if (typeof v === "string") return v;
  }
  const quality = {} as Quality;
  for (const task of TASKS) {
    const q = Number(form.quality[task]);
    if (!Number.isInteger(q) || q < 1 || q > 5) return `Quality for ${task} must be 1 to 5.`;
    quality[task] = q;
  }
  const priceOut: Price = {
    input: input as number,
    output: output as number,
    cache_read: cacheRead as number | null,
    cache_write: cacheWrite as number | null,
    reasoning: reasoning as number | null,
  };
  return {
    vendor: form.vendor,
    id,
    name,
    context_window: contextWindow as number,
    max_output: maxOutput as number,
    price: priceOut,
    capabilities: { vision: form.vision, tools: form.tools, reasoning: form.reasoning },
    quality,
  };
}

/** "$0.40 / $1.60" per million tokens, input / output. */
export function priceText(p: Price): string {
  const f = (d: number): string => `$${d < 0.1 && d > 0 ? d.toFixed(3) : d.toFixed(2)}`;
  return `${f(p.input)} / ${f(p.output)}`;
}

/** "128k", "1M", "2,048": a token count at a glance. */
export function tokensText(n: number): string {
  if (n >= 1_000_000 && n % 1_000_000 === 0) return `${n / 1_000_000}M`;
  if (n >= 1_000_000) return `${(n / 1_000_000).toFixed(2)}M`;
  if (n >= 10_000) return `${Math.round(n / 1000)}k`;
  return n.toLocaleString("en-US");
}

/** How Settings → Routing marks a model: whether a provider with a key serves it (the router's
 * own rule, from the backend); null while that is not known. */
export function keyMark(access: Access | undefined): { label: string; ready: boolean; title: string } | null {
  if (access === undefined) return null;
  switch (access.kind) {
    case "ready":
      return { label: "key ✓", ready: true, title: "A provider with a key serves this model" };
    case "no_key":
      return {
        label: "no key",
        ready: false,
        title: `${access.provider} has no key: add one in Settings → Providers. Routing skips this model until then.`,
      };
    case "no_provider":
      return {
        label: "no key",
        ready: false,
        title: "No provider serves this model's vendor: add one in Settings → Providers. Routing skips it until then.",
      };
  }
}
