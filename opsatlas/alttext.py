"""Alt text for the map, generated from the same figures the map draws."""

from __future__ import annotations

from datetime import date

from .geo.gazetteer import country_name
from .panel import count_phrase
from .reconcile import Window
from .records.dates import human
from .records.schema import METRIC_LABELS, Operation
from .view import OperationView


def _join(items: list[str]) -> str:
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def map_alt_text(view: OperationView, precision: str = "any", selected: str | None = None) -> str:
    op, fig = view.record, view.figures
    label = METRIC_LABELS[view.metric]
    announced = next((p.start for p in op.phases if p.kind == "announcement" and p.start), None)
    window = fig.window
    when = (f", as reported by {human(view.as_of.isoformat())}" if view.as_of
            else f", events from {human(window.start.isoformat())} to {human(window.end.isoformat())}"
            if window and window.start
            else f", events up to {human(window.end.isoformat())}" if window
            else f", as announced on {human(announced)}" if announced else "")
    parts = [f"World map of {op.title}{when}."]
    if precision not in ("any", "country"):
        parts.append(f"Only figures placed to a {'province' if precision == 'subdivision' else 'town'} or finer are drawn.")
    if selected:
        parts.append(f"{country_name(selected)} is outlined as the selected country.")
    if window and not fig.countries and fig.headline["total"] is None:
        parts.append(f"No {label} had been counted by then.")
    total, countries = fig.headline["total"], fig.headline["countries"]
    where = f" in {count_phrase(countries.text, 'country', 'countries')}" if countries is not None else ""
    if total is not None:
        parts.append(f"Sources state {total.text} {label}{where}.")
    elif fig.disputed_totals:
        values = " or ".join(sorted({f.text for f in fig.disputed_totals}))
        parts.append(f"Sources disagree on the total: {values} {label}{where}.")
    elif fig.total_under_way is not None and fig.total_under_way.count is not None:
        parts.append(f"No total had been counted by then: {fig.total_under_way.text} {label} were under way.")
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
    going = sorted(f"{c.name} ({c.figure.text})" for c in fig.countries if c.status == "under_way" and c.figure)
    if going:
        parts.append(f"Under way by then, outlined and not counted yet: {_join(going)}.")
    elif fig.under_way:
        parts.append(f"Under way at this point and not counted yet: {len(fig.under_way)} figure(s).")
    if view.links:
        parts.append("Arcs: " + "; ".join(
            f"{view.places[lk.from_place].name} to {view.places[lk.to].name}" for lk in view.links) + ".")
    return " ".join(parts)


def timeline_alt_text(op: Operation, highlight: tuple[str, ...] = (), now: date | None = None,
                      window: Window | None = None) -> str:
    """What the timeline shows, in words: each phase with its dates as reported, and the linking."""
    parts = [f"Timeline of {op.title}: {len(op.phases)} phases."]
    for ph in op.phases:
        when = f"{human(ph.start) if ph.start else 'start not reported'} to {human(ph.end) if ph.end else 'end not reported'}"
        wording = f" ({ph.start_as_reported})" if ph.start_as_reported else ""
        parts.append(f"{ph.name}: {when}{wording}.")
    if highlight:
        names = [ph.name for ph in op.phases if ph.id in highlight]
        parts.append("Highlighted for the selected country: " + _join(names) + ".")
    if now is not None:
        parts.append(f"The map shows the investigation up to {human(now.isoformat())}.")
    if window is not None:
        parts.append(f"The map shows the stretch {window.label()}.")
    return " ".join(parts)
