"""The map legend, drawn from `style` (symbols, classes, words) for every renderer: the app's
standalone SVG, the snapshot's panel and the embed. Text is wrapped with the real font metrics.

Only what the map shows is explained: the count classes (always all of them: they are the same on
every map), then each symbol the view uses, then the size key of the circles (1, a middle value and
the largest count on this map).
"""

from __future__ import annotations

from html import escape

from ..records.schema import METRIC_LABELS
from ..view import OperationView
from . import style
from .fontmetrics import ASCENT_EM, FONT_STACK, text_width
from .symbols import place_marks, place_scale
from .textflow import fill_columns, wrap_px

__all__ = ["kinds_shown", "legend_fragment", "legend_svg", "wrap_px"]


def _rgb(c: tuple[int, ...]) -> str:
    return f"#{c[0]:02x}{c[1]:02x}{c[2]:02x}"


def _symbol(kind: str, x: float, y: float, s: float) -> str:
    """A symbol of height `s` whose top-left corner is (x, y), 1.6 s wide."""
    cx, cy = x + s * 0.8, y + s / 2
    if kind == "named":
        return (f'<rect x="{x:.1f}" y="{y:.1f}" width="{s * 1.6:.1f}" height="{s:.1f}" fill="{_rgb(style.NAMED_FILL)}" '
                f'stroke="{_rgb(style.NAMED_LINE)}" stroke-width="1.5"/>')
    if kind in ("disputed", "under_way"):  # an outline only: added to nothing, or not counted yet
        colour, width, dash = ((style.DISPUTED_LINE, 3, "") if kind == "disputed" else
                               (style.UNDER_WAY_LINE, 2.5, f' stroke-dasharray="{style.SYMBOL_DASH}"'))
        return (f'<rect x="{x + 1.5:.1f}" y="{y + 1.5:.1f}" width="{s * 1.6 - 3:.1f}" height="{s - 3:.1f}" fill="none" '
                f'stroke="{_rgb(colour)}" stroke-width="{width}"{dash}/>')
    if kind == "ring":
        return (f'<circle cx="{cx:.1f}" cy="{cy:.1f}" r="{s * 0.4:.1f}" fill="none" stroke="{_rgb(style.RING)}" '
                'stroke-width="2"/>')
    if kind == "dot":
        return (f'<circle cx="{cx:.1f}" cy="{cy:.1f}" r="{s * 0.4:.1f}" fill="{_rgb(style.POINT)}" '
                f'fill-opacity="{style.TOWN_FILL_OPACITY}" stroke="{_rgb(style.POINT)}" stroke-width="1.2"/>')
    if kind == "ring_unknown":
        return (f'<circle cx="{cx:.1f}" cy="{cy:.1f}" r="{style.SYMBOL_UNKNOWN_R:.1f}" fill="none" '
                f'stroke="{_rgb(style.RING_UNKNOWN)}" stroke-width="2"/>')
    if kind == "approx":
        return (f'<circle cx="{cx:.1f}" cy="{cy:.1f}" r="{s * 0.4:.1f}" fill="none" stroke="{_rgb(style.RING)}" '
                f'stroke-width="2" stroke-dasharray="{style.SYMBOL_DASH}"/>')
    if kind == "arc":
        return (f'<path d="M{x:.1f} {y + s:.1f}Q{cx:.1f} {y - s * 0.4:.1f} {x + s * 1.6:.1f} {y + s:.1f}" fill="none" '
                f'stroke="{_rgb(style.ARC)}" stroke-width="2"/>')
    raise ValueError(kind)


def kinds_shown(view: OperationView, precision: str = "any") -> list[tuple[str, str]]:
    """The legend rows this view needs, in `style.LEGEND_KINDS` order."""
    statuses = {c.status for c in view.figures.countries}
    marks = place_marks(view, precision)
    present = {
        "named": "named" in statuses,
        "disputed": "disputed" in statuses or any(m.disputed for m in marks),
        "under_way": "under_way" in statuses,
        "ring": any(m.precision == "subdivision" and m.count is not None for m in marks),
        "dot": any(m.precision == "point" and m.count is not None for m in marks),
        "ring_unknown": any(m.count is None and not m.disputed for m in marks),
        "approx": any(m.dashed for m in marks),
        "arc": bool(view.links),
    }
    return [(k, w) for k, w in style.LEGEND_KINDS if present[k]]


def _text(x: float, baseline: float, text: str, size: float, bold: bool = False, fill: str = "#222222") -> str:
    return (f'<text class="legend" x="{x:.1f}" y="{baseline:.1f}" font-size="{size:.1f}" '
            f'font-weight="{700 if bold else 400}" fill="{fill}">{escape(text)}</text>')


def _swatch_ink(colour: tuple[int, ...]) -> str:
    """Text colour readable on a class swatch (white on the dark ones)."""
    return "#ffffff" if 0.299 * colour[0] + 0.587 * colour[1] + 0.114 * colour[2] < 140 else "#141414"


def legend_fragment(view: OperationView, x: float, y: float, width: float, size: float, lang: str = "en",
                    precision: str = "any", floor: float = 11.0, compact: bool = False) -> tuple[str, float]:
    """SVG elements of the legend with its top-left corner at (x, y), and its height. `floor`: the
    smallest text it may use (the class and size-key numbers are drawn smaller than `size`).
    `compact` (a panel short of room, e.g. on a phone): the same entries in less height: each
    class written inside its swatch, the symbol rows in two columns when that is shorter, the
    size key on its caption's line when there is room, and tighter lines."""
    words = style.MAP_WORDS[lang]
    label = METRIC_LABELS[view.metric]
    parts: list[str] = []
    line_h = size * (1.15 if compact else 1.3)
    cy = y + size * 0.3
    if view.map_metric == "involvement":
        for colour, meaning in ((style.INVOLVED_FIGURES, style.legend_items(view)[0][1]),
                                (style.INVOLVED_OTHER, style.legend_items(view)[1][1])):
            parts.append(f'<rect x="{x:.1f}" y="{cy:.1f}" width="{size * 1.6:.1f}" height="{size:.1f}" '
                         f'fill="{_rgb(colour)}"/>')
            lines = wrap_px(meaning, width - size * 2.2, size, cut=False)
            for lineno, line in enumerate(lines):
                parts.append(_text(x + size * 2.2, cy + size * ASCENT_EM + lineno * line_h, line, size))
            cy += line_h * len(lines) + size * 0.15
        return "".join(parts), cy - y
    # the count classes: swatches, each with its class under it (in two rows if one is too narrow);
    # compact: the class inside its swatch, when all fit in one row
    small = max(floor, size * 0.85)
    lines = wrap_px(words["classes"], width, size, cut=False)
    for lineno, line in enumerate(lines):
        parts.append(_text(x, cy + size * ASCENT_EM + lineno * line_h, line, size))
    cy += line_h * len(lines) + size * 0.2
    classes = style.COUNT_CLASSES
    inside = compact and (max(text_width(c.text, small) for c in classes) + 10) * len(classes) <= width
    if inside:
        sw = width / len(classes)
        sh = small * 1.35
        for i, c in enumerate(classes):
            sx = x + i * sw
            parts.append(f'<rect x="{sx:.1f}" y="{cy:.1f}" width="{sw - 3:.1f}" height="{sh:.1f}" '
                         f'fill="{_rgb(c.colour)}" stroke="#282828" stroke-width="0.6"/>')
            parts.append(_text(sx + 5, cy + sh / 2 + small * 0.36, c.text, small, fill=_swatch_ink(c.colour)))
        cy += sh + size * 0.3
    else:
        sw = max(size * 2.4, max(text_width(c.text, small) for c in classes) + 8)
        per_row = len(classes) if sw * len(classes) <= width else (len(classes) + 1) // 2
        for row in range(0, len(classes), per_row):
            for i, c in enumerate(classes[row:row + per_row]):
                sx = x + i * sw
                parts.append(f'<rect x="{sx:.1f}" y="{cy:.1f}" width="{sw - 3:.1f}" height="{size * 0.9:.1f}" '
                             f'fill="{_rgb(c.colour)}" stroke="#282828" stroke-width="0.6"/>')
                parts.append(_text(sx, cy + size * 0.9 + small * 1.05, c.text, small))
            cy += size * 0.9 + small * 1.5
    # the symbols: one a row, or (compact) down two columns when that is shorter
    text_x = size * 2.2
    gutter = size
    kinds = kinds_shown(view, precision)
    layout: tuple[int, float, list[list[str]], list[int]] | None = None
    for cols in ((1, 2) if compact else (1,)):
        col_w = (width - gutter * (cols - 1)) / cols
        wrapped = [wrap_px(words[key], col_w - text_x, size, cut=False) for _, key in kinds]
        filled = fill_columns([len(w) for w in wrapped], cols) if kinds else (0, [])
        if filled is not None and (layout is None or filled[0] < layout[0]):
            layout = (filled[0], col_w, wrapped, filled[1])
    assert layout is not None
    rows, col_w, wrapped, where = layout
    row_gap = size * (0.05 if compact else 0.15)
    top, col, row_y = cy, 0, cy
    bottom = cy
    for (kind, _), lines, in_col in zip(kinds, wrapped, where):
        if in_col != col:
            col, row_y = in_col, top
        kx = x + in_col * (col_w + gutter)
        parts.append(_symbol(kind, kx, row_y + (line_h - size) / 2, size))
        for lineno, line in enumerate(lines):
            parts.append(_text(kx + text_x, row_y + size * ASCENT_EM + lineno * line_h + (line_h - size) / 2, line,
                               size))
        row_y += line_h * len(lines) + row_gap
        bottom = max(bottom, row_y)
    cy = bottom
    counts = [m.count for m in place_marks(view, precision) if m.count is not None]
    if counts:
        scale = place_scale(view)
        keys = style.size_key(max(counts))
        radii = [style.symbol_radius(k, scale) for k in keys]
        key_w = sum(2 * r + 10 + text_width(f"{k:,}", small) for k, r in zip(keys, radii))
        caption = words["size"].format(label=label)
        row_h = max(2 * max(radii), small * 1.2)
        if compact and text_width(caption, size) + size + key_w <= width:
            kx = x + text_width(caption, size) + size  # the key on its caption's line
            mid = cy + max(row_h, line_h) / 2
            parts.append(_text(x, mid + size * 0.36, caption, size))
            cy_key = mid - row_h / 2
            advance = max(row_h, line_h)
        else:
            for line in wrap_px(caption, width, size, cut=False):
                parts.append(_text(x, cy + size * ASCENT_EM, line, size))
                cy += line_h
            kx, cy_key, advance = x, cy, row_h
        for k, r in zip(keys, radii):
            parts.append(f'<circle cx="{kx + r:.1f}" cy="{cy_key + row_h / 2:.1f}" r="{r:.1f}" fill="none" '
                         f'stroke="{_rgb(style.RING)}" stroke-width="1.5"/>')
            parts.append(_text(kx + 2 * r + 4, cy_key + row_h / 2 + small * 0.35, f"{k:,}", small))
            kx += 2 * r + 10 + text_width(f"{k:,}", small)
        cy += advance + size * (0.15 if compact else 0.3)
    return "".join(parts), cy - y


def legend_svg(view: OperationView, width: int = 340, size: float = 13.0, lang: str = "en") -> str:
    """The legend as a standalone SVG (the app shows it under the map at its own size: 340 px wide
    fits a 390-px phone unscaled, so its text stays 13 px there)."""
    body, height = legend_fragment(view, 4, 4, width - 8, size, lang)
    h = int(height + 8)
    return (f'<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="Map legend" width="{width}" '
            f'height="{h}" viewBox="0 0 {width} {h}" font-family="{FONT_STACK}" fill="#222">' + body + "</svg>")
