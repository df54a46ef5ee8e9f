#!/usr/bin/env bash
#
# run.sh [--xvfb] [-- APP_ARGS...]: build Switchboard (release) and run it.
#
# Installs missing prerequisites (setup.sh), builds the UI and the app, then starts it in the
# current desktop session. On Linux without a display ($DISPLAY / $WAYLAND_DISPLAY unset) it
# explains how to run headless, and does so with --xvfb: a virtual X server plus a private
# D-Bus session with a temporary, unlocked keyring (scripts/with-keyring.sh), so saving API keys
# works. That keyring is emptied when the app exits; the app's data directory is the usual one.
#
# CARGO_TARGET_DIR defaults to target/ in the repository.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$ROOT/target}"

usage() {
  cat <<'EOF'
usage: scripts/run.sh [--xvfb] [-- APP_ARGS...]

Builds the UI and the app (release) and runs Switchboard.
  --xvfb   run headless under Xvfb with a private D-Bus session and a temporary OS keyring
           (automatic choice to make on Linux machines without a display)
EOF
}

die() {
  printf 'run: error: %s\n' "$*" >&2
  exit 1
}

xvfb=0
app_args=()
while [ "$#" -gt 0 ]; do
  case "$1" in
    --xvfb) xvfb=1 ;;
    -h | --help)
      usage
      exit 0
      ;;
    --)
      shift
      app_args=("$@")
      break
      ;;
    *)
      usage >&2
      die "unknown argument: $1"
      ;;
  esac
  shift
done

os="$(uname -s)"
headless=0
if [ "$os" = Linux ] && [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  headless=1
fi
if [ "$headless" -eq 1 ] && [ "$xvfb" -eq 0 ]; then
  # Fail before the long build, not after it.
  die "no display found (\$DISPLAY and \$WAYLAND_DISPLAY are unset).
  Run it headless under a virtual X server instead:   scripts/run.sh --xvfb
  (the window is invisible; take a screenshot with the 'import' command printed at start-up)"
fi

bash "$ROOT/scripts/setup.sh"

printf 'run: building the UI\n' >&2
(cd "$ROOT/ui" && npm run --silent build)

printf 'run: building the app (release; the first build takes a few minutes)\n' >&2
cargo build --release -p switchboard

exe=""
case "$os" in MINGW* | MSYS* | CYGWIN*) exe=".exe" ;; esac
app="$CARGO_TARGET_DIR/release/switchboard$exe"
[ -x "$app" ] || die "the build did not produce $app"

if [ "$xvfb" -eq 1 ]; then
  [ "$os" = Linux ] || die "--xvfb is only for Linux"
  command -v xvfb-run >/dev/null 2>&1 || die "xvfb-run not found: run scripts/setup.sh (Debian package xvfb)"
  # shellcheck disable=SC2016 # $DISPLAY and $XAUTHORITY expand inside xvfb-run's environment
  exec xvfb-run -a -s "-screen 0 1280x800x24" bash -c '
    printf "run: running headless on display %s; screenshot: DISPLAY=%s XAUTHORITY=%s import -window root shot.png\n" \
      "$DISPLAY" "$DISPLAY" "$XAUTHORITY" >&2
    exec "$@"' run "$ROOT/scripts/with-keyring.sh" "$app" ${app_args[@]+"${app_args[@]}"}
fi

exec "$app" ${app_args[@]+"${app_args[@]}"}
