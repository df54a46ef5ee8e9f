#!/usr/bin/env bash
#
# test-updater.sh: the full self-update harness (slow: two release builds; not in .ci/run,
# whose fast part covers manifests, signatures and version rules). Linux, as root.
#
#   scripts/test-updater.sh [--reuse]
#
# 1. Generates a signing key pair for this run, and builds version N (0.9.0) and N+1
#    (0.9.1) with scripts/release.sh, each trusting that key and allowed to update over
#    loopback http (a build-time config override; the shipped config stays https-only).
# 2. Installs N from its .deb with dpkg, the path users take, and seeds real user data in
#    the app's data folder with `sb`: a provider with its key in the OS keyring
#    (gnome-keyring in a private D-Bus session), settings, conversations and ledger rows.
# 3. Serves N+1 and broken variants from tests/updater/server.py on 127.0.0.1 and drives
#    the installed app through its UI with WebDriver (tests/e2e/updater.test.mjs): every
#    bad update is refused with N still installed, then N+1 installs and relaunches.
# 4. Compares a dump of the database before and after (every conversation, message,
#    setting, ledger row), checks the key still answers, and prints each case and timings.
#
# --reuse skips the builds when this run's packages exist already (for iterating on the
# test). The package is removed again at the end. Installing needs root: the updater runs `dpkg -i` through pkexec, zenity/kdialog
# or sudo; this script installs sudo so the root run has one.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
export PATH="$HOME/.cargo/bin:$PATH"
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-${SB_TARGET_DIR:-$HOME/.cache/switchboard-target}}"
OLD=0.9.0
NEW=0.9.1
WORK="${SB_UPDATER_WORK:-$HOME/.cache/switchboard-updater}"
ART="$ROOT/tests/updater/artifacts"
reuse=0
[ "${1:-}" = "--reuse" ] && reuse=1

die() {
  printf 'test-updater: error: %s\n' "$*" >&2
  exit 1
}
[ "$(id -u)" -eq 0 ] || die "run as root (it installs the package with dpkg)"
[ "$(uname -s)" = Linux ] || die "Linux only"

bash scripts/setup.sh
command -v sudo >/dev/null || { apt-get install -y -qq sudo >/dev/null; }
mkdir -p "$WORK" "$ART"
rm -rf "${ART:?}"/*

port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')"

# ---- 1. keys and builds ----
if [ "$reuse" -eq 0 ] || [ ! -s "$WORK/$NEW/latest.json" ]; then
  rm -rf "$WORK"/*
  ui/node_modules/.bin/tauri signer generate --ci -p "" -w "$WORK/key" -f >/dev/null
  ui/node_modules/.bin/tauri signer generate --ci -p "" -w "$WORK/stranger.key" -f >/dev/null
  for v in "$OLD" "$NEW"; do
    python3 - "$v" "$(cat "$WORK/key.pub")" >"$WORK/conf-$v.json" <<'PY'
import json, sys
print(json.dumps({"version": sys.argv[1], "plugins": {"updater": {
    "pubkey": sys.argv[2],
    "endpoints": ["http://127.0.0.1:9/{{target}}-{{arch}}/latest.json"],
    "dangerousInsecureTransportProtocol": True,
    "requireSignedVersion": True}}}))
PY
    start=$SECONDS
    TAURI_SIGNING_PRIVATE_KEY="$(cat "$WORK/key")" TAURI_SIGNING_PRIVATE_KEY_PASSWORD="" \
      bash scripts/release.sh --base-url "http://127.0.0.1:$port/ok/package" \
      --config "$WORK/conf-$v.json" --out "$WORK/$v" >"$WORK/build-$v.log" 2>&1 ||
      { tail -20 "$WORK/build-$v.log"; die "building $v failed"; }
    printf 'test-updater: built %s in %ss (%s bytes)\n' "$v" "$((SECONDS - start))" \
      "$(stat -c %s "$WORK/$v"/*.deb)" | tee -a "$ART/timings.txt"
  done
  # The same package signed by a stranger's key.
  ui/node_modules/.bin/tauri signer sign -k "$(cat "$WORK/stranger.key")" -p "" "$WORK/$NEW"/*.deb >/dev/null
  mv "$WORK/$NEW"/*.deb.sig "$WORK/$NEW/otherkey.sig"
  # release.sh wrote the real .sig beside the package it copied; restore it.
  cp "$CARGO_TARGET_DIR/release/bundle/deb/Switchboard_${NEW}_amd64.deb.sig" "$WORK/$NEW/"
fi

# ---- 2. install N and seed user data ----
dpkg -r switchboard >/dev/null 2>&1 || true
start=$SECONDS
dpkg -i "$WORK/$OLD"/Switchboard_"$OLD"_amd64.deb >/dev/null
printf 'test-updater: dpkg -i %s took %ss\n' "$OLD" "$((SECONDS - start))" | tee -a "$ART/timings.txt"
[ "$(dpkg-query -W -f='${Version}' switchboard)" = "$OLD" ] || die "version $OLD is not installed"
cargo build -q -p sb-cli -p sb-testsupport

export SWITCHBOARD_DATA_DIR="$WORK/data"
rm -rf "$SWITCHBOARD_DATA_DIR"
export SB_OLD_VERSION="$OLD" SB_NEW_VERSION="$NEW" SB_UPDATE_BASE="http://127.0.0.1:$port" SB_ARTIFACTS="$ART"
export SB_APP=/usr/bin/switchboard SB_WORK="$WORK" SB_ROOT="$ROOT"

trap 'dpkg -r switchboard >/dev/null 2>&1 || true' EXIT
started=$SECONDS
timeout -k 30 1800 xvfb-run -a -s "-screen 0 1280x800x24" \
  bash scripts/with-keyring.sh bash tests/updater/inside.sh "$port"
printf 'test-updater: passed; the UI part took %ss; artifacts in tests/updater/artifacts\n' "$((SECONDS - started))"
