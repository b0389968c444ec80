"""The reconciled headline figures as a JSON-ready dict and as plain text (the `summary` command)."""

from __future__ import annotations

from datetime import date
from typing import Any

from .panel import count_phrase, headline_text
from .records.dates import human
from .records.schema import METRIC_LABELS, Operation
from .view import OperationView, build_view, primary_metric

#: Count metrics summarised under `by_measure` when the record has them.
MEASURES = ("arrests", "arrests_or_convictions", "suspects_identified", "victims_identified")


def _source_ref(op: Operation, source_id: str) -> dict[str, Any]:
    s = op.source(source_id)
    return {"id": s.id, "publisher": s.publisher, "url": s.url, "date": s.date}


def _measure(view: OperationView) -> dict[str, Any]:
    f, op = view.figures, view.record
    total, countries = f.headline["total"], f.headline["countries"]
    return {
        "total": total.count if total else None,
        "total_qualifier": total.qualifier if total else "unknown",
        "total_disputed": sorted({x.count for x in f.disputed_totals if x.count is not None}),
        "total_sources": [_source_ref(op, s) for s in (total.sources if total else ())],
        "countries_total": countries.count if countries else None,
        "by_country": {c.iso3: c.value for c in f.countries if c.status != "disputed"},
        "by_country_status": {c.iso3: c.status for c in f.countries},
        "by_place": [
            {"place": p.place_id, "name": p.name, "precision": p.precision, "country": p.iso3,
             "subdivision": p.subdivision, "count": p.figure.count, "qualifier": p.figure.qualifier,
             "part_of": p.inside, "disputed": p.disputed, "text": p.text,
             "disputed_counts": [f.count for f in p.alternatives]}
            for p in f.places
        ],
        "by_region": [
            {"place": r.place_id, "name": r.name, "members": list(r.members), "count": r.figure.count,
             "qualifier": r.figure.qualifier, "disputed": r.disputed}
            for r in f.regions
        ],
        "placed": sum(n for _, n in f.remainder.attributed),
        "unattributed": f.remainder.unattributed,
        "unattributed_alternatives": [{"total": t, "unattributed": u} for t, u in f.remainder.alternatives],
        "unattributed_arithmetic": f.remainder.arithmetic,
        "unattributed_spread_over": list(f.remainder.spread_over),
        "checks": list(f.checks),
    }


def summary_dict(record: Operation, as_of: date | None = None) -> dict[str, Any]:
    """Headline figures, per-country arrests, the remainder and the disputes, for one operation.

    The `arrests_*` and `suspects_*` keys are the stable interface; `by_measure` holds the same
    detail for every count the record has (an 'arrests or convictions' record fills only that).
    """
    views = {m: build_view(record, m, as_of) for m in MEASURES if any(c.metric == m for c in record.claims)}
    arrests = views.get("arrests") or build_view(record, "arrests", as_of)
    suspects = views.get("suspects_identified") or build_view(record, "suspects_identified", as_of)
    a, s = _measure(arrests), _measure(suspects)
    return {
        "operation_id": record.id,
        "name": record.title,
        "as_of": as_of.isoformat() if as_of else None,
        "main_measure": primary_metric(record),
        "arrests_total": a["total"],
        "arrests_total_qualifier": a["total_qualifier"],
        "arrests_total_disputed": a["total_disputed"],
        "arrest_countries_total": a["countries_total"],
        "suspects_total": s["total"],
        "suspects_total_qualifier": s["total_qualifier"],
        "suspects_total_disputed": s["total_disputed"],
        "suspect_countries_total": s["countries_total"],
        "arrests_by_country": a["by_country"],
        "arrests_by_country_status": a["by_country_status"],
        "arrests_by_place": a["by_place"],
        "arrests_by_region": a["by_region"],
        "arrests_placed": a["placed"],
        "arrests_unattributed": a["unattributed"],
        "arrests_unattributed_alternatives": a["unattributed_alternatives"],
        "arrests_unattributed_arithmetic": a["unattributed_arithmetic"],
        "arrests_unattributed_spread_over": a["unattributed_spread_over"],
        "disputes": [
            {"id": d.id, "title": d.title, "countries": list(d.countries), "contested_claims": list(d.contested),
             "positions": [{"says": says, "source": _source_ref(record, src), "quote": quote}
                           for says, src, quote in d.positions],
             "note": d.note, "preferred_claim": d.preferred, "preferred_reason": d.preferred_reason}
            for d in arrests.figures.disputes
        ],
        "checks": a["checks"],
        "by_measure": {m: _measure(v) for m, v in views.items()},
        "phases": [{"id": p.id, "name": p.name, "start": p.start, "end": p.end} for p in record.phases],
    }


def summary_text(record: Operation, as_of: date | None = None) -> str:
    lines = [record.title + (f" (as known on {as_of.isoformat()})" if as_of else "")]
    main = build_view(record, None, as_of).figures
    for m in MEASURES:
        if not any(c.metric == m for c in record.claims):
            continue
        fig = main if m == main.metric else build_view(record, m, as_of).figures
        where = fig.headline["countries"]
        lines.append(f"  {METRIC_LABELS[m]}: {headline_text(fig)}"
                     + (f" in {count_phrase(where.text, 'country', 'countries')}" if where is not None else ""))
    for c in main.countries:
        val = c.figure.text if c.figure is not None and c.status != "named" else c.status
        val = "disputed" if c.status == "disputed" else f"{val} under way" if c.status == "under_way" else val
        lines.append(f"  {c.iso3} {c.name}: {val}")
    for r in main.regions:
        lines.append(f"  region {r.name}: {r.figure.text}" + (" (disputed)" if r.disputed else ""))
    lines.append(f"  {main.remainder.arithmetic}")
    for check in main.checks:
        lines.append(f"  check: {check}")
    for disp in main.disputes:
        lines.append(f"  dispute: {disp.title} [{', '.join(disp.countries) or 'no country'}]")
    for p in record.phases:
        lines.append(f"  phase: {p.name} ({human(p.start)} – {human(p.end)})")
    return "\n".join(lines)
