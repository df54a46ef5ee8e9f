// Self-update state for the webview: what update_status says (polled on start and every ten
// minutes; the backend checks in the background), the download of an offered version with its
// progress, the install, and the outcome of the last install after the relaunch.
//
// Invariants:
//  - nothing here blocks chatting or raises the app-wide notice: every failure is kept on this
//    store and shown by the update notice or Settings → Updates only;
//  - "Later" hides an offer for this session only (by version: a newer one shows again);
//  - an install outcome is shown at most once per session, and acknowledged to the backend so
//    it is not shown again after the next start.

import { Channel } from "@tauri-apps/api/core";
import * as api from "./api";
import { toIpcError } from "./api";
import type {
  DownloadEvent,
  InstallOutcome,
  IpcError,
  UpdateOffer,
  UpdateSettings,
  UpdateStatus,
} from "./bindings";

/** How often the webview asks for the update status. */
export const POLL_MS = 10 * 60 * 1000;

export type DownloadProgress = { downloaded: number; total: number | null };

/** What "Check now" found: an offer (null when up to date), or why it failed. */
export type CheckOutcome = { ok: true; offer: UpdateOffer | null } | { ok: false; error: IpcError };

export class Updater {
  /** The last update_status answer; null until one arrived. */
  status = $state.raw<UpdateStatus | null>(null);
  /** Why the last update_status failed (Settings → Updates shows it; chatting is unaffected). */
  statusError = $state.raw<IpcError | null>(null);
  /** The version "Later" hid for this session. */
  dismissed = $state<string | null>(null);
  downloading = $state(false);
  /** Progress of the running (or last) download. */
  progress = $state.raw<DownloadProgress | null>(null);
  /** The version whose package finished downloading in this session. */
  downloadedVersion = $state<string | null>(null);
  /** An install was asked for and has not failed (on success the app relaunches). */
  installing = $state(false);
  /** Why the last download or install failed, for the notice. */
  error = $state.raw<IpcError | null>(null);
  /** The last install's outcome, shown once after the relaunch until dismissed. */
  outcome = $state.raw<InstallOutcome | null>(null);

  /** The version the backend offers now. */
  offer = $derived<UpdateOffer | null>(this.status?.offer ?? null);
  /** The offer, unless "Later" hid it. */
  shownOffer = $derived<UpdateOffer | null>(
    this.offer !== null && this.offer.version !== this.dismissed ? this.offer : null,
  );
  /** The offer's package is downloaded and verified: "Restart to update" is next. */
  downloaded = $derived(
    this.offer !== null && (this.status?.downloaded === true || this.downloadedVersion === this.offer.version),
  );

  #refreshSeq = 0;
  /** The outcome shown in this session, and the one acknowledged (or being), as JSON. */
  #shownOutcome: string | null = null;
  #acknowledging: string | null = null;

  /** Reads the update status; a failure is kept in `statusError`, never raised. */
  async refresh(): Promise<UpdateStatus | null> {
    const seq = ++this.#refreshSeq;
    try {
      const status = await api.updateStatus();
      // An older answer must not replace a newer one (a poll racing "Check now").
      if (seq !== this.#refreshSeq) return this.status;
      this.status = status;
      this.statusError = null;
      this.#noteOutcome(status.state.outcome);
      return status;
    } catch (err) {
      if (seq === this.#refreshSeq) this.statusError = toIpcError(err);
      return null;
    }
  }

  /** Reads the status now and every `everyMs`; returns the function that stops it. */
  start(everyMs: number = POLL_MS): () => void {
    void this.refresh();
    const timer = setInterval(() => void this.refresh(), everyMs);
    return () => clearInterval(timer);
  }

  /** "Later": hides the current offer for the rest of this session. */
  dismiss(): void {
    if (this.offer !== null) this.dismissed = this.offer.version;
    this.error = null;
  }

  dismissOutcome(): void {
    this.outcome = null;
  }

  /** Downloads (and has the backend verify) the offered update, tracking its progress. */
  async download(): Promise<void> {
    const version = this.offer?.version ?? null;
    if (version === null || this.downloading) return;
    this.downloading = true;
    this.error = null;
    this.progress = { downloaded: 0, total: null };
    const channel = new Channel<DownloadEvent>();
    channel.onmessage = (event) => {
      if (event.type === "progress") this.progress = { downloaded: event.downloaded, total: event.total };
      else this.downloadedVersion = version;
    };
    try {
      await api.downloadUpdate(channel);
      this.downloadedVersion = version;
      void this.refresh();
    } catch (err) {
      this.error = toIpcError(err);
      this.progress = null;
    } finally {
      this.downloading = false;
    }
  }

  /** Installs the downloaded update; on success the app relaunches and this never resolves.
   * `stopTurns`: the user agreed to stop answers still streaming. Resolves with the refusal. */
  async install(stopTurns: boolean): Promise<IpcError | null> {
    if (this.installing) return null;
    this.installing = true;
    this.error = null;
    try {
      await api.installUpdate(stopTurns);
      return null;
    } catch (err) {
      const error = toIpcError(err);
      this.error = error;
      return error;
    } finally {
      this.installing = false;
    }
  }

  /** "Check now": asks the server at once and shows what it found, even if "Later" hid it. */
  async checkNow(): Promise<CheckOutcome> {
    let outcome: CheckOutcome;
    try {
      const offer = await api.checkForUpdate();
      if (offer !== null && this.dismissed === offer.version) this.dismissed = null;
      outcome = { ok: true, offer };
    } catch (err) {
      outcome = { ok: false, error: toIpcError(err) };
    }
    // The last check's time and result changed either way.
    await this.refresh();
    return outcome;
  }

  /** Stores Settings → Updates; resolves with the backend's refusal, if any. */
  async saveSettings(settings: UpdateSettings): Promise<IpcError | null> {
    try {
      await api.setUpdateSettings(settings);
      if (this.status !== null) this.status = { ...this.status, settings };
      return null;
    } catch (err) {
      return toIpcError(err);
    }
  }

  /** Shows an install outcome once, and tells the backend it was shown. */
  #noteOutcome(outcome: InstallOutcome | null): void {
    if (outcome === null) return;
    const key = JSON.stringify(outcome);
    if (this.#shownOutcome !== key) {
      this.#shownOutcome = key;
      this.outcome = outcome;
    }
    if (this.#acknowledging === key) return;
    this.#acknowledging = key;
    // A failed acknowledgement is retried at the next poll; it is shown only once regardless.
    api.acknowledgeUpdate().catch(() => {
      if (this.#acknowledging === key) this.#acknowledging = null;
    });
  }
}

export const updater = new Updater();
