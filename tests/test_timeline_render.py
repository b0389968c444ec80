"""The timeline and Compare charts as drawn: rendered to SVG with vl-convert for every record (the
shipped ones, a folder given by OPSATLAS_DATA_DIR, and hostile ones) at phone and desktop widths,
then read back as text boxes measured with real font metrics (tests/chartcheck.py).

Fails when a phase has neither a bar nor a 'not on the time axis' line, when a phase's bar is not
right under its own label, when a label is cut, overlaps another text or a bar, or leaves the chart,
or when any text is smaller than 11 px.
"""

from __future__ import annotations

import copy
import os
from datetime import date
from pathlib import Path

import pytest
import vl_convert

from chartcheck import Chart, Text, overlapping_texts, parse
from hostile import hostile_data
from opsatlas.compare import phases_compare_chart
from opsatlas.records.schema import Operation
from opsatlas.catalogue.store import RecordStore, unique_titles
from opsatlas.records.yamlio import load_tree, to_plain
from opsatlas.settings import DEFAULT_RECORDS_DIR
from opsatlas.timeline import PHONE_WIDTH, SHORTEST_BAR, phase_label, phases_chart, with_now

# Container widths, px (the charts fit their width, padding included): the narrowest a chart is
# laid out for; a 390 px phone; the map page's left column and the Compare page at 1440 px with
# the sidebar open; 1440 px without it.
WIDTHS = (PHONE_WIDTH + 10, 358, 620, 940, 1280)
NAME, NOTE, UNDATED, HEADING = "phase_name_marks", "phase_note_marks", "phase_undated_marks", "phase_heading_marks"
BARS = ("phase_bars_marks", "phase_short_marks")


def _records(folder: Path) -> list[Operation]:
    return list(RecordStore(folder).load_all().records.values())


def _hostile_timeline() -> Operation:
    """Vibora with phases built to break a layout: 300-character names, one unbroken word, undated
    phases, scripts the width table does not hold, three announcements (two a day apart at the left
    edge, one in the middle) and a one-day phase at the right edge."""
    data = to_plain(load_tree((DEFAULT_RECORDS_DIR / "vibora-2025.yaml").read_text(encoding="utf-8")))
    base = data["phases"][0]
    long_words = ("WWW MMM Operational coordination of the multinational working groups " * 5)[:300].strip()
    specs = [
        ("long", long_words, "detection", "2015", None, long_words),
        ("word", "W" * 120 + " tail", "coordination", None, None, "M" * 200),
        ("first", "Announcement", "announcement", "2015-01-02", "2015-01-02", None),
        ("second", "Second announcement", "announcement", "2015-01-03", "2015-01-03", None),
        ("middle", "Mid-course announcement", "announcement", "2020-06-30", "2020-06-30", None),
        ("span", "Whole stretch", "action", "2015", "2025-12", "from some time in 2015"),
        ("day", "One day at the end", "arrests", "2025-12-31", "2025-12-31", None),
        ("end-only", "وبدأت إسبانيا هذه العملية في أواخر عام 2024", "expansion", None, "2019-09", None),
        ("cjk", "日本の警察による捜査と国際協力の段階" * 3, "coordination", "2018-03", "2018-04", None),
        ("undated", "Undated follow-up", "other", None, None, None),
    ]
    phases = []
    for pid, name, kind, start, end, reported in specs:
        ph = copy.deepcopy(base)
        ph.update(id=pid, name=name, kind=kind)
        for key, value in (("start", start), ("end", end), ("start_as_reported", reported)):
            if value is None:
                ph.pop(key, None)
            else:
                ph[key] = value
        ph.pop("end_as_reported", None)
        phases.append(ph)
    data.update(id="hostile-timeline", phases=phases)
    return Operation.model_validate(data)


def _all_records() -> list[Operation]:
    records = _records(DEFAULT_RECORDS_DIR)
    extra = os.environ.get("OPSATLAS_DATA_DIR")
    if extra and Path(extra).resolve() != DEFAULT_RECORDS_DIR.resolve():
        records += _records(Path(extra))
    hostile, _ = hostile_data("vibora-2025", "hostile-op")
    return [*records, Operation.model_validate(hostile), _hostile_timeline()]


RECORDS = _all_records()


def _svg(spec: dict, width: int) -> Chart:
    return parse(vl_convert.vegalite_to_svg({**spec, "width": width}))


def _plot_texts(chart: Chart) -> list[Text]:
    return sorted((t for t in chart.texts if t.role.startswith("role-mark")), key=lambda t: t.box.y0)


def _check_text(chart: Chart, where: str) -> None:
    small = [t.text for t in chart.texts if t.size < 11]
    assert not small, f"{where}: text below 11 px: {small[:3]}"
    overlaps = [(a.text, b.text) for a, b in overlapping_texts(chart)]
    assert not overlaps, f"{where}: labels overlap: {overlaps[:3]}"
    outside = [t.text for t in chart.texts if not t.box.inside(chart.frame)]
    assert not outside, f"{where}: text outside the chart: {outside[:3]}"
    cut = [t.text for t in _plot_texts(chart) if not t.box.inside(chart.plot)]
    assert not cut, f"{where}: label outside the plot area (cut in the app): {cut[:3]}"
    bars = [m for m in chart.marks if m.role.endswith(BARS)]
    on_bars = [t.text for t in _plot_texts(chart) for m in bars if t.box.overlaps(m.box)]
    assert not on_bars, f"{where}: label over a bar: {on_bars[:3]}"


def _same(drawn: str, text: str) -> bool:
    """The same characters in the same order (lines may break a word too long for one)."""
    return "".join(drawn.split()) == "".join(text.split())


def _check_rows(chart: Chart, groups: list[tuple[str | None, Operation]], where: str) -> None:
    """Walk the labels top to bottom: each group's heading, then each phase's name (all of it,
    over as many lines as it takes), its notes, and right under them its bar or, for a phase
    without dates, a line saying it is not on the time axis."""
    texts = [t for t in _plot_texts(chart) if t.role.endswith((NAME, NOTE, UNDATED, HEADING))]
    bars = [m for m in chart.marks if m.role.endswith(BARS)]
    i = 0

    def take(role: str, whole: str | None = None) -> list[Text]:
        """The next lines in `role`: all of them, or as many as make up `whole`."""
        nonlocal i
        run: list[Text] = []
        while i < len(texts) and texts[i].role.endswith(role):
            if whole is not None and _same(" ".join(t.text for t in run), whole):
                break
            run.append(texts[i])
            i += 1
        return run

    for heading, op in groups:
        if heading is not None:
            assert _same(" ".join(t.text for t in take(HEADING, heading)), heading), f"{where}: heading of {op.id}"
        for order, ph in enumerate(op.phases):
            label = phase_label(order, ph)
            name = take(NAME, label)
            assert _same(" ".join(t.text for t in name), label), \
                f"{where}: phase {label!r} not drawn whole (found {' / '.join(t.text for t in name)!r})"
            block = name + take(NOTE) + take(UNDATED)
            bottom = max(t.box.y1 for t in block)
            below = texts[i].box.y0 if i < len(texts) else chart.plot.y1
            mine = [m for m in bars if f"phase: {label};" in m.label
                    and (heading is None or f"operation: {heading};" in m.label)]
            if not (ph.start or ph.end):
                assert not mine and block[-1].role.endswith(UNDATED), f"{where}: undated {label!r} not said so"
                continue
            assert mine, f"{where}: phase {label!r} has no bar"
            for m in mine:
                assert bottom - 1 <= m.box.y0 and m.box.y1 <= below + 1 and m.box.y0 - bottom <= 8, \
                    f"{where}: the bar of {label!r} is not right under its label ({m.box} vs {bottom}-{below})"
                assert m.box.x1 > chart.plot.x0 and m.box.x0 < chart.plot.x1, f"{where}: {label!r} off the axis"
            extent = max(m.box.x1 for m in mine) - min(m.box.x0 for m in mine)
            assert extent >= SHORTEST_BAR or any(m.role.endswith("phase_short_marks") for m in mine), \
                f"{where}: the bar of {label!r} is too short to see and has no diamond"
    assert i == len(texts), f"{where}: unexpected labels: {[t.text for t in texts[i:]][:3]}"


@pytest.mark.parametrize("op", RECORDS, ids=lambda op: op.id)
def test_timeline_as_drawn(op):
    spec = with_now(phases_chart(op, brush=True).to_dict(), None)  # as the app draws it
    for width in WIDTHS:
        chart = _svg(spec, width)
        where = f"{op.id} at {width} px"
        _check_text(chart, where)
        _check_rows(chart, [(None, op)], where)


def test_timeline_with_its_own_width_and_a_selected_country():
    op = _hostile_timeline()
    spec = phases_chart(op, width=PHONE_WIDTH, highlight=("span",), marks=[(date(2016, 1, 1), date(2016, 2, 1), "x")],
                        now=date(2020, 1, 1)).to_dict()
    chart = parse(vl_convert.vegalite_to_svg(spec))
    _check_text(chart, "hostile, fixed width")
    _check_rows(chart, [(None, op)], "hostile, fixed width")


@pytest.mark.parametrize("chosen", [[op] for op in RECORDS] + [RECORDS, RECORDS[:2], RECORDS[2:4], RECORDS[-3:]],
                         ids=lambda ops: "+".join(op.id for op in ops))
def test_compare_as_drawn(chosen):
    spec = phases_compare_chart(chosen).to_dict()
    titles = unique_titles(chosen)
    for width in WIDTHS:
        chart = _svg(spec, width)
        where = f"compare {len(chosen)} at {width} px"
        _check_text(chart, where)
        _check_rows(chart, [(titles[op.id], op) for op in chosen], where)


def test_checker_catches_what_it_is_for():
    """The checks fail on the defects they exist for: a label cut at the top, two labels in one
    row, a missing bar."""
    op = RECORDS[0]
    spec = with_now(phases_chart(op, brush=True).to_dict(), None)
    good = _svg(spec, 340)
    _check_text(good, "good")
    names = next(layer for layer in spec["layer"] if layer.get("name") == "phase-name")
    data = spec["datasets"][names["data"]["name"]]
    squashed = {**spec, "datasets": {**spec["datasets"], names["data"]["name"]: [{**r, "y": 0} for r in data]}}
    with pytest.raises(AssertionError, match="overlap|outside"):
        _check_text(_svg(squashed, 340), "squashed")
    bars = next(layer for layer in spec["layer"] if layer.get("name") == "phase-bars")
    bare = {**spec, "datasets": {**spec["datasets"], bars["data"]["name"]: []}}
    with pytest.raises(AssertionError, match="no bar"):
        _check_rows(_svg(bare, 340), [(None, op)], "bare")
