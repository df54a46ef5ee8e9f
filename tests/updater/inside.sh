#!/usr/bin/env bash
# Part of scripts/test-updater.sh, run inside Xvfb and a private D-Bus session with an
# unlocked gnome-keyring. Seeds user data, serves updates, drives the app, compares data.
set -euo pipefail
port="$1"
cd "$SB_ROOT"
SB="$CARGO_TARGET_DIR/debug/sb"
FAKE="$CARGO_TARGET_DIR/debug/sb-fake-provider"
pids=()
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  pkill -f '^/usr/bin/switchboard' 2>/dev/null || true
}
trap cleanup EXIT

# ---- seed real user data with sb (same engine, database and keyring as the app) ----
key="sk-test-$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')"
SB_FAKE_KEY="$key" "$FAKE" --port 0 >"$SB_WORK/fake.out" 2>/dev/null &
pids+=($!)
for _ in $(seq 100); do grep -q listening "$SB_WORK/fake.out" && break; sleep 0.1; done
fake_url="$(sed -n 's|^listening on \(http://[^ ]*\)$|\1|p' "$SB_WORK/fake.out")"
[ -n "$fake_url" ] || { echo "test-updater: the fake provider did not start" >&2; exit 1; }
"$SB" providers add fake --base-url "$fake_url" --model gpt-6-luna --vendor openai >/dev/null
printf '%s' "$key" | "$SB" keys set fake 2>/dev/null
"$SB" budget --monthly-cap 5 --monthly-mode hard >/dev/null
"$SB" chat --provider fake "First conversation, before the update" >/dev/null
conv="$("$SB" history list --json | python3 -c 'import json,sys; print(json.load(sys.stdin)[0]["id"])')"
"$SB" chat --conversation "$conv" "and a follow-up" >/dev/null
"$SB" chat "Plan a three-day trip to Lisbon" >/dev/null
"$SB" budget --conversation "$conv" --cap 1 --mode soft >/dev/null

dump() {
  python3 - "$SWITCHBOARD_DATA_DIR/switchboard.db" <<'PY'
import json, sqlite3, sys
db = sqlite3.connect(f"file:{sys.argv[1]}?mode=ro", uri=True)
out = {}
for (table,) in db.execute("SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' ORDER BY name"):
    rows = db.execute(f"SELECT * FROM {table} ORDER BY 1").fetchall()
    if table == "settings":
        # The updater's own bookkeeping changes by design.
        rows = [r for r in rows if r[0] not in ("updates", "update_state")]
    out[table] = [list(r) for r in rows]
print(json.dumps(out, sort_keys=True))
PY
}
dump >"$SB_ARTIFACTS/db-before.json"

# ---- serve updates and drive the installed app ----
python3 tests/updater/server.py --port "$port" --good "$SB_WORK/$SB_NEW_VERSION" \
  --old-version "$SB_OLD_VERSION" >"$SB_ARTIFACTS/update-server.log" 2>&1 &
pids+=($!)
tauri-driver --port 4444 --native-port 4445 >"$SB_ARTIFACTS/tauri-driver.log" 2>&1 &
pids+=($!)
for _ in $(seq 100); do (exec 3<>/dev/tcp/127.0.0.1/4444) 2>/dev/null && break; sleep 0.1; done
status=0
(cd tests/e2e && SB_DRIVER_URL="http://127.0.0.1:4444/" node --test --test-concurrency=1 updater.test.mjs) || status=$?
pkill -f '^/usr/bin/switchboard' 2>/dev/null || true
sleep 1

# ---- every byte of user data survived, and the key still works ----
dump >"$SB_ARTIFACTS/db-after.json"
if cmp -s "$SB_ARTIFACTS/db-before.json" "$SB_ARTIFACTS/db-after.json"; then
  echo "test-updater: the database is unchanged by the update (every table, every row)"
else
  echo "test-updater: FAILED: the database changed across the update" >&2
  python3 - "$SB_ARTIFACTS/db-before.json" "$SB_ARTIFACTS/db-after.json" <<'PY' >&2
import json, sys
a, b = (json.load(open(p)) for p in sys.argv[1:])
for t in sorted(set(a) | set(b)):
    if a.get(t) != b.get(t):
        print(f"  table {t}: {len(a.get(t, []))} rows before, {len(b.get(t, []))} after")
PY
  status=1
fi
ls "$SWITCHBOARD_DATA_DIR/backups/" >"$SB_ARTIFACTS/backups.txt" 2>&1 || true
if "$SB" chat --provider fake "after the update" >/dev/null; then
  echo "test-updater: the provider's key still answers from the OS keyring"
else
  echo "test-updater: FAILED: the key no longer works after the update" >&2
  status=1
fi
[ -s "$SB_ARTIFACTS/updater-results.json" ] && cat "$SB_ARTIFACTS/updater-results.json"
cat "$SB_ARTIFACTS/backups.txt"
exit "$status"
