#!/usr/bin/env bash
#
# measure.sh [--clean-build]: prints the figures the project reports (Linux).
#
#   release binary size      of target/release/switchboard (stripped by the release profile)
#   launch to window         process start -> X window mapped (xdotool), and -> page loaded
#                            (the app logs "window content loaded" with elapsed_ms)
#   idle memory              RSS and PSS of the app plus its WebKit processes, 8 s after start,
#                            under Xvfb; PSS counts shared pages once, so it is the fairer sum
#   clean build (optional)   `cargo build --release -p switchboard` into an empty target dir
#
# Each figure is measured, never estimated; runs are repeated where cheap (RUNS, default 5).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
export PATH="$HOME/.cargo/bin:$PATH"
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-${SB_TARGET_DIR:-$HOME/.cache/switchboard-target}}"
RUNS="${RUNS:-5}"

if ! command -v xdotool >/dev/null 2>&1; then
  apt-get install -y -qq xdotool >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq xdotool >/dev/null; }
fi

if [ "${1:-}" = "--clean-build" ]; then
  fresh="$(mktemp -d)"
  start=$(date +%s.%N)
  CARGO_TARGET_DIR="$fresh" cargo build --release -p switchboard -j"$(nproc)" >/dev/null 2>&1
  end=$(date +%s.%N)
  printf 'clean release build: %.0f s on %s cores\n' "$(echo "$end - $start" | bc)" "$(nproc)"
  rm -rf "$fresh"
fi

(cd ui && npm run build >/dev/null 2>&1)
cargo build --release -p switchboard -j2 >/dev/null 2>&1
bin="$CARGO_TARGET_DIR/release/switchboard"
printf 'release binary: %s bytes (%.1f MiB)\n' "$(stat -c %s "$bin")" "$(echo "$(stat -c %s "$bin") / 1048576" | bc -l)"

# One measurement run, inside Xvfb + D-Bus + keyring: prints "window_ms load_ms rss_kib pss_kib".
inner=$(cat <<'INNER'
set -euo pipefail
data="$(mktemp -d)"
export SWITCHBOARD_DATA_DIR="$data"
start=$(date +%s%N)
"$SB_BIN" >/dev/null 2>&1 &
pid=$!
xdotool search --sync --onlyvisible --name '^Switchboard$' >/dev/null
mapped=$(date +%s%N)
for _ in $(seq 100); do
  grep -q 'window content loaded' "$data/logs/switchboard.log" 2>/dev/null && break
  sleep 0.05
done
load_ms=$(grep -o 'elapsed_ms=[0-9]*' "$data/logs/switchboard.log" | head -1 | cut -d= -f2)
sleep 8
pids="$pid $(pgrep -P "$pid" | tr '\n' ' ')"
for p in $(pgrep -f 'WebKit(Web|Network)Process'); do
  grep -qz "SWITCHBOARD_DATA_DIR=$data" "/proc/$p/environ" 2>/dev/null && pids="$pids $p"
done
rss=0; pss=0
for p in $(echo "$pids" | tr ' ' '\n' | sort -u); do
  [ -r "/proc/$p/smaps_rollup" ] || continue
  rss=$((rss + $(awk '/^Rss:/ {print $2}' "/proc/$p/smaps_rollup")))
  pss=$((pss + $(awk '/^Pss:/ {print $2}' "/proc/$p/smaps_rollup")))
done
kill "$pid"; wait "$pid" 2>/dev/null || true
rm -rf "$data"
echo "$(( (mapped - start) / 1000000 )) $load_ms $rss $pss"
INNER
)
results=()
for i in $(seq "$RUNS"); do
  line=$(SB_BIN="$bin" xvfb-run -a -s "-screen 0 1280x800x24" \
    bash scripts/with-keyring.sh bash -c "$inner" 2>/dev/null | tail -1)
  results+=("$line")
  echo "run $i: window ${line%% *} ms | $(echo "$line" | awk '{printf "page loaded %s ms | RSS %.0f MiB | PSS %.0f MiB", $2, $3/1024, $4/1024}')"
done
printf '%s\n' "${results[@]}" | sort -n | awk -v n="$RUNS" '
  { w[NR]=$1; l[NR]=$2; r+=$3; p+=$4 }
  END { printf "median of %d: window shown %d ms, page loaded %d ms; mean idle RSS %.0f MiB, PSS %.0f MiB (app + WebKit processes)\n", n, w[int((n+1)/2)], l[int((n+1)/2)], r/n/1024, p/n/1024 }'
