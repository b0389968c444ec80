"""Operations side by side: who led them, when they ran, how far they reached, what they found."""

from __future__ import annotations

import altair as alt
import pandas as pd

from .geo.distance import span_km
from .geo.gazetteer import country_name
from .panel import headline_text
from .records.dates import human
from .records.schema import METRIC_LABELS, Operation
from .records.store import unique_titles
from .timeline import FAINT, SOLID, phase_segments
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
            "countries with figures": len([c for c in fig.countries if c.status != "disputed"]),
            "countries involved": len(countries),
            "suspects identified": headline_text(suspects),
            "reach (km)": round(span_km(located)),
            "disputes": len(op.disputes),
            "sources": len(op.sources),
        })
    return pd.DataFrame(rows)


def phases_compare_chart(records: list[Operation]) -> alt.Chart:
    """Every operation's phases on one time axis, one row per operation and phase."""
    frames = []
    records = list({op.id: op for op in records}.values())
    titles = unique_titles(records)
    for op in records:
        segs = phase_segments(op)
        if segs.empty:
            continue
        frames.append(segs.assign(operation=titles[op.id],
                                  row=titles[op.id] + " · " + segs["phase"].str.split(". ", n=1).str[1]))
    data = pd.concat(frames, ignore_index=True) if frames else pd.DataFrame(
        columns=["operation", "row", "start", "end", "segment", "when", "note", "phase"])
    order = list(dict.fromkeys(data["row"]))
    return alt.Chart(data).mark_bar(height=10).encode(
        x=alt.X("start:T", title=None, axis=alt.Axis(format="%Y", labelAngle=0, tickCount="year")),
        x2="end:T",
        y=alt.Y("row:N", sort=order, title=None, axis=alt.Axis(labelLimit=420)),
        color=alt.Color("segment:N", scale=alt.Scale(domain=["certain", "uncertain"], range=[SOLID, FAINT]),
                        legend=alt.Legend(title="dates", orient="top")),
        tooltip=[alt.Tooltip("operation:N"), alt.Tooltip("phase:N"), alt.Tooltip("when:N"),
                 alt.Tooltip("note:N", title="as reported")],
    ).properties(width="container", height=max(120, 16 * len(order)))
