"""Tables (pandas DataFrames) of what the map shows, each row with its source."""

from __future__ import annotations

import pandas as pd

from .reconcile import value_text
from .reconcile.rules import COUNTRY_STATUS_WORDS
from .records.dates import human
from .records.schema import METRIC_LABELS, Operation
from .view import OperationView

FIGURE_COLUMNS = ["figure", "metric", "place", "precision", "country", "status", "date", "reported on",
                  "publisher", "source", "quote", "claim"]


def figures_table(view: OperationView) -> pd.DataFrame:
    """One row per claim of the record, every metric: the figure, where, when, and its source."""
    states = view.figures.states
    rows = []
    for c in view.record.claims:
        src = view.record.source(c.source)
        place = view.places[c.place] if c.place else None
        text = value_text(c.count, c.qualifier, c.upper, c.amount, c.unit)
        status = states[c.id].words
        if c.part_of:
            status += f"; part of {c.part_of}"
        if c.unreviewed:
            status += "; unreviewed"
        rows.append({
            "figure": text,
            "metric": METRIC_LABELS[c.metric] + (f" ({c.item})" if c.item else ""),
            "place": place.name if place else "whole operation",
            "precision": place.precision if place else "unplaced",
            "country": place.iso3 if place and place.iso3 else "",
            "status": status,
            "date": human(c.date) if c.date else "",
            "reported on": human(c.reported_on or src.date) if (c.reported_on or src.date) else "not dated",
            "publisher": src.publisher,
            "source": src.url or "",
            "quote": c.quote,
            "claim": c.id,
        })
    return pd.DataFrame(rows, columns=FIGURE_COLUMNS)


def countries_table(view: OperationView) -> pd.DataFrame:
    """One row per country on the map: the figure the map shows, its status and its sources."""
    label = METRIC_LABELS[view.metric]
    rows = []
    for c in view.figures.countries:
        shown = c.figure.text if c.figure is not None and c.status in ("counted", "at_least") else (
            "count not reported" if c.status == "named" else
            f"{c.figure.text} under way" if c.status == "under_way" and c.figure is not None else
            "disputed: " + ", ".join(f.text for f in c.disputed_figures))
        sources = c.figure.sources if c.figure is not None else tuple(
            s for f in c.disputed_figures for s in f.sources)
        rows.append({
            "country": c.name, "code": c.iso3, label: shown, "status": COUNTRY_STATUS_WORDS[c.status],
            "placed in provinces or towns": str(c.placed_below) if c.placed_below else "",
            "sources": "; ".join(view.record.source(s).publisher for s in sources),
            "on the map": "yes" if c.drawn else "too small at this scale",
        })
    frame = pd.DataFrame(rows)
    return frame.sort_values("country", kind="stable").reset_index(drop=True) if not frame.empty else frame


def places_table(view: OperationView) -> pd.DataFrame:
    """Figures below country level, with what contains what."""
    rows = []
    for p in view.figures.places:
        rows.append({
            "place": p.name, "precision": p.precision, "country": p.iso3 or "",
            METRIC_LABELS[view.metric]: p.text,
            "part of": view.places[p.inside].name if p.inside else "",
            "located by": view.places[p.place_id].basis,
            "sources": "; ".join(view.record.source(s).publisher for s in p.figure.sources),
        })
    return pd.DataFrame(rows)


def all_figures(records: list[Operation]) -> pd.DataFrame:
    """Every claim of every record, flat (the CSV export's rows), for browsing and filtering."""
    from .exports import figure_rows

    return pd.DataFrame(figure_rows(records))


def filter_figures(frame: pd.DataFrame, operations: list[str] | None = None, metrics: list[str] | None = None,
                   precisions: list[str] | None = None, text: str = "") -> pd.DataFrame:
    """Rows matching every given filter; `text` is searched, case-insensitively, as plain text."""
    out = frame
    if operations:
        out = out[out["operation_id"].isin(operations)]
    if metrics:
        out = out[out["metric"].isin(metrics)]
    if precisions:
        out = out[out["precision"].isin(precisions)]
    needle = text.strip().casefold()
    if needle:
        haystack = out[["operation", "place", "place_as_written", "country", "source_publisher", "quote", "note",
                        "metric"]].fillna("").astype(str).agg(" ".join, axis=1).str.casefold()
        out = out[haystack.str.contains(needle, regex=False)]
    return out.reset_index(drop=True)


def sources_table(records: list[Operation]) -> pd.DataFrame:
    rows = [{"operation": op.title, "publisher": s.publisher, "title": s.title, "kind": s.kind,
             "date": human(s.date) if s.date else "not dated", "language": s.language or "",
             "figures": sum(1 for c in op.claims if c.source == s.id), "url": s.url or "", "note": s.note or ""}
            for op in records for s in op.sources]
    return pd.DataFrame(rows)
