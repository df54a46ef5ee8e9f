"""Checks of the shipped catalogue and of build.py (Python 3.11 stdlib unittest).

    python3 -m unittest discover -s tools/catalogue -v

The LiteLLM table is looked up at $LITELLM_PRICES, else at
../shared/fixtures/prices/model_prices_and_context_window.json next to the repository;
tests that need it are skipped when it is absent.
"""

from __future__ import annotations

import json
import os
import sys
import unittest
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
sys.path.insert(0, str(HERE))

import build  # noqa: E402

CATALOGUE = REPO / "src-tauri" / "crates" / "core" / "data" / "catalogue.json"
FIXTURE = Path(
    os.environ.get(
        "LITELLM_PRICES",
        REPO.parent / "shared" / "fixtures" / "prices" / "model_prices_and_context_window.json",
    )
)

MODEL_KEYS = ["vendor", "id", "name", "context_window", "max_output", "price",
              "capabilities", "quality", "litellm_key"]
PRICE_KEYS = ["input", "output", "cache_read", "cache_write", "reasoning"]
CAPABILITY_KEYS = ["vision", "tools", "reasoning"]
TASKS = ["code", "reasoning", "planning", "writing", "summarize", "translate", "chat"]


def load_fixture() -> dict:
    return json.loads(FIXTURE.read_text(encoding="utf-8"))


class ShippedCatalogue(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.text = CATALOGUE.read_text(encoding="utf-8")
        cls.cat = json.loads(cls.text)
        cls.refs = {f"{m['vendor']}/{m['id']}": m for m in cls.cat["models"]}

    def test_output_parses_with_keys_in_order(self):
        self.assertEqual(list(self.cat), ["schema", "source", "vendors", "models", "routes"])
        self.assertEqual(self.cat["schema"], 1)
        self.assertEqual(
            list(self.cat["source"]),
            ["name", "version", "licence", "url", "retrieved", "note"],
        )
        self.assertEqual(self.cat["source"]["version"], "1.109.1")
        self.assertEqual(self.cat["source"]["licence"], "MIT")
        for vendor in self.cat["vendors"]:
            self.assertEqual(
                list(vendor), ["id", "name", "base_url", "hosts", "needs_key", "tokenizer"]
            )
            self.assertIn(vendor["tokenizer"], ("openai", "estimate"))
        self.assertEqual(list(self.cat["routes"]), TASKS)

    def test_every_model_has_all_fields(self):
        vendors = {v["id"] for v in self.cat["vendors"]}
        self.assertEqual(len(self.refs), len(self.cat["models"]), "no model twice")
        self.assertTrue(25 <= len(self.cat["models"]) <= 35, len(self.cat["models"]))
        for ref, m in self.refs.items():
            with self.subTest(ref):
                self.assertEqual(list(m), MODEL_KEYS)
                self.assertIn(m["vendor"], vendors)
                self.assertFalse(m["id"].startswith(m["vendor"] + "/"), "id without vendor prefix")
                self.assertTrue(m["name"])
                for limit in ("context_window", "max_output"):
                    self.assertIsInstance(m[limit], int)
                    self.assertGreater(m[limit], 0)
                self.assertEqual(list(m["price"]), PRICE_KEYS)
                self.assertEqual(list(m["capabilities"]), CAPABILITY_KEYS)
                self.assertTrue(all(isinstance(v, bool) for v in m["capabilities"].values()))
                self.assertEqual(list(m["quality"]), TASKS)
                for tier in m["quality"].values():
                    self.assertIsInstance(tier, int)
                    self.assertTrue(1 <= tier <= 5)
                self.assertTrue(m["litellm_key"] is None or isinstance(m["litellm_key"], str))
                if m["litellm_key"] is None:
                    self.assertEqual(m["vendor"], "ollama", "only local models lack a LiteLLM row")

    def test_every_vendor_has_models(self):
        for vendor in self.cat["vendors"]:
            self.assertTrue(
                any(m["vendor"] == vendor["id"] for m in self.cat["models"]), vendor["id"]
            )

    def test_prices_are_non_negative_numbers(self):
        for ref, m in self.refs.items():
            with self.subTest(ref):
                for kind in PRICE_KEYS:
                    value = m["price"][kind]
                    if kind in ("input", "output"):
                        self.assertIsNotNone(value)
                    if value is not None:
                        self.assertIsInstance(value, (int, float))
                        self.assertNotIsInstance(value, bool)
                        self.assertGreaterEqual(value, 0)
                if m["price"]["reasoning"] is not None:
                    self.assertNotEqual(m["price"]["reasoning"], m["price"]["output"])

    def test_local_models_are_free_and_keyless(self):
        ollama = next(v for v in self.cat["vendors"] if v["id"] == "ollama")
        self.assertFalse(ollama["needs_key"])
        self.assertIn("localhost:11434", ollama["hosts"])
        for m in self.cat["models"]:
            if m["vendor"] == "ollama":
                self.assertEqual((m["price"]["input"], m["price"]["output"]), (0, 0))
            else:
                self.assertGreater(m["price"]["output"], 0, m["id"])

    def test_every_route_entry_exists(self):
        for task, route in self.cat["routes"].items():
            with self.subTest(task):
                self.assertTrue(8 <= len(route) <= 14, len(route))
                self.assertEqual(len(set(route)), len(route), "no entry twice")
                for ref in route:
                    self.assertIn(ref, self.refs)

    def test_every_route_serves_a_single_vendor_key(self):
        vendors = {v["id"] for v in self.cat["vendors"]}
        for task, route in self.cat["routes"].items():
            with self.subTest(task):
                self.assertEqual({r.split("/", 1)[0] for r in route}, vendors)

    def test_per_million_conversion_for_a_known_row(self):
        mini = self.refs["openai/gpt-4.1-mini"]
        self.assertEqual(mini["price"]["input"], 0.4)
        self.assertEqual(mini["price"]["output"], 1.6)
        self.assertEqual(mini["price"]["cache_read"], 0.1)
        self.assertEqual(mini["litellm_key"], "gpt-4.1-mini")


class NoDeprecatedModels(unittest.TestCase):
    def test_shipped_rows_are_not_deprecated(self):
        if not FIXTURE.exists():
            self.skipTest(f"LiteLLM table not found at {FIXTURE}")
        table = load_fixture()
        cat = json.loads(CATALOGUE.read_text(encoding="utf-8"))
        for m in cat["models"]:
            key = m["litellm_key"]
            if key is None:
                continue
            with self.subTest(key):
                self.assertIn(key, table)
                deprecation = table[key].get("deprecation_date")
                if deprecation is not None:
                    self.assertGreaterEqual(deprecation, build.BUILD_DATE, "already deprecated")
                    if key not in build.ALLOW_DEPRECATION_BEFORE_2027:
                        self.assertGreaterEqual(deprecation, build.PREFER_AFTER)

    def test_build_refuses_deprecated_rows(self):
        row = {"mode": "chat", "input_cost_per_token": 1e-06, "output_cost_per_token": 2e-06}
        build.check_row("x", row)
        with self.assertRaises(build.BuildError):
            build.check_row("x", {**row, "deprecation_date": "2026-10-23"})
        with self.assertRaises(build.BuildError):
            build.check_row("x", {**row, "deprecation_date": "2026-12-11"})
        build.check_row("x", {**row, "deprecation_date": "2027-04-01"})
        with self.assertRaises(build.BuildError):
            build.check_row("x", {**row, "supported_endpoints": ["/v1/responses"]})


class Conversion(unittest.TestCase):
    def test_per_token_to_per_million(self):
        self.assertEqual(build.per_million(4e-07), 0.4)
        self.assertEqual(build.per_million(1.6e-06), 1.6)
        self.assertEqual(build.per_million(1e-07), 0.1)
        self.assertEqual(build.per_million(3.75e-08), 0.0375)
        self.assertEqual(build.per_million(1.234567e-06), 1.23457, "6 significant digits")
        self.assertEqual(build.per_million(0.0), 0.0)
        self.assertIsNone(build.per_million(None))
        with self.assertRaises(build.BuildError):
            build.per_million(-1e-06)


class Regenerate(unittest.TestCase):
    def test_build_is_deterministic_and_matches_the_shipped_file(self):
        if not FIXTURE.exists():
            self.skipTest(f"LiteLLM table not found at {FIXTURE}")
        table = load_fixture()
        retrieved = json.loads(CATALOGUE.read_text(encoding="utf-8"))["source"]["retrieved"]
        first = build.render(build.build(table, retrieved))
        second = build.render(build.build(load_fixture(), retrieved))
        self.assertEqual(first, second)
        self.assertEqual(
            first, CATALOGUE.read_text(encoding="utf-8"),
            "catalogue.json is stale: rerun tools/catalogue/build.py",
        )


if __name__ == "__main__":
    unittest.main()
