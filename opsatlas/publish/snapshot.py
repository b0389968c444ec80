"""A map snapshot that stands on its own: title, map, legend, unattributed remainder, disputes,
as-of date, sources and credit, laid out for the requested size. SVG first; PNG and PDF are the
same SVG rasterised or printed by vl-convert (resvg), offline."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from html import escape
from pathlib import Path
from typing import NamedTuple

from ..alttext import map_alt_text
from ..explore import phase_window
from ..maps import style
from ..maps.fontmetrics import DESCENT_EM, FONT_STACK, register_with_vl_convert, text_width
from ..maps.legend import legend_fragment
from ..maps.textflow import flow, wrap_px
from ..panel import PANEL_WORDS, PanelLine, panel_lines
from ..view import OperationView, build_view
from .options import SNAPSHOT_FORMATS, WORDS, SnapshotOptions, UnknownFormat
from .svgmap import Callout, MapDrawing, callout_lines, compose, compose_checked, compose_without_list, rgb

FONT = FONT_STACK


#: Line height of the title and panel, in em; and of a compact panel (one short of room).
LINE_HEIGHT, COMPACT_LINE_HEIGHT = 1.2, 1.12


class _Text:
    """Stacks wrapped text lines inside a column (wrapped with the font's metrics), and stops at
    the bottom instead of overflowing. Text is set whole (a word longer than the line is broken
    over lines), except where a caller allows a cut (`max_lines`, the subtitle). `cut` says
    whether anything was left out or shortened."""

    def __init__(self, x: float, y: float, width: float, bottom: float, line_height: float = LINE_HEIGHT) -> None:
        self.x, self.y, self.width, self.bottom = x, y, width, bottom
        self.line_height = line_height
        self.parts: list[str] = []
        self.cut = False

    def add(self, text: str, size: float, weight: int = 400, colour: str = "#222222", gap: float = 0.3,
            max_lines: int | None = None, indent: float = 0, cls: str | None = None, fig: str | None = None) -> None:
        """A paragraph, whole; `max_lines`: at most so many lines, the last cut with '…'."""
        attrs = (f' class="{cls}"' if cls else "") + (f' data-fig="{escape(fig, quote=True)}"' if fig else "")
        lines = wrap_px(text, self.width - indent, size, bold=weight >= 600, cut=False)
        if max_lines is not None and len(lines) > max_lines:
            self.cut = True
            lines = lines[:max_lines]
            while lines[-1] and text_width(lines[-1] + "…", size, weight >= 600) > self.width - indent:
                lines[-1] = lines[-1][:-1].rstrip()
            lines[-1] = lines[-1] + "…"
        for line in lines:
            if self.y + size * (self.line_height + DESCENT_EM) > self.bottom:
                self.cut = True
                return
            self.y += size * self.line_height
            self.parts.append(f'<text{attrs} x="{self.x + indent:g}" y="{self.y:.1f}" font-size="{size:g}" '
                              f'font-weight="{weight}" fill="{colour}">{escape(line)}</text>')
        self.y += size * gap

    def columns(self, items: list[tuple[str, str]], size: float, cls: str, gap: float = 0.3) -> None:
        """(figure id, line) items, each whole (wrapped in its column), filled down up to 3
        columns: as many as leave the list shortest, no entry over 3 lines in a column."""
        if not items:
            return
        fl = flow([line for _, line in items], self.width, size, size, max_cols=3, max_lines=3)
        if self.y + fl.rows * size * self.line_height + size * DESCENT_EM > self.bottom:
            self.cut = True
            return
        for i, col, row, line in fl.lines:
            fig = items[i][0]
            self.parts.append(f'<text class="{cls}" data-fig="{escape(fig, quote=True)}" '
                              f'x="{self.x + col * (fl.col_w + size):.1f}" '
                              f'y="{self.y + (row + 1) * size * self.line_height:.1f}" '
                              f'font-size="{size:g}" font-weight="400" fill="#222222">{escape(line)}</text>')
        self.y += fl.rows * size * self.line_height + size * gap

    def block(self, svg: str, height: float) -> None:
        """A block drawn elsewhere (the legend), `height` tall, from the current line down."""
        if self.y + height > self.bottom:
            self.cut = True
            return
        self.parts.append(svg)
        self.y += height


def view_for(record, options: SnapshotOptions) -> OperationView:
    window = phase_window(record, options.phase) if options.phase else None
    if options.phase and window is None:
        raise ValueError(f"phase {options.phase!r} has no dates, or is not in {record.id}")
    return build_view(record, options.metric, options.as_of, window)


@dataclass(frozen=True)
class _Sizes:
    """Text sizes of one snapshot, in image px: a body size that keeps the smallest text at
    `floor` (MIN_TEXT_CSS_PX at the width the image is shown at), and bigger ones for emphasis."""

    base: float
    floor: float

    def __call__(self, ratio: float) -> float:
        return round(max(self.floor, self.base * ratio), 1)

    @classmethod
    def of(cls, options: SnapshotOptions) -> _Sizes:
        floor = options.min_text_px
        return cls(max(min(options.width, options.height) / 52, floor), floor)


#: Panel lines: kind -> (size ratio, weight, colour). Every line is set whole.
_STYLES: dict[str, tuple[float, int, str]] = {
    "draft": (1.15, 700, rgb(style.DISPUTED_LINE)), "headline": (1.15, 700, "#222222"),
    "when": (0.95, 400, "#444444"), "remainder": (0.95, 400, "#1f4e79"),
    "dispute": (0.9, 600, rgb(style.DISPUTED_LINE)), "sources": (0.75, 400, "#444444"),
}


def _joined_disputes(lines: list[PanelLine], lang: str) -> list[PanelLine]:
    """The disputes as one paragraph ('Disputed: first? · second?'), the others as they are."""
    prefix = f"{PANEL_WORDS[lang]['disputes']}: "
    disputes = [line.text for line in lines if line.kind == "dispute"]
    if len(disputes) < 2 or not all(d.startswith(prefix) for d in disputes):
        return lines
    joined = PanelLine("dispute", prefix + " · ".join(d[len(prefix):] for d in disputes))
    first = next(i for i, line in enumerate(lines) if line.kind == "dispute")
    rest = [line for line in lines if line.kind != "dispute"]
    return rest[:first] + [joined] + rest[first:]


def _panel(view: OperationView, options: SnapshotOptions, fs: _Sizes, box: tuple[float, float, float, float],
           callouts: Sequence[Callout] = (), compact: bool = False) -> _Text:
    """The panel's text and legend, stacked in `box` = (x, y, width, bottom); first the numbered
    list of the map's callouts when the map leaves it to the panel. `compact` (a panel below a
    map, short of room): the same lines in less height: tighter lines and gaps, the disputes
    in one paragraph, the compact legend."""
    words = WORDS[options.lang]
    op = view.record
    phase_name = next((p.name for p in op.phases if p.id == options.phase), None) if options.phase else None
    panel = _Text(*box, line_height=COMPACT_LINE_HEIGHT if compact else LINE_HEIGHT)
    gap = 0.15 if compact else 0.3
    if callouts:
        panel.add(style.MAP_WORDS[options.lang]["callouts"], fs(0.95), 700, gap=0.1, cls="callout-title")
        panel.columns(callout_lines(list(callouts)), fs(0.95), "callout", gap=gap)
    lines = panel_lines(view, options.lang, phase_name)
    if compact:
        lines = _joined_disputes(lines, options.lang)
    for line in lines:
        if line.kind != "sources":
            ratio, weight, colour = _STYLES[line.kind]
            panel.add(line.text, fs(ratio), weight, colour, gap=gap, cls=line.kind)
    if not compact:  # a compact legend starts with its first caption: the heading is left out
        panel.add(words["legend"], fs(1.0), 700, gap=0.2, cls="legend-title")
    panel.block(*legend_fragment(view, panel.x, panel.y, panel.width, fs(0.85), options.lang,
                                 options.precision, floor=fs.floor, compact=compact))
    undrawn = [c.name for c in view.figures.countries if not c.drawn]
    if undrawn:
        panel.add(f"{words['not_drawn']}: {', '.join(undrawn)}", fs(0.8), 400, "#444444", gap=gap, cls="not-drawn")
    for line in lines:
        if line.kind == "sources":
            ratio, weight, colour = _STYLES[line.kind]
            panel.add(line.text, fs(ratio), weight, colour, gap=gap, cls=line.kind)
    panel.add(f"{words['credit']}: {options.credit} · {words['boundaries']}", fs(0.75), 400, "#444444", gap=gap,
              cls="credit")
    return panel


def _panel_height(view: OperationView, options: SnapshotOptions, fs: _Sizes, width: float,
                  callouts: Sequence[Callout] = (), compact: bool = False) -> float:
    # the last line's descent reaches below the gap after it (`_Text.add` checks for it)
    return _panel(view, options, fs, (0.0, 0.0, width, math.inf), callouts, compact).y + fs.floor * DESCENT_EM


#: The map's share of a landscape snapshot's width, tried from the first: the first that leaves
#: the panel room for all its text is used.
MAP_SHARES = (0.66, 0.62, 0.58, 0.54, 0.5, 0.46)
#: The least share of a portrait snapshot's height (below the title) the map keeps.
MIN_MAP_SHARE = 0.16
#: Width / height from which the panel may go beside the map, and below which it may go under it
#: (a square tries both, and takes the larger map).
SIDE_PANEL_ASPECT, BELOW_PANEL_ASPECT = 0.9, 1.15
#: Height / width from which an image is tall (a phone's): its head and margins are compact.
TALL_ASPECT = 1.4
#: The most of a portrait snapshot's height (below the title) the map takes, when the panel
#: leaves it more (the rest stays white: a map stretched further only adds ocean).
MAX_MAP_SHARE = {True: 0.7, False: 0.58}  # tall: share


Box = tuple[float, float, float, float]


class Layout(NamedTuple):
    fs: _Sizes
    head: _Text
    map_box: Box  # x, y, w, h
    panel_box: Box  # x, y, width, bottom
    below: bool  # the panel below the map (else beside it)
    compact: bool  # the panel set compact (see `_panel`)


def snapshot_layout(view: OperationView, options: SnapshotOptions, callouts: Sequence[Callout] = (),
                    below: bool | None = None) -> Layout:
    """Sizes, the heading, the map's and the panel's boxes: the map as large as the panel's text
    leaves room for. `callouts`: the map's numbered list, set in the panel. `below`: only that
    arrangement (else the panel beside the map or below it, whichever leaves the larger map).
    A panel below a map is compact; one beside it is compact only where that lets the map be
    wider than the full panel would."""
    w, h = options.width, options.height
    fs = _Sizes.of(options)
    tall = h / w >= TALL_ASPECT
    # a tall image (a phone) is short of height, not of width: narrower margins, a smaller title
    # and a one-line subtitle leave the map and the panel more room
    margin = fs.base * (1.0 if tall else 1.6)
    head = _Text(margin, fs.base * (0.8 if tall else 0.96), w - 2 * margin, h)
    head.add(options.title or view.record.title, fs(1.45 if tall else 1.7), 700, cls="title")
    head.add(options.subtitle or view.record.crime_description, fs(1.0), 400, "#444444", max_lines=1 if tall else 2,
             cls="subtitle")
    top = head.y + fs.base * 0.4
    layouts: list[tuple[bool, Layout]] = []  # (panel fits, layout)
    if w / h >= SIDE_PANEL_ASPECT and below is not True:  # the panel beside the map
        found = False
        for share in MAP_SHARES:
            map_w = (w - 2 * margin) * share
            panel_w = w - map_w - margin * 2.6
            for compact in (False, True):
                fits = head.y + _panel_height(view, options, fs, panel_w, callouts, compact) <= h - margin
                layouts.append((fits, Layout(fs, head, (margin, top, map_w, h - top - margin),
                                             (margin * 1.6 + map_w, head.y, panel_w, h - margin), False, compact)))
                if fits:
                    found = True
                    break
            if found:
                break
    if w / h < BELOW_PANEL_ASPECT and below is not False:  # the panel below the map
        avail = h - top - margin
        gap = fs.base * 0.2
        panel_h = _panel_height(view, options, fs, w - 2 * margin, callouts, compact=True)
        map_h = max(avail * MIN_MAP_SHARE, min(avail * MAX_MAP_SHARE[tall], avail - panel_h - gap))
        layouts.append((avail - map_h - gap >= panel_h, Layout(fs, head, (margin, top, w - 2 * margin, map_h),
                                                                (margin, top + map_h + gap, w - 2 * margin, h - margin),
                                                                True, True)))
    # the largest map whose panel fits (else the last tried: the smallest map)
    fitting = [lay for ok, lay in layouts if ok]
    return max(fitting, key=lambda lay: lay.map_box[2] * lay.map_box[3]) if fitting else layouts[-1][1]


def _list_in_panel(view: OperationView, options: SnapshotOptions, first: Layout, size: float,
                   first_drawing: MapDrawing | None = None) -> tuple[Layout, MapDrawing] | None:
    """The layout and map with the map's numbered list set in the panel: the largest map whose
    list fits the panel's room, tried at most four times; None if none fits. A smaller map may
    number more, a larger one fewer: the room reserved for the list is tried again until the
    list found fits the room kept."""
    reserve: list[Callout] = []
    tried: set[int] = set()
    chosen = None
    for attempt in range(4):
        lay = snapshot_layout(view, options, reserve, first.below) if attempt else first
        tried.add(len(reserve))
        drawing = first_drawing if attempt == 0 and first_drawing is not None else \
            compose_without_list(view, lay.map_box, options.precision, options.lang, size, floor=lay.fs.floor)
        found = drawing.callouts
        if not _panel(view, options, lay.fs, lay.panel_box, found, compact=lay.compact).cut:
            area = lay.map_box[2] * lay.map_box[3]
            if chosen is None or area > chosen[0].map_box[2] * chosen[0].map_box[3]:
                chosen = (lay, drawing)
            if len(found) >= len(reserve) or len(found) in tried:
                break
            reserve = found  # fewer than reserved: the map takes back the rest
        else:
            # room for those found; if that was tried already, for a few more
            reserve = found if len(found) not in tried else found + found[: len(found) // 4 + 1]
            if len(reserve) in tried:
                break
    return chosen


def snapshot_svg(view: OperationView, options: SnapshotOptions) -> str:
    """The whole snapshot as one standalone SVG document."""
    w, h = options.width, options.height
    lay = snapshot_layout(view, options)
    size = max(12.5, lay.fs.base)
    # the numbered list in the map's spare room (beside its insets), or in the panel: beside a
    # map, only when the map has no room for it; below one (where the panel has the full
    # width), whichever leaves the map and its insets the larger (`MapDrawing.legible_area`)
    bare = None
    if lay.below:  # the map without a list: when it numbers nothing, it is the map
        bare = compose_without_list(view, lay.map_box, options.precision, options.lang, size, floor=lay.fs.floor)
        drawing = bare if not bare.callouts else compose_checked(view, lay.map_box, options.precision, options.lang,
                                                                 size, floor=lay.fs.floor, numbered=bare.callouts)
    else:
        drawing = compose_checked(view, lay.map_box, options.precision, options.lang, size, floor=lay.fs.floor)
    if (bare is not None and bare.callouts) or not drawing.fits:
        chosen = _list_in_panel(view, options, lay, size, bare)
        if chosen is not None and (not drawing.fits or chosen[1].legible_area > drawing.legible_area):
            lay, drawing = chosen
    panel = _panel(view, options, lay.fs, lay.panel_box, drawing.callouts, compact=lay.compact)
    return (f'<svg xmlns="http://www.w3.org/2000/svg" width="{w}" height="{h}" viewBox="0 0 {w} {h}" '
            f'font-family="{FONT}" role="img" aria-labelledby="snapshot-title">'
            f'<title id="snapshot-title">{escape(map_alt_text(view, options.precision))}</title>'
            f'<rect width="{w}" height="{h}" fill="#ffffff"/>' + "".join(lay.head.parts) + drawing.svg
            + "".join(panel.parts) + "</svg>\n")


def map_svg(view: OperationView, width: int = 1200, height: int = 720, precision: str = "any", lang: str = "en",
            size: float = 15.0, clip: str = "map") -> str:
    """The map alone (no title or panel), for pages that set their own text around it."""
    return (f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" viewBox="0 0 {width} {height}" '
            f'font-family="{FONT}" role="img" aria-label="{escape(map_alt_text(view, precision), quote=True)}">'
            + compose(view, (2.0, 2.0, width - 4.0, height - 4.0), precision, lang, size, clip) + "</svg>")


def snapshot_bytes(view: OperationView, options: SnapshotOptions, fmt: str) -> bytes:
    """The snapshot in one of `SNAPSHOT_FORMATS` (raises UnknownFormat for any other)."""
    if fmt not in SNAPSHOT_FORMATS:
        raise UnknownFormat(f"unknown format {fmt!r}: use one of {', '.join(SNAPSHOT_FORMATS)}")
    if fmt == "html":
        from .embed import embed_html

        return embed_html(view, options).encode("utf-8")
    svg = snapshot_svg(view, options)
    if fmt == "svg":
        return svg.encode("utf-8")
    import vl_convert

    register_with_vl_convert()
    if fmt == "png":
        return bytes(vl_convert.svg_to_png(svg, scale=1))
    if fmt == "pdf":
        return bytes(vl_convert.svg_to_pdf(svg))
    raise UnknownFormat(f"unknown format {fmt!r}: use one of {', '.join(SNAPSHOT_FORMATS)}")


def write_snapshot(view: OperationView, options: SnapshotOptions, fmt: str, out: Path) -> tuple[int, Path]:
    """Write the image and, beside it, FILE.alt.txt; atomically. Returns (bytes written, alt-text path)."""
    data = snapshot_bytes(view, options, fmt)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(out.name + ".tmp")
    tmp.write_bytes(data)
    tmp.replace(out)
    alt = out.with_name(out.name + ".alt.txt")
    alt.write_text(map_alt_text(view, options.precision) + "\n", encoding="utf-8")
    return len(data), alt
