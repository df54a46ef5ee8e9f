// Entry point: mounts the root component and starts loading state from the backend. The
// performance marks ("sb:…") are read by the start-up benchmark (scripts/startup-bench.sh).
import { mount } from "svelte";
import "./app.css";
import App from "./App.svelte";
import { stores } from "./lib/state";
import { warmUp } from "./lib/warmup";
import { zoom } from "./lib/zoom.svelte";

const target = document.getElementById("app");
if (target === null) throw new Error("index.html must contain #app");

// The stored text size applies before the first paint.
performance.mark("sb:script");
zoom.load();
mount(App, { target });
performance.mark("sb:mounted");
void stores.init().then(() => {
  performance.mark("sb:loaded");
  warmUp();
});
