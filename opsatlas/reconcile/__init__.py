"""Records to the figures a reader sees: `reconcile` (core.py), the remainder, what was known when."""

from .core import COUNTRY_METRIC, merge, reconcile
from .involvement import involvement
from .known import known_claims, reported_from, reporting_dates
from .types import (
                    CountryFigure,
                    DisputeView,
                    Figure,
                    Involvement,
                    PlacedFigure,
                    Reconciliation,
                    RegionFigure,
                    Remainder,
)

__all__ = [
    "COUNTRY_METRIC", "CountryFigure", "DisputeView", "Figure", "Involvement", "PlacedFigure", "Reconciliation",
    "RegionFigure", "Remainder", "involvement", "known_claims", "merge", "reconcile", "reported_from",
    "reporting_dates",
]
