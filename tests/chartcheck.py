"""Read a Vega SVG (from vl-convert) as boxes: every visible text with its measured extent, every
mark drawn as a path, and the plot area. For the timeline and Compare checks.

Text is measured with real font metrics (Pillow's FreeType), in each face that draws these charts:
Liberation Sans (what vl-convert draws 'sans-serif' with; metric twin of Arial), DejaVu Sans
(Debian Chromium's 'sans-serif') and Source Sans (Streamlit's theme font, read from Streamlit's
own static files). A text's box is the widest advance width and the tallest line box (ascent plus
descent) of the three, so a text that fits by these measures fits in every renderer.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import streamlit
from PIL import ImageFont

FONTS = Path("/usr/share/fonts/truetype")
_STREAMLIT = sorted((Path(streamlit.__file__).parent / "static").rglob("SourceSansVF-Upright*.woff2"))
assert _STREAMLIT, "Streamlit's Source Sans is not where it was: update the path above"
FACES = {False: [FONTS / "liberation/LiberationSans-Regular.ttf", FONTS / "dejavu/DejaVuSans.ttf", *_STREAMLIT],
         True: [FONTS / "liberation/LiberationSans-Bold.ttf", FONTS / "dejavu/DejaVuSans-Bold.ttf", *_STREAMLIT]}
SVG = "{http://www.w3.org/2000/svg}"


@dataclass(frozen=True)
class Box:
    x0: float
    y0: float
    x1: float
    y1: float

    def overlaps(self, other: Box) -> bool:
        """Whether the two boxes share any area (touching edges do not count)."""
        return self.x0 < other.x1 and other.x0 < self.x1 and self.y0 < other.y1 and other.y0 < self.y1

    def inside(self, other: Box, slack: float = 0.5) -> bool:
        return (self.x0 >= other.x0 - slack and self.x1 <= other.x1 + slack
                and self.y0 >= other.y0 - slack and self.y1 <= other.y1 + slack)

    @property
    def width(self) -> float:
        return self.x1 - self.x0


@dataclass(frozen=True)
class Text:
    text: str
    box: Box
    size: float
    bold: bool
    fill: str
    role: str  # the class of the mark group: 'role-mark phase_name_marks', 'role-axis-label', ...


@dataclass(frozen=True)
class Mark:
    box: Box
    role: str
    label: str  # the aria-label Vega writes from the item's fields ('phase: 2. ...; when: ...')


@dataclass(frozen=True)
class Chart:
    width: float
    height: float
    plot: Box
    texts: list[Text]
    marks: list[Mark]

    @property
    def frame(self) -> Box:
        return Box(0, 0, self.width, self.height)


@cache
def _font(path: Path, bold: bool) -> ImageFont.FreeTypeFont:
    """The face at 100 px (metrics scale linearly); a variable face set to its bold instance."""
    font = ImageFont.truetype(str(path), size=100)
    if bold and path.suffix == ".woff2":
        font.set_variation_by_name("Bold")
    return font


def text_extent(text: str, size: float, bold: bool = False) -> tuple[float, float, float]:
    """(width, ascent, descent) in px: the widest advance and the tallest line box of the faces."""
    width = ascent = descent = 0.0
    for path in FACES[bold]:
        font = _font(path, bold)
        width = max(width, font.getlength(text) * size / 100)
        a, d = font.getmetrics()
        ascent, descent = max(ascent, a * size / 100), max(descent, d * size / 100)
    return width, ascent, descent


_TRANSLATE = re.compile(r"translate\(\s*([-\d.e]+)[ ,]\s*([-\d.e]+)\s*\)")


def _offset(element: ET.Element) -> tuple[float, float]:
    transform = element.get("transform", "")
    if "rotate" in transform or "scale" in transform or "matrix" in transform:
        raise AssertionError(f"cannot measure a rotated or scaled element: {transform}")
    dx = dy = 0.0
    for x, y in _TRANSLATE.findall(transform):
        dx, dy = dx + float(x), dy + float(y)
    return dx, dy


_PATH = re.compile(r"([MLHVCZmlhvcz])([^MLHVCZmlhvcz]*)")


def path_box(d: str) -> Box:
    """The bounding box of an SVG path as Vega writes them (M L H V C Z, either case)."""
    xs: list[float] = []
    ys: list[float] = []
    x = y = 0.0
    for cmd, args in _PATH.findall(d):
        nums = [float(n) for n in re.findall(r"-?(?:\d+\.?\d*|\.\d+)(?:e-?\d+)?", args)]
        rel = cmd.islower()
        c = cmd.upper()
        if c in "ML":
            for i in range(0, len(nums), 2):
                x, y = (x + nums[i], y + nums[i + 1]) if rel else (nums[i], nums[i + 1])
                xs.append(x)
                ys.append(y)
        elif c == "H":
            for n in nums:
                x = x + n if rel else n
                xs.append(x)
                ys.append(y)
        elif c == "V":
            for n in nums:
                y = y + n if rel else n
                xs.append(x)
                ys.append(y)
        elif c == "C":  # control points bound the curve
            for i in range(0, len(nums), 6):
                pts = [(nums[i + j], nums[i + j + 1]) for j in (0, 2, 4)]
                if rel:
                    pts = [(x + px, y + py) for px, py in pts]
                xs.extend(p[0] for p in pts)
                ys.extend(p[1] for p in pts)
                x, y = pts[-1]
    if not xs:
        return Box(0, 0, 0, 0)
    return Box(min(xs), min(ys), max(xs), max(ys))


def _visible(element: ET.Element) -> bool:
    return element.get("opacity") not in ("0", "0.0") and element.get("display") != "none"


def parse(svg: str) -> Chart:
    """Every visible text and every path inside a mark group of a Vega SVG, in SVG pixels."""
    root = ET.fromstring(svg)
    texts: list[Text] = []
    marks: list[Mark] = []
    plot: list[Box] = []

    def walk(element: ET.Element, ox: float, oy: float, role: str) -> None:
        if not _visible(element):
            return
        dx, dy = _offset(element)
        x, y = ox + dx, oy + dy
        tag = element.tag.removeprefix(SVG)
        cls = element.get("class", "")
        if tag == "g" and cls.startswith("mark-"):
            role = cls.split(" ", 1)[1] if " " in cls else cls
        if tag == "text":
            content = "".join(element.itertext())
            size = float(element.get("font-size", "11px").removesuffix("px"))
            bold = element.get("font-weight", "normal") in ("bold", "700", "800", "900")
            width, ascent, descent = text_extent(content, size, bold)
            anchor = element.get("text-anchor", "start")
            left = x - {"start": 0.0, "middle": width / 2, "end": width}[anchor]
            texts.append(Text(content, Box(left, y - ascent, left + width, y + descent), size, bold,
                              element.get("fill", ""), role))
            return
        if tag == "path":
            box = path_box(element.get("d", ""))
            shifted = Box(box.x0 + x, box.y0 + y, box.x1 + x, box.y1 + y)
            if cls == "background" and "role-frame root" in role and not plot:
                plot.append(shifted)
            elif cls == "" and role.startswith("role-mark"):
                marks.append(Mark(shifted, role, element.get("aria-label", "")))
        for child in element:
            walk(child, x, y, role)

    walk(root, 0.0, 0.0, "")
    if not plot:
        raise AssertionError("no plot area (the root frame's background) in the SVG")
    return Chart(float(root.get("width", 0)), float(root.get("height", 0)), plot[0], texts, marks)


def overlapping_texts(chart: Chart) -> list[tuple[Text, Text]]:
    """Every pair of visible texts whose boxes share area."""
    found = []
    for i, a in enumerate(chart.texts):
        for b in chart.texts[i + 1:]:
            if a.box.overlaps(b.box):
                found.append((a, b))
    return found
