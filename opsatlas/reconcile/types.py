"""What reconciliation returns: figures with their claims, per country, place and region."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date

from ..records.schema import METRIC_LABELS, METRIC_SINGULAR
from ..records.vocab import QUALIFIER
from .known import Window
from .rules import ClaimState


def number_text(value: float) -> str:
    """1,234 for a count; 2.5 or 1,200,000.5 for an amount (no invented decimals)."""
    if isinstance(value, float) and not value.is_integer():
        return f"{value:,.6f}".rstrip("0").rstrip(".")
    return f"{int(value):,}"


def value_text(count: int | None, qualifier: str, upper: int | None = None, amount: float | None = None,
               unit: str | None = None) -> str:
    """'20', 'at least 5', 'almost 100', 'up to 40', '38–39', '2.5 tonnes', or 'count not reported':
    a figure as the source gives it (the words come from `vocab.QUALIFIERS`)."""
    number = count if count is not None else amount
    if qualifier == "unknown" or number is None:
        return QUALIFIER["unknown"].words
    words = QUALIFIER[qualifier].words
    if qualifier == "range" and upper is None:
        words = "{n}"
    text = words.format(n=number_text(number), upper=f"{upper:,}" if upper is not None else "")
    return f"{text} {unit}" if unit else text


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
    amount: float | None = None  # a quantity that is not whole (2.5 tonnes), with its unit
    unit: str | None = None
    #: Claims a source says are included in this figure (`part_of`): the arrested among the suspects.
    includes: tuple[str, ...] = ()
    reported: str | None = None  # when it was first reported (claim's reported_on, else its source's date)

    @property
    def text(self) -> str:
        return value_text(self.count, self.qualifier, self.upper, self.amount, self.unit)

    def phrase(self, metric: str) -> str:
        """'1 arrest', '7 arrests', 'at least 5 arrests', 'arrests: count not reported'."""
        if self.count is None or self.qualifier == "unknown":
            return f"{METRIC_LABELS[metric]}: count not reported"
        unit = METRIC_SINGULAR[metric] if self.count == 1 and self.qualifier != "range" else METRIC_LABELS[metric]
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
    #: For a disputed place: every figure the sources give, each with its claims and sources.
    alternatives: tuple[Figure, ...] = ()

    @property
    def text(self) -> str:
        """'3', '?' for a count not given, or 'disputed: 171, 132 or almost 200'."""
        if self.disputed:
            values = list(dict.fromkeys(f.text for f in self.alternatives or (self.figure,)))
            return "disputed: " + (", ".join(values[:-1]) + " or " + values[-1] if len(values) > 1 else values[0])
        return self.figure.text if self.figure.count is not None or self.figure.amount is not None else "?"


@dataclass(frozen=True)
class CountryFigure:
    iso3: str
    name: str
    status: str  # counted | at_least | named | disputed | under_way
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
    #: Every claim's state at this moment (rules.claim_states): what tables and exports say of it.
    states: Mapping[str, ClaimState] = field(default_factory=dict, hash=False, compare=False)
    #: Ids of the links shown at this moment (rules.visible_links).
    links: tuple[str, ...] = ()
    #: The whole operation's figure when its events were under way in the window (not counted yet).
    total_under_way: Figure | None = None

    def country(self, iso3: str) -> CountryFigure | None:
        return next((c for c in self.countries if c.iso3 == iso3), None)



@dataclass(frozen=True)
class Involvement:
    iso3: str
    name: str
    roles: tuple[str, ...]  # e.g. ('arrests', 'phase: Arrests', 'link')
