"""Every figure the same on every surface.

For every record in the data folder (and any `OPSATLAS_DATA_DIR`), every metric it has, and every
replay stop in both modes ("what had been reported" and "what had happened"), the summary JSON, the
map's layers, the tables, the alt text, the SVG snapshot's panel and the HTML embed agree, figure by
figure and status by status, with the one reconciliation they are all built from.
"""

from __future__ import annotations

import html
import re
from datetime import date

import pytest

from opsatlas.alttext import map_alt_text
from opsatlas.explore import replay_steps
from opsatlas.frames import countries_table, figures_table
from opsatlas.maps.countries import _country_features
from opsatlas.panel import headline_line, panel_lines
from opsatlas.publish.embed import embed_html
from opsatlas.publish.options import SnapshotOptions
from opsatlas.publish.snapshot import snapshot_svg
from opsatlas.reconcile import Window
from opsatlas.reconcile.rules import COUNTRY_STATUS_WORDS
from opsatlas.catalogue.store import RecordStore
from opsatlas.summary import summary_dict
from opsatlas.view import OperationView, build_view, metrics_of

CATALOGUE = RecordStore().load_all()


def _moments(op) -> list[tuple[str, date | None, Window | None]]:
    out: list[tuple[str, date | None, Window | None]] = [("everything", None, None)]
    for step in replay_steps(op):
        out.append(("reported", step.day, None))
        out.append(("happened", None, Window(None, step.day)))
    return out


CASES = [(op_id, metric) for op_id, op in CATALOGUE.records.items() for metric in metrics_of(op)
         if metric != "involvement"]


def _texts(svg: str) -> str:
    """The SVG's text, line by line joined with spaces, unescaped (wrapped lines join back)."""
    return " ".join(html.unescape(t) for t in re.findall(r"<text[^>]*>([^<]*)</text>", svg))


def _embed_rows(page: str) -> dict[str, tuple[str, str]]:
    rows = re.findall(r'<tr data-iso3="([A-Z]{3})"><td>[^<]*</td><td>([^<]*)</td><td>([^<]*)</td>', page)
    return {iso3: (html.unescape(shown), html.unescape(status)) for iso3, shown, status in rows}


def _check(view: OperationView, with_images: bool) -> None:
    fig = view.figures
    expected = {c.iso3: c for c in fig.countries}

    # The map: one feature per drawn country, with the reconciliation's status and figure.
    for feature in _country_features(view):
        props = feature["properties"]
        c = expected[props["iso3"]]
        assert props["status"] == c.status
        if c.value is not None:
            assert c.figure.text in props["tooltip"], (props["iso3"], props["tooltip"])

    # The countries table: every country once, its status in the one list of words, its figure.
    table = countries_table(view)
    assert sorted(table["code"]) == sorted(expected) if not table.empty else not expected
    for _, row in table.iterrows():
        c = expected[row["code"]]
        assert row["status"] == COUNTRY_STATUS_WORDS[c.status]
        if c.value is not None:
            assert row.iloc[2] == c.figure.text

    # Every claim's state reads the same in the figures table as the reconciliation decided.
    claims = figures_table(view).set_index("claim")["status"]
    for cid, state in fig.states.items():
        assert claims[cid].startswith(state.words)

    # Alt text: every counted country with its figure; no country counted that the map does not count.
    alt = map_alt_text(view)
    for c in fig.countries:
        if c.value is not None:
            assert f"{c.name}: {c.figure.text}" in alt
    assert (fig.remainder.unattributed is None) or f"{fig.remainder.unattributed:,} " in alt

    # The summary JSON (it knows "as reported by", not windows).
    if fig.window is None:
        measure = summary_dict(view.record, fig.as_of)["by_measure"].get(view.metric)
        if measure is not None:
            assert measure["by_country_status"] == {c.iso3: c.status for c in fig.countries}
            assert measure["by_country"] == {c.iso3: c.value for c in fig.countries if c.status != "disputed"}
            assert measure["unattributed"] == fig.remainder.unattributed

    lines = panel_lines(view)
    assert lines[0].text == headline_line(fig)
    if not with_images:
        return
    # The SVG snapshot and the HTML embed print the same panel lines, and the embed's table agrees.
    options = SnapshotOptions(metric=view.metric, as_of=fig.as_of)
    svg_text = _texts(snapshot_svg(view, options))
    page = embed_html(view, options)
    for line in lines:
        if line.kind in ("headline", "when"):
            assert line.text in svg_text, line.text
        assert f'<p class="{line.kind}">{html.escape(line.text)}</p>' in page
    rows = _embed_rows(page)
    assert set(rows) == set(expected)
    for iso3, (shown, status) in rows.items():
        c = expected[iso3]
        assert status == COUNTRY_STATUS_WORDS[c.status]
        if c.value is not None:
            assert shown == c.figure.text
        for f in c.disputed_figures if c.status == "disputed" else ():
            assert f.text in shown


@pytest.mark.parametrize(("op_id", "metric"), CASES, ids=[f"{o}-{m}" for o, m in CASES])
def test_every_surface_agrees(op_id, metric):
    op = CATALOGUE.records[op_id]
    moments = _moments(op)
    for i, (mode, as_of, window) in enumerate(moments):
        view = build_view(op, metric, as_of, window)
        # Images are the slow part: every reported stop and the full view, and every third window.
        _check(view, with_images=mode != "happened" or i % 6 == 2)


def test_the_data_folder_has_records_to_check():
    assert CASES, "no record with a figure: the cross-surface test would check nothing"
    assert not CATALOGUE.problems, [str(p) for p in CATALOGUE.problems]
