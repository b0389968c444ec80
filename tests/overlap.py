"""An overlap checker for SVG snapshots, with the font metrics the SVG is rasterised with.

Reads every <text> of an SVG (x, baseline, font-size, font-weight, text-anchor), measures its box
with `maps.fontmetrics` (the shipped DejaVu Sans that vl-convert draws with) and reports:
- two texts whose boxes overlap;
- a text outside the picture, or a map label outside the map pane (`data-frame`) it belongs to;
- a figure of the view (a country or a place with a figure) that no label and no line of the
  callout list tells (`data-fig`);
- a text cut short with "…" (a label, a callout, a pane title, a line of the panel or legend):
  what is printed must be read in full. Only the subtitle (the record's crime description, a
  summary of what the panel says in full) may be shortened; and a record whose own text holds
  "…" is not checked for it (its "…" cannot be told from a cut).
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass

from opsatlas.maps.fontmetrics import text_box
from opsatlas.maps.symbols import country_marks, place_marks
from opsatlas.view import OperationView

SVG = "{http://www.w3.org/2000/svg}"
#: Rounding in the SVG (0.1 px) is not an overlap.
TOLERANCE = 0.25
#: The only text that may be shortened with "…" (see the module's docstring).
MAY_BE_CUT = frozenset({"subtitle"})
ELLIPSIS = "\u2026"


@dataclass(frozen=True)
class TextBox:
    text: str
    box: tuple[float, float, float, float]
    fig: str | None
    cls: str
    frame: tuple[float, float, float, float] | None  # x0, y0, x1, y1 of its map pane
    size: float  # font size, px


def text_boxes(svg: str) -> tuple[list[TextBox], tuple[float, float]]:
    root = ET.fromstring(svg)
    size = (float(root.get("width", 0)), float(root.get("height", 0)))
    out: list[TextBox] = []

    def walk(el: ET.Element, frame: tuple[float, float, float, float] | None) -> None:
        if el.get("data-frame"):
            x, y, w, h = (float(v) for v in el.get("data-frame", "").split())
            frame = (x, y, x + w, y + h)
        if el.tag == f"{SVG}text":
            content = "".join(el.itertext())
            font = float(el.get("font-size", 16))
            box = text_box(float(el.get("x", 0)), float(el.get("y", 0)), content, font,
                           el.get("font-weight") in ("700", "bold", "600"), el.get("text-anchor", "start"))
            out.append(TextBox(content, box, el.get("data-fig"), el.get("class", ""), frame, font))
        for child in el:
            if child.tag != f"{SVG}title":
                walk(child, frame)

    walk(root, None)
    return out, size


def _overlap(a: tuple[float, float, float, float], b: tuple[float, float, float, float]) -> bool:
    return (min(a[2], b[2]) - max(a[0], b[0]) > TOLERANCE) and (min(a[3], b[3]) - max(a[1], b[1]) > TOLERANCE)


def _outside(a: tuple[float, float, float, float], f: tuple[float, float, float, float]) -> bool:
    return a[0] < f[0] - TOLERANCE or a[1] < f[1] - TOLERANCE or a[2] > f[2] + TOLERANCE or a[3] > f[3] + TOLERANCE


def expected_figures(view: OperationView, precision: str = "any") -> set[str]:
    """Every figure the map must tell: countries with a figure and a drawn shape, places with one."""
    figs = {m.fig_id for m in country_marks(view)} if precision in ("any", "country") else set()
    return figs | {m.fig_id for m in place_marks(view, precision)}


def problems(svg: str, view: OperationView | None = None, precision: str = "any") -> list[str]:
    boxes, (w, h) = text_boxes(svg)
    found = []
    # sweep along x: only pairs that meet on x are compared
    ordered = sorted(boxes, key=lambda t: t.box[0])
    for i, a in enumerate(ordered):
        for b in ordered[i + 1:]:
            if b.box[0] >= a.box[2]:
                break
            if _overlap(a.box, b.box):
                found.append(f"overlap: {a.text!r} and {b.text!r}")
    for t in boxes:
        if _outside(t.box, (0, 0, w, h)):
            found.append(f"outside the picture: {t.text!r} {tuple(round(v) for v in t.box)}")
        elif t.frame is not None and t.cls in ("label", "callout-number") and _outside(t.box, t.frame):
            found.append(f"outside its map: {t.text!r}")
    may_hold_ellipsis = view is not None and ELLIPSIS in view.record.model_dump_json()
    if not may_hold_ellipsis:
        for t in boxes:
            if ELLIPSIS in t.text and t.cls not in MAY_BE_CUT:
                found.append(f"cut short: {t.text!r} ({t.cls or 'text'})")
    if view is not None:
        told = {t.fig for t in boxes if t.fig and t.cls in ("label", "callout")}
        for fig in sorted(expected_figures(view, precision) - told):
            found.append(f"figure neither labelled nor in the callout list: {fig}")
    return found
