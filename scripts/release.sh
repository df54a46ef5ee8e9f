#!/usr/bin/env bash
#
# release.sh: build a signed, installable Switchboard release and its updater manifest.
#
#   TAURI_SIGNING_PRIVATE_KEY=... [TAURI_SIGNING_PRIVATE_KEY_PASSWORD=...] \
#     scripts/release.sh --base-url https://releases.example.com/stable [--notes NOTES.md]
#                        [--out DIR] [--config EXTRA.json]
#
# Linux (what this machine builds): the `.deb` package, its updater signature (`.deb.sig`,
# written by `tauri build` because `bundle.createUpdaterArtifacts` is on), and
# `latest.json` whose `linux-x86_64-deb` entry points at `<base-url>/<package>`. Upload the
# three files to the base URL; the app's update URL (Settings → Updates, or the default in
# tauri.conf.json) must serve that `latest.json`.
#
# AppImage is not built: its bundler downloads tools from outside the package registries,
# which this build environment cannot reach. macOS and Windows packages are built on those
# systems with the same command (see docs/releasing.md for signing and notarisation).
#
# The signing key comes only from the environment, never from the repository. The public
# half is `plugins.updater.pubkey` in src-tauri/tauri.conf.json; `--config FILE` merges a
# JSON config over it (the updater harness uses this for a key generated at test time).
#
# After the build it checks the package: the binary inside must carry the `.deb` bundle
# marker (the updater installs `.deb` updates only for a binary that knows it came from a
# `.deb`), and the signature must be present.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
export PATH="$HOME/.cargo/bin:$PATH"
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-${SB_TARGET_DIR:-$HOME/.cache/switchboard-target}}"

die() {
  printf 'release: error: %s\n' "$*" >&2
  exit 1
}

base_url="" notes="" out="$ROOT/dist/release" extra_config=""
while [ "$#" -gt 0 ]; do
  case "$1" in
    --base-url) base_url="${2:-}"; shift 2 ;;
    --notes) notes="${2:-}"; shift 2 ;;
    --out) out="${2:-}"; shift 2 ;;
    --config) extra_config="${2:-}"; shift 2 ;;
    -h | --help) sed -n '2,26p' "${BASH_SOURCE[0]}"; exit 0 ;;
    *) die "unknown argument '$1' (see --help)" ;;
  esac
done
[ -n "$base_url" ] || die "--base-url is required (where the package will be served from)"
[ -n "${TAURI_SIGNING_PRIVATE_KEY:-}" ] || die "TAURI_SIGNING_PRIVATE_KEY is not set: updates must be signed (see docs/releasing.md)"
[ -z "$notes" ] || [ -r "$notes" ] || die "cannot read the notes file $notes"
[ -z "$extra_config" ] || [ -r "$extra_config" ] || die "cannot read the config file $extra_config"
[ "$(uname -s)" = Linux ] || die "this script builds the Linux package; see docs/releasing.md for macOS and Windows"

bash scripts/setup.sh
version="$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["version"])' src-tauri/tauri.conf.json)"
if [ -n "$extra_config" ]; then
  version="$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1])).get("version", sys.argv[2]))' "$extra_config" "$version")"
fi

args=(build --bundles deb)
[ -z "$extra_config" ] || args+=(--config "$extra_config")
printf 'release: building Switchboard %s (.deb, release profile)\n' "$version" >&2
started=$SECONDS
(cd src-tauri && "$ROOT/ui/node_modules/.bin/tauri" "${args[@]}")
printf 'release: built in %ss\n' "$((SECONDS - started))" >&2

bundle="$CARGO_TARGET_DIR/release/bundle/deb"
deb="$(ls -t "$bundle"/Switchboard_"$version"_*.deb 2>/dev/null | head -n 1)"
[ -n "$deb" ] || die "no .deb for version $version in $bundle"
[ -s "$deb.sig" ] || die "no updater signature $deb.sig (is bundle.createUpdaterArtifacts on?)"

# The updater learns how the app was installed from a marker the bundler patches into the
# binary; without it, `.deb` updates are refused at install time.
check="$(mktemp -d)"
trap 'rm -rf "$check"' EXIT
dpkg-deb -x "$deb" "$check"
binary="$(find "$check" -type f -path '*/bin/*' -name 'switchboard' | head -n 1)"
[ -n "$binary" ] || die "the package holds no switchboard binary"
grep -q '__TAURI_BUNDLE_TYPE_VAR_DEB' "$binary" || die "the packaged binary lacks the .deb bundle marker (the updater could not install .deb updates)"

mkdir -p "$out"
cp "$deb" "$deb.sig" "$out/"
manifest_args=(--version "$version" --base-url "$base_url" --artifact "$out/$(basename "$deb")")
[ -z "$notes" ] || manifest_args+=(--notes "$notes")
python3 tools/release/manifest.py "${manifest_args[@]}" >"$out/latest.json"
printf 'release: %s\n' "$out/$(basename "$deb")" "$out/$(basename "$deb").sig" "$out/latest.json"
printf 'release: package size %s bytes\n' "$(stat -c %s "$deb")"
