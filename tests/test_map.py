"""The map is a JSON document: compared with a stored golden file, and checked for what it must hold."""

from __future__ import annotations

import json
import os

from conftest import ROOT

from opsatlas.maps import build_deck, close_up_country, legend_svg
from opsatlas.view import build_view

GOLDEN = ROOT / "tests" / "golden"


def _check_golden(name: str, text: str) -> None:
    # The deck is sent compact; the golden file is indented so that a change reads as a diff.
    assert "\n" not in text, "the deck JSON should be compact (it travels on every rerun)"
    text = json.dumps(json.loads(text), sort_keys=True, indent=2)
    path = GOLDEN / name
    if os.environ.get("UPDATE_GOLDEN") == "1":
        path.write_text(text, encoding="utf-8")
    assert path.read_text(encoding="utf-8") == text, f"{name} changed: rerun with UPDATE_GOLDEN=1 if intended"


def test_world_map_matches_golden(vibora_view):
    _check_golden("vibora-2025.map.json", build_deck(vibora_view).to_json())


def test_close_up_matches_golden(vibora_view):
    assert close_up_country(vibora_view) == "ESP"
    _check_golden("vibora-2025.close-up-esp.json", build_deck(vibora_view, focus="ESP").to_json())


def test_same_record_same_bytes(vibora):
    assert build_deck(build_view(vibora)).to_json() == build_deck(build_view(vibora)).to_json()


def test_layers_hold_what_the_reader_needs(vibora_view):
    deck = json.loads(build_deck(vibora_view).to_json())
    layers = {layer["id"]: layer for layer in deck["layers"]}
    assert list(layers) == ["countries-base", "countries-figures", "links", "arrests-subdivisions",
                            "arrests-points", "labels", "region-labels"]
    # no outside host: the style and the base boundaries come from the app's own static files
    assert deck["mapStyle"] == "app/static/style.json"
    assert layers["countries-base"]["data"] == "app/static/countries-110m.geojson"
    assert deck.get("mapboxKey") in (None, "")
    # text-only tooltips (pydeck keeps the tooltip beside the JSON; Streamlit reads it from there)
    assert build_deck(vibora_view)._tooltip == {"text": "{tooltip}"}
    statuses = {f["properties"]["iso3"]: f["properties"]["status"]
                for f in layers["countries-figures"]["data"]["features"]}
    assert statuses["ESP"] == "counted" and statuses["PAN"] == "disputed" and statuses["BRA"] == "named"
    assert len(statuses) == 13
    rings = {r["id"] for r in layers["arrests-subdivisions"]["data"]}
    assert rings == {"barcelona-province", "sevilla-province", "valladolid-province", "murcia-province",
                     "jaen-province"}
    assert [p["id"] for p in layers["arrests-points"]["data"]] == ["el-masnou"]
    # never a pin on a capital for a country-only figure: no point or ring sits in Madrid or San Salvador
    for row in layers["arrests-subdivisions"]["data"] + layers["arrests-points"]["data"]:
        lon, lat = row["position"]
        assert abs(lat - 40.42) + abs(lon + 3.70) > 0.5 and abs(lat - 13.69) + abs(lon + 89.19) > 0.5
    assert {a["id"] for a in layers["links"]["data"]} == {"health-worker-payments", "chile-presentation",
                                                           "expansion-latin-america"}
    labels = {r["id"]: r["text"] for r in layers["labels"]["data"]}
    assert labels["ESP"] == "7" and labels["SLV"] == "3" and labels["BRA"] == "?" and labels["PAN"] == "disputed"


def test_disputed_country_is_not_drawn_like_a_counted_one(vibora_view):
    deck = json.loads(build_deck(vibora_view).to_json())
    feats = {f["properties"]["iso3"]: f["properties"] for f in deck["layers"][1]["data"]["features"]}
    assert feats["PAN"]["fill"][3] == 0  # no fill, only the orange outline
    assert feats["PAN"]["width"] > feats["ESP"]["width"]
    assert "disputed" in feats["PAN"]["tooltip"] and "not added" in feats["PAN"]["tooltip"]


def test_involvement_map(vibora):
    deck = json.loads(build_deck(build_view(vibora, "involvement")).to_json())
    feats = {f["properties"]["iso3"]: f["properties"] for f in deck["layers"][1]["data"]["features"]}
    assert feats["CHL"]["status"] == "other"  # Chile: a meeting, no figures
    assert feats["ESP"]["status"] == "figures"


def test_legend_names_every_symbol(vibora_view):
    svg = legend_svg(vibora_view)
    for words in ("stated count", "count not given", "disagree", "province", "town", "link"):
        assert words in svg


def test_boundaries_are_fetched_once_per_page(vibora_view):
    """The world map fetches the world's boundaries by URL; the close-up carries its few
    neighbours inline instead of fetching and drawing the whole world a second time."""
    from opsatlas.maps.style import BASE_BOUNDARIES_URL

    world = json.loads(build_deck(vibora_view).to_json())
    close = json.loads(build_deck(vibora_view, focus="ESP").to_json())
    assert world["layers"][0]["data"] == BASE_BOUNDARIES_URL
    near = {f["properties"]["iso3"] for f in close["layers"][0]["data"]["features"]}
    assert {"ESP", "PRT", "FRA", "MAR"} <= near and len(near) < 20
    assert BASE_BOUNDARIES_URL not in json.dumps(close)


def test_the_initial_view_frames_every_figure_on_a_phone_wide_map():
    """At the narrowest map the app draws (FIT_WIDTH px, a 390-px phone), every place with a figure
    lies inside the initial view: Trojan Shield's New Zealand included."""
    from opsatlas.catalogue.store import RecordStore
    from opsatlas.maps.deck import FIT_WIDTH, view_state
    from opsatlas.maps.labels import mercator_px
    from opsatlas.view import build_view

    for op in RecordStore().load_all().records.values():
        view = build_view(op)
        state = view_state(view, None, FIT_WIDTH, 520)
        cx, cy = mercator_px(state.latitude, state.longitude, state.zoom)
        for c in op.claims:
            p = view.places.get(c.place) if c.place else None
            if p is None or p.lat is None or p.precision == "region":
                continue
            x, y = mercator_px(p.lat, p.lon, state.zoom)
            assert abs(x - cx) <= FIT_WIDTH / 2 and abs(y - cy) <= 260, (op.id, p.id, round(x - cx), round(y - cy))
