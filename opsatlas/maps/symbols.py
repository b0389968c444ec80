"""What each figure looks like on a map, decided once for both renderers.

The app's pydeck layers and the SVG (snapshots, embeds, close-ups) draw these marks and nothing
else: a country's fill, outline and label; a place's circle (area proportional to its count,
dashed when the figure is 'at least' or 'about'), colour and label; the label's priority for the
placer. Pure data: no pydeck, no SVG.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..geo import boundaries
from ..records.vocab import RINGED
from ..view import OperationView
from . import style
from .placement import PRIORITY_COUNT, PRIORITY_DISPUTED, PRIORITY_REGION, PRIORITY_UNKNOWN


@dataclass(frozen=True)
class CountryMark:
    iso3: str
    fig_id: str  # "country:ESP": the key the overlap checker follows from mark to label
    status: str
    fill: tuple[int, int, int, int]
    line: tuple[int, int, int, int]
    width: float
    label: str
    priority: int
    weight: float
    label_lat: float
    label_lon: float


@dataclass(frozen=True)
class PlaceMark:
    place_id: str
    fig_id: str  # "place:<id>"
    iso3: str | None
    precision: str  # subdivision (an open ring) | point (a filled disc)
    lat: float
    lon: float
    count: int | None
    radius: float  # px
    line: tuple[int, int, int, int]
    dashed: bool
    label: str
    priority: int
    inside: bool = False  # part of a province's figure already drawn (not added to it)
    disputed: bool = False  # sources disagree: an orange outline, every value on the label

    def text(self, lang: str = "en") -> str:
        """The label in a language: a town inside a counted province says so."""
        return f"{self.label} {style.MAP_WORDS[lang]['in_province']}" if self.inside else self.label


@dataclass(frozen=True)
class RegionMark:
    place_id: str
    lat: float
    lon: float
    label: str


#: How finely a figure must be placed to be drawn, by the coarsest precision the reader accepts.
FINER_THAN = {"any": {"country", "subdivision", "point"}, "country": {"country", "subdivision", "point"},
              "subdivision": {"subdivision", "point"}, "point": {"point"}}


def country_marks(view: OperationView) -> list[CountryMark]:
    """One mark per country with a figure that has a boundary to draw, sorted by code."""
    shapes = boundaries.countries()
    out = []
    for c in sorted(view.figures.countries, key=lambda c: c.iso3):
        shape = shapes.get(c.iso3)
        if shape is None:
            continue
        if c.value is not None and c.figure is not None:
            fill = (*style.count_colour(c.value), 230)
            line, width, text, prio = (40, 40, 40, 255), 1.0, c.figure.text, PRIORITY_COUNT
        elif c.status == "named":
            fill, line, width, text, prio = style.NAMED_FILL, style.NAMED_LINE, 1.5, "?", PRIORITY_UNKNOWN
        elif c.status == "under_way":
            fill, line, width, prio = (255, 255, 255, 0), style.UNDER_WAY_LINE, 2.5, PRIORITY_UNKNOWN
            text = "under way"
        else:
            fill, line, width, text, prio = (255, 255, 255, 0), style.DISPUTED_LINE, 3.0, "disputed", PRIORITY_DISPUTED
        out.append(CountryMark(c.iso3, f"country:{c.iso3}", c.status, fill, line, width, text, prio,
                               float(c.value or 0), shape.label_lat, shape.label_lon))
    return out


def place_scale(view: OperationView) -> float:
    """px radius of a count of 1: one scale for every place mark of this view."""
    counts = [p.figure.count for p in view.figures.places if p.figure.count is not None]
    return style.symbol_scale(max(counts, default=1))


def place_marks(view: OperationView, precision: str = "any", focus: str | None = None) -> list[PlaceMark]:
    """Rings (provinces) and discs (towns) with a location, sorted by id; with `focus`, one country's."""
    shown = FINER_THAN[precision]
    scale = place_scale(view)
    out = []
    for p in sorted(view.figures.places, key=lambda p: p.place_id):
        # an area with an anchor is drawn as a province is: an open ring (somewhere in it)
        kind = "subdivision" if p.precision in RINGED else p.precision
        if p.lat is None or p.lon is None or kind not in ("subdivision", "point") or kind not in shown:
            continue
        if focus is not None and p.iso3 != focus:
            continue
        known = p.figure.count is not None and not p.disputed
        count = p.figure.count if known else None
        name = p.name.split(" (")[0]
        text = p.text  # '3', '?', or every value of a disputed figure
        out.append(PlaceMark(
            p.place_id, f"place:{p.place_id}", p.iso3, kind, p.lat, p.lon, count,
            style.symbol_radius(count, scale),
            style.RING if known else style.DISPUTED_LINE if p.disputed else style.RING_UNKNOWN,
            p.figure.qualifier in style.APPROXIMATE, f"{name} {text}",
            PRIORITY_COUNT if known else PRIORITY_DISPUTED if p.disputed else PRIORITY_UNKNOWN,
            p.inside is not None, p.disputed))
    return out


def region_marks(view: OperationView) -> list[RegionMark]:
    """Where an arc meets a region: the arc ends at the region's centre, which is no town."""
    out = []
    for pid in sorted({lk.to for lk in view.links} | {lk.from_place for lk in view.links}):
        rp = view.places[pid]
        if rp.precision == "region" and rp.lat is not None and rp.lon is not None:
            out.append(RegionMark(pid, rp.lat, rp.lon, f"{rp.name} (region)"))
    return out


__all__ = [
    "PRIORITY_REGION",
    "CountryMark",
    "PlaceMark",
    "RegionMark",
    "country_marks",
    "place_marks",
    "region_marks",
]
