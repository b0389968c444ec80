"""Text sizes from the font the maps are drawn with, not from guesses.

The SVGs ask for `FAMILY` first; the two TTF files in `fonts/` (DejaVu Sans, Bitstream Vera
licence in `fonts/LICENSE`) are registered with vl-convert before it rasterises, so resvg draws
exactly the glyphs measured here. Widths are the sum of the glyphs' advance widths (hmtx), read
with fontTools; kerning, which resvg applies, only ever narrows DejaVu's pairs, so these widths
are on the safe side. A character the font lacks is counted as one em (a fallback font draws it).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

FONT_DIR = Path(__file__).resolve().parent / "fonts"
FAMILY = "DejaVu Sans"
#: What the SVGs ask for: the shipped font first.
FONT_STACK = "DejaVu Sans, Liberation Sans, Arial, Helvetica, sans-serif"
_FILES = {False: "DejaVuSans.ttf", True: "DejaVuSans-Bold.ttf"}

#: Vertical extent of a line, in em, from the baseline: capitals with accents reach 0.80 above
#: (cap height 0.729), descenders 0.236 below (DejaVu's glyph bounds, rounded up).
ASCENT_EM = 0.80
DESCENT_EM = 0.24


@dataclass(frozen=True)
class _Widths:
    upm: int
    advances: dict[int, int]  # code point -> advance width in font units


@lru_cache(maxsize=2)
def _widths(bold: bool) -> _Widths:
    from fontTools.ttLib import TTFont

    font = TTFont(str(FONT_DIR / _FILES[bold]), lazy=True)
    hmtx = font["hmtx"].metrics
    advances = {cp: hmtx[name][0] for cp, name in font.getBestCmap().items()}
    upm = int(font["head"].unitsPerEm)
    font.close()
    return _Widths(upm, advances)


@lru_cache(maxsize=16384)
def text_width(text: str, size: float, bold: bool = False) -> float:
    """Advance width of `text` at `size` px (remembered: layouts measure the same words often)."""
    w = _widths(bold)
    units = sum(w.advances.get(ord(ch), w.upm) for ch in text)
    return units * size / w.upm


def text_box(x: float, baseline: float, text: str, size: float, bold: bool = False,
             anchor: str = "start") -> tuple[float, float, float, float]:
    """(x0, y0, x1, y1) of the ink of one line of text drawn at (x, baseline) with `text-anchor`."""
    width = text_width(text, size, bold)
    x0 = {"start": x, "middle": x - width / 2, "end": x - width}[anchor]
    return x0, baseline - ASCENT_EM * size, x0 + width, baseline + DESCENT_EM * size


def register_with_vl_convert() -> None:
    """Make the shipped font available to vl-convert's renderer (once per process)."""
    _register()


@lru_cache(maxsize=1)
def _register() -> None:
    import vl_convert

    vl_convert.register_font_directory(str(FONT_DIR))
