"""What the panel beside a map says, written once for every renderer: the app, the SVG, PNG and
PDF snapshots, the HTML embed. Each line has a kind (for styling) and plain text (escaped by
whoever renders it).

The headline carries every count the record states at this moment (arrests and suspects both),
the "when" line says the date or the stretch of time shown, the remainder is said in words, and
the sources are those of the figures shown.
"""

from __future__ import annotations

from dataclasses import dataclass

from .reconcile import Reconciliation
from .records.dates import human
from .records.references import unreviewed_items
from .records.vocab import METRIC
from .view import OperationView, build_view

#: Counts the headline states when the record has them, in this order.
HEADLINE_MEASURES = ("arrests", "arrests_or_convictions", "convictions", "suspects_identified", "victims_identified")

#: The panel's own words. Record text (names, quotes, sources) is never translated.
PANEL_WORDS: dict[str, dict[str, str]] = {
    "en": {"as_of": "As reported by", "everything": "Everything in the record, as last reported",
           "events": "Events", "events_to": "Events up to", "phase": "Phase", "in": "in",
           "country": "country", "countries": "countries", "no_total": "no total stated",
           "unattributed": "not attributed to a country", "disputes": "Disputed", "sources": "Sources",
           "no_sources": "no figure of the record falls in this view", "including": "including those arrested",
           "draft": "DRAFT: not yet reviewed by a curator ({n} items unreviewed)"},
    "es": {"as_of": "Según lo publicado hasta", "everything": "Todo lo que contiene el registro, según lo último publicado",
           "events": "Hechos", "events_to": "Hechos hasta", "phase": "Fase", "in": "en",
           "country": "país", "countries": "países", "no_total": "sin total declarado",
           "unattributed": "sin atribuir a un país", "disputes": "En disputa", "sources": "Fuentes",
           "no_sources": "ninguna cifra del registro cae en esta vista", "including": "incluidos los detenidos",
           "draft": "BORRADOR: sin revisar ({n} elementos por revisar)"},
}


@dataclass(frozen=True)
class PanelLine:
    kind: str  # headline | when | remainder | check | dispute | sources
    text: str


def headline_text(fig: Reconciliation, compact: bool = False) -> str:
    """'20', 'more than 800', '38 or 39 (disputed)', '135, 136 or more than 130 (disputed)';
    'not stated' when no source gives a total. `compact` (a metric tile): more than two disputed
    values read '3 figures (disputed)', and the lines beside the tile list them."""
    total = fig.headline["total"]
    if total is not None:
        return total.text
    values = sorted({f.text for f in fig.disputed_totals}, key=lambda t: (len(t), t))
    if len(values) > 2:
        return f"{len(values)} figures (disputed)" if compact else ", ".join(values[:-1]) + f" or {values[-1]} (disputed)"
    if values:
        return " or ".join(values) + " (disputed)"
    if fig.total_under_way is not None and fig.total_under_way.count is not None:
        return f"{fig.total_under_way.text} under way" if compact else (
            f"none counted yet; {fig.total_under_way.text} under way (events not all over by then)")
    return "not stated"


def count_phrase(n: int | str, singular: str, plural: str) -> str:
    """'1 country', '12 countries', 'about 30 countries'."""
    return f"{n} {singular if str(n) == '1' else plural}"


def headline_label(fig: Reconciliation, lang: str = "en") -> str:
    """'Arrests', 'Suspects identified (including those arrested)': what the headline figure counts."""
    label = METRIC[fig.metric].label_in(lang).capitalize()
    return f"{label} ({PANEL_WORDS[lang]['including']})" if includes_arrested(fig) else label


def headline_line(fig: Reconciliation, lang: str = "en") -> str:
    """'Arrests: 20 in 12 countries', 'Suspects identified (including those arrested): 68 in 28 countries'."""
    w = PANEL_WORDS[lang]
    value = headline_text(fig)
    text = f"{headline_label(fig, lang)}: " + (w["no_total"] if value == "not stated" else value)
    countries = fig.headline["countries"]
    if countries is not None and countries.count is not None:
        text += f" {w['in']} " + count_phrase(countries.text, w["country"], w["countries"])
    return text


def includes_arrested(fig: Reconciliation) -> bool:
    """Whether a source says the suspects' total includes those arrested: an arrests claim is `part_of` it."""
    total = fig.headline["total"]
    return fig.metric == "suspects_identified" and bool(total and total.includes)


def measures_of(view: OperationView) -> list[str]:
    present = {c.metric for c in view.record.claims}
    main = [view.metric] if view.metric in HEADLINE_MEASURES else []
    return main + [m for m in HEADLINE_MEASURES if m in present and m != view.metric]


def headline_figures(view: OperationView) -> list[Reconciliation]:
    """The view's own figures first, then every other count the record states, at the same moment."""
    out = []
    for m in measures_of(view):
        out.append(view.figures if m == view.metric else
                   build_view(view.record, m, view.as_of, view.figures.window).figures)
    return out or [view.figures]


def when_text(view: OperationView, lang: str = "en", phase_name: str | None = None) -> str:
    """The date or stretch the view shows; never empty."""
    w = PANEL_WORDS[lang]
    fig = view.figures
    window = fig.window
    if fig.as_of is not None:
        text = f"{w['as_of']} {human(fig.as_of.isoformat())}"
    elif window is not None:
        text = (f"{w['events']} {human(window.start.isoformat())} – {human(window.end.isoformat())}"
                if window.start else f"{w['events_to']} {human(window.end.isoformat())}")
    else:
        text = w["everything"]
    if phase_name:
        text += f" · {w['phase']}: {phase_name}"
    return text


def remainder_text(fig: Reconciliation, lang: str = "en") -> str:
    r = fig.remainder
    if r.unattributed is not None:
        return f"{r.unattributed:,} {METRIC[fig.metric].label_in(lang)} {PANEL_WORDS[lang]['unattributed']}: {r.arithmetic}"
    return r.arithmetic[:1].upper() + r.arithmetic[1:]


def shown_sources(view: OperationView, figures: list[Reconciliation]) -> list[str]:
    """Publishers of the figures the panel and the map show (headlines, countries, places)."""
    ids: set[str] = set()
    for fig in figures:
        for f in (fig.headline["total"], fig.headline["countries"], *fig.disputed_totals):
            if f is not None:
                ids.update(f.sources)
    fig = view.figures
    for c in fig.countries:
        if c.figure is not None:
            ids.update(c.figure.sources)
        for d in c.disputed_figures:
            ids.update(d.sources)
    for p in fig.places:
        ids.update(p.figure.sources)
    for r in fig.regions:
        ids.update(r.figure.sources)
    return sorted({view.record.source(s).publisher for s in ids})


def draft_text(view: OperationView, lang: str = "en") -> str:
    """'Draft: not reviewed by a curator (12 items unreviewed)'."""
    n = len(unreviewed_items(view.record))
    return PANEL_WORDS[lang]["draft"].format(n=n)


def panel_lines(view: OperationView, lang: str = "en", phase_name: str | None = None) -> list[PanelLine]:
    """Every line of the panel, in order."""
    w = PANEL_WORDS[lang]
    figures = headline_figures(view)
    lines = [PanelLine("draft", draft_text(view, lang))] if view.record.is_draft else []
    lines += [PanelLine("headline", headline_line(f, lang)) for f in figures]
    lines.append(PanelLine("when", when_text(view, lang, phase_name)))
    lines.append(PanelLine("remainder", remainder_text(view.figures, lang)))
    for d in view.figures.disputes:
        where = f" ({', '.join(d.countries)})" if d.countries else ""
        lines.append(PanelLine("dispute", f"{w['disputes']}: {d.title}{where}"))
    publishers = shown_sources(view, figures)
    lines.append(PanelLine("sources", f"{w['sources']}: " + ("; ".join(publishers) if publishers else w["no_sources"])))
    return lines
