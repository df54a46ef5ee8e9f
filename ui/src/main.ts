// Entry point: the window first, the rest after it. index.html holds the window's frame (the
// sidebar and the chat pane, styled by app.css and sidebar.css) and this small script applies
// the stored text size; that frame is painted as soon as a bare window's first page would be.
// It also asks for the conversation list and draws it into the frame (lib/bootList.ts). The
// app's code (start.ts: most of the script, ~60-100 ms to evaluate on a slow machine, then the
// first render and the backend's other answers) loads after those are painted and replaces
// the frame.
import "./app.css";
import "./sidebar.css";
import { bootList } from "./lib/bootList";
import { afterPaint } from "./lib/frame";
import { sizeClasses } from "./lib/layoutSize";
import { applyZoom, localStore, storedZoom } from "./lib/zoomSize";

const zoom = storedZoom(localStore());
applyZoom(zoom);
// The frame follows the app's layout at this text size (media queries cannot: lib/layout).
const { narrow, short } = sizeClasses(window.innerWidth, window.innerHeight, (16 * zoom) / 100);
document.documentElement.classList.toggle("boot-narrow", narrow);
document.documentElement.classList.toggle("boot-short", short);
performance.mark("sb:entry");
// A narrow window has no sidebar to draw into (it is a drawer): the list is still read, for the
// app to take.
const listDrawn = bootList.draw(narrow ? null : document.querySelector(".boot-frame .sidebar-list"), Date.now);

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
  performance.mark("sb:import");
  import("./start").catch(failed);
}

// After the frame and the list drawn into it are painted (evaluating the app's code holds the
// page for a while; with no list to draw, after the frame)...
if (narrow) afterPaint(start);
else
  void listDrawn.then((drawn) =>
    afterPaint(() => {
      // For the start-up benchmark: the list is on screen (scripts/startup-bench.sh).
      if (drawn) performance.mark("sb:list-painted");
      start();
    }),
  );
// ...but never wait long: a window opened minimised paints no frame until it is shown, and a
// backend busy (say, migrating a large database) answers late; the app then mounts without the
// list and shows it when the read answers.
setTimeout(start, 250);
