// Start-up benchmark, run by scripts/startup-bench.sh (which builds both apps and starts Xvfb,
// a keyring and tauri-driver): launches the bare Tauri window and Switchboard alternately and
// prints, for each, the time from launch to its window's frame and to its first content, and its
// idle memory.
import fs from "node:fs";
import path from "node:path";
import http from "node:http";
import { Builder, By, Key } from "selenium-webdriver";

const RUNS = Number(process.env.SB_STARTUP_RUNS ?? 5);
const IDLE_MS = 5000;
const apps = [
  // ready: the first content (bare: its one line; Switchboard: the conversation list).
  { name: "bare Tauri window", path: process.env.SB_BARE, ready: '[data-testid="ready"]' },
  // appReady: the app's own list, which replaces the one the boot frame draws (if different).
  { name: "Switchboard", path: process.env.SB_APP, ready: process.env.SB_READY, appReady: process.env.SB_APP_READY },
];

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** The answer the fake provider streams for a send: about 2,400 characters of Markdown with a
 * code block, in 15-character pieces 10 ms apart (~1.6 s), as a model would. */
const ANSWER = [
  "Here is a small example, and why it works.\n\n",
  "## The idea\n\nKeep **one** reader and *one* writer; the reader never waits for the writer. ",
  "That is what makes a long history cheap to read while an answer is being written.\n\n",
  "```python\nimport sqlite3\n\n",
  "def newest(db: sqlite3.Connection, limit: int = 100) -> list[tuple]:\n",
  "    \"\"\"The newest messages, oldest first.\"\"\"\n",
  "    rows = db.execute(\n        \"SELECT id, content FROM messages ORDER BY id DESC LIMIT ?\", (limit,)\n    ).fetchall()\n",
  "    return list(reversed(rows))\n```\n\n",
  "1. Open the database in WAL mode.\n2. Read with its own connection.\n3. Write in short transactions.\n\n",
  "| step | cost |\n|---|---|\n| read a page | 1 ms |\n| write a token | 0.1 ms |\n\n",
  "That is all there is to it. ".repeat(40),
].join("");

/** A fake OpenAI-compatible server on 127.0.0.1:`port` streaming `ANSWER` to every chat request. */
function serveAnswers(port) {
  const chunk = (delta, extra = {}) =>
    `data: ${JSON.stringify({ id: "bench", object: "chat.completion.chunk", model: "bench-model", choices: [{ index: 0, delta, finish_reason: null }], ...extra })}\n\n`;
  const server = http.createServer((req, res) => {
    req.resume();
    req.on("end", async () => {
      if (!req.url.split("?")[0].endsWith("/chat/completions")) {
        res.writeHead(404).end();
        return;
      }
      res.writeHead(200, { "content-type": "text/event-stream" });
      for (const piece of ANSWER.match(/[^]{1,15}/g)) {
        res.write(chunk({ content: piece }));
        await sleep(10);
      }
      res.write(`data: ${JSON.stringify({ id: "bench", object: "chat.completion.chunk", model: "bench-model",
        choices: [{ index: 0, delta: {}, finish_reason: "stop" }], usage: { prompt_tokens: 900, completion_tokens: 600, total_tokens: 1500 } })}\n\n`);
      res.end("data: [DONE]\n\n");
    });
  });
  server.listen(port, "127.0.0.1");
  return server;
}

/** Sends a message in the open conversation and waits for its answer to complete: the time
 * from Enter to the complete answer and the CPU time the app and its WebKit processes used. */
async function sendAndWait(driver, app) {
  const last = () =>
    driver.executeScript(`const all = document.querySelectorAll('[data-testid="message-assistant"]');
      const m = all[all.length - 1]; return m ? [m.dataset.messageId, m.dataset.status] : null;`);
  const previous = (await last())?.[0] ?? null;
  const input = await driver.findElement(By.css('[data-testid="composer-input"]'));
  const cpu = cpuOf(app.path);
  const started = performance.now();
  await input.sendKeys("Show me a small example, please.", Key.ENTER);
  for (;;) {
    const now = await last();
    if (now !== null && now[0] !== previous && now[1] !== "streaming") {
      if (now[1] !== "complete") throw new Error(`the answer ended ${now[1]}`);
      break;
    }
    if (performance.now() - started > 60_000) throw new Error("no complete answer in 60 s");
    await sleep(50);
  }
  const after = cpuOf(app.path);
  return { ms: performance.now() - started, cpu: after.all - cpu.all, web: after.web - cpu.web };
}

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

/** The process running `exe` and all its descendants (the WebKit processes). */
function treeOf(exe) {
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
  return tree;
}

/** CPU time (ms, user + system) used so far by the process running `exe` and its descendants:
 * all of them, and the WebKit web process alone (where the page's script and layout run). */
function cpuOf(exe) {
  let all = 0;
  let web = 0;
  for (const pid of treeOf(exe)) {
    try {
      const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      // utime and stime are fields 14 and 15 of stat; here counted from the state (field 3).
      const ticks = Number(fields[11]) + Number(fields[12]);
      all += ticks;
      if (stat.includes("(WebKitWebProces")) web += ticks;
    } catch {}
  }
  return { all: all * 10, web: web * 10 }; // USER_HZ is 100 on Linux
}

/** PSS and RSS (MiB) summed over the process running `exe` and all its descendants. */
function memoryOf(exe) {
  const tree = treeOf(exe);
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
  const launchedAt = Date.now();
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
    while (app.appReady && !(await driver.executeScript(`return document.querySelector(arguments[0]) !== null;`, app.appReady))) {
      if (performance.now() - started > 60_000) throw new Error(`${app.name}: ${app.appReady} not shown after 60 s`);
      await sleep(5);
    }
    const ready = performance.now() - started;
    // The window's first paint of content, from the page's own clock (a poll cannot see it: a
    // script can only run once the page's own scripts have): bare, its line; Switchboard, the
    // frame of index.html.
    // WebKit sometimes records the entry a little after the paint: give it a second.
    let painted = null;
    for (let i = 0; i < 50 && painted === null; i++) {
      painted = await driver.executeScript(`
        const paint = performance.getEntriesByName("first-contentful-paint")[0];
        return paint === undefined ? null : performance.timeOrigin + paint.startTime;`);
      if (painted === null) await sleep(20);
    }
    if (painted === null) throw new Error(`${app.name}: the webview reported no first-contentful-paint`);
    const frame = painted - launchedAt;
    // Switchboard: when the frame with the conversation list drawn into it was painted (the
    // page's mark, on its clock), if the boot frame drew it (lib/bootList.ts).
    const listPaintedAt = await driver.executeScript(`
      const mark = performance.getEntriesByName("sb:list-painted")[0];
      return mark === undefined ? null : performance.timeOrigin + mark.startTime;`);
    const listPainted = listPaintedAt === null ? null : listPaintedAt - launchedAt;
    // Where the page's own time went (ms since its navigation started).
    const page = await driver.executeScript(`
      const nav = performance.getEntriesByType("navigation")[0];
      const scripts = performance.getEntriesByType("resource").filter((r) => r.initiatorType === "script");
      return { now: performance.now(), domInteractive: nav?.domInteractive, domContentLoaded: nav?.domContentLoadedEventEnd,
               firstPaint: performance.getEntriesByName("first-contentful-paint")[0]?.startTime,
               scriptEnd: Math.max(0, ...scripts.map((r) => r.responseEnd)),
               marks: performance.getEntriesByType("mark").map((m) => m.name + " " + m.startTime.toFixed(0)).join(", ") };`);
    if (process.env.SB_STARTUP_DETAIL) console.log(`    ${app.name}: frame ${frame.toFixed(0)} ms, list painted ${listPainted?.toFixed(0)} ms, shown ${shown.toFixed(0)} ms, ready ${ready.toFixed(0)} ms; page ${JSON.stringify(page)}`);
    await sleep(IDLE_MS);
    const idle = memoryOf(app.path);
    if (!process.env.SB_OPEN_FIRST || app.name !== "Switchboard") return { frame, listPainted, shown, ready, ...idle };
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
    if (process.env.SB_STARTUP_DETAIL) {
      // The IPC's own cost, idle: a command that reads nothing, and the newest page of the open
      // conversation at three sizes (medians of 9 calls each, on the page's clock).
      const ipc = await driver.executeAsyncScript(`
        const done = arguments[arguments.length - 1];
        const invoke = window.__TAURI_INTERNALS__.invoke;
        const id = Number(document.querySelector("li.conv.active")?.dataset.conversationId ?? NaN);
        const median = async (call) => {
          const times = [];
          for (let i = 0; i < 9; i++) { const t = performance.now(); await call(); times.push(performance.now() - t); }
          return times.sort((a, b) => a - b)[4].toFixed(1);
        };
        (async () => {
          const out = { pending_upgrade: await median(() => invoke("pending_upgrade")) };
          for (const limit of [1, 30, 100]) out["page of " + limit] = await median(() => invoke("conversation_page", { id, before: null, limit }));
          return out;
        })().then(done, (e) => done(String(e)));`);
      console.log(`    ${app.name}: IPC round trips (ms, medians of 9) ${JSON.stringify(ipc)}`);
      // Opened a second time (after another conversation): what of the first opening was the
      // first run of its code.
      for (const item of [1, 0]) {
        const before = await driver.executeScript(`return performance.getEntriesByName("sb:open-frame").length;`);
        await driver.executeScript(`document.querySelectorAll('[data-testid="conversation-item"]')[arguments[0]].click();`, item);
        while ((await driver.executeScript(`return performance.getEntriesByName("sb:open-frame").length;`)) === before) await sleep(5);
        await sleep(300);
      }
      const again = await driver.executeScript(`const at = (name) => performance.getEntriesByName(name).at(-1).startTime;
        const open = at("sb:open");
        return ["sb:open-data", "sb:open-dom", "sb:open-frame"].map((n) => n.slice(8) + " +" + (at(n) - open).toFixed(0)).join(", ");`);
      console.log(`    ${app.name}: opened again: ${again}`);
    }
    if (!process.env.SB_SEND_PORT) return { frame, listPainted, shown, ready, ...idle, opened, openedCount: count, openPss: open.pss };
    // A send in that conversation, then one in the next conversation of the list (a short one).
    // First, what the page uses idle while polled as the sends poll it (the baseline of both).
    const idleCpu = cpuOf(app.path);
    const idleStart = performance.now();
    while (performance.now() - idleStart < 2000) {
      await driver.executeScript(`return document.querySelectorAll('[data-testid="message-assistant"]').length;`);
      await sleep(50);
    }
    const idleAfter = cpuOf(app.path);
    console.log(`    idle 2 s, polled: CPU ${idleAfter.all - idleCpu.all} ms, web process ${idleAfter.web - idleCpu.web} ms`);
    const sendLong = await sendAndWait(driver, app);
    // The next conversation: sent to once it is the open one and its messages replaced these.
    const lastHere = await driver.executeScript(`const all = document.querySelectorAll('[data-message-id]');
      return all[all.length - 1]?.dataset.messageId ?? null;`);
    await driver.executeScript(`document.querySelectorAll('[data-testid="conversation-item"]')[1].click();`);
    const switched = performance.now();
    while (!(await driver.executeScript(`const all = document.querySelectorAll('[data-message-id]');
        return document.querySelectorAll('[data-testid="conversation-item"]')[1]?.dataset.active === "true"
          && all.length > 0 && all[all.length - 1].dataset.messageId !== arguments[0];`, lastHere))) {
      if (performance.now() - switched > 60_000) throw new Error("the next conversation did not open in 60 s");
      await sleep(20);
    }
    await sleep(500);
    const sendShort = await sendAndWait(driver, app);
    return { frame, listPainted, shown, ready, ...idle, opened, openedCount: count, openPss: open.pss, sendLong, sendShort };
  } finally {
    await driver.quit();
    await sleep(500);
  }
}

const answers = process.env.SB_SEND_PORT ? serveAnswers(Number(process.env.SB_SEND_PORT)) : null;
const results = new Map(apps.map((a) => [a.name, []]));
for (let run = 0; run < RUNS; run++) {
  for (const app of apps) results.get(app.name).push(await launch(app));
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const range = (xs) => `${Math.min(...xs).toFixed(0)}–${Math.max(...xs).toFixed(0)}`;
console.log(`start-up, ${RUNS} launches each, alternating (${process.env.SB_HISTORY_DB || "empty history"}):`);
for (const [name, rs] of results) {
  const frame = rs.map((r) => r.frame);
  const shown = rs.map((r) => r.shown);
  const pss = rs.map((r) => r.pss);
  const rss = rs.map((r) => r.rss);
  console.log(
    `  ${name.padEnd(18)} frame after ${median(frame).toFixed(0)} ms (${range(frame)}), ` +
      `content after ${median(shown).toFixed(0)} ms (${range(shown)}), ` +
      `idle PSS ${median(pss).toFixed(0)} MiB (${range(pss)}), RSS ${median(rss).toFixed(0)} MiB, ` +
      `${rs[0].processes} processes`,
  );
  console.log(`    PSS by process (MiB), last launch: ${rs.at(-1).each}`);
  if (rs.every((r) => r.listPainted !== null)) {
    const listPainted = rs.map((r) => r.listPainted);
    console.log(`    the frame with the list drawn into it painted after ${median(listPainted).toFixed(0)} ms (${range(listPainted)})`);
  }
  if (apps.find((a) => a.name === name).appReady) {
    const ready = rs.map((r) => r.ready);
    console.log(`    the app's own list (replacing the boot frame's) after ${median(ready).toFixed(0)} ms (${range(ready)})`);
  }
  if (rs[0].opened !== undefined) {
    const opened = rs.map((r) => r.opened);
    const pss = rs.map((r) => r.openPss);
    console.log(
      `    opening the longest conversation: ${median(opened).toFixed(0)} ms (${range(opened)}) to its first messages ` +
        `in the page; idle PSS with it open ${median(pss).toFixed(0)} MiB (${range(pss)})`,
    );
  }
  if (rs[0].sendLong !== undefined) {
    for (const [label, key] of [["in it", "sendLong"], ["in the next (short) conversation", "sendShort"]]) {
      const ms = rs.map((r) => r[key].ms);
      const cpu = rs.map((r) => r[key].cpu);
      const web = rs.map((r) => r[key].web);
      console.log(
        `    a send ${label}: answer complete after ${median(ms).toFixed(0)} ms (${range(ms)}), ` +
          `CPU of the app and WebKit ${median(cpu).toFixed(0)} ms (${range(cpu)}), ` +
          `of the WebKit web process ${median(web).toFixed(0)} ms (${range(web)})`,
      );
    }
  }
}
const [bare, sb] = [...results.values()];
const ratio = (key, bareKey = key) => median(sb.map((r) => r[key])) / median(bare.map((r) => r[bareKey]));
if (sb.every((r) => r.listPainted !== null)) {
  console.log(`  Switchboard's list painted / the bare window's first paint: ${ratio("listPainted", "frame").toFixed(2)}×`);
}
console.log(
  `  Switchboard / bare: window frame ${ratio("frame").toFixed(2)}×, first content ${ratio("shown").toFixed(2)}×, ` +
    `the app's own list ${ratio("ready").toFixed(2)}× (of the bare window's content), ` +
    `idle PSS ${ratio("pss").toFixed(2)}×`,
);
answers?.close();
