"""Alt text for the map, generated from the same figures the map draws."""

from __future__ import annotations

from .records.dates import human
from .records.schema import METRIC_LABELS
from .view import OperationView


def _join(items: list[str]) -> str:
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def map_alt_text(view: OperationView) -> str:
    op, fig = view.record, view.figures
    label = METRIC_LABELS[view.metric]
    announced = next((p.start for p in op.phases if p.kind == "announcement" and p.start), None)
    parts = [f"World map of {op.title}" + (f", as announced on {human(announced)}" if announced else "") + "."]
    total, countries = fig.headline["total"], fig.headline["countries"]
    if total is not None:
        where = f" in {countries.text} countries" if countries is not None else ""
        parts.append(f"Sources state {total.text} {label}{where}.")
    counted = [c for c in fig.countries if c.status in ("counted", "at_least")]
    for c in counted:
        inside = [p for p in fig.places if p.iso3 == c.iso3 and p.inside is None and not p.disputed]
        detail = ""
        if inside:
            detail = " (" + _join([f"{p.name} {p.figure.text}" for p in inside]) + ")"
        parts.append(f"{c.name}: {c.figure.text if c.figure else ''}{detail}.")
    named = [c.name for c in fig.countries if c.status == "named"]
    if named:
        parts.append(f"Named with {label} but no count: {_join(named)}.")
    if fig.remainder.unattributed is not None:
        parts.append(f"{fig.remainder.unattributed:,} {label} are not attributed to a country.")
    disputed = [c.name for c in fig.countries if c.status == "disputed"]
    if disputed:
        parts.append(f"Disputed, outlined in orange and not counted: {_join(disputed)}.")
    if op.links:
        parts.append("Arcs: " + "; ".join(
            f"{view.places[lk.from_place].name} to {view.places[lk.to].name}" for lk in op.links) + ".")
    return " ".join(parts)
