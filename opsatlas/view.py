"""One operation ready to show: the record, its places located, its figures reconciled."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from .geo.gazetteer import ResolvedPlace, resolve_places
from .reconcile import Involvement, Reconciliation, Window, involvement, reconcile
from .records.schema import Link, Operation


@dataclass(frozen=True)
class OperationView:
    record: Operation
    places: dict[str, ResolvedPlace]
    figures: Reconciliation
    involvement: tuple[Involvement, ...]
    map_metric: str  # a claim metric, or "involvement"

    @property
    def metric(self) -> str:
        """The claim metric the figures are for (the record's main measure when the map shows involvement)."""
        return self.figures.metric

    @property
    def as_of(self) -> date | None:
        return self.figures.as_of

    @property
    def links(self) -> list[Link]:
        """The links shown at this moment (a link no source had reported yet is not drawn)."""
        shown = set(self.figures.links)
        return [lk for lk in self.record.links if lk.id in shown]


#: What the map can shade countries by, in the order offered.
MAP_METRICS = {
    "arrests": "Arrests",
    "arrests_or_convictions": "Arrests or convictions",
    "convictions": "Convictions",
    "suspects_identified": "Suspects identified",
    "victims_identified": "Victims identified",
    "involvement": "Involvement (countries named in the record)",
}


def metrics_of(record: Operation) -> list[str]:
    """The map metrics this record has figures for, and 'involvement', which every record has."""
    present = {c.metric for c in record.claims}
    return [m for m in MAP_METRICS if m in present or m == "involvement"]


def primary_metric(record: Operation) -> str:
    """The record's main count: the first of arrests, arrests or convictions, suspects, victims that
    has a stated total; else the first that has any figure; else arrests."""
    offered = [m for m in metrics_of(record) if m != "involvement"]
    with_total = {c.metric for c in record.claims if c.place is None}
    return next((m for m in offered if m in with_total), offered[0] if offered else "arrests")


def build_view(record: Operation, metric: str | None = None, as_of: date | None = None,
               window: Window | None = None) -> OperationView:
    """Locate the places and reconcile the figures (raises ValueError if a place is unknown)."""
    metric = metric or primary_metric(record)
    if metric not in MAP_METRICS:
        raise ValueError(f"unknown metric {metric!r}: use one of {', '.join(MAP_METRICS)}")
    places, findings = resolve_places(record)
    if findings:
        raise ValueError("; ".join(f.message for f in findings))
    claim_metric = primary_metric(record) if metric == "involvement" else metric
    if claim_metric == "involvement":
        claim_metric = "arrests"
    return OperationView(record, places, reconcile(record, places, claim_metric, as_of, window),
                         involvement(record, places), metric)
