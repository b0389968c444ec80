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
    when = (f", as reported by {human(view.as_of.isoformat())}" if view.as_of
            else f", as announced on {human(announced)}" if announced else "")
    parts = [f"World map of {op.title}{when}."]
    total, countries = fig.headline["total"], fig.headline["countries"]
    where = f" in {countries.text} countries" if countries is not None else ""
    if total is not None:
        parts.append(f"Sources state {total.text} {label}{where}.")
    elif fig.disputed_totals:
        values = " or ".join(sorted({f.text for f in fig.disputed_totals}))
        parts.append(f"Sources disagree on the total: {values} {label}{where}.")
    for c in sorted((c for c in fig.countries if c.status in ("counted", "at_least")), key=lambda c: c.name):
        inside = [p for p in fig.places if p.iso3 == c.iso3 and p.inside is None and not p.disputed]
        counted = [f"{p.name} {p.figure.text}" for p in inside if p.figure.count is not None]
        unknown = [p.name for p in inside if p.figure.count is None]
        detail = []
        if counted:
            detail.append(_join(counted))
        if unknown:
            detail.append("named without a count: " + _join(unknown))
        parts.append(f"{c.name}: {c.figure.text if c.figure else ''}"
                     + (f" ({'; '.join(detail)})" if detail else "") + ".")
    named = sorted(c.name for c in fig.countries if c.status == "named")
    if named:
        parts.append(f"Named with {label} but no count: {_join(named)}.")
    if fig.remainder.unattributed is not None:
        parts.append(f"{fig.remainder.unattributed:,} {label} are not attributed to a country.")
    disputed = sorted(c.name for c in fig.countries if c.status == "disputed")
    if disputed:
        parts.append(f"Disputed, outlined in orange and not counted: {_join(disputed)}.")
    if op.links:
        parts.append("Arcs: " + "; ".join(
            f"{view.places[lk.from_place].name} to {view.places[lk.to].name}" for lk in op.links) + ".")
    return " ".join(parts)
