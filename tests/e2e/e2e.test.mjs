// End-to-end tests of the built Switchboard app through WebDriver (tauri-driver + WebKitWebDriver).
//
// Run through tests/e2e/run.sh, which provides: Xvfb, a private D-Bus session with an empty
// unlocked keyring, the fake OpenAI-compatible provider (sb-fake-provider) and these variables:
//   SB_APP                absolute path of the switchboard binary
//   SB_FAKE_URL           base URL of the fake provider (http://127.0.0.1:PORT/v1)
//   SB_FAKE_KEY           the only key it accepts (random per run; the app never sees it in
//                         its environment, only through the UI)
//   SWITCHBOARD_DATA_DIR  the app's (temporary) data directory, shared by every session
//   SB_ARTIFACTS          where screenshots go
//   SB_DRIVER_URL         tauri-driver (default http://127.0.0.1:4444/)
//   SB_DRIVER_LOG         tauri-driver's log, scanned for the key
//
// One ordered suite: later steps build on the providers and conversations of earlier ones, so
// after the first failure the remaining steps are skipped (the secret scan still runs). Every
// wait is an explicit condition polled every POLL_MS; a failing step leaves
// failure-<letter>.png/.html in the artifacts. Elements are found only by their data-testid
// attributes (grep ui/src for one before renaming it).

import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { setTimeout as sleep } from "node:timers/promises";
import { Builder, By, Key } from "selenium-webdriver";

function required(name) {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run the e2e tests through tests/e2e/run.sh`);
  return value;
}

const APP = required("SB_APP");
const FAKE_URL = required("SB_FAKE_URL");
const FAKE_KEY = required("SB_FAKE_KEY");
const DATA_DIR = required("SWITCHBOARD_DATA_DIR");
const ARTIFACTS = required("SB_ARTIFACTS");
const DRIVER_URL = process.env.SB_DRIVER_URL || "http://127.0.0.1:4444/";
const DRIVER_LOG = process.env.SB_DRIVER_LOG || "";
const REPO_ROOT = process.env.SB_REPO_ROOT || path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const WRONG_KEY = `sk-wrong-${crypto.randomBytes(20).toString("hex")}`;
const SECRETS = [FAKE_KEY, WRONG_KEY];

const POLL_MS = 50;
const UI_TIMEOUT_MS = 15_000;
// Generous: the engine may retry rate-limited and overloaded requests (retry-after is 7 s).
const TURN_TIMEOUT_MS = 60_000;
const STEP_TIMEOUT_MS = 180_000;
const TERMINAL = new Set(["complete", "stopped", "interrupted", "error"]);

// What the fake provider serves (see src-tauri/crates/testsupport/src/scenario.rs).
const TEXT_USAGE = [16, 300];
const MARKDOWN_USAGE = [24, 96];
const DROP_PARTIAL = "This reply is cut off mid-stream";
const SLOW_LAST_DELTA = "Slow delta 400 of 400.";

const PROVIDERS = {
  text: { name: "Fake Text", model: "sb-text" },
  markdown: { name: "Fake Markdown", model: "sb-markdown" },
  slow: { name: "Fake Slow", model: "sb-slow" },
};
// An Anthropic-kind provider on the same fake server: its Messages API lives at the server's root
// (the app posts to {base}/v1/messages with x-api-key), so its base URL has no "/v1". Its
// scripted sb-slow streams the thinking pieces of protocols.rs SCRIPT_REASONING first, then the
// same slow text deltas.
const ANTHROPIC = { name: "Fake Anthropic", kindLabel: "Anthropic", kind: "anthropic", model: "sb-slow" };
const SCRIPT_REASONING = "Let me think about this carefully.";
// A valid 1×1 PNG (canonical base64: the app and the request carry exactly these characters).
const PIXEL_PNG_BASE64 =
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==";
// Names are chosen so that none contains another: options and items are matched by substring.
const ERROR_CASES = [
  // The fake 401 echoes the key it received: the message must show it redacted.
  { name: "Fake Wrongkey", model: "sb-text", key: WRONG_KEY, expect: /rejected the API key \(HTTP 401\).*\[redacted\]/ },
  { name: "Fake Ratelimit", model: "sb-ratelimit", expect: /Rate limited by the provider \(HTTP 429\); retry after 30 s/ },
  { name: "Fake Overloaded", model: "sb-overloaded", expect: /overloaded \(HTTP 503\)/ },
  { name: "Fake Drop", model: "sb-drop", expect: /dropped mid-answer|closed before the answer was complete/, partial: DROP_PARTIAL },
  { name: "Fake Malformed", model: "sb-malformed", expect: /malformed response: a stream event is not valid JSON/ },
  {
    name: "Fake Unreachable",
    model: "sb-text",
    baseUrl: "http://127.0.0.1:9/v1",
    expect: /could not connect to http:\/\/127\.0\.0\.1:9\/v1/,
  },
];

/** Every turn sent, in order: the restart step checks each one was persisted as last seen. */
const turns = [];

let driver = null;
let firstFailure = null;

// ---------------------------------------------------------------------------------------------
// Fixture

/** The text of the recorded stream `sb-text` replays: the concatenated delta contents. */
function recordedText() {
  const file = path.join(REPO_ROOT, "src-tauri/crates/testsupport/fixtures/openai/chat/openai-text.chunks.txt");
  let text = "";
  // One chunk's JSON payload per line (no SSE framing).
  for (const line of fs.readFileSync(file, "utf8").split("\n")) {
    if (line.trim() === "") continue;
    for (const choice of JSON.parse(line).choices ?? []) text += choice.delta?.content ?? "";
  }
  assert.ok(text.length > 100, `the recorded fixture ${file} holds a real answer`);
  return text;
}

/**
 * Words of a text, lower-cased, without Markdown punctuation or bare numbers, so raw Markdown
 * and its rendering compare equal ("1. **Bold:** x" renders as a list item "Bold: x").
 */
function words(text) {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== "" && !/^\d+$/.test(w))
    .join(" ");
}

// ---------------------------------------------------------------------------------------------
// Waiting and finding

const byTestId = (id) => By.css(`[data-testid="${id}"]`);

/** Polls `probe` until it returns a truthy value (returned) or `timeoutMs` passes (throws). */
async function waitFor(what, probe, timeoutMs = UI_TIMEOUT_MS) {
  const deadline = Date.now() + timeoutMs;
  let last = null;
  for (;;) {
    try {
      const value = await probe();
      if (value) return value;
      last = null;
    } catch (err) {
      // The UI re-renders while we look; anything but a vanished element is a real failure.
      if (err?.name !== "StaleElementReferenceError") throw err;
      last = err;
    }
    if (Date.now() > deadline) {
      throw new Error(`timed out after ${timeoutMs} ms waiting until ${what}${last ? ` (${last.message})` : ""}`);
    }
    await sleep(POLL_MS);
  }
}

/** The first displayed element with this data-testid, or null. */
async function displayed(id) {
  for (const el of await driver.findElements(byTestId(id))) {
    if (await el.isDisplayed()) return el;
  }
  return null;
}

async function shown(id) {
  return waitFor(`[data-testid=${id}] is visible`, () => displayed(id));
}

async function click(id) {
  const el = await waitFor(`[data-testid=${id}] is visible and enabled`, async () => {
    const found = await displayed(id);
    return found && (await found.isEnabled()) ? found : null;
  });
  await el.click();
}

async function typeInto(id, text) {
  const el = await shown(id);
  await el.clear();
  await el.sendKeys(text);
}

/** The displayed element with this data-testid whose text contains `text`, or null. */
async function displayedWithText(id, text) {
  for (const el of await driver.findElements(byTestId(id))) {
    if ((await el.isDisplayed()) && (await el.getText()).includes(text)) return el;
  }
  return null;
}

/**
 * The open conversation as the user sees it, read in one script so a re-render between reads
 * cannot mix two states: user prompts and assistant messages (status, text, meta, error).
 */
function conversationShown() {
  return driver.executeScript(`
    const text = (root, id) => root.querySelector('[data-testid="' + id + '"]')?.innerText ?? null;
    return {
      users: [...document.querySelectorAll('[data-testid="message-user"]')]
        .map((el) => (text(el, "message-content") ?? el.innerText).trim()),
      assistants: [...document.querySelectorAll('[data-testid="message-assistant"]')].map((el) => ({
        status: el.getAttribute("data-status"),
        content: (text(el, "message-content") ?? "").trim(),
        meta: text(el, "message-meta"),
        badge: el.querySelector('[data-testid="route-badge"] summary')?.textContent ?? null,
        error: text(el, "message-error"),
      })),
    };
  `);
}

async function lastAssistant() {
  return (await conversationShown()).assistants.at(-1) ?? null;
}

// ---------------------------------------------------------------------------------------------
// Sessions, artifacts

/**
 * PIDs of running app processes of this test run: the app's executable, started with this
 * run's data directory (Linux /proc; other copies of the app on the machine do not count).
 */
function appPids() {
  const exe = fs.realpathSync(APP);
  const marker = `\0SWITCHBOARD_DATA_DIR=${DATA_DIR}\0`;
  const pids = [];
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (fs.readlinkSync(`/proc/${entry}/exe`) !== exe) continue;
      if (`\0${fs.readFileSync(`/proc/${entry}/environ`, "latin1")}`.includes(marker)) pids.push(Number(entry));
    } catch {
      // Gone, a zombie, or not ours to inspect: not a running app of this run.
    }
  }
  return pids;
}

/** PIDs of WebKit helper processes started for this run's app (they inherit its environment). */
function webkitPids() {
  const marker = `\0SWITCHBOARD_DATA_DIR=${DATA_DIR}\0`;
  const pids = [];
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (!/WebKit(Web|Network)Process$/.test(fs.readlinkSync(`/proc/${entry}/exe`))) continue;
      if (`\0${fs.readFileSync(`/proc/${entry}/environ`, "latin1")}`.includes(marker)) pids.push(Number(entry));
    } catch {
      // Gone, a zombie, or not ours to inspect.
    }
  }
  return pids;
}

/** Starts the app in a new session and waits for `ready` (the chat's navigation, unless the
 * app is expected to show something else first). */
async function startSession(ready = "nav-settings") {
  driver = await new Builder()
    .usingServer(DRIVER_URL)
    .withCapabilities({ browserName: "wry", "tauri:options": { application: APP } })
    .build();
  await shown(ready);
}

/** Ends the session, which closes the app, and waits until its process has exited. */
async function quitSession() {
  if (!driver) return;
  const ending = driver;
  driver = null;
  try {
    await ending.quit();
  } catch (err) {
    // A session that already broke cannot be ended cleanly; the app must still go away.
    console.error(`ending the WebDriver session failed: ${err.message}`);
  }
  await waitFor("the app process has exited after the session ended", () => appPids().length === 0);
}

async function screenshot(name) {
  if (!driver) return;
  fs.writeFileSync(path.join(ARTIFACTS, `${name}.png`), await driver.takeScreenshot(), "base64");
}

/** Collects the page's uncaught errors and console errors, so a failure can show them. */
async function hookPageErrors() {
  if (!driver) return;
  await driver
    .executeScript(`
      if (!window.__sbErrors) {
        window.__sbErrors = [];
        const keep = (what) => window.__sbErrors.push(String(what).slice(0, 2000));
        window.addEventListener("error", (e) => keep("error: " + (e.error?.stack ?? e.message)));
        window.addEventListener("unhandledrejection", (e) => keep("rejection: " + (e.reason?.stack ?? e.reason)));
        const original = console.error;
        console.error = (...args) => { keep("console.error: " + args.map((a) => a?.stack ?? a).join(" ")); original(...args); };
      }`)
    .catch(() => {});
}

async function saveFailureArtifacts(slug) {
  try {
    await screenshot(`failure-${slug}`);
    if (driver) {
      const errors = await driver.executeScript("return window.__sbErrors ?? []").catch(() => []);
      fs.writeFileSync(path.join(ARTIFACTS, `failure-${slug}.errors.txt`), errors.join("\n\n"));
      if (errors.length) console.error(`page errors before ${slug} failed:\n${errors.join("\n")}`);
    }
    if (driver) fs.writeFileSync(path.join(ARTIFACTS, `failure-${slug}.html`), await driver.getPageSource());
  } catch (err) {
    console.error(`could not save failure artifacts for ${slug}: ${err.message}`);
  }
}

const APP_LOG = path.join(DATA_DIR, "logs", "switchboard.log");
let appLogOffset = 0;

/** WARN and ERROR lines the app logged since the last call (the log is append-only). */
function newAppLogProblems() {
  let bytes;
  try {
    bytes = fs.readFileSync(APP_LOG);
  } catch {
    return [];
  }
  const text = bytes.subarray(appLogOffset).toString("utf8");
  appLogOffset = bytes.length;
  return text.split("\n").filter((line) => /^\S+\s+(ERROR|WARN)\s/.test(line));
}

/**
 * One step of the ordered suite. A failure saves a screenshot and the page, and makes the
 * following steps skip (unless `always`), since they build on what this one set up.
 * A step also fails when the app logged a warning or error it did not expect: each step
 * lists the log lines its scenario causes (`expectLog`), and anything else is a defect
 * the UI may never have shown.
 */
function step(name, fn, { always = false, expectLog = [] } = {}) {
  it(name, { timeout: STEP_TIMEOUT_MS }, async (t) => {
    if (firstFailure && !always) {
      t.skip(`an earlier step failed: ${firstFailure}`);
      return;
    }
    try {
      await hookPageErrors();
      await fn();
      const unexpected = newAppLogProblems().filter((line) => !expectLog.some((re) => re.test(line)));
      assert.deepEqual(unexpected, [], `the app logged ${unexpected.length} unexpected warning or error lines`);
    } catch (err) {
      firstFailure ??= name;
      await saveFailureArtifacts(name.slice(0, name.indexOf(")")));
      throw err;
    }
  });
}

// ---------------------------------------------------------------------------------------------
// UI actions

async function openSettings() {
  await click("nav-settings");
  await shown("provider-name");
}

async function closeSettings() {
  await click("settings-close");
  await waitFor("Settings is closed", async () => !(await displayed("provider-name")));
  await shown("composer-input");
}

/** Adds a provider through the Settings form (Settings must be open). */
async function addProvider({ name, model, baseUrl = FAKE_URL, key = FAKE_KEY }) {
  await typeInto("provider-name", name);
  await typeInto("provider-base-url", baseUrl);
  await typeInto("provider-api-key", key);
  await typeInto("provider-model", model);
  await click("provider-save");
  await waitFor(`provider "${name}" is listed`, () => displayedWithText("provider-item", name));
  const masked = await waitFor(`provider "${name}" shows its key state`, async () => {
    const fresh = await displayedWithText("provider-item", name);
    const el = fresh && (await fresh.findElements(byTestId("provider-key-masked")))[0];
    return el ? ((await el.getText()).trim() || null) : null;
  });
  assert.doesNotMatch(masked, /no key/i, `provider "${name}" must show its key as stored, got "${masked}"`);
  assert.ok(!masked.includes(key), `provider "${name}" must show the key masked, never the key itself`);
}

async function addProviders(list) {
  await openSettings();
  for (const provider of list) await addProvider(provider);
  await closeSettings();
}

/** The option of select `id` whose text contains `text`, or null. */
async function optionWithText(id, text) {
  const select = await shown(id);
  for (const option of await select.findElements(By.css("option"))) {
    if ((await option.getText()).includes(text)) return option;
  }
  return null;
}

/** Selects the option of select `id` whose text contains `text`. */
async function pickOption(id, text) {
  const option = await waitFor(`${id} offers "${text}"`, () => optionWithText(id, text));
  await option.click();
}

/** Picks the provider whose option text contains `name` in the composer's provider-select. */
async function selectProvider(name) {
  const select = await shown("provider-select");
  // Read afresh each time: the picker renders a new <select> whenever the choice changes.
  const selectedText = () =>
    driver.executeScript(
      "const s = document.querySelector('[data-testid=\"provider-select\"]'); return s?.options[s.selectedIndex]?.text ?? '';",
    );
  if ((await selectedText()).includes(name)) return;
  let option = null;
  for (const candidate of await select.findElements(By.css("option"))) {
    if ((await candidate.getText()).includes(name)) option = candidate;
  }
  assert.ok(option, `provider-select must offer "${name}"`);
  // WebDriver selects an <option> on click (trusted input + change events, no native popup).
  await option.click();
  await waitFor(`provider "${name}" is selected`, async () => (await selectedText()).includes(name));
}

/** Starts a new conversation, sends `prompt` to the named provider, waits for the reply to start. */
async function send(providerName, prompt, { withEnter = false } = {}) {
  await click("nav-new-chat");
  await waitFor("a new, empty conversation is shown", async () => {
    const { users, assistants } = await conversationShown();
    return users.length === 0 && assistants.length === 0;
  });
  await selectProvider(providerName);
  const input = await shown("composer-input");
  await input.sendKeys(prompt);
  if (withEnter) await input.sendKeys(Key.ENTER);
  else await click("send-button");
  await waitFor(`the prompt "${prompt}" and a reply to it are shown`, async () => {
    const { users, assistants } = await conversationShown();
    return users.at(-1)?.includes(prompt) && assistants.length === users.length;
  });
}

/** Waits for the shown reply to end; records the turn for the restart check; returns the reply. */
async function waitForReplyEnd(prompt) {
  const reply = await waitFor(
    `the reply to "${prompt}" has ended`,
    async () => {
      const last = await lastAssistant();
      return last && TERMINAL.has(last.status) ? last : null;
    },
    TURN_TIMEOUT_MS,
  );
  turns.push({ prompt, ...reply });
  return reply;
}

async function assertNoSecretInPage(where) {
  const source = await driver.getPageSource();
  const values = await driver.executeScript(
    "return [...document.querySelectorAll('input, textarea')].map((el) => el.value);",
  );
  for (const secret of SECRETS) {
    assert.ok(!source.includes(secret), `${where}: an API key must never be part of the page`);
    assert.ok(
      !values.some((value) => value.includes(secret)),
      `${where}: an API key must not stay in a form field once saved`,
    );
  }
}

/** Every regular file under `dir` (recursively). */
function filesUnder(dir) {
  if (!dir || !fs.existsSync(dir)) return [];
  const stat = fs.statSync(dir);
  if (stat.isFile()) return [dir];
  if (!stat.isDirectory()) return [];
  return fs.readdirSync(dir).flatMap((entry) => filesUnder(path.join(dir, entry)));
}

// ---------------------------------------------------------------------------------------------
// Routed sends (Auto in the composer)

const badgesNow = async () =>
  driver.executeScript(
    "return [...document.querySelectorAll('[data-testid=\"route-badge\"] summary')].map((el) => el.textContent.trim());",
  );
const composerError = async () =>
  driver.executeScript("return document.querySelector('.composer-error')?.innerText ?? null;");

const previewText = async () =>
  driver.executeScript("return document.querySelector('[data-testid=\"route-preview\"]')?.textContent.trim() || null;");

/** Types `prompt`, waits for its route preview, optionally overrides the model, sends. */
async function routedSend(prompt, override = null) {
  const before = (await badgesNow()).length;
  await waitFor("the previous preview is gone", async () => (await previewText()) === null);
  await (await shown("composer-input")).sendKeys(prompt);
  const preview = await waitFor(`a route preview for "${prompt}"`, previewText);
  let overridden = false;
  if (override && (await optionWithText("route-override", override))) {
    await pickOption("route-override", override);
    overridden = true;
  }
  await click("send-button");
  const outcome = await waitFor(`"${prompt}" is answered or refused`, async () => {
    const error = await composerError();
    if (error) return { error };
    const badges = await badgesNow();
    return badges.length > before && badges.at(-1).includes("exact") ? { badge: badges.at(-1) } : null;
  }, TURN_TIMEOUT_MS);
  return { preview, overridden, ...outcome };
}

// ---------------------------------------------------------------------------------------------
// The suite

describe("Switchboard end to end", { concurrency: 1 }, () => {
  before(async () => {
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    try {
      await startSession();
    } catch (err) {
      await saveFailureArtifacts("start");
      throw err;
    }
  });

  after(async () => {
    await quitSession();
  });

  step("a) first run: the keyring works and a provider's key is stored, never shown", async () => {
    assert.equal(await displayed("keyring-banner"), null, "the OS keyring is available, so no keyring banner");
    await openSettings();
    await addProvider(PROVIDERS.text);
    assert.equal(await displayed("keyring-banner"), null, "storing a key must not report the keyring missing");
    await assertNoSecretInPage("after adding a provider");
    await screenshot("settings");
    await closeSettings();
  });

  step("b) chat: a prompt sent with Enter gets the recorded answer, with model and tokens", async () => {
    const prompt = "chat-check: invent a holiday";
    await send(PROVIDERS.text.name, prompt, { withEnter: true });
    const reply = await waitForReplyEnd(prompt);
    assert.equal(reply.status, "complete", `the recorded stream ends normally (error: ${reply.error})`);
    assert.ok(
      words(reply.content).includes(words(recordedText())),
      `the reply shows the whole recorded answer; shown: "${reply.content.slice(0, 200)}..."`,
    );
    const meta = reply.meta ?? "";
    // The model is named once: by the route badge, or by the meta line until the badge loads.
    const named = `${meta} ${reply.badge ?? ""}`;
    assert.match(named, /sb-text|gpt-4\.1-nano/, `the answer names the model: "${named}"`);
    assert.ok(
      reply.badge === null || !/sb-text|gpt-4\.1-nano/.test(meta),
      `with a route badge the meta line does not repeat the model: "${meta}"`,
    );
    const [input, output] = TEXT_USAGE;
    assert.match(meta, new RegExp(`\\b${input}\\b[^]*\\b${output}\\b`), `message-meta shows the token usage: "${meta}"`);
    await assertNoSecretInPage("after a chat");
    await screenshot("chat");
  });

  step("c) hostile Markdown renders inert, code is highlighted", async () => {
    await addProviders([PROVIDERS.markdown]);
    const prompt = "markdown-check: show markdown";
    await send(PROVIDERS.markdown.name, prompt);
    const reply = await waitForReplyEnd(prompt);
    assert.equal(reply.status, "complete", `the markdown stream ends normally (error: ${reply.error})`);
    assert.ok(reply.content.includes("End of reply."), "the whole markdown reply is shown");
    // A broken image's error event fires after insertion: wait for images to settle first.
    await waitFor("images in the reply have loaded or failed", () =>
      driver.executeScript("return [...document.querySelectorAll('img')].every((img) => img.complete);"),
    );
    // Code is highlighted in the moments after the answer's first frame (ui/src/lib/rich-content.ts).
    await waitFor("the code block is highlighted", () =>
      driver.executeScript(`const all = document.querySelectorAll('[data-testid="message-assistant"]');
        return all[all.length - 1].querySelector("pre [class*='hljs-']") !== null;`),
    );
    const probe = await driver.executeScript(`
      const all = document.querySelectorAll('[data-testid="message-assistant"]');
      const content = all[all.length - 1].querySelector('[data-testid="message-content"]');
      const inContent = [...content.querySelectorAll("*")];
      return {
        pwned: window.__pwned ?? null,
        scripts: content.querySelectorAll("script").length,
        onerror: document.querySelectorAll("[onerror]").length,
        handlers: inContent.flatMap((el) =>
          [...el.attributes].filter((a) => /^on/i.test(a.name)).map((a) => el.tagName + "[" + a.name + "]")),
        jsLinks: [...document.querySelectorAll("a[href]")]
          .map((a) => a.getAttribute("href"))
          .filter((href) => href.replace(/[\\u0000-\\u0020]/g, "").toLowerCase().startsWith("javascript:")),
        embeds: content.querySelectorAll("iframe, object, embed, frame, base, form").length,
        highlighted: content.querySelectorAll("pre code.hljs, pre .hljs, pre [class*='hljs-']").length,
        code: content.querySelector("pre")?.innerText ?? "",
        text: content.innerText,
      };
    `);
    assert.equal(probe.pwned, null, "no hostile script or handler may run (window.__pwned stays unset)");
    assert.equal(probe.scripts, 0, "no <script> element inside rendered Markdown");
    assert.equal(probe.onerror, 0, "no element anywhere carries an onerror attribute");
    assert.deepEqual(probe.handlers, [], "no inline event handler inside rendered Markdown");
    assert.deepEqual(probe.jsLinks, [], "a javascript: link must not become a clickable href");
    assert.equal(probe.embeds, 0, "no frames, objects, forms or <base> inside rendered Markdown");
    assert.ok(probe.text.includes("click"), "the neutralised link's text is still shown");
    assert.ok(probe.code.includes("hello from sb-markdown"), "the fenced code block is rendered as a code block");
    assert.ok(probe.highlighted > 0, "the fenced rust code block is syntax-highlighted (hljs classes)");
    const [input, output] = MARKDOWN_USAGE;
    assert.match(reply.meta ?? "", new RegExp(`\\b${input}\\b[^]*\\b${output}\\b`), "usage of the markdown reply");
    await screenshot("markdown");
  });

  step("d) stop: a streaming reply grows, then Stop keeps the partial text", async () => {
    await addProviders([PROVIDERS.slow]);
    const prompt = "stop-check: count slowly";
    await send(PROVIDERS.slow.name, prompt);
    const first = await waitFor("the reply streams visible text", async () => {
      const last = await lastAssistant();
      return last?.status === "streaming" && last.content.length > 0 ? last : null;
    });
    assert.ok(await displayed("stop-button"), "the stop button shows while a reply streams");
    const grown = await waitFor("the streaming reply grows", async () => {
      const last = await lastAssistant();
      return last?.status === "streaming" && last.content.length > first.content.length ? last : null;
    });
    await click("stop-button");
    const reply = await waitForReplyEnd(prompt);
    assert.equal(reply.status, "stopped", `Stop ends the turn as stopped (error: ${reply.error})`);
    assert.ok(reply.content.startsWith(grown.content), "the text shown before Stop is kept");
    assert.ok(reply.content.includes("Slow delta 1 of 400."), "the partial text is the streamed text");
    assert.ok(!reply.content.includes(SLOW_LAST_DELTA), "the stream was cut short, not run to its end");
    await waitFor("the stop button is gone", async () => !(await displayed("stop-button")));
    await screenshot("stopped");
  });

  step("d2) Esc stops a streaming reply too", async () => {
    const prompt = "esc-check: count slowly";
    await send(PROVIDERS.slow.name, prompt);
    await waitFor("the reply streams visible text", async () => {
      const last = await lastAssistant();
      return last?.status === "streaming" && last.content.length > 0;
    });
    await driver.actions().sendKeys(Key.ESCAPE).perform();
    const reply = await waitForReplyEnd(prompt);
    assert.equal(reply.status, "stopped", `Esc ends the turn as stopped (error: ${reply.error})`);
    assert.ok(reply.content.length > 0, "the partial text is kept");
    await waitFor("the stop button is gone", async () => !(await displayed("stop-button")));
  });

  step("d3) an Anthropic provider added in the UI streams its thinking collapsed above the answer, and Stop keeps both", async () => {
    // Settings → Providers: pick the kind first (it resets the form to that kind's fields and
    // suggested values), then fill the fields as for any provider.
    await openSettings();
    await pickOption("provider-kind", ANTHROPIC.kindLabel);
    // The <select> is rendered afresh on a change, and a click can move the DOM selection
    // without the change reaching the form: wait for the form itself to be Anthropic's
    // (stored kind in the select, and no OpenAI-compatible service/vendor pickers).
    await waitFor("the add form is switched to the Anthropic kind", () =>
      driver.executeScript(
        `const q = (id) => document.querySelector('[data-testid="' + id + '"]');
         return q("provider-kind")?.value === arguments[0] && !q("provider-preset") && !q("provider-vendor");`,
        ANTHROPIC.kind,
      ),
    );
    await addProvider({ name: ANTHROPIC.name, model: ANTHROPIC.model, baseUrl: FAKE_URL.replace(/\/v1$/, "") });
    const item = await waitFor(`provider "${ANTHROPIC.name}" is listed`, () => displayedWithText("provider-item", ANTHROPIC.name));
    assert.equal(await item.getAttribute("data-kind"), ANTHROPIC.kind, "the provider was saved as the Anthropic kind");
    await assertNoSecretInPage("after adding an Anthropic provider");
    await closeSettings();

    // The last answer's reasoning disclosure, read in one script (collapsed content is not
    // visible, so its text is read as textContent).
    const reasoningShown = () =>
      driver.executeScript(`
        const all = document.querySelectorAll('[data-testid="message-assistant"]');
        const answer = all[all.length - 1];
        const details = answer?.querySelector('[data-testid="message-reasoning"]');
        if (!details) return null;
        const content = answer.querySelector('[data-testid="message-content"]');
        return {
          tag: details.tagName.toLowerCase(),
          open: details.open,
          text: (details.querySelector('[data-testid="message-reasoning-text"]')?.textContent ?? "").trim(),
          above: !!content && !!(details.compareDocumentPosition(content) & Node.DOCUMENT_POSITION_FOLLOWING),
        };
      `);

    const prompt = "anthropic-check: think, then count slowly";
    await send(ANTHROPIC.name, prompt);
    const first = await waitFor("the Anthropic reply streams its text after its thinking", async () => {
      const last = await lastAssistant();
      return last?.status === "streaming" && last.content.includes("Slow delta 1 of 400.") ? last : null;
    });
    const streamingReasoning = await waitFor("the reply shows its reasoning", reasoningShown);
    assert.equal(streamingReasoning.tag, "details", "the reasoning is a disclosure (<details>)");
    assert.equal(streamingReasoning.open, false, "the reasoning is collapsed while the answer streams");
    assert.equal(streamingReasoning.text, SCRIPT_REASONING, "the disclosure holds the streamed thinking");
    assert.ok(streamingReasoning.above, "the reasoning is shown above the answer text");
    assert.ok(!first.content.includes("Let me think"), "the thinking is not part of the answer text");
    assert.ok(await displayed("stop-button"), "the stop button shows while a reply streams");
    const grown = await waitFor("the streaming reply grows", async () => {
      const last = await lastAssistant();
      return last?.status === "streaming" && last.content.length > first.content.length ? last : null;
    });
    const stillCollapsed = await reasoningShown();
    assert.equal(stillCollapsed?.open, false, "the reasoning stays collapsed as the text grows");

    await click("stop-button");
    const reply = await waitForReplyEnd(prompt);
    assert.equal(reply.status, "stopped", `Stop ends the turn as stopped (error: ${reply.error})`);
    assert.ok(reply.content.startsWith(grown.content), "the text shown before Stop is kept");
    assert.ok(reply.content.includes("Slow delta 1 of 400."), "the partial text is the streamed text");
    assert.ok(!reply.content.includes(SLOW_LAST_DELTA), "the stream was cut short, not run to its end");
    await waitFor("the stop button is gone", async () => !(await displayed("stop-button")));
    const stoppedReasoning = await reasoningShown();
    assert.ok(stoppedReasoning, "the reasoning disclosure is kept after Stop");
    assert.equal(stoppedReasoning.text, SCRIPT_REASONING, "the kept disclosure holds the same thinking");
    assert.equal(stoppedReasoning.open, false, "the kept disclosure is still collapsed");

    // Opening it shows the thinking.
    const answers = await driver.findElements(byTestId("message-assistant"));
    const summary = await answers.at(-1).findElement(By.css('[data-testid="message-reasoning"] > summary'));
    await driver.executeScript("arguments[0].scrollIntoView({ block: 'center' });", summary);
    await summary.click();
    await waitFor("the reasoning disclosure opens", async () => (await reasoningShown())?.open === true);
    const text = await waitFor("the reasoning text is visible", async () => {
      const all = await driver.findElements(byTestId("message-assistant"));
      const el = (await all.at(-1).findElements(byTestId("message-reasoning-text")))[0];
      return el && (await el.isDisplayed()) ? (await el.getText()).trim() || null : null;
    });
    assert.equal(text, SCRIPT_REASONING, "the opened disclosure shows the thinking");
    await screenshot("anthropic-thinking");

    // Remove the provider again: it serves the catalogue's Claude models, and the
    // routing steps below expect the routes they were written for.
    await openSettings();
    const listed = await waitFor("the Anthropic provider is listed", async () => {
      for (const el of await driver.findElements(byTestId("provider-item"))) {
        if ((await el.getText()).includes(ANTHROPIC.name)) return el;
      }
      return null;
    });
    await listed.findElement(byTestId("provider-delete")).click();
    const confirm = await waitFor("the deletion is asked about", async () => (await listed.findElements(byTestId("provider-delete-confirm")))[0] ?? null);
    await confirm.click();
    await waitFor("the Anthropic provider is gone", async () => {
      for (const el of await driver.findElements(byTestId("provider-item"))) {
        if ((await el.getText()).includes(ANTHROPIC.name)) return false;
      }
      return true;
    });
    await closeSettings();
  });

  step("d4) an image attached in the composer is sent to the model and shown in history", async () => {
    // A 1×1 PNG, written to a file so WebDriver uploads it the way a user's pick would.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "sb-e2e-attach-"));
    const file = path.join(dir, "pixel.png");
    fs.writeFileSync(file, Buffer.from(PIXEL_PNG_BASE64, "base64"));
    const dataUrl = `data:image/png;base64,${PIXEL_PNG_BASE64}`;
    try {
      // A model the catalogue does not know may be sent images (the provider would say if not).
      const prompt = "image-check: what is in this picture?";
      await click("nav-new-chat");
      await waitFor("a new, empty conversation is shown", async () => {
        const { users, assistants } = await conversationShown();
        return users.length === 0 && assistants.length === 0;
      });
      await selectProvider(PROVIDERS.text.name);
      await shown("attach-button");

      // The paperclip opens a native picker, which WebDriver cannot drive: the files go to its
      // <input type="file" hidden> instead, shown for the upload in case the driver insists on
      // an interactable element, and hidden again.
      const setPickerShown = (show) =>
        driver.executeScript(
          `const el = document.querySelector('[data-testid="attach-input"]');
           if (el) { el.hidden = !arguments[0]; el.style.display = arguments[0] ? "block" : ""; }`,
          show,
        );
      await setPickerShown(true);
      try {
        await (await driver.findElement(byTestId("attach-input"))).sendKeys(file);
      } finally {
        await setPickerShown(false);
      }
      const chips = () =>
        driver.executeScript(
          `return [...document.querySelectorAll('[data-testid="pending-attachment"]')]
             .map((el) => ({ kind: el.getAttribute("data-kind"), title: el.getAttribute("title") }));`,
        );
      const pending = await waitFor("the picked image shows as a chip in the composer", async () => {
        const now = await chips();
        return now.length > 0 ? now : null;
      });
      assert.equal(pending.length, 1, `one file was picked, so one chip: ${JSON.stringify(pending)}`);
      assert.equal(pending[0].kind, "image", "the chip is an image's");
      assert.match(pending[0].title ?? "", /pixel\.png/, `the chip names the file: ${pending[0].title}`);
      assert.equal(await displayed("attachment-error"), null, "the image is not refused");
      assert.equal(await displayed("attachment-vision-warning"), null, "no warning that the model cannot read images");

      await (await shown("composer-input")).sendKeys(prompt);
      await click("send-button");
      await waitFor(`the prompt "${prompt}" and a reply to it are shown`, async () => {
        const { users, assistants } = await conversationShown();
        return users.at(-1)?.includes(prompt) && assistants.length === users.length;
      });
      await waitFor("the chip is gone from the composer once sent", async () => (await chips()).length === 0);
      const reply = await waitForReplyEnd(prompt);
      assert.equal(reply.status, "complete", `the turn with an image ends normally (error: ${reply.error})`);
      assert.equal((await chips()).length, 0, "the sent image is not given back to the composer");

      // The user message shows the image as a thumbnail, loaded when it is near the viewport.
      // Read in one script: the message is rendered afresh when the stored copy replaces the
      // sent one after the turn, so elements found earlier may be gone.
      const thumb = await waitFor("the user message shows the image as a loaded thumbnail", async () => {
        const seen = await driver.executeScript(`
          const all = document.querySelectorAll('[data-testid="message-user"]');
          const files = [...(all[all.length - 1]?.querySelectorAll('[data-testid="message-attachment"]') ?? [])];
          if (files.length === 0) return null;
          files[0].scrollIntoView({ block: "center" });
          const img = files[0].querySelector("img");
          return {
            count: files.length,
            kind: files[0].getAttribute("data-kind"),
            src: img?.getAttribute("src") ?? null,
            complete: img?.complete ?? false,
            width: img?.naturalWidth ?? 0,
          };
        `);
        return seen?.src && seen.complete ? seen : null;
      });
      assert.equal(thumb.count, 1, "the user message carries the one image sent");
      assert.equal(thumb.kind, "image", "the attachment is shown as an image");
      assert.ok(thumb.src.startsWith("data:image/png;base64,"), `the thumbnail is a PNG data URL: ${thumb.src.slice(0, 40)}`);
      assert.equal(thumb.src, dataUrl, "the thumbnail shows the bytes that were picked");
      assert.equal(thumb.width, 1, "the thumbnail decodes as the 1×1 image");

      // The provider got the image: the fake server records every request (run.sh --record).
      const log = path.join(ARTIFACTS, "fake-requests.jsonl");
      const request = await waitFor("the fake provider recorded the request with the image", () => {
        if (!fs.existsSync(log)) return null;
        // One JSON line per request; a line not yet ended by its newline is left for the next look.
        const lines = fs.readFileSync(log, "utf8").split("\n").slice(0, -1).filter((line) => line.trim() !== "");
        return (
          lines
            .map((line) => JSON.parse(line))
            .filter(
              (r) =>
                r.method === "POST" &&
                r.path.split("?")[0].endsWith("/chat/completions") &&
                r.body.includes("image-check"),
            )
            .at(-1) ?? null
        );
      });
      assert.equal(request.auth_ok, true, "the request carried the stored key");
      const body = JSON.parse(request.body);
      assert.equal(body.model, PROVIDERS.text.model, "the request went to the chosen model");
      const last = body.messages.at(-1);
      assert.equal(last.role, "user", "the prompt is the request's last message");
      assert.ok(Array.isArray(last.content), `with an image the content is a list of parts: ${JSON.stringify(last.content).slice(0, 200)}`);
      assert.deepEqual(
        last.content.filter((part) => part.type === "text"),
        [{ type: "text", text: prompt }],
        "the prompt's text is one text part",
      );
      assert.deepEqual(
        last.content.filter((part) => part.type !== "text"),
        [{ type: "image_url", image_url: { url: dataUrl } }],
        "the picked image is one image_url part holding its bytes as a data URL",
      );
      await screenshot("attachment");
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  step("e) errors: each failure ends the reply with a clear message, keeping partial text", async () => {
    await addProviders(ERROR_CASES);
    for (const failure of ERROR_CASES) {
      const prompt = `error-check: ${failure.model} via ${failure.name}`;
      await send(failure.name, prompt);
      const reply = await waitForReplyEnd(prompt);
      const label = `${failure.name} (${failure.model})`;
      assert.equal(reply.status, "error", `${label}: the reply must end in error, got ${reply.status}`);
      assert.ok(reply.error?.trim(), `${label}: message-error explains the failure`);
      assert.match(reply.error, failure.expect, `${label}: the message says what went wrong: "${reply.error}"`);
      for (const secret of SECRETS) {
        assert.ok(!reply.error.includes(secret), `${label}: the error message must not contain the key`);
      }
      if (failure.partial) {
        assert.ok(reply.content.includes(failure.partial), `${label}: the text received before the failure is kept`);
      }
    }
    await assertNoSecretInPage("after the error cases");
    await screenshot("errors");
  }, { expectLog: [/WARN .*turn failed/] });

  step("e2) routing: Auto routes by task and explains it; an override shows in the badge; a $0.01 hard cap blocks with the numbers", async () => {
    // A provider that serves OpenAI's catalogue models, pointed at the fake server (which
    // answers any model id with the recorded stream: 16 input and 300 output tokens).
    await openSettings();
    await typeInto("provider-name", "Routed");
    await typeInto("provider-base-url", FAKE_URL);
    await typeInto("provider-api-key", FAKE_KEY);
    await typeInto("provider-model", "gpt-6-luna");
    await pickOption("provider-vendor", "OpenAI");
    await click("provider-save");
    await waitFor('provider "Routed" is listed', () => displayedWithText("provider-item", "Routed"));
    await closeSettings();

    await click("nav-new-chat");
    await selectProvider("Auto");
    const first = await routedSend("Hi! How is your day going?");
    assert.match(first.preview, /chat/, `the preview names the task: ${first.preview}`);
    assert.match(first.badge ?? "", /^GPT-6 Luna · chat · \$[\d.]+ · exact$/, `the router's pick answered: ${first.badge}`);

    // Cap the conversation at $0.01, hard.
    await driver.findElement(By.css('[data-testid="budget-meter"] button')).click();
    await typeInto("budget-cap", "0.01");
    await click("budget-save");
    await waitFor("the meter shows the cap", async () => {
      const meter = await displayed("budget-meter");
      return meter && (await meter.getText()).includes("of $0.010");
    });

    // Override to a pricier model while it fits, then keep chatting until the cap blocks.
    let overrides = 0;
    let blocked = null;
    for (let i = 0; i < 20 && blocked === null; i += 1) {
      const turn = await routedSend(`Tell me fun fact number ${i + 1}`, "GPT-6.1 Sol");
      if (turn.error) blocked = turn.error;
      else if (turn.overridden) {
        overrides += 1;
        assert.match(turn.badge, /^GPT-6\.1 Sol · /, `the badge reflects the override: ${turn.badge}`);
      }
    }
    assert.ok(overrides > 0, "at least one message went to the overriding model");
    assert.ok(blocked, "the hard cap eventually blocks sending");
    assert.match(blocked, /Raise the cap/, `the block says what to do: ${blocked}`);
    assert.match(blocked, /\$0\.\d+/, `the block gives the numbers: ${blocked}`);
    const meter = await shown("budget-meter");
    assert.match(await meter.getAttribute("data-level"), /ok|near|over/, "the meter is coloured by its level");
    const spent = Number((await meter.getText()).match(/\$([\d.]+) of/)?.[1]);
    assert.ok(spent > 0 && spent <= 0.01, `spend $${spent} never passed the $0.01 cap`);
    const numbers = blocked.match(
      /needs at least \$(\d+\.\d+) reserved: this conversation has \$(\d+\.\d+) spent of its \$(\d+\.\d+) hard cap, leaving \$(\d+\.\d+)/,
    );
    assert.ok(numbers, `the block says what is needed, spent, capped and left: ${blocked}`);
    const [needed, blockSpent, cap, left] = numbers.slice(1).map(Number);
    assert.ok(needed > left, `the block shows the reservation needed ($${needed}) exceeds what is left ($${left})`);
    assert.equal(cap, 0.01, "the block names the cap");
    assert.ok(Math.abs(blockSpent + left - 0.01) < 0.00002, `the block's spent and left add up to the cap: ${blocked}`);
    assert.ok(Math.abs(spent + left - 0.01) < 0.00002, `the meter ($${spent} spent) and the block ($${left} left) agree on the cap`);
    await screenshot("routing");
    // The block offers to raise the cap: it opens the conversation's cap editor.
    await click("raise-cap");
    const capField = await shown("budget-cap");
    assert.equal(await capField.getAttribute("value"), "0.01", "the editor shows the cap that blocked");

    // The Usage screen totals the same ledger, with a chart.
    await click("nav-usage");
    const total = await waitFor("the usage total is shown", async () => {
      const el = await displayed("usage-total");
      return el ? (await el.getText()) || null : null;
    });
    const calls = Number(total.match(/in (\d+) calls/)?.[1]);
    assert.ok(calls >= 2, `the routed calls are in the ledger: ${total}`);
    assert.ok(
      await driver.executeScript("const c = document.querySelector('[data-testid=\"usage-view\"] canvas'); return !!c && c.width > 0;"),
      "the spend chart is drawn",
    );
    await screenshot("usage");

    // "Re-run with…": another answer to the same prompt, on a model chosen from the
    // explanation. It takes the first answer's place, which stays one arrow away (‹ 2/2 ›).
    await click("nav-new-chat");
    const prompt = "Good morning! Any plans for today?";
    const fresh = await routedSend(prompt);
    assert.match(fresh.badge ?? "", /^GPT-6 Luna · /, `a new conversation routes afresh: ${fresh.badge}`);
    await driver.executeScript(
      "const all = document.querySelectorAll('[data-testid=\"route-badge\"]'); all[all.length - 1].open = true;",
    );
    await pickOption("rerun-model", "GPT-6.1 Sol");
    await click("rerun-button");
    const answerVersion = () =>
      driver.executeScript(
        "const all = document.querySelectorAll('[data-testid=\"message-assistant\"]'); return all[all.length - 1]?.querySelector('[data-testid=\"branch-count\"]')?.textContent.trim() ?? null;",
      );
    // The answer shown becomes the re-run's once it is stored: wait for that, on the chosen model.
    const rerun = await waitFor("the re-run is answered by the chosen model, as the second version", async () => {
      const badges = await badgesNow();
      return badges.length === 1 && badges[0].includes("exact") && badges[0].startsWith("GPT-6.1 Sol · ") && (await answerVersion()) === "2/2" ? badges[0] : null;
    }, TURN_TIMEOUT_MS);
    assert.match(rerun, /^GPT-6\.1 Sol · /, `the re-run used the chosen model: ${rerun}`);
    const { users } = await conversationShown();
    assert.equal(users.length, 1, "the prompt was not sent again as a new message");
    assert.ok(users[0].includes(prompt), `the prompt is still the one shown: ${users[0]}`);
    // The first answer is kept: the switcher shows it, and goes back to the re-run.
    await click("branch-prev");
    const previous = await waitFor("the first answer is shown again", async () => {
      const badges = await badgesNow();
      return badges.length === 1 && badges[0].startsWith("GPT-6 Luna · ") && (await answerVersion()) === "1/2" ? badges[0] : null;
    });
    assert.match(previous, /^GPT-6 Luna · /, `the first version is the router's pick: ${previous}`);
    await click("branch-next");
    await waitFor("the re-run is shown again", async () => (await answerVersion()) === "2/2");
  });

  step("e3) settings: an edited price and route steer the router; a pinned model answers; budget defaults persist", async () => {
    await openSettings();
    // Settings → Models: raise GPT-6 Luna's input price.
    await click("settings-tab-models");
    const lunaRow = async () => driver.findElement(By.css('[data-testid="model-row"][data-model="openai/gpt-6-luna"]'));
    await (await lunaRow()).findElement(byTestId("model-edit")).click();
    await typeInto("model-input-price", "0.25");
    await click("model-save");
    await waitFor("the edited price is listed", async () => {
      const text = await (await lunaRow()).getText();
      return text.includes("$0.25 /") && text.includes("edited") ? text : null;
    });
    await screenshot("settings-models");

    // Settings → Routing: put GPT-6.1 Sol first for chat.
    await click("settings-tab-routing");
    const chat = async () => driver.findElement(By.css('[data-testid="route-task"][data-task="chat"]'));
    const chatRoute = async () =>
      driver.executeScript(
        "return [...arguments[0].querySelectorAll('[data-testid=\"route-entry\"]')].map((el) => el.dataset.model);",
        await chat(),
      );
    if (!(await chatRoute()).includes("openai/gpt-6.1-sol")) {
      const select = await (await chat()).findElement(byTestId("route-add-select"));
      for (const option of await select.findElements(By.css("option"))) {
        if ((await option.getText()).includes("GPT-6.1 Sol")) await option.click();
      }
      await (await chat()).findElement(byTestId("route-add")).click();
      await waitFor("Sol joins the chat route", async () => (await chatRoute()).includes("openai/gpt-6.1-sol"));
    }
    for (let i = 0; i < 40 && (await chatRoute())[0] !== "openai/gpt-6.1-sol"; i += 1) {
      const before = (await chatRoute()).indexOf("openai/gpt-6.1-sol");
      const entry = await (await chat()).findElement(By.css('[data-testid="route-entry"][data-model="openai/gpt-6.1-sol"]'));
      await entry.findElement(byTestId("route-up")).click();
      await waitFor("Sol moves up", async () => (await chatRoute()).indexOf("openai/gpt-6.1-sol") < before);
    }
    assert.equal((await chatRoute())[0], "openai/gpt-6.1-sol", "Sol leads the chat route");
    await shown("route-reset");
    await screenshot("settings-routing");

    // Settings → Budget: a monthly cap is stored and shown again.
    await click("settings-tab-budget");
    await typeInto("budget-monthly-cap", "5");
    await click("budget-settings-save");
    await shown("budget-saved");
    await click("settings-tab-models");
    await click("settings-tab-budget");
    await waitFor("the monthly cap is read back", async () => {
      const el = await displayed("budget-monthly-cap");
      return el && (await el.getAttribute("value")) === "5";
    });
    await screenshot("settings-budget");
    await closeSettings();

    // The edited route answers a chat message.
    await click("nav-new-chat");
    await selectProvider("Auto");
    const routed = await routedSend("Hello again, nice weather today!");
    assert.match(routed.badge ?? "", /^GPT-6\.1 Sol · chat · /, `the edited route picked Sol: ${routed.badge}`);

    // Pin GPT-6 Luna in the conversation header: the next message goes to it.
    await pickOption("routing-pin", "GPT-6 Luna");
    await waitFor("the pin is stored", async () =>
      driver.executeScript("return document.querySelector('[data-testid=\"routing-pin\"]').value === 'openai/gpt-6-luna';"),
    );
    const pinned = await routedSend("Thanks, and how are you?");
    assert.match(pinned.preview, /chat/, `the preview still names the task: ${pinned.preview}`);
    assert.match(pinned.badge ?? "", /^GPT-6 Luna · /, `the pinned model answered: ${pinned.badge}`);
    await screenshot("pinned");
  });

  step("u) updates: a tampered or foreign-signed update is refused, every server failure is explained, chatting goes on", async () => {
    const base = FAKE_URL.replace(/\/v1$/, "");
    const useServer = async (segment) => {
      await driver.executeScript("document.querySelectorAll('details.advanced').forEach((d) => { d.open = true; });");
      // Keys, not clear(): the field's binding listens for input events.
      if (segment === null) await (await shown("update-endpoint")).sendKeys(Key.chord(Key.CONTROL, "a"), Key.BACK_SPACE);
      else await typeInto("update-endpoint", `${base}/${segment}/{{channel}}/{{target}}-{{arch}}/latest.json`);
      await click("update-settings-save");
      await shown("update-settings-saved");
    };
    const checkNow = async () => {
      // The previous result goes away when a check starts: wait for it to, then for the new one.
      const previous = await displayed("update-check-result");
      await click("update-check-now");
      if (previous) {
        await waitFor("the previous result is cleared", async () => {
          try {
            await previous.getText();
            return false;
          } catch {
            return true;
          }
        });
      }
      return waitFor("the check shows its result", async () => {
        const el = await displayed("update-check-result");
        return el ? { text: await el.getText(), code: await el.getAttribute("data-code") } : null;
      });
    };
    await openSettings();
    await click("settings-tab-updates");
    assert.match(await (await shown("update-current-version")).getText(), /0\.1\.0/, "the running version is shown");

    // A package whose bytes do not match its signature, then one signed by another key.
    for (const segment of ["updates-tampered", "updates-otherkey"]) {
      await useServer(segment);
      const found = await checkNow();
      assert.match(found.text, /99\.0\.0 is available/, `${segment}: the offer is shown: ${found.text}`);
      const notice = await shown("update-notice");
      assert.match(await notice.getText(), /Switchboard 99\.0\.0 is available/);
      if (!(await displayed("update-notes"))) await click("update-notes-toggle");
      const notes = await shown("update-notes");
      assert.match(await notes.getText(), /Faster everything/, "release notes render as Markdown");
      assert.equal(await driver.executeScript("return window.__pwned ?? null;"), null, "release notes are sanitised");
      await click("update-download");
      const error = await shown("update-error");
      assert.equal(await error.getAttribute("data-code"), "update_signature", `${segment}: ${await error.getText()}`);
      assert.match(await error.getText(), /not signed by Switchboard's key; it was not installed/);
      assert.ok(!(await displayed("update-restart")), `${segment}: nothing to install`);
      await click("update-later");
    }
    // A manifest with nothing for this platform, and a server error.
    await useServer("updates-noplatform");
    let found = await checkNow();
    assert.equal(found.code, "update_no_platform", found.text);
    assert.match(found.text, /offers nothing for this system/);
    await useServer("updates-broken");
    found = await checkNow();
    assert.equal(found.code, "update_server", found.text);
    assert.match(found.text, /may be down/);
    // Back to the default server, which has nothing newer.
    await useServer(null);
    found = await checkNow();
    assert.match(found.text, /up to date/, found.text);
    assert.match(await (await shown("update-last-check")).getText(), /up to date/i);

    // About: the version, and where the data is.
    await click("settings-tab-about");
    assert.match(await (await shown("about-version")).getText(), /0\.1\.0/);
    assert.ok((await (await shown("about-data-dir")).getText()).includes(DATA_DIR), "the data folder is shown");
    await screenshot("settings-updates");
    await closeSettings();

    // Chatting is not affected by any of it (a priced model: a $5 hard cap binds since e3).
    const prompt = "update-check: still chatting";
    await send("Routed", prompt);
    const reply = await waitForReplyEnd(prompt);
    assert.equal(reply.status, "complete", reply.error);
  }, { expectLog: [/tauri_plugin_updater|update endpoint|update response|failed to check for updates|plaintext/] });

  step("f) restart: conversations and message statuses survive a restart", async () => {
    assert.ok(turns.length > 0, "earlier steps sent turns to compare against");
    await quitSession();
    await startSession();
    const items = await waitFor(`the sidebar lists at least ${turns.length} conversations`, async () => {
      const found = await driver.findElements(byTestId("conversation-item"));
      return found.length >= turns.length ? found : null;
    });
    const prompts = new Set(turns.map((turn) => turn.prompt));
    const reopened = new Map();
    for (let i = 0; i < items.length; i += 1) {
      const shownBefore = (await conversationShown()).users[0] ?? null;
      const item = (await driver.findElements(byTestId("conversation-item")))[i];
      const wasActive = (await item.getAttribute("data-active")) === "true";
      // The list scrolls; bring the item fully into view first (it may be clipped at the bottom).
      await driver.executeScript("arguments[0].scrollIntoView({ block: 'center' });", item);
      await item.click();
      const view = await waitFor(`conversation ${i + 1} opens`, async () => {
        const active = (await driver.findElements(byTestId("conversation-item")))[i];
        if ((await active.getAttribute("data-active")) !== "true") return null;
        const shownNow = await conversationShown();
        const prompt = shownNow.users[0];
        if (!prompt || (!wasActive && prompt === shownBefore)) return null;
        return shownNow.assistants.every((a) => TERMINAL.has(a.status)) ? shownNow : null;
      });
      const prompt = [...prompts].find((p) => view.users[0].includes(p));
      if (prompt) reopened.set(prompt, view.assistants.at(-1));
    }
    for (const turn of turns) {
      const again = reopened.get(turn.prompt);
      assert.ok(again, `the conversation "${turn.prompt}" is listed after the restart`);
      assert.equal(again.status, turn.status, `"${turn.prompt}": status ${turn.status} persisted`);
      if (turn.status === "complete") {
        assert.equal(again.content, turn.content, `"${turn.prompt}": the complete reply persisted unchanged`);
      } else {
        assert.ok(again.content.startsWith(turn.content), `"${turn.prompt}": the partial text shown was persisted`);
      }
      if (turn.status === "error") {
        assert.ok(again.error?.trim(), `"${turn.prompt}": the error message is shown after the restart`);
      }
    }
    await assertNoSecretInPage("after the restart");
    await screenshot("restart");

    // Under the $5 hard monthly cap saved in e3, a chosen model with no price in the catalogue
    // (the fake server's sb-text) is refused before anything is sent, saying how to fix it.
    await click("nav-new-chat");
    await selectProvider(PROVIDERS.text.name);
    await (await shown("composer-input")).sendKeys("restart-check: unpriced");
    await click("send-button");
    const refusal = await waitFor("the unpriced model is refused", composerError);
    assert.match(refusal, /sb-text has no price in the model catalogue, so a hard cap cannot hold/, refusal);
    assert.match(refusal, /Settings → Models/, `the refusal says how to add the price: ${refusal}`);
    await driver.executeScript("document.querySelector('[data-testid=\"composer-input\"]').value = '';");

    // A fresh app process reads the key back from the OS keyring; a priced model goes out.
    const prompt = "restart-check: invent a holiday";
    await send("Routed", prompt);
    const reply = await waitForReplyEnd(prompt);
    assert.equal(reply.status, "complete", `the stored key still works after a restart (error: ${reply.error})`);
  });

  step("h) history: regenerate and edit make versions to switch between; search opens a message's branch; delete waits for Undo; pin", async () => {
    // A priced model (the $5 hard monthly cap of e3 refuses unpriced ones).
    const prompt = "history-check: the zebra umbrella";
    await send("Routed", prompt);
    const first = await waitForReplyEnd(prompt);
    assert.equal(first.status, "complete", first.error);

    /** The last shown message of `role`, focused: its toolbar shows while it has focus. */
    const focusLast = async (role) => {
      const all = await driver.findElements(byTestId(`message-${role}`));
      assert.ok(all.length > 0, `a ${role} message is shown`);
      const el = all.at(-1);
      await driver.executeScript("arguments[0].focus();", el);
      return el;
    };
    /** Clicks the control `id` inside `root` once it is shown and enabled. */
    const clickIn = async (root, id) => {
      const target = await waitFor(`[data-testid=${id}] is shown and enabled in its message`, async () => {
        const found = (await root.findElements(byTestId(id)))[0];
        return found && (await found.isDisplayed()) && (await found.isEnabled()) ? found : null;
      });
      await target.click();
    };
    /** "i/n" of the last message of `role`, or null when it has no other versions. */
    const versionOf = (role) =>
      driver.executeScript(
        `const all = document.querySelectorAll('[data-testid="message-${role}"]');
         return all[all.length - 1]?.querySelector('[data-testid="branch-count"]')?.textContent.trim() ?? null;`,
      );
    const settled = async () => {
      const shownNow = await conversationShown();
      return shownNow.assistants.every((a) => TERMINAL.has(a.status)) ? shownNow : null;
    };

    // Regenerate: the conversation's own choice is the menu's first item.
    await clickIn(await focusLast("assistant"), "message-regenerate");
    await clickIn(await shown("regenerate-menu"), "regenerate-option");
    await waitFor("another answer is the second version", async () => {
      const now = await settled();
      return now && now.users.length === 1 && now.assistants.length === 1 && (await versionOf("assistant")) === "2/2";
    }, TURN_TIMEOUT_MS);

    // Edit and resend the prompt: a second version of it, answered.
    await clickIn(await focusLast("user"), "message-edit");
    const editor = await shown("message-edit-input");
    // A person types once the editor has the caret (it takes it when it opens).
    await waitFor("the editor has the focus", () =>
      driver.executeScript("return document.activeElement === arguments[0];", editor),
    );
    // Select all with the actions API: a chord sent to the element leaves WebKitWebDriver's
    // Control held for the keys after it (each letter then became a Ctrl shortcut).
    await driver.actions().keyDown(Key.CONTROL).sendKeys("a").keyUp(Key.CONTROL).perform();
    await editor.sendKeys(Key.BACK_SPACE, "history-check: the zebra raincoat", Key.ENTER);
    await waitFor("the edited prompt is answered as the prompt's second version", async () => {
      const now = await settled();
      return now && now.users.length === 1 && now.users[0].includes("raincoat") && (await versionOf("user")) === "2/2";
    }, TURN_TIMEOUT_MS);
    await screenshot("history-versions");

    // Ctrl+K searches the history; the match in the first version of the prompt opens on its
    // branch, with the regenerated answer under it.
    await driver.actions().keyDown(Key.CONTROL).sendKeys("k").keyUp(Key.CONTROL).perform();
    assert.equal(
      await driver.executeScript("return document.activeElement?.getAttribute('data-testid');"),
      "search-input",
      "Ctrl+K focuses the search",
    );
    await driver.actions().sendKeys("umbrella").perform();
    const hit = await waitFor("the prompt's first version is found", async () => {
      for (const el of await driver.findElements(byTestId("search-result"))) {
        const text = await el.getText();
        if (text.includes("You ·") && text.includes("umbrella")) return el;
      }
      return null;
    });
    assert.equal(
      await driver.executeScript("return arguments[0].querySelector('mark')?.textContent;", hit),
      "umbrella",
      "the match is marked",
    );
    await hit.click();
    await waitFor("the search opened the first version of the prompt", async () => {
      const now = await settled();
      return now && now.users[0]?.includes("umbrella") && (await versionOf("user")) === "1/2" && (await versionOf("assistant")) === "2/2";
    });
    await (await shown("search-input")).sendKeys(Key.ESCAPE);
    await shown("conversation-item");

    // Delete the answer shown: it disappears at once, and Undo brings it back.
    await clickIn(await focusLast("assistant"), "message-delete");
    await shown("undo-toast");
    await waitFor("the answer is hidden", async () => (await conversationShown()).assistants.length === 0);
    await click("undo-button");
    await waitFor("Undo brings it back, versions and all", async () =>
      (await conversationShown()).assistants.length === 1 && (await versionOf("assistant")) === "2/2");
    // Deleted for real once the toast has gone: the other answer to the same prompt remains.
    await clickIn(await focusLast("assistant"), "message-delete");
    await waitFor("the toast has gone", async () => (await displayed("undo-toast")) === null, 6_000 + UI_TIMEOUT_MS);
    await waitFor("the other answer is shown, with no other version left", async () => {
      const now = await settled();
      return now && now.assistants.length === 1 && (await versionOf("assistant")) === null;
    });

    // Pin the conversation to the top, then unpin it (the open one shows its actions).
    const activeItem = async () => driver.findElement(By.css('[data-testid="conversation-item"][data-active="true"]'));
    const pinButton = async () =>
      driver.executeScript(
        `return document.querySelector('[data-testid="conversation-item"][data-active="true"]')
           ?.parentElement.querySelector('[data-testid="conversation-pin"]') ?? null;`,
      );
    await (await waitFor("the open conversation offers to pin it", pinButton)).click();
    await waitFor("the pinned conversation heads the list", async () => {
      const firstItem = (await driver.findElements(byTestId("conversation-item")))[0];
      return firstItem && (await firstItem.getAttribute("data-active")) === "true" && (await firstItem.getAttribute("data-pinned")) === "true";
    });
    await screenshot("history-pinned");
    await (await waitFor("the open conversation offers to unpin it", pinButton)).click();
    await waitFor("unpinned", async () => (await (await activeItem()).getAttribute("data-pinned")) === "false");
  });

  step("i) import: a ChatGPT export picked in Settings → Data is summarised, listed, and opens on its shown branch", async () => {
    // A small ChatGPT export with branches: 11 messages, 6 on the branch it shows (see
    // engine/tests/import.rs), whose title no earlier step uses.
    const fixture = path.resolve(
      path.dirname(fileURLToPath(import.meta.url)),
      "../../src-tauri/crates/testsupport/fixtures/exports/chatgpt/chatgpt-tree.json",
    );
    assert.ok(fs.existsSync(fixture), `the export fixture is at ${fixture}`);
    const title = "Assist user with summary";

    await click("nav-settings");
    await click("settings-tab-data");
    // The file goes to the <input type="file"> as a pick in the native dialog would put it.
    await (await shown("import-input")).sendKeys(fixture);
    const summary = await waitFor(
      "the import is summarised, or refused",
      async () => (await displayed("import-summary")) ?? (await displayed("import-error")),
      60_000,
    );
    assert.equal(await summary.getAttribute("data-testid"), "import-summary", `the export is imported: ${await summary.getText()}`);
    assert.match(await summary.getText(), /Imported from ChatGPT/, "the format is detected from the content");
    assert.equal((await (await shown("import-added")).getText()).trim(), "1 conversation", "one conversation is new");
    assert.equal((await (await shown("import-messages")).getText()).trim(), "11", "every message of every branch is stored");
    assert.equal(await displayed("import-error"), null, "no error beside the summary");
    await screenshot("import-summary");
    await closeSettings();

    // Far down the list (its own, old dates), it may be scrolled out of view: found by its text.
    const item = await waitFor(`"${title}" is listed`, async () => {
      for (const el of await driver.findElements(byTestId("conversation-item"))) {
        if ((await driver.executeScript("return arguments[0].textContent;", el)).includes(title)) return el;
      }
      return null;
    });
    // Imported with its own (old) dates, it is far down the list: bring it into view first.
    await driver.executeScript("arguments[0].scrollIntoView({ block: 'center' });", item);
    await item.click();
    const view = await waitFor("the imported conversation opens on the branch the export showed", async () => {
      const now = await conversationShown();
      return now.users.length === 3 && now.assistants.length === 3 && now.assistants.every((a) => TERMINAL.has(a.status)) ? now : null;
    });
    assert.deepEqual(view.users, ["hi there", "hi again", "tell me a joke"], "the shown branch's prompts, in order");
    assert.match(view.assistants.at(-1).content, /scientists trust atoms/, "the answer on the shown branch");
    const versions = await driver.executeScript(
      `const all = document.querySelectorAll('[data-testid="message-assistant"]');
       return all[all.length - 1]?.querySelector('[data-testid="branch-count"]')?.textContent.trim() ?? null;`,
    );
    assert.match(versions ?? "", /^\d\/2$/, `the other answer to the joke is kept as a version: ${versions}`);
  }, {
    // The window may not listen to app events (no core:event permission): the import then
    // runs without its progress, and WebKit may say so.
    expectLog: [/plugin:event\|listen|event\.listen/],
  });

  step("k) 200% text: chat, search, Settings and the shortcut sheet fit the window, nothing cut off or sideways", async () => {
    const press = (key) => driver.actions().keyDown(Key.CONTROL).sendKeys(key).keyUp(Key.CONTROL).perform();
    // Everything shown lies within the window's width (the drawer, closed, lies wholly to the
    // left), and nothing scrolls sideways but what is meant to (code blocks, tables, formulas):
    // a box that merely scrolls up and down does not excuse what sticks out of it.
    const problems = (what) =>
      driver.executeScript(`
        const vw = document.documentElement.clientWidth;
        const out = [];
        if (document.documentElement.scrollWidth > vw + 1) out.push("the page scrolls sideways: " + document.documentElement.scrollWidth + " > " + vw);
        const name = (el) => el.dataset.testid ?? (el.tagName.toLowerCase() + (el.className && typeof el.className === "string" ? "." + el.className.split(" ")[0] : ""));
        for (const el of document.querySelectorAll("body *")) {
          if (el.closest("pre, table, .katex-display, .visually-hidden")) continue;
          const style = getComputedStyle(el);
          if (style.visibility === "hidden" || style.display === "none") continue;
          const r = el.getBoundingClientRect();
          if (r.width === 0 || r.height === 0 || r.right <= 0) continue;
          if (r.right > vw + 1) {
            out.push(name(el) + " ends at " + Math.round(r.right) + " of " + vw + ": " + (el.textContent ?? "").trim().slice(0, 40));
          } else if (["auto", "scroll"].includes(style.overflowX) && el.scrollWidth > el.clientWidth + 1) {
            out.push(name(el) + " scrolls sideways: " + el.scrollWidth + " > " + el.clientWidth);
          }
        }
        return out.map((line) => arguments[0] + ": " + line);
      `, what);
    const inView = async (id) => {
      const el = await shown(id);
      const r = await el.getRect();
      const [vw, vh] = await driver.executeScript("return [document.documentElement.clientWidth, document.documentElement.clientHeight]");
      assert.ok(r.x >= 0 && r.y >= 0 && r.x + r.width <= vw + 1 && r.y + r.height <= vh + 1, `${id} is wholly in the window: ${JSON.stringify(r)} in ${vw}×${vh}`);
    };

    await driver.executeScript("document.activeElement?.blur?.()");
    const found = [];
    try {
      for (let i = 0; i < 6; i += 1) await press("=");
      await waitFor("the text is at 200%", async () =>
        (await driver.executeScript("return document.documentElement.style.fontSize")) === "200%" ? true : null,
      );
      // The open conversation (the imported one, with its branch switcher) and the composer.
      await inView("composer-input");
      await inView("send-button");
      found.push(...(await problems("chat")));
      await screenshot("zoom-200-chat");
      // Search, from the keyboard: in a window this narrow the list is a drawer, opened for it.
      await press("k");
      await inView("search-input");
      found.push(...(await problems("search")));
      await screenshot("zoom-200-search");
      await driver.actions().sendKeys(Key.ESCAPE).perform();
      // Settings, each tab.
      await click("nav-settings").catch(async () => {
        await click("drawer-toggle");
        await click("nav-settings");
      });
      for (const tab of ["providers", "models", "routing", "budget", "appearance", "updates", "data", "about"]) {
        const el = await shown(`settings-tab-${tab}`);
        await driver.executeScript("arguments[0].scrollIntoView({ block: 'nearest', inline: 'nearest' });", el);
        await el.click();
        await waitFor(`the ${tab} tab is open`, async () => ((await el.getAttribute("aria-selected")) === "true" ? true : null));
        found.push(...(await problems(`Settings → ${tab}`)));
        if (["providers", "models", "data"].includes(tab)) await screenshot(`zoom-200-settings-${tab}`);
      }
      await closeSettings();
      // The shortcut sheet.
      await press("/");
      await inView("shortcut-sheet-close");
      found.push(...(await problems("shortcut sheet")));
      await screenshot("zoom-200-shortcuts");
      await driver.actions().sendKeys(Key.ESCAPE).perform();
    } finally {
      // The size is kept across starts: back to 100% whatever failed, for the steps after.
      await press("0").catch(() => {});
    }
    await waitFor("the text is back at 100%", async () =>
      (await driver.executeScript("return document.documentElement.style.fontSize")) === "100%" ? true : null,
    );
    assert.deepEqual(found, [], "at 200%, nothing is cut off at the window's edge or scrolls sideways");
  });

  step("j) a read-only data folder or database: the app says which file and what to do, leaves nothing beside it, and starts as before once writable", async () => {
    await quitSession();
    const db = path.join(DATA_DIR, "switchboard.db");
    // Every file in the data folder but the log (a refused start writes nothing else: no
    // -wal/-shm beside the database, no backup, no session file).
    const logs = path.join(DATA_DIR, "logs");
    const beside = () => filesUnder(DATA_DIR).filter((file) => !file.startsWith(logs)).sort();
    const digest = () => crypto.createHash("sha256").update(fs.readFileSync(db)).digest("hex");
    const before = { files: beside(), bytes: digest() };
    const run = (command, ...args) => {
      try {
        execFileSync(command, args, { stdio: "pipe" });
      } catch (err) {
        throw new Error(`this step needs root and the right to mount (${command} ${args.join(" ")}): ${err.stderr ?? err.message}`);
      }
    };
    // Made read-only in place by a read-only bind mount over it, as a read-only volume would
    // (root writes through file modes): first the whole folder, then only the database in a
    // folder the app can write, where nothing may appear beside it.
    for (const [what, target] of [["folder", DATA_DIR], ["database", db]]) {
      run("mount", "--bind", target, target);
      try {
        run("mount", "-o", "remount,ro,bind", target);
        await startSession("recovery-screen");
        const error = await (await shown("recovery-error")).getText();
        assert.ok(error.includes(db), `a read-only ${what}: the message names the database: ${error}`);
        assert.match(error, /cannot be written/, error);
        assert.match(error, /Make it writable|data folder you can write/, `the message says what to do: ${error}`);
        assert.match(await (await shown("recovery-intact")).getText(), /found no damage in the file/);
        assert.ok(await displayed("recovery-retry"), "starting again is offered");
        await screenshot(`read-only-${what}`);
      } finally {
        // The app first (it holds files in the folder), then the mount, whatever failed above;
        // a mount still busy is detached rather than left read-only for the steps after.
        await quitSession().catch((err) => console.error(`ending the read-only session: ${err.message}`));
        try {
          execFileSync("umount", [target], { stdio: "pipe" });
        } catch {
          execFileSync("umount", ["-l", target], { stdio: "pipe" });
        }
      }
      assert.deepEqual(beside(), before.files, `a read-only ${what}: no file was added or removed in the data folder`);
      assert.equal(digest(), before.bytes, `a read-only ${what}: the database is byte for byte as it was`);
    }
    // Writable again: the same history opens.
    await startSession();
    await waitFor("the conversations are listed again", async () =>
      (await driver.findElements(byTestId("conversation-item"))).length > 0 ? true : null,
    );
  }, {
    // The refused starts are logged, as they should be.
    expectLog: [/engine failed to start/, /cannot be written/],
  });

  step(
    "g) secrets: no API key in the data directory, WebKit storage, logs or artifacts",
    async () => {
      await quitSession();
      const roots = [
        DATA_DIR,
        process.env.XDG_DATA_HOME,
        process.env.XDG_CONFIG_HOME,
        process.env.XDG_CACHE_HOME,
        ARTIFACTS,
        DRIVER_LOG,
      ];
      // WebKit's helper processes may still be closing their storage after the app exits;
      // scan only once they are gone, so every file is final (no -wal/-shm mid-checkpoint).
      await waitFor("WebKit helper processes of this run have exited", () => webkitPids().length === 0, 20_000);
      const files = [...new Set(roots.flatMap((root) => filesUnder(root)))];
      assert.ok(
        files.includes(path.join(DATA_DIR, "switchboard.db")),
        "the scan covers the SQLite database (switchboard.db in the data directory)",
      );
      assert.ok(
        files.some((file) => file.startsWith(path.join(DATA_DIR, "logs"))),
        "the scan covers the app's logs",
      );
      const secrets = SECRETS.map((secret) => Buffer.from(secret, "utf8"));
      const leaks = files.filter((file) => {
        const bytes = fs.readFileSync(file);
        return secrets.some((secret) => bytes.includes(secret));
      });
      assert.deepEqual(leaks, [], `an API key was found in ${leaks.length} of ${files.length} files scanned`);
    },
    { always: true },
  );
});
