// Client-side checks for the provider form. The backend validates again (invalid_input); these
// exist so the user gets a precise message next to the field before anything is sent.

import type { ProviderInput } from "./bindings";

export type ProviderField = "name" | "base_url" | "default_model";
export type ProviderErrors = Partial<Record<ProviderField, string>>;

/** Trims what the user typed into the shape the backend expects; vendor "" = recognise from the
 * URL; `local` = a server on the user's machine or network (free, no key needed). */
export function providerInput(name: string, baseUrl: string, model: string, vendor = "", local = false): ProviderInput {
  return {
    name: name.trim(),
    kind: "openai",
    base_url: baseUrl.trim(),
    default_model: model.trim(),
    vendor: vendor === "" ? null : vendor,
    local,
  };
}

export function validateProvider(input: ProviderInput): ProviderErrors {
  const errors: ProviderErrors = {};
  if (input.name === "") errors.name = "Give the provider a name.";
  if (!isHttpUrl(input.base_url)) {
    errors.base_url = "Enter an http:// or https:// URL, e.g. https://api.openai.com/v1.";
  }
  if (input.default_model === "") errors.default_model = "Enter the model to use, e.g. gpt-4.1-mini.";
  return errors;
}

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === "http:" || url.protocol === "https:") && url.hostname !== "";
  } catch {
    return false;
  }
}
