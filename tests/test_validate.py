"""Every kind of broken record becomes one clear `FILE:LINE: field.path: message` line."""

from __future__ import annotations

import subprocess
import sys

import pytest
from conftest import ROOT, VIBORA, minimal

from opsatlas.catalogue.validate import load_file

PLACES = """\
places:
  - {id: esp, name: Spain, precision: country, country: ESP}
  - {id: bcn, name: Barcelona (province), precision: subdivision, country: ESP, subdivision: ES-B, within: esp}
"""


def problems_of(write_record, text):
    result = load_file(write_record(text))
    assert result.record is None, "a broken record must not load"
    return result.problems


def test_shipped_vibora_is_valid():
    result = load_file(VIBORA)
    assert result.problems == []
    assert result.record is not None and result.record.id == "vibora-2025"


@pytest.mark.parametrize(
    ("extra", "path", "line", "words"),
    [
        ("colour: blue\n", "colour", 14, "unknown field"),
        ("lead_country: XYZ\n", "lead_country", 14, "ISO 3166-1 alpha-3"),
        ("lead_country: ES\n", "lead_country", 14, "did you mean ESP"),
        ("lead_country: NO\n", "lead_country", 14, "ISO 3166-1 alpha-3"),
        ("claims:\n  - {id: c1, metric: arrests, count: -3, source: s1, quote: q}\n",
         "claims[0].count", 15, "never negative"),
        ("claims:\n  - {id: c1, metric: arrests, count: 3, qualifier: unknown, source: s1, quote: q}\n",
         "claims[0]", 15, "qualifier 'unknown' takes no count"),
        ("claims:\n  - {id: c1, metric: arrests, count: 3, qualifier: range, upper: 2, source: s1, quote: q}\n",
         "claims[0]", 15, "upper"),
        ("claims:\n  - {id: c1, metric: arrests, count: 3, date: 2025-13, source: s1, quote: q}\n",
         "claims[0].date", 15, "month 13"),
        (("phases:\n  - id: p1\n    name: P\n    kind: arrests\n    start: '2025-05'\n    end: '2025-03'\n"
          "    description: d\n    evidence: [{source: s1, quote: q}]\n"), "phases[0]", 15, "before it starts"),
        ("sources_extra: 1\n", "sources_extra", 14, "unknown field"),
        ("claims:\n  - {id: c1, metric: arrested, count: 3, source: s1, quote: q}\n",
         "claims[0].metric", 15, "use one of"),
        ("claims:\n  - {id: c1, metric: arrests, count: 3, source: s1}\n", "claims[0].quote", 15, "missing"),
        ('name_variants: ["bad\\u0001text"]\n', "name_variants[0]", 14, "control character"),
    ],
)
def test_schema_problems_name_line_and_field(write_record, extra, path, line, words):
    problems = problems_of(write_record, minimal() + extra)
    match = [p for p in problems if p.path == path]
    assert match, f"expected a problem at {path}, got {[str(p) for p in problems]}"
    assert match[0].line == line
    assert words in match[0].message


def test_javascript_url_is_refused(write_record):
    text = minimal().replace("https://example.org/a", "javascript:alert(1)")
    [p] = problems_of(write_record, text)
    assert p.path == "sources[0].url" and p.line == 12 and "web address" in p.message


def test_unknown_place_reference(write_record):
    text = minimal() + "claims:\n  - {id: c1, metric: arrests, count: 3, place: nowhere, source: s1, quote: q}\n"
    [p] = problems_of(write_record, text)
    assert (p.path, p.line) == ("claims[0].place", 15)
    assert "unknown place 'nowhere'" in p.message


def test_unknown_source_reference(write_record):
    text = minimal() + "claims:\n  - {id: c1, metric: arrests, count: 3, source: s9, quote: q}\n"
    [p] = problems_of(write_record, text)
    assert p.path == "claims[0].source" and "unknown source 's9'" in p.message


def test_unknown_town_is_reported_by_the_gazetteer(write_record):
    text = minimal() + PLACES + "  - {id: x, name: Qwertyuiopville, precision: point, country: ESP, within: bcn}\n"
    [p] = problems_of(write_record, text)
    assert p.path == "places[2].name" and p.line == 17
    assert "unknown place 'Qwertyuiopville'" in p.message and "lat and lon" in p.message


def test_broken_containment_country_mismatch(write_record):
    text = minimal() + PLACES + "  - {id: x, name: Lisbon, precision: point, country: PRT, within: bcn}\n"
    [p] = problems_of(write_record, text)
    assert p.path == "places[2].within" and "is in PRT" in p.message


def test_broken_containment_wrong_order(write_record):
    text = minimal() + PLACES.replace("within: esp", "within: esp") + \
        "  - {id: fra, name: France, precision: country, country: FRA, within: bcn}\n"
    problems = problems_of(write_record, text)
    assert any(p.path == "places[2].within" and "cannot be within" in p.message for p in problems)


def test_subdivision_of_another_country(write_record):
    text = minimal() + "places:\n  - {id: x, name: X, precision: subdivision, country: PRT, subdivision: ES-B}\n"
    [p] = problems_of(write_record, text)
    assert p.path == "places[0].subdivision" and "not in PRT" in p.message


def test_disagreeing_claims_need_a_dispute(write_record):
    text = minimal() + ("claims:\n  - {id: c1, metric: arrests, count: 38, source: s1, quote: q}\n"
                        "  - {id: c2, metric: arrests, count: 39, source: s1, quote: q}\n")
    [p] = problems_of(write_record, text)
    assert p.path == "claims[1].count" and "record a dispute" in p.message
    disputed = text + ("disputes:\n  - id: d\n    title: T\n    contested: [c1, c2]\n    positions:\n"
                       "      - {says: a, claim: c1, source: s1, quote: q}\n"
                       "      - {says: b, claim: c2, source: s1, quote: q}\n")
    assert load_file(write_record(disputed)).problems == []


def test_a_part_is_not_a_rival_report_of_its_whole(write_record):
    claims = ("claims:\n  - {id: whole, metric: arrests, count: 6558, source: s1, quote: q}\n"
              "  - {id: part, metric: arrests, count: 197, part_of: whole, source: s1, quote: q}\n")
    assert load_file(write_record(minimal() + claims)).problems == []
    rival = claims.replace(", part_of: whole", "")
    [p] = problems_of(write_record, minimal() + rival)
    assert p.path == "claims[1].count" and "record a dispute" in p.message


def test_a_figure_left_unknown_is_not_contradicted_by_a_count(write_record):
    # The first claim has no count: a later counted claim of the same figure fills it in, not contradicts it.
    text = minimal() + ("claims:\n  - {id: c1, metric: arrests, qualifier: unknown, source: s1, quote: q}\n"
                        "  - {id: c2, metric: arrests, count: 39, source: s1, quote: q}\n")
    assert load_file(write_record(text)).problems == []


def test_fact_fixtures_are_valid_and_hold_the_kind_they_are_named_after():
    from opsatlas.records.vocab import METRIC, QUALIFIER

    paths = sorted((ROOT / "tests" / "fixtures" / "facts").glob("*.yaml"))
    assert paths, "tests/fixtures/facts holds one small record per kind of fact the shipped records lack"
    for path in paths:
        result = load_file(path)
        assert result.problems == [] and result.record is not None, path.name
        kind = path.stem.replace("-", "_")
        if kind in METRIC:
            assert any(c.metric == kind and c.count is not None for c in result.record.claims), path.name
        if kind in QUALIFIER:
            assert any(c.qualifier == kind for c in result.record.claims), path.name


def test_id_must_match_file_name(write_record):
    [p] = problems_of(write_record, minimal("other-id"))
    assert p.path == "id" and "rename the file" in p.message


def test_cli_validate_prints_one_line_per_problem_and_exits_1(write_record, tmp_path):
    bad = write_record(minimal() + "lead_country: XYZ\ncolour: red\n")
    good = tmp_path / "good"
    good.mkdir()
    (good / "test-op.yaml").write_text(minimal(), encoding="utf-8")
    out = subprocess.run(check=False, args=[sys.executable, "-m", "opsatlas", "validate", str(bad)], capture_output=True,
                         text=True, cwd=ROOT)
    assert out.returncode == 1
    lines = out.stdout.strip().splitlines()
    assert len(lines) == 2
    for line in lines:
        file, lineno, path, message = line.split(":", 3)
        assert file.endswith("test-op.yaml") and lineno.isdigit() and path.strip() and message.strip()
    assert "Traceback" not in out.stderr
    ok = subprocess.run(check=False, args=[sys.executable, "-m", "opsatlas", "validate", str(good)], capture_output=True,
                        text=True, cwd=ROOT)
    assert ok.returncode == 0 and ok.stdout == ""


def test_cli_validate_defaults_to_the_data_dir(tmp_path, write_record):
    write_record("id: [unclosed\n")
    out = subprocess.run(check=False, args=[sys.executable, "-m", "opsatlas", "validate"], capture_output=True, text=True,
                         cwd=ROOT, env={"OPSATLAS_DATA_DIR": str(tmp_path), "PATH": ""})
    assert out.returncode == 1
    assert "(yaml)" in out.stdout and "Traceback" not in out.stderr


def test_raw_control_character_is_a_yaml_problem_on_its_line(write_record):
    [p] = problems_of(write_record, minimal() + "name: bad\x01name\n")
    assert (p.path, p.line) == ("(yaml)", 14)
    assert "\n" not in p.message


def test_running_totals_must_replace_an_earlier_report_of_the_same_figure(write_record):
    base = minimal() + "  - {id: s2, title: Later, publisher: P, kind: newspaper, url: 'https://example.org/b', date: '2025-03'}\n"
    base += "places:\n  - {id: esp, name: Spain, precision: country, country: ESP}\n  - {id: fra, name: France, precision: country, country: FRA}\n"
    good = base + ("claims:\n  - {id: a, metric: arrests, count: 5, place: esp, source: s1, quote: q}\n"
                   "  - {id: b, metric: arrests, count: 9, place: esp, source: s2, quote: q, replaces: a}\n")
    assert load_file(write_record(good)).problems == []
    wrong_place = good.replace("place: esp, source: s2", "place: fra, source: s2")
    [p] = problems_of(write_record, wrong_place)
    assert p.path == "claims[1].replaces" and "same metric and place" in p.message
    backwards = good.replace("source: s1, quote: q}", "source: s2, quote: q}", 1).replace(
        "source: s2, quote: q, replaces", "source: s1, quote: q, replaces")
    [p] = problems_of(write_record, backwards)
    assert "only a later report can replace" in p.message
    unknown = good.replace("replaces: a", "replaces: zz")
    [p] = problems_of(write_record, unknown)
    assert "unknown claim 'zz'" in p.message


def test_a_checked_record_comes_with_its_places_and_they_are_not_resolved_again(tmp_path, monkeypatch):
    """Validation returns the record with its places located; from the record cache too, and then
    nothing resolves them again (the gazetteer's own resolver is never called)."""
    import shutil

    from opsatlas.catalogue.validate import load_file
    from opsatlas.geo import gazetteer
    from opsatlas.view import build_view

    monkeypatch.setenv("OPSATLAS_CACHE_DIR", str(tmp_path / "cache"))
    path = tmp_path / VIBORA.name
    shutil.copy(VIBORA, path)
    first = load_file(path)
    assert first.ok and first.places is not None and first.places["el-masnou"].lat is not None
    calls = []
    real = gazetteer._resolve
    monkeypatch.setattr(gazetteer, "_resolve", lambda *a, **k: calls.append(1) or real(*a, **k))
    again = load_file(path)  # a fresh record object, from the cache
    assert again.record is not first.record and again.places == first.places
    build_view(again.record, "arrests")
    assert calls == [], "places were resolved again"
