"""Operations side by side: who led them, when they ran, how far they reached, what they found."""

from __future__ import annotations

import altair as alt
import pandas as pd

from .geo.distance import span_km
from .geo.gazetteer import country_name
from .panel import headline_text
from .records.dates import human
from .records.schema import METRIC_LABELS, Operation
from .catalogue.store import unique_titles
from .timeline import (PHONE_WIDTH, Rows, bar_layers, layered, phase_rows, sized, text_layers, time_axis,
                       time_domain)
from .view import build_view, primary_metric


def compare_table(records: list[Operation]) -> pd.DataFrame:
    """One row per operation (each id once); figures as stated and as placed, reach as a geodesic span."""
    records = list({op.id: op for op in records}.values())
    titles = unique_titles(records)
    rows = []
    for op in records:
        metric = primary_metric(op)
        main = build_view(op, metric)
        suspects = build_view(op, "suspects_identified").figures
        fig = main.figures
        located = [p for p in main.places.values() if p.precision != "region"]
        announced = next((p.start for p in op.phases if p.kind == "announcement" and p.start), None)
        countries = sorted({p.iso3 for p in located if p.iso3} | {c for ph in op.phases for c in ph.countries})
        rows.append({
            "operation": titles[op.id],
            "id": op.id,
            "announced": human(announced) if announced else "not dated",
            "lead": " and ".join(country_name(c) for c in op.leads),
            "coordinators": "; ".join(c.body for c in op.coordinators),
            "measure": METRIC_LABELS[metric],
            "stated": headline_text(fig),
            "placed in countries": sum(n for _, n in fig.remainder.attributed),
            "unattributed": "" if fig.remainder.unattributed is None else f"{fig.remainder.unattributed:,}",
            "countries stated": fig.headline["countries"].text if fig.headline["countries"] else "",
            "countries with figures": len([c for c in fig.countries if c.status not in ("disputed", "under_way")]),
            "countries involved": len(countries),
            "suspects identified": headline_text(suspects),
            "reach (km)": round(span_km(located)),
            "disputes": len(op.disputes),
            "sources": len(op.sources),
        })
    return pd.DataFrame(rows)


def phases_compare_chart(records: list[Operation], width: int | str = "container") -> alt.LayerChart:
    """Every operation's phases on one time axis: under each operation's name, one row per phase
    (the same rows as the timeline, without the sources' wording, which the tooltip gives)."""
    records = list({op.id: op for op in records}.values())
    titles = unique_titles(records)
    label_width = width if isinstance(width, int) else PHONE_WIDTH
    rows = phase_rows([(titles[op.id], op) for op in records], label_width, notes=False)
    operation = {op.id: titles[op.id] for op in records}
    rows = Rows(lines=rows.lines, bars=rows.bars.assign(operation=rows.bars["key"].str.split("/").str[0].map(operation)),
                height=rows.height)
    lo, hi = time_domain(rows.bars)
    axis = time_axis((lo, hi))
    tooltip = [alt.Tooltip("operation:N"), alt.Tooltip("phase:N"), alt.Tooltip("when:N"),
               alt.Tooltip("note:N", title="as reported"), alt.Tooltip("segment:N", title="this stretch")]
    guides, bars, dots = bar_layers(rows, alt.Scale(domain=[lo, hi]), axis, label_width, tooltip, alt.Undefined)
    return sized(layered(guides, bars, dots, *text_layers(rows.lines)), width, rows.height)
