// Vite config for the Switchboard webview UI. Tauri loads `dist/` (see src-tauri/tauri.conf.json:
// frontendDist = ../ui/dist) and, in development, the dev server on the fixed port 1420.
import { defineConfig } from "vitest/config";
import { svelte } from "@sveltejs/vite-plugin-svelte";

export default defineConfig(({ mode }) => ({
  plugins: [svelte()],
  // Tauri prints its own output to the same terminal; keep it visible.
  clearScreen: false,
  server: {
    port: 1420,
    strictPort: true,
    watch: { ignored: ["**/src-tauri/**"] },
  },
  build: {
    outDir: "dist",
    emptyOutDir: true,
    // WebKitGTK 2.40 / Safari 15 / WebView2 all support ES2021.
    target: "es2021",
    // Keep one predictable CSS file; the CSP forbids inline styles.
    cssCodeSplit: false,
  },
  // Under vitest, resolve Svelte's browser build so runes run with the client runtime.
  resolve: mode === "test" ? { conditions: ["browser"] } : undefined,
  test: {
    environment: "jsdom",
    include: ["src/**/*.test.ts"],
    setupFiles: ["src/test-setup.ts"],
  },
}));
