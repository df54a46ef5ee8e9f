// Self-update in the whole UI (jsdom, fake backend): the update notice in the sidebar (release
// notes, download progress, restart, errors that never block chatting, the outcome after a
// relaunch), Settings → Updates and Settings → About.
import { flushSync, mount, unmount } from "svelte";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { backend } from "./test/fakeBackend";
import type { AboutInfo, BudgetSettings, DownloadEvent, Provider, UpdateOffer, UpdateStatus } from "./lib/bindings";


vi.mock("@tauri-apps/api/core", async () => (await import("./test/fakeBackend")).fakeCore);

const { default: App } = await import("./App.svelte");
const { chat, navigation, notices, stores, turns } = await import("./lib/state");
const { updater } = await import("./lib/updater.svelte");

type FakeChannel = { onmessage: (event: DownloadEvent) => void };

const provider: Provider = {
  id: 1, name: "OpenAI", kind: "openai", base_url: "https://api.openai.com/v1", default_model: "gpt-4.1-mini", vendor: null,
  local: false, has_key: true, created_at: 1, settings: {},
};
const settings: BudgetSettings = {
  conversation_cap: null, conversation_mode: "hard", monthly_cap: null, monthly_mode: "hard", quality: "balanced",
  default_provider_id: 1, default_model: null, system_prompt: null,
};
const offer: UpdateOffer = {
  version: "0.2.0",
  current_version: "0.1.0",
  notes: "**Faster** start. <img src=x onerror=alert(1)> [bad](javascript:alert(1)) [changelog](https://example.com/changes)",
  date: "2026-01-02T03:04:05Z",
};
const about: AboutInfo = {
  version: "0.1.0", build_date: "2026-01-01", data_dir: "/home/u/.local/share/switchboard",
  log_file: "/home/u/.local/share/switchboard/logs/switchboard.log", backups_dir: "/home/u/.local/share/switchboard/backups",
};

function status(extra: Partial<UpdateStatus> = {}): UpdateStatus {
  return {
    current_version: "0.1.0",
    settings: { automatic: true, channel: "stable", interval_hours: 24, endpoint: null },
    state: {
      last_check_at: null, last_result: null, offered_version: null, offered_at: null, installing: null, outcome: null,
    },
    offer: null,
    downloaded: false,
    ...extra,
  };
}

async function settle(): Promise<void> {
  for (let i = 0; i < 5; i += 1) await new Promise((resolve) => setTimeout(resolve, 0));
  flushSync();
}

function byTestId<T extends HTMLElement = HTMLElement>(id: string): T {
  const el = document.querySelector<T>(`[data-testid="${id}"]`);
  if (el === null) throw new Error(`missing data-testid=${id}`);
  return el;
}

const find = (id: string): HTMLElement | null => document.querySelector(`[data-testid="${id}"]`);
const text = (id: string): string => byTestId(id).textContent?.replace(/\s+/g, " ").trim() ?? "";
const callsOf = (command: string) => backend.calls.filter((c) => c.command === command).map((c) => c.args);

function type(el: HTMLInputElement | HTMLTextAreaElement, value: string): void {
  el.value = value;
  el.dispatchEvent(new Event("input", { bubbles: true }));
  flushSync();
}

function choose(testid: string, value: string): void {
  const select = byTestId<HTMLSelectElement>(testid);
  select.value = value;
  select.dispatchEvent(new Event("change", { bubbles: true }));
  flushSync();
}

/** Makes download_update hand its channel to the test and finish only when told to. */
function deferredDownload(): { events: () => FakeChannel; finish: () => void; fail: (e: unknown) => void } {
  let channel: FakeChannel | null = null;
  let finish: () => void = () => {};
  let fail: (e: unknown) => void = () => {};
  backend.handlers.set("download_update", (args) => {
    channel = args.onEvent as FakeChannel;
    return new Promise((resolve, reject) => {
      finish = () => resolve(null);
      fail = reject;
    });
  });
  return {
    events: () => {
      if (channel === null) throw new Error("download_update was not called");
      return channel;
    },
    finish: () => finish(),
    fail: (e) => fail(e),
  };
}

/** Starts an answer that keeps streaming (send_turn never finishes). */
async function streamAnswer(): Promise<void> {
  backend.handlers.set("send_turn", () => new Promise(() => {}));
  const input = byTestId<HTMLTextAreaElement>("composer-input");
  type(input, "Hello");
  byTestId("send-button").click();
  await settle();
  expect(turns.streaming, "an answer streams").toBe(true);
}

let component: ReturnType<typeof mount> | null = null;

async function start(updateStatus: () => UpdateStatus): Promise<void> {
  backend.handlers.set("update_status", updateStatus);
  component = mount(App, { target: document.body });
  await stores.init();
  await settle();
}

beforeEach(() => {
  backend.calls.length = 0;
  backend.handlers.clear();
  backend.handlers.set("app_status", () => ({ data_dir: "/data", keyring: { available: true, message: null } }));
  backend.handlers.set("list_providers", () => [provider]);
  backend.handlers.set("catalogue_state", () => ({
    catalogue: { source: { name: "t", version: "1", licence: "MIT", url: "-", retrieved: "-" }, vendors: [], models: [], routes: {} },
    edits: { models: [], removed: [], routes: {} },
    shipped_models: [],
    shipped_routes: {},
  }));
  backend.handlers.set("list_conversations", () => []);
  backend.handlers.set("budget_settings", () => settings);
  backend.handlers.set("acknowledge_update", () => null);
  backend.handlers.set("about", () => about);
  vi.stubGlobal("ResizeObserver", class { observe(): void {} unobserve(): void {} disconnect(): void {} });
  notices.notice = null;
  turns.turn = null;
  chat.newChat();
  updater.status = null;
  updater.statusError = null;
  updater.dismissed = null;
  updater.downloading = false;
  updater.progress = null;
  updater.downloadedVersion = null;
  updater.installing = false;
  updater.error = null;
  updater.outcome = null;
});

afterEach(() => {
  if (component !== null) unmount(component);
  component = null;
  turns.turn = null;
  vi.unstubAllGlobals();
});

describe("update notice", () => {
  it("asks for the update status after the first load and shows nothing when there is no offer", async () => {
    await start(() => status());
    expect(callsOf("update_status").length, "asked once the app loaded").toBe(1);
    expect(find("update-notice"), "nothing to offer").toBeNull();
  });

  it("offers the version unobtrusively, with sanitised release notes collapsed until asked for", async () => {
    await start(() => status({ offer }));
    const notice = byTestId("update-notice");
    expect(notice.textContent, "names the version").toContain("Switchboard 0.2.0 is available");
    expect(notice.closest("aside"), "in the sidebar").not.toBeNull();
    expect(document.querySelector('[role="dialog"], dialog'), "not a modal").toBeNull();
    expect(find("update-notes"), "release notes collapsed by default").toBeNull();
    expect(byTestId("update-notes-toggle").getAttribute("aria-expanded")).toBe("false");
    expect(byTestId<HTMLTextAreaElement>("composer-input").disabled, "chatting goes on").toBe(false);

    byTestId("update-notes-toggle").click();
    flushSync();
    const notes = byTestId("update-notes");
    expect(notes.querySelector("strong")?.textContent, "Markdown rendered").toBe("Faster");
    expect(notes.querySelector("img"), "no images or raw HTML").toBeNull();
    expect(notes.textContent, "raw HTML shown as text").toContain("<img src=x onerror=alert(1)>");
    expect([...notes.querySelectorAll("a")].map((a) => a.getAttribute("href")), "only safe links").toEqual([
      "https://example.com/changes",
    ]);
    expect(byTestId("update-notes-toggle").getAttribute("aria-expanded")).toBe("true");
  });

  it("Later hides it for the rest of the session", async () => {
    await start(() => status({ offer }));
    byTestId("update-later").click();
    flushSync();
    expect(find("update-notice")).toBeNull();
    await updater.refresh();
    flushSync();
    expect(find("update-notice"), "the next poll does not bring it back").toBeNull();
    expect(callsOf("download_update"), "nothing downloaded").toEqual([]);
  });

  it("downloads with a progress bar in bytes and percent, then restarts to update", async () => {
    const download = deferredDownload();
    let downloaded = false;
    backend.handlers.set("install_update", () => new Promise(() => {}));
    await start(() => status({ offer, downloaded }));

    byTestId("update-download").click();
    await settle();
    download.events().onmessage({ type: "progress", downloaded: 3_100_000, total: 5_000_000 });
    flushSync();
    expect(text("update-progress"), "bytes of the total and the percent").toBe("3.1 MB of 5.0 MB · 62%");
    expect(byTestId("update-progress").getAttribute("aria-valuenow")).toBe("62");
    expect(byTestId<HTMLButtonElement>("update-download").disabled, "one download at a time").toBe(true);

    download.events().onmessage({ type: "progress", downloaded: 3_100_000, total: null });
    flushSync();
    expect(text("update-progress"), "no percent without a total").toBe("3.1 MB");
    expect(byTestId("update-progress").hasAttribute("aria-valuenow")).toBe(false);

    download.events().onmessage({ type: "finished" });
    downloaded = true;
    download.finish();
    await settle();
    expect(find("update-progress"), "the bar goes once done").toBeNull();
    expect(find("update-download")).toBeNull();
    const restart = byTestId<HTMLButtonElement>("update-restart");
    expect(restart.textContent?.trim()).toBe("Restart to update");

    restart.click();
    await settle();
    expect(callsOf("install_update"), "nothing streams: no turns to stop").toEqual([{ stopTurns: false }]);
    expect(byTestId<HTMLButtonElement>("update-restart").disabled, "while it installs").toBe(true);
    expect(text("update-restart")).toBe("Restarting…");
  });

  it("asks before stopping an answer that is still streaming", async () => {
    backend.handlers.set("install_update", () => new Promise(() => {}));
    await start(() => status({ offer, downloaded: true }));
    await streamAnswer();

    byTestId("update-restart").click();
    flushSync();
    expect(text("update-confirm"), "asks first").toContain("An answer is still streaming. Stop it and update?");
    expect(callsOf("install_update"), "nothing installed yet").toEqual([]);

    byTestId("update-confirm-cancel").click();
    flushSync();
    expect(find("update-confirm")).toBeNull();
    expect(turns.streaming, "the answer goes on").toBe(true);

    byTestId("update-restart").click();
    flushSync();
    byTestId("update-confirm-stop").click();
    await settle();
    expect(callsOf("install_update"), "the user agreed to stop it").toEqual([{ stopTurns: true }]);
  });

  it("asks when the backend refuses because answers it knows of still stream", async () => {
    const why = "1 answer is still streaming: stop it before updating, or let it finish.";
    backend.handlers.set("install_update", (args) => {
      if (args.stopTurns !== true) throw { code: "invalid_input", message: why };
      return new Promise(() => {});
    });
    await start(() => status({ offer, downloaded: true }));
    byTestId("update-restart").click();
    await settle();
    expect(text("update-error"), "the backend's sentence").toBe(why);
    byTestId("update-confirm-stop").click();
    await settle();
    expect(callsOf("install_update")).toEqual([{ stopTurns: false }, { stopTurns: true }]);
  });

  it.each([
    ["update_offline", "Could not reach the update server; check your connection. Chatting is not affected."],
    ["update_server", "The update server answered HTTP 503 Service Unavailable."],
    ["update_signature", "The downloaded update is not signed by Switchboard's key; it was not installed."],
  ])("shows a failed download (%s) in the notice and chatting goes on", async (code, message) => {
    const download = deferredDownload();
    await start(() => status({ offer }));
    byTestId("update-download").click();
    await settle();
    download.fail({ code, message });
    await settle();
    expect(text("update-error"), "the backend's message").toBe(message);
    expect(byTestId("update-error").closest('[data-testid="update-notice"]'), "inside the notice").not.toBeNull();
    expect(find("update-restart"), "nothing to install").toBeNull();
    expect(text("update-download"), "can be tried again").toBe("Try again");
    expect(notices.notice, "no app-wide alert").toBeNull();

    backend.handlers.set("send_turn", () => new Promise(() => {}));
    type(byTestId<HTMLTextAreaElement>("composer-input"), "still here?");
    byTestId("send-button").click();
    await settle();
    expect(callsOf("send_turn").length, "chatting is not blocked").toBe(1);
  });

  it("shows a refused install (no permission) and keeps Restart to update", async () => {
    const message = "No permission to install the update. On Linux, install it with your package manager.";
    backend.handlers.set("install_update", () => {
      throw { code: "update_permission", message };
    });
    await start(() => status({ offer, downloaded: true }));
    byTestId("update-restart").click();
    await settle();
    expect(text("update-error")).toBe(message);
    expect(byTestId<HTMLButtonElement>("update-restart").disabled, "can be tried again").toBe(false);
    expect(find("update-confirm"), "not a question about streaming").toBeNull();
  });

  it("says once after a relaunch that the update installed, and acknowledges it", async () => {
    const outcome = { kind: "updated", from: "0.1.0", to: "0.2.0" } as const;
    await start(() => status({ current_version: "0.2.0", state: { ...status().state, outcome } }));
    expect(text("update-outcome")).toBe("Updated to 0.2.0");
    expect(callsOf("acknowledge_update").length, "the backend forgets it").toBe(1);
    byTestId("update-outcome-dismiss").click();
    flushSync();
    expect(find("update-outcome")).toBeNull();
    await updater.refresh();
    flushSync();
    expect(find("update-outcome"), "shown once").toBeNull();
  });

  it("says when the update did not install and which version still runs", async () => {
    const outcome = { kind: "failed", from: "0.1.0", to: "0.2.1", running: "0.1.0" } as const;
    await start(() => status({ state: { ...status().state, outcome } }));
    expect(text("update-outcome")).toBe("The update to 0.2.1 did not install; you are still on 0.1.0.");
    expect(byTestId("update-outcome").dataset.outcome).toBe("failed");
    expect(callsOf("acknowledge_update").length).toBe(1);
  });
});

describe("settings → updates", () => {
  async function openUpdates(current: () => UpdateStatus): Promise<void> {
    await start(current);
    byTestId("nav-settings").click();
    flushSync();
    byTestId("settings-tab-updates").click();
    await settle();
  }

  it("shows the version, the last check and its result, and the settings", async () => {
    const failed = "Could not reach the update server; check your connection. Chatting is not affected.";
    const checkedAt = Date.now() - 5.5 * 60_000;
    await openUpdates(() =>
      status({
        settings: { automatic: false, channel: "beta", interval_hours: 6, endpoint: "https://mirror.example/{{channel}}.json" },
        state: { ...status().state, last_check_at: checkedAt, last_result: { kind: "failed", message: failed } },
      }),
    );
    expect(text("update-current-version")).toBe("0.1.0");
    expect(text("update-last-check"), "when, and the failure message").toBe(`5 min ago · ${failed}`);
    expect(byTestId<HTMLInputElement>("update-automatic").checked).toBe(false);
    expect(byTestId<HTMLSelectElement>("update-channel").value).toBe("beta");
    expect(byTestId<HTMLInputElement>("update-interval").value).toBe("6");
    expect(byTestId<HTMLInputElement>("update-endpoint").value).toBe("https://mirror.example/{{channel}}.json");
  });

  it("says when it was never checked, and what an earlier check found", async () => {
    let current = status();
    await openUpdates(() => current);
    expect(text("update-last-check")).toBe("Not checked yet");
    current = status({ state: { ...status().state, last_check_at: Date.now(), last_result: { kind: "up_to_date" } } });
    await updater.refresh();
    flushSync();
    expect(text("update-last-check")).toBe("just now · Up to date");
    current = status({ state: { ...status().state, last_check_at: Date.now(), last_result: { kind: "available", version: "0.2.0" } } });
    await updater.refresh();
    flushSync();
    expect(text("update-last-check")).toBe("just now · Switchboard 0.2.0 is available");
  });

  it("Check now shows what it found, and the notice offers it", async () => {
    let current = status();
    backend.handlers.set("check_for_update", () => {
      current = status({ offer, state: { ...status().state, last_check_at: Date.now(), last_result: { kind: "available", version: "0.2.0" } } });
      return offer;
    });
    await openUpdates(() => current);
    byTestId("update-check-now").click();
    await settle();
    expect(text("update-check-result")).toContain("Switchboard 0.2.0 is available");
    expect(text("update-last-check"), "the last check is read back").toContain("Switchboard 0.2.0 is available");
    expect(find("update-notice"), "the notice offers it").not.toBeNull();
  });

  it("Check now says when it is up to date, and shows the error when it fails", async () => {
    backend.handlers.set("check_for_update", () => null);
    await openUpdates(() => status());
    byTestId("update-check-now").click();
    await settle();
    expect(text("update-check-result")).toBe("Switchboard is up to date (0.1.0).");

    const message = "The update server offers nothing for this system (linux-riscv64).";
    backend.handlers.set("check_for_update", () => {
      throw { code: "update_no_platform", message };
    });
    byTestId("update-check-now").click();
    await settle();
    expect(text("update-check-result")).toBe(message);
    expect(byTestId("update-check-result").getAttribute("role")).toBe("alert");
    expect(notices.notice, "no app-wide alert").toBeNull();
  });

  it("saves the settings, an empty server URL meaning the default", async () => {
    backend.handlers.set("set_update_settings", () => null);
    await openUpdates(() => status({ settings: { automatic: true, channel: "stable", interval_hours: 24, endpoint: "https://old.example/x.json" } }));
    byTestId<HTMLInputElement>("update-automatic").click();
    byTestId<HTMLInputElement>("update-automatic").click();
    choose("update-channel", "beta");
    type(byTestId<HTMLInputElement>("update-interval"), "12");
    type(byTestId<HTMLInputElement>("update-endpoint"), "   ");
    byTestId("update-settings-save").click();
    await settle();
    expect(callsOf("set_update_settings"), "the documented arguments").toEqual([
      { settings: { automatic: true, channel: "beta", interval_hours: 12, endpoint: null } },
    ]);
    expect(find("update-settings-saved")).not.toBeNull();

    byTestId<HTMLInputElement>("update-automatic").click();
    type(byTestId<HTMLInputElement>("update-endpoint"), " https://mirror.example/{{channel}}/latest.json ");
    byTestId("update-settings-save").click();
    await settle();
    expect(callsOf("set_update_settings")[1]?.settings, "checks off, a mirror, trimmed").toEqual({
      automatic: false, channel: "beta", interval_hours: 12, endpoint: "https://mirror.example/{{channel}}/latest.json",
    });
  });

  it("shows the backend's sentence when it refuses the settings", async () => {
    const refusal = "“ftp://x” is not a valid update URL.";
    backend.handlers.set("set_update_settings", () => {
      throw { code: "invalid_input", message: refusal };
    });
    await openUpdates(() => status());
    type(byTestId<HTMLInputElement>("update-endpoint"), "ftp://x");
    byTestId("update-settings-save").click();
    await settle();
    expect(text("update-settings-error")).toBe(refusal);
    expect(find("update-settings-saved")).toBeNull();

    type(byTestId<HTMLInputElement>("update-interval"), "two");
    byTestId("update-settings-save").click();
    await settle();
    expect(text("update-settings-error"), "a number of hours is needed").toBe("Check for updates every 1 to 720 hours.");
    expect(callsOf("set_update_settings").length, "not sent").toBe(1);
  });

  it("says why the update status cannot be read", async () => {
    await openUpdates(() => {
      throw { code: "storage", message: "database is locked" };
    });
    expect(text("update-status-error")).toBe("database is locked");
    expect(byTestId("update-check-now"), "Check now is still offered").toBeTruthy();
  });
});

describe("settings → about", () => {
  it("shows the version, build date and where data, logs and backups live", async () => {
    await start(() => status());
    navigation.openSettings("about");
    await settle();
    expect(document.querySelector('[role="tab"][aria-selected="true"]')?.getAttribute("data-testid")).toBe("settings-tab-about");
    expect(text("about-version")).toBe("0.1.0");
    expect(text("about-build-date")).toBe("2026-01-01");
    expect(text("about-data-dir")).toBe("/home/u/.local/share/switchboard");
    expect(text("about-log-file")).toBe("/home/u/.local/share/switchboard/logs/switchboard.log");
    expect(text("about-backups-dir")).toBe("/home/u/.local/share/switchboard/backups");
    expect(document.body.textContent, "key storage still shown").toContain("OS keyring available");
  });

  it("falls back to the data folder the app knows when about fails", async () => {
    backend.handlers.set("about", () => {
      throw { code: "internal", message: "the engine is not ready" };
    });
    await start(() => status());
    navigation.openSettings("about");
    await settle();
    expect(text("about-data-dir")).toBe("/data");
    expect(text("about-error")).toBe("the engine is not ready");
    expect(text("about-version")).toBe("Unknown");
  });
});
