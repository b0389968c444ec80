"""Exports open in the tools they are for, say the same as the records, and stay inert."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
import subprocess
import sys

import pytest
from conftest import ROOT, minimal

from opsatlas.catalogue.store import RecordStore
from opsatlas.catalogue.validate import load_file
from opsatlas.exports import export_bytes, figure_rows, write_export
from opsatlas.exports.writers import neutralise
from opsatlas.records.schema import Operation, json_schema

LONG = "x" * 10_000
EVIL = '=HYPERLINK("http://evil.example","click") </script><script>alert(1)</script><img src=x onerror=alert(2)>'


@pytest.fixture(scope="module")
def records():
    cat = RecordStore().load_all()
    assert cat.problems == ()
    return list(cat.records.values())


@pytest.fixture
def hostile(write_record):
    text = minimal("evil-op").replace("summary: A test record.", f"summary: '{LONG}'")
    text = text.replace("publisher: A publisher", "publisher: '+cmd|'' /C calc''!A0'")
    text += ("places:\n  - {id: esp, name: 'España — 西班牙 — إسبانيا', precision: country, country: ESP}\n"
             "claims:\n"
             f"  - id: c1\n    metric: arrests\n    count: 2\n    place: esp\n    source: s1\n    quote: '{EVIL.replace(chr(39), chr(39) * 2)}'\n"
             "    note: '-2+3'\n"
             "  - {id: c2, metric: arrests, count: 5, source: s1, quote: '@SUM(A1:A9) Задержаны пять человек'}\n")
    result = load_file(write_record(text, "evil-op"))
    assert result.problems == [], [str(p) for p in result.problems]
    return result.record


def test_csv_has_a_row_per_claim_and_opens_as_csv(records):
    data = export_bytes(records, "csv").decode("utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(data)))
    assert len(rows) == sum(len(op.claims) for op in records)
    masnou = next(r for r in rows if (r["operation_id"], r["claim_id"]) == ("vibora-2025", "el-masnou-arrest"))
    assert masnou["precision"] == "point" and masnou["within"] == "barcelona-province > esp"
    assert masnou["source_url"].startswith("https://") and "El Masnou" in masnou["quote"]
    pan = next(r for r in rows if (r["operation_id"], r["claim_id"]) == ("vibora-2025", "pan-arrests"))
    assert pan["disputed"] == "True" and pan["dispute_ids"] == "panama"


def test_json_round_trips_to_the_same_records(records):
    doc = json.loads(export_bytes(records, "json"))
    again = [Operation.model_validate(d) for d in doc["operations"]]
    assert {op.id: op for op in again} == {op.id: op for op in records}


def test_geojson_features_are_placed_figures(records):
    doc = json.loads(export_bytes(records, "geojson"))
    assert doc["type"] == "FeatureCollection"
    placed = [r for r in figure_rows(records) if r["place_id"]]
    assert len(doc["features"]) == len(placed)
    by_id = {f["id"]: f for f in doc["features"]}
    masnou = by_id["vibora-2025/el-masnou-arrest"]
    lon, lat = masnou["geometry"]["coordinates"]
    assert masnou["geometry"]["type"] == "Point" and 41 < lat < 42 and 2 < lon < 3
    assert by_id["vibora-2025/esp-arrests-ap"]["geometry"]["type"] in ("Polygon", "MultiPolygon")
    assert by_id["vibora-2025/barcelona-arrests"]["properties"]["anchor"].startswith("the ring's centre")
    assert by_id["vibora-2025/latam-arrests"]["geometry"] is None  # a region: listed, not located
    for f in doc["features"]:
        if f["geometry"] and f["geometry"]["type"] == "Point":
            x, y = f["geometry"]["coordinates"]
            assert -180 <= x <= 180 and -90 <= y <= 90


def test_sqlite_opens_with_related_tables(records, tmp_path):
    out = tmp_path / "atlas.sqlite"
    write_export(records, "sqlite", out)
    con = sqlite3.connect(out)
    con.execute("PRAGMA foreign_keys = ON")
    tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type IN ('table', 'view')")}
    assert {"operations", "sources", "places", "claims", "phases", "links", "disputes", "figures"} <= tables
    assert con.execute("PRAGMA foreign_key_check").fetchall() == []
    assert con.execute("SELECT count(*) FROM claims").fetchone()[0] == sum(len(op.claims) for op in records)
    row = con.execute("SELECT count, place, publisher FROM figures WHERE operation_id = 'vibora-2025' "
                      "AND claim_id = 'barcelona-arrests'").fetchone()
    assert row[0] == 3 and row[1] == "Barcelona (province)" and "Catalunya Press" in row[2]
    con.close()


def test_sqlite_opens_in_the_sqlite3_program(records, tmp_path):
    import shutil

    if shutil.which("sqlite3") is None:
        pytest.skip("the sqlite3 program is not installed")
    out = tmp_path / "atlas.sqlite"
    write_export(records, "sqlite", out)
    res = subprocess.run(["sqlite3", str(out), "SELECT count(*) FROM operations;"], capture_output=True, text=True,
                         check=True)
    assert res.stdout.strip() == str(len(records))


@pytest.mark.parametrize("fmt", ["csv", "json", "geojson", "sqlite"])
def test_same_records_same_bytes(records, fmt):
    assert export_bytes(records, fmt) == export_bytes(list(reversed(records)), fmt)


def test_neutralise():
    assert neutralise("=1+1") == "'=1+1" and neutralise("+1") == "'+1" and neutralise("-2") == "'-2"
    assert neutralise("@x") == "'@x" and neutralise("plain") == "plain" and neutralise(5) == 5


def test_hostile_record_exports_safely(hostile):
    rows = list(csv.reader(io.StringIO(export_bytes([hostile], "csv").decode("utf-8-sig"))))
    cells = [cell for row in rows[1:] for cell in row]
    assert not any(cell.startswith(("=", "+", "-", "@")) for cell in cells), "a cell would run as a formula"
    assert any(cell.startswith("'=HYPERLINK") for cell in cells) and any("Задержаны" in c for c in cells)
    assert any("西班牙" in c for c in cells)
    doc = json.loads(export_bytes([hostile], "json"))
    assert doc["operations"][0]["summary"] == LONG  # long text kept whole, as data
    geo = json.loads(export_bytes([hostile], "geojson"))
    assert geo["features"][0]["properties"]["quote"] == EVIL  # carried as a JSON string, never markup
    con_bytes = export_bytes([hostile], "sqlite")
    assert con_bytes.startswith(b"SQLite format 3")


def test_export_cli(tmp_path):
    out = tmp_path / "v.geojson"
    res = subprocess.run(check=False, args=[sys.executable, "-m", "opsatlas", "export", "--format", "geojson",
                                            "--out", str(out), "--operation", "vibora-2025"],
                         capture_output=True, text=True, cwd=ROOT)
    assert res.returncode == 0, res.stderr
    ids = {f["id"].split("/")[0] for f in json.loads(out.read_text(encoding="utf-8"))["features"]}
    assert ids == {"vibora-2025"}
    bad = subprocess.run(check=False, args=[sys.executable, "-m", "opsatlas", "export", "--format", "csv", "--out",
                                            str(tmp_path / "x.csv"), "--operation", "nope"],
                         capture_output=True, text=True, cwd=ROOT)
    assert bad.returncode == 2 and "no operation nope" in bad.stderr and not (tmp_path / "x.csv").exists()


def test_schema_command_validates_the_shipped_records(records):
    import jsonschema

    res = subprocess.run(check=True, args=[sys.executable, "-m", "opsatlas", "schema"], capture_output=True,
                         text=True, cwd=ROOT)
    schema = json.loads(res.stdout)
    assert schema == json_schema()
    for op in records:
        jsonschema.validate(json.loads(op.model_dump_json(by_alias=True, exclude_none=True)), schema)
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate({"schema_version": 1, "id": "x", "colour": "red"}, schema)


def test_new_kinds_of_fact_reach_the_exports(tmp_path):
    """Amounts and units, part_of, states, areas' codes, case status elsewhere, coordinators known
    without a quote, disputed phases and drafts each have a column in the CSV or the SQLite export."""
    import sqlite3

    from opsatlas.catalogue.store import RecordStore
    from opsatlas.exports import export_bytes, write_export

    cat = RecordStore().load_all()
    records = [cat.records["encrochat-2020"], cat.records["desert-light-2022"]]
    rows = list(csv.DictReader(io.StringIO(export_bytes(records, "csv").decode("utf-8-sig"))))
    by_id = {r["claim_id"]: r for r in rows}
    assert by_id["cocaine-tonnes"]["amount"] == "103.5" and by_id["cocaine-tonnes"]["unit"] == "tonnes"
    assert by_id["cocaine-tonnes"]["figure"] == "103.5 tonnes"
    assert by_id["arrests-197-hvt"]["part_of"] == "arrests-6558"
    assert by_id["met-132"]["replaced_by"] == "met-942" and by_id["met-132"]["state"].startswith("replaced")
    path = tmp_path / "x.sqlite"
    write_export(records, "sqlite", path)
    con = sqlite3.connect(path)
    assert con.execute("SELECT lead_country FROM operations WHERE id='encrochat-2020'").fetchone()[0] == '["FRA", "NLD"]'
    assert con.execute("SELECT count(*) FROM case_statuses").fetchone()[0] >= 2
    assert con.execute("SELECT count(*) FROM coordinators WHERE evidence_note IS NOT NULL").fetchone()[0] >= 1
    assert con.execute("SELECT count(*) FROM disputes WHERE phases IS NOT NULL").fetchone()[0] >= 2
    assert con.execute("SELECT amount, unit FROM claims WHERE id='cocaine-tonnes'").fetchone() == (103.5, "tonnes")
    assert con.execute("SELECT count(*) FROM places WHERE precision='area'").fetchone()[0] >= 4
