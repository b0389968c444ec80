"""The explore view's state as URL query parameters, and back, so a copied link reproduces a view.

`from_query` never raises: an unknown or hostile value falls back to the default and produces a
short notice. `to_query(from_query(q))` keeps every valid value; defaults are left out of the URL.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date

from .records.schema import Operation

PRECISIONS = ("any", "country", "subdivision", "point")
MODES = ("happened", "reported")


@dataclass(frozen=True)
class ExploreState:
    op: str
    metric: str
    step: date | None = None  # None: everything in the record
    mode: str = "happened"  # the step counts what had happened (hindsight) or what had been reported
    phase: str | None = None  # a phase's stretch instead of a step
    start: date | None = None  # a stretch brushed on the timeline: from ...
    end: date | None = None  # ... to (both or neither)
    precision: str = "any"  # the coarsest precision drawn: only figures placed at least this finely
    country: str | None = None  # ISO alpha-3 of the selected country
    lat: float | None = None
    lon: float | None = None
    zoom: float | None = None


def _float(raw: str | None, lo: float, hi: float) -> float | None:
    try:
        value = float(raw) if raw is not None else None
    except ValueError:
        return None
    return value if value is not None and math.isfinite(value) and lo <= value <= hi else None


def from_query(query: Mapping[str, str], records: Mapping[str, Operation], default_op: str,
               metrics_for: Callable[[Operation], Sequence[str]],
               default_metric_for: Callable[[Operation], str],
               steps_for: Callable[[Operation], Sequence[date]],
               countries_for: Callable[[Operation], Collection[str]]) -> tuple[ExploreState, list[str]]:
    """Read the state from query parameters; return it with notices for every value not used.

    `metrics_for(op)`, `default_metric_for(op)`, `steps_for(op)` and `countries_for(op)` give what
    is valid for an operation (passed in so this module needs no geography)."""
    notices: list[str] = []

    def bad(name: str) -> None:
        notices.append(f"The link's '{name}' value is not valid here; the default is shown.")

    op_id = query.get("op", default_op)
    if op_id not in records:
        bad("op")
        op_id = default_op
    op = records[op_id]
    metrics = metrics_for(op)
    default_metric = default_metric_for(op)
    metric = query.get("metric", default_metric)
    if metric not in metrics:
        bad("metric")
        metric = default_metric
    state = ExploreState(op=op_id, metric=metric)

    if "step" in query:
        valid = {d.isoformat() for d in steps_for(op)}
        if query["step"] in valid:
            state = replace(state, step=date.fromisoformat(query["step"]))
        else:
            bad("step")
    if "mode" in query:
        if query["mode"] in MODES:
            state = replace(state, mode=query["mode"])
        else:
            bad("mode")
    if "phase" in query:
        if query["phase"] in {p.id for p in op.phases}:
            state = replace(state, phase=query["phase"])
        else:
            bad("phase")
    if "from" in query or "to" in query:
        try:
            start, end = date.fromisoformat(query.get("from", "")), date.fromisoformat(query.get("to", ""))
            if not (date(1900, 1, 1) <= start <= end <= date(2100, 12, 31)):
                raise ValueError
            state = replace(state, start=start, end=end)
        except ValueError:
            bad("from/to")
    if "prec" in query:
        if query["prec"] in PRECISIONS:
            state = replace(state, precision=query["prec"])
        else:
            bad("prec")
    if "country" in query:
        if query["country"] in countries_for(op):
            state = replace(state, country=query["country"])
        else:
            bad("country")
    lat, lon, zoom = (_float(query.get("lat"), -85, 85), _float(query.get("lon"), -180, 180),
                      _float(query.get("zoom"), 0, 20))
    if any(k in query for k in ("lat", "lon", "zoom")):
        if None in (lat, lon, zoom):
            bad("lat/lon/zoom")
        else:
            state = replace(state, lat=lat, lon=lon, zoom=zoom)
    return state, notices


def to_query(state: ExploreState, default_metric: str) -> dict[str, str]:
    """The parameters that differ from the defaults, as strings, in a stable order."""
    out = {"op": state.op}
    if state.metric != default_metric:
        out["metric"] = state.metric
    if state.step is not None:
        out["step"] = state.step.isoformat()
    if state.mode != "happened":
        out["mode"] = state.mode
    if state.phase is not None:
        out["phase"] = state.phase
    if state.start is not None and state.end is not None:
        out["from"], out["to"] = state.start.isoformat(), state.end.isoformat()
    if state.precision != "any":
        out["prec"] = state.precision
    if state.country is not None:
        out["country"] = state.country
    if state.lat is not None and state.lon is not None and state.zoom is not None:
        out.update(lat=f"{state.lat:.4f}", lon=f"{state.lon:.4f}", zoom=f"{state.zoom:.2f}")
    return out
