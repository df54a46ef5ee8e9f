// The update flow against real packages (run by scripts/test-updater.sh, not by the e2e
// suite): version N is installed from its .deb; the app, driven through its UI, refuses
// every bad update with a clear message and keeps N, then installs N+1 and relaunches.
//
// Environment (set by scripts/test-updater.sh):
//   SB_DRIVER_URL       tauri-driver's URL
//   SB_APP              the installed app (/usr/bin/switchboard)
//   SWITCHBOARD_DATA_DIR the app's data directory (seeded with user data)
//   SB_UPDATE_BASE      the loopback update server, e.g. http://127.0.0.1:PORT
//   SB_OLD_VERSION, SB_NEW_VERSION
//   SB_ARTIFACTS        where screenshots and timings go
import { describe, it, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { Builder, By, Key } from "selenium-webdriver";

const env = (name) => {
  const v = process.env[name];
  if (!v) throw new Error(`${name} is not set; run scripts/test-updater.sh`);
  return v;
};
const DRIVER_URL = env("SB_DRIVER_URL");
const APP = env("SB_APP");
const DATA_DIR = env("SWITCHBOARD_DATA_DIR");
const BASE = env("SB_UPDATE_BASE");
const OLD = env("SB_OLD_VERSION");
const NEW = env("SB_NEW_VERSION");
const ARTIFACTS = env("SB_ARTIFACTS");
const LOG = path.join(DATA_DIR, "logs", "switchboard.log");

let driver = null;
const results = { cases: {}, timings: {} };

const byTestId = (id) => By.css(`[data-testid="${id}"]`);
async function waitFor(what, fn, timeout = 20000) {
  const end = Date.now() + timeout;
  let last;
  while (Date.now() < end) {
    try {
      const v = await fn();
      if (v) return v;
    } catch (err) {
      last = err;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting until ${what}${last ? ` (${last.message})` : ""}`);
}
async function displayed(id) {
  for (const el of await driver.findElements(byTestId(id))) if (await el.isDisplayed()) return el;
  return null;
}
const shown = (id) => waitFor(`${id} is visible`, () => displayed(id));
async function click(id) {
  const el = await waitFor(`${id} is enabled`, async () => {
    const e = await displayed(id);
    return e && (await e.isEnabled()) ? e : null;
  });
  await el.click();
}
const installed = () => execFileSync("dpkg-query", ["-W", "-f=${Version}", "switchboard"]).toString().trim();

async function startSession() {
  driver = await new Builder()
    .usingServer(DRIVER_URL)
    .withCapabilities({ browserName: "wry", "tauri:options": { application: APP } })
    .build();
  await shown("nav-settings");
}

async function openUpdates() {
  await click("nav-settings");
  await click("settings-tab-updates");
  await shown("update-check-now");
}

async function useCase(name) {
  await driver.executeScript("document.querySelectorAll('details.advanced').forEach((d) => { d.open = true; });");
  const field = await shown("update-endpoint");
  await field.sendKeys(Key.chord(Key.CONTROL, "a"), Key.BACK_SPACE);
  // "down": nothing listens on port 9 (discard), so the connection is refused.
  const base = name === "down" ? "http://127.0.0.1:9" : BASE;
  await field.sendKeys(`${base}/${name}/{{target}}-{{arch}}/latest.json`);
  await click("update-settings-save");
  await shown("update-settings-saved");
}

async function checkNow() {
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
  }, 60000);
}

async function download() {
  await click("update-download");
  return waitFor("the download ends", async () => {
    const err = await displayed("update-error");
    if (err) return { error: await err.getText(), code: await err.getAttribute("data-code") };
    return (await displayed("update-restart")) ? { ok: true } : null;
  }, 120000);
}

after(async () => {
  fs.writeFileSync(path.join(ARTIFACTS, "updater-results.json"), JSON.stringify(results, null, 2));
  if (driver) await driver.quit().catch(() => {});
});

describe("updates of the installed package", { concurrency: 1 }, () => {
  it("refuses every bad update with a clear message and keeps the installed version", { timeout: 600000 }, async () => {
    await startSession();
    await openUpdates();
    const expect = {
      tampered: { download: "update_signature" },
      otherkey: { download: "update_signature" },
      cut: { download: null },
      older: { upToDate: true },
      equal: { upToDate: true },
      noplatform: { check: "update_no_platform" },
      down: { check: "update_offline" },
      malformed: { check: "update_server" },
      notfound: { check: "update_server" },
      broken: { check: "update_server" },
    };
    for (const [name, want] of Object.entries(expect)) {
      await useCase(name);
      const found = await checkNow();
      let outcome;
      if (want.upToDate) {
        assert.match(found.text, /up to date/, `${name}: ${found.text}`);
        outcome = found.text;
      } else if (want.check) {
        assert.equal(found.code, want.check, `${name}: ${found.text}`);
        outcome = found.text;
      } else {
        assert.match(found.text, new RegExp(`${NEW.replace(/\./g, "\\.")} is available`), `${name}: ${found.text}`);
        const dl = await download();
        assert.ok(dl.error, `${name}: the download must fail`);
        if (want.download) assert.equal(dl.code, want.download, `${name}: ${dl.error}`);
        outcome = dl.error;
        await click("update-later");
      }
      assert.equal(installed(), OLD, `${name}: the installed version is unchanged`);
      results.cases[name] = outcome;
    }
  });

  it("installs the new version, relaunches, and says so", { timeout: 600000 }, async () => {
    await useCase("ok");
    const found = await checkNow();
    assert.match(found.text, /is available/, found.text);
    const started = Date.now();
    const dl = await download();
    assert.ok(dl.ok, `the download is verified: ${JSON.stringify(dl)}`);
    results.timings.download_ms = Date.now() - started;
    const logBefore = fs.existsSync(LOG) ? fs.statSync(LOG).size : 0;
    const clicked = Date.now();
    await click("update-restart");
    // The app installs (dpkg through sudo) and relaunches itself; the session goes with it.
    await waitFor("the new version is installed", () => installed() === NEW, 180000);
    results.timings.install_ms = Date.now() - clicked;
    const loaded = await waitFor("the relaunched app shows its window", () => {
      const text = fs.readFileSync(LOG).subarray(logBefore).toString();
      return text.includes("window content loaded") ? Date.now() : null;
    }, 180000);
    results.timings.restart_to_window_ms = loaded - clicked;
    try {
      await driver.quit();
    } catch {
      // The session ended with the old process.
    }
    driver = null;
    // The relaunched app runs outside any session: end it so the next test starts its own.
    try {
      execFileSync("pkill", ["-f", "^/usr/bin/switchboard"], { stdio: "ignore" });
    } catch {
      // Nothing to end.
    }
  });

  it("the relaunched version reports the update once", { timeout: 300000 }, async () => {
    await new Promise((r) => setTimeout(r, 2000));
    await startSession();
    const outcome = await shown("update-outcome");
    assert.match(await outcome.getText(), new RegExp(`Updated to ${NEW.replace(/\./g, "\\.")}`));
    // The user's conversations are there in the new version.
    // Read in one script: the list may re-render between element lookups.
    await waitFor("the seeded conversations are listed", async () => {
      const titles = await driver.executeScript(
        "return [...document.querySelectorAll('[data-testid=\"conversation-item\"]')].map((el) => el.innerText);",
      );
      return titles.some((t) => t.includes("First conversation, before the update")) &&
        titles.some((t) => t.includes("Plan a three-day trip to Lisbon"));
    });
    fs.writeFileSync(path.join(ARTIFACTS, "updated-chats.png"), await driver.takeScreenshot(), "base64");
    await click("nav-settings");
    await click("settings-tab-about");
    assert.match(await (await shown("about-version")).getText(), new RegExp(NEW.replace(/\./g, "\\.")));
    fs.writeFileSync(path.join(ARTIFACTS, "updated.png"), await driver.takeScreenshot(), "base64");
  });
});
