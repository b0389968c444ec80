"""Whole-record rules: every id referred to exists, ids are unique, containment is sound."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from .problems import Finding
from .schema import Operation

_RANK = {"point": 0, "subdivision": 1, "country": 2, "region": 3}


def _unique(items: Iterable[Any], field: str) -> list[Finding]:
    seen: set[str] = set()
    out = []
    for i, item in enumerate(items):
        if item.id in seen:
            out.append(Finding((field, i, "id"), f"duplicate id {item.id!r}: every {field[:-1]} needs its own id"))
        seen.add(item.id)
    return out


def check_references(op: Operation) -> list[Finding]:
    """Findings for broken references and broken containment (empty when sound)."""
    out: list[Finding] = []
    for field in ("sources", "places", "claims", "cases", "disputes", "phases", "links"):
        out += _unique(getattr(op, field), field)
    sources = {s.id for s in op.sources}
    places = {p.id: p for p in op.places}
    claims = {c.id for c in op.claims}

    def need_source(loc: tuple[Any, ...], source_id: str) -> None:
        if source_id not in sources:
            out.append(Finding(loc, f"unknown source {source_id!r}: add it under 'sources' or fix the id"))

    def need_place(loc: tuple[Any, ...], place_id: str) -> None:
        if place_id not in places:
            out.append(Finding(loc, f"unknown place {place_id!r}: add it under 'places' or fix the id"))

    def evidence(prefix: tuple[Any, ...], items: Iterable[Any]) -> None:
        for j, ev in enumerate(items):
            need_source(prefix + ("evidence", j, "source"), ev.source)

    for i, c in enumerate(op.coordinators):
        evidence(("coordinators", i), c.evidence)
    for i, c in enumerate(op.claims):
        need_source(("claims", i, "source"), c.source)
        if c.place is not None:
            need_place(("claims", i, "place"), c.place)
    for i, case in enumerate(op.cases):
        need_place(("cases", i, "place"), case.place)
        evidence(("cases", i), case.evidence)
    for i, d in enumerate(op.disputes):
        for j, pos in enumerate(d.positions):
            need_source(("disputes", i, "positions", j, "source"), pos.source)
            if pos.claim is not None and pos.claim not in claims:
                out.append(Finding(("disputes", i, "positions", j, "claim"), f"unknown claim {pos.claim!r}"))
        for j, claim_id in enumerate(d.contested):
            if claim_id not in claims:
                out.append(Finding(("disputes", i, "contested", j), f"unknown claim {claim_id!r}"))
    for i, ph in enumerate(op.phases):
        evidence(("phases", i), ph.evidence)
    for i, link in enumerate(op.links):
        need_place(("links", i, "from"), link.from_place)
        need_place(("links", i, "to"), link.to)
        evidence(("links", i), link.evidence)
    for i, s in enumerate(op.sources):
        if s.url is None and not s.note:
            out.append(Finding(("sources", i, "note"), "a source without a url needs a note saying where it can be read"))

    out += _check_containment(op)
    out += _check_disagreements(op)
    return out


def _check_disagreements(op: Operation) -> list[Finding]:
    """Claims for the same figure that disagree must be recorded as a dispute, not left to chance."""
    contested = {c for d in op.disputes for c in d.contested}
    first: dict[tuple[Any, ...], tuple[int, Any]] = {}
    out: list[Finding] = []
    for i, c in enumerate(op.claims):
        if c.id in contested:
            continue
        key = (c.metric, c.place, c.item, c.status)
        value = (c.count, c.qualifier, c.upper)
        if key not in first:
            first[key] = (i, value)
        elif first[key][1] != value and c.qualifier != "unknown" and first[key][1][1] != "unknown":
            other = op.claims[first[key][0]].id
            out.append(Finding(("claims", i, "count"),
                               f"disagrees with claim {other!r} on the same figure: record a dispute "
                               "that lists both under 'contested'"))
    return out


def _check_containment(op: Operation) -> list[Finding]:
    # Precision must rise strictly along `within`, so a loop always breaks this rule somewhere.
    out: list[Finding] = []
    places = {p.id: p for p in op.places}
    for i, p in enumerate(op.places):
        if p.within is None:
            continue
        loc = ("places", i, "within")
        parent = places.get(p.within)
        if parent is None:
            out.append(Finding(loc, f"unknown place {p.within!r}: add it under 'places' or fix the id"))
            continue
        if _RANK[parent.precision] <= _RANK[p.precision]:
            out.append(Finding(loc, f"a {p.precision} cannot be within a {parent.precision} ({parent.id!r}): "
                                    "containment goes point < subdivision < country < region"))
            continue
        if parent.precision != "region" and p.country != parent.country:
            out.append(Finding(loc, f"{p.id!r} is in {p.country} but {parent.id!r} is in {parent.country}: fix one"))
        if parent.precision == "region" and parent.members and p.country not in parent.members:
            out.append(Finding(loc, f"{p.country} is not a member of region {parent.id!r}: add it to 'members'"))
    return out
