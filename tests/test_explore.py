"""Linking logic without a browser: replay steps, windows, one country's figures, URL state round trips."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date

import pytest

from opsatlas.explore import country_events, country_figures, phase_window, phases_of_country, replay_steps
from opsatlas.reconcile import Window
from opsatlas.reconcile.rules import STATE_WORDS
from opsatlas.catalogue.store import RecordStore
from opsatlas.urlstate import MODES, PRECISIONS, ExploreState, from_query, to_query
from opsatlas.view import build_view, metrics_of, primary_metric


@pytest.fixture(scope="module")
def records():
    return RecordStore().load_all().records


def _steps(op):
    return [s.day for s in replay_steps(op)]


def _countries(op):
    return sorted({p.country for p in op.places if p.country} | {c for ph in op.phases for c in ph.countries})


def test_replay_steps_of_vibora(vibora):
    steps = replay_steps(vibora)
    days = [s.day for s in steps]
    assert days == sorted(days) and len(days) == len(set(days))
    assert days[0] == date(2024, 12, 31)  # 'late 2024' is known only to the year: it can begin as late as 31 Dec
    assert date(2025, 5, 31) in days and days[-1] >= date(2025, 6, 6)
    assert any("Arrests ends" in s.label for s in steps)


def test_phase_window(vibora):
    assert phase_window(vibora, "arrests") == Window(date(2025, 3, 1), date(2025, 5, 31))
    assert phase_window(vibora, "detection") == Window(date(2024, 1, 1), date(2024, 12, 31))
    assert phase_window(vibora, "nope") is None


def test_windows_count_only_what_had_happened(vibora):
    mid = build_view(vibora, window=Window(None, date(2025, 4, 15))).figures
    assert mid.headline["total"] is None and "arrests-total-ap" in mid.under_way  # March to May: under way
    end = build_view(vibora, window=Window(None, date(2025, 5, 31))).figures
    assert end.headline["total"].count == 20 and end.country("ESP").value == 7
    arrests = build_view(vibora, window=phase_window(vibora, "arrests")).figures
    assert arrests.country("ESP").value == 7 and arrests.country("SLV") is None  # SLV's 3 are dated by report


def test_country_figures_and_events(vibora, vibora_view):
    rows = country_figures(vibora_view, "ESP")
    assert len(rows) == len([c for c in vibora.claims if c.place and vibora_view.places[c.place].iso3 == "ESP"])
    assert set(rows["place"]) >= {"Spain", "El Masnou", "Barcelona (province)"}
    assert all(q for q in rows["quote"]) and (rows["url"].str.startswith("https://") | (rows["url"] == "")).all()
    assert country_figures(vibora_view, "PAN")["status"].tolist() == [STATE_WORDS["disputed"]]
    assert "arrests" in phases_of_country(vibora, "ESP", vibora_view)
    events = country_events(vibora, "ESP", vibora_view)
    assert events and events[0][:2] == (date(2025, 3, 1), date(2025, 5, 31))


def _random_state(rng, op):
    return ExploreState(
        op=op.id,
        metric=rng.choice(metrics_of(op)),
        step=rng.choice([None, *_steps(op)]),
        mode=rng.choice(MODES),
        phase=rng.choice([None, *[p.id for p in op.phases]]),
        precision=rng.choice(PRECISIONS),
        country=rng.choice([None, *_countries(op)]),
        start=rng.choice([None, date(2024, 12, 1)]),
        end=date(2025, 4, 30),
        lat=rng.choice([None, 12.3456]),
        lon=-45.6789,
        zoom=3.25,
    )


def test_state_url_state_round_trip(records):
    rng = random.Random(42)
    for _ in range(200):
        op = records[rng.choice(sorted(records))]
        state = _random_state(rng, op)
        if state.lat is None:
            state = replace(state, lon=None, zoom=None)
        if state.start is None:
            state = replace(state, end=None)
        query = to_query(state, primary_metric(op))
        back, notices = from_query(query, records, "vibora-2025", metrics_of, primary_metric, _steps, _countries)
        assert notices == [] and back == state, query
        assert to_query(back, primary_metric(op)) == query


@pytest.mark.parametrize("query", [
    {"op": "<script>alert(1)</script>"},
    {"op": "vibora-2025", "metric": "'; DROP TABLE"},
    {"op": "vibora-2025", "step": "2099-01-01"},
    {"op": "vibora-2025", "mode": "future"},
    {"op": "vibora-2025", "phase": "../../etc"},
    {"op": "vibora-2025", "prec": "atoms"},
    {"op": "vibora-2025", "country": "XXX"},
    {"op": "vibora-2025", "lat": "nan", "lon": "1", "zoom": "2"},
    {"op": "vibora-2025", "lat": "95", "lon": "1", "zoom": "2"},
    {"op": "vibora-2025", "lat": "1e400", "lon": "1", "zoom": "2"},
    {"op": "vibora-2025", "from": "2025-05-01", "to": "2025-01-01"},
    {"op": "vibora-2025", "from": "<x>", "to": "2025-01-01"},
])
def test_hostile_values_fall_back_with_a_notice(records, query):
    state, notices = from_query(query, records, "vibora-2025", metrics_of, primary_metric, _steps, _countries)
    assert len(notices) == 1
    default = ExploreState(op="vibora-2025", metric="arrests")
    assert state == default


def test_map_click_payloads_are_read_defensively():
    from opsatlas.ui.explore import _picked_iso3

    country = {"selection": {"objects": {"countries-figures": [{"properties": {"iso3": "ESP"}}]}}}
    ring = {"selection": {"objects": {"arrests-subdivisions": [{"id": "jaen-province", "iso3": "ESP"}]}}}
    assert _picked_iso3(country) == "ESP" and _picked_iso3(ring) == "ESP"
    for hostile in (None, {}, {"selection": None}, {"selection": {"objects": {"countries-figures": []}}},
                    {"selection": {"objects": {"countries-figures": [{"properties": {"iso3": ["ESP"]}}]}}},
                    {"selection": {"objects": "<script>"}}):
        assert _picked_iso3(hostile) is None
