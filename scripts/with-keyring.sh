#!/usr/bin/env bash
#
# with-keyring.sh CMD [ARGS...]
#
# Runs CMD inside a private D-Bus session bus (dbus-run-session) that has a freshly started,
# unlocked gnome-keyring serving the Secret Service API (org.freedesktop.secrets), so code that
# stores API keys in the OS keyring works headless: in CI, in tests, under Xvfb.
#
# Invariants:
# - Every run starts with an empty keyring that nobody else sees: the daemon keeps its files in
#   a temporary XDG_DATA_HOME and its sockets in a temporary control directory (so it never
#   attaches to a desktop session's daemon), both removed afterwards. The user's own keyring
#   and ~/.local are never touched.
# - CMD keeps the caller's XDG_DATA_HOME (apps derive their data directory from it); only the
#   daemon sees the temporary one.
# - The default collection is unlocked before CMD starts; if it is not, CMD does not run.
# - The daemon is stopped when CMD ends; the exit status is CMD's.
set -euo pipefail

readonly INNER_FLAG="--inside-private-bus"
readonly KEYRING_PASSWORD="switchboard-test"

die() {
  printf 'with-keyring: %s\n' "$*" >&2
  exit 125
}

if [ "${1:-}" != "$INNER_FLAG" ]; then
  [ "$#" -gt 0 ] || die "usage: with-keyring.sh CMD [ARGS...]"
  for tool in dbus-run-session dbus-send gnome-keyring-daemon; do
    command -v "$tool" >/dev/null 2>&1 ||
      die "'$tool' not found: run scripts/setup.sh (Debian packages: dbus gnome-keyring)"
  done
  exec dbus-run-session -- bash "${BASH_SOURCE[0]}" "$INNER_FLAG" "$@"
fi
shift

scratch="$(mktemp -d "${TMPDIR:-/tmp}/sb-keyring.XXXXXX")"
daemon_pid=""
# shellcheck disable=SC2317 # reached through the EXIT trap
cleanup() {
  if [ -n "$daemon_pid" ]; then
    kill "$daemon_pid" 2>/dev/null || true
  fi
  rm -rf "$scratch"
}
trap cleanup EXIT
# Signals end CMD too (same process group); exit afterwards so the EXIT trap runs.
trap 'exit 130' INT
trap 'exit 143' TERM
trap 'exit 129' HUP

if [ -z "${XDG_RUNTIME_DIR:-}" ]; then
  mkdir -m 700 "$scratch/runtime"
  export XDG_RUNTIME_DIR="$scratch/runtime"
fi
mkdir -m 700 "$scratch/data" "$scratch/control"

# Exports the NAME=value lines the daemon prints (GNOME_KEYRING_CONTROL, maybe SSH_AUTH_SOCK).
export_daemon_env() {
  local line
  while IFS= read -r line; do
    if [[ "$line" =~ ^[A-Z_][A-Z0-9_]*= ]]; then
      export "${line?}"
    fi
  done <<<"$1"
}

keyring_daemon() {
  XDG_DATA_HOME="$scratch/data" gnome-keyring-daemon --components=secrets \
    --control-directory="$scratch/control" "$@"
}

# --unlock starts the daemon and creates the "login" keyring (the default collection) with
# this password, unlocked; --start then initialises the secrets component on this bus.
out="$(printf '%s' "$KEYRING_PASSWORD" | keyring_daemon --unlock)" ||
  die "gnome-keyring-daemon --unlock failed"
export_daemon_env "$out"
out="$(keyring_daemon --start)" || die "gnome-keyring-daemon --start failed"
export_daemon_env "$out"

bus_query() {
  dbus-send --session --print-reply=literal "$@" 2>/dev/null
}

# The daemon owns org.freedesktop.secrets on this private bus; asking the bus for the owner's
# PID both waits for it to be ready and tells us exactly which process to stop afterwards.
for _ in $(seq 50); do
  reply="$(bus_query --dest=org.freedesktop.DBus /org/freedesktop/DBus \
    org.freedesktop.DBus.GetConnectionUnixProcessID string:org.freedesktop.secrets)" && break
  reply=""
  sleep 0.1
done
[ -n "$reply" ] || die "the Secret Service (org.freedesktop.secrets) did not appear on the session bus"
daemon_pid="$(awk '{print $NF}' <<<"$reply")"

locked="$(bus_query --dest=org.freedesktop.secrets /org/freedesktop/secrets/aliases/default \
  org.freedesktop.DBus.Properties.Get \
  string:org.freedesktop.Secret.Collection string:Locked)" ||
  die "the Secret Service has no default collection"
[[ "$locked" == *false* ]] || die "the default keyring collection is still locked"

status=0
"$@" || status=$?
exit "$status"
