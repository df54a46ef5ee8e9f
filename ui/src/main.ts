// Entry point: the window first, the rest after it. index.html holds the window's frame (the
// sidebar and the chat pane, styled by app.css) and this small script applies the stored text
// size; that frame is painted as soon as a bare window's first page would be. The app's code
// (start.ts: most of the script, ~60-100 ms to evaluate on a slow machine, then the first
// render and the backend's answers) loads after that paint and replaces the frame.
import "./app.css";
import { applyZoom, localStore, storedZoom } from "./lib/zoomSize";

applyZoom(storedZoom(localStore()));
performance.mark("sb:entry");

function failed(err: unknown): void {
  // A chunk of the app that cannot load is a damaged install: say so where the app would be.
  const message = document.createElement("p");
  message.className = "boot-failed";
  message.textContent = `Switchboard could not start (${err instanceof Error ? err.message : String(err)}). Reinstalling it should fix this.`;
  document.getElementById("app")?.replaceChildren(message);
}

// A task queued from a frame's callback runs after that frame is painted.
requestAnimationFrame(() => {
  setTimeout(() => {
    import("./start").catch(failed);
  }, 0);
});
