"""What reconciliation returns: figures with their claims, per country, place and region."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from ..records.schema import METRIC_LABELS, METRIC_SINGULAR
from .known import Window


def value_text(count: int | None, qualifier: str, upper: int | None = None) -> str:
    """'20', 'at least 5', 'about 100', '38–39', or 'count not reported': a figure as the source gives it."""
    if qualifier == "unknown" or count is None:
        return "count not reported"
    n = f"{count:,}"
    return {
        "exact": n,
        "at_least": f"at least {n}",
        "more_than": f"more than {n}",
        "about": f"about {n}",
        "range": f"{n}–{upper:,}" if upper is not None else n,
    }[qualifier]


@dataclass(frozen=True)
class Figure:
    """A figure as stated, with every claim that states it."""

    count: int | None
    qualifier: str
    upper: int | None
    claims: tuple[str, ...]
    sources: tuple[str, ...]
    derived: bool = False  # computed here (e.g. a sum of provinces), not stated by a source
    date: str | None = None  # when it happened, as the first dated claim gives it
    preferred: str | None = None  # a curator's reason for preferring this contested figure

    @property
    def text(self) -> str:
        return value_text(self.count, self.qualifier, self.upper)

    def phrase(self, metric: str) -> str:
        """'1 arrest', '7 arrests', 'at least 5 arrests', 'arrests: count not reported'."""
        if self.count is None or self.qualifier == "unknown":
            return f"{METRIC_LABELS[metric]}: count not reported"
        unit = METRIC_SINGULAR[metric] if self.count == 1 and self.qualifier == "exact" else METRIC_LABELS[metric]
        return f"{self.text} {unit}"


@dataclass(frozen=True)
class PlacedFigure:
    place_id: str
    name: str
    precision: str
    iso3: str | None
    subdivision: str | None
    lat: float | None
    lon: float | None
    figure: Figure
    inside: str | None  # id of the placed figure that already counts this one, if any
    disputed: bool = False


@dataclass(frozen=True)
class CountryFigure:
    iso3: str
    name: str
    status: str  # counted | at_least | named | disputed
    figure: Figure | None
    placed_below: int  # sum of the outermost firm figures inside the country
    disputed_figures: tuple[Figure, ...] = ()
    drawn: bool = True

    @property
    def value(self) -> int | None:
        return self.figure.count if self.figure is not None and self.status in ("counted", "at_least") else None


@dataclass(frozen=True)
class RegionFigure:
    place_id: str
    name: str
    members: tuple[str, ...]
    figure: Figure
    disputed: bool
    counted_members: tuple[tuple[str, int], ...]  # members with a firm country figure


@dataclass(frozen=True)
class Remainder:
    total: int | None
    attributed: tuple[tuple[str, int], ...]
    unattributed: int | None
    spread_over: tuple[str, ...]
    possibly: tuple[str, ...]  # countries whose figure is disputed
    arithmetic: str
    #: When the total itself is disputed: (total, remainder) for each value the sources give.
    alternatives: tuple[tuple[int, int], ...] = ()


@dataclass(frozen=True)
class DisputeView:
    id: str
    title: str
    countries: tuple[str, ...]
    contested: tuple[str, ...]
    positions: tuple[tuple[str, str, str], ...]  # (says, source id, quote)
    note: str | None
    preferred: str | None = None
    preferred_reason: str | None = None


@dataclass(frozen=True)
class Reconciliation:
    operation_id: str
    metric: str
    headline: dict[str, Figure | None]
    countries: tuple[CountryFigure, ...]
    places: tuple[PlacedFigure, ...]
    regions: tuple[RegionFigure, ...]
    remainder: Remainder
    disputes: tuple[DisputeView, ...]
    checks: tuple[str, ...] = field(default=())
    as_of: date | None = None  # None: everything the record holds
    disputed_totals: tuple[Figure, ...] = ()
    window: Window | None = None  # None: the whole investigation
    under_way: tuple[str, ...] = ()  # claims whose events overlap the window without falling inside it

    def country(self, iso3: str) -> CountryFigure | None:
        return next((c for c in self.countries if c.iso3 == iso3), None)



@dataclass(frozen=True)
class Involvement:
    iso3: str
    name: str
    roles: tuple[str, ...]  # e.g. ('arrests', 'phase: Arrests', 'link')
