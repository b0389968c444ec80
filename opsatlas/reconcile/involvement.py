"""Which countries a record involves, and how (for the 'involvement' map)."""

from __future__ import annotations

from collections import defaultdict

from ..geo.gazetteer import ResolvedPlace, country_name
from ..records.schema import METRIC_LABELS, Operation
from .types import Involvement


def involvement(op: Operation, places: dict[str, ResolvedPlace]) -> tuple[Involvement, ...]:
    """Every country the record involves, and how: figures, phases, coordinators, links."""
    roles: dict[str, list[str]] = defaultdict(list)
    for c in op.claims:
        if c.place is not None and places[c.place].iso3:
            roles[places[c.place].iso3 or ""].append(METRIC_LABELS[c.metric])
    for ph in op.phases:
        for iso3 in ph.countries:
            roles[iso3].append(f"phase: {ph.name}")
    for co in op.coordinators:
        if co.country:
            roles[co.country].append(f"coordinator: {co.body}")
    for link in op.links:
        for pid in (link.from_place, link.to):
            if places[pid].iso3:
                roles[places[pid].iso3 or ""].append("link")
    for iso3 in op.leads:
        roles[iso3].append("lead country" if len(op.leads) == 1 else "joint lead")
    return tuple(
        Involvement(iso3, country_name(iso3), tuple(dict.fromkeys(r)))
        for iso3, r in sorted(roles.items())
    )
