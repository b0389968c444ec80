"""The investigation's phases as an Altair chart whose uncertain ends look uncertain.

A phase is solid where it certainly ran (from the latest day it can have started to the
earliest day it can have ended) and faint, with a dashed edge, over the stretch its partial
dates leave open: '2025-03' to '2025-05' is solid from 31 March to 1 May, faint in March and May. A phase without a start or an end says so in words beside its bar. The arrest window and
the announcement are marked across the whole chart.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from datetime import date, timedelta
from typing import Any

import altair as alt
import pandas as pd

from .reconcile import Window
from .records.dates import human, parse_partial
from .records.schema import Operation

SOLID = "#2171b5"
FAINT = "#9ecae1"
ARRESTS = "#e66100"


def phase_segments(op: Operation) -> pd.DataFrame:
    """One row per drawn segment: phase, order, kind ('certain' or 'uncertain'), start, end, note."""
    rows: list[dict[str, Any]] = []
    for order, ph in enumerate(op.phases):
        s = parse_partial(ph.start) if ph.start else None
        e = parse_partial(ph.end) if ph.end else None
        label = f"{order + 1}. {ph.name}"
        base = {"phase": label, "order": order, "phase_id": ph.id,
                "when": f"{human(ph.start) if ph.start else 'start not reported'} – "
                        f"{human(ph.end) if ph.end else 'end not reported'}"}
        notes = [n for n in (ph.start_as_reported, ph.end_as_reported) if n]
        if s is None:
            notes.append("start not reported")
        if e is None:
            notes.append("end not reported")
        base["note"] = "; ".join(dict.fromkeys(notes))

        def seg(kind: str, a: date, b: date, base: dict[str, Any] = base) -> None:
            rows.append({**base, "segment": kind, "start": pd.Timestamp(a),
                         "end": pd.Timestamp(b + timedelta(days=1))})

        if s and e:
            if s[1] < e[0]:
                seg("certain", s[1], e[0])
                if s[0] < s[1]:
                    seg("uncertain", s[0], s[1])
                if e[0] < e[1]:
                    seg("uncertain", e[0], e[1])
            else:  # the two partial dates overlap: nothing is certain beyond the whole stretch
                seg("certain" if s == e and s[0] == s[1] else "uncertain", s[0], max(s[1], e[1]))
        elif s:
            seg("uncertain", s[0], s[1])
        elif e:
            seg("uncertain", e[0], e[1])
    return pd.DataFrame(rows, columns=["phase", "order", "phase_id", "when", "note", "segment", "start", "end"])


def _marks(op: Operation) -> pd.DataFrame:
    rows = []
    for ph in op.phases:
        if ph.kind == "announcement" and ph.start:
            rows.append({"mark": f"announced {human(ph.start)}", "date": pd.Timestamp(parse_partial(ph.start)[0])})
    return pd.DataFrame(rows, columns=["mark", "date"])


def _arrest_windows(op: Operation) -> pd.DataFrame:
    rows = []
    for ph in op.phases:
        if ph.kind == "arrests" and ph.start and ph.end:
            rows.append({"mark": f"arrests {human(ph.start)} – {human(ph.end)}",
                         "start": pd.Timestamp(parse_partial(ph.start)[0]),
                         "end": pd.Timestamp(parse_partial(ph.end)[1] + timedelta(days=1))})
    return pd.DataFrame(rows, columns=["mark", "start", "end"])


def phases_chart(op: Operation, width: int | str = "container", highlight: Collection[str] = (),
                 marks: Sequence[tuple[date, date, str]] = (), now: date | None = None,
                 window: Window | None = None, brush: bool = False) -> alt.LayerChart:
    """The timeline: one row per phase, its name and the source's wording above a bar that is solid
    where the dates are certain and faint where they are not; arrests and announcement marked.

    Linking: `highlight` phase ids stand out (the others fade), `marks` are (from, to, label)
    events of a selected country, `now` is the replay's current day, `window` a chosen stretch,
    and `brush` lets the reader drag across the bars to choose a stretch (selection 'stretch')."""
    segs = phase_segments(op)
    if highlight:
        segs = segs.assign(fade=~segs["phase_id"].isin(list(highlight)))
    else:
        segs = segs.assign(fade=False)
    labels = segs.drop_duplicates("phase").assign(
        label=lambda d: d["phase"] + d["note"].map(lambda n: f" — {n}" if n else ""))
    rows = max(1, len(labels))
    lo = segs["start"].min() - pd.Timedelta(days=20) if not segs.empty else pd.Timestamp("2000-01-01")
    hi = segs["end"].max() + pd.Timedelta(days=20) if not segs.empty else pd.Timestamp("2001-01-01")
    labels = labels.assign(left=lo)
    x_scale = alt.Scale(domain=[lo, hi])
    y = alt.Y("order:O", axis=None, scale=alt.Scale(paddingInner=0.55, paddingOuter=0.6))
    x = alt.X("start:T", title=None, scale=x_scale, axis=alt.Axis(format="%b %Y", labelAngle=0, grid=True))
    tooltip = [alt.Tooltip("phase:N", title="phase"), alt.Tooltip("when:N", title="when"),
               alt.Tooltip("note:N", title="as reported"), alt.Tooltip("segment:N", title="this stretch")]
    fade = alt.Opacity("fade:N", scale=alt.Scale(domain=[False, True], range=[1.0, 0.3]), legend=None)
    bars = alt.Chart(segs).mark_bar(height=14, cornerRadius=2).encode(
        x=x, x2="end:T", y=y,
        color=alt.Color("segment:N", scale=alt.Scale(domain=["certain", "uncertain"], range=[SOLID, FAINT]),
                        legend=alt.Legend(title="dates", orient="top")),
        strokeDash=alt.StrokeDash("segment:N", scale=alt.Scale(domain=["certain", "uncertain"],
                                                                 range=[[1, 0], [4, 3]]), legend=None),
        stroke=alt.value("#08306b"),
        strokeWidth=alt.value(1),
        opacity=fade,
        tooltip=tooltip,
    )
    if brush:
        bars = bars.add_params(alt.selection_interval(name="stretch", encodings=["x"]))
    days = (segs["end"] - segs["start"]).dt.days if not segs.empty else segs["start"]
    dots = alt.Chart(segs[days <= 3] if not segs.empty else segs).mark_point(
        shape="diamond", size=140, filled=True, color="#08306b").encode(x="start:T", y=y, opacity=fade,
                                                                        tooltip=tooltip)
    names = alt.Chart(labels).mark_text(align="left", baseline="bottom", dy=-9, fontSize=12, color="#222",
                                        clip=True).encode(
        x=alt.X("left:T", scale=x_scale), y=y, text="label:N", opacity=fade)
    arrest_windows = alt.Chart(_arrest_windows(op)).mark_rect(color=ARRESTS, opacity=0.12).encode(
        x=alt.X("start:T", scale=x_scale), x2="end:T", tooltip=[alt.Tooltip("mark:N", title="arrests")])
    rules = alt.Chart(_marks(op)).mark_rule(color=ARRESTS, strokeWidth=2).encode(
        x=alt.X("date:T", scale=x_scale), tooltip=[alt.Tooltip("mark:N", title="mark")])
    rule_text = alt.Chart(_marks(op)).mark_text(align="right", baseline="top", dx=-4, dy=2, color=ARRESTS,
                                                fontSize=11, clip=True).encode(
        x=alt.X("date:T", scale=x_scale), y=alt.value(0), text="mark:N")
    layers = [arrest_windows, bars, dots, names, rules, rule_text]
    if window is not None:
        win = pd.DataFrame([{"start": pd.Timestamp(window.start) if window.start else lo,
                             "end": pd.Timestamp(window.end) + pd.Timedelta(days=1), "mark": "chosen stretch"}])
        layers.insert(0, alt.Chart(win).mark_rect(color="#555", opacity=0.10).encode(
            x=alt.X("start:T", scale=x_scale), x2="end:T", tooltip=[alt.Tooltip("mark:N", title="")]))
    if marks:
        ev = pd.DataFrame([{"start": pd.Timestamp(a), "end": pd.Timestamp(b) + pd.Timedelta(days=1), "event": t}
                           for a, b, t in marks])
        layers.append(alt.Chart(ev).mark_rect(color="#000", opacity=0.55, height=6).encode(
            x=alt.X("start:T", scale=x_scale), x2="end:T", y=alt.value(6),
            tooltip=[alt.Tooltip("event:N", title="selected country")]))
    if now is not None or brush:
        # In the app (brush) the rule is always there, so that a replay step only swaps its data
        # (`with_now`) instead of rebuilding and re-validating the chart.
        nd = pd.DataFrame(_now_rows(now), columns=["date", "mark"])
        layers.append(alt.Chart(nd, name=NOW_LAYER).mark_rule(color="#000", strokeWidth=2, strokeDash=[6, 3])
                      .encode(x=alt.X("date:T", scale=x_scale), tooltip=[alt.Tooltip("mark:N", title="")]))
    return alt.layer(*layers).properties(width=width, height=48 * rows)


NOW_LAYER = "replay-now"


def _now_rows(now: date | None) -> list[dict[str, object]]:
    return [] if now is None else [{"date": pd.Timestamp(now), "mark": f"shown: up to {human(now.isoformat())}"}]


def with_now(spec: dict, now: date | None) -> dict:
    """A copy of a `phases_chart(..., brush=True).to_dict()` spec with the replay rule at `now`
    (none when `now` is None). Only the rule's data changes; the rest is shared, not copied."""
    layer = next(item for item in spec["layer"] if item.get("name") == NOW_LAYER)
    rows = [{"date": row["date"].isoformat(), "mark": row["mark"]} for row in _now_rows(now)]  # type: ignore[union-attr]
    # Its own dataset name: Altair names data by content, and an empty rule would share the name
    # of any other empty layer.
    moved = {**layer, "data": {"name": NOW_LAYER}}
    return {**spec, "layer": [moved if item is layer else item for item in spec["layer"]],
            "datasets": {**spec["datasets"], NOW_LAYER: rows}}
