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
