"""One self-contained HTML file to embed in an article (in an iframe or directly).

- Everything is inside the file: the map is inline SVG (no tiles, no CDN, no fonts fetched), so it
  draws with no network at all and keeps working for years.
- It needs no script to be read: the SVG is the static image, the table below it carries every
  figure with its source. The one inline script only highlights a country's row on click; a
  Content-Security-Policy allows that script by its hash and nothing else to run or load.
- Record text appears only XML/HTML-escaped, in text nodes and quoted attributes; it is never in the
  script, so nothing in a record can close a script element or run.
- It scales to any width (viewBox, max-width 100%) and carries no key or secret.
"""

from __future__ import annotations

import base64
import hashlib
import re
from html import escape

from ..alttext import map_alt_text
from ..reconcile.rules import COUNTRY_STATUS_WORDS
from ..records.schema import METRIC_LABELS
from ..view import OperationView
from .options import WORDS, SnapshotOptions

SCRIPT = (
    "document.querySelectorAll('path.country').forEach(function(p){p.addEventListener('click',function(){"
    "var iso=p.getAttribute('data-iso3');document.querySelectorAll('tr[data-iso3]').forEach(function(r){"
    "r.classList.toggle('hit',r.getAttribute('data-iso3')===iso);});});});"
)
_SCRIPT_HASH = base64.b64encode(hashlib.sha256(SCRIPT.encode()).digest()).decode()

STYLE = (
    "body{margin:0;padding:8px;font-family:DejaVu Sans,Liberation Sans,Arial,sans-serif;color:#222;background:#fff}"
    "h1{font-size:1.4em;margin:0 0 4px}h2{font-size:1em;margin:8px 0 4px}.sub,.note,.when{color:#444;margin:2px 0}"
    ".total{font-weight:700;margin:4px 0}.remainder{color:#1f4e79}.dispute{color:#b34700;font-weight:600}"
    ".legend{list-style:none;padding:0;margin:0}.legend li{margin:2px 0}.legend svg{vertical-align:middle}"
    "figure{margin:0;max-width:100%}figure svg{display:block;width:100%;height:auto}"
    "path.country{cursor:pointer}table{border-collapse:collapse;width:100%;font-size:14px;margin-top:8px}"
    "th,td{text-align:left;border-bottom:1px solid #ddd;padding:4px 6px;vertical-align:top}"
    "tr.hit{background:#fff3c4}figcaption{font-size:14px;line-height:1.4;padding:8px 4px}"
    ".wrap{overflow-x:auto}.map-wide{display:none}"
    "@media (min-width:900px){.map-wide{display:block}.map-narrow{display:none}}"  # EMBED_MAPS
)


#: (class, width, height, label size) of the map drawings: the narrow one below 900 px of window
#: (at 390 px it is drawn at 374/400 of its size: its smallest text, 0.8 x 15 px, is 11.2 CSS px),
#: the wide one from 900 px (at least 884/1200 of its size: 0.8 x 20 px is 11.8 CSS px).
EMBED_MAPS = (("map-narrow", 400, 620, 15.0), ("map-wide", 1200, 760, 20.0))


def _responsive(svg: str, cls: str) -> str:
    return re.sub(r'^<svg ([^>]*?)width="\d+" height="\d+"', rf'<svg class="{cls}" \1width="100%"', svg, count=1)


def _legend(view: OperationView, options: SnapshotOptions) -> str:
    from ..maps.legend import legend_svg

    words = WORDS[options.lang]
    return f'<h2>{escape(words["legend"])}</h2><div class="legend">{legend_svg(view, 360, 14.0, options.lang)}</div>'


def embed_html(view: OperationView, options: SnapshotOptions) -> str:
    from ..panel import panel_lines
    from .snapshot import map_svg

    op, fig = view.record, view.figures
    words = WORDS[options.lang]
    label = METRIC_LABELS[view.metric]
    # Two drawings of the map, one shown by width: text stays at 11 CSS px or more on a 390 px
    # phone and on a wide page (see EMBED_MAPS).
    svgs = "".join(_responsive(map_svg(view, w, h, options.precision, options.lang, size, cls), cls)
                   for cls, w, h, size in EMBED_MAPS)
    phase_name = next((p.name for p in op.phases if p.id == options.phase), None) if options.phase else None
    panel = "".join(f'<p class="{line.kind}">{escape(line.text)}</p>'
                    for line in panel_lines(view, options.lang, phase_name))
    undrawn = [c.name for c in fig.countries if not c.drawn]
    if undrawn:
        panel += f'<p class="note">{escape(words["not_drawn"])}: {escape(", ".join(undrawn))}</p>'
    rows = []
    for c in sorted(fig.countries, key=lambda c: c.name):
        if c.status == "disputed":
            shown = "disputed: " + ", ".join(f.text for f in c.disputed_figures)
            source_ids = tuple(s for f in c.disputed_figures for s in f.sources)
        else:
            shown = ("count not given" if c.figure is None or c.status == "named" else
                     f"{c.figure.text} under way" if c.status == "under_way" else c.figure.text)
            source_ids = c.figure.sources if c.figure is not None else ()
        links = []
        for sid in dict.fromkeys(source_ids):
            src = op.source(sid)
            name = escape(src.publisher)
            links.append(f'<a href="{escape(src.url, quote=True)}" rel="noopener noreferrer" target="_blank">{name}</a>'
                         if src.url else name)
        rows.append(f'<tr data-iso3="{escape(c.iso3, quote=True)}"><td>{escape(c.name)}</td><td>{escape(shown)}</td>'
                    f'<td>{escape(COUNTRY_STATUS_WORDS[c.status])}</td><td>{"; ".join(links)}</td></tr>')
    credit = f'<p class="note">{escape(words["credit"])}: {escape(options.credit)} · {escape(words["boundaries"])}</p>'
    csp = (f"default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src 'sha256-{_SCRIPT_HASH}'; "
           "base-uri 'none'; form-action 'none'")
    return (
        "<!doctype html>\n"
        f'<html lang="{escape(options.lang, quote=True)}"><head><meta charset="utf-8">'
        f'<meta http-equiv="Content-Security-Policy" content="{csp}">'
        '<meta name="viewport" content="width=device-width,initial-scale=1">'
        f"<title>{escape(options.title or op.title)}</title><style>{STYLE}</style></head><body>"
        f"<h1>{escape(options.title or op.title)}</h1>"
        f'<p class="sub">{escape(options.subtitle or op.crime_description)}</p>'
        f"<figure>{svgs}"
        f"<figcaption>{escape(map_alt_text(view, options.precision))}</figcaption></figure>"
        f'<section class="panel">{panel}{_legend(view, options)}</section>'
        f'<div class="wrap"><table><thead><tr><th>country</th><th>{escape(label)}</th><th>status</th>'
        f"<th>sources</th></tr></thead><tbody>{''.join(rows)}</tbody></table></div>"
        f"{credit}<script>{SCRIPT}</script></body></html>\n"
    )
