// Runs before each test file: the highlighter is loaded, as it is in the app a moment after
// start-up. Tests of the moments before it loads import fresh modules (vi.resetModules).
import { beforeAll } from "vitest";
import { loadGrammars } from "./lib/highlight";

beforeAll(async () => {
  await loadGrammars();
});
