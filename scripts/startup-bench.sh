#!/usr/bin/env bash
#
# startup-bench.sh [HISTORY_DB]
#
# Start-up time and idle memory of Switchboard beside a bare Tauri window built in the same
# run, with the same Tauri version and profile (tests/bare-window). Both are launched the same
# way (tauri-driver, WebKitWebDriver, Xvfb), alternately, SB_STARTUP_RUNS times (default 5):
#   - frame: launch to the window's first paint of content (the page's first-contentful-paint,
#     on its own clock: bare, its one line; Switchboard, the frame of index.html);
#   - content: launch to the first content (bare: its one line; Switchboard: the conversation
#     list, drawn by the boot frame or the app, or the composer when the history is empty), as
#     seen by polling the page;
#   - list painted (Switchboard with a history): launch to the paint of the frame with the
#     conversation list drawn into it (the page's "sb:list-painted" mark, on its own clock),
#     set against the bare window's first paint;
#   - ready (Switchboard with a history): launch to the app's own list, which has replaced the
#     boot frame's (lib/bootList.ts) and answers to the keyboard and its row actions;
#   - idle memory: PSS and RSS summed over the app and its WebKit processes, 5 s after the content.
# HISTORY_DB (e.g. made by scripts/gen-history.py) is copied into a temporary data folder
# first, so the app opens a large history; without it the history is empty. With a history,
# Switchboard then opens its longest conversation (moved to the top of the list): the time
# from the click to its newest messages shown, and the idle memory with it open; then it sends
# a message there and in the next conversation of the list, answered by a fake local
# OpenAI-compatible server the benchmark runs (its "Local" provider is pointed at it): the time
# to the complete answer and the CPU time of the app and its WebKit processes for each.
#
# Release builds (cargo build --release): this is a benchmark, not part of the test suite.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
readonly INNER_FLAG="--inside-xvfb"

if [ "${1:-}" != "$INNER_FLAG" ]; then
  export PATH="$HOME/.cargo/bin:$PATH"
  export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$ROOT/target}"
  case "$CARGO_TARGET_DIR" in /*) ;; *) CARGO_TARGET_DIR="$PWD/$CARGO_TARGET_DIR" ;; esac
  (cd "$ROOT" && npm --prefix ui run --silent build >/dev/null)
  (cd "$ROOT" && cargo build --release -p switchboard -p sb-bare-window)
  export SB_APP="$CARGO_TARGET_DIR/release/switchboard" SB_BARE="$CARGO_TARGET_DIR/release/sb-bare-window"
  export SB_HISTORY_DB="${1:-}"
  exec xvfb-run -a -s "-screen 0 1280x800x24" \
    bash "$ROOT/scripts/with-keyring.sh" bash "${BASH_SOURCE[0]}" "$INNER_FLAG"
fi

work="$(mktemp -d "${TMPDIR:-/tmp}/sb-startup.XXXXXX")"
driver_pid=""
cleanup() {
  [ -z "$driver_pid" ] || kill "$driver_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

export SWITCHBOARD_DATA_DIR="$work/data" SWITCHBOARD_LOG=info
export XDG_DATA_HOME="$work/xdg-data" XDG_CONFIG_HOME="$work/xdg-config" XDG_CACHE_HOME="$work/xdg-cache"
mkdir -p "$SWITCHBOARD_DATA_DIR" "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME"
if [ -n "$SB_HISTORY_DB" ]; then
  cp "$SB_HISTORY_DB" "$SWITCHBOARD_DATA_DIR/switchboard.db"
  export SB_READY='[data-testid="conversation-item"], [data-testid="boot-conversation-item"]'
  export SB_APP_READY='[data-testid="conversation-item"]'
  # The longest conversation goes to the top of the list, for the benchmark to open it
  # (touching only columns no trigger watches).
  sqlite3 "$SWITCHBOARD_DATA_DIR/switchboard.db" "UPDATE conversations
    SET pinned = 1, archived = 0, updated_at = (SELECT max(updated_at) + 1 FROM conversations)
    WHERE id = (SELECT conversation_id FROM messages GROUP BY 1 ORDER BY count(*) DESC LIMIT 1)"
  export SB_OPEN_FIRST=1
  # The sends go to a local OpenAI-compatible server (no key: an LM Studio-like preset), the
  # benchmark's own.
  SB_SEND_PORT="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
  export SB_SEND_PORT
  sqlite3 "$SWITCHBOARD_DATA_DIR/switchboard.db" "
    INSERT OR REPLACE INTO providers (id, name, kind, base_url, default_model, has_key, created_at, vendor, local, settings)
      VALUES (900, 'Bench server', 'openai', 'http://127.0.0.1:$SB_SEND_PORT/v1', 'bench-model', 0, 1, NULL, 1, '{\"preset\":\"lmstudio\"}');
    UPDATE conversations SET chosen_provider_id = 900, chosen_model = 'bench-model', pinned_model = NULL"
else
  export SB_READY='[data-testid="composer-input"]'
fi

tauri-driver --port 4444 --native-port 4445 >"$work/driver.log" 2>&1 &
driver_pid=$!
for _ in $(seq 100); do
  (exec 3<>/dev/tcp/127.0.0.1/4444) 2>/dev/null && break
  sleep 0.1
done
node "$ROOT/tests/e2e/startup-bench.mjs"
if [ -n "${SB_STARTUP_DETAIL:-}" ]; then
  find "$SWITCHBOARD_DATA_DIR" -name '*.log*' -type f -exec tail -n 40 {} +
fi
