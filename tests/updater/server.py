#!/usr/bin/env python3
"""Loopback update server for the updater harness (tests/updater).

Usage: server.py --port N --good DIR --old-version V

`DIR` holds the release to offer: `latest.json` and the package it names. Every case is
a path prefix, so one server serves them all and the app picks a case by its update URL
(`http://127.0.0.1:N/<case>/{{target}}-{{arch}}/latest.json`):

  ok          the release as built
  tampered    the same manifest; the package has one byte flipped
  otherkey    the package signed by another key (DIR/otherkey.sig)
  older       a manifest offering OLD_VERSION minus one patch (not newer)
  equal       a manifest offering the version already installed (OLD_VERSION)
  noplatform  a manifest with no entry for linux-x86_64-deb
  malformed   200 with a body that is not JSON
  notfound    404
  broken      500
  cut         the manifest is fine; the package download is cut off halfway

Loopback only; stops on SIGTERM. Standard library only.
"""

import argparse
import http.server
import json
import os
import sys

CASES = {"ok", "tampered", "otherkey", "older", "equal", "noplatform", "malformed", "notfound", "broken", "cut"}


def make_handler(good: str, old_version: str):
    with open(os.path.join(good, "latest.json"), encoding="utf-8") as f:
        manifest = json.load(f)
    entry = manifest["platforms"]["linux-x86_64-deb"]
    package_name = entry["url"].rsplit("/", 1)[-1]
    with open(os.path.join(good, package_name), "rb") as f:
        package = f.read()
    other_sig_path = os.path.join(good, "otherkey.sig")
    other_sig = open(other_sig_path, encoding="utf-8").read().strip() if os.path.exists(other_sig_path) else "x"
    major, minor, patch = (int(p) for p in old_version.split("-")[0].split("."))
    older = f"{major}.{minor}.{max(patch - 1, 0)}" if patch > 0 else f"{major}.{max(minor - 1, 0)}.9"

    class Handler(http.server.BaseHTTPRequestHandler):
        def log_message(self, fmt, *args):
            sys.stderr.write("update-server: " + fmt % args + "\n")

        def send(self, status, body: bytes, ctype="application/json", length=None):
            self.send_response(status)
            self.send_header("content-type", ctype)
            self.send_header("content-length", str(len(body) if length is None else length))
            self.send_header("connection", "close")
            self.end_headers()
            self.wfile.write(body)

        def do_GET(self):
            parts = self.path.split("?")[0].strip("/").split("/")
            case = parts[0] if parts else ""
            if case not in CASES:
                return self.send(404, b"{}")
            host = self.headers.get("host", "127.0.0.1")
            if parts[-1] == "latest.json":
                if case == "notfound":
                    return self.send(404, b'{"error":"no such release"}')
                if case == "broken":
                    return self.send(500, b'{"error":"update server down"}')
                if case == "malformed":
                    return self.send(200, b"<html>not json")
                m = json.loads(json.dumps(manifest))
                e = m["platforms"]["linux-x86_64-deb"]
                e["url"] = f"http://{host}/{case}/package/{package_name}"
                if case == "otherkey":
                    e["signature"] = other_sig
                elif case == "older":
                    m["version"] = older
                elif case == "equal":
                    m["version"] = old_version
                elif case == "noplatform":
                    m["platforms"] = {"plan9-mips": e}
                return self.send(200, json.dumps(m).encode())
            if len(parts) >= 2 and parts[1] == "package":
                if case == "tampered":
                    body = bytearray(package)
                    body[len(body) // 2] ^= 0xFF
                    return self.send(200, bytes(body), "application/octet-stream")
                if case == "cut":
                    # Announce the whole package, send half, close.
                    half = package[: len(package) // 2]
                    self.send(200, half, "application/octet-stream", length=len(package))
                    self.wfile.flush()
                    self.close_connection = True
                    return None
                return self.send(200, package, "application/octet-stream")
            return self.send(404, b"{}")

    return Handler


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--port", type=int, required=True)
    ap.add_argument("--good", required=True)
    ap.add_argument("--old-version", required=True)
    args = ap.parse_args()
    server = http.server.ThreadingHTTPServer(("127.0.0.1", args.port), make_handler(args.good, args.old_version))
    print(f"listening on http://127.0.0.1:{args.port}", flush=True)
    server.serve_forever()


if __name__ == "__main__":
    main()
