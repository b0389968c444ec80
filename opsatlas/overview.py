"""All operations at once: filters, and which countries took part in how many operations."""

from __future__ import annotations

from datetime import date

import pandas as pd

from .geo.gazetteer import country_name
from .records.dates import parse_partial
from .records.schema import Operation
from .catalogue.store import unique_titles
from .view import build_view, primary_metric


def body_name(body: str) -> str:
    """'INTERPOL (Crimes against Children unit)' -> 'INTERPOL': the body, without the unit."""
    return body.split(" (")[0].split(",")[0].strip()


def announced(op: Operation) -> date | None:
    """The announcement day, else the latest day any phase can end."""
    ph = next((p for p in op.phases if p.kind == "announcement" and p.start), None)
    if ph is not None and ph.start:
        return parse_partial(ph.start)[0]
    ends = [parse_partial(last)[1] for p in op.phases if (last := p.end or p.start)]
    return max(ends) if ends else None


def filter_operations(records: list[Operation], crime_types: list[str] | None = None, bodies: list[str] | None = None,
                      start: date | None = None, end: date | None = None) -> list[Operation]:
    """Operations matching every filter; the dates filter on the announcement day."""
    out = []
    for op in records:
        if crime_types and op.crime_type not in crime_types:
            continue
        if bodies and not {body_name(c.body) for c in op.coordinators} & set(bodies):
            continue
        day = announced(op)
        if (start or end) and day is None:
            continue
        if start and day and day < start or end and day and day > end:
            continue
        out.append(op)
    return out


def participation(records: list[Operation]) -> pd.DataFrame:
    """One row per country: in how many operations it took part (a figure, a phase, a link or as
    coordinator), and for each operation the figure placed there in its main measure."""
    records = list({op.id: op for op in records}.values())
    titles = unique_titles(records)  # two operations may share a name: each keeps its own column
    rows: dict[str, dict[str, str | int]] = {}
    for op in records:
        view = build_view(op, primary_metric(op))
        firm = {c.iso3: c for c in view.figures.countries}
        for inv in view.involvement:
            row = rows.setdefault(inv.iso3, {"code": inv.iso3, "country": country_name(inv.iso3), "operations": 0})
            row["operations"] = int(row["operations"]) + 1
            c = firm.get(inv.iso3)
            if c is None:
                cell = "involved, no figure"
            elif c.status == "disputed":
                cell = "disputed"
            elif c.figure is None or c.figure.count is None:
                cell = "count not given"
            else:
                cell = c.figure.text
            row[titles[op.id]] = cell
    frame = pd.DataFrame(list(rows.values()))
    if frame.empty:
        return pd.DataFrame(columns=["code", "country", "operations"])
    frame = frame.fillna("")
    return frame.sort_values(["operations", "country"], ascending=[False, True]).reset_index(drop=True)
