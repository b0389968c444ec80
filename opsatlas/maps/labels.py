"""Text on the app's maps, set by the same placer as the SVG maps (`placement.place`).

deck.gl draws labels at a fixed pixel size, so where they fall relative to each other depends
only on the zoom, not on the width of the reader's screen: they are placed once, in Web-Mercator
pixels at the initial view's zoom, and each row carries its pixel offset from its anchor. A
label that fits nowhere at that zoom is left out of the text layer and returned, so that the page
can list it (every figure stays in the tooltips and the tables too).
"""

from __future__ import annotations

import math
from typing import Any

import pydeck as pdk

from ..view import OperationView
from .fontmetrics import FONT_STACK
from .placement import PRIORITY_REGION, LabelRequest, place
from .style import position
from .symbols import FINER_THAN, country_marks, place_marks, region_marks

#: Labels on a close-up: beyond this, only provinces and the largest town figures are labelled
#: (every mark keeps its tooltip, and the tables list every figure).
MAX_PLACE_LABELS = 60
#: Label sizes in px: a stated count, anything else.
COUNT_SIZE, OTHER_SIZE = 16, 13


def mercator_px(lat: float, lon: float, zoom: float) -> tuple[float, float]:
    """Web-Mercator pixel position at `zoom` (the world is 512 px wide at zoom 0)."""
    world = 512 * 2 ** zoom
    lat = max(-85.0, min(85.0, lat))
    y = (1 - math.log(math.tan(math.pi / 4 + math.radians(lat) / 2)) / math.pi) / 2
    return (lon + 180) / 360 * world, y * world


def _requests(view: OperationView, zoom: float, focus: str | None, shown: set[str]
              ) -> tuple[list[tuple[LabelRequest, str, list[float]]], list[tuple[str, tuple[float, float, float, float]]]]:
    """(request, layer id, [lon, lat]) for every label, and the marks' symbols as obstacles."""
    out = []
    obstacles = []
    marks = [m for m in place_marks(view, focus=focus) if m.precision in shown]
    for m in marks:
        x, y = mercator_px(m.lat, m.lon, zoom)
        rad = m.radius + 1.5
        obstacles.append((m.fig_id, (x - rad, y - rad, x + rad, y + rad)))
    if focus is None:
        if "country" in shown:
            if view.map_metric == "involvement":
                from ..geo import boundaries

                shapes = boundaries.countries()
                for i in view.involvement:
                    if i.iso3 in shapes:
                        shape = shapes[i.iso3]
                        x, y = mercator_px(shape.label_lat, shape.label_lon, zoom)
                        out.append((LabelRequest(f"country:{i.iso3}", x, y, 0, i.name, 12, 0, centred=True),
                                    "labels", position(shape.label_lat, shape.label_lon)))
            else:
                for c in country_marks(view):
                    x, y = mercator_px(c.label_lat, c.label_lon, zoom)
                    size = COUNT_SIZE if c.priority == 0 else OTHER_SIZE
                    out.append((LabelRequest(c.fig_id, x, y, 0, c.label, size, c.priority, c.weight, centred=True),
                                "labels", position(c.label_lat, c.label_lon)))
        for r in region_marks(view):
            x, y = mercator_px(r.lat, r.lon, zoom)
            out.append((LabelRequest(f"region:{r.place_id}", x, y, 0, r.label, 12, PRIORITY_REGION, centred=True),
                        "region-labels", position(r.lat, r.lon)))
    else:
        if len(marks) > MAX_PLACE_LABELS:
            marks = sorted(marks, key=lambda m: (m.precision != "subdivision", -(m.count or 0), m.place_id)
                           )[:MAX_PLACE_LABELS]
        for m in marks:
            x, y = mercator_px(m.lat, m.lon, zoom)
            out.append((LabelRequest(m.fig_id, x, y, m.radius, m.text(), 13 if m.precision == "subdivision" else 11,
                                     m.priority, float(m.count or 0)), "place-labels", position(m.lat, m.lon)))
    return out, obstacles


Frame = tuple[float, float, float, float]
NO_FRAME: Frame = (-1e9, -1e9, 1e9, 1e9)


def frame_around(lat: float, lon: float, zoom: float, width: float, height: float) -> Frame:
    """The box, in Web-Mercator px at `zoom`, that a map `width` x `height` px centred there shows."""
    cx, cy = mercator_px(lat, lon, zoom)
    return (cx - width / 2, cy - height / 2, cx + width / 2, cy + height / 2)


def placed_label_rows(view: OperationView, zoom: float, focus: str | None = None, precision: str = "any",
                      frame: Frame = NO_FRAME) -> tuple[dict[str, list[dict[str, Any]]], list[str]]:
    """Rows of each text layer at this zoom, and the ids of the figures whose label did not fit
    (inside `frame`: a label never runs off the initial view)."""
    reqs, obstacles = _requests(view, zoom, focus, FINER_THAN[precision])
    where = {r.id: (layer, pos) for r, layer, pos in reqs}
    result = place([r for r, _, _ in reqs], frame, obstacles)
    layers: dict[str, list[dict[str, Any]]] = {layer: [] for _, layer, _ in reqs}
    for pl in result.placed:
        r = pl.request
        layer, pos = where[r.id]
        x0, y0, _, y1 = pl.box
        layers[layer].append({"id": r.id.split(":", 1)[1], "position": pos, "text": r.text, "size": r.size,
                              "offset": [round(x0 - r.x, 1), round((y0 + y1) / 2 - r.y, 1)], "anchor": "start"})
    for rows in layers.values():
        rows.sort(key=lambda row: row["id"])
    return layers, [r.id for r in result.unplaced]


def unplaced_labels(view: OperationView, zoom: float, focus: str | None = None, precision: str = "any",
                    frame: Frame = NO_FRAME) -> list[tuple[str, str]]:
    """(figure id, line) for each label that fits nowhere at this zoom, in the placer's priority
    order: the page lists them under the map ("Spain: 7", "Barcelona 3", a region's name)."""
    reqs, obstacles = _requests(view, zoom, focus, FINER_THAN[precision])
    result = place([r for r, _, _ in reqs], frame, obstacles)
    out = []
    for r in result.unplaced:
        kind, key = r.id.split(":", 1)
        country = view.figures.country(key) if kind == "country" else None
        out.append((r.id, f"{country.name}: {r.text}" if country is not None and r.text != country.name else r.text))
    return out


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
        font_family=f"'{FONT_STACK}'",
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
