// Entry point: the window first, the rest after it. index.html holds the window's frame (the
// sidebar and the chat pane, styled by app.css) and this small script applies the stored text
// size; that frame is painted as soon as a bare window's first page would be. The app's code
// (start.ts: most of the script, ~60-100 ms to evaluate on a slow machine, then the first
// render and the backend's answers) loads after that paint and replaces the frame.
import "./app.css";
import { afterPaint } from "./lib/frame";
import { sizeClasses } from "./lib/layoutSize";
import { applyZoom, localStore, storedZoom } from "./lib/zoomSize";

const zoom = storedZoom(localStore());
applyZoom(zoom);
// The frame follows the app's layout at this text size (media queries cannot: lib/layout).
const { narrow } = sizeClasses(window.innerWidth, window.innerHeight, (16 * zoom) / 100);
document.documentElement.classList.toggle("boot-narrow", narrow);
performance.mark("sb:entry");

function failed(err: unknown): void {
  // A chunk of the app that cannot load is a damaged install: say so where the app would be.
  const message = document.createElement("p");
  message.className = "boot-failed";
  message.textContent = `Switchboard could not start (${err instanceof Error ? err.message : String(err)}). Reinstalling it should fix this.`;
  document.getElementById("app")?.replaceChildren(message);
}

let started = false;
function start(): void {
  if (started) return;
  started = true;
  import("./start").catch(failed);
}

// After the frame is painted...
afterPaint(start);
// ...but a window opened minimised paints no frame until it is shown: never wait for one long.
setTimeout(start, 250);
