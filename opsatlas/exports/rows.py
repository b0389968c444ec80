"""One flat row per claim: the figure, its place and precision, its dates, source and quote."""

from __future__ import annotations

from typing import Any

from ..geo.gazetteer import ResolvedPlace, resolve_places
from ..records.schema import Operation

ROW_FIELDS = [
    "operation_id", "operation", "claim_id", "metric", "count", "qualifier", "upper", "item", "status",
    "place_id", "place", "place_as_written", "precision", "country", "subdivision", "within", "lat", "lon",
    "date", "reported_on", "disputed", "dispute_ids", "replaces", "source_id", "source_publisher", "source_title",
    "source_kind", "source_url", "source_date", "quote", "note",
]


def located(op: Operation) -> dict[str, ResolvedPlace]:
    places, findings = resolve_places(op)
    if findings:
        raise ValueError(f"{op.id}: " + "; ".join(f.message for f in findings))
    return places


def figure_rows(records: list[Operation]) -> list[dict[str, Any]]:
    """Rows in record order, claims in file order; every key of ROW_FIELDS on every row."""
    rows: list[dict[str, Any]] = []
    for op in records:
        places = located(op)
        disputes_of: dict[str, list[str]] = {}
        for d in op.disputes:
            for cid in d.contested:
                disputes_of.setdefault(cid, []).append(d.id)
        for c in op.claims:
            rp = places.get(c.place) if c.place else None
            src = op.source(c.source)
            rows.append({
                "operation_id": op.id, "operation": op.title, "claim_id": c.id, "metric": c.metric,
                "count": c.count, "qualifier": c.qualifier, "upper": c.upper, "item": c.item, "status": c.status,
                "place_id": c.place, "place": rp.name if rp else None, "place_as_written": rp.as_written if rp else None,
                "precision": rp.precision if rp else "unplaced", "country": rp.iso3 if rp else None,
                "subdivision": rp.subdivision if rp else None,
                "within": " > ".join(rp.chain[1:]) if rp and len(rp.chain) > 1 else None,
                "lat": rp.lat if rp and rp.precision in ("point", "subdivision") else None,
                "lon": rp.lon if rp and rp.precision in ("point", "subdivision") else None,
                "date": c.date, "reported_on": op.reported_on(c),
                "disputed": c.id in disputes_of, "dispute_ids": ";".join(disputes_of.get(c.id, [])) or None,
                "replaces": c.replaces,
                "source_id": src.id, "source_publisher": src.publisher, "source_title": src.title,
                "source_kind": src.kind, "source_url": src.url, "source_date": src.date,
                "quote": c.quote, "note": c.note,
            })
    return rows
