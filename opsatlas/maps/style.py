"""How the maps look: colours, symbol sizes, the static URLs, and the legend's words.

Colour-blind-safe: a single-hue blue ramp for counts, orange for disputes, near-black marks;
and every state is also told apart by something other than colour (outline, fill or none,
a number, '?' or 'disputed' written on it).
"""

from __future__ import annotations

import math

from ..records.schema import METRIC_LABELS
from ..view import OperationView

#: Served by Streamlit's static file serving (static/); the browser never asks another host.
MAP_STYLE_URL = "app/static/style.json"

BASE_BOUNDARIES_URL = "app/static/countries-110m.geojson"

BLUES = [(198, 219, 239), (107, 174, 214), (33, 113, 181), (8, 48, 107)]
NAMED_FILL = (240, 228, 196, 220)
NAMED_LINE = (90, 90, 90, 255)
DISPUTED_LINE = (230, 97, 0, 255)
RING = (20, 20, 20, 255)
RING_UNKNOWN = (140, 140, 140, 255)  # a province named without a count
POINT = (20, 20, 20, 255)
ARC = (120, 60, 150, 200)
SELECTED_LINE = (0, 0, 0, 255)
RING_RADIUS_M = 60_000
LAND = (212, 209, 200, 255)
INVOLVED_FIGURES = (107, 174, 214, 230)
INVOLVED_OTHER = (203, 201, 226, 230)


def position(lat: float, lon: float) -> list[float]:
    """(lat, lon), the package's order, to deck.gl's [lon, lat]: the one place this happens."""
    return [round(lon, 4), round(lat, 4)]

def ramp(value: int, top: int) -> tuple[int, int, int]:
    if top <= 1:
        return BLUES[-1]
    step = min(len(BLUES) - 1, int(math.log1p(value) / math.log1p(top) * (len(BLUES) - 1) + 0.5))
    return BLUES[step]

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
    return [
        ("filled country, darker = more", f"{label}: stated count for the country"),
        ("pale country with '?'", f"{label} reported there, count not given"),
        ("orange outline, 'disputed'", "sources disagree; not added to any total"),
        ("open ring", "somewhere in this province or state (the ring is not its border)"),
        ("grey ring", "a province or state named without a count"),
        ("dot", "a named town"),
        ("purple arc", "a link the sources state between two places"),
    ]
