"""One flat row per claim: the figure, its place and precision, its dates, source and quote."""

from __future__ import annotations

from typing import Any

from ..geo.gazetteer import ResolvedPlace, resolve_places
from ..reconcile.rules import claim_states, disputes_of, replaced_by
from ..reconcile.types import value_text
from ..records.schema import METRIC_LABELS, Operation
from ..records.vocab import BELOW_COUNTRY

ROW_FIELDS = [
    "operation_id", "operation", "operation_status", "claim_id", "metric", "metric_label", "count", "amount", "unit",
    "qualifier", "upper", "figure", "item", "status",
    "place_id", "place", "place_as_written", "precision", "country", "subdivision", "place_code", "within", "lat",
    "lon",
    "date", "reported_on", "state", "disputed", "dispute_ids", "replaces", "replaced_by", "part_of", "unreviewed",
    "source_id", "source_publisher", "source_title",
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
        contested_by = disputes_of(op)
        states = claim_states(op)  # the whole record, as last reported: the same rule as every view
        later = replaced_by(op)
        for c in op.claims:
            rp = places.get(c.place) if c.place else None
            src = op.source(c.source)
            rows.append({
                "operation_id": op.id, "operation": op.title, "operation_status": op.status, "claim_id": c.id,
                "metric": c.metric, "metric_label": METRIC_LABELS[c.metric], "count": c.count, "amount": c.amount,
                "unit": c.unit, "qualifier": c.qualifier, "upper": c.upper,
                "figure": value_text(c.count, c.qualifier, c.upper, c.amount, c.unit), "item": c.item,
                "status": c.status,
                "place_id": c.place, "place": rp.name if rp else None, "place_as_written": rp.as_written if rp else None,
                "precision": rp.precision if rp else "unplaced", "country": rp.iso3 if rp else None,
                "subdivision": rp.subdivision if rp else None,
                "place_code": op.place(c.place).code if c.place else None,
                "within": " > ".join(rp.chain[1:]) if rp and len(rp.chain) > 1 else None,
                "lat": rp.lat if rp and rp.precision in BELOW_COUNTRY else None,
                "lon": rp.lon if rp and rp.precision in BELOW_COUNTRY else None,
                "date": c.date, "reported_on": op.reported_on(c),
                "state": states[c.id].words,
                "disputed": states[c.id].state == "disputed", "dispute_ids": ";".join(contested_by.get(c.id, ())) or None,
                "replaces": c.replaces, "replaced_by": later.get(c.id), "part_of": c.part_of, "unreviewed": c.unreviewed,
                "source_id": src.id, "source_publisher": src.publisher, "source_title": src.title,
                "source_kind": src.kind, "source_url": src.url, "source_date": src.date,
                "quote": c.quote, "note": c.note,
            })
    return rows
