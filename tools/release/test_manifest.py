"""Tests of the updater manifest writer (run by scripts/test.sh, stage py)."""

import json
import os
import subprocess
import sys
import tempfile
import unittest

sys.path.insert(0, os.path.dirname(__file__))
import manifest  # noqa: E402


class ManifestTests(unittest.TestCase):
    def test_a_deb_gets_the_key_the_plugin_installs_from(self):
        self.assertEqual(manifest.platform_key("Switchboard_0.2.0_amd64.deb"), "linux-x86_64-deb")
        self.assertEqual(manifest.platform_key("x.AppImage"), "linux-x86_64-appimage")
        with self.assertRaises(manifest.ManifestError):
            manifest.platform_key("Switchboard.tar.xz")

    def test_the_manifest_has_the_plugins_shape(self):
        m = manifest.build("0.2.0", "https://r.example/stable/", "dir/Switch board_0.2.0_amd64.deb",
                           "c2ln\n", "# Notes", "2026-12-02T00:00:00Z", "linux-x86_64-deb")
        self.assertEqual(m["version"], "0.2.0")
        entry = m["platforms"]["linux-x86_64-deb"]
        self.assertEqual(entry["url"], "https://r.example/stable/Switch%20board_0.2.0_amd64.deb")
        self.assertEqual(entry["signature"], "c2ln", "the .sig content, trimmed")
        self.assertEqual(m["pub_date"], "2026-12-02T00:00:00Z")

    def test_bad_inputs_are_refused_with_a_reason(self):
        for version in ["v0.2.0", "0.2", "latest"]:
            with self.assertRaises(manifest.ManifestError, msg=version):
                manifest.build(version, "https://r.example", "a.deb", "s", "", "d", "k")
        with self.assertRaises(manifest.ManifestError):
            manifest.build("0.2.0", "ftp://r.example", "a.deb", "s", "", "d", "k")
        with self.assertRaises(manifest.ManifestError):
            manifest.build("0.2.0", "https://r.example", "a.deb", "  ", "", "d", "k")

    def test_the_command_reads_the_sig_beside_the_artifact(self):
        with tempfile.TemporaryDirectory() as d:
            deb = os.path.join(d, "Switchboard_0.3.0_amd64.deb")
            open(deb, "wb").write(b"deb")
            open(deb + ".sig", "w").write("U0lH")
            out = subprocess.run(
                [sys.executable, manifest.__file__, "--version", "0.3.0", "--base-url", "http://127.0.0.1:1/x",
                 "--artifact", deb, "--date", "2026-12-02T00:00:00Z"],
                capture_output=True, text=True, check=True)
            m = json.loads(out.stdout)
            self.assertEqual(m["platforms"]["linux-x86_64-deb"]["signature"], "U0lH")
            missing = subprocess.run(
                [sys.executable, manifest.__file__, "--version", "0.3.0", "--base-url", "http://h/x",
                 "--artifact", deb + ".nope"], capture_output=True, text=True)
            self.assertEqual(missing.returncode, 1)
            self.assertIn("manifest: error", missing.stderr)


if __name__ == "__main__":
    unittest.main()
