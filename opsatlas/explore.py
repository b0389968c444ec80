"""Exploring one operation in time and space: replay steps, phase windows, one country's figures."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pandas as pd

from .reconcile import Window, event_span, reporting_dates, value_text
from .records.dates import human, parse_partial
from .records.schema import METRIC_LABELS, Operation
from .view import OperationView


@dataclass(frozen=True)
class Step:
    """One stop of the replay: a day, and what happens or is reported on it."""

    day: date
    label: str


def replay_steps(op: Operation) -> list[Step]:
    """The days the replay stops at, in order: where each phase starts and ends (the latest day its
    partial dates allow) and each day figures were reported. Same-day events share a stop."""
    labels: dict[date, list[str]] = {}
    for ph in op.phases:
        if ph.start:
            labels.setdefault(parse_partial(ph.start)[1], []).append(f"{ph.name} begins")
        if ph.end and ph.end != ph.start:
            labels.setdefault(parse_partial(ph.end)[1], []).append(f"{ph.name} ends")
        elif ph.end:
            labels.setdefault(parse_partial(ph.end)[1], []).append(ph.name)
    for day in reporting_dates(op):
        labels.setdefault(day, []).append("figures reported")
    return [Step(d, "; ".join(dict.fromkeys(parts))) for d, parts in sorted(labels.items())]


def phase_window(op: Operation, phase_id: str) -> Window | None:
    """The stretch a phase covers, as wide as its partial dates allow; None for an undated phase."""
    ph = next((p for p in op.phases if p.id == phase_id), None)
    if ph is None:
        return None
    last = ph.end or ph.start
    if last is None:  # an undated phase
        return None
    start = parse_partial(ph.start)[0] if ph.start else None
    end = parse_partial(last)[1]
    return Window(start, end)


def phases_of_country(op: Operation, iso3: str, view: OperationView) -> list[str]:
    """Ids of the phases that involve the country: named in the phase, or where its figures fall."""
    spans = [s for c in op.claims if c.place and view.places[c.place].iso3 == iso3 and (s := event_span(op, c))]
    out = []
    for ph in op.phases:
        if iso3 in ph.countries:
            out.append(ph.id)
            continue
        if ph.start and ph.end:
            lo, hi = parse_partial(ph.start)[0], parse_partial(ph.end)[1]
            if any(s[0] >= lo and s[1] <= hi for s in spans):
                out.append(ph.id)
    return out


def country_events(op: Operation, iso3: str, view: OperationView) -> list[tuple[date, date, str]]:
    """(from, to, label) for each dated figure placed in the country, for marking on the timeline."""
    out = []
    for c in op.claims:
        if c.place and view.places[c.place].iso3 == iso3 and c.date:
            lo, hi = event_span(op, c) or (None, None)
            if lo and hi:
                count = c.count if c.count is not None else "?"
                out.append((lo, hi, f"{view.places[c.place].name}: {count} {METRIC_LABELS[c.metric]}"))
    return sorted(set(out))


def country_figures(view: OperationView, iso3: str) -> pd.DataFrame:
    """Every figure of the record placed in the country (any measure), with status, source and quote."""
    op = view.record
    states = view.figures.states
    rows = []
    for c in op.claims:
        if not c.place or view.places[c.place].iso3 != iso3:
            continue
        src = op.source(c.source)
        place = view.places[c.place]
        value = value_text(c.count, c.qualifier, c.upper, c.amount, c.unit)
        rows.append({
            "figure": value, "measure": METRIC_LABELS[c.metric] + (f" ({c.item})" if c.item else ""),
            "place": place.name, "precision": place.precision,
            "status": states[c.id].words,
            "when": human(c.date) if c.date else "",
            "reported": human(op.reported_on(c)) if op.reported_on(c) else "not dated",
            "source": src.publisher, "url": src.url or "", "quote": c.quote,
        })
    return pd.DataFrame(rows, columns=["figure", "measure", "place", "precision", "status", "when", "reported",
                                       "source", "url", "quote"])
