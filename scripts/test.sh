#!/usr/bin/env bash
#
# test.sh [STAGE...]: run every check and test of Switchboard, failing fast.
#
# Stages, in order (with no arguments all of them run; name stages to run only those):
#   setup      scripts/setup.sh (installs what is missing)
#   fmt        cargo fmt --all --check
#   ui-check   svelte-check (ui/)
#   ui-test    vitest (ui/)
#   ui-build   vite build (ui/dist, embedded by the app build)
#   clippy     cargo clippy --workspace --all-targets -- -D warnings
#   test       cargo test --workspace, inside a private D-Bus session with a real, temporary
#              OS keyring (scripts/with-keyring.sh; SB_KEYRING_TESTS=1 enables keyring tests)
#   py         Python tools: catalogue builder, release manifest and signature check tests, and that the shipped classifier
#              model is exactly what training/train.py produces from the data
#   build      debug build of the app, the CLI and the fake provider for the e2e tests
#              (after `cargo test`: test builds enable dev-dependency features such as tauri/test)
#   e2e        WebDriver end-to-end tests (tests/e2e/run.sh)
#
# CARGO_TARGET_DIR defaults to ${SB_TARGET_DIR:-~/.cache/switchboard-target}: a build cache
# outside the clone that CI runs reuse. Exit status is non-zero when any stage fails.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-${SB_TARGET_DIR:-$HOME/.cache/switchboard-target}}"
export PATH="$HOME/.cargo/bin:$PATH"

STAGES=(setup fmt ui-check ui-test ui-build clippy test py build e2e)

stage_setup() { bash scripts/setup.sh; }
stage_fmt() { cargo fmt --all --check; }
stage_ui_check() { (cd ui && npm run --silent check); }
stage_ui_test() { (cd ui && npm run --silent test); }
stage_ui_build() { (cd ui && npm run --silent build); }
stage_clippy() { cargo clippy --workspace --all-targets -j2 -- -D warnings; }
stage_test() { bash scripts/with-keyring.sh env SB_KEYRING_TESTS=1 cargo test --workspace -j2; }
stage_py() {
  python3 -m unittest discover -s tools/catalogue -q
  python3 -m unittest discover -s tools/release -q
  python3 training/train.py --check
}
stage_build() { cargo build -p switchboard -p sb-testsupport -p sb-cli -j2; }
stage_e2e() { bash tests/e2e/run.sh; }

duration() { printf '%dm%02ds' $(($1 / 60)) $(($1 % 60)); }

selected=()
if [ "$#" -eq 0 ]; then
  selected=("${STAGES[@]}")
else
  for name in "$@"; do
    case " ${STAGES[*]} " in
      *" $name "*) selected+=("$name") ;;
      *)
        printf 'test: unknown stage "%s"; stages: %s\n' "$name" "${STAGES[*]}" >&2
        exit 2
        ;;
    esac
  done
fi

total_start=$SECONDS
i=0
for name in "${selected[@]}"; do
  i=$((i + 1))
  printf '\n==> [%d/%d] %s\n' "$i" "${#selected[@]}" "$name"
  start=$SECONDS
  # Each stage runs in a subshell with errexit on, outside any `||` or `if`: bash ignores
  # `set -e` inside a command whose status is tested, so `stage || status=$?` would let a
  # failing command in the middle of a stage pass unnoticed. Here every command counts.
  set +e
  (
    set -e
    "stage_${name//-/_}"
  )
  status=$?
  set -e
  if [ "$status" -ne 0 ]; then
    printf '\n!!! FAILED: stage "%s" (exit %d) after %s; total %s\n' "$name" "$status" \
      "$(duration $((SECONDS - start)))" "$(duration $((SECONDS - total_start)))" >&2
    exit 1
  fi
  printf '<== %s ok (%s)\n' "$name" "$(duration $((SECONDS - start)))"
done
printf '\nAll %d stages passed in %s\n' "${#selected[@]}" "$(duration $((SECONDS - total_start)))"
