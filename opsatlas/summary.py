"""The reconciled headline figures as a JSON-ready dict and as plain text (the `summary` command)."""

from __future__ import annotations

from typing import Any

from .reconcile import Reconciliation
from .records.dates import human
from .view import OperationView


def _source_ref(view: OperationView, source_id: str) -> dict[str, Any]:
    s = view.record.source(source_id)
    return {"id": s.id, "publisher": s.publisher, "url": s.url, "date": s.date}


def summary_dict(arrests: OperationView, suspects: OperationView) -> dict[str, Any]:
    """Headline figures, per-country arrests, the remainder and the disputes, for one operation."""
    a, s = arrests.figures, suspects.figures
    op = arrests.record

    def count(fig: Any) -> int | None:
        return fig.count if fig is not None else None

    def qualifier(fig: Any) -> str:
        return fig.qualifier if fig is not None else "unknown"

    return {
        "operation_id": op.id,
        "name": op.title,
        "as_of": a.as_of.isoformat() if a.as_of else None,
        "arrests_total": count(a.headline["total"]),
        "arrests_total_qualifier": qualifier(a.headline["total"]),
        "arrests_total_disputed": sorted({f.count for f in a.disputed_totals if f.count is not None}),
        "arrest_countries_total": count(a.headline["countries"]),
        "suspects_total": count(s.headline["total"]),
        "suspects_total_qualifier": qualifier(s.headline["total"]),
        "suspects_total_disputed": sorted({f.count for f in s.disputed_totals if f.count is not None}),
        "suspect_countries_total": count(s.headline["countries"]),
        "arrests_by_country": {c.iso3: c.value for c in a.countries if c.status != "disputed"},
        "arrests_by_country_status": {c.iso3: c.status for c in a.countries},
        "arrests_by_place": [
            {"place": p.place_id, "name": p.name, "precision": p.precision, "country": p.iso3,
             "subdivision": p.subdivision, "count": p.figure.count, "qualifier": p.figure.qualifier,
             "part_of": p.inside, "disputed": p.disputed}
            for p in a.places
        ],
        "arrests_by_region": [
            {"place": r.place_id, "name": r.name, "members": list(r.members), "count": r.figure.count,
             "qualifier": r.figure.qualifier, "disputed": r.disputed}
            for r in a.regions
        ],
        "arrests_placed": sum(n for _, n in a.remainder.attributed),
        "arrests_unattributed": a.remainder.unattributed,
        "arrests_unattributed_alternatives": [{"total": t, "unattributed": u} for t, u in a.remainder.alternatives],
        "arrests_unattributed_arithmetic": a.remainder.arithmetic,
        "arrests_unattributed_spread_over": list(a.remainder.spread_over),
        "disputes": [
            {"id": d.id, "title": d.title, "countries": list(d.countries), "contested_claims": list(d.contested),
             "positions": [{"says": says, "source": _source_ref(arrests, src), "quote": quote}
                           for says, src, quote in d.positions],
             "note": d.note, "preferred_claim": d.preferred, "preferred_reason": d.preferred_reason}
            for d in a.disputes
        ],
        "checks": list(a.checks),
        "sources": {
            "arrests_total": [_source_ref(arrests, x) for x in (a.headline["total"].sources if a.headline["total"] else ())],
            "suspects_total": [_source_ref(arrests, x) for x in (s.headline["total"].sources if s.headline["total"] else ())],
        },
        "phases": [{"id": p.id, "name": p.name, "start": p.start, "end": p.end} for p in op.phases],
    }


def headline_text(fig: Reconciliation) -> str:
    """'20', 'more than 800', or '38 or 39 (disputed)'; 'not stated' when no source gives a total."""
    total = fig.headline["total"]
    if total is not None:
        return total.text
    if fig.disputed_totals:
        return " or ".join(sorted({f.text for f in fig.disputed_totals})) + " (disputed)"
    return "not stated"


def summary_text(arrests: OperationView, suspects: OperationView) -> str:
    d = summary_dict(arrests, suspects)
    a = arrests.figures
    lines = [d["name"]]
    lines.append(f"  arrests: {headline_text(a)} in "
                 f"{d['arrest_countries_total'] if d['arrest_countries_total'] is not None else '?'} countries")
    lines.append(f"  further suspects: {headline_text(suspects.figures)} in "
                 f"{d['suspect_countries_total'] if d['suspect_countries_total'] is not None else '?'} countries")
    for c in a.countries:
        val = c.figure.text if c.figure is not None and c.status != "named" else c.status
        lines.append(f"  {c.iso3} {c.name}: {val if c.status != 'disputed' else 'disputed'}")
    lines.append(f"  {a.remainder.arithmetic}")
    for disp in a.disputes:
        lines.append(f"  dispute: {disp.title} [{', '.join(disp.countries) or 'no country'}]")
    for p in arrests.record.phases:
        lines.append(f"  phase: {p.name} ({human(p.start)} – {human(p.end)})")
    return "\n".join(lines)
