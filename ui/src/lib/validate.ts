// Client-side checks for the provider form. The backend validates again (invalid_input); these
// exist so the user gets a precise message next to the field before anything is sent. They
// follow the backend's rules per kind: Bedrock needs a region and may leave its endpoint blank;
// extra headers must be valid HTTP headers and never carry credentials (those live in the
// keyring).

import type { ProviderInput } from "./bindings";
import { modelExample } from "./providerForm";

export type ProviderField = "name" | "base_url" | "default_model" | "region" | "api_version" | "headers" | "credentials";
export type ProviderErrors = Partial<Record<ProviderField, string>>;

export function validateProvider(input: ProviderInput): ProviderErrors {
  const errors: ProviderErrors = {};
  if (input.name === "") errors.name = "Give the provider a name.";

  const url = input.base_url;
  const blankAllowed = input.kind === "bedrock";
  if (!(blankAllowed && url === "")) {
    const problem = urlProblem(url);
    if (problem === "credentials") {
      errors.base_url = "Put credentials in the key field, not in the URL.";
    } else if (problem !== null) {
      errors.base_url =
        input.kind === "azure"
          ? "Enter your resource's https:// URL, e.g. https://RESOURCE.openai.azure.com."
          : input.kind === "bedrock"
            ? "Enter an http:// or https:// URL, or leave it blank for the region's endpoint."
            : "Enter an http:// or https:// URL, e.g. https://api.openai.com/v1.";
    }
  }

  if (input.default_model === "") {
    errors.default_model =
      input.kind === "azure"
        ? "Enter the deployment name."
        : input.kind === "bedrock"
          ? `Enter the model id, e.g. ${modelExample("bedrock")}.`
          : `Enter the model to use, e.g. ${modelExample(input.kind)}.`;
  }

  if (input.kind === "bedrock") {
    const region = input.settings.region ?? "";
    if (region === "") errors.region = "Enter the AWS region, e.g. us-east-1.";
    else if (!/^[a-z0-9-]+$/.test(region)) errors.region = `“${region}” is not an AWS region (like us-east-1).`;
  }

  const version = input.settings.api_version ?? "";
  if (version !== "" && !/^[A-Za-z0-9.-]+$/.test(version)) {
    errors.api_version = "Use a version like 2024-10-21 (or leave it blank for that one).";
  }

  for (const h of input.settings.headers ?? []) {
    const problem = headerProblem(h.name, h.value);
    if (problem !== null) {
      errors.headers = problem;
      break;
    }
  }
  return errors;
}

/** Why a URL cannot be a base URL, or null when it can. */
function urlProblem(value: string): "invalid" | "credentials" | null {
  try {
    const url = new URL(value);
    if ((url.protocol !== "http:" && url.protocol !== "https:") || url.hostname === "") return "invalid";
    return url.username !== "" || url.password !== "" ? "credentials" : null;
  } catch {
    return "invalid";
  }
}

/** Header names that carry credentials; the backend refuses them (keys go to the keyring). */
function isCredentialHeader(name: string): boolean {
  return (
    ["authorization", "proxy-authorization", "x-api-key", "api-key", "x-goog-api-key", "cookie"].includes(name) ||
    name.startsWith("x-amz-")
  );
}

/** Why an extra header cannot be sent, or null when it can. `name` is trimmed and lower-case. */
export function headerProblem(name: string, value: string): string | null {
  if (name === "") return "Give every header a name (or clear its value).";
  if (!/^[!#$%&'*+.^_`|~0-9a-z-]+$/.test(name)) return `“${name}” is not a valid header name.`;
  if (isCredentialHeader(name)) return `“${name}” carries credentials; put the key in the API key field instead.`;
  // Control characters (other than tab) cannot go in a header value.
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0008\u000a-\u001f\u007f]/.test(value)) return `The value of “${name}” has a line break or control character.`;
  return null;
}
