// highlight.js ships no declarations for its per-language entry points; each one default-exports
// a LanguageFn (see highlight.js/types/index.d.ts).
declare module "highlight.js/lib/languages/*" {
  import type { LanguageFn } from "highlight.js";
  const language: LanguageFn;
  export default language;
}
