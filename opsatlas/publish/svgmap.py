"""The map drawn as SVG elements, from the same figures and colours as the interactive map.

Every text that comes from a record is XML-escaped; numbers are rounded to 0.1 px, so the same
view gives the same SVG bytes.
"""

from __future__ import annotations

from html import escape
from typing import Any

from ..geo import boundaries
from ..maps import style
from ..maps.countries import country_tooltip
from ..maps.labels import place_label_rows
from ..maps.marks import placed_tooltip
from ..records.schema import METRIC_LABELS
from ..records.vocab import RINGED
from ..view import OperationView
from .projection import Frame

OCEAN = "#eef4f8"


def rgb(c: tuple[int, ...] | list[int]) -> str:
    return f"#{c[0]:02x}{c[1]:02x}{c[2]:02x}"


def extent(view: OperationView, pad: float = 12.0) -> tuple[float, float, float, float]:
    """lon/lat box around the operation's located places and link ends (regions only when linked)."""
    link_ends = {lk.to for lk in view.links} | {lk.from_place for lk in view.links}
    pts = [(p.lon, p.lat) for p in view.places.values()
           if p.lat is not None and p.lon is not None and (p.precision != "region" or p.id in link_ends)]
    if not pts:
        return -170.0, -58.0, 190.0, 80.0
    lons, lats = [p[0] for p in pts], [p[1] for p in pts]
    return (max(-180.0, min(lons) - pad), max(-58.0, min(lats) - pad),
            min(190.0, max(lons) + pad), min(82.0, max(lats) + pad))


def _path(geometry: dict[str, Any], proj: Frame) -> str:
    polys = geometry["coordinates"] if geometry["type"] == "MultiPolygon" else [geometry["coordinates"]]
    parts = []
    for poly in polys:
        for ring in poly:
            pts: list[tuple[float, float]] = []
            for lon, lat in ring:
                x, y = proj(lon, max(-85.0, min(85.0, lat)))
                if not pts or abs(x - pts[-1][0]) + abs(y - pts[-1][1]) >= 0.8:  # drop sub-pixel detail
                    pts.append((x, y))
            if len(pts) >= 3:
                parts.append("M" + "L".join(f"{x:g} {y:g}" for x, y in pts) + "Z")
    return "".join(parts)


def map_elements(view: OperationView, proj: Frame, box: tuple[float, float, float, float],
                 precision: str = "any", focus: str | None = None) -> str:
    """SVG for the map inside `box`: ocean, every country, the operation's countries, rings, dots,
    arcs and labels. Shapes carry <title> tooltips and data-iso3 for the embed's script. With
    `focus` (a close-up of one country), the places inside it are labelled too."""
    bx, by, bw, bh = box
    out = [f'<clipPath id="map-clip"><rect x="{bx:g}" y="{by:g}" width="{bw:g}" height="{bh:g}"/></clipPath>',
           f'<rect x="{bx:g}" y="{by:g}" width="{bw:g}" height="{bh:g}" fill="{OCEAN}"/>',
           '<g clip-path="url(#map-clip)">', f'<g fill="{rgb(style.LAND)}" stroke="#ffffff" stroke-width="0.6">']
    features = boundaries.feature_collection()["features"]
    if focus is not None:  # a close-up: only the land around the country (the world is 170 KB of paths)
        features = list(boundaries.features_near(focus, margin=12.0))
    for feat in features:
        d = _path(feat["geometry"], proj)
        if d:
            out.append(f'<path d="{d}"/>')
    out.append("</g>")
    shapes = boundaries.countries()
    figures = view.figures
    counted = [c.value for c in figures.countries if c.value is not None]
    top = max(counted) if counted else 1
    draw_countries = precision in ("any", "country")
    labels = []
    near = {f["properties"]["iso3"] for f in features}
    if draw_countries:
        for c in sorted(figures.countries, key=lambda c: c.iso3):
            shape = shapes.get(c.iso3)
            if shape is None or (focus is not None and c.iso3 not in near):
                continue
            if c.value is not None:
                fill, stroke, width, text = rgb(style.ramp(c.value, top)), "#282828", 1.0, (c.figure.text if c.figure else "")
            elif c.status == "named":
                fill, stroke, width, text = rgb(style.NAMED_FILL), rgb(style.NAMED_LINE), 1.5, "?"
            else:
                fill, stroke, width, text = "none", rgb(style.DISPUTED_LINE), 3.0, "disputed"
            tip = escape(country_tooltip(view, c))
            out.append(f'<path class="country" data-iso3="{escape(c.iso3)}" d="{_path(shape.geometry, proj)}" '
                       f'fill="{fill}" stroke="{stroke}" stroke-width="{width:g}"><title>{tip}</title></path>')
            x, y = proj(shape.label_lon, shape.label_lat)
            labels.append((x, y, text, 15 if c.value is not None else 13))
    label = METRIC_LABELS[view.metric]
    for lk in sorted(view.links, key=lambda lk: lk.id):
        a, b = view.places[lk.from_place], view.places[lk.to]
        if None in (a.lat, a.lon, b.lat, b.lon):
            continue
        x0, y0 = proj(a.lon, a.lat)  # type: ignore[arg-type]
        x1, y1 = proj(b.lon, b.lat)  # type: ignore[arg-type]
        mx, my = (x0 + x1) / 2, (y0 + y1) / 2 - abs(x1 - x0) * 0.25 - 10
        out.append(f'<path d="M{x0:g} {y0:g}Q{mx:.1f} {my:.1f} {x1:g} {y1:g}" fill="none" stroke="{rgb(style.ARC)}" '
                   f'stroke-width="2" opacity="0.85"><title>{escape(a.name)} → {escape(b.name)}: '
                   f'{escape(lk.description)}</title></path>')
    for p in sorted(figures.places, key=lambda p: p.place_id):
        if p.lat is None or p.lon is None:
            continue
        if p.precision in RINGED and precision in ("any", "country", "subdivision"):
            x, y = proj(p.lon, p.lat)
            colour = rgb(style.RING if p.figure.count is not None and not p.disputed else style.RING_UNKNOWN)
            out.append(f'<circle cx="{x:g}" cy="{y:g}" r="6" fill="#ffffff" fill-opacity="0.25" stroke="{colour}" '
                       f'stroke-width="2"><title>{escape(placed_tooltip(view, p, label))}</title></circle>')
        elif p.precision == "point":
            x, y = proj(p.lon, p.lat)
            out.append(f'<circle cx="{x:g}" cy="{y:g}" r="3.5" fill="{rgb(style.POINT)}" stroke="#ffffff" '
                       f'stroke-width="1"><title>{escape(placed_tooltip(view, p, label))}</title></circle>')
    for pid in sorted({lk.to for lk in view.links} | {lk.from_place for lk in view.links}):
        rp = view.places[pid]
        if rp.precision == "region" and rp.lat is not None and rp.lon is not None:
            x, y = proj(rp.lon, rp.lat)
            labels.append((x, y, f"{rp.name} (region)", 12))
    for x, y, text, size in labels:
        out.append(f'<text x="{x:g}" y="{y:g}" font-size="{size}" font-weight="700" text-anchor="middle" '
                   f'dominant-baseline="middle" stroke="#ffffff" stroke-width="3.5" paint-order="stroke" '
                   f'fill="#141414">{escape(text)}</text>')
    if focus is not None:
        for row in place_label_rows(view, focus):
            x, y = proj(row["position"][0], row["position"][1])
            dx, dy = row["offset"]
            anchor = "start" if row["anchor"] == "start" else "middle"
            out.append(f'<text x="{x + dx * 0.6:.1f}" y="{y + dy * 0.8:.1f}" font-size="{row["size"] + 1}" '
                       f'text-anchor="{anchor}" dominant-baseline="middle" stroke="#ffffff" stroke-width="3" '
                       f'paint-order="stroke" fill="#141414">{escape(row["text"])}</text>')
    out.append("</g>")
    out.append(f'<rect x="{bx:g}" y="{by:g}" width="{bw:g}" height="{bh:g}" fill="none" stroke="#c8c8c8"/>')
    return "".join(out)


def close_up_svg(view: OperationView, focus: str, width: int = 320, height: int = 320) -> str:
    """A close-up of one country's figures as a standalone SVG: the same marks and colours as the
    world map, framed on the places inside the country. Drawn by the package, not by WebGL: the
    app shows it as an image (two fewer WebGL contexts on the page) and snapshots can use it."""
    pts = [(p.lon, p.lat) for p in view.figures.places
           if p.iso3 == focus and p.lat is not None and p.lon is not None]
    shape = boundaries.countries().get(focus)
    if shape is not None:
        pts.append((shape.label_lon, shape.label_lat))
    if not pts:
        return ""
    pad = 2.5
    lons, lats = [p[0] for p in pts], [p[1] for p in pts]
    # labels sit right of rings and under dots: more room east and south
    box_extent = (min(lons) - pad, max(-80.0, min(lats) - pad - 1), max(lons) + pad + 3.5, min(84.0, max(lats) + pad))
    box = (1.0, 1.0, width - 2.0, height - 2.0)
    proj = Frame.fit(box_extent, box)
    return (f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
            f'viewBox="0 0 {width} {height}" font-family="sans-serif" role="img">'
            + map_elements(view, proj, box, focus=focus) + "</svg>")
