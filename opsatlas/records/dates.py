"""Partial dates as sources give them: '2024', '2024-12', '2025-06-06', and spans 'start/end'.

Records keep the text as written; these helpers turn it into the earliest and latest day it can
mean, which is all the timeline and the as-of logic need.
"""

from __future__ import annotations

import calendar
import re
from datetime import date

_PARTIAL = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


def parse_partial(text: str) -> tuple[date, date]:
    """Return (earliest, latest) day for a partial date; raise ValueError with a fix."""
    m = _PARTIAL.match(text)
    if not m:
        raise ValueError(
            f"{text!r} is not a date: write YYYY, YYYY-MM or YYYY-MM-DD (quoted, e.g. '2024-12')"
        )
    year = int(m.group(1))
    month = int(m.group(2)) if m.group(2) else None
    day = int(m.group(3)) if m.group(3) else None
    if month is not None and not 1 <= month <= 12:
        raise ValueError(f"{text!r} has month {month}: months run from 01 to 12")
    try:
        if month is None:
            return date(year, 1, 1), date(year, 12, 31)
        if day is None:
            return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])
        exact = date(year, month, day)
    except ValueError as exc:
        raise ValueError(f"{text!r} is not a real day ({exc})") from None
    return exact, exact


def parse_span(text: str) -> tuple[date, date]:
    """Return (earliest, latest) for a partial date or a 'start/end' span of partial dates."""
    if "/" not in text:
        return parse_partial(text)
    start_text, _, end_text = text.partition("/")
    start = parse_partial(start_text)
    end = parse_partial(end_text)
    if end[1] < start[0]:
        raise ValueError(f"{text!r} ends before it starts: put the earlier date first")
    return start[0], end[1]


def precision_of(text: str) -> str:
    """'year', 'month' or 'day' for a partial date."""
    return {1: "year", 2: "month", 3: "day"}[len(text.split("-"))]


def human(text: str | None) -> str:
    """'2025-06-06' -> '6 June 2025', '2024-12' -> 'December 2024', '2024' -> '2024'."""
    if not text:
        return "date not reported"
    if "/" in text:
        a, _, b = text.partition("/")
        return f"{human(a)} to {human(b)}"
    parts = text.split("-")
    if len(parts) == 1:
        return parts[0]
    month = calendar.month_name[int(parts[1])]
    if len(parts) == 2:
        return f"{month} {parts[0]}"
    return f"{int(parts[2])} {month} {parts[0]}"
