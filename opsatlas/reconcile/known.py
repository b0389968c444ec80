"""Two clocks: when a figure was known, and when what it counts happened.

Known (`as_of`): a claim counts as reported on its `reported_on` date, else its source's date.
Partial dates count from their first day ('2025-06' is known from 1 June 2025). A claim with no
date at all is shown only in the full view, because nothing says when it was known.

Happened (`Window`): a claim's events span its `date` ('2025-03/2025-05'), else the day it was
reported (it had happened by then). A claim is inside a window when its whole span is; when the
span only overlaps the window the figure was under way, and is listed, not counted.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ..records.dates import parse_partial, parse_span
from ..records.schema import Claim, Operation


def reported_from(op: Operation, claim: Claim) -> date | None:
    text = op.reported_on(claim)
    return parse_partial(text)[0] if text else None


def known_claims(op: Operation, as_of: date | None = None) -> list[Claim]:
    """Claims known on `as_of` (all when None), without those a known later total replaces."""
    if as_of is None:
        known = list(op.claims)
    else:
        known = [c for c in op.claims if (d := reported_from(op, c)) is not None and d <= as_of]
    replaced = {c.replaces for c in known if c.replaces}
    return [c for c in known if c.id not in replaced]


def reporting_dates(op: Operation) -> list[date]:
    """Every distinct day on which the record's figures were reported, in order."""
    return sorted({d for c in op.claims if (d := reported_from(op, c)) is not None})


@dataclass(frozen=True)
class Window:
    """A stretch of the investigation: from `start` (None: the beginning) to `end`, inclusive."""

    start: date | None
    end: date

    def label(self) -> str:
        return (f"{self.start.isoformat()} to " if self.start else "up to ") + self.end.isoformat()


def event_span(op: Operation, claim: Claim) -> tuple[date, date] | None:
    """When the events a claim counts happened: its date, else 'by the day it was reported'."""
    if claim.date:
        return parse_span(claim.date)
    reported = op.reported_on(claim)
    if reported is None:
        return None
    lo, hi = parse_partial(reported)
    return lo, hi


def split_by_window(op: Operation, claims: list[Claim], window: Window | None) -> tuple[list[Claim], list[Claim]]:
    """(claims whose events all fall in the window, claims under way during it)."""
    if window is None:
        return claims, []
    inside: list[Claim] = []
    under_way: list[Claim] = []
    lo = window.start or date.min
    for c in claims:
        span = event_span(op, c)
        if span is None or span[0] > window.end or span[1] < lo:
            continue
        (inside if span[0] >= lo and span[1] <= window.end else under_way).append(c)
    return inside, under_way
