"""Which claims were known on a date: reported by then, and not yet replaced by a later total.

A claim counts as reported on its `reported_on` date, else its source's date. Partial dates
count from their first day ('2025-06' is known from 1 June 2025). A claim with no date at all is
shown only in the full view (no as-of date), because nothing says when it was known.
"""

from __future__ import annotations

from datetime import date

from ..records.dates import parse_partial
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
