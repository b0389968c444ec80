"""Whole-record rules: every id referred to exists, ids are unique, containment is sound."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from .dates import parse_partial
from .problems import Finding
from .schema import Claim, Operation
from .vocab import PRECISION

_RANK = {name: info.rank for name, info in PRECISION.items()}


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
    for i, claim in enumerate(op.claims):
        need_source(("claims", i, "source"), claim.source)
        if claim.place is not None:
            need_place(("claims", i, "place"), claim.place)
    for i, case in enumerate(op.cases):
        need_place(("cases", i, "place"), case.place)
        evidence(("cases", i), case.evidence)
        for j, other in enumerate(case.elsewhere):
            need_place(("cases", i, "elsewhere", j, "place"), other.place)
            evidence(("cases", i, "elsewhere", j), other.evidence)
    phase_ids = {ph.id for ph in op.phases}
    for i, d in enumerate(op.disputes):
        for j, pos in enumerate(d.positions):
            need_source(("disputes", i, "positions", j, "source"), pos.source)
            if pos.claim is not None and pos.claim not in claims:
                out.append(Finding(("disputes", i, "positions", j, "claim"), f"unknown claim {pos.claim!r}"))
        for j, claim_id in enumerate(d.contested):
            if claim_id not in claims:
                out.append(Finding(("disputes", i, "contested", j), f"unknown claim {claim_id!r}"))
        for j, phase_id in enumerate(d.phases):
            if phase_id not in phase_ids:
                out.append(Finding(("disputes", i, "phases", j), f"unknown phase {phase_id!r}"))
        if not d.contested and not d.phases and not any(p.claim for p in d.positions) and not d.countries:
            pass  # a dispute about what figures mean: positions say it in words
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
    out += _check_replacements(op)
    out += _check_parts(op)
    if not op.is_draft:
        out += [Finding(loc, "unreviewed in a published record: review it and remove 'unreviewed', or set "
                             "'status: draft' on the record") for loc, _ in unreviewed_items(op)]
    return out


def unreviewed_items(op: Operation) -> list[tuple[tuple[Any, ...], str]]:
    """(location, what) for every item marked `unreviewed`: a draft's to-do list."""
    out = []
    for field in ("sources", "places", "claims", "coordinators", "cases", "disputes", "phases", "links"):
        for i, item in enumerate(getattr(op, field)):
            if item.unreviewed:
                name = getattr(item, "id", None) or getattr(item, "body", "")
                out.append(((field, i), f"{field[:-1]} {name!r} is unreviewed: check it against its source"))
    return out


def _check_parts(op: Operation) -> list[Finding]:
    """`part_of` names another claim, and following it never comes back (no figure inside itself)."""
    by_id = {c.id: c for c in op.claims}
    out: list[Finding] = []
    for i, c in enumerate(op.claims):
        if c.part_of is None:
            continue
        loc = ("claims", i, "part_of")
        if c.part_of not in by_id:
            out.append(Finding(loc, f"unknown claim {c.part_of!r}"))
            continue
        seen = {c.id}
        nxt: str | None = c.part_of
        while nxt is not None and nxt in by_id:
            if nxt in seen:
                out.append(Finding(loc, f"{c.id!r} ends up part of itself through 'part_of': break the loop"))
                break
            seen.add(nxt)
            nxt = by_id[nxt].part_of
    return out


def _check_replacements(op: Operation) -> list[Finding]:
    """A running total replaces an earlier claim of the same figure, reported before it."""
    by_id = {c.id: c for c in op.claims}
    sources = {s.id for s in op.sources}
    out: list[Finding] = []
    for i, c in enumerate(op.claims):
        if c.replaces is None:
            continue
        loc = ("claims", i, "replaces")
        old = by_id.get(c.replaces)
        if old is None:
            out.append(Finding(loc, f"unknown claim {c.replaces!r}"))
            continue
        if (old.metric, old.place) != (c.metric, c.place):
            out.append(Finding(loc, f"{old.id!r} is another figure ({old.metric} at {old.place}): a claim "
                                    "can only replace an earlier report of the same metric and place"))
            continue
        if c.source not in sources or old.source not in sources:
            continue  # reported by the reference check
        new_date, old_date = op.reported_on(c), op.reported_on(old)
        if new_date is None or old_date is None:
            out.append(Finding(loc, "both claims need a reporting date (reported_on, or their source's date) "
                                    "to say which replaces which"))
        elif parse_partial(new_date)[0] <= parse_partial(old_date)[1]:
            out.append(Finding(loc, f"reported {new_date}, not after {old.id!r} ({old_date}): "
                                    "only a later report can replace an earlier one"))
    return out


def figure_key(c: Claim) -> tuple[Any, ...]:
    """What makes two claims the same figure (they must agree, or be contested in a dispute)."""
    return (c.metric, c.place, c.item, c.status, c.unit)


def figure_value(c: Claim) -> tuple[Any, ...]:
    """What two claims of the same figure must share to agree."""
    return (c.count, c.amount, c.qualifier, c.upper)


def _check_disagreements(op: Operation) -> list[Finding]:
    """Claims for the same figure that disagree must be recorded as a dispute, not left to chance."""
    contested = {c for d in op.disputes for c in d.contested}
    # A running total and the earlier figure it replaces differ on purpose.
    in_chain = {c.id for c in op.claims if c.replaces} | {c.replaces for c in op.claims if c.replaces}
    first: dict[tuple[Any, ...], tuple[int, Any]] = {}
    out: list[Finding] = []
    for i, c in enumerate(op.claims):
        # A part (197 high-value targets among 6,558 arrests) is a smaller figure inside the whole on
        # purpose, not a rival report of it.
        if c.id in contested or c.id in in_chain or c.part_of is not None:
            continue
        key = figure_key(c)
        value = figure_value(c)
        if key not in first:
            first[key] = (i, value)
        elif first[key][1] != value and c.qualifier != "unknown" and first[key][1][2] != "unknown":
            other = op.claims[first[key][0]].id
            out.append(Finding(("claims", i, "count"),
                               f"disagrees with claim {other!r} on the same figure: record a dispute "
                               "that lists both under 'contested'"))
    return out


def _iso_parent_chain(child: str | None, ancestor: str | None) -> bool:
    """True when ISO 3166-2 puts `child` inside `ancestor` (a province inside its community)."""
    import pycountry

    seen = 0
    code = child
    while code and seen < 5:
        sub = pycountry.subdivisions.get(code=code)
        code = getattr(sub, "parent_code", None) if sub else None
        if code == ancestor:
            return True
        seen += 1
    return False


def _check_containment(op: Operation) -> list[Finding]:
    # Precision must rise along `within` (a subdivision may sit in a larger one only where ISO 3166-2
    # says so), so a loop always breaks one of these rules somewhere.
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
        if p.precision == parent.precision == "subdivision":
            if not _iso_parent_chain(p.subdivision, parent.subdivision):
                out.append(Finding(loc, f"{p.subdivision} is not inside {parent.subdivision} in ISO 3166-2: "
                                        "fix 'within' or the codes"))
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
