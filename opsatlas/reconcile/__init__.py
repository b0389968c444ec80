"""Records to the figures a reader sees: `reconcile` (core.py), the remainder, what was known when."""

from .core import COUNTRY_METRIC, merge, reconcile
from .involvement import involvement
from .known import Window, event_span, known_claims, reported_from, reporting_dates, split_by_window
from .types import (
                    CountryFigure,
                    DisputeView,
                    Figure,
                    Involvement,
                    PlacedFigure,
                    Reconciliation,
                    RegionFigure,
                    Remainder,
                    value_text,
)

__all__ = [
                    "COUNTRY_METRIC",
                    "CountryFigure",
                    "DisputeView",
                    "Figure",
                    "Involvement",
                    "PlacedFigure",
                    "Reconciliation",
                    "RegionFigure",
                    "Remainder",
                    "Window",
                    "event_span",
                    "involvement",
                    "known_claims",
                    "merge",
                    "reconcile",
                    "reported_from",
                    "reporting_dates",
                    "split_by_window", "value_text",
]
