"""The decisions about single claims, made once: which are contested, which a curator prefers,
which a later total replaces, which are part of another figure, and what each one's state is at
a given moment. The map, the tables, the panels, the exports, the summary and the snapshots read
these results; none of them decides again.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Literal

from ..records.dates import parse_partial
from ..records.schema import Link, Operation
from .known import Window, known_claims, reported_from, split_by_window

State = Literal["counted", "preferred", "disputed", "replaced", "not_yet_reported", "outside_window", "under_way"]

#: How each state reads in tables, panels and exports (one list, read everywhere).
STATE_WORDS: dict[str, str] = {
    "counted": "counted",
    "preferred": "preferred by the curator over the other figures",
    "disputed": "disputed: added to nothing",
    "replaced": "replaced by a later running total",
    "not_yet_reported": "not reported yet on this date",
    "outside_window": "outside the chosen stretch of time",
    "under_way": "under way: overlaps the chosen stretch, not counted in it",
}


#: How a country's status reads in tables, embeds and panels.
COUNTRY_STATUS_WORDS: dict[str, str] = {
    "counted": "stated",
    "at_least": "sum of places inside",
    "named": "named, no count",
    "disputed": "disputed",
    "under_way": "under way: its events had begun but not all ended by then; not counted yet",
}


def preferred_claims(op: Operation) -> dict[str, str]:
    """Contested claims a curator prefers, with the reason: they count as firm and say so."""
    return {d.preferred: d.preferred_reason or "" for d in op.disputes if d.preferred}


def contested_claims(op: Operation) -> frozenset[str]:
    """Claims shown as disputed and added to nothing: contested by a dispute and not preferred."""
    return frozenset(c for d in op.disputes for c in d.contested) - set(preferred_claims(op))


def disputes_of(op: Operation) -> dict[str, tuple[str, ...]]:
    """Claim id -> the ids of the disputes that contest it (preferred claims included)."""
    out: dict[str, list[str]] = {}
    for d in op.disputes:
        for cid in d.contested:
            out.setdefault(cid, []).append(d.id)
    return {k: tuple(v) for k, v in out.items()}


def disputed_phases(op: Operation) -> dict[str, str]:
    """Phase id -> the title of the dispute over its dates: its dates are drawn as uncertain and say so."""
    out: dict[str, str] = {}
    for d in op.disputes:
        for pid in d.phases:
            out.setdefault(pid, d.title)
    return out


def replaced_by(op: Operation) -> dict[str, str]:
    """Claim id -> the later running total that replaces it (whether or not it is known yet)."""
    return {c.replaces: c.id for c in op.claims if c.replaces}


def link_known(op: Operation, link: Link, as_of: date | None, window: Window | None) -> bool:
    """Whether a link is shown at this moment: when a source stating it was out by `as_of` (or, in
    a window, by the window's end: it had happened by the time it was reported). Undated: full view only."""
    if as_of is None and window is None:
        return True
    dates = [parse_partial(d)[0] for e in link.evidence if (d := op.source(e.source).date)]
    if not dates:
        return False
    first = min(dates)
    return (as_of is None or first <= as_of) and (window is None or first <= window.end)


def visible_links(op: Operation, as_of: date | None = None, window: Window | None = None) -> tuple[str, ...]:
    return tuple(lk.id for lk in op.links if link_known(op, lk, as_of, window))


@dataclass(frozen=True)
class ClaimState:
    claim: str
    state: State
    #: The claim that replaces it (state 'replaced'), or the preferred claim's reason.
    detail: str | None = None

    @property
    def counts(self) -> bool:
        """Whether the figure enters the view's figures (firm or preferred)."""
        return self.state in ("counted", "preferred")

    @property
    def words(self) -> str:
        base = STATE_WORDS[self.state]
        if self.state == "replaced" and self.detail:
            return f"replaced by a later running total ({self.detail})"
        if self.state == "preferred" and self.detail:
            return f"{base} ({self.detail})"
        return base


def claim_states(op: Operation, as_of: date | None = None, window: Window | None = None) -> dict[str, ClaimState]:
    """Every claim's state at this moment: the one answer to "does this figure count here?"."""
    known = known_claims(op, as_of)
    known_ids = {c.id for c in known}
    inside, under_way = split_by_window(op, known, window)
    inside_ids, under_ids = {c.id for c in inside}, {c.id for c in under_way}
    preferred = preferred_claims(op)
    contested = contested_claims(op)
    later = replaced_by(op)
    # Reported by then, but not known as a figure: a later total known by then replaced it.
    reported = {c.id for c in op.claims
                if as_of is None or ((d := reported_from(op, c)) is not None and d <= as_of)}
    out: dict[str, ClaimState] = {}
    for c in op.claims:
        if c.id not in known_ids:
            state: State = "replaced" if c.id in reported and c.id in later else "not_yet_reported"
            out[c.id] = ClaimState(c.id, state, later.get(c.id) if state == "replaced" else None)
            continue
        if window is not None and c.id not in inside_ids:
            out[c.id] = ClaimState(c.id, "under_way" if c.id in under_ids else "outside_window")
            continue
        if c.id in contested:
            out[c.id] = ClaimState(c.id, "disputed")
        elif c.id in preferred:
            out[c.id] = ClaimState(c.id, "preferred", preferred[c.id] or None)
        else:
            out[c.id] = ClaimState(c.id, "counted")
    return out
