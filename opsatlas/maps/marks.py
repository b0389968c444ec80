"""Marks at their own precision: rings for provinces, dots for towns, arcs for links."""

from __future__ import annotations

from typing import Any

import pydeck as pdk

from ..reconcile import PlacedFigure
from ..records.schema import METRIC_LABELS
from ..view import OperationView
from .style import ARC, POINT, RING, RING_RADIUS_M, RING_UNKNOWN, position, sources_text


def _placed_rows(view: OperationView, precision: str) -> list[dict[str, Any]]:
    label = METRIC_LABELS[view.metric]
    rows = []
    for p in view.figures.places:
        if p.precision != precision or p.lat is None or p.lon is None:
            continue
        known = p.figure.count is not None and not p.disputed
        rows.append({
            "id": p.place_id,
            "iso3": p.iso3,
            "position": position(p.lat, p.lon),
            "line": list(RING if known else RING_UNKNOWN),
            "tooltip": placed_tooltip(view, p, label),
        })
    return sorted(rows, key=lambda r: r["id"])

def placed_tooltip(view: OperationView, p: PlacedFigure, label: str) -> str:
    where = "somewhere in " + p.name if p.precision == "subdivision" else p.name
    text = f"{where}: {p.figure.phrase(view.metric)}"
    if p.inside:
        text += f" (part of the figure for {view.places[p.inside].name}, not added to it)"
    if p.disputed:
        text += " (disputed)"
    return f"{text}\nSources: {sources_text(view, p.figure.sources)}"

def subdivision_layer(view: OperationView) -> pdk.Layer:
    return pdk.Layer(
        "ScatterplotLayer",
        id="arrests-subdivisions",
        data=_placed_rows(view, "subdivision"),
        get_position="position",
        get_radius=RING_RADIUS_M,
        radius_units="'meters'",
        radius_min_pixels=5,
        stroked=True,
        filled=True,
        get_fill_color=[255, 255, 255, 40],
        get_line_color="line",
        line_width_min_pixels=2,
        pickable=True,
    )

def point_layer(view: OperationView) -> pdk.Layer:
    return pdk.Layer(
        "ScatterplotLayer",
        id="arrests-points",
        data=_placed_rows(view, "point"),
        get_position="position",
        get_radius=3000,
        radius_min_pixels=4,
        filled=True,
        stroked=True,
        get_fill_color=list(POINT),
        get_line_color=[255, 255, 255, 255],
        line_width_min_pixels=1,
        pickable=True,
    )

def _placeposition(view: OperationView, place_id: str) -> list[float] | None:
    rp = view.places[place_id]
    return position(rp.lat, rp.lon) if rp.lat is not None and rp.lon is not None else None

def link_layer(view: OperationView) -> pdk.Layer:
    rows = []
    for link in view.record.links:
        src, dst = _placeposition(view, link.from_place), _placeposition(view, link.to)
        if src is None or dst is None:
            continue
        rows.append({
            "id": link.id, "source": src, "target": dst,
            "tooltip": f"{view.places[link.from_place].name} → {view.places[link.to].name}: {link.description}",
        })
    return pdk.Layer(
        "ArcLayer",
        id="links",
        data=sorted(rows, key=lambda r: r["id"]),
        get_source_position="source",
        get_target_position="target",
        get_source_color=list(ARC),
        get_target_color=list(ARC),
        get_width=2,
        width_min_pixels=2,
        great_circle=True,
        pickable=True,
    )
