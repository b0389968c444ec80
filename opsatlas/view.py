"""One operation ready to show: the record, its places located, its figures reconciled."""

from __future__ import annotations

from dataclasses import dataclass

from .geo.gazetteer import ResolvedPlace, resolve_places
from .reconcile import Involvement, Reconciliation, involvement, reconcile
from .records.schema import Operation


@dataclass(frozen=True)
class OperationView:
    record: Operation
    places: dict[str, ResolvedPlace]
    figures: Reconciliation
    involvement: tuple[Involvement, ...]
    map_metric: str  # a claim metric, or "involvement"

    @property
    def metric(self) -> str:
        """The claim metric the figures are for (arrests when the map shows involvement)."""
        return self.figures.metric


#: What the map can shade countries by.
MAP_METRICS = {
    "arrests": "Arrests",
    "suspects_identified": "Suspects identified",
    "involvement": "Involvement (countries named in the record)",
}


def build_view(record: Operation, metric: str = "arrests") -> OperationView:
    """Locate the places and reconcile the figures (raises ValueError if a place is unknown)."""
    if metric not in MAP_METRICS:
        raise ValueError(f"unknown metric {metric!r}: use one of {', '.join(MAP_METRICS)}")
    places, findings = resolve_places(record)
    if findings:
        raise ValueError("; ".join(f.message for f in findings))
    claim_metric = "arrests" if metric == "involvement" else metric
    return OperationView(record, places, reconcile(record, places, claim_metric),
                         involvement(record, places), metric)
