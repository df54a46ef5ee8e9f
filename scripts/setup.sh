#!/usr/bin/env bash
#
# setup.sh: install whatever is missing to build, run and test Switchboard.
#
# Idempotent and quiet when nothing is missing, so run.sh and test.sh call it every time.
# - Debian/Ubuntu: apt packages for Tauri 2 (WebKitGTK), headless runs (Xvfb, D-Bus,
#   gnome-keyring) and WebDriver tests. `apt-get update` runs only when something is missing.
#   Uses sudo when not root.
# - Node >= 20.19 with npm (Vite 7 needs it), Rust (rustup only when cargo is missing).
# - npm dependencies of ui/ and tests/e2e/ (only when the lockfile changed since the last install).
# - tauri-driver (WebDriver bridge for the e2e tests) on Linux and Windows.
# Other systems get a message saying what to install by hand.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export PATH="$HOME/.cargo/bin:$PATH"

APT_PACKAGES=(
  libwebkit2gtk-4.1-dev build-essential pkg-config file libxdo-dev libssl-dev librsvg2-dev
  libdbus-1-dev xvfb xauth dbus gnome-keyring keyutils webkit2gtk-driver imagemagick
  python3 openssl
)
NODE_MIN_MAJOR=20
NODE_MIN_MINOR=19

log() { printf 'setup: %s\n' "$*" >&2; }
die() {
  printf 'setup: error: %s\n' "$*" >&2
  exit 1
}

# Runs a command as root: directly, through sudo, or fails saying what to run.
as_root() {
  if [ "$(id -u)" -eq 0 ]; then
    "$@"
  elif command -v sudo >/dev/null 2>&1; then
    sudo "$@"
  else
    die "need root to run: $* (run this script as root or install sudo)"
  fi
}

apt_install() {
  log "installing: $*"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

apt_updated=0
apt_update_once() {
  if [ "$apt_updated" -eq 0 ]; then
    as_root apt-get update -qq >/dev/null
    apt_updated=1
  fi
}

is_debian() { [ -r /etc/debian_version ] && command -v dpkg-query >/dev/null 2>&1 && command -v apt-get >/dev/null 2>&1; }

deb_installed() { [ "$(dpkg-query -W -f='${db:Status-Abbrev}' "$1" 2>/dev/null)" = "ii " ]; }

system_packages() {
  case "$(uname -s)" in
    Linux)
      if ! is_debian; then
        log "not a Debian-based system: install the equivalents of these packages yourself:"
        log "  ${APT_PACKAGES[*]}"
        log "  (see https://v2.tauri.app/start/prerequisites/)"
        return
      fi
      local missing=() pkg
      for pkg in "${APT_PACKAGES[@]}"; do
        deb_installed "$pkg" || missing+=("$pkg")
      done
      if [ "${#missing[@]}" -gt 0 ]; then
        apt_update_once
        apt_install "${missing[@]}"
      fi
      if deb_installed dbus-x11; then
        # dbus-x11 makes apps autolaunch a session bus that outlives them; the scripts run
        # everything inside dbus-run-session instead.
        log "warning: dbus-x11 is installed; headless runs may leave dbus-daemon processes behind"
      fi
      ;;
    Darwin)
      if ! xcode-select -p >/dev/null 2>&1; then
        die "install the Xcode Command Line Tools first: xcode-select --install"
      fi
      ;;
    MINGW* | MSYS* | CYGWIN*)
      log "Windows: make sure Microsoft Edge WebView2 (preinstalled on Windows 10 1803+ and 11) and"
      log "Visual Studio Build Tools with 'Desktop development with C++' are installed:"
      log "  https://v2.tauri.app/start/prerequisites/#windows"
      ;;
    *)
      log "unknown system $(uname -s): see https://v2.tauri.app/start/prerequisites/"
      ;;
  esac
}

# Prints "MAJOR MINOR" of the installed node, or nothing.
node_version() {
  command -v node >/dev/null 2>&1 || return 0
  node -p 'process.versions.node.split(".").slice(0, 2).join(" ")' 2>/dev/null || true
}

node_ok() {
  local major minor
  read -r major minor <<<"$(node_version)"
  [ -n "${major:-}" ] || return 1
  [ "$major" -gt "$NODE_MIN_MAJOR" ] || { [ "$major" -eq "$NODE_MIN_MAJOR" ] && [ "$minor" -ge "$NODE_MIN_MINOR" ]; }
}

node_too_old() {
  die "Node.js >= $NODE_MIN_MAJOR.$NODE_MIN_MINOR with npm is required (found: $(node --version 2>/dev/null || echo none)).
  Debian 12 ships Node 18, which is too old. Install Node 20 LTS or newer from https://nodejs.org/
  (or via nvm: https://github.com/nvm-sh/nvm, or NodeSource: https://github.com/nodesource/distributions),
  make sure 'node' and 'npm' are on PATH, then run this script again."
}

node_and_npm() {
  if ! command -v node >/dev/null 2>&1 && is_debian; then
    # Install the distribution's Node only when it is new enough (Debian 13+); Debian 12's is 18.
    apt_update_once
    local candidate
    candidate="$(apt-cache policy nodejs 2>/dev/null | awk '/Candidate:/ {print $2}')"
    candidate="${candidate#*:}"
    if [ -n "$candidate" ] && [ "$candidate" != "(none)" ] && [ "${candidate%%.*}" -ge "$NODE_MIN_MAJOR" ] 2>/dev/null; then
      apt_install nodejs npm
    fi
  fi
  node_ok || node_too_old
  command -v npm >/dev/null 2>&1 || die "npm is missing: install npm for Node $(node --version) (Debian: apt-get install npm)"
}

rust() {
  if ! command -v cargo >/dev/null 2>&1; then
    command -v curl >/dev/null 2>&1 || die "cargo is missing and so is curl: install Rust from https://rustup.rs/"
    log "installing Rust with rustup (https://rustup.rs/)"
    curl --proto '=https' --tlsv1.2 -sSf https://sh.rustup.rs |
      sh -s -- -y --quiet --profile minimal --component rustfmt,clippy >/dev/null
  fi
  local missing=()
  cargo fmt --version >/dev/null 2>&1 || missing+=(rustfmt)
  cargo clippy --version >/dev/null 2>&1 || missing+=(clippy)
  if [ "${#missing[@]}" -gt 0 ]; then
    command -v rustup >/dev/null 2>&1 || die "cargo ${missing[*]} missing: install the ${missing[*]} component(s) for your Rust toolchain"
    log "adding Rust components: ${missing[*]}"
    rustup component add "${missing[@]}" >/dev/null
  fi
}

# npm install in DIR when node_modules is missing or older than package.json / package-lock.json.
# (`npm ci` refuses this project's lockfile: @tauri-apps/cli lacks some other-platform packages.)
npm_deps() {
  local dir="$1" stamp="$1/node_modules/.package-lock.json"
  if [ ! -f "$dir/package.json" ]; then
    log "warning: $dir/package.json not found; skipping npm install there"
    return
  fi
  if [ -f "$stamp" ] && ! [ "$dir/package.json" -nt "$stamp" ] &&
    { [ ! -f "$dir/package-lock.json" ] || ! [ "$dir/package-lock.json" -nt "$stamp" ]; }; then
    return
  fi
  log "npm install in ${dir#"$ROOT"/}/"
  (cd "$dir" && npm install --no-audit --no-fund --loglevel=error >/dev/null)
}

tauri_driver() {
  case "$(uname -s)" in
    Darwin) return ;; # no WebDriver for WKWebView: the e2e tests run on Linux and Windows only
  esac
  command -v tauri-driver >/dev/null 2>&1 && return
  log "installing tauri-driver (cargo install, ~1 min)"
  cargo install tauri-driver --version "^2" --locked --quiet
}

system_packages
node_and_npm
rust
npm_deps "$ROOT/ui"
npm_deps "$ROOT/tests/e2e"
tauri_driver
