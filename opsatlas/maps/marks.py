"""Marks at their own precision: rings for provinces, dots for towns, arcs for links."""

from __future__ import annotations

from typing import Any

import pydeck as pdk

from ..reconcile import PlacedFigure
from ..records.schema import METRIC_LABELS
from ..records.vocab import RINGED
from ..view import OperationView
from .style import ARC, POINT, RING, TOWN_FILL_OPACITY, position, sources_text
from .symbols import place_marks

#: Above this many towns in one map, nearby towns are drawn as one cluster (a record of 5,000 town
#: figures sent 0.7 MB of dots with every rerun, most of them on top of each other at world scale).
MAX_POINT_MARKS = 400
#: Cell sizes tried, in degrees, finest first.
_CELLS = (0.25, 0.5, 1.0, 2.0, 5.0, 10.0, 20.0, 45.0)


def _placed_rows(view: OperationView, precision: str, focus: str | None = None) -> list[dict[str, Any]]:
    """One row per mark of `maps.symbols` at that precision: its radius (px, area proportional to
    the count) and colours. deck.gl draws no dashes: an 'at least' or 'about' figure gets a
    half-transparent, thinner outline instead (the SVG dashes it)."""
    label = METRIC_LABELS[view.metric]
    figures = {p.place_id: p for p in view.figures.places}
    rows = []
    for m in place_marks(view, focus=focus):
        if m.precision != precision:
            continue
        line = list(m.line)
        if m.dashed:
            line[3] = 150
        rows.append({
            "id": m.place_id,
            "iso3": m.iso3,
            "position": position(m.lat, m.lon),
            "radius": m.radius,
            "line": line,
            "width": 1 if m.dashed else 2,
            "tooltip": placed_tooltip(view, figures[m.place_id], label),
        })
    return rows

def placed_tooltip(view: OperationView, p: PlacedFigure, label: str) -> str:
    where = "somewhere in " + p.name if p.precision in RINGED else p.name
    text = f"{where}: " + (f"{p.text} {METRIC_LABELS[view.metric]}" if p.disputed else p.figure.phrase(view.metric))
    if p.inside:
        text += f" (part of the figure for {view.places[p.inside].name}, not added to it)"
    sources = tuple(dict.fromkeys(s for f in p.alternatives or (p.figure,) for s in f.sources))
    return f"{text}\nSources: {sources_text(view, sources)}"

def subdivision_layer(view: OperationView) -> pdk.Layer:
    return pdk.Layer(
        "ScatterplotLayer",
        id="arrests-subdivisions",
        data=_placed_rows(view, "subdivision"),
        get_position="position",
        get_radius="radius",
        radius_units="'pixels'",
        stroked=True,
        filled=True,
        get_fill_color=[255, 255, 255, 90],
        get_line_color="line",
        get_line_width="width",
        line_width_units="'pixels'",
        pickable=True,
    )

def cluster_rows(rows: list[dict[str, Any]], limit: int = MAX_POINT_MARKS) -> list[dict[str, Any]]:
    """At most `limit` marks: the rows themselves, or one mark per grid cell of the finest size that
    fits, at the mean position of its towns, its tooltip naming them. Deterministic."""
    if len(rows) <= limit:
        return rows
    for size in _CELLS:
        cells: dict[tuple[int, int], list[dict[str, Any]]] = {}
        for r in rows:
            lon, lat = r["position"]
            cells.setdefault((int(lon // size), int(lat // size)), []).append(r)
        if len(cells) <= limit or size == _CELLS[-1]:
            break
    out = []
    for (i, j), members in sorted(cells.items()):
        if len(members) == 1:
            out.append(members[0])
            continue
        countries = sorted({m["iso3"] for m in members if m["iso3"]})
        names = [m["tooltip"].split("\n")[0] for m in sorted(members, key=lambda m: m["id"])]
        shown = "\n".join(names[:8]) + (f"\n… and {len(names) - 8} more (see the table of every figure)"
                                        if len(names) > 8 else "")
        out.append({
            "id": f"cluster-{i}-{j}",
            "iso3": countries[0] if len(countries) == 1 else None,
            "position": [round(sum(m["position"][0] for m in members) / len(members), 4),
                         round(sum(m["position"][1] for m in members) / len(members), 4)],
            "line": list(RING),
            "radius": max(m["radius"] for m in members),
            "width": 2,
            "tooltip": f"{len(members)} towns with figures, drawn as one mark at this scale:\n{shown}",
        })
    return out


def point_layer(view: OperationView, focus: str | None = None) -> pdk.Layer:
    """Towns as dots (in the close-up, only the focus country's); clustered when there are many."""
    return pdk.Layer(
        "ScatterplotLayer",
        id="arrests-points",
        data=cluster_rows(_placed_rows(view, "point", focus)),
        get_position="position",
        get_radius="radius",
        radius_units="'pixels'",
        filled=True,
        stroked=True,
        get_fill_color=[*POINT[:3], round(255 * TOWN_FILL_OPACITY)],
        get_line_color="line",
        get_line_width="width",
        line_width_units="'pixels'",
        pickable=True,
    )

def _placeposition(view: OperationView, place_id: str) -> list[float] | None:
    rp = view.places[place_id]
    return position(rp.lat, rp.lon) if rp.lat is not None and rp.lon is not None else None

def link_layer(view: OperationView) -> pdk.Layer:
    rows: list[dict[str, Any]] = []
    for link in view.links:
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
