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
    marks = [layer["mark"]["type"] if isinstance(layer["mark"], dict) else layer["mark"] for layer in spec["layer"]]
    assert marks == ["rect", "bar", "point", "text", "rule", "text"]


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
