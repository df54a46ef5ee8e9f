// Start-up benchmark, run by scripts/startup-bench.sh (which builds both apps and starts Xvfb,
// a keyring and tauri-driver): launches the bare Tauri window and Switchboard alternately and
// prints, for each, the time from launch to its first content and its idle memory.
import fs from "node:fs";
import path from "node:path";
import { Builder } from "selenium-webdriver";

const RUNS = Number(process.env.SB_STARTUP_RUNS ?? 5);
const IDLE_MS = 5000;
const apps = [
  { name: "bare Tauri window", path: process.env.SB_BARE, ready: '[data-testid="ready"]' },
  { name: "Switchboard", path: process.env.SB_APP, ready: process.env.SB_READY },
];

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Every process id with its parent, from /proc. */
function processTable() {
  const table = [];
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, "utf8");
      // The name is in parentheses and may hold spaces: the parent id follows the last ")".
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      let exe = null;
      try {
        exe = fs.readlinkSync(`/proc/${entry}/exe`);
      } catch {}
      table.push({ pid: Number(entry), ppid, exe });
    } catch {}
  }
  return table;
}

/** PSS and RSS (MiB) summed over the process running `exe` and all its descendants. */
function memoryOf(exe) {
  const table = processTable();
  const root = table.find((p) => p.exe === path.resolve(exe));
  if (!root) throw new Error(`${exe} is not running`);
  const tree = new Set([root.pid]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const p of table) {
      if (tree.has(p.ppid) && !tree.has(p.pid)) {
        tree.add(p.pid);
        grew = true;
      }
    }
  }
  let pss = 0;
  let rss = 0;
  const each = [];
  for (const pid of tree) {
    const rollup = fs.readFileSync(`/proc/${pid}/smaps_rollup`, "utf8");
    const own = Number(/^Pss:\s+(\d+)/m.exec(rollup)?.[1] ?? 0);
    pss += own;
    rss += Number(/^Rss:\s+(\d+)/m.exec(rollup)?.[1] ?? 0);
    each.push(`${fs.readFileSync(`/proc/${pid}/comm`, "utf8").trim()} ${(own / 1024).toFixed(0)}`);
  }
  return { pss: pss / 1024, rss: rss / 1024, processes: tree.size, each: each.join(", ") };
}

async function launch(app) {
  const started = performance.now();
  const driver = await new Builder()
    .usingServer("http://127.0.0.1:4444/")
    .withCapabilities({ browserName: "wry", "tauri:options": { application: app.path } })
    .build();
  try {
    while (!(await driver.executeScript(`return document.querySelector(arguments[0]) !== null;`, app.ready))) {
      if (performance.now() - started > 60_000) throw new Error(`${app.name}: ${app.ready} not shown after 60 s`);
      await sleep(5);
    }
    const shown = performance.now() - started;
    // Where the page's own time went (ms since its navigation started).
    const page = await driver.executeScript(`
      const nav = performance.getEntriesByType("navigation")[0];
      const scripts = performance.getEntriesByType("resource").filter((r) => r.initiatorType === "script");
      return { now: performance.now(), domInteractive: nav?.domInteractive, domContentLoaded: nav?.domContentLoadedEventEnd,
               scriptEnd: Math.max(0, ...scripts.map((r) => r.responseEnd)),
               marks: performance.getEntriesByType("mark").map((m) => m.name + " " + m.startTime.toFixed(0)).join(", ") };`);
    if (process.env.SB_STARTUP_DETAIL) console.log(`    ${app.name}: shown ${shown.toFixed(0)} ms; page ${JSON.stringify(page)}`);
    await sleep(IDLE_MS);
    const idle = memoryOf(app.path);
    if (!process.env.SB_OPEN_FIRST || app.name !== "Switchboard") return { shown, ...idle };
    // Open the first conversation (the longest, see the script) and wait for its messages.
    const clicked = performance.now();
    await driver.executeScript(`document.querySelector('[data-testid="conversation-item"]').click();`);
    let count = 0;
    while ((count = await driver.executeScript(`return document.querySelectorAll("[data-message-id]").length;`)) === 0) {
      if (performance.now() - clicked > 60_000) throw new Error("the conversation did not open in 60 s");
      await sleep(5);
    }
    const opened = performance.now() - clicked;
    if (process.env.SB_STARTUP_DETAIL) {
      // The click (sb:open), the page read (sb:open-data), the first frame after (sb:open-frame).
      await sleep(300);
      const marks = await driver.executeScript(`return performance.getEntriesByType("mark")
        .filter((m) => m.name.startsWith("sb:open")).map((m) => m.name + " " + m.startTime.toFixed(0)).join(", ");`);
      console.log(`    ${app.name}: opening marks ${marks}`);
    }
    await sleep(IDLE_MS);
    const open = memoryOf(app.path);
    return { shown, ...idle, opened, openedCount: count, openPss: open.pss };
  } finally {
    await driver.quit();
    await sleep(500);
  }
}

const results = new Map(apps.map((a) => [a.name, []]));
for (let run = 0; run < RUNS; run++) {
  for (const app of apps) results.get(app.name).push(await launch(app));
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const range = (xs) => `${Math.min(...xs).toFixed(0)}–${Math.max(...xs).toFixed(0)}`;
console.log(`start-up, ${RUNS} launches each, alternating (${process.env.SB_HISTORY_DB || "empty history"}):`);
for (const [name, rs] of results) {
  const shown = rs.map((r) => r.shown);
  const pss = rs.map((r) => r.pss);
  const rss = rs.map((r) => r.rss);
  console.log(
    `  ${name.padEnd(18)} shown after ${median(shown).toFixed(0)} ms (${range(shown)}), ` +
      `idle PSS ${median(pss).toFixed(0)} MiB (${range(pss)}), RSS ${median(rss).toFixed(0)} MiB, ` +
      `${rs[0].processes} processes`,
  );
  console.log(`    PSS by process (MiB), last launch: ${rs.at(-1).each}`);
  if (rs[0].opened !== undefined) {
    const opened = rs.map((r) => r.opened);
    const pss = rs.map((r) => r.openPss);
    console.log(
      `    opening the longest conversation: ${median(opened).toFixed(0)} ms (${range(opened)}) to its first messages ` +
        `in the page; idle PSS with it open ${median(pss).toFixed(0)} MiB (${range(pss)})`,
    );
  }
}
const [bare, sb] = [...results.values()];
const ratio = median(sb.map((r) => r.shown)) / median(bare.map((r) => r.shown));
const memRatio = median(sb.map((r) => r.pss)) / median(bare.map((r) => r.pss));
console.log(`  Switchboard / bare: start-up ${ratio.toFixed(2)}×, idle PSS ${memRatio.toFixed(2)}×`);
