#!/usr/bin/env bash
#
# tests/e2e/run.sh: WebDriver end-to-end tests of the built Switchboard app (Linux).
#
# Needs the debug builds of `switchboard` and `sb-fake-provider` in $CARGO_TARGET_DIR/debug
# (scripts/test.sh builds them) and what scripts/setup.sh installs (Xvfb, gnome-keyring,
# WebKitWebDriver, tauri-driver, node_modules here).
#
# What it sets up, all torn down at the end:
# - a virtual X server (xvfb-run) and a private D-Bus session with an empty, unlocked OS
#   keyring (scripts/with-keyring.sh);
# - the fake OpenAI-compatible provider on a random port with a random API key;
# - a temporary data directory for the app (SWITCHBOARD_DATA_DIR) and temporary XDG homes, so
#   WebKit's storage from earlier runs cannot leak into this one;
# - tauri-driver on port 4444 (its native WebKitWebDriver port stays 4445: never pass 4445 as
#   --port, the two then collide and it logs millions of lines a minute).
# The whole run is bounded by `timeout`. Artifacts (screenshots, app log, tauri-driver log) stay
# in tests/e2e/artifacts/. The API key is given only to the fake provider and the test process:
# the app never sees it in its environment, so finding it in any file means the app leaked it.
#
# Overrides: SB_E2E_TIMEOUT (seconds, default 900), SB_DRIVER_PORT (4444),
# SB_NATIVE_DRIVER_PORT (4445), SWITCHBOARD_LOG (app log filter, default debug: the more the
# app logs, the more a leak scan can catch).
set -euo pipefail

E2E_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$E2E_DIR/../.." && pwd)"
readonly INNER_FLAG="--inside-sandbox"

die() {
  printf 'e2e: error: %s\n' "$*" >&2
  exit 1
}

if [ "${1:-}" != "$INNER_FLAG" ]; then
  export PATH="$HOME/.cargo/bin:$PATH"
  export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-${SB_TARGET_DIR:-$HOME/.cache/switchboard-target}}"
  # WebKitWebDriver needs an absolute application path; cargo reads a relative one from $PWD.
  case "$CARGO_TARGET_DIR" in /*) ;; *) CARGO_TARGET_DIR="$PWD/$CARGO_TARGET_DIR" ;; esac
  export SB_APP="$CARGO_TARGET_DIR/debug/switchboard"
  export SB_FAKE_PROVIDER="$CARGO_TARGET_DIR/debug/sb-fake-provider"
  for bin in "$SB_APP" "$SB_FAKE_PROVIDER"; do
    [ -x "$bin" ] || die "$bin not found: build it first (cargo build -p switchboard -p sb-testsupport), or run scripts/test.sh"
  done
  for tool in xvfb-run tauri-driver WebKitWebDriver node timeout; do
    command -v "$tool" >/dev/null 2>&1 || die "'$tool' not found: run scripts/setup.sh"
  done
  [ -d "$E2E_DIR/node_modules/selenium-webdriver" ] || die "tests/e2e/node_modules missing: run scripts/setup.sh"
  limit="${SB_E2E_TIMEOUT:-900}"
  status=0
  timeout -k 30 "$limit" \
    xvfb-run -a -s "-screen 0 1280x800x24" \
    bash "$ROOT/scripts/with-keyring.sh" bash "${BASH_SOURCE[0]}" "$INNER_FLAG" || status=$?
  if [ "$status" -eq 124 ] || [ "$status" -eq 137 ]; then
    printf 'e2e: FAILED: timed out after %s s (SB_E2E_TIMEOUT); artifacts in tests/e2e/artifacts\n' "$limit" >&2
  fi
  exit "$status"
fi

# ---- inside Xvfb + private D-Bus session + keyring ----

DRIVER_PORT="${SB_DRIVER_PORT:-4444}"
NATIVE_PORT="${SB_NATIVE_DRIVER_PORT:-4445}"
ARTIFACTS="$E2E_DIR/artifacts"
rm -rf "$ARTIFACTS"
mkdir -p "$ARTIFACTS"
work="$(mktemp -d "${TMPDIR:-/tmp}/sb-e2e.XXXXXX")"

fake_pid=""
driver_pid=""

# Every process descended from PID, deepest first, read from the process table.
# shellcheck disable=SC2317 # reached through the EXIT trap
descendants() {
  local child
  for child in $(ps -o pid= --ppid "$1" 2>/dev/null); do
    descendants "$child"
    echo "$child"
  done
}

# True while PID runs (a zombie has ended: it only waits for its parent to reap it).
# shellcheck disable=SC2317 # reached through the EXIT trap
running() {
  local state
  state="$(ps -o stat= -p "$1" 2>/dev/null)" || return 1
  [[ "$state" != Z* ]]
}

# Sends SIGTERM to the given PIDs, gives them up to 5 s, then SIGKILLs what is left.
# shellcheck disable=SC2317 # reached through the EXIT trap
stop_pids() {
  local pid alive
  for pid in "$@"; do kill "$pid" 2>/dev/null || true; done
  for _ in $(seq 50); do
    alive=0
    for pid in "$@"; do running "$pid" && alive=1; done
    [ "$alive" -eq 1 ] || return 0
    sleep 0.1
  done
  for pid in "$@"; do kill -KILL "$pid" 2>/dev/null || true; done
}

# shellcheck disable=SC2317 # reached through the EXIT trap
cleanup() {
  local pids=()
  if [ -n "$driver_pid" ]; then
    # tauri-driver stops WebKitWebDriver on SIGTERM, but an app that WebKitWebDriver launched
    # for an unfinished session would outlive it: stop the whole tree.
    read -r -a pids <<<"$(descendants "$driver_pid" | tr '\n' ' ')"
    pids+=("$driver_pid")
  fi
  [ -z "$fake_pid" ] || pids+=("$fake_pid")
  [ "${#pids[@]}" -eq 0 ] || stop_pids "${pids[@]}"
  # A run cut short in the read-only step (e2e step j) leaves the data folder or its
  # database mounted over itself: let go of them before removing the folder.
  local mounted
  for mounted in "${SWITCHBOARD_DATA_DIR:-}/switchboard.db" "${SWITCHBOARD_DATA_DIR:-}"; do
    if [ -n "${SWITCHBOARD_DATA_DIR:-}" ] && mountpoint -q "$mounted" 2>/dev/null; then
      umount -l "$mounted" || true
    fi
  done
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
trap 'exit 129' HUP

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# The fake provider's key: random per run, so finding it anywhere proves a leak from this run.
key="sk-test-$(od -An -N20 -tx1 /dev/urandom | tr -d ' \n')"
[ "${#key}" -eq 48 ] || die "could not generate a random key"

# Hermetic app environment: inherited by tauri-driver, WebKitWebDriver and the app.
export SWITCHBOARD_DATA_DIR="$work/data"
export XDG_DATA_HOME="$work/xdg-data" XDG_CONFIG_HOME="$work/xdg-config" XDG_CACHE_HOME="$work/xdg-cache"
export SWITCHBOARD_LOG="${SWITCHBOARD_LOG:-debug}" RUST_BACKTRACE=1
mkdir -p "$SWITCHBOARD_DATA_DIR" "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME"

# The key goes through the environment (sb-fake-provider reads SB_FAKE_KEY like --key) so it
# never shows in a process list; requests are recorded with the authorization header redacted.
SB_FAKE_KEY="$key" "$SB_FAKE_PROVIDER" --port 0 --record "$ARTIFACTS/fake-requests.jsonl" \
  >"$work/fake.out" 2>"$ARTIFACTS/fake-provider.log" &
fake_pid=$!
fake_url=""
for _ in $(seq 100); do
  fake_url="$(sed -n 's|^listening on \(http://[^ ]*\)$|\1|p' "$work/fake.out" | head -n 1)"
  [ -z "$fake_url" ] || break
  kill -0 "$fake_pid" 2>/dev/null || die "sb-fake-provider exited at start; see $ARTIFACTS/fake-provider.log"
  sleep 0.1
done
[ -n "$fake_url" ] || die "sb-fake-provider printed no 'listening on http://...' line within 10 s"
# The app's update checks go to the fake server too (it answers "no update"): no test
# reaches the internet, and the checks run as they would for a user.
export SWITCHBOARD_UPDATE_URL="${fake_url%/v1}/updates/{{channel}}/{{target}}-{{arch}}/latest.json?from={{current_version}}"

for port in "$DRIVER_PORT" "$NATIVE_PORT"; do
  port_in_use "$port" && die "port $port is in use (another e2e run or WebDriver?); set SB_DRIVER_PORT / SB_NATIVE_DRIVER_PORT"
done
driver_log="$ARTIFACTS/tauri-driver.log"
# The log is capped: a misbehaving driver must not fill the disk before `timeout` ends it.
tauri-driver --port "$DRIVER_PORT" --native-port "$NATIVE_PORT" > >(head -c 50000000 >"$driver_log") 2>&1 &
driver_pid=$!
for _ in $(seq 100); do
  port_in_use "$DRIVER_PORT" && break
  kill -0 "$driver_pid" 2>/dev/null || die "tauri-driver exited at start; see $driver_log"
  sleep 0.1
done
port_in_use "$DRIVER_PORT" || die "tauri-driver is not listening on port $DRIVER_PORT after 10 s"

status=0
(
  cd "$E2E_DIR"
  SB_FAKE_URL="$fake_url" SB_FAKE_KEY="$key" SB_ARTIFACTS="$ARTIFACTS" SB_DRIVER_LOG="$driver_log" \
    SB_DRIVER_URL="http://127.0.0.1:$DRIVER_PORT/" SB_REPO_ROOT="$ROOT" \
    npm --silent test
) || status=$?

if [ -d "$SWITCHBOARD_DATA_DIR/logs" ]; then
  mkdir -p "$ARTIFACTS/app-logs"
  cp -R "$SWITCHBOARD_DATA_DIR/logs/." "$ARTIFACTS/app-logs/"
fi

# Last line of defence, independent of the test code: nothing the app or the test run left
# behind (data dir, WebKit storage, logs, screenshots, recorded requests) may contain the key.
leaks="$(grep -rlF -e "$key" "$ARTIFACTS" "$SWITCHBOARD_DATA_DIR" \
  "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME" || true)"
if [ -n "$leaks" ]; then
  printf 'e2e: FAILED: the API key was found in:\n%s\n' "$leaks" >&2
  status=1
fi

if [ "$status" -eq 0 ]; then
  printf 'e2e: passed; artifacts in %s\n' "${ARTIFACTS#"$ROOT"/}"
else
  printf 'e2e: FAILED; screenshots and logs in %s\n' "${ARTIFACTS#"$ROOT"/}" >&2
fi
exit "$status"
