#!/usr/bin/env python3
"""Peak memory of `sb chat` against hostile and broken providers.

Usage: python3 scripts/bench-hostile.py [--target-dir DIR] [--profile debug|release]

Starts `sb-fake-provider --hostile MODE` on 127.0.0.1 for each mode, runs one
`sb chat --kind openai --base-url ... --model m` against it in a fresh data folder, and
prints the peak resident memory (max RSS) of the `sb` process, beside a baseline run
against a well-behaved server (the recorded gpt-4.1-nano stream). The goal (issue 9) is
peak memory under 64 MiB above that baseline whatever the server sends: a 400 MiB line
with no newline, a 200 MiB event, a 200 MiB error body, a 200 MiB answer, keep-alives
forever (with --idle-timeout 3), an echoed key, a web page, a cut stream.

Build first: cargo build [--release] -p sb-cli -p sb-testsupport. Needs no network:
every server is on loopback and every run is bounded in time.
"""

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time

MODES = [
    "endless-line",
    "giant-event",
    "giant-error",
    "endless-answer",
    "lying-length",
    "keepalive",
    "echo-key",
    "echo-key-stream",
    "html",
    "cut",
    "usage-only",
    "slow-error",
    "json-error-200",
    "text-200",
    "echo-key-labels",
    "retry-after-inf",
]
KEY = "sk-test-bench-hostile-0123456789abcdef"
RUN_TIMEOUT_S = 120


def start_server(fake: str, mode: str | None) -> tuple[subprocess.Popen, str]:
    args = [fake, "--port", "0"]
    args += ["--hostile", mode] if mode else ["--key", KEY]
    proc = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    line = proc.stdout.readline().strip() if proc.stdout else ""
    if not line.startswith("listening on "):
        proc.kill()
        sys.exit(f"bench: {fake} did not start ({line!r})")
    return proc, line.removeprefix("listening on ")


def peak_rss_kib(argv: list[str], env: dict) -> tuple[int, int, float, str]:
    """Runs argv in a child Python that reports the max RSS of its one child (sb)."""
    probe = (
        "import resource, subprocess, sys, json;"
        f"p = subprocess.run(sys.argv[1:], capture_output=True, timeout={RUN_TIMEOUT_S});"
        "print(json.dumps([resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, p.returncode,"
        " p.stderr.decode('utf-8', 'replace')]))"
    )
    started = time.monotonic()
    out = subprocess.run(
        [sys.executable, "-c", probe, *argv], env=env, capture_output=True, text=True, timeout=RUN_TIMEOUT_S + 30
    )
    elapsed = time.monotonic() - started
    import json

    try:
        rss, code, stderr = json.loads(out.stdout.strip().splitlines()[-1])
    except (IndexError, ValueError):
        sys.exit(f"bench: the probe failed: {out.stderr}")
    return rss, code, elapsed, stderr.strip().splitlines()[-1] if stderr.strip() else ""


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument(
        "--target-dir",
        default=os.environ.get("CARGO_TARGET_DIR")
        or os.environ.get("SB_TARGET_DIR")
        or os.path.expanduser("~/.cache/switchboard-target"),
    )
    ap.add_argument("--profile", default="debug", choices=["debug", "release"])
    args = ap.parse_args()
    sb = os.path.join(args.target_dir, args.profile, "sb")
    fake = os.path.join(args.target_dir, args.profile, "sb-fake-provider")
    for binary in (sb, fake):
        if not os.access(binary, os.X_OK):
            sys.exit(f"bench: {binary} not found; build it: cargo build --{args.profile} -p sb-cli -p sb-testsupport".replace("--debug ", ""))

    rows = []
    for mode in [None, *MODES]:
        server, base = start_server(fake, mode)
        try:
            with tempfile.TemporaryDirectory() as data:
                env = {k: v for k, v in os.environ.items() if k not in ("SB_LOG", "SWITCHBOARD_DATA_DIR")}
                env["SB_API_KEY"] = KEY
                argv = [sb, "--data-dir", data, "chat", "--kind", "openai", "--base-url", base,
                        "--model", "sb-text", "--idle-timeout", "3", "--json", "hello"]
                rss, code, elapsed, err = peak_rss_kib(argv, env)
                rows.append((mode or "baseline (recorded stream)", rss, code, elapsed, err))
        finally:
            server.terminate()
            server.wait(timeout=10)

    base_rss = rows[0][1]
    print(f"sb chat peak memory ({args.profile} build), baseline {base_rss / 1024:.1f} MiB")
    print(f"{'server':<28} {'peak MiB':>9} {'above':>8} {'exit':>5} {'secs':>6}  error line")
    worst = 0.0
    for name, rss, code, elapsed, err in rows:
        above = (rss - base_rss) / 1024
        worst = max(worst, above)
        print(f"{name:<28} {rss / 1024:>9.1f} {above:>8.1f} {code:>5} {elapsed:>6.1f}  {err[:90]}")
    print(f"worst: {worst:.1f} MiB above baseline (goal: under 64 MiB)")
    if KEY in "".join(r[4] for r in rows):
        sys.exit("bench: the key appeared in an error line")


if __name__ == "__main__":
    main()
