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
# `.deb`), the signature must verify with the public key the app trusts, for this version.
# Upload the three files to one folder per channel (…/stable/): the app asks for
# `<channel>/latest.json`.
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
    -h | --help) sed -n '2,27p' "${BASH_SOURCE[0]}"; exit 0 ;;
    *) die "unknown argument '$1' (see --help)" ;;
  esac
done
[ -n "$base_url" ] || die "--base-url is required (where the package will be served from)"
[ -n "${TAURI_SIGNING_PRIVATE_KEY:-}" ] || die "TAURI_SIGNING_PRIVATE_KEY is not set: updates must be signed (see docs/releasing.md)"
[ -z "$notes" ] || [ -r "$notes" ] || die "cannot read the notes file $notes"
[ -z "$extra_config" ] || [ -r "$extra_config" ] || die "cannot read the config file $extra_config"
[ "$(uname -s)" = Linux ] || die "this script builds the Linux package; see docs/releasing.md for macOS and Windows"

bash scripts/setup.sh
# The configuration the build uses: tauri.conf.json with --config laid over it.
effective() {
  python3 - "$1" src-tauri/tauri.conf.json "$extra_config" <<'PY'
import json, sys
conf = json.load(open(sys.argv[2]))
if sys.argv[3]:
    extra = json.load(open(sys.argv[3]))
    conf["version"] = extra.get("version", conf["version"])
    conf["plugins"]["updater"].update(extra.get("plugins", {}).get("updater", {}))
up = conf["plugins"]["updater"]
print({"version": conf["version"], "pubkey": up["pubkey"], "endpoint": up["endpoints"][0]}[sys.argv[1]])
PY
}
version="$(effective version)"
pubkey="$(effective pubkey)"
endpoint="$(effective endpoint)"
# A build that points at the placeholder server could never find its updates.
case "$endpoint" in
  *.invalid/* | *.invalid) die "plugins.updater.endpoints in tauri.conf.json is the placeholder ($endpoint): set the real update server first (docs/releasing.md)" ;;
esac

args=(build --bundles deb)
[ -z "$extra_config" ] || args+=(--config "$extra_config")
printf 'release: building Switchboard %s (.deb, release profile)\n' "$version" >&2
started=$SECONDS
(cd src-tauri && "$ROOT/ui/node_modules/.bin/tauri" "${args[@]}")
printf 'release: built in %ss\n' "$((SECONDS - started))" >&2

bundle="$CARGO_TARGET_DIR/release/bundle/deb"
deb="$(find "$bundle" -maxdepth 1 -name "Switchboard_${version}_*.deb" -print -quit 2>/dev/null || true)"
[ -n "$deb" ] || die "no .deb for version $version in $bundle"
[ -s "$deb.sig" ] || die "no updater signature $deb.sig (is bundle.createUpdaterArtifacts on?)"
# The app trusts only the public key it was built with: a package signed with another
# private key (or for another version) would be refused by every installed copy.
python3 tools/release/verify_sig.py --pubkey "$pubkey" --sig "$deb.sig" --file "$deb" --version "$version" ||
  die "the signature does not verify with plugins.updater.pubkey: TAURI_SIGNING_PRIVATE_KEY is not the key this app trusts (docs/releasing.md)"

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
# Written beside, then moved: a failure never leaves an empty manifest to upload.
python3 tools/release/manifest.py "${manifest_args[@]}" >"$out/latest.json.partial"
mv "$out/latest.json.partial" "$out/latest.json"
printf 'release: %s\n' "$out/$(basename "$deb")" "$out/$(basename "$deb").sig" "$out/latest.json"
printf 'release: package size %s bytes\n' "$(stat -c %s "$deb")"
