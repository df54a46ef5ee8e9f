#!/usr/bin/env python3
"""Writes the updater manifest (`latest.json`) for one release.

Usage: manifest.py --version V --base-url URL --artifact FILE [--notes FILE]
                   [--date ISO8601] [--platform KEY] > latest.json

The manifest is the static JSON that tauri-plugin-updater reads (`version`, `notes`,
`pub_date`, and `platforms.{key}.{url, signature}`). The signature is the content of the
artifact's `.sig` file, which `tauri build` writes beside it when
`bundle.createUpdaterArtifacts` is on. On Linux the platform key must name the package
format: `linux-x86_64-deb` for a `.deb` (a key pointing at another format makes the
plugin fail with "invalid updater binary format").

Standard library only, so the release script needs nothing installed.
"""

import argparse
import datetime
import json
import os
import re
import sys
import urllib.parse

SEMVER = re.compile(r"^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$")

# Package suffix -> the installer name the plugin appends to `{os}-{arch}-`.
INSTALLERS = {".deb": "deb", ".rpm": "rpm", ".AppImage": "appimage", ".msi": "msi", ".exe": "nsis", ".app.tar.gz": "app"}


class ManifestError(Exception):
    pass


def platform_key(artifact: str, os_name: str = "linux", arch: str = "x86_64") -> str:
    for suffix, installer in INSTALLERS.items():
        if artifact.endswith(suffix):
            return f"{os_name}-{arch}-{installer}"
    raise ManifestError(f"{artifact}: not a package the updater can install")


def build(version: str, base_url: str, artifact: str, signature: str, notes: str, date: str, key: str) -> dict:
    if not SEMVER.match(version):
        raise ManifestError(f"version {version!r} is not semantic (e.g. 1.2.3 or 1.3.0-beta.1)")
    parsed = urllib.parse.urlparse(base_url)
    if parsed.scheme not in ("https", "http") or not parsed.netloc:
        raise ManifestError(f"base URL {base_url!r} must be http(s)://host/...")
    signature = signature.strip()
    if not signature:
        raise ManifestError("the signature is empty")
    url = base_url.rstrip("/") + "/" + urllib.parse.quote(os.path.basename(artifact))
    return {
        "version": version,
        "notes": notes,
        "pub_date": date,
        "platforms": {key: {"url": url, "signature": signature}},
    }


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--version", required=True)
    ap.add_argument("--base-url", required=True, help="where the artifact will be served from")
    ap.add_argument("--artifact", required=True, help="the package; its .sig must be beside it")
    ap.add_argument("--notes", help="release notes file (Markdown)")
    ap.add_argument("--date", help="publication time, RFC 3339 (default: now, UTC)")
    ap.add_argument("--platform", help="manifest key (default: from the artifact, e.g. linux-x86_64-deb)")
    args = ap.parse_args(argv)
    try:
        with open(args.artifact + ".sig", encoding="utf-8") as f:
            signature = f.read()
        notes = ""
        if args.notes:
            with open(args.notes, encoding="utf-8") as f:
                notes = f.read()
        date = args.date or datetime.datetime.now(datetime.timezone.utc).replace(microsecond=0).isoformat().replace("+00:00", "Z")
        key = args.platform or platform_key(args.artifact)
        manifest = build(args.version, args.base_url, args.artifact, signature, notes, date, key)
    except (OSError, ManifestError) as e:
        print(f"manifest: error: {e}", file=sys.stderr)
        return 1
    json.dump(manifest, sys.stdout, indent=2)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
