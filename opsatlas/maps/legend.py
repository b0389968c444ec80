"""The map legend as a small standalone SVG: the same symbols the map draws, in words."""

from __future__ import annotations

from html import escape

from ..view import OperationView
from . import style as ml


def _rgb(c: tuple[int, ...]) -> str:
    return f"rgb({c[0]},{c[1]},{c[2]})"


def _symbol(kind: str, x: int, y: int) -> str:
    if kind == "counted":
        return (f'<rect x="{x}" y="{y - 8}" width="10" height="14" fill="{_rgb(ml.BLUES[1])}"/>'
                f'<rect x="{x + 10}" y="{y - 8}" width="10" height="14" fill="{_rgb(ml.BLUES[3])}"/>')
    if kind == "named":
        return (f'<rect x="{x}" y="{y - 8}" width="20" height="14" fill="{_rgb(ml.NAMED_FILL)}" '
                f'stroke="{_rgb(ml.NAMED_LINE)}" stroke-width="1.5"/>'
                f'<text x="{x + 10}" y="{y + 3}" font-size="11" text-anchor="middle">?</text>')
    if kind == "disputed":
        return (f'<rect x="{x + 1}" y="{y - 7}" width="18" height="12" fill="none" '
                f'stroke="{_rgb(ml.DISPUTED_LINE)}" stroke-width="3"/>')
    if kind == "ring":
        return f'<circle cx="{x + 10}" cy="{y - 1}" r="6" fill="none" stroke="{_rgb(ml.RING)}" stroke-width="2"/>'
    if kind == "ring-unknown":
        return (f'<circle cx="{x + 10}" cy="{y - 1}" r="6" fill="none" stroke="{_rgb(ml.RING_UNKNOWN)}" '
                'stroke-width="2"/>')
    if kind == "dot":
        return f'<circle cx="{x + 10}" cy="{y - 1}" r="3.5" fill="{_rgb(ml.POINT)}"/>'
    if kind == "arc":
        return f'<path d="M{x} {y + 4} Q{x + 10} {y - 12} {x + 20} {y + 4}" fill="none" stroke="{_rgb(ml.ARC)}" stroke-width="2"/>'
    if kind == "involved":
        return f'<rect x="{x}" y="{y - 8}" width="20" height="14" fill="{_rgb(ml.INVOLVED_FIGURES)}"/>'
    if kind == "involved-other":
        return f'<rect x="{x}" y="{y - 8}" width="20" height="14" fill="{_rgb(ml.INVOLVED_OTHER)}"/>'
    raise ValueError(kind)


_KINDS = {
    "arrests": ["counted", "named", "disputed", "ring", "ring-unknown", "dot", "arc"],
    "involvement": ["involved", "involved-other", "ring", "arc"],
}


def legend_svg(view: OperationView, width: int = 560) -> str:
    """An SVG legend; every label comes from `style.legend_items` and is escaped."""
    items = ml.legend_items(view)
    kinds = _KINDS["involvement" if view.map_metric == "involvement" else "arrests"]
    row_h = 22
    rows = []
    for i, ((_, meaning), kind) in enumerate(zip(items, kinds)):
        y = 16 + i * row_h
        rows.append(_symbol(kind, 4, y) + f'<text x="32" y="{y + 3}" font-size="13">{escape(meaning)}</text>')
    height = 16 + len(rows) * row_h
    return (f'<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="Map legend" width="{width}" '
            f'height="{height}" viewBox="0 0 {width} {height}" font-family="sans-serif" fill="#222">'
            + "".join(rows) + "</svg>")
