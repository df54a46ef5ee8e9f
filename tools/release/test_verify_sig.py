"""Tests of the release signature check against signatures the project ships: the
development key in tauri.conf.json signed SIGNED_BYTES (see testsupport's scenario.rs)."""

import json
import os
import re
import sys
import unittest

sys.path.insert(0, os.path.dirname(__file__))
import verify_sig  # noqa: E402

ROOT = os.path.join(os.path.dirname(__file__), "..", "..")


def scenario_const(name: str) -> str:
    src = open(os.path.join(ROOT, "src-tauri/crates/testsupport/src/scenario.rs"), encoding="utf-8").read()
    return re.search(rf'pub const {name}: &str = "([^"]*)";', src).group(1)


class VerifyTests(unittest.TestCase):
    def setUp(self):
        conf = json.load(open(os.path.join(ROOT, "src-tauri/tauri.conf.json"), encoding="utf-8"))
        self.key = conf["plugins"]["updater"]["pubkey"]
        self.data = scenario_const("SIGNED_BYTES").encode().decode("unicode_escape").encode()

    def test_the_configured_key_verifies_its_own_signature(self):
        trusted = verify_sig.verify(self.key, scenario_const("TAMPERED_SIGNATURE"), self.data)
        self.assertIn("file:other.bin", trusted)

    def test_tampered_bytes_another_key_and_a_wrong_version_are_refused(self):
        with self.assertRaisesRegex(verify_sig.SigError, "does not match"):
            verify_sig.verify(self.key, scenario_const("TAMPERED_SIGNATURE"), self.data + b"!")
        with self.assertRaisesRegex(verify_sig.SigError, "another key"):
            verify_sig.verify(self.key, scenario_const("STRANGER_SIGNATURE"), self.data)
        with self.assertRaisesRegex(verify_sig.SigError, "version"):
            verify_sig.verify(self.key, scenario_const("TAMPERED_SIGNATURE"), self.data, version="1.0.0")


if __name__ == "__main__":
    unittest.main()
