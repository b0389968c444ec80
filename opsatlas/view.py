"""One operation ready to show: the record, its places located, its figures reconciled."""

from __future__ import annotations

from dataclasses import dataclass

from .geo.gazetteer import ResolvedPlace, resolve_places
from .reconcile import Reconciliation, reconcile
from .records.schema import Operation


@dataclass(frozen=True)
class OperationView:
    record: Operation
    places: dict[str, ResolvedPlace]
    figures: Reconciliation

    @property
    def metric(self) -> str:
        return self.figures.metric


def build_view(record: Operation, metric: str = "arrests") -> OperationView:
    """Locate the places and reconcile the figures (raises ValueError if a place is unknown)."""
    places, findings = resolve_places(record)
    if findings:
        raise ValueError("; ".join(f.message for f in findings))
    return OperationView(record, places, reconcile(record, places, metric))
