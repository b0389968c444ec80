"""Phase bars: certain where the dates are certain, faint where partial dates leave room."""

from __future__ import annotations

import json

import pandas as pd

from opsatlas.timeline import phase_segments, phases_chart


def test_segments_of_vibora(vibora):
    segs = phase_segments(vibora)
    arrests = segs[segs["phase_id"] == "arrests"].set_index("segment", append=True)
    certain = segs[(segs["phase_id"] == "arrests") & (segs["segment"] == "certain")].iloc[0]
    assert certain["start"] == pd.Timestamp("2025-03-31") and certain["end"] == pd.Timestamp("2025-05-02")
    assert len(arrests) == 3  # March and May are uncertain
    detection = segs[segs["phase_id"] == "detection"]
    assert list(detection["segment"]) == ["uncertain"]
    assert "late 2024" in detection.iloc[0]["note"] and "end not reported" in detection.iloc[0]["note"]
    alignment = segs[segs["phase_id"] == "alignment"].iloc[0]
    assert "start not reported" in alignment["note"]
    announcement = segs[segs["phase_id"] == "announcement"]
    assert list(announcement["segment"]) == ["certain"]


def test_chart_marks_announcement_and_arrests(vibora):
    spec = json.loads(phases_chart(vibora).to_json())
    text = json.dumps(spec)
    assert "announced 6 June 2025" in text
    assert "arrests March 2025 \\u2013 May 2025" in text or "arrests March 2025 – May 2025" in text
    layers = [(layer.get("name"), layer["mark"]["type"]) for layer in spec["layer"]]
    assert layers == [(None, "rect"), ("phase-guides", "rule"), ("phase-bars", "rect"), ("phase-short", "point"), ("phase-name", "text"),
                      ("phase-note", "text"), (None, "rule"), ("mark-before", "text")]
    assert all(layer["encoding"]["y"]["scale"] is None for layer in spec["layer"] if "y" in layer.get("encoding", {})), \
        "rows are laid out in pixels"


def test_every_phase_has_its_own_row_with_its_label_above_its_bar():
    from opsatlas.catalogue.store import RecordStore
    from opsatlas.timeline import PHONE_WIDTH, STYLES, phase_label, phase_rows

    tantalio = RecordStore().get("tantalio-2017")
    rows = phase_rows([(None, tantalio)], PHONE_WIDTH)
    keys = [f"tantalio-2017/{ph.id}" for ph in tantalio.phases]
    assert list(dict.fromkeys(rows.lines["key"])) == keys, "a phase is missing or out of order"
    undated = rows.lines[rows.lines["style"] == "undated"]
    assert list(undated["key"]) == ["tantalio-2017/coordination"]
    assert undated.iloc[0]["text"] == "not on the time axis: dates not reported"
    assert "tantalio-2017/coordination" not in set(rows.bars["key"])
    assert rows.lines.iloc[0]["y"] >= 0 and rows.height >= rows.bars["y2"].max()
    for n, key in enumerate(keys):
        mine = rows.lines[rows.lines["key"] == key]
        assert mine.iloc[0]["text"].startswith(phase_label(n, tantalio.phases[n]).split()[0])
        last = mine.iloc[-1]
        bottom = last["y"] + STYLES[last["style"]][3]
        bars = rows.bars[rows.bars["key"] == key]
        if not bars.empty:
            assert (bars["y"] >= bottom).all() and (bars["y"] - bottom <= 4).all(), "the bar is not under its label"
        following = rows.lines[rows.lines["key"].isin(keys[n + 1:])]
        if not following.empty:
            assert following["y"].min() >= max([bottom, *bars["y2"]]), "rows overlap"


def test_compare_groups_rows_per_operation(vibora):
    from opsatlas.compare import phases_compare_chart
    from opsatlas.catalogue.store import RecordStore

    tantalio = RecordStore().get("tantalio-2017")
    spec = phases_compare_chart([tantalio, vibora]).to_dict()
    text = {layer["name"]: spec["datasets"][layer["data"]["name"]] for layer in spec["layer"]
            if layer.get("name", "").startswith("phase-") and layer["mark"]["type"] == "text"}
    headings = sorted(text["phase-heading"], key=lambda r: r["y"])
    assert [r["text"] for r in headings] == ["Operation Tantalio", "Operation Víbora"]
    names = text["phase-name"]
    for heading, nxt, op in ((headings[0], headings[1], tantalio), (headings[1], None, vibora)):
        mine = [r for r in names if r["y"] > heading["y"] and (nxt is None or r["y"] < nxt["y"])]
        assert sum(r["text"][:1].isdigit() and ". " in r["text"] for r in mine) == len(op.phases)


def test_announcement_words_go_where_they_fit():
    from opsatlas.timeline import _side

    assert _side(0.95, 120, 310) == "before" and _side(0.05, 120, 310) == "after"
    assert _side(0.5, 200, 310) == "edge"  # neither side holds 200 px at the narrowest width
    assert _side(0.4, 150, 310) == "after"


def test_wrap_keeps_every_character_within_the_width():
    from opsatlas.maps.fontmetrics import text_width
    from opsatlas.maps.textflow import wrap_px

    text = "3. Follow-up sessions with seven Latin American countries " + "W" * 80 + " Víbora 日本"
    lines = wrap_px(text, 200, 12, cut=False)
    assert len(lines) > 3 and all(text_width(line, 12) <= 200 for line in lines)
    assert "".join("".join(lines).split()) == "".join(text.split())
    assert text_width("WWW", 12, bold=True) > text_width("WWW", 12) > text_width("iii", 12)


def test_replay_rule_moves_without_rebuilding_the_chart(vibora):
    """The app builds the chart once and moves the replay rule by swapping its data: the result is
    the chart built for that day, and no other layer's data changes."""
    from datetime import date

    from opsatlas.timeline import NOW_LAYER, phases_chart, with_now

    base = phases_chart(vibora, brush=True).to_dict()
    for day in (date(2025, 3, 1), None):
        moved = with_now(base, day)
        built = phases_chart(vibora, now=day, brush=True).to_dict()

        def data_of(spec):
            return [spec["datasets"][layer["data"]["name"]] for layer in spec["layer"] if "data" in layer]

        assert data_of(moved) == data_of(built)
    assert [ly["data"]["name"] for ly in with_now(base, date(2025, 3, 1))["layer"]].count(NOW_LAYER) == 1
    assert base["datasets"] == phases_chart(vibora, brush=True).to_dict()["datasets"], "the cached spec changed"
