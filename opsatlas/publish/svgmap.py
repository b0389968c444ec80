"""The map drawn as SVG: the world map, its insets and the callout list, from the same marks
(`maps.symbols`), colours and words (`maps.style`) as the interactive map, with every label set by
the one placer (`maps.placement`).

Layout (`compose`): the world map is fitted to the area it is given. Where figures crowd, an inset
takes a strip beside it (a row below a wide map, a column beside a tall one), with a locator box
and its letter on the world map:
- sub-national figures: the country with the most places below country level, when its places are
  a smudge at world scale (less than `SMUDGE_PX` apart);
- crowded countries: labels that do not fit at world scale, and the labelled countries near them.
Labels that fit nowhere get a number on the map and a line in the callout list beside it.

Every text that comes from a record is XML-escaped; numbers are rounded, so the same view gives the
same SVG bytes. Labels and callout lines carry `data-fig` (the figure they tell), panes carry
`data-frame` (their box): tests/overlap.py reads them back.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from functools import lru_cache
from html import escape
from typing import Any, NamedTuple

from ..geo import boundaries
from ..geo.regions import smallest_region
from ..maps import style, symbols
from ..maps.countries import country_tooltip
from ..maps.fontmetrics import ASCENT_EM, DESCENT_EM, FONT_STACK, text_width
from ..maps.marks import placed_tooltip
from ..maps.placement import Box, LabelRequest, Placement, order, place
from ..maps.textflow import Flow, flow, wrap_px
from ..records.schema import METRIC_LABELS
from ..view import OperationView
from .projection import Frame, equal_earth

OCEAN = "#eef4f8"
LEADER = "#555555"
CALLOUT_BADGE = "#7a1f00"  # a number on the map: white on dark red, never read as a count
#: Places of one country closer together than this at world scale get an inset.
SMUDGE_PX = 250.0
#: Labelled countries within this distance of a label that did not fit join its inset.
CROWD_PX = 110.0
#: A place this far (degrees, lat + lon) from the middle of its country's places is left out of
#: the close-up and drawn on the world map.
OUTLIER_DEG = 9.0
#: Simplification and rounding of the shared boundary paths, in unscaled Equal Earth units, by the
#: pane's scale (px a unit) up to which they serve: a point is kept when it is about 0.8 px or more
#: from the last one kept.
_DETAIL = ((150.0, 0.006, 3), (400.0, 0.0028, 3), (1500.0, 0.0008, 4), (math.inf, 0.0004, 4))

Extent = tuple[float, float, float, float]  # lon0, lat0, lon1, lat1


def rgb(c: tuple[int, ...] | list[int]) -> str:
    return f"#{c[0]:02x}{c[1]:02x}{c[2]:02x}"


def extent(view: OperationView, pad: float = 12.0) -> Extent:
    """lon/lat box around the operation's located places and link ends (regions only when linked)."""
    link_ends = {lk.to for lk in view.links} | {lk.from_place for lk in view.links}
    pts = [(p.lon, p.lat) for p in view.places.values()
           if p.lat is not None and p.lon is not None and (p.precision != "region" or p.id in link_ends)]
    shapes = boundaries.countries()
    # every country with a figure is framed whole enough for its label (not just its place point)
    for c in view.figures.countries:
        if c.iso3 in shapes:
            pts.append((shapes[c.iso3].label_lon, shapes[c.iso3].label_lat))
    if not pts:
        return -170.0, -58.0, 190.0, 80.0
    lons, lats = [p[0] for p in pts], [p[1] for p in pts]
    return (max(-180.0, min(lons) - pad), max(-58.0, min(lats) - pad),
            min(190.0, max(lons) + pad), min(82.0, max(lats) + pad))


# ---------------------------------------------------------------------------------------------
# Boundaries, projected once (unscaled Equal Earth) and placed in each frame by a transform.

def _rings(geometry: dict[str, Any]) -> list[list[list[float]]]:
    polys = geometry["coordinates"] if geometry["type"] == "MultiPolygon" else [geometry["coordinates"]]
    return [ring for poly in polys for ring in poly]


@lru_cache(maxsize=1024)
def _unit_rings(iso3_or_index: str, level: int = 0) -> tuple[tuple[tuple[float, float], ...], ...]:
    """A feature's rings in unscaled Equal Earth, simplified for `_DETAIL[level]`."""
    feat = _features()[iso3_or_index]
    _, tolerance, _ = _DETAIL[level]
    out = []
    for ring in _rings(feat["geometry"]):
        pts: list[tuple[float, float]] = []
        for lon, lat in ring:
            x, y = equal_earth(lon, max(-85.0, min(85.0, lat)))
            if not pts or abs(x - pts[-1][0]) + abs(y - pts[-1][1]) >= tolerance:
                pts.append((x, y))
        if len(pts) >= 3:
            out.append(tuple(pts))
    return tuple(out)


def _d(rings: Any, digits: int) -> str:
    return "".join("M" + "L".join(f"{x:.{digits}f} {y:.{digits}f}" for x, y in ring) + "Z" for ring in rings)


@lru_cache(maxsize=1024)
def _unit_path(iso3_or_index: str, level: int = 0) -> str:
    return _d(_unit_rings(iso3_or_index, level), _DETAIL[level][2])


def _clip_ring(ring: tuple[tuple[float, float], ...], rect: tuple[float, float, float, float]
               ) -> list[tuple[float, float]]:
    """Sutherland-Hodgman: the part of a ring inside an axis-aligned rectangle (for filling)."""
    x0, y0, x1, y1 = rect
    pts = list(ring)
    for inside, cut in (
        (lambda p: p[0] >= x0, lambda a, b: (x0, a[1] + (b[1] - a[1]) * (x0 - a[0]) / (b[0] - a[0]))),
        (lambda p: p[0] <= x1, lambda a, b: (x1, a[1] + (b[1] - a[1]) * (x1 - a[0]) / (b[0] - a[0]))),
        (lambda p: p[1] >= y0, lambda a, b: (a[0] + (b[0] - a[0]) * (y0 - a[1]) / (b[1] - a[1]), y0)),
        (lambda p: p[1] <= y1, lambda a, b: (a[0] + (b[0] - a[0]) * (y1 - a[1]) / (b[1] - a[1]), y1)),
    ):
        if not pts:
            break
        out: list[tuple[float, float]] = []
        prev = pts[-1]
        for cur in pts:
            if inside(cur):
                if not inside(prev):
                    out.append(cut(prev, cur))
                out.append(cur)
            elif inside(prev):
                out.append(cut(prev, cur))
            prev = cur
        pts = out
    return pts


def _path_in(key: str, level: int, rect: tuple[float, float, float, float] | None) -> str:
    """A feature's path, cut to `rect` (unscaled units) when given: an inset drawn at 10x the
    world's scale would otherwise rasterise whole continents outside its box."""
    if rect is None:
        return _unit_path(key, level)
    rings = [r for r in (_clip_ring(ring, rect) for ring in _unit_rings(key, level)) if len(r) >= 3]
    return _d(rings, _DETAIL[level][2])


@lru_cache(maxsize=1)
def _features() -> dict[str, dict[str, Any]]:
    return {feat["properties"]["iso3"] or f"#{i}": feat
            for i, feat in enumerate(boundaries.feature_collection()["features"])}


@lru_cache(maxsize=1)
def _bboxes() -> dict[str, Extent]:
    out = {}
    for key, feat in _features().items():
        xs = [x for ring in _rings(feat["geometry"]) for x, _ in ring]
        ys = [y for ring in _rings(feat["geometry"]) for _, y in ring]
        out[key] = (min(xs), min(ys), max(xs), max(ys))
    return out


def _keys_in(ext: Extent | None) -> list[str]:
    if ext is None:
        return list(_features())
    return [k for k, b in _bboxes().items() if b[0] <= ext[2] and b[2] >= ext[0] and b[1] <= ext[3] and b[3] >= ext[1]]


# ---------------------------------------------------------------------------------------------
# Panes: one map in one box.

@dataclass
class Pane:
    box: tuple[float, float, float, float]  # x, y, width, height (the clip box)
    proj: Frame
    extent: Extent | None  # None: the world map (every boundary)
    countries: set[str]  # iso3 labelled here
    places: set[str]  # place ids drawn and labelled here
    regions: bool = False  # the world map: arcs and region names
    letter: str | None = None
    title: str | None = None
    alt_titles: tuple[str, ...] = ()  # shorter titles, tried in turn when `title` is wider than the pane
    locators: list[tuple[Extent, str]] = field(default_factory=list)
    lang: str = "en"
    floor: float = 11.0  # the smallest text, px

    def fs(self, size: float, ratio: float) -> float:
        """A text size `ratio` of `size`, never below the floor."""
        return max(self.floor, size * ratio)


@dataclass(frozen=True)
class Callout:
    number: int
    fig_id: str
    text: str


def _inset_box(pane: Pane) -> Box:
    x, y, w, h = pane.box
    return x, y, x + w, y + h


def _label_requests(view: OperationView, pane: Pane, cmarks: list[symbols.CountryMark],
                    pmarks: list[symbols.PlaceMark], size: float) -> list[LabelRequest]:
    reqs = []
    for c in cmarks:
        if c.iso3 in pane.countries:
            x, y = pane.proj(c.label_lon, c.label_lat)
            reqs.append(LabelRequest(c.fig_id, x, y, 0.0, c.label, pane.fs(size, 1.0 if c.priority == 0 else 0.9),
                                     c.priority, c.weight, centred=True))
    for p in pmarks:
        if p.place_id in pane.places:
            x, y = pane.proj(p.lon, p.lat)
            reqs.append(LabelRequest(p.fig_id, x, y, p.radius, p.text(pane.lang), pane.fs(size, 0.9), p.priority,
                                     float(p.count or 0), bold=p.priority == 0))
    if pane.regions:
        for r in symbols.region_marks(view):
            x, y = pane.proj(r.lon, r.lat)
            reqs.append(LabelRequest(f"region:{r.place_id}", x, y, 0.0, r.label, pane.fs(size, 0.8),
                                     symbols.PRIORITY_REGION, centred=True))
    for ext, letter in pane.locators:
        x0, y0, _, _ = pane.proj.bounds(ext)
        reqs.append(LabelRequest(f"locator:{letter}", x0, y0, 0.0, letter, size, -1))
    return reqs


def _obstacles(pane: Pane, pmarks: list[symbols.PlaceMark]) -> list[tuple[str, Box]]:
    out = []
    for p in pmarks:
        if p.place_id in pane.places:
            x, y = pane.proj(p.lon, p.lat)
            r = p.radius + 1.5
            out.append((p.fig_id, (x - r, y - r, x + r, y + r)))
    return out


def _fit_title(pane: Pane, size: float) -> str | None:
    """The pane's title, or the first of its shorter ones, that fits its width; else its letter
    alone (a title is never cut: the letter still ties the pane to its locator box)."""
    if not pane.title:
        return None
    ts = pane.fs(size, 0.85)
    room = pane.box[2] - 12
    for title in (pane.title, *pane.alt_titles):
        if text_width(title, ts, True) <= room:
            return title
    return pane.letter or pane.title


def _title_box(pane: Pane, size: float) -> Box | None:
    title = _fit_title(pane, size)
    if not title:
        return None
    x, y, _, _ = pane.box
    ts = pane.fs(size, 0.85)
    return x, y, x + text_width(title, ts, True) + 10, y + ts * 1.5


def _place_pane(view: OperationView, pane: Pane, cmarks: list[symbols.CountryMark],
                pmarks: list[symbols.PlaceMark], size: float) -> Placement:
    x0, y0, x1, y1 = _inset_box(pane)
    title = _title_box(pane, size)
    return place(_label_requests(view, pane, cmarks, pmarks, size), (x0 + 2, y0 + 2, x1 - 2, y1 - 2),
                 _obstacles(pane, pmarks), [title] if title else [])


def _text(x: float, baseline: float, text: str, size: float, bold: bool, anchor: str, fig: str | None,
          cls: str, halo: bool = True, fill: str = "#141414") -> str:
    data = f' data-fig="{escape(fig, quote=True)}"' if fig else ""
    stroke = ' stroke="#ffffff" stroke-width="3" paint-order="stroke" stroke-linejoin="round"' if halo else ""
    return (f'<text class="{cls}"{data} x="{x:.1f}" y="{baseline:.1f}" font-size="{size:.1f}" '
            f'font-weight="{700 if bold else 400}" text-anchor="{anchor}"{stroke} fill="{fill}">{escape(text)}</text>')


def _leader(seg: tuple[float, float, float, float]) -> str:
    x0, y0, x1, y1 = seg
    return f'<line x1="{x0:g}" y1="{y0:g}" x2="{x1:g}" y2="{y1:g}" stroke="{LEADER}" stroke-width="1"/>'


def _draw_pane(view: OperationView, pane: Pane, cmarks: list[symbols.CountryMark], pmarks: list[symbols.PlaceMark],
               size: float, clip: str, first_number: int) -> tuple[str, list[Callout]]:
    bx, by, bw, bh = pane.box
    s = pane.proj.scale
    out = [f'<g class="pane" data-frame="{bx:.1f} {by:.1f} {bw:.1f} {bh:.1f}">',
           f'<clipPath id="{clip}"><rect x="{bx:.1f}" y="{by:.1f}" width="{bw:.1f}" height="{bh:.1f}"/></clipPath>',
           f'<rect x="{bx:.1f}" y="{by:.1f}" width="{bw:.1f}" height="{bh:.1f}" fill="{OCEAN}"/>',
           f'<g clip-path="url(#{clip})">',
           (f'<g transform="{pane.proj.transform}" fill="{rgb(style.LAND)}" stroke="#ffffff" '
            f'stroke-width="{0.6 / s:.5f}">')]
    keys = _keys_in(pane.extent)
    level = next(i for i, (top, _, _) in enumerate(_DETAIL) if s <= top)
    rect = None
    if pane.extent is not None:  # an inset: cut the land to its box (and 10 px around it)
        m = 10.0
        rect = ((bx - m - pane.proj.dx) / s, (pane.proj.dy - (by + bh + m)) / s,
                (bx + bw + m - pane.proj.dx) / s, (pane.proj.dy - (by - m)) / s)
    paths = [(k, _path_in(k, level, rect)) for k in keys]
    out += [f'<path d="{d}"/>' for _, d in paths if d]
    out.append("</g>")
    near = set(keys)
    out.append(f'<g transform="{pane.proj.transform}">')
    for c in cmarks:
        if c.iso3 not in near:
            continue
        fill = "none" if c.fill[3] == 0 else rgb(c.fill)
        figure = view.figures.country(c.iso3)  # found: country marks are made from the view's figures
        tip = escape(country_tooltip(view, figure)) if figure is not None else ""
        # Under way: a dashed outline (the app's pydeck layer cannot dash; it draws the same colour).
        dash = (f' stroke-dasharray="{" ".join(f"{float(v) / s:.5f}" for v in style.SYMBOL_DASH.split())}"'
                if c.status == "under_way" else "")
        out.append(f'<path class="country" data-iso3="{escape(c.iso3, quote=True)}" d="{_path_in(c.iso3, level, rect)}" '
                   f'fill="{fill}" stroke="{rgb(c.line)}" stroke-width="{c.width / s:.5f}"{dash}><title>{tip}</title>'
                   '</path>')
    out.append("</g>")
    label = METRIC_LABELS[view.metric]
    if pane.regions:
        for lk in sorted(view.links, key=lambda lk: lk.id):
            a, b = view.places[lk.from_place], view.places[lk.to]
            if a.lat is None or a.lon is None or b.lat is None or b.lon is None:
                continue
            x0, y0 = pane.proj(a.lon, a.lat)
            x1, y1 = pane.proj(b.lon, b.lat)
            mx, my = (x0 + x1) / 2, (y0 + y1) / 2 - abs(x1 - x0) * 0.25 - 10
            out.append(f'<path d="M{x0:g} {y0:g}Q{mx:.1f} {my:.1f} {x1:g} {y1:g}" fill="none" '
                       f'stroke="{rgb(style.ARC)}" stroke-width="2" opacity="0.85"><title>{escape(a.name)} → '
                       f'{escape(b.name)}: {escape(lk.description)}</title></path>')
    figures = {p.place_id: p for p in view.figures.places}
    for p in sorted((p for p in pmarks if p.place_id in pane.places), key=lambda p: (-p.radius, p.place_id)):
        x, y = pane.proj(p.lon, p.lat)
        dash = f' stroke-dasharray="{style.SYMBOL_DASH}"' if p.dashed else ""
        tip = escape(placed_tooltip(view, figures[p.place_id], label))
        if p.precision == "subdivision":
            out.append(f'<circle class="mark" data-fig="{escape(p.fig_id, quote=True)}" cx="{x:g}" cy="{y:g}" '
                       f'r="{p.radius:g}" fill="#ffffff" fill-opacity="0.35" stroke="{rgb(p.line)}" '
                       f'stroke-width="2"{dash}><title>{tip}</title></circle>')
        else:
            out.append(f'<circle class="mark" data-fig="{escape(p.fig_id, quote=True)}" cx="{x:g}" cy="{y:g}" '
                       f'r="{p.radius:g}" fill="{rgb(p.line)}" fill-opacity="{style.TOWN_FILL_OPACITY}" '
                       f'stroke="{rgb(p.line)}" stroke-width="1.2"{dash}><title>{tip}</title></circle>')
    for ext, _ in pane.locators:
        x0, y0, x1, y1 = pane.proj.bounds(ext)
        out.append(f'<rect class="locator" x="{x0:.1f}" y="{y0:.1f}" width="{x1 - x0:.1f}" height="{y1 - y0:.1f}" '
                   'fill="none" stroke="#141414" stroke-width="1.5"/>')
    placement = _place_pane(view, pane, cmarks, pmarks, size)
    for pl in placement.placed:
        if pl.leader is not None:
            out.append(_leader(pl.leader))
    for pl in placement.placed:
        r = pl.request
        fig = None if r.id.startswith("locator:") else r.id
        out.append(_text(pl.x, pl.baseline, r.text, r.size, r.bold, pl.anchor, fig, "label"))
    callouts, numbers = [], []
    names = {c.fig_id: figure.name for c in cmarks if (figure := view.figures.country(c.iso3)) is not None}
    for i, r in enumerate(order(placement.unplaced)):
        n = first_number + i
        text = f"{names[r.id]}: {r.text}" if r.id in names else r.text
        callouts.append(Callout(n, r.id, text))
        numbers.append(LabelRequest(r.id, r.x, r.y, r.radius, str(n), _callout_size(size, pane.floor), 0, -n,
                                    centred=r.centred))
    if numbers:
        title = _title_box(pane, size)
        nums = place(numbers, (bx + 2, by + 2, bx + bw - 2, by + bh - 2), _obstacles(pane, pmarks),
                     [p.box for p in placement.placed] + ([title] if title else []), near_only=True)
        for pl in nums.placed:
            if pl.leader is not None:
                out.append(_leader(pl.leader))
            bb = pl.box
            out.append(f'<rect x="{bb[0] - 2:.1f}" y="{bb[1] - 1.5:.1f}" width="{bb[2] - bb[0] + 4:.1f}" '
                       f'height="{bb[3] - bb[1] + 3:.1f}" rx="3" fill="{CALLOUT_BADGE}"/>')
            out.append(_text(pl.x, pl.baseline, pl.request.text, pl.request.size, True, pl.anchor, pl.request.id,
                             "callout-number", halo=False, fill="#ffffff"))
    out.append("</g>")
    if pane.title:
        tb = _title_box(pane, size)
        assert tb is not None
        out.append(f'<rect x="{tb[0]:.1f}" y="{tb[1]:.1f}" width="{tb[2] - tb[0]:.1f}" height="{tb[3] - tb[1]:.1f}" '
                   'fill="#ffffff" fill-opacity="0.9"/>')
        ts = pane.fs(size, 0.85)
        out.append(_text(tb[0] + 5, tb[1] + ts * 1.1, _fit_title(pane, size) or "", ts, True, "start", None,
                         "pane-title", halo=False))
    out.append(f'<rect x="{bx:.1f}" y="{by:.1f}" width="{bw:.1f}" height="{bh:.1f}" fill="none" stroke="#c8c8c8"/>')
    out.append("</g>")
    return "".join(out), callouts


# ---------------------------------------------------------------------------------------------
# Layout: the world map, its insets and the callout list inside one area.

def _fit_box(ext: Extent, cell: tuple[float, float, float, float]) -> tuple[Frame, tuple[float, float, float, float]]:
    """A frame fitted to `ext` inside `cell`, and the box it actually fills (centred in the cell)."""
    proj = Frame.fit(ext, cell)
    x0, y0, x1, y1 = proj.bounds(ext)
    x0, y0 = max(cell[0], x0), max(cell[1], y0)
    x1, y1 = min(cell[0] + cell[2], x1), min(cell[1] + cell[3], y1)
    return proj, (x0, y0, x1 - x0, y1 - y0)


def _pad_extent(lons: list[float], lats: list[float], pad: float, min_span: float) -> Extent:
    lon0, lon1, lat0, lat1 = min(lons), max(lons), min(lats), max(lats)
    cx, cy = (lon0 + lon1) / 2, (lat0 + lat1) / 2
    half_w = max(min_span, lon1 - lon0 + 2 * pad) / 2
    half_h = max(min_span * 0.75, lat1 - lat0 + 2 * pad) / 2
    return cx - half_w, max(-80.0, cy - half_h), cx + half_w, min(84.0, cy + half_h)


def _in_extent(lon: float, lat: float, ext: Extent) -> bool:
    return ext[0] <= lon <= ext[2] and ext[1] <= lat <= ext[3]


def _groups(keys: list[str], anchors: dict[str, tuple[float, float]]) -> list[set[str]]:
    """Connected groups of anchors closer than CROWD_PX to another of the group."""
    groups: list[set[str]] = []
    for k in keys:
        near = [g for g in groups if any(math.dist(anchors[k], anchors[o]) <= CROWD_PX for o in g)]
        merged = {k}.union(*near) if near else {k}
        groups = [g for g in groups if g not in near] + [merged]
    return groups


def _without_outliers(marks: list[symbols.PlaceMark]) -> list[symbols.PlaceMark]:
    """The places within OUTLIER_DEG of the middle (median) of them all."""
    if not marks:
        return marks
    lat_m = sorted(p.lat for p in marks)[len(marks) // 2]
    lon_m = sorted(p.lon for p in marks)[len(marks) // 2]
    return [p for p in marks if abs(p.lat - lat_m) + abs(p.lon - lon_m) <= OUTLIER_DEG] or marks


@dataclass(frozen=True)
class _Plan:
    close_up: tuple[str, Extent, frozenset[str]] | None  # (iso3, extent, place ids): sub-national figures
    crowded: Extent | None  # countries whose labels crowd


def _plan(view: OperationView, area: tuple[float, float, float, float], cmarks: list[symbols.CountryMark],
          pmarks: list[symbols.PlaceMark], size: float, lang: str = "en", floor: float = 11.0) -> _Plan:
    world = extent(view)
    proj = Frame.fit(world, area)
    close_up = None
    by_country: dict[str, list[symbols.PlaceMark]] = {}
    for p in pmarks:
        if p.iso3:
            by_country.setdefault(p.iso3, []).append(p)
    if by_country:
        iso3 = min(by_country, key=lambda k: (-len(by_country[k]), k))
        pts = [proj(p.lon, p.lat) for p in by_country[iso3]]
        spread = max(max(x for x, _ in pts) - min(x for x, _ in pts), max(y for _, y in pts) - min(y for _, y in pts))
        distinct = {(round(p.lat, 1), round(p.lon, 1)) for p in by_country[iso3]}
        if len(distinct) >= 2 and spread < SMUDGE_PX:
            # a far-off place (an island) stays on the world map instead of stretching the close-up
            marks = by_country[iso3]
            marks = _without_outliers(marks)
            close_up = (iso3, _pad_extent([p.lon for p in marks], [p.lat for p in marks], 1.2, 4.0),
                        frozenset(p.place_id for p in marks))
    places = {p.place_id for p in pmarks if close_up is None or p.iso3 != close_up[0]}
    trial = Pane(area, proj, None, {c.iso3 for c in cmarks}, places, regions=True, lang=lang, floor=floor)
    result = _place_pane(view, trial, cmarks, pmarks, size)
    # crowded: a country label that fits nowhere, or several that had to move off their country
    unplaced = [r for r in result.unplaced if r.id.startswith("country:")]
    moved = [p.request for p in result.placed if p.request.id.startswith("country:") and p.leader is not None]
    hot_reqs = unplaced + (moved if len(moved) >= 2 else [])
    crowded = None
    if hot_reqs:
        anchors = {c.iso3: proj(c.label_lon, c.label_lat) for c in cmarks}
        hot = {r.id.split(":", 1)[1] for r in hot_reqs}
        lost = {r.id.split(":", 1)[1] for r in unplaced}
        # groups of countries whose labels are near each other; the inset takes the biggest group
        # with a label in trouble (a lone country whose label moved needs no inset)
        groups = _groups(sorted(anchors), anchors)
        candidates = [g for g in groups if g & hot and (len(g) >= 2 or g & lost)]
        if candidates:
            group = max(candidates, key=lambda g: (len(g), len(g & hot), sorted(g)))
            members = [c for c in cmarks if c.iso3 in group]
            crowded = _pad_extent([c.label_lon for c in members], [c.label_lat for c in members], 3.0, 12.0)
    return _Plan(close_up, crowded)


def _callout_lines(callouts: list[Callout]) -> list[tuple[Callout, str]]:
    return [(c, f"{c.number}  {c.text}") for c in callouts]


def _callout_size(size: float, floor: float = 11.0) -> float:
    return max(floor, size * 0.8)


def _callout_flow(callouts: list[Callout], width: float, size: float, floor: float = 11.0) -> Flow:
    """The numbered list, each line whole (wrapped in its column), in as many columns as leave it
    shortest."""
    fs = _callout_size(size, floor)
    return flow([line for _, line in _callout_lines(callouts)], width, fs, fs, max_cols=4, max_lines=3)


def _callout_title(title: str, width: float, size: float, floor: float = 11.0) -> list[str]:
    return wrap_px(title, width, _callout_size(size, floor), bold=True, cut=False)


def _draw_callouts(callouts: list[Callout], box: tuple[float, float, float, float], size: float,
                   title: str, floor: float = 11.0) -> str:
    """The numbered list under its title, each line whole, in as many columns as leave it
    shortest (the caller has checked that it fits the box: `_fits`)."""
    if not callouts:
        return ""
    x, y, w, _ = box
    fs = _callout_size(size, floor)
    line_h = fs * 1.3
    out = []
    for i, line in enumerate(_callout_title(title, w, size, floor)):
        out.append(_text(x, y + fs * 1.05 + i * line_h, line, fs, True, "start", None, "callout-title", halo=False))
    top = y + fs * 1.05 + (len(out) - 1) * line_h + line_h * 0.4
    fl = _callout_flow(callouts, w, size, floor)
    for i, col, row, line in fl.lines:
        out.append(_text(x + col * (fl.col_w + fs), top + (row + 1) * line_h - fs * DESCENT_EM - (line_h - fs) / 2,
                         line, fs, False, "start", callouts[i].fig_id, "callout", halo=False))
    return "".join(out)


def _callout_height(callouts: list[Callout], width: float, size: float, title: str, floor: float = 11.0) -> float:
    """Height the numbered list and its `title` need in a box `width` wide."""
    if not callouts:
        return 0.0
    fs = _callout_size(size, floor)
    title_lines = len(_callout_title(title, width, size, floor))
    return fs * 1.3 * (_callout_flow(callouts, width, size, floor).rows + title_lines + 0.6) + fs * 0.2


class MapDrawing(NamedTuple):
    """A composed map: its SVG, the callouts left to the caller to list (`compose_without_list`),
    whether its own list fitted (`compose_checked`), and its panes' boxes."""

    svg: str
    callouts: list[Callout]
    fits: bool
    boxes: list[tuple[str | None, tuple[float, float, float, float]]]  # (inset letter or None, box)

    @property
    def legible_area(self) -> float:
        """The map's area, an inset's counted twice (its figures are those that crowd)."""
        return sum(b[2] * b[3] * (2 if letter else 1) for letter, b in self.boxes)


def _boxes(panes: list[Pane]) -> list[tuple[str | None, tuple[float, float, float, float]]]:
    return [(p.letter, p.box) for i, p in enumerate(panes) if i == 0 or p.letter is not None]


def compose_without_list(view: OperationView, area: tuple[float, float, float, float], precision: str = "any",
                         lang: str = "en", size: float = 15.0, clip: str = "map", floor: float = 11.0) -> MapDrawing:
    """The world map and its insets filling `area`, with a number on the map for each label that
    fits nowhere; the numbered list (`callout_lines` of the drawing's callouts) is left to the
    caller to set, e.g. in a panel below a short map, where it has the full width to be read."""
    words = style.MAP_WORDS[lang]
    cmarks = symbols.country_marks(view) if "country" in symbols.FINER_THAN[precision] else []
    pmarks = symbols.place_marks(view, precision)
    plan = _plan(view, area, cmarks, pmarks, size, lang, floor)
    panes = _best_layout(view, area, plan, cmarks, pmarks, words, [], size, floor, lang)
    for pane in panes:
        pane.lang, pane.floor = lang, floor
    svg, found, _ = _draw(view, panes, cmarks, pmarks, size, clip)
    return MapDrawing(svg, found, True, _boxes(panes))


def callout_lines(callouts: list[Callout]) -> list[tuple[str, str]]:
    """(figure id, line) of the numbered list."""
    return [(c.fig_id, line) for c, line in _callout_lines(callouts)]


def compose(view: OperationView, area: tuple[float, float, float, float], precision: str = "any",
            lang: str = "en", size: float = 15.0, clip: str = "map", floor: float = 11.0) -> str:
    """The world map with its insets and callout list, laid out inside `area` = (x, y, w, h).
    `size`: a stated count's label; other text is smaller, down to `floor` px and never below."""
    return compose_checked(view, area, precision, lang, size, clip, floor).svg


def compose_checked(view: OperationView, area: tuple[float, float, float, float], precision: str = "any",
                    lang: str = "en", size: float = 15.0, clip: str = "map", floor: float = 11.0,
                    numbered: list[Callout] | None = None) -> MapDrawing:
    """`compose`, saying whether its callout list fits the room the map left it (when it does
    not, it is set below the map's area all the same: a caller with room elsewhere, such as a
    panel, should set the list there instead, with `compose_without_list`). `numbered`: what
    `compose_without_list` numbered in the same area, if the caller has it (its first try is
    then skipped: it would draw the same)."""
    words = style.MAP_WORDS[lang]
    cmarks = symbols.country_marks(view) if "country" in symbols.FINER_THAN[precision] else []
    pmarks = symbols.place_marks(view, precision)
    plan = _plan(view, area, cmarks, pmarks, size, lang, floor)
    callouts: list[Callout] = numbered + numbered[: len(numbered) // 3] if numbered else []
    for _ in range(3 if not numbered else 2):
        panes = _best_layout(view, area, plan, cmarks, pmarks, words, callouts, size, floor, lang)
        for pane in panes:
            pane.lang, pane.floor = lang, floor
        svg, found, spare = _draw(view, panes, cmarks, pmarks, size, clip)
        if not found:
            return MapDrawing(svg, [], True, _boxes(panes))
        if spare is not None and _fits(found, spare, size, words["callouts"], floor):
            return MapDrawing(svg + _draw_callouts(found, spare, size, words["callouts"], floor), [], True,
                              _boxes(panes))
        # reserve room for what did not fit (a little more: a smaller map may leave more out)
        callouts = found + found[: len(found) // 3]
    box = spare or _fallback_box(area, size)
    return MapDrawing(svg + _draw_callouts(found, box, size, words["callouts"], floor), [],
                      _fits(found, box, size, words["callouts"], floor), _boxes(panes))


def _fallback_box(area: tuple[float, float, float, float], size: float) -> tuple[float, float, float, float]:
    x, y, w, h = area
    return x, y + h * 0.7, w, h * 0.3


def _fits(callouts: list[Callout], box: tuple[float, float, float, float], size: float, title: str,
          floor: float = 11.0) -> bool:
    return _callout_height(callouts, box[2], size, title, floor) <= box[3]


#: Strip shares tried for the insets besides the default one (below the map: of its height;
#: beside it: of its width): a wider strip makes larger insets, at the world map's expense.
STRIP_SHARES = {True: 0.5, False: 0.55}
#: The most of the map's area the strip of insets may take.
MAX_STRIP_SHARE = 0.62


def _best_layout(view: OperationView, area: tuple[float, float, float, float], plan: _Plan,
                 cmarks: list[symbols.CountryMark], pmarks: list[symbols.PlaceMark], words: dict[str, str],
                 callouts: list[Callout], size: float, floor: float = 11.0, lang: str = "en") -> list[Pane]:
    """With insets, the strip below the map or beside it, at its default size or a larger one
    (`STRIP_SHARES`, or the size the insets fill): whichever leaves the fewest labels unplaced
    (numbered instead); then the default size; then the one that keeps the world map and the
    insets largest together (the world map's scale against its full-area fit, plus the insets'
    share of the area, counted 1.5 times)."""
    if plan.close_up is None and plan.crowded is None:
        return _layout(view, area, plan, cmarks, pmarks, words, callouts, size, floor=floor)
    full = Frame.fit(extent(view), area).scale
    aspects = [_aspect(ext) for ext in (plan.close_up[1] if plan.close_up else None, plan.crowded) if ext]
    gaps = max(8.0, size * 0.6) * len(aspects)  # between the map and the strip, and between insets
    candidates: list[tuple[bool, float, list[Pane]]] = []  # (default strip, score, panes)
    for below in (True, False):
        # and the strip that the insets fill end to end (as tall as their widths allow)
        fill = ((area[2] - gaps) / sum(aspects) + gaps) / area[3] if below else \
            ((area[3] - gaps) / sum(1 / a for a in aspects) + gaps) / area[2]
        for share in (None, STRIP_SHARES[below], round(min(max(fill, 0.3), MAX_STRIP_SHARE), 3)):
            panes = _layout(view, area, plan, cmarks, pmarks, words, callouts, size, below, floor, share)
            insets = sum(p.box[2] * p.box[3] for p in panes[1:] if p.letter is not None)
            score = round(panes[0].proj.scale / full + 1.5 * insets / (area[2] * area[3]), 9)
            candidates.append((share is None, score, panes))
    # a larger strip only where it places more labels (else the world map keeps its room); tried
    # in the order of that preference, the first that places every label wins outright
    best, best_key = None, None
    for default, score, panes in sorted(candidates, key=lambda c: (not c[0], -c[1])):
        for pane in panes:
            pane.lang, pane.floor = lang, floor
        unplaced = sum(len(_place_pane(view, pane, cmarks, pmarks, size).unplaced) for pane in panes
                       if pane.countries or pane.places)
        key = (-unplaced, default, score)
        if best_key is None or key > best_key:
            best, best_key = panes, key
        if unplaced == 0:
            break
    assert best is not None
    return best


def _aspect(ext: Extent) -> float:
    """Width / height of an extent as drawn."""
    x0, y0, x1, y1 = Frame.fit(ext, (0.0, 0.0, 1000.0, 1000.0)).bounds(ext)
    return max(0.1, (x1 - x0) / max(1e-9, y1 - y0))


def _spare(view: OperationView, area: tuple[float, float, float, float], world: Extent | None = None
           ) -> tuple[float, float]:
    """Height and width of the area the fitted world map leaves empty."""
    world = world or extent(view)
    fx0, fy0, fx1, fy1 = Frame.fit(world, area).bounds(world)
    return area[3] - (fy1 - fy0), area[2] - (fx1 - fx0)


def _strip_below(view: OperationView, area: tuple[float, float, float, float], world: Extent | None = None) -> bool:
    """Insets and callouts go in a row below the map (else in a column beside it)."""
    spare_h, spare_w = _spare(view, area, world)
    return spare_h / area[3] >= spare_w / area[2]


def _layout(view: OperationView, area: tuple[float, float, float, float], plan: _Plan,
            cmarks: list[symbols.CountryMark], pmarks: list[symbols.PlaceMark], words: dict[str, str],
            callouts: list[Callout], size: float, below: bool | None = None, floor: float = 11.0,
            strip_share: float | None = None) -> list[Pane]:
    """Panes: the world map first, then its insets; the spare cell (if any) for the callout list
    is the last pane's box, marked by a Pane with no countries and no places."""
    x, y, w, h = area
    world = extent(view)
    insets: list[tuple[Extent, str, tuple[str, ...], set[str], set[str]]] = []
    letters = iter("ABCD")
    all_places = {p.place_id for p in pmarks}
    main_countries = {c.iso3 for c in cmarks}
    main_places = set(all_places)
    if plan.close_up is not None:
        iso3, ext, ids = plan.close_up
        mine = set(ids)
        main_places -= mine
        name = figure.name if (figure := view.figures.country(iso3)) else iso3
        insets.append((ext, next(letters), (name,), set(), mine))
    if plan.crowded is not None:
        ext = plan.crowded
        inside = {c.iso3 for c in cmarks if _in_extent(c.label_lon, c.label_lat, ext)}
        main_countries -= inside
        near = {p.place_id for p in pmarks if p.place_id in main_places and _in_extent(p.lon, p.lat, ext)}
        main_places -= near
        insets.append((ext, next(letters), _crowded_titles(view, inside, words["crowded"]), inside, near))
    if not insets and not callouts:
        return [Pane(area, Frame.fit(world, area), None, main_countries, main_places, regions=True)]
    gap = max(8.0, size * 0.6)
    below = _strip_below(view, area, world) if below is None else below
    spare_h, spare_w = _spare(view, area, world)
    fitted_h, fitted_w = h - spare_h, w - spare_w
    if below:
        strip = min(h * 0.55, max(h - fitted_h * 0.85, h * 0.36)) if insets else min(h * 0.5, max(spare_h, h * 0.2))
        if insets and strip_share is not None:
            strip = h * strip_share
        main_area = (x, y, w, h - strip - gap)
        strip_box = (x, y + h - strip, w, strip)
    else:
        strip = min(w * 0.5, max(w - fitted_w * 0.85, w * 0.32)) if insets else min(w * 0.45, max(spare_w, w * 0.3))
        if insets and strip_share is not None:
            strip = w * strip_share
        main_area = (x, y, w - strip - gap, h)
        strip_box = (x + w - strip, y, strip, h)
    main_proj, main_box = _fit_box(world, main_area)
    # flush with the top (or left) of its area, so that the strip follows it without a gap; it
    # keeps the width (or height) of its area: ocean beyond the fitted land is fine
    if below:
        main_proj = Frame(main_proj.scale, main_proj.dx, main_proj.dy + main_area[1] - main_box[1])
        main_box = (main_area[0], main_area[1], main_area[2], main_box[3])
    else:
        main_proj = Frame(main_proj.scale, main_proj.dx + main_area[0] - main_box[0], main_proj.dy)
        main_box = (main_area[0], main_area[1], main_box[2], main_area[3])
    # the strip starts right after the map (it takes what the fitted map leaves)
    strip_box = (x, main_box[1] + main_box[3] + gap, w, y + h - (main_box[1] + main_box[3] + gap)) if below else \
        (main_box[0] + main_box[2] + gap, y, x + w - (main_box[0] + main_box[2] + gap), h)
    main = Pane(main_box, main_proj, None, main_countries, main_places, regions=True,
                locators=[(ext, letter) for ext, letter, _, _, _ in insets])
    panes = [main]
    sx, sy, sw, sh = strip_box
    if not insets:
        panes.append(Pane(strip_box, main_proj, None, set(), set()))
        return panes
    room = _callout_height(callouts, sw, size, words["callouts"], floor) if callouts else 0.0
    room = min(room, sh * 0.6)
    n = len(insets)
    end = sx if below else sy  # where the last inset ends
    bottom = 0.0
    # each inset's cell in proportion to the size its extent needs at the strip's height (or
    # width), so that a wide close-up is not squeezed into the same cell as a narrow one
    across = sh - (room + gap if room else 0) if below else sw
    along = sw if below else sh - (room + gap if room else 0)
    natural = []
    for ext, *_ in insets:
        aspect = _aspect(ext)
        natural.append(across * (aspect if below else 1 / aspect))
    shrink = min(1.0, (along - gap * (n - 1)) / sum(natural))
    for i, (ext, letter, titles, countries, places) in enumerate(insets):
        if below:
            cell = (end + (gap if i else 0), sy, natural[i] * shrink, across)
        else:
            cell = (sx, end + (gap if i else 0), sw, natural[i] * shrink)
        proj, box = _fit_box(ext, cell)
        # flush with the start of its cell, so that what follows sits right after it
        dx, dy = (cell[0] - box[0], cell[1] - box[1]) if below else (0.0, cell[1] - box[1])
        proj = Frame(proj.scale, proj.dx + dx, proj.dy + dy)
        box = (box[0] + dx, box[1] + dy, box[2], box[3])
        panes.append(Pane(box, proj, ext, countries, places, letter=letter, title=f"{letter} · {titles[0]}",
                          alt_titles=tuple(f"{letter} · {t}" for t in titles[1:])))
        end = box[0] + box[2] if below else box[1] + box[3]
        bottom = max(bottom, box[1] + box[3])
    if room:
        panes.append(Pane((sx, bottom + gap, sw, sy + sh - bottom - gap), main_proj, None, set(), set()))
    return panes


#: An inset of crowded countries is titled by their names when these are no longer than this.
SHORT_TITLE = 30


def _crowded_titles(view: OperationView, iso3s: set[str], fallback: str) -> tuple[str, ...]:
    """Titles for an inset of crowded countries, best first: their UN M49 region ("Western
    Europe") when one holds them all, else their names when short; then `fallback`."""
    region = smallest_region(iso3s)
    if region:
        return region[0].upper() + region[1:], fallback
    names = sorted(c.name for c in view.figures.countries if c.iso3 in iso3s)
    text = ", ".join(names)
    return (text, fallback) if names and len(text) <= SHORT_TITLE else (fallback,)


def _draw(view: OperationView, panes: list[Pane], cmarks: list[symbols.CountryMark],
          pmarks: list[symbols.PlaceMark], size: float, clip: str
          ) -> tuple[str, list[Callout], tuple[float, float, float, float] | None]:
    parts: list[str] = []
    callouts: list[Callout] = []
    spare = None
    for i, pane in enumerate(panes):
        if i > 0 and not pane.countries and not pane.places and pane.letter is None:
            spare = pane.box
            continue
        svg, calls = _draw_pane(view, pane, cmarks, pmarks, size, f"{clip}-{i}", len(callouts) + 1)
        parts.append(svg)
        callouts += calls
    return "".join(parts), callouts, spare


def close_up_svg(view: OperationView, focus: str, width: int = 320, height: int = 320) -> str:
    """A close-up of one country's figures as a standalone SVG: the same marks, colours and placer
    as the world map, framed on the places inside the country. Drawn by the package, not by WebGL:
    the app shows it as an image (one WebGL map on the page) and snapshots can use it."""
    pmarks = _without_outliers([p for p in symbols.place_marks(view) if p.iso3 == focus])
    shape = boundaries.countries().get(focus)
    pts = [(p.lon, p.lat) for p in pmarks]
    if shape is not None:
        pts.append((shape.label_lon, shape.label_lat))
    if not pts:
        return ""
    ext = _pad_extent([p[0] for p in pts], [p[1] for p in pts], 1.5, 4.0)
    box = (1.0, 1.0, width - 2.0, height - 2.0)
    proj = Frame.fit(ext, box)
    pane = Pane(box, proj, ext, set(), {p.place_id for p in pmarks})
    size = 13.0
    svg, callouts = _draw_pane(view, pane, symbols.country_marks(view), pmarks, size, "close-up", 1)
    extra = ""
    total_h = height
    if callouts:
        title = style.MAP_WORDS["en"]["callouts"]
        room = _callout_height(callouts, width - 8.0, size, title)
        extra = _draw_callouts(callouts, (4.0, height + 4.0, width - 8.0, room), size, title)
        total_h = int(height + room + 8)
    return (f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{total_h}" '
            f'viewBox="0 0 {width} {total_h}" font-family="{FONT_STACK}" role="img">'
            + f'<rect width="{width}" height="{total_h}" fill="#ffffff"/>' + svg + extra + "</svg>")


__all__ = ["ASCENT_EM", "Callout", "MapDrawing", "Pane", "callout_lines", "close_up_svg", "compose", "compose_checked",
           "compose_without_list",
           "extent", "rgb"]
