"""Map layers and the deck, as pydeck objects. Builders return objects and never render.

Coordinates are (lat, lon) everywhere in the package; `_position` is the one place that turns
them into deck.gl's [lon, lat]. Layer data are plain sorted lists of dicts with rounded numbers,
so the same record gives the same deck JSON, byte for byte.

How uncertainty looks (the legend in `legend_items` says the same in words):
- a country with a stated count: filled, darker for more, with its number on it;
- a country named without a count: pale fill, dark outline, "?" on it;
- a disputed country: no fill, thick orange outline, "disputed" on it;
- a province or state: an open ring (somewhere in it), with its number;
- a town: a solid dot;
- a link: an arc from one place to another at their own precision.
"""

from __future__ import annotations

import math
from typing import Any

import pydeck as pdk

from .geo import boundaries
from .reconcile import CountryFigure, PlacedFigure
from .records.schema import METRIC_LABELS
from .view import OperationView

#: Served by Streamlit's static file serving (static/); the browser never asks another host.
MAP_STYLE_URL = "app/static/style.json"
BASE_BOUNDARIES_URL = "app/static/countries-110m.geojson"

# Colour-blind-safe: a single-hue blue ramp for counts, orange for disputes, near-black marks.
BLUES = [(198, 219, 239), (107, 174, 214), (33, 113, 181), (8, 48, 107)]
NAMED_FILL = (240, 228, 196, 220)
NAMED_LINE = (90, 90, 90, 255)
DISPUTED_LINE = (230, 97, 0, 255)
RING = (20, 20, 20, 255)
POINT = (20, 20, 20, 255)
ARC = (120, 60, 150, 200)
RING_RADIUS_M = 60_000
LAND = (212, 209, 200, 255)


def _position(lat: float, lon: float) -> list[float]:
    return [round(lon, 4), round(lat, 4)]


def _ramp(value: int, top: int) -> tuple[int, int, int]:
    if top <= 1:
        return BLUES[-1]
    step = min(len(BLUES) - 1, int(math.log1p(value) / math.log1p(top) * (len(BLUES) - 1) + 0.5))
    return BLUES[step]


def _sources_text(view: OperationView, source_ids: tuple[str, ...]) -> str:
    return "; ".join(view.record.source(s).publisher for s in source_ids)


def country_tooltip(view: OperationView, c: CountryFigure) -> str:
    label = METRIC_LABELS[view.metric]
    if c.status == "counted" and c.figure is not None:
        text = f"{c.name}: {c.figure.phrase(view.metric)} (stated)"
        if c.placed_below:
            text += f", {c.placed_below} of them placed in provinces or towns"
        return f"{text}\nSources: {_sources_text(view, c.figure.sources)}"
    if c.status == "at_least" and c.figure is not None:
        return f"{c.name}: {c.figure.phrase(view.metric)} (sum of the provinces and towns named; no national figure)"
    if c.status == "named" and c.figure is not None:
        return f"{c.name}: {label} reported, count not given\nSources: {_sources_text(view, c.figure.sources)}"
    disputed = ", ".join(f.text for f in c.disputed_figures)
    return f"{c.name}: disputed ({disputed} {label} by one source, contradicted by others); not added to any total"


INVOLVED_FIGURES = (107, 174, 214, 230)
INVOLVED_OTHER = (203, 201, 226, 230)


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
    counted = [c.value for c in view.figures.countries if c.value is not None]
    top = max(counted) if counted else 1
    features = []
    for c in view.figures.countries:
        shape = shapes.get(c.iso3)
        if shape is None:
            continue
        if c.value is not None:
            fill, line, width = (*_ramp(c.value, top), 230), (40, 40, 40, 255), 1
        elif c.status == "named":
            fill, line, width = NAMED_FILL, NAMED_LINE, 1.5
        else:
            fill, line, width = (255, 255, 255, 0), DISPUTED_LINE, 3
        features.append({
            "type": "Feature",
            "geometry": shape.geometry,
            "properties": {
                "iso3": c.iso3, "status": c.status, "fill": list(fill), "line": list(line),
                "width": width, "tooltip": country_tooltip(view, c),
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


def base_layer() -> pdk.Layer:
    """Every country, grey, from the shipped boundaries (fetched from the app's own server)."""
    return pdk.Layer(
        "GeoJsonLayer",
        id="countries-base",
        data=BASE_BOUNDARIES_URL,
        stroked=True,
        filled=True,
        get_fill_color=list(LAND),
        get_line_color=[255, 255, 255, 255],
        line_width_min_pixels=0.5,
        pickable=False,
    )


def _placed_rows(view: OperationView, precision: str) -> list[dict[str, Any]]:
    label = METRIC_LABELS[view.metric]
    rows = []
    for p in view.figures.places:
        if p.precision != precision or p.lat is None or p.lon is None:
            continue
        rows.append({
            "id": p.place_id,
            "position": _position(p.lat, p.lon),
            "label": p.figure.text,
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
    return f"{text}\nSources: {_sources_text(view, p.figure.sources)}"


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
        get_line_color=list(RING),
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


def _place_position(view: OperationView, place_id: str) -> list[float] | None:
    rp = view.places[place_id]
    return _position(rp.lat, rp.lon) if rp.lat is not None and rp.lon is not None else None


def link_layer(view: OperationView) -> pdk.Layer:
    rows = []
    for link in view.record.links:
        src, dst = _place_position(view, link.from_place), _place_position(view, link.to)
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


def label_rows(view: OperationView) -> list[dict[str, Any]]:
    """Country labels: the number where a count is stated, '?' where none is, 'disputed'."""
    shapes = boundaries.countries()
    if view.map_metric == "involvement":
        return [{"id": i.iso3, "position": _position(shapes[i.iso3].label_lat, shapes[i.iso3].label_lon),
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
        rows.append({"id": c.iso3, "position": _position(shape.label_lat, shape.label_lon), "text": text,
                     "size": 16 if c.value is not None else 13, "offset": [0, 0], "anchor": "middle"})
    return sorted(rows, key=lambda r: r["id"])


def place_label_rows(view: OperationView, iso3: str) -> list[dict[str, Any]]:
    """Labels for the figures placed inside one country (used on the close-up map)."""
    rows = []
    for p in view.figures.places:
        if p.iso3 != iso3 or p.lat is None or p.lon is None:
            continue
        name = p.name.split(" (")[0]
        ring = p.precision == "subdivision"
        rows.append({"id": p.place_id, "position": _position(p.lat, p.lon),
                     "text": f"{name} {p.figure.text}" + (" (in province)" if p.inside else ""),
                     "size": 13 if ring else 11,
                     # ring labels to the right of the ring, town labels under the dot
                     "offset": [16, 0] if ring else [0, 14], "anchor": "start" if ring else "middle"})
    return sorted(rows, key=lambda r: r["id"])


def region_label_rows(view: OperationView) -> list[dict[str, Any]]:
    """Labels where an arc meets a region: the arc ends at the region's centre, which is no town."""
    rows = []
    ids = sorted({lk.to for lk in view.record.links} | {lk.from_place for lk in view.record.links})
    for pid in ids:
        rp = view.places[pid]
        if rp.precision == "region" and rp.lat is not None and rp.lon is not None:
            rows.append({"id": pid, "position": _position(rp.lat, rp.lon), "text": f"{rp.name} (region)",
                         "size": 12, "offset": [0, 0], "anchor": "middle"})
    return rows


def _text_layer(layer_id: str, rows: list[dict[str, Any]], color: tuple[int, ...]) -> pdk.Layer:
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


def _mercator_y(lat: float) -> float:
    lat = max(-85.0, min(85.0, lat))
    return math.log(math.tan(math.pi / 4 + math.radians(lat) / 2))


def _fit(points: list[tuple[float, float]], width: int, height: int, pad: float) -> pdk.ViewState:
    """Web-Mercator centre and zoom at which the points, padded by `pad` degrees, fit the map."""
    if not points:
        return pdk.ViewState(latitude=20, longitude=0, zoom=0.5)
    lats, lons = [p[0] for p in points], [p[1] for p in points]
    lon_span = max(lons) - min(lons) + 2 * pad
    y_top, y_bottom = _mercator_y(max(lats) + pad / 2), _mercator_y(min(lats) - pad / 2)
    # At zoom 0 the world is 512 px wide (360 degrees) and 512 px high (2*pi in Mercator y).
    zoom = min(math.log2(width * 360 / (512 * lon_span)),
               math.log2(height * 2 * math.pi / (512 * (y_top - y_bottom))))
    mid_lat = math.degrees(2 * math.atan(math.exp((y_top + y_bottom) / 2)) - math.pi / 2)
    return pdk.ViewState(latitude=round(mid_lat, 2), longitude=round((max(lons) + min(lons)) / 2, 2),
                         zoom=round(max(0.2, min(7.0, zoom)), 2))


def view_state(view: OperationView, focus: str | None = None, width: int = 640, height: int = 560
               ) -> pdk.ViewState:
    """Centre and zoom that fit the operation's places and link ends (or one country's places)."""
    if focus is not None:
        pts = [(p.lat, p.lon) for p in view.places.values()
               if p.iso3 == focus and p.lat is not None and p.lon is not None and p.precision != "country"]
        return _fit(pts, width, height, pad=4)
    link_ends = {lk.to for lk in view.record.links} | {lk.from_place for lk in view.record.links}
    pts = [(p.lat, p.lon) for p in view.places.values()
           if p.lat is not None and p.lon is not None and (p.precision != "region" or p.id in link_ends)]
    return _fit(pts, width, height, pad=20)


def close_up_country(view: OperationView) -> str | None:
    """The country with the most figures placed below country level, if any (gets a close-up map)."""
    counts: dict[str, int] = {}
    for p in view.figures.places:
        if p.iso3:
            counts[p.iso3] = counts.get(p.iso3, 0) + 1
    return min(counts, key=lambda k: (-counts[k], k)) if counts else None


def build_deck(view: OperationView, focus: str | None = None, width: int = 640, height: int = 560) -> pdk.Deck:
    """The map for one operation and metric; with `focus`, a close-up of one country's places."""
    layers = [base_layer(), choropleth_layer(view, focus), link_layer(view), subdivision_layer(view),
              point_layer(view)]
    if focus is None:
        layers += [_text_layer("labels", label_rows(view), (20, 20, 20, 255)),
                   _text_layer("region-labels", region_label_rows(view), ARC)]
    else:
        layers.append(_text_layer("place-labels", place_label_rows(view, focus), (20, 20, 20, 255)))
    return pdk.Deck(
        layers=layers,
        initial_view_state=view_state(view, focus, width, height),
        map_style=MAP_STYLE_URL,
        map_provider="carto",  # with a local style URL: the provider only selects MapLibre
        tooltip={"text": "{tooltip}"},
    )


def legend_items(view: OperationView) -> list[tuple[str, str]]:
    """(symbol, meaning) pairs for the legend; the same words are used in exports."""
    if view.map_metric == "involvement":
        return [
            ("blue country", "figures (arrests, suspects or seizures) are reported there"),
            ("lilac country", "named only in a phase, a link or as a coordinator"),
            ("open ring / dot", "arrests placed in a province or a town"),
            ("purple arc", "a link the sources state between two places"),
        ]
    label = METRIC_LABELS[view.metric]
    return [
        ("filled country, darker = more", f"{label}: stated count for the country"),
        ("pale country with '?'", f"{label} reported there, count not given"),
        ("orange outline, 'disputed'", "sources disagree; not added to any total"),
        ("open ring", "somewhere in this province or state (the ring is not its border)"),
        ("dot", "a named town"),
        ("purple arc", "a link the sources state between two places"),
    ]
