"""How wide a line of chart text is drawn, in CSS px, so labels can be laid out before rendering.

Widths are the advance widths of DejaVu Sans (Book and Bold, in thousandths of an em), read once
from the fonts with Pillow. DejaVu Sans is the default sans-serif of Debian's Chromium and the
widest of the common sans-serif faces: text that fits by these widths also fits in Arial,
Liberation Sans (what vl-convert draws) and Source Sans (Streamlit's theme). A character outside
the table counts as its unaccented letter, or as a full em.
"""

from __future__ import annotations

import unicodedata

_CHARS = ' !"#$%&\'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~–—…‘’“”·'
_BOOK = (
    318, 401, 460, 838, 636, 950, 780, 275, 390, 390, 500, 838, 318, 361, 318, 337, 636, 636,
    636, 636, 636, 636, 636, 636, 636, 636, 337, 337, 838, 838, 838, 531, 1000, 684, 686, 698,
    770, 632, 575, 775, 752, 295, 295, 656, 557, 863, 748, 787, 603, 787, 695, 635, 611, 732,
    684, 989, 685, 611, 685, 390, 337, 390, 838, 500, 500, 613, 635, 550, 635, 615, 352, 635,
    634, 278, 278, 579, 278, 974, 634, 612, 635, 635, 411, 521, 392, 634, 592, 818, 592, 592,
    525, 636, 337, 636, 838, 500, 1000, 1000, 318, 318, 518, 518, 318,
)
_BOLD = (
    348, 456, 521, 838, 696, 1002, 872, 306, 457, 457, 523, 838, 380, 415, 380, 365, 696, 696,
    696, 696, 696, 696, 696, 696, 696, 696, 400, 400, 838, 838, 838, 580, 1000, 774, 762, 734,
    830, 683, 683, 821, 837, 372, 372, 775, 637, 995, 837, 850, 733, 850, 770, 720, 682, 812,
    774, 1103, 771, 724, 725, 457, 365, 457, 838, 500, 500, 675, 716, 593, 716, 678, 435, 716,
    712, 343, 343, 665, 343, 1042, 712, 687, 716, 716, 493, 595, 478, 712, 652, 924, 645, 652,
    582, 712, 365, 712, 838, 500, 1000, 1000, 380, 380, 657, 657, 380,
)
_WIDTHS = {False: dict(zip(_CHARS, _BOOK, strict=True)), True: dict(zip(_CHARS, _BOLD, strict=True))}


def _em(char: str, bold: bool) -> int:
    table = _WIDTHS[bold]
    if char in table:
        return table[char]
    base = unicodedata.normalize("NFKD", char)[:1]
    return table.get(base, 1000)


def text_width(text: str, size: float, bold: bool = False) -> float:
    """The drawn width of one line of `text` at font size `size` px."""
    return sum(_em(c, bold) for c in text) * size / 1000


def wrap(text: str, width: float, size: float, bold: bool = False) -> list[str]:
    """`text` broken at spaces into lines no wider than `width` px; a word wider than a line is cut
    where the line is full. Always at least one line."""
    lines: list[str] = []
    line = ""
    for word in text.split():
        candidate = f"{line} {word}" if line else word
        if text_width(candidate, size, bold) <= width:
            line = candidate
            continue
        if text_width(word, size, bold) <= width:  # the word fits a line of its own
            lines.append(line)
            line = word
            continue
        line = f"{line} " if line else ""  # too wide for any line: cut it, from where the line is
        for char in word:
            if line.strip() and text_width(line + char, size, bold) > width:
                lines.append(line.rstrip())
                line = ""
            line += char
    lines.append(line)
    return lines
