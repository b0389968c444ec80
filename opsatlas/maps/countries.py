"""Country layers: the grey world base and the countries shaded by the chosen metric."""

from __future__ import annotations

from typing import Any

import pydeck as pdk

from ..geo import boundaries
from ..reconcile import CountryFigure
from ..records.schema import METRIC_LABELS
from ..view import OperationView
from .style import BASE_BOUNDARIES_URL, INVOLVED_FIGURES, INVOLVED_OTHER, LAND, SELECTED_LINE, sources_text
from .symbols import country_marks


def country_tooltip(view: OperationView, c: CountryFigure) -> str:
    label = METRIC_LABELS[view.metric]
    if c.status == "counted" and c.figure is not None:
        text = f"{c.name}: {c.figure.phrase(view.metric)} (stated)"
        if c.placed_below:
            text += f", {c.placed_below} of them placed in provinces or towns"
        return f"{text}\nSources: {sources_text(view, c.figure.sources)}"
    if c.status == "at_least" and c.figure is not None:
        return f"{c.name}: {c.figure.phrase(view.metric)} (sum of the provinces and towns named; no national figure)"
    if c.status == "under_way" and c.figure is not None:
        return (f"{c.name}: {c.figure.text} {label} under way by then (the events had begun, not all ended); "
                f"not counted yet\nSources: {sources_text(view, c.figure.sources)}")
    if c.status == "named" and c.figure is not None:
        return f"{c.name}: {label} reported, count not given\nSources: {sources_text(view, c.figure.sources)}"
    disputed = ", ".join(f.text for f in c.disputed_figures)
    return f"{c.name}: {label} disputed — {disputed} in one source, contradicted by others; not added to any total"

def _involvement_features(view: OperationView) -> list[dict[str, Any]]:
    shapes = boundaries.countries()
    features = []
    for inv in view.involvement:
        shape = shapes.get(inv.iso3)
        if shape is None:
            continue
        with_figures = any(not r.startswith(("phase:", "coordinator:", "link", "lead")) for r in inv.roles)
        features.append({
            "type": "Feature",
            "geometry": shape.geometry,
            "properties": {
                "iso3": inv.iso3, "status": "figures" if with_figures else "other",
                "fill": list(INVOLVED_FIGURES if with_figures else INVOLVED_OTHER), "line": [60, 60, 60, 255],
                "width": 1, "tooltip": f"{inv.name}: " + "; ".join(inv.roles),
            },
        })
    return features

def _country_features(view: OperationView) -> list[dict[str, Any]]:
    if view.map_metric == "involvement":
        return _involvement_features(view)
    shapes = boundaries.countries()
    features = []
    for m in country_marks(view):
        c = view.figures.country(m.iso3)
        assert c is not None
        features.append({
            "type": "Feature",
            "geometry": shapes[m.iso3].geometry,
            "properties": {
                "iso3": m.iso3, "status": m.status, "fill": list(m.fill), "line": list(m.line),
                "width": m.width, "tooltip": country_tooltip(view, c),
            },
        })
    return features

def choropleth_layer(view: OperationView, focus: str | None = None) -> pdk.Layer:
    """Countries shaded by the metric; with `focus`, only that country (the close-up needs no more)."""
    features = [f for f in _country_features(view) if focus is None or f["properties"]["iso3"] == focus]
    return pdk.Layer(
        "GeoJsonLayer",
        id="countries-figures",
        data={"type": "FeatureCollection", "features": features},
        pickable=True,
        stroked=True,
        filled=True,
        get_fill_color="properties.fill",
        get_line_color="properties.line",
        get_line_width="properties.width",
        line_width_units="'pixels'",
        auto_highlight=True,
    )

def base_layer(focus: str | None = None) -> pdk.Layer:
    """Every country, grey, from the shipped boundaries (fetched from the app's own server, once:
    a close-up carries only the few countries around its focus, so that the browser does not
    fetch and tessellate the whole world a second time)."""
    data: Any = BASE_BOUNDARIES_URL
    if focus is not None and boundaries.features_near(focus):
        data = {"type": "FeatureCollection", "features": list(boundaries.features_near(focus))}
    return pdk.Layer(
        "GeoJsonLayer",
        id="countries-base",
        data=data,
        stroked=True,
        filled=True,
        get_fill_color=list(LAND),
        get_line_color=[255, 255, 255, 255],
        line_width_min_pixels=0.5,
        pickable=False,
    )


def selected_layer(iso3: str) -> pdk.Layer:
    """A thick dark outline around the country the reader picked."""
    shape = boundaries.countries().get(iso3)
    features = [{"type": "Feature", "geometry": shape.geometry, "properties": {"iso3": iso3}}] if shape else []
    return pdk.Layer(
        "GeoJsonLayer",
        id="selected-country",
        data={"type": "FeatureCollection", "features": features},
        stroked=True,
        filled=False,
        get_line_color=list(SELECTED_LINE),
        get_line_width=4,
        line_width_units="'pixels'",
        pickable=False,
    )
