"""Text set in lines and columns with the font's own metrics (`fontmetrics`): word wrap, and lists
whose entries flow down balanced columns. Used by the legend, the snapshot's panel and the map's
numbered callout list, so that what is printed is printed whole: a word longer than its line is
broken over lines rather than cut with "…" (unless a caller asks for a cut, e.g. a subtitle).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from .fontmetrics import text_width

ELLIPSIS = "…"


def _break_word(word: str, width: float, size: float, bold: bool) -> list[str]:
    """A word wider than `width` in pieces that each fit (at least one character a piece)."""
    pieces, piece = [], ""
    for ch in word:
        if piece and text_width(piece + ch, size, bold) > width:
            pieces.append(piece)
            piece = ch
        else:
            piece += ch
    return pieces + [piece] if piece else pieces


def wrap_px(text: str, width: float, size: float, bold: bool = False, cut: bool = True) -> list[str]:
    """Greedy word wrap measured with the font. A word longer than the line is shortened with "…"
    when `cut`, else broken over as many lines as it needs (nothing is lost)."""
    lines: list[str] = []
    line = ""
    for word in text.split():
        if text_width(word, size, bold) > width:
            if cut:
                while text_width(word, size, bold) > width and len(word) > 2:
                    word = word[:-2] + ELLIPSIS
            else:
                *whole, word = _break_word(word, width, size, bold)
                if line:
                    lines.append(line)
                    line = ""
                lines += whole
        trial = f"{line} {word}".strip()
        if line and text_width(trial, size, bold) > width:
            lines.append(line)
            line = word
        else:
            line = trial
    if line:
        lines.append(line)
    return lines


@dataclass(frozen=True)
class Flow:
    """Entries set in `cols` columns `col_w` wide (a gutter between them), `rows` lines tall; each
    line as (entry index, column, row from 0, text)."""

    cols: int
    col_w: float
    rows: int
    lines: tuple[tuple[int, int, int, str], ...]


def fill_columns(heights: list[int], cols: int) -> tuple[int, list[int]] | None:
    """The shortest column height that takes entries of `heights` lines, in order and never split,
    in at most `cols` columns; and each entry's column."""
    total = sum(heights)
    for target in range(max(max(heights), math.ceil(total / cols)), total + 1):
        col, used, where = 0, 0, []
        for h in heights:
            if used and used + h > target:
                col, used = col + 1, 0
            used += h
            where.append(col)
        if col < cols:
            return target, where
    return None


def flow(texts: list[str], width: float, size: float, gutter: float, max_cols: int = 3,
         bold: bool = False, max_lines: int | None = None) -> Flow:
    """`texts` in full, each wrapped to its column, in as many columns (up to `max_cols`) as leave
    the list shortest (fewer columns when as short). `max_lines`: no entry may take more lines than
    this in a column when there are several columns (a name broken over many lines reads badly)."""
    best: Flow | None = None
    for cols in range(1, max(1, max_cols) + 1):
        col_w = (width - gutter * (cols - 1)) / cols
        if col_w <= size * 2:
            break
        wrapped = [wrap_px(t, col_w, size, bold, cut=False) or [""] for t in texts]
        if cols > 1 and max_lines is not None and max(len(w) for w in wrapped) > max_lines:
            continue
        filled = fill_columns([len(w) for w in wrapped], cols)
        if filled is None:
            continue
        rows, where = filled
        if best is not None and rows >= best.rows:
            continue
        out, row, col = [], 0, 0
        for i, (lines, c) in enumerate(zip(wrapped, where)):
            if c != col:
                col, row = c, 0
            for line in lines:
                out.append((i, c, row, line))
                row += 1
        best = Flow(cols, col_w, rows, tuple(out))
    if best is None:  # no room even for one column: one column, whatever its width
        wrapped = [wrap_px(t, max(width, size), size, bold, cut=False) or [""] for t in texts]
        placed = [(i, 0, r, line) for i, w in enumerate(wrapped) for r, line in enumerate(w)]
        placed = [(i, 0, n, line) for n, (i, _, _, line) in enumerate(placed)]
        best = Flow(1, width, len(placed), tuple(placed))
    return best
