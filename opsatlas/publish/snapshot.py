"""A map snapshot that stands on its own: title, map, legend, unattributed remainder, disputes,
as-of date, sources and credit, laid out for the requested size. SVG first; PNG and PDF are the
same SVG rasterised or printed by vl-convert (resvg), offline."""

from __future__ import annotations

from html import escape
from pathlib import Path

from ..alttext import map_alt_text
from ..explore import phase_window
from ..maps import style
from ..maps.fontmetrics import FONT_STACK, register_with_vl_convert
from ..maps.legend import legend_fragment
from ..panel import panel_lines
from ..view import OperationView, build_view
from .options import SNAPSHOT_FORMATS, WORDS, SnapshotOptions, UnknownFormat
from .svgmap import compose, rgb

FONT = FONT_STACK


def wrap(text: str, width_px: float, size: float, bold: bool = False) -> list[str]:
    """Greedy word wrap by an average glyph width of 0.56 em (0.64 em bold), on the safe side."""
    per_line = max(8, int(width_px / (size * (0.64 if bold else 0.56))))
    lines, line = [], ""
    for word in text.split():
        if len(word) > per_line:  # a very long word (or hostile text): cut it
            word = word[: per_line - 1] + "…"
        if line and len(line) + 1 + len(word) > per_line:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    if line:
        lines.append(line)
    return lines


class _Text:
    """Stacks wrapped text lines inside a column, and stops at the bottom instead of overflowing."""

    def __init__(self, x: float, y: float, width: float, bottom: float) -> None:
        self.x, self.y, self.width, self.bottom = x, y, width, bottom
        self.parts: list[str] = []

    def add(self, text: str, size: float, weight: int = 400, colour: str = "#222222", gap: float = 0.35,
            max_lines: int = 6, indent: float = 0) -> None:
        lines = wrap(text, self.width - indent, size, bold=weight >= 600)
        if len(lines) > max_lines:
            lines = lines[:max_lines]
            lines[-1] = lines[-1].rstrip("…") + "…"
        for line in lines:
            if self.y + size > self.bottom:
                return
            self.y += size * 1.25
            self.parts.append(f'<text x="{self.x + indent:g}" y="{self.y:.1f}" font-size="{size:g}" '
                              f'font-weight="{weight}" fill="{colour}">{escape(line)}</text>')
        self.y += size * gap

    def block(self, svg: str, height: float) -> None:
        """A block drawn elsewhere (the legend), `height` tall, from the current line down."""
        if self.y + height > self.bottom:
            return
        self.parts.append(svg)
        self.y += height


def view_for(record, options: SnapshotOptions) -> OperationView:
    window = phase_window(record, options.phase) if options.phase else None
    if options.phase and window is None:
        raise ValueError(f"phase {options.phase!r} has no dates, or is not in {record.id}")
    return build_view(record, options.metric, options.as_of, window)


def snapshot_svg(view: OperationView, options: SnapshotOptions) -> str:
    """The whole snapshot as one standalone SVG document."""
    words = WORDS[options.lang]
    op, fig = view.record, view.figures
    w, h = options.width, options.height
    base = max(11.0, min(w, h) / 52)
    margin = base * 1.6
    landscape = w / h >= 1.15
    head = _Text(margin, margin * 0.6, w - 2 * margin, h)
    head.add(options.title or op.title, base * 2.0, 700, max_lines=2)
    subtitle = options.subtitle or op.crime_description
    head.add(subtitle, base * 1.05, 400, "#444444", max_lines=2)
    top = head.y + base * 0.4
    if landscape:
        map_box = (margin, top, (w - 2 * margin) * 0.66, h - top - margin)
        panel = _Text(margin * 1.6 + map_box[2], top - base, w - map_box[2] - margin * 2.6, h - margin)
    else:
        map_h = (h - top - margin) * (0.6 if h / w > 1.4 else 0.58)
        map_box = (margin, top, w - 2 * margin, map_h)
        panel = _Text(margin, top + map_h + base * 0.2, w - 2 * margin, h - margin)

    phase_name = next((p.name for p in op.phases if p.id == options.phase), None) if options.phase else None
    styles = {"draft": (base * 1.15, 700, rgb(style.DISPUTED_LINE), 2), "headline": (base * 1.15, 700, "#222222", 3), "when": (base * 0.95, 400, "#444444", 3),
              "remainder": (base * 0.95, 400, "#1f4e79", 7),
              "dispute": (base * 0.9, 600, rgb(style.DISPUTED_LINE), 3), "sources": (base * 0.75, 400, "#444444", 8)}
    lines = panel_lines(view, options.lang, phase_name)
    for line in lines:
        if line.kind != "sources":
            size, weight, colour, most = styles[line.kind]
            panel.add(line.text, size, weight, colour, max_lines=most)
    panel.add(words["legend"], base * 1.0, 700, gap=0.2)
    panel.block(*legend_fragment(view, panel.x, panel.y, panel.width, max(11.0, base * 0.85), options.lang,
                                 options.precision))
    undrawn = [c.name for c in fig.countries if not c.drawn]
    if undrawn:
        panel.add(f"{words['not_drawn']}: {', '.join(undrawn)}", base * 0.8, 400, "#444444")
    for line in lines:
        if line.kind == "sources":
            size, weight, colour, most = styles[line.kind]
            panel.add(line.text, size, weight, colour, max_lines=most)
    panel.add(f"{words['credit']}: {options.credit} · {words['boundaries']}", base * 0.75, 400, "#444444")

    body = compose(view, map_box, options.precision, options.lang, max(12.5, base))
    return (f'<svg xmlns="http://www.w3.org/2000/svg" width="{w}" height="{h}" viewBox="0 0 {w} {h}" '
            f'font-family="{FONT}" role="img" aria-labelledby="snapshot-title">'
            f'<title id="snapshot-title">{escape(map_alt_text(view, options.precision))}</title>'
            f'<rect width="{w}" height="{h}" fill="#ffffff"/>' + "".join(head.parts) + body
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
