"""The unattributed remainder: the stated total minus the firm country figures, with its sum."""

from __future__ import annotations

from ..records.dates import human, parse_span
from .types import CountryFigure, Figure, Remainder


def within_period(part: str | None, whole: str | None) -> bool:
    """Whether a figure dated `part` can belong to a total dated `whole` (True when either is undated).

    A span ('2019/2021-06-07') is a running count over that whole stretch: it must lie inside the
    total's dates. A single partial date ('2025-03') is one uncertain moment: it need only overlap.
    """
    if part is None or whole is None:
        return True
    lo, hi = parse_span(whole)
    p_lo, p_hi = parse_span(part)
    if "/" in part and (p_lo < lo or p_hi > hi):
        return False
    return not (p_hi < lo or p_lo > hi)


def _outside_window(total: Figure, countries: list[CountryFigure]) -> list[str]:
    """Countries whose figure cannot belong to the total's period, so cannot be subtracted from it."""
    return [f"{c.name} ({human(c.figure.date)})" for c in countries
            if c.value is not None and c.figure is not None and c.figure.date is not None
            and not within_period(c.figure.date, total.date)]


def _other_years(total: Figure, countries: list[CountryFigure]) -> str:
    """'Spain's figure in 2022': country figures reported in another year than the total."""
    if not total.reported:
        return ""
    other = [f"{c.name}'s figure in {c.figure.reported[:4]}" for c in countries
             if c.value is not None and c.figure is not None and c.figure.reported
             and c.figure.reported[:4] != total.reported[:4]]
    return ", ".join(other)


def remainder(total: Figure | None, countries: list[CountryFigure], label: str,
              disputed_totals: tuple[Figure, ...] = (), under_way: Figure | None = None) -> Remainder:
    attributed = tuple((c.iso3, c.value) for c in countries if c.value is not None)
    named = tuple(c.iso3 for c in countries if c.status == "named")
    possibly = tuple(c.iso3 for c in countries if c.status == "disputed")
    names = {c.iso3: c.name for c in countries}
    placed = sum(n for _, n in attributed)
    tail = ""
    if named:
        tail += f"; named without a count: {', '.join(names[i] for i in named)}"
    if possibly:
        tail += f"; not subtracted because disputed: {', '.join(names[i] for i in possibly)}"
    approximate = any(c.figure is not None and c.figure.qualifier != "exact" for c in countries if c.value is not None)

    if total is None or total.count is None:
        values = sorted({f.count for f in disputed_totals if f.count is not None})
        if values:
            alts = tuple((v, v - placed) for v in values)
            said = [f"with {v:,}, {v:,} − {placed:,} placed = {left:,}" if left >= 0 else
                    f"with {v:,}, the country figures ({placed:,}) exceed it, so none is left" for v, left in alts]
            text = (f"the total is disputed ({' or '.join(f'{v:,}' for v in values)}): " + "; ".join(said) + tail)
            return Remainder(None, attributed, None, named, possibly, text, alts)
        if under_way is not None and under_way.count is not None:
            return Remainder(None, attributed, None, named, possibly,
                             f"the total ({under_way.text} {label}) was still under way by then, so nothing can "
                             "be said to be unattributed yet")
        return Remainder(None, attributed, None, named, possibly,
                         f"no total of {label} is stated, so nothing can be said to be unattributed")

    mismatched = _outside_window(total, countries)
    if mismatched:
        text = (f"not computed: the total ({total.text}, {human(total.date)}) and the national figures cover "
                f"different periods — {', '.join(mismatched)} — so subtracting one from the other would "
                f"mean nothing; the national figures add up to {placed:,}")
        return Remainder(total.count, attributed, None, named, possibly, text)

    left = total.count - placed
    if left < 0:
        text = (f"not computed: the country figures add up to {placed:,}, more than the stated total of "
                f"{total.text}: the sources count differently or at different times, so nothing can be said to be "
                "unattributed")
        return Remainder(total.count, attributed, None, named, possibly, text + tail)
    parts = " − ".join([f"{total.text} stated"] + [f"{n:,} {names[i]}" for i, n in attributed])
    text = f"{parts} = {left:,} not attributed to a country"
    if total.qualifier != "exact" or approximate:
        text += " (approximate: a figure in this sum is not exact)"
    years = _other_years(total, countries)
    if years and total.reported:  # years are found only when the total has a date
        text += (f"; the total was reported in {total.reported[:4]} and {years}: the sum compares figures "
                 "reported at different times")
    return Remainder(total.count, attributed, left, named, possibly, text + tail)
