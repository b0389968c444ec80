"""The summary command gives the reconciled figures, as text and as JSON."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys

from conftest import ROOT, VIBORA


def run(*args, env=None):
    full_env = {**os.environ, **(env or {})}
    return subprocess.run(check=False, args=[sys.executable, "-m", "opsatlas", *args], capture_output=True, text=True,
                          cwd=ROOT, env=full_env)


def test_summary_json_for_vibora():
    out = run("summary", "vibora-2025", "--json")
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    assert (data["arrests_total"], data["arrest_countries_total"]) == (20, 12)
    assert (data["suspects_total"], data["suspect_countries_total"]) == (68, 28)
    by_country = data["arrests_by_country"]
    assert by_country["ESP"] == 7 and by_country["SLV"] == 3
    assert by_country["BRA"] is None and "PAN" not in by_country
    assert data["arrests_unattributed"] == 10
    panama = [d for d in data["disputes"] if "PAN" in d["countries"]]
    assert len(panama) == 1 and panama[0]["contested_claims"] == ["pan-arrests"]
    assert all(p["source"]["publisher"] and p["quote"] for p in panama[0]["positions"])
    by_place = {p["place"]: p for p in data["arrests_by_place"]}
    assert by_place["el-masnou"]["part_of"] == "barcelona-province"


def test_summary_text():
    out = run("summary", "vibora-2025")
    assert out.returncode == 0
    assert "20 in 12 countries" in out.stdout and "ESP Spain: 7" in out.stdout
    assert "10 not attributed to a country" in out.stdout


def test_summary_unknown_operation():
    out = run("summary", "no-such-op")
    assert out.returncode == 2 and "no operation 'no-such-op'" in out.stderr and "vibora-2025" in out.stderr


def test_data_dir_is_taken_from_the_environment(tmp_path):
    shutil.copy(VIBORA, tmp_path / "vibora-2025.yaml")
    text = (tmp_path / "vibora-2025.yaml").read_text(encoding="utf-8")
    (tmp_path / "vibora-2025.yaml").write_text(
        text.replace("quote: leading to 20 arrests across 12 countries.", "quote: copy").replace(
            "count: 20\n    date: 2025-03/2025-05", "count: 21\n    date: 2025-03/2025-05"), encoding="utf-8")
    out = run("summary", "vibora-2025", "--json", env={"OPSATLAS_DATA_DIR": str(tmp_path)})
    # 21 against the founding article's 20 with no dispute recorded: the copy is refused, not summarised
    assert out.returncode == 1 and "record a dispute" in out.stderr


def test_validate_passes_a_draft_and_lists_each_unreviewed_item(tmp_path):
    from tests.conftest import minimal

    text = minimal().replace("name: Test operation\n", "name: Test operation\nstatus: draft\n") + (
        "places:\n  - id: esp\n    name: Spain\n    precision: country\n    country: ESP\n    unreviewed: true\n"
        "claims:\n  - id: a\n    metric: arrests\n    count: 3\n    place: esp\n    source: s1\n"
        "    quote: three arrested\n    unreviewed: true\n")
    path = tmp_path / "test-op.yaml"
    path.write_text(text, encoding="utf-8")
    out = subprocess.run([sys.executable, "-m", "opsatlas", "validate", str(path)], capture_output=True, text=True,
                         cwd=ROOT, check=False)
    assert out.returncode == 0, out.stdout + out.stderr
    lines = out.stdout.strip().splitlines()
    assert len(lines) == 2 and all("draft:" in line and "unreviewed" in line for line in lines)
    assert lines[0].split(":")[1] == "16" and "places[0]" in lines[0]  # the item's own line
    assert "1 of them draft(s), 2 item(s) to review" in out.stderr
    published = path.read_text(encoding="utf-8").replace("status: draft\n", "")
    path.write_text(published, encoding="utf-8")
    out = subprocess.run([sys.executable, "-m", "opsatlas", "validate", str(path)], capture_output=True, text=True,
                         cwd=ROOT, check=False)
    assert out.returncode == 1 and "unreviewed in a published record" in out.stdout


def test_online_geocoding_is_for_the_command_line_only(tmp_path, monkeypatch):
    """OPSATLAS_GEOCODE=online lets the CLI ask a geocoder (a fake here: tests never go online);
    the app's loading never does."""
    from opsatlas.cli import main
    from opsatlas import settings
    from opsatlas.geo import geocode
    from tests.conftest import minimal

    asked = []

    class FakeNominatim:
        def geocode(self, query, **kwargs):
            asked.append(query)
            return type("Loc", (), {"latitude": 41.5, "longitude": 2.1})()

    monkeypatch.setattr(geocode.CachedGeocoder, "_nominatim", staticmethod(lambda: FakeNominatim()))
    monkeypatch.setenv("OPSATLAS_GEOCODE", "online")
    monkeypatch.setenv("OPSATLAS_GEOCODE_CACHE", str(tmp_path / "geocode.json"))
    monkeypatch.setenv("OPSATLAS_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setattr(settings, "_online_allowed", False)
    text = minimal() + ("places:\n  - id: x\n    name: Nowhereville Zzyzx\n    precision: point\n    country: ESP\n"
                        "claims:\n  - id: a\n    metric: arrests\n    count: 1\n    place: x\n    source: s1\n"
                        "    quote: one\n")
    path = tmp_path / "test-op.yaml"
    path.write_text(text, encoding="utf-8")
    from opsatlas.catalogue.validate import load_file

    assert not load_file(path).ok and asked == []  # as the app loads: never online
    assert main(["validate", str(path)]) == 0 and asked, "the CLI asked the geocoder"
    assert (tmp_path / "geocode.json").exists()
