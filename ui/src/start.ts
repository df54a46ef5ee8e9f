// The app itself, loaded by main.ts after the window's frame is painted: mounts the root
// component in place of that frame and starts loading state from the backend. The performance
// marks ("sb:…") are read by the start-up benchmark (scripts/startup-bench.sh).
import { mount } from "svelte";
import App from "./App.svelte";
import { stores } from "./lib/state";
import { warmUp } from "./lib/warmup";
import { zoom } from "./lib/zoom.svelte";

const target = document.getElementById("app");
if (target === null) throw new Error("index.html must contain #app");

performance.mark("sb:script");
// The size main.ts applied, now in the store Ctrl+=/- and Settings change.
zoom.load();
// The frame goes in the same task as the app comes: no paint between.
target.replaceChildren();
document.documentElement.classList.remove("boot-narrow");
mount(App, { target });
performance.mark("sb:mounted");
void stores.init().then(() => {
  performance.mark("sb:loaded");
  warmUp();
});
