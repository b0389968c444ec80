"""Text on the maps: numbers on countries, names beside rings and towns, region names."""

from __future__ import annotations

from typing import Any

import pydeck as pdk

from ..geo import boundaries
from ..records.vocab import RINGED
from ..view import OperationView
from .style import position


def label_rows(view: OperationView) -> list[dict[str, Any]]:
    """Country labels: the number where a count is stated, '?' where none is, 'disputed'."""
    shapes = boundaries.countries()
    if view.map_metric == "involvement":
        return [{"id": i.iso3, "position": position(shapes[i.iso3].label_lat, shapes[i.iso3].label_lon),
                 "text": i.name, "size": 12, "offset": [0, 0], "anchor": "middle"}
                for i in view.involvement if i.iso3 in shapes]
    rows = []
    for c in view.figures.countries:
        shape = shapes.get(c.iso3)
        if shape is None:
            continue
        if c.value is not None and c.figure is not None:
            text = c.figure.text
        elif c.status == "named":
            text = "?"
        else:
            text = "disputed"
        rows.append({"id": c.iso3, "position": position(shape.label_lat, shape.label_lon), "text": text,
                     "size": 16 if c.value is not None else 13, "offset": [0, 0], "anchor": "middle"})
    return sorted(rows, key=lambda r: r["id"])

#: Labels on a close-up: beyond this, only provinces and the largest town figures are labelled
#: (every mark keeps its tooltip, and the tables list every figure).
MAX_PLACE_LABELS = 60


def place_label_rows(view: OperationView, iso3: str) -> list[dict[str, Any]]:
    """Labels for the figures placed inside one country (used on the close-up map)."""
    places = [p for p in view.figures.places if p.iso3 == iso3 and p.lat is not None and p.lon is not None]
    if len(places) > MAX_PLACE_LABELS:
        places = sorted(places, key=lambda p: (p.precision != "subdivision", -(p.figure.count or 0),
                                               p.place_id))[:MAX_PLACE_LABELS]
    rows = []
    for p in places:
        name = p.name.split(" (")[0]
        ring = p.precision in RINGED
        rows.append({"id": p.place_id, "position": position(p.lat, p.lon),
                     "text": f"{name} {p.text}"
                             + (" (in province)" if p.inside else ""),
                     "size": 13 if ring else 11,
                     # ring labels to the right of the ring, town labels under the dot
                     "offset": [16, 0] if ring else [0, 14], "anchor": "start" if ring else "middle"})
    return sorted(rows, key=lambda r: r["id"])

def region_label_rows(view: OperationView) -> list[dict[str, Any]]:
    """Labels where an arc meets a region: the arc ends at the region's centre, which is no town."""
    rows = []
    ids = sorted({lk.to for lk in view.links} | {lk.from_place for lk in view.links})
    for pid in ids:
        rp = view.places[pid]
        if rp.precision == "region" and rp.lat is not None and rp.lon is not None:
            rows.append({"id": pid, "position": position(rp.lat, rp.lon), "text": f"{rp.name} (region)",
                         "size": 12, "offset": [0, 0], "anchor": "middle"})
    return rows

def text_layer(layer_id: str, rows: list[dict[str, Any]], color: tuple[int, ...]) -> pdk.Layer:
    # deck.gl builds its font atlas from these characters ("auto" does not survive pydeck's JSON
    # conversion). pydeck passes a string through as text only when it is quoted, and strips that
    # quote character everywhere in it: so quote with the one the labels do not use.
    characters = "".join(sorted({ch for r in rows for ch in r["text"]} | set("0123456789?")))
    quote = "'" if "'" not in characters else '"'
    characters = quote + characters.replace('"', "") + quote
    return pdk.Layer(
        "TextLayer",
        id=layer_id,
        data=rows,
        get_position="position",
        get_text="text",
        get_size="size",
        get_color=list(color),
        font_family="'Helvetica, Arial, sans-serif'",
        font_weight=700,
        outline_width=4,
        outline_color=[255, 255, 255, 255],
        font_settings={"sdf": True},
        character_set=characters,
        get_alignment_baseline="'center'",
        get_text_anchor="anchor",
        get_pixel_offset="offset",
        pickable=False,
    )
