"""One label placer for every map the package draws (SVG world map, close-ups, insets, and the
initial view of the app's map).

Input: labels anchored in output pixels, each with its mark's own radius, its text, font size and a
priority; the symbols of every mark (obstacles) and the frame. Output: for each label a position
chosen among candidates around its mark (eight directions at increasing distances; a leader line
when it had to move away from the mark), never overlapping another label or another mark's
symbol, and inside the frame. What cannot be placed is returned, in priority order, for the caller
to list in a numbered callout list: no figure is ever hidden.

Pure and deterministic: the same input gives the same output (greedy, in a fixed order).
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

from .fontmetrics import ASCENT_EM, DESCENT_EM, text_width

Box = tuple[float, float, float, float]  # x0, y0, x1, y1

#: Priorities, most important first: stated counts, then '?', then 'disputed', then region names.
PRIORITY_COUNT = 0
PRIORITY_UNKNOWN = 1
PRIORITY_DISPUTED = 2
PRIORITY_REGION = 3

#: Empty space kept around every label box (the white halo drawn behind text is half of it).
PAD = 2.0
#: Directions tried, in order: right, upper right, lower right, left, upper left, lower left, up, down.
_DIRECTIONS: tuple[tuple[float, float], ...] = (
    (1, 0), (1, -1), (1, 1), (-1, 0), (-1, -1), (-1, 1), (0, -1), (0, 1))
#: Distances tried beyond the mark's edge, in multiples of the font size (0: touching the mark).
_RINGS = (0.0, 0.8, 1.6, 2.6, 4.0, 5.5, 7.5)


@dataclass(frozen=True)
class LabelRequest:
    id: str
    x: float
    y: float
    radius: float  # the mark's own radius in px (0 for a label on a country's area)
    text: str
    size: float
    priority: int
    weight: float = 0.0  # within a priority, larger first (e.g. the count)
    bold: bool = True
    centred: bool = False  # an area label: first try on the anchor itself


@dataclass(frozen=True)
class PlacedLabel:
    request: LabelRequest
    x: float  # where the text is drawn, with `anchor` as its SVG text-anchor
    baseline: float
    anchor: str  # start | middle | end
    box: Box
    leader: tuple[float, float, float, float] | None  # from the mark's edge to the label


@dataclass(frozen=True)
class Placement:
    placed: tuple[PlacedLabel, ...]
    unplaced: tuple[LabelRequest, ...]  # in priority order: number them 1, 2, ... in a callout list

    def box_of(self, label_id: str) -> Box | None:
        return next((p.box for p in self.placed if p.request.id == label_id), None)


def circle_box(x: float, y: float, r: float) -> Box:
    return x - r, y - r, x + r, y + r


def overlaps(a: Box, b: Box) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def inside(a: Box, frame: Box) -> bool:
    return a[0] >= frame[0] and a[1] >= frame[1] and a[2] <= frame[2] and a[3] <= frame[3]


def _segment_hits(seg: tuple[float, float, float, float], b: Box) -> bool:
    """Whether a segment crosses a box (Liang-Barsky clipping)."""
    x0, y0, x1, y1 = seg
    dx, dy = x1 - x0, y1 - y0
    t0, t1 = 0.0, 1.0
    for p, q in ((-dx, x0 - b[0]), (dx, b[2] - x0), (-dy, y0 - b[1]), (dy, b[3] - y0)):
        if p == 0:
            if q < 0:
                return False
        else:
            t = q / p
            if p < 0:
                t0 = max(t0, t)
            else:
                t1 = min(t1, t)
            if t0 > t1:
                return False
    return True


class _Index:
    """Boxes in a coarse grid, so that a query looks at its neighbours only."""

    CELL = 64.0

    def __init__(self) -> None:
        self.cells: dict[tuple[int, int], list[Box]] = {}

    def _keys(self, b: Box) -> Iterable[tuple[int, int]]:
        c = self.CELL
        for i in range(math.floor(b[0] / c), math.floor(b[2] / c) + 1):
            for j in range(math.floor(b[1] / c), math.floor(b[3] / c) + 1):
                yield i, j

    def add(self, b: Box) -> None:
        for k in self._keys(b):
            self.cells.setdefault(k, []).append(b)

    def near(self, b: Box) -> list[Box]:
        seen: dict[Box, None] = {}
        for k in self._keys(b):
            for other in self.cells.get(k, ()):
                seen[other] = None
        return list(seen)

    def hits(self, b: Box) -> bool:
        return any(overlaps(b, o) for o in self.near(b))


def _grow(b: Box, pad: float) -> Box:
    return b[0] - pad, b[1] - pad, b[2] + pad, b[3] + pad


def _candidates(req: LabelRequest, rings: tuple[float, ...] = _RINGS
                ) -> Iterator[tuple[float, float, str, Box, tuple[float, float, float, float] | None]]:
    """(text x, baseline, anchor, box, leader) for each position, in the order they are tried;
    made as they are asked for (most labels take one of the first), x, baseline and leader
    unrounded (`_rounded` rounds the one chosen)."""
    width = text_width(req.text, req.size, req.bold)
    asc, desc = ASCENT_EM * req.size, DESCENT_EM * req.size
    height = asc + desc
    if req.centred:
        baseline = req.y + (asc - desc) / 2
        yield (req.x, baseline, "middle", (req.x - width / 2, baseline - asc, req.x + width / 2, baseline + desc),
               None)
    gap = PAD + 1.0
    for ring in rings:
        if req.centred and ring == 0.0:
            continue
        d = req.radius + gap + ring * req.size
        for ux, uy in _DIRECTIONS:
            diag = ux != 0 and uy != 0
            # the nearest corner (diagonals) or edge midpoint of the box sits at distance d
            px, py = (req.x + ux * d * 0.7071, req.y + uy * d * 0.7071) if diag else (req.x + ux * d, req.y + uy * d)
            x0 = px if ux > 0 else px - width if ux < 0 else px - width / 2
            y0 = py if uy > 0 else py - height if uy < 0 else py - height / 2
            box = (x0, y0, x0 + width, y0 + height)
            leader = None
            if ring > 0 or req.centred:
                # from the mark's edge to the nearest point of the label's box
                ex, ey = req.x + ux * req.radius * (0.7071 if diag else 1), req.y + uy * req.radius * (0.7071 if diag else 1)
                tx, ty = min(max(ex, box[0]), box[2]), min(max(ey, box[1]), box[3])
                leader = (ex, ey, tx, ty)
            yield (x0, y0 + asc, "start", box, leader)


def _rounded(x: float, baseline: float, anchor: str, leader: tuple[float, float, float, float] | None
             ) -> tuple[float, float, tuple[float, float, float, float] | None]:
    """A chosen candidate as drawn: positions to 0.1 px (a centred label keeps its own)."""
    if anchor == "middle":
        return x, baseline, leader
    return round(x, 1), round(baseline, 1), (None if leader is None else
                                            (round(leader[0], 1), round(leader[1], 1), round(leader[2], 1),
                                             round(leader[3], 1)))


def order(requests: Iterable[LabelRequest]) -> list[LabelRequest]:
    """The order labels are placed (and callouts numbered) in."""
    return sorted(requests, key=lambda r: (r.priority, -r.weight, r.id, r.text))


def place(requests: Sequence[LabelRequest], frame: Box, obstacles: Sequence[tuple[str, Box]] = (),
          taken: Sequence[Box] = (), near_only: bool = False) -> Placement:
    """Place every request it can.

    `near_only`: only the positions close to the mark (a callout number far from its mark, on a
    long leader, would read as a link between two places).
    `obstacles`: (mark id, box) of every mark's symbol; a label may sit on its own mark's area but
    never on another mark. `taken`: boxes already used (e.g. labels placed by an earlier call)."""
    labels, marks = _Index(), _Index()
    own: dict[str, list[Box]] = {}
    for mark_id, b in obstacles:
        own.setdefault(mark_id, []).append(b)
        marks.add(b)
    for b in taken:
        labels.add(_grow(b, PAD))
    placed: list[PlacedLabel] = []
    unplaced: list[LabelRequest] = []
    leaders: list[tuple[float, float, float, float]] = []
    for req in order(requests):
        mine = own.get(req.id, [])
        chosen = None
        for x, baseline, anchor, box, leader in _candidates(req, _RINGS[:2] if near_only else _RINGS):
            if leader is not None:
                leader = _rounded(x, baseline, anchor, leader)[2]  # tested as drawn
            if not inside(box, frame):
                continue
            padded = _grow(box, PAD)
            if labels.hits(padded):
                continue
            if any(overlaps(padded, m) for m in marks.near(padded) if m not in mine):
                continue
            if any(_segment_hits(seg, padded) for seg in leaders):
                continue
            # a leader may cross a thin ring or a dot (it often starts among them), never a label
            # (except one its mark is already under: a leader from there is the only way out)
            if leader is not None and any(_segment_hits(leader, raw) for b in labels.near(_seg_box(leader))
                                          if not _contains(raw := _grow(b, -PAD), leader[0], leader[1])):
                continue
            x, baseline, _ = _rounded(x, baseline, anchor, None)
            x0, y0, x1, y1 = box
            chosen = PlacedLabel(req, x, baseline, anchor, (round(x0, 1), round(y0, 1), round(x1, 1), round(y1, 1)),
                                 leader)
            break
        if chosen is None:
            unplaced.append(req)
            continue
        placed.append(chosen)
        labels.add(_grow(chosen.box, PAD))
        if chosen.leader is not None:
            leaders.append(chosen.leader)
    return Placement(tuple(placed), tuple(unplaced))


def _contains(b: Box, x: float, y: float) -> bool:
    return b[0] <= x <= b[2] and b[1] <= y <= b[3]


def _seg_box(seg: tuple[float, float, float, float]) -> Box:
    return min(seg[0], seg[2]), min(seg[1], seg[3]), max(seg[0], seg[2]), max(seg[1], seg[3])
