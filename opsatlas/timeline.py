"""The investigation's phases as an Altair chart whose uncertain ends look uncertain.

A phase is solid where it certainly ran (from the latest day it can have started to the
earliest day it can have ended) and faint, with a dashed edge, over the stretch its partial
dates leave open: '2025-03' to '2025-05' is solid from 31 March to 1 May, faint in March and May.
A phase without a start or an end says so in words under its name; a phase with no date at all
keeps its row and says, where its bar would be, that it is not on the time axis. The arrest window
and the announcement are marked across the whole chart.

Layout: every phase has its own row, laid out here in pixels from the top (the chart's y channel
has no scale): its name, then the source's wording, then its bar. Labels are wrapped to the
narrowest width the chart is drawn at (`PHONE_WIDTH` for a chart as wide as its container), so
no label is cut or runs over another at any width; a bar or a date too short to see at that
width is also drawn as a diamond. The Compare chart uses the same rows, grouped per operation.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any, Literal, TypeAlias

import altair as alt
import pandas as pd

from .reconcile import Window
from .reconcile.rules import disputed_phases
from .records.dates import human, parse_partial
from .records.schema import Operation, Phase
from .maps.fontmetrics import text_width
from .maps.textflow import wrap_px

SOLID = "#2171b5"
FAINT = "#9ecae1"
ARRESTS = "#e66100"
EDGE = "#08306b"

# A chart as wide as its container has a plot area at least this wide (px): a 360 px phone less
# Streamlit's page padding (2 × 16 px) and Vega's padding (2 × 5 px), rounded down. A chart of a
# given width has a plot area of that width.
PHONE_WIDTH = 310
SHORTEST_BAR = 2  # px at the narrowest width: a phase drawn shorter (with its 1 px edge, 4 px) also gets a diamond
# Text styles (font size px, weight, colour, line height px); none below 11 px (legibility on a phone).
FontWeight: TypeAlias = Literal["normal", "bold"]
STYLES: dict[str, tuple[int, FontWeight, str, int]] = {
    "heading": (12, "bold", "#111111", 16),
    "name": (12, "normal", "#222222", 16),
    "note": (11, "normal", "#555555", 15),
    "undated": (11, "normal", "#666666", 15),
    "mark": (11, "normal", ARRESTS, 15),
}  # line heights hold the tallest line box of the faces drawn (Source Sans, Streamlit's: 1.33 em)
AXIS_SIZE = 11  # date labels, px
BAR = 12  # bar height, px
ROW_GAP = 12  # between a bar and the next row's name, px
GROUP_GAP = 8  # before an operation's heading on Compare, px
EVENT_STRIP = 10  # the selected country's events, under the marks' labels, px
TOP = 4  # above the first line, px
BOTTOM = 6  # under the last bar, px


def _note(ph: Phase, disputed: dict[str, str] | None = None) -> str:
    notes = [f"dates disputed: {disputed[ph.id]}"] if disputed and ph.id in disputed else []
    notes += [n for n in (ph.start_as_reported, ph.end_as_reported) if n]
    if not ph.start:
        notes.append("start not reported")
    if not ph.end:
        notes.append("end not reported")
    return "; ".join(dict.fromkeys(notes))


def phase_label(order: int, ph: Phase) -> str:
    return f"{order + 1}. {ph.name}"


def _when(ph: Phase) -> str:
    return (f"{human(ph.start) if ph.start else 'start not reported'} – "
            f"{human(ph.end) if ph.end else 'end not reported'}")


SEGMENT_COLUMNS = ["phase", "order", "phase_id", "when", "note", "segment", "start", "end"]


def phase_segments(op: Operation) -> pd.DataFrame:
    """One row per drawn segment: phase, order, kind ('certain' or 'uncertain'), start, end, note.
    A phase with no date has no segment (see `phase_table` for every phase)."""
    rows: list[dict[str, Any]] = []
    disputed = disputed_phases(op)
    for order, ph in enumerate(op.phases):
        s = parse_partial(ph.start) if ph.start else None
        e = parse_partial(ph.end) if ph.end else None
        base = {"phase": phase_label(order, ph), "order": order, "phase_id": ph.id, "when": _when(ph),
                "note": _note(ph, disputed)}

        def seg(kind: str, a: date, b: date, base: dict[str, Any] = base, doubtful: bool = ph.id in disputed) -> None:
            # A phase whose dates the sources dispute is drawn as uncertain all along.
            rows.append({**base, "segment": "uncertain" if doubtful else kind, "start": pd.Timestamp(a),
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
    return pd.DataFrame(rows, columns=SEGMENT_COLUMNS)


def phase_table(op: Operation) -> pd.DataFrame:
    """Every phase once, dated or not: phase, when, note (the timeline as a table)."""
    disputed = disputed_phases(op)
    return pd.DataFrame([{"phase": phase_label(i, ph), "when": _when(ph), "note": _note(ph, disputed)}
                         for i, ph in enumerate(op.phases)], columns=["phase", "when", "note"])


def _undated(ph: Phase) -> str:
    return "not on the time axis: " + (ph.start_as_reported or ph.end_as_reported or "dates not reported")


@dataclass(frozen=True)
class Rows:
    """Phase rows laid out in pixels from the chart's top.

    `lines`: one text line each (text, style, y of its top, key); `bars`: `phase_segments` rows
    with the key, y (top), y2 (bottom) and yc (middle) of their row; `height`: the bottom."""

    lines: pd.DataFrame
    bars: pd.DataFrame
    height: int


def phase_rows(groups: Sequence[tuple[str | None, Operation]], label_width: float, top: int = TOP,
               notes: bool = True) -> Rows:
    """One row per phase, in record order, for each (heading, operation); a heading, when given,
    above its operation's rows. `key` is 'operation id/phase id'."""
    lines: list[dict[str, Any]] = []
    bars: list[pd.DataFrame] = []
    y = top

    def put(text: str, style: str, key: str) -> None:
        nonlocal y
        size, weight, _, height = STYLES[style]
        for line in wrap_px(text, label_width, size, bold=weight == "bold", cut=False):
            lines.append({"text": line, "style": style, "y": y, "key": key})
            y += height

    for n, (heading, op) in enumerate(groups):
        segs = phase_segments(op)
        if heading is not None:
            y += GROUP_GAP if n else 0
            put(heading, "heading", f"{op.id}/")
        for order, ph in enumerate(op.phases):
            key = f"{op.id}/{ph.id}"
            put(phase_label(order, ph), "name", key)
            mine = segs[segs["order"] == order]
            if mine.empty:
                put(_undated(ph), "undated", key)
            else:
                note = mine.iloc[0]["note"]
                if notes and note:
                    put(note, "note", key)
                y += 2
                bars.append(mine.assign(key=key, y=y, y2=y + BAR, yc=y + BAR / 2))
                y += BAR
            y += ROW_GAP
    columns = [*SEGMENT_COLUMNS, "key", "y", "y2", "yc"]
    return Rows(lines=pd.DataFrame(lines, columns=["text", "style", "y", "key"]),
                bars=pd.concat(bars, ignore_index=True) if bars else pd.DataFrame(columns=columns),
                height=y - ROW_GAP + BOTTOM)


def time_domain(bars: pd.DataFrame) -> tuple[pd.Timestamp, pd.Timestamp]:
    """The x domain: every segment, with room either side for half a date label at the narrowest
    width (so the first and last ticks keep their labels), and at least 3% of the span or 20 days."""
    if bars.empty:
        return pd.Timestamp("2000-01-01"), pd.Timestamp("2001-01-01")
    lo, hi = bars["start"].min(), bars["end"].max()
    sample = pd.Timestamp("2025-09-30").strftime(_axis_format((hi - lo).days)[0])
    share = max(0.03, (text_width(sample, AXIS_SIZE) / 2 + 2) / PHONE_WIDTH)
    pad = max(pd.Timedelta(days=20), (hi - lo) * share)
    return lo - pad, hi + pad


def _axis_format(days: int) -> tuple[str, Any]:
    """Date labels and tick step for a stretch of `days`: days over a few months, months over a few
    years, else years; so many units a tick that about eight fit, each label naming its year."""
    if days <= 120:
        return "%-d %b %Y", alt.Undefined
    if days <= 4 * 366:
        step = next(s for s in (1, 2, 3, 6, 12) if days / 30.4 / s <= 9)
        return "%b %Y", alt.TimeIntervalStep(interval="month", step=step)
    step = next(s for s in (1, 2, 5, 10, 20, 50, 100) if days / 365.25 / s <= 9)
    return "%Y", alt.TimeIntervalStep(interval="year", step=step)


def time_axis(domain: tuple[pd.Timestamp, pd.Timestamp]) -> alt.Axis:
    """The time axis for this domain; a label that would leave the axis is hidden."""
    fmt, tick = _axis_format((domain[1] - domain[0]).days)
    return alt.Axis(format=fmt, tickCount=tick, labelAngle=0, grid=True, labelFontSize=AXIS_SIZE, labelFlush=True,
                    labelOverlap=True, labelSeparation=8, labelBound=True, title=None)


def short_phases(bars: pd.DataFrame, domain: tuple[pd.Timestamp, pd.Timestamp], width: float) -> pd.DataFrame:
    """One row per phase whose bars together are narrower than `SHORTEST_BAR` px at `width`: its
    first segment's row, with 'mid' (the middle of the phase) and 'segment' certain if any part is."""
    if bars.empty:
        return bars.assign(mid=bars["start"])
    span = (domain[1] - domain[0]).total_seconds()
    whole = bars.groupby("key", sort=False).agg(first=("start", "min"), last=("end", "max"),
                                                 certain=("segment", lambda s: (s == "certain").any()))
    px = (whole["last"] - whole["first"]).dt.total_seconds() * width / span
    whole = whole[px < SHORTEST_BAR]
    rows = bars.drop_duplicates("key").set_index("key").loc[whole.index]
    return rows.assign(mid=whole["first"] + (whole["last"] - whole["first"]) / 2,
                       segment=whole["certain"].map({True: "certain", False: "uncertain"})).reset_index()


def sized(chart: alt.LayerChart, width: int | str, height: int) -> alt.LayerChart:
    """The chart at `width` (a plot that wide, or its container's width) and a plot `height` high.
    A container-wide chart fits its container's width only: the plot keeps the height its rows
    need and the legend and axis add to it (Streamlit's default, 'fit', squeezes the rows)."""
    chart = chart.properties(width=width, height=height)
    return chart.properties(autosize=alt.AutoSizeParams(type="fit-x", contains="padding")) \
        if width == "container" else chart


def layered(*charts: alt.Chart | alt.LayerChart) -> alt.LayerChart:
    """`alt.layer` of charts with no facet encoding (the only kind drawn here): always a LayerChart."""
    chart = alt.layer(*charts)
    assert isinstance(chart, alt.LayerChart)  # alt.layer returns a FacetChart only for faceted layers
    return chart


def _y(field: str = "y") -> alt.Y:
    return alt.Y(f"{field}:Q", scale=None, axis=None)


def _segment_scale() -> alt.Scale:
    return alt.Scale(domain=["certain", "uncertain"], range=[SOLID, FAINT])


def bar_layers(rows: Rows, x_scale: alt.Scale, axis: alt.Axis, label_width: float,
                tooltip: list[alt.Tooltip], opacity: Any) -> tuple[alt.Chart, alt.Chart, alt.Chart]:
    """A faint guide along each row, the bars (solid where certain, faint with a dashed edge where
    not) and diamonds on the ones too short to see; the same for the app's timeline and for Compare. The legend shows both the
    fill and the edge (set here: Streamlit's theme draws legend symbols with a thick edge)."""
    legend = alt.Legend(title="dates", orient="top", labelFontSize=11, titleFontSize=11, symbolType="square",
                        symbolSize=150, symbolStrokeColor=EDGE, symbolStrokeWidth=1,
                        symbolDash=alt.ExprRef("datum.value === 'uncertain' ? [3, 2] : [1, 0]"))
    bars = alt.Chart(rows.bars, name="phase-bars").mark_rect(cornerRadius=2).encode(
        x=alt.X("start:T", title=None, scale=x_scale, axis=axis), x2="end:T", y=_y("y"), y2="y2:Q",
        color=alt.Color("segment:N", scale=_segment_scale(), legend=legend),
        strokeDash=alt.StrokeDash("segment:N", scale=alt.Scale(domain=["certain", "uncertain"],
                                                                 range=[[1, 0], [4, 3]]), legend=None),
        stroke=alt.value(EDGE), strokeWidth=alt.value(1), opacity=opacity, tooltip=tooltip)
    short = short_phases(rows.bars, time_domain(rows.bars), label_width)
    dots = alt.Chart(short, name="phase-short").mark_point(shape="diamond", size=110, filled=True, opacity=1,
                                                          stroke=EDGE, strokeWidth=1).encode(
        x=alt.X("mid:T", scale=x_scale), y=_y("yc"), color=alt.Color("segment:N", scale=_segment_scale()),
        opacity=opacity, tooltip=tooltip)
    # A faint line along each dated row, so that the eye follows a label to a bar far to its right.
    guides = alt.Chart(rows.bars.drop_duplicates("key")[["key", "yc"]], name="phase-guides").mark_rule(
        color="#e3e3e3", strokeWidth=1).encode(x=alt.value(0), x2=alt.value("width"), y=_y("yc"))
    return guides, bars, dots


def text_layers(lines: pd.DataFrame, opacity: Any = alt.Undefined) -> list[alt.Chart]:
    """One text layer per style present, each line at its own top-left pixel."""
    layers = []
    for style, (size, weight, colour, _) in STYLES.items():
        mine = lines[lines["style"] == style]
        if mine.empty or style == "mark":
            continue
        layers.append(alt.Chart(mine, name=f"phase-{style}").mark_text(
            align="left", baseline="top", fontSize=size, fontWeight=weight, color=colour).encode(
            x=alt.value(0), y=_y("y"), text="text:N", opacity=opacity))
    return layers


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
    and `brush` lets the reader drag across the bars to choose a stretch (selection 'stretch').
    Labels are wrapped to `width`, or to `PHONE_WIDTH` when the chart fills its container."""
    label_width = width if isinstance(width, int) else PHONE_WIDTH
    announced = _marks(op)
    header = TOP + STYLES["mark"][3] * len(announced)
    strip = header + (EVENT_STRIP if (marks or brush) else 0)
    rows = phase_rows([(None, op)], label_width, top=strip + (TOP if strip > TOP else 0))
    segs = rows.bars.assign(fade=~rows.bars["phase_id"].isin(list(highlight)) if highlight else False)
    lines = rows.lines.assign(fade=~rows.lines["key"].str.split("/").str[1].isin(list(highlight))
                              if highlight else False)
    rows = Rows(lines=lines, bars=segs, height=rows.height)
    lo, hi = time_domain(segs)
    x_scale = alt.Scale(domain=[lo, hi])
    axis = time_axis((lo, hi))
    tooltip = [alt.Tooltip("phase:N", title="phase"), alt.Tooltip("when:N", title="when"),
               alt.Tooltip("note:N", title="as reported"), alt.Tooltip("segment:N", title="this stretch")]
    fade = alt.Opacity("fade:N", scale=alt.Scale(domain=[False, True], range=[1.0, 0.3]), legend=None)
    guides, bars, dots = bar_layers(rows, x_scale, axis, label_width, tooltip, fade)
    if brush:
        bars = bars.add_params(alt.selection_interval(name="stretch", encodings=["x"]))
    arrest_windows = alt.Chart(_arrest_windows(op)).mark_rect(color=ARRESTS, opacity=0.12).encode(
        x=alt.X("start:T", scale=x_scale), x2="end:T", tooltip=[alt.Tooltip("mark:N", title="arrests")])
    rules = alt.Chart(announced).mark_rule(color=ARRESTS, strokeWidth=2).encode(
        x=alt.X("date:T", scale=x_scale), tooltip=[alt.Tooltip("mark:N", title="mark")])
    # Each mark's words on their own line at the top, beside its rule on the side where they fit
    # at the narrowest width (they fit at any wider one), or else from the left edge.
    size, _, colour, line = STYLES["mark"]
    placed = announced.assign(y=[TOP + line * i for i in range(len(announced))],
                              side=[_side((d - lo) / (hi - lo), text_width(t, size) + 4, label_width)
                                    for d, t in zip(announced["date"], announced["mark"], strict=True)])
    rule_text = [alt.Chart(placed[placed["side"] == side], name=f"mark-{side}")
                 .mark_text(align="right" if side == "before" else "left", baseline="top",
                            dx={"after": 4, "before": -4, "edge": 0}[side], color=colour, fontSize=size)
                 .encode(x=alt.value(0) if side == "edge" else alt.X("date:T", scale=x_scale), y=_y("y"),
                         text="mark:N")
                 for side in ("after", "before", "edge") if (placed["side"] == side).any()]
    layers: list[alt.Chart] = [arrest_windows, guides, bars, dots, *text_layers(rows.lines, fade), rules, *rule_text]
    if window is not None:
        win = pd.DataFrame([{"start": pd.Timestamp(window.start) if window.start else lo,
                             "end": pd.Timestamp(window.end) + pd.Timedelta(days=1), "mark": "chosen stretch"}])
        layers.insert(0, alt.Chart(win).mark_rect(color="#555", opacity=0.10).encode(
            x=alt.X("start:T", scale=x_scale), x2="end:T", tooltip=[alt.Tooltip("mark:N", title="")]))
    if marks:
        ev = pd.DataFrame([{"start": pd.Timestamp(a), "end": pd.Timestamp(b) + pd.Timedelta(days=1), "event": t,
                            "y": header + 2, "y2": header + 8} for a, b, t in marks])
        layers.append(alt.Chart(ev).mark_rect(color="#000", opacity=0.55).encode(
            x=alt.X("start:T", scale=x_scale), x2="end:T", y=_y("y"), y2="y2:Q",
            tooltip=[alt.Tooltip("event:N", title="selected country")]))
    if now is not None or brush:
        # In the app (brush) the rule is always there, so that a replay step only swaps its data
        # (`with_now`) instead of rebuilding and re-validating the chart.
        nd = pd.DataFrame(_now_rows(now), columns=["date", "mark"])
        layers.append(alt.Chart(nd, name=NOW_LAYER).mark_rule(color="#000", strokeWidth=2, strokeDash=[6, 3])
                      .encode(x=alt.X("date:T", scale=x_scale), tooltip=[alt.Tooltip("mark:N", title="")]))
    return sized(layered(*layers), width, rows.height)


def _side(fraction: float, text: float, width: float) -> str:
    """Where a mark's words go: 'before' its rule (ending there), 'after' it, or from the left 'edge'."""
    if fraction * width >= text:
        return "before" if fraction > 0.5 or (1 - fraction) * width < text else "after"
    return "after" if (1 - fraction) * width >= text else "edge"


NOW_LAYER = "replay-now"


def _now_rows(now: date | None) -> list[dict[str, Any]]:
    return [] if now is None else [{"date": pd.Timestamp(now), "mark": f"shown: up to {human(now.isoformat())}"}]


def with_now(spec: dict, now: date | None) -> dict:
    """A copy of a `phases_chart(..., brush=True).to_dict()` spec with the replay rule at `now`
    (none when `now` is None). Only the rule's data changes; the rest is shared, not copied."""
    layer = next(item for item in spec["layer"] if item.get("name") == NOW_LAYER)
    rows = [{"date": row["date"].isoformat(), "mark": row["mark"]} for row in _now_rows(now)]
    # Its own dataset name: Altair names data by content, and an empty rule would share the name
    # of any other empty layer.
    moved = {**layer, "data": {"name": NOW_LAYER}}
    return {**spec, "layer": [moved if item is layer else item for item in spec["layer"]],
            "datasets": {**spec["datasets"], NOW_LAYER: rows}}
