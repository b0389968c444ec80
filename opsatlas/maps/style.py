"""How the maps look: colours, symbol sizes, the static URLs, and the legend's words.

Colour-blind-safe: a single-hue blue ramp for counts, orange for disputes, near-black marks;
and every state is also told apart by something other than colour (outline, fill or none,
a number, '?' or 'disputed' written on it).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from ..records.schema import METRIC_LABELS
from ..records.vocab import QUALIFIERS
from ..view import OperationView

#: Served by Streamlit's static file serving (static/); the browser never asks another host.
MAP_STYLE_URL = "app/static/style.json"

BASE_BOUNDARIES_URL = "app/static/countries-110m.geojson"

NAMED_FILL = (240, 228, 196, 220)
NAMED_LINE = (90, 90, 90, 255)
DISPUTED_LINE = (230, 97, 0, 255)
UNDER_WAY_LINE = (33, 113, 181, 255)  # a figure whose events were not all over by then: outlined, not filled
RING = (20, 20, 20, 255)
RING_UNKNOWN = (140, 140, 140, 255)  # a province named without a count
POINT = (20, 20, 20, 255)
ARC = (120, 60, 150, 200)
SELECTED_LINE = (0, 0, 0, 255)
LAND = (212, 209, 200, 255)
INVOLVED_FIGURES = (107, 174, 214, 230)
INVOLVED_OTHER = (203, 201, 226, 230)


@dataclass(frozen=True)
class CountClass:
    low: int
    high: int | None  # None: and above
    colour: tuple[int, int, int]

    @property
    def text(self) -> str:
        if self.high is None:
            return f"{self.low:,}+"
        return f"{self.low:,}" if self.high == self.low else f"{self.low:,}–{self.high:,}"


#: The fill of a country with a stated count: fixed classes, the same on every map of every
#: operation (a country with one arrest is the palest blue whatever else the record holds; the
#: darkest is kept for 200 or more). ColorBrewer "Blues", light to dark. Declared here only: the
#: app's layers, the SVG and both legends read them.
COUNT_CLASSES: tuple[CountClass, ...] = (
    CountClass(1, 1, (198, 219, 239)),
    CountClass(2, 4, (158, 202, 225)),
    CountClass(5, 9, (107, 174, 214)),
    CountClass(10, 49, (49, 130, 189)),
    CountClass(50, 199, (8, 81, 156)),
    CountClass(200, None, (8, 48, 107)),
)
BLUES = [c.colour for c in COUNT_CLASSES]


def count_class(value: int) -> CountClass:
    """The class of a stated count ('at least 5' is drawn in the class of 5). 0 joins the first."""
    for c in COUNT_CLASSES:
        if c.high is None or value <= c.high:
            return c
    return COUNT_CLASSES[-1]


def count_colour(value: int) -> tuple[int, int, int]:
    return count_class(value).colour


#: Places below country level (a province, a town): circles whose AREA is proportional to the
#: count, the same scale for rings and dots: a count of 1 is a circle of radius `SYMBOL_R1` px
#: (4 of them one of 2 x SYMBOL_R1), until the largest would pass `SYMBOL_MAX_R`, when the whole
#: map's scale shrinks so that it does not. A place named without a count gets a fixed small grey
#: circle; "at least N", "more than N" and "about N" get a dashed outline.
SYMBOL_R1 = 4.0
SYMBOL_MAX_R = 26.0
SYMBOL_MIN_R = 2.5  # never smaller than this, to stay visible (only when the scale has shrunk)
SYMBOL_UNKNOWN_R = 4.0
SYMBOL_DASH = "4 2.5"
#: Counts that are not exact (at least, about, almost, up to, a range): drawn dashed (from vocab.QUALIFIERS).
APPROXIMATE = frozenset(q.name for q in QUALIFIERS if q.bound in ("lower", "approx", "upper"))
#: A province's ring is drawn open (somewhere in it); a town is a filled disc.
TOWN_FILL_OPACITY = 0.55


def symbol_scale(max_count: int) -> float:
    """Radius in px of a count of 1 on a map whose largest place count is `max_count`."""
    if max_count <= 0:
        return SYMBOL_R1
    return min(SYMBOL_R1, SYMBOL_MAX_R / math.sqrt(max_count))


def symbol_radius(count: int | None, scale: float) -> float:
    if count is None:
        return SYMBOL_UNKNOWN_R
    return round(max(SYMBOL_MIN_R, scale * math.sqrt(max(count, 1))), 1)


def size_key(max_count: int) -> list[int]:
    """Counts shown in the legend's size key: 1, a round middle value (1-2-5) and the largest."""
    if max_count <= 1:
        return [1]
    nice = [n * 10 ** e for e in range(7) for n in (1, 2, 5)]
    mid = max((n for n in nice if n <= max_count / 3), default=1)
    return sorted({1, mid, max_count})


#: The map's own words, in each language: the legend, insets and callouts. Record text (names,
#: figures, sources) is never translated. The app, the SVG snapshots and the embed read these.
MAP_WORDS: dict[str, dict[str, str]] = {
    "en": {
        "classes": "stated count for the country (the same classes on every map)",
        "named": "reported there, count not given",
        "disputed": "disputed: sources disagree, added to nothing",
        "under_way": "under way by then: events begun, not all over; not counted yet",
        "ring": "somewhere in this province or state (not its border)",
        "ring_unknown": "province or town named, no count",
        "dot": "a named town",
        "approx": "dashed: not an exact count ('at least', 'about', 'almost', 'up to')",
        "arc": "a link the sources state",
        "size": "circle area = number of {label}",
        "callouts": "Figures numbered on the map",
        "inset": "Close-up",
        "crowded": "Crowded area",
        "region": "(region)",
        "in_province": "(in province)",
    },
    "es": {
        "classes": "cifra declarada para el país (las mismas clases en todos los mapas)",
        "named": "hubo casos, sin cifra",
        "disputed": "en disputa: las fuentes discrepan, no se suma",
        "under_way": "en curso entonces: hechos empezados, no terminados; aún no se cuentan",
        "ring": "en algún lugar de esta provincia (no es su límite)",
        "ring_unknown": "provincia o localidad citada, sin cifra",
        "dot": "una localidad citada",
        "approx": "discontinuo: cifra no exacta («al menos», «unos», «casi», «hasta»)",
        "arc": "un vínculo que citan las fuentes",
        "size": "área del círculo = número de {label}",
        "callouts": "Cifras numeradas en el mapa",
        "inset": "Detalle",
        "crowded": "Zona densa",
        "region": "(región)",
        "in_province": "(en la provincia)",
    },
}

#: Legend rows, in order: (symbol kind, key in MAP_WORDS). The classes row and the size key are
#: drawn apart (they have several symbols each).
LEGEND_KINDS: tuple[tuple[str, str], ...] = (
    ("named", "named"), ("disputed", "disputed"), ("under_way", "under_way"), ("ring", "ring"), ("dot", "dot"),
    ("ring_unknown", "ring_unknown"), ("approx", "approx"), ("arc", "arc"),
)


def position(lat: float, lon: float) -> list[float]:
    """(lat, lon), the package's order, to deck.gl's [lon, lat]: the one place this happens."""
    return [round(lon, 4), round(lat, 4)]


def sources_text(view: OperationView, source_ids: tuple[str, ...]) -> str:
    return "; ".join(view.record.source(s).publisher for s in source_ids)

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
    words = MAP_WORDS["en"]
    classes = ", ".join(c.text for c in COUNT_CLASSES)
    return [
        ("filled country, darker = more", f"{label}: {words['classes']}: {classes}"),
        ("pale country with '?'", f"{label} {words['named']}"),
        ("orange outline, 'disputed'", words["disputed"]),
        ("open ring", words["ring"] + "; " + words["size"].format(label=label)),
        ("filled circle", words["dot"] + "; " + words["size"].format(label=label)),
        ("small grey circle", words["ring_unknown"]),
        ("dashed outline", words["approx"]),
        ("purple arc", words["arc"]),
    ]
