// The self-update store against a fake backend: polling, the once-shown install outcome,
// "Later", download progress, install and "Check now".
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { backend } from "../test/fakeBackend";
import type { DownloadEvent, UpdateOffer, UpdateStatus } from "./bindings";


vi.mock("@tauri-apps/api/core", async () => (await import("../test/fakeBackend")).fakeCore);

const { Updater, POLL_MS } = await import("./updater.svelte");

type FakeChannel = { onmessage: (event: DownloadEvent) => void };

const offer: UpdateOffer = { version: "0.2.0", current_version: "0.1.0", notes: "Faster.", date: null };

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

async function flush(): Promise<void> {
  for (let i = 0; i < 5; i += 1) await Promise.resolve();
}

const callsOf = (command: string) => backend.calls.filter((c) => c.command === command).map((c) => c.args);

beforeEach(() => {
  backend.calls.length = 0;
  backend.handlers.clear();
  backend.handlers.set("update_status", () => status());
  backend.handlers.set("acknowledge_update", () => null);
});

afterEach(() => {
  vi.useRealTimers();
});

describe("update status", () => {
  it("is read at start and every ten minutes until stopped", async () => {
    vi.useFakeTimers();
    const updater = new Updater();
    const stop = updater.start();
    await flush();
    expect(callsOf("update_status").length, "once at start").toBe(1);
    await vi.advanceTimersByTimeAsync(POLL_MS - 1);
    expect(callsOf("update_status").length, "not before ten minutes").toBe(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(callsOf("update_status").length, "again after ten minutes").toBe(2);
    expect(POLL_MS).toBe(600_000);
    stop();
    await vi.advanceTimersByTimeAsync(POLL_MS * 3);
    expect(callsOf("update_status").length, "no more once stopped").toBe(2);
  });

  it("keeps a failure to itself", async () => {
    backend.handlers.set("update_status", () => {
      throw { code: "storage", message: "database is locked" };
    });
    const updater = new Updater();
    expect(await updater.refresh(), "resolves, never rejects").toBeNull();
    expect(updater.statusError?.message).toBe("database is locked");
    backend.handlers.set("update_status", () => status({ offer }));
    await updater.refresh();
    expect(updater.statusError, "cleared by the next answer").toBeNull();
    expect(updater.shownOffer?.version).toBe("0.2.0");
  });

  it("shows an install outcome once and acknowledges it once", async () => {
    const outcome = { kind: "updated", from: "0.1.0", to: "0.2.0" } as const;
    backend.handlers.set("update_status", () => status({ state: { ...status().state, outcome } }));
    const updater = new Updater();
    await updater.refresh();
    await flush();
    expect(updater.outcome).toEqual(outcome);
    expect(callsOf("acknowledge_update").length, "told the backend it was shown").toBe(1);
    updater.dismissOutcome();
    await updater.refresh();
    await flush();
    expect(updater.outcome, "not shown again in this session").toBeNull();
    expect(callsOf("acknowledge_update").length, "not acknowledged twice").toBe(1);
  });

  it("retries a failed acknowledgement without showing the outcome again", async () => {
    const outcome = { kind: "failed", from: "0.1.0", to: "0.2.0", running: "0.1.0" } as const;
    backend.handlers.set("update_status", () => status({ state: { ...status().state, outcome } }));
    backend.handlers.set("acknowledge_update", () => {
      throw { code: "storage", message: "database is locked" };
    });
    const updater = new Updater();
    await updater.refresh();
    await flush();
    updater.dismissOutcome();
    backend.handlers.set("acknowledge_update", () => null);
    await updater.refresh();
    await flush();
    expect(callsOf("acknowledge_update").length, "tried again at the next poll").toBe(2);
    expect(updater.outcome, "but shown only once").toBeNull();
  });
});

describe("an offered update", () => {
  it("Later hides this version for the session; a newer one shows again", async () => {
    backend.handlers.set("update_status", () => status({ offer }));
    const updater = new Updater();
    await updater.refresh();
    updater.dismiss();
    expect(updater.shownOffer).toBeNull();
    await updater.refresh();
    expect(updater.shownOffer, "the next poll does not bring it back").toBeNull();
    backend.handlers.set("update_status", () => status({ offer: { ...offer, version: "0.3.0" } }));
    await updater.refresh();
    expect(updater.shownOffer?.version).toBe("0.3.0");
  });

  it("downloads with progress, then installs with the user's answer about streaming turns", async () => {
    let channel: FakeChannel | null = null;
    let finish: () => void = () => {};
    backend.handlers.set("update_status", () => status({ offer }));
    backend.handlers.set("download_update", (args) => {
      channel = args.onEvent as FakeChannel;
      return new Promise((resolve) => (finish = () => resolve(null)));
    });
    backend.handlers.set("install_update", () => new Promise(() => {}));
    const updater = new Updater();
    await updater.refresh();
    const done = updater.download();
    await flush();
    expect(updater.downloading).toBe(true);
    const events = channel as FakeChannel | null;
    events?.onmessage({ type: "progress", downloaded: 1_000, total: 4_000 });
    expect(updater.progress).toEqual({ downloaded: 1_000, total: 4_000 });
    expect(updater.downloaded).toBe(false);
    events?.onmessage({ type: "finished" });
    finish();
    await done;
    expect(updater.downloading).toBe(false);
    expect(updater.downloaded, "ready to restart").toBe(true);

    void updater.install(true);
    await flush();
    expect(callsOf("install_update")).toEqual([{ stopTurns: true }]);
    expect(updater.installing, "until the app relaunches").toBe(true);
  });

  it("keeps a failed download's or install's error, and a retry clears it", async () => {
    backend.handlers.set("update_status", () => status({ offer, downloaded: true }));
    backend.handlers.set("install_update", () => {
      throw { code: "update_permission", message: "No permission to install the update." };
    });
    const updater = new Updater();
    await updater.refresh();
    const refused = await updater.install(false);
    expect(refused?.code).toBe("update_permission");
    expect(updater.error?.message).toBe("No permission to install the update.");
    expect(updater.installing).toBe(false);
    backend.handlers.set("download_update", () => {
      throw { code: "update_signature", message: "not signed" };
    });
    await updater.download();
    expect(updater.error?.code).toBe("update_signature");
    expect(updater.progress, "no stale progress").toBeNull();
  });

  it("Check now shows what it found, even a version hidden with Later, and reads the status again", async () => {
    backend.handlers.set("update_status", () => status({ offer }));
    backend.handlers.set("check_for_update", () => offer);
    const updater = new Updater();
    await updater.refresh();
    updater.dismiss();
    const found = await updater.checkNow();
    expect(found).toEqual({ ok: true, offer });
    expect(updater.shownOffer?.version, "asked for explicitly: shown again").toBe("0.2.0");
    expect(callsOf("update_status").length, "the last check's time is read back").toBe(2);

    backend.handlers.set("check_for_update", () => {
      throw { code: "update_offline", message: "Could not reach the update server." };
    });
    expect(await updater.checkNow()).toEqual({
      ok: false, error: { code: "update_offline", message: "Could not reach the update server." },
    });
  });
});
