#!/usr/bin/env python3
"""Checks an updater signature (`.sig` from `tauri build`) against a public key, the way
the app's updater does: minisign, Ed25519 over the BLAKE2b-512 hash of the file (or the
file itself for legacy signatures), plus the signature over the trusted comment.

Usage: verify_sig.py --pubkey BASE64 --sig FILE.sig --file FILE [--version V]

Exit 0 when it verifies (and, with --version, the signed version is V); 1 with a reason
otherwise. Used by scripts/release.sh so a release signed with a key the app does not
trust (or for another version) is never published. Ed25519 is checked by `openssl
pkeyutl` (OpenSSL 3); hashing and parsing use Python's standard library.
"""

import argparse
import base64
import hashlib
import os
import subprocess
import sys
import tempfile

ED25519_SPKI_PREFIX = bytes.fromhex("302a300506032b6570032100")


class SigError(Exception):
    pass


def _lines(b64: str) -> list[str]:
    try:
        return base64.b64decode(b64.strip()).decode("utf-8").splitlines()
    except (ValueError, UnicodeDecodeError) as e:
        raise SigError(f"not base64 of minisign text: {e}") from e


def _ed25519_ok(public: bytes, message: bytes, signature: bytes) -> bool:
    with tempfile.TemporaryDirectory() as d:
        pem = os.path.join(d, "pub.pem")
        with open(pem, "w") as f:
            f.write("-----BEGIN PUBLIC KEY-----\n")
            f.write(base64.b64encode(ED25519_SPKI_PREFIX + public).decode() + "\n")
            f.write("-----END PUBLIC KEY-----\n")
        msg, sig = os.path.join(d, "msg"), os.path.join(d, "sig")
        open(msg, "wb").write(message)
        open(sig, "wb").write(signature)
        result = subprocess.run(
            ["openssl", "pkeyutl", "-verify", "-pubin", "-inkey", pem, "-rawin", "-in", msg, "-sigfile", sig],
            capture_output=True,
        )
        return result.returncode == 0


def verify(pubkey_b64: str, sig_b64: str, data: bytes, version: str | None = None) -> str:
    """Returns the trusted comment; raises SigError when anything does not verify."""
    key_lines = _lines(pubkey_b64)
    sig_lines = _lines(sig_b64)
    if len(key_lines) < 2 or len(sig_lines) < 4:
        raise SigError("malformed key or signature")
    key = base64.b64decode(key_lines[1])
    sig = base64.b64decode(sig_lines[1])
    if len(key) != 42 or len(sig) != 74:
        raise SigError("unexpected key or signature length")
    if key[2:10] != sig[2:10]:
        raise SigError("signed with another key (key ids differ)")
    public, signature = key[10:], sig[10:]
    algorithm = sig[:2]
    if algorithm == b"ED":
        message = hashlib.blake2b(data, digest_size=64).digest()
    elif algorithm == b"Ed":
        message = data
    else:
        raise SigError(f"unknown signature algorithm {algorithm!r}")
    if not _ed25519_ok(public, message, signature):
        raise SigError("the signature does not match the file")
    trusted = sig_lines[2].removeprefix("trusted comment: ")
    global_sig = base64.b64decode(sig_lines[3])
    if not _ed25519_ok(public, signature + trusted.encode(), global_sig):
        raise SigError("the trusted comment was altered")
    if version is not None:
        fields = dict(f.split(":", 1) for f in trusted.split("\t") if ":" in f)
        if fields.get("version") != version:
            raise SigError(f"signed for version {fields.get('version')!r}, not {version!r}")
    return trusted


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--pubkey", required=True)
    ap.add_argument("--sig", required=True)
    ap.add_argument("--file", required=True)
    ap.add_argument("--version")
    args = ap.parse_args(argv)
    try:
        with open(args.sig, encoding="utf-8") as f:
            sig = f.read()
        with open(args.file, "rb") as f:
            data = f.read()
        verify(args.pubkey, sig, data, args.version)
    except (OSError, SigError, ValueError) as e:
        print(f"verify_sig: {args.file}: {e}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
