// The app itself, loaded by main.ts after the window's frame is painted: mounts the root
// component in place of that frame and starts loading state from the backend. The performance
// marks ("sb:…") are read by the start-up benchmark (scripts/startup-bench.sh).
import { mount, tick } from "svelte";
import App from "./App.svelte";
import { bootList } from "./lib/bootList";
import { chat, stores } from "./lib/state";
import { warmUp } from "./lib/warmup";
import { zoom } from "./lib/zoom.svelte";

const target = document.getElementById("app");
if (target === null) throw new Error("index.html must contain #app");

performance.mark("sb:script");
// The size main.ts applied, now in the store Ctrl+=/- and Settings change.
zoom.load();
// What the boot frame read and had clicked (lib/bootList.ts).
const boot = bootList.takeOver();
// The frame goes in the same task as the app comes, and the list read already with it (its
// answer is taken in this task's microtasks): no paint between.
target.replaceChildren();
document.documentElement.classList.remove("boot-narrow", "boot-short");
mount(App, { target });
performance.mark("sb:mounted");
void stores.init({ conversations: boot.head }).then(() => {
  performance.mark("sb:loaded");
  warmUp();
});
if (boot.chosen !== null) void chat.openConversation(boot.chosen);
// A list scrolled in the frame stays where it was: the app's list renders from the read taken
// over in this task's microtasks (stores.init took it first), and is scrolled there before the
// next paint.
if (boot.scrollTop > 0) {
  void boot.head
    ?.then(() => tick())
    .then(() => {
      const list = document.querySelector(".sidebar-list");
      if (list !== null) list.scrollTop = boot.scrollTop;
    });
}
