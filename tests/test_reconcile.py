"""Reconciliation on the Víbora record and on small records built to break it."""

from __future__ import annotations

from conftest import minimal

from opsatlas.catalogue.validate import load_file
from opsatlas.view import build_view


def test_vibora_headline_as_stated(vibora_view):
    h = vibora_view.figures.headline
    assert (h["total"].count, h["countries"].count) == (20, 12)
    assert set(h["total"].sources) == {"ap-abc", "founding-article"}  # corroborating, counted once


def test_vibora_suspects(vibora):
    s = build_view(vibora, "suspects_identified").figures
    assert (s.headline["total"].count, s.headline["countries"].count) == (68, 28)
    assert s.countries == () and s.remainder.unattributed == 68


def test_vibora_countries_and_containment(vibora_view):
    f = vibora_view.figures
    esp = f.country("ESP")
    assert esp.status == "counted" and esp.value == 7 and esp.placed_below == 7
    assert f.country("SLV").value == 3
    named = {c.iso3 for c in f.countries if c.status == "named"}
    assert named == {"HND", "CRI", "ARG", "PRY", "BRA", "BOL", "USA", "ITA", "PRT", "BGR"}
    pan = f.country("PAN")
    assert pan.status == "disputed" and pan.value is None and pan.disputed_figures[0].count == 1
    places = {p.place_id: p for p in f.places}
    assert places["el-masnou"].inside == "barcelona-province"
    assert places["barcelona-province"].figure.count == 3 and places["barcelona-province"].inside is None
    outermost = sum(p.figure.count for p in f.places if p.inside is None and not p.disputed)
    assert outermost == 7


def test_vibora_remainder(vibora_view):
    r = vibora_view.figures.remainder
    assert r.total == 20 and dict(r.attributed) == {"ESP": 7, "SLV": 3} and r.unattributed == 10
    assert len(r.spread_over) == 10 and r.possibly == ("PAN",)
    assert r.arithmetic.startswith("20 stated − 3 El Salvador − 7 Spain = 10 not attributed")
    assert "Panama" in r.arithmetic


def test_vibora_disputes_and_regions(vibora_view):
    f = vibora_view.figures
    disputes = {d.id: d for d in f.disputes}
    assert disputes["panama"].countries == ("PAN",) and disputes["panama"].contested == ("pan-arrests",)
    assert {"USA", "ITA", "PRT", "BGR"} == set(disputes["europe-us-remainder"].countries)
    regions = {r.place_id: r for r in f.regions}
    assert regions["latin-america-targets"].figure.count == 10 and regions["latin-america-targets"].disputed
    assert dict(regions["latin-america-targets"].counted_members) == {"SLV": 3}
    assert any("13 with Panama" in c for c in f.checks)


def _view(write_record, extra):
    result = load_file(write_record(minimal() + extra))
    assert result.problems == [], [str(p) for p in result.problems]
    return build_view(result.record)


PLACES = """\
places:
  - {id: esp, name: Spain, precision: country, country: ESP}
  - {id: bcn, name: Barcelona (province), precision: subdivision, country: ESP, subdivision: ES-B, within: esp}
  - {id: sev, name: Sevilla (province), precision: subdivision, country: ESP, subdivision: ES-SE, within: esp}
  - {id: masnou, name: El Masnou, precision: point, country: ESP, within: bcn}
"""


def test_provinces_without_a_national_figure_give_at_least(write_record):
    v = _view(write_record, PLACES + """claims:
  - {id: t, metric: arrests, count: 10, source: s1, quote: q}
  - {id: a, metric: arrests, count: 2, place: bcn, source: s1, quote: q}
  - {id: b, metric: arrests, count: 1, place: masnou, source: s1, quote: q}
  - {id: c, metric: arrests, count: 3, place: sev, source: s1, quote: q}
""")
    esp = v.figures.country("ESP")
    assert esp.status == "at_least" and esp.value == 5 and esp.figure.derived  # 2 + 3; El Masnou is inside
    assert v.figures.remainder.unattributed == 5
    assert "approximate" in v.figures.remainder.arithmetic


def test_places_exceeding_the_country_are_flagged(write_record):
    v = _view(write_record, PLACES + """claims:
  - {id: a, metric: arrests, count: 2, place: esp, source: s1, quote: q}
  - {id: b, metric: arrests, count: 3, place: bcn, source: s1, quote: q}
""")
    assert v.figures.country("ESP").value == 2
    assert any("more than its stated 2" in c for c in v.figures.checks)


def test_no_total_means_no_remainder(write_record):
    v = _view(write_record, PLACES + """claims:
  - {id: a, metric: arrests, count: 2, place: esp, source: s1, quote: q}
""")
    assert v.figures.remainder.unattributed is None
    assert "no total" in v.figures.remainder.arithmetic


def test_qualified_figures_keep_their_qualifier(write_record):
    v = _view(write_record, PLACES + """claims:
  - {id: t, metric: arrests, count: 100, qualifier: about, source: s1, quote: q}
  - {id: a, metric: arrests, count: 5, qualifier: at_least, place: esp, source: s1, quote: q}
""")
    assert v.figures.headline["total"].text == "about 100"
    assert v.figures.country("ESP").figure.text == "at least 5"
    assert v.figures.remainder.unattributed == 95 and "approximate" in v.figures.remainder.arithmetic


def test_disputed_total_is_not_silently_resolved(write_record):
    v = _view(write_record, """claims:
  - {id: a, metric: arrests, count: 38, source: s1, quote: q}
  - {id: b, metric: arrests, count: 39, source: s1, quote: q}
disputes:
  - id: d
    title: T
    contested: [a, b]
    positions:
      - {says: x, claim: a, source: s1, quote: q}
      - {says: y, claim: b, source: s1, quote: q}
""")
    assert v.figures.headline["total"] is None
    assert any("38 or 39" in c for c in v.figures.checks)
