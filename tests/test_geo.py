"""Offline gazetteer, regions, boundaries, and the cached optional geocoder (never online here)."""

from __future__ import annotations

import json

import pytest
from geopy.distance import geodesic

from opsatlas.geo import boundaries
from opsatlas.geo.gazetteer import find_city, resolve_places
from opsatlas.geo.geocode import CachedGeocoder
from opsatlas.geo.regions import region, regions


def test_vibora_places_resolve_offline(vibora):
    places, findings = resolve_places(vibora)
    assert findings == []
    masnou = places["el-masnou"]
    assert masnou.iso3 == "ESP" and masnou.chain == ("el-masnou", "barcelona-province", "esp")
    # El Masnou is on the coast about 15 km north-east of Barcelona
    assert geodesic((masnou.lat, masnou.lon), (41.39, 2.17)).km < 25
    assert places["jaen-province"].subdivision == "ES-J"
    assert "ring" in places["sevilla-province"].basis
    assert places["esp"].precision == "country" and "Natural Earth" in places["esp"].basis
    assert set(places["latin-america-targets"].members) == {"ARG", "BOL", "BRA", "CRI", "SLV", "HND", "PRY"}
    assert "POL" in places["eastern-europe"].members and "ESP" not in places["eastern-europe"].members


def test_find_city_ignores_accents_and_case_and_ranks_by_population():
    jaen = find_city("jaen", "ES")
    assert jaen is not None and jaen["countrycode"] == "ES" and jaen["name"] == "Jaén"
    assert find_city("Jaén", "PE")["countrycode"] == "PE"
    assert find_city("No Such Town Anywhere", "ES") is None


def test_m49_regions():
    _name, members = region("latin-america")
    assert {"PAN", "BRA", "MEX", "CUB"} <= set(members) and "USA" not in members and "ESP" not in members
    assert region("eastern-europe")[0] == "Eastern Europe"
    assert "NAM" in region("southern-africa")[1]  # Namibia's code 'NA' must not become a missing value
    assert region("atlantis") is None
    assert list(regions()) == sorted(regions())


def test_boundaries_have_codes_and_label_points():
    countries = boundaries.countries()
    assert len(countries) >= 170
    esp = countries["ESP"]
    assert 36 < esp.label_lat < 44 and -9 < esp.label_lon < 3  # mainland Spain, not the Canaries
    assert "MLT" not in countries  # too small at 1:110m: listed, not drawn
    raw = json.loads(boundaries.BOUNDARIES_FILE.read_text(encoding="utf-8"))
    codes = [f["properties"]["iso3"] for f in raw["features"] if f["properties"]["iso3"]]
    assert codes == sorted(codes), "features are sorted by code so output is stable"


def test_static_copy_of_boundaries_matches_data():
    from conftest import ROOT

    assert (ROOT / "static" / "countries-110m.geojson").read_bytes() == boundaries.BOUNDARIES_FILE.read_bytes()


class CountingGeocoder:
    """A stand-in for Nominatim that counts calls; tests never reach the network."""

    def __init__(self, answer):
        self.answer = answer
        self.calls = 0

    def geocode(self, query, **kwargs):
        self.calls += 1
        return self.answer


class _Loc:
    latitude, longitude = 40.1, -3.2


def test_geocoder_off_by_default_asks_nobody(tmp_path):
    fake = CountingGeocoder(_Loc())
    g = CachedGeocoder(cache_path=tmp_path / "c.json", online=False, geocoder=fake)
    assert g.lookup("Somewhere", "ES") is None
    assert fake.calls == 0 and not (tmp_path / "c.json").exists()


def test_geocoder_caches_answers_and_misses(tmp_path):
    path = tmp_path / "c.json"
    fake = CountingGeocoder(_Loc())
    g = CachedGeocoder(cache_path=path, online=True, geocoder=fake)
    assert g.lookup("Somewhere", "ES") == (40.1, -3.2)
    assert g.lookup("somewhere ", "es") == (40.1, -3.2)
    assert fake.calls == 1
    offline = CachedGeocoder(cache_path=path, online=False)
    assert offline.lookup("Somewhere", "ES") == (40.1, -3.2)
    miss = CountingGeocoder(None)
    g2 = CachedGeocoder(cache_path=path, online=True, geocoder=miss)
    assert g2.lookup("Nowhere", "ES") is None and g2.lookup("Nowhere", "ES") is None
    assert miss.calls == 1


@pytest.mark.parametrize("lat,lon", [(95.0, 10.0), (10.0, 190.0)])
def test_geocoder_refuses_out_of_range_answers(tmp_path, lat, lon):
    class Bad:
        latitude, longitude = lat, lon

    g = CachedGeocoder(cache_path=tmp_path / "c.json", online=True, geocoder=CountingGeocoder(Bad()))
    assert g.lookup("X", "ES") is None


def test_a_region_is_not_anchored_on_a_few_of_its_parts():
    """Grand Est's one department found by name (through a village that shares the Aube's name, in
    Normandy) once put its ring in Normandy: a mean of less than half the parts is no anchor."""
    from opsatlas.geo.gazetteer import subdivision_anchor

    assert subdivision_anchor("FR-GES") is None
    assert subdivision_anchor("FR-GES", "Strasbourg") is not None  # a record's `seat` still works
    andalucia = subdivision_anchor("ES-AN")
    assert andalucia is not None and "8 subdivisions" in andalucia[2]


def test_kosovo_has_the_code_in_common_use_everywhere():
    """XKX is not ISO 3166-1, but Europol and INTERPOL operations name Kosovo: the schema, the
    gazetteer and the boundaries all know it (declared once in records.vocab)."""
    import json

    from opsatlas.geo.gazetteer import country_name, iso2_of
    from opsatlas.records.schema import _iso3

    assert _iso3("XKX") == "XKX"
    assert country_name("XKX") == "Kosovo" and iso2_of("XKX") == "XK"
    doc = json.loads(boundaries.BOUNDARIES_FILE.read_text(encoding="utf-8"))
    assert [f["properties"]["name"] for f in doc["features"] if f["properties"]["iso3"] == "XKX"] == ["Kosovo"]
    with pytest.raises(ValueError):
        _iso3("XKZ")  # an unassigned code is still refused
