"""The real app through Streamlit's AppTest: every page, the figures it shows, and bad input."""

from __future__ import annotations

import json
import re
import shutil

import pytest
from conftest import ROOT, VIBORA, minimal
from streamlit.testing.v1 import AppTest

APP = str(ROOT / "app.py")


def run_app(monkeypatch=None, data_dir=None, query=None):
    if data_dir is not None:
        monkeypatch.setenv("OPSATLAS_DATA_DIR", str(data_dir))
    at = AppTest.from_file(APP, default_timeout=60)
    for key, value in (query or {}).items():
        at.query_params[key] = value
    return at.run()


@pytest.fixture(scope="module")
def main_page():
    at = run_app()
    assert not at.exception, at.exception
    return at


def test_headline_metrics(main_page):
    metrics = {m.label: m.value for m in main_page.metric}
    assert metrics == {"Arrests": "20", "Countries with arrests": "12", "Suspects identified": "68",
                       "Countries with suspects": "28"}


def test_remainder_and_disputes_are_on_the_page(main_page):
    info = " ".join(i.value for i in main_page.info)
    assert "10 arrests not attributed to a country" in info
    assert "20 stated − 3 El Salvador − 7 Spain = 10" in info
    warnings = " ".join(w.value for w in main_page.warning)
    assert "Panama" in warnings and "Where are the 68 further suspects" in warnings


def test_map_and_close_up_are_drawn(main_page):
    import base64

    decks = [json.loads(d.proto.json) for d in main_page.get("deck_gl_json_chart")]
    assert len(decks) == 1, "one WebGL map on the page: the close-up is an SVG image"
    [world] = decks
    assert [layer["id"] for layer in world["layers"]][:2] == ["countries-base", "countries-figures"]
    svgs = [base64.b64decode(img.url.split(",", 1)[1]).decode("utf-8") for el in main_page.get("image")
            for img in el.proto.imgs if img.url.startswith("data:image/svg+xml;base64,")]
    close_up = next(svg for svg in svgs if 'class="pane"' in svg)
    assert "Barcelona 3" in close_up and "El Masnou 1 (in province)" in close_up
    assert close_up.count("<circle") >= 6  # five province rings and El Masnou
    assert json.loads(main_page.get("deck_gl_json_chart")[0].proto.tooltip) == {"text": "{tooltip}"}
    assert "\n" not in main_page.get("deck_gl_json_chart")[0].proto.json, "the deck is sent compact"


def test_alt_text_and_tables(main_page):
    texts = " ".join(t.value for t in main_page.text)
    assert "Sources state 20 arrests in 12 countries" in texts and "Spain: 7" in texts
    frames = [df.value for df in main_page.dataframe]
    countries = next(f for f in frames if "code" in f.columns)
    assert dict(zip(countries["code"], countries["arrests"]))["ESP"] == "7"
    figures = next(f for f in frames if "quote" in f.columns)
    assert len(figures) > 30 and (figures["source"].str.startswith("https://") | (figures["source"] == "")).all()


def test_timeline_is_drawn(main_page):
    specs = [json.loads(c.proto.spec) for c in main_page.get("vega_lite_chart")]
    assert len(specs) == 1
    layers = [(layer.get("name"), layer["mark"]["type"]) for layer in specs[0]["layer"]]
    assert layers == [(None, "rect"), ("phase-guides", "rule"), ("phase-bars", "rect"), ("phase-short", "point"), ("phase-name", "text"),
                      ("phase-note", "text"), (None, "rule"), ("mark-before", "text"), ("replay-now", "rule")]
    import pyarrow as pa

    replay = specs[0]["layer"][-1]
    datasets = {d.name: d for d in main_page.get("vega_lite_chart")[0].proto.datasets}
    assert replay["name"] == "replay-now", "the replay rule is always there, so that a step only swaps its data"
    assert pa.ipc.open_stream(datasets[replay["data"]["name"]].data.data).read_all().num_rows == 0, \
        "with no replay step the replay rule draws nothing"
    phases = next(df.value for df in main_page.dataframe if "as reported" in df.value.columns)
    assert list(phases["when"])[-1] == "6 June 2025 – 6 June 2025"


def test_metric_switch_to_involvement():
    at = run_app(query={"metric": "involvement"})
    assert not at.exception
    deck = json.loads(at.get("deck_gl_json_chart")[0].proto.json)
    statuses = {f["properties"]["iso3"]: f["properties"]["status"] for f in deck["layers"][1]["data"]["features"]}
    assert statuses["CHL"] == "other"
    assert at.query_params["metric"] == "involvement"


def test_suspects_metric_shows_everything_unplaced():
    at = run_app(query={"metric": "suspects_identified"})
    assert not at.exception
    assert "68 suspects identified not attributed to a country" in " ".join(i.value for i in at.info)


def test_hostile_query_values_give_the_default_view():
    at = run_app(query={"op": "<script>alert(1)</script>", "metric": "../../etc/passwd"})
    assert not at.exception
    assert at.title[0].value == "Operation Víbora"
    assert at.query_params["op"] == "vibora-2025" and "metric" not in at.query_params  # the default metric
    assert any("could not be used" in c.value for c in at.caption)


def test_about_page():
    at = AppTest.from_file(APP, default_timeout=60).run()
    at.switch_page("pages/about.py").run()
    assert not at.exception
    assert at.title[0].value == "About the data"
    assert "Natural Earth" in " ".join(m.value for m in at.markdown)


def test_empty_data_dir(monkeypatch, tmp_path):
    at = run_app(monkeypatch, tmp_path)
    assert not at.exception
    assert "No valid operation records" in at.error[0].value


def test_broken_file_beside_a_good_one(monkeypatch, tmp_path):
    shutil.copy(VIBORA, tmp_path / "vibora-2025.yaml")
    (tmp_path / "broken.yaml").write_text("id: [unclosed\n", encoding="utf-8")
    at = run_app(monkeypatch, tmp_path)
    assert not at.exception
    assert at.title[0].value == "Operation Víbora"
    assert any("broken.yaml:" in c.value and "(yaml)" in c.value for c in at.code)


def test_hostile_record_text_stays_text(monkeypatch, tmp_path):
    evil = '<img src=x onerror=alert(1)> [click](javascript:alert(2)) </script><script>alert(3)</script>'
    text = minimal("evil-op").replace("summary: A test record.", f"summary: '{evil} {'y' * 10_000}'").replace(
        "publisher: A publisher", f"publisher: '{evil}'")
    text += ("places:\n  - {id: esp, name: 'España — 西班牙 — إسبانيا', precision: country, country: ESP}\n"
             f"claims:\n  - {{id: c1, metric: arrests, count: 2, place: esp, source: s1, quote: '{evil}'}}\n"
             f"  - {{id: c2, metric: arrests, count: 5, source: s1, quote: '{evil}'}}\n")
    (tmp_path / "evil-op.yaml").write_text(text, encoding="utf-8")
    at = run_app(monkeypatch, tmp_path)
    assert not at.exception
    unescaped_markup = re.compile(r"(?<!\\)<|(?<!\\)\]\(javascript")
    for md in list(at.markdown) + list(at.caption) + list(at.info) + list(at.warning):
        assert not unescaped_markup.search(md.value), md.value
    assert not any(md.proto.allow_html for md in list(at.markdown) + list(at.caption))
    assert any("\\<img" in m.value for m in at.caption), "the summary is shown, escaped"
    deck = json.loads(at.get("deck_gl_json_chart")[0].proto.json)
    tooltip = deck["layers"][1]["data"]["features"][0]["properties"]["tooltip"]
    assert "<img src=x" in tooltip  # carried as data, and drawn by a text-only tooltip
    assert json.loads(at.get("deck_gl_json_chart")[0].proto.tooltip) == {"text": "{tooltip}"}
    assert "西班牙" in tooltip
    at.switch_page("pages/data.py").run()
    assert not at.exception
    assert any("<img src=x" in q for q in at.dataframe[0].value["quote"])  # shown as text in a table cell
    for page in ("pages/quality.py", "pages/compare.py"):
        at.switch_page(page).run()
        assert not at.exception, page


def _page(path, query=None):
    at = AppTest.from_file(APP, default_timeout=60).run()
    for key, value in (query or {}).items():
        at.query_params[key] = value
    at.switch_page(path).run()
    assert not at.exception, at.exception
    return at


def test_data_page_filters_and_downloads():
    at = _page("pages/data.py")
    figures = at.dataframe[0].value
    total = len(figures)
    assert total > 150 and set(figures["operation"]) >= {"Operation Víbora", "Operation Tantalio"}
    at.text_input(key="q").input("Panamá").run()
    panama = at.dataframe[0].value
    assert 0 < len(panama) < total
    assert all("Panam" in " ".join(map(str, row)) for row in panama.astype(str).values)
    labels = [b.label for b in at.get("download_button")]
    assert labels == ["CSV", "JSON", "GEOJSON", "SQLITE"]


def test_data_page_operations_from_the_link():
    at = _page("pages/data.py", {"ops": "tantalio-2017,<b>nope</b>"})
    assert set(at.dataframe[0].value["operation"]) == {"Operation Tantalio"}


def _records():
    from opsatlas.catalogue.store import RecordStore

    return list(RecordStore().load_all().records.values())


def test_quality_page_lists_each_operation():
    at = _page("pages/quality.py")
    headers = [h.value for h in at.subheader]
    assert len(headers) == len(_records()) and "Operation Tantalio" in headers
    assert any("38 or 39" in m.value for m in at.markdown)
    assert any("figure not in its quote" in e.label.lower() or "does not state" in e.label for e in at.expander)


def test_compare_page():
    at = _page("pages/compare.py")
    table = at.dataframe[0].value
    assert len(table.columns) == len(_records()) and "reach (km)" in table.index
    charts = at.get("vega_lite_chart")
    assert len(charts) == 1
    spec = json.loads(charts[0].proto.spec)
    headings = next(layer for layer in spec["layer"] if layer.get("name") == "phase-heading")
    assert headings["encoding"]["y"]["scale"] is None, "one row per phase, grouped under each operation's name"


def test_reported_by_a_day_from_the_link():
    at = run_app(query={"op": "trojan-shield-2021", "step": "2021-06-08", "mode": "reported"})
    assert not at.exception
    assert any("what had been reported by then" in c.value for c in at.caption)
    codes = next(df.value for df in at.dataframe if "code" in df.value.columns)
    assert dict(zip(codes["code"], codes["status"]))["SWE"] == "disputed"
    assert at.query_params["step"] == "2021-06-08" and at.query_params["mode"] == "reported"
    later = run_app(query={"op": "trojan-shield-2021", "step": "2021-10"})
    assert "step" not in later.query_params  # not a stop of the replay: the full view, with a notice
    assert any("could not be used" in c.value for c in later.caption)


def test_overview_page_and_its_filters():
    at = _page("pages/overview.py")
    table = at.dataframe[0].value
    in_spain = sum(any(p.country == "ESP" for p in op.places) for op in _records())
    assert table.iloc[0]["code"] == "ESP" and table.iloc[0]["operations"] == in_spain
    assert len(at.get("deck_gl_json_chart")) == 1
    at.multiselect(key="crimes").select("organised_crime").run()
    only = at.dataframe[0].value
    organised = {op.title for op in _records() if op.crime_type == "organised_crime"}
    assert "Operation Trojan Shield" in organised and set(only.columns[3:]) == organised
    assert only["operations"].max() <= len(organised)
    at.multiselect(key="crimes").unselect("organised_crime").run()
    at.multiselect(key="bodies").select("Ameripol").run()
    assert list(at.dataframe[0].value.columns[3:]) == [
        "Spanish-led WhatsApp operation with Ameripol and INTERPOL, July 2017 (unnamed)"]


def test_page_filters_live_in_the_url():
    at = _page("pages/overview.py", {"crimes": "organised_crime,<bad>", "years": "2021-2025"})
    assert set(at.dataframe[0].value.columns[3:]) == {"Operation Trojan Shield"}
    assert at.query_params["crimes"] == "organised_crime" and at.query_params["years"] == "2021-2025"
    data = _page("pages/data.py", {"q": "El Masnou", "precisions": "point"})
    rows = data.dataframe[0].value
    assert len(rows) >= 1 and set(rows["placed at"]) == {"point"}
    assert data.query_params["q"] == "El Masnou"


def test_export_panel_matches_the_view():
    at = run_app(query={"op": "tantalio-2017", "country": "COL"})
    assert [b.label for b in at.get("download_button")] == ["PNG", "SVG", "PDF", "HTML"]
    codes = [t.value for t in at.text]
    assert any(c.startswith("?op=tantalio-2017") and "country=COL" in c for c in codes)  # the permalink
    assert any("<iframe" in c and "tantalio-2017-article.html" in c for c in codes)
    before = len(at.get("image"))  # the map legend is an image too
    at.toggle(key="preview-tantalio-2017").set_value(True).run()
    assert not at.exception and len(at.get("image")) == before + 1


def test_page_links_carry_the_chosen_operation_and_choosers_list_by_name():
    at = AppTest.from_file(APP, default_timeout=60)
    at.query_params["op"] = "tantalio-2017"
    at.run()
    links = at.get("page_link")
    pages = (ROOT / "app.py").read_text(encoding="utf-8").count("st.Page(")
    assert len(links) == pages and all(link.proto.query_string == "op=tantalio-2017" for link in links)
    chooser = at.sidebar.selectbox(key="operation")
    titles = list(chooser.options)  # AppTest gives the options as shown
    assert titles == sorted(titles, key=str.casefold), titles


def test_map_lists_every_figure_it_could_not_label(monkeypatch, tmp_path):
    """The hostile fixture (forty European countries with counts): the labels that fit nowhere at
    the deck's first view are listed, numbered, under the map; each figure missing from the deck's
    text layers is in that list."""
    from opsatlas.maps.symbols import country_marks
    from opsatlas.catalogue.validate import load_file
    from opsatlas.view import build_view

    fixture = ROOT / "tests" / "fixtures" / "fixture-forty-countries.yaml"
    shutil.copy(fixture, tmp_path / fixture.name)
    at = run_app(monkeypatch, tmp_path, {"op": "fixture-forty-countries"})
    assert not at.exception, at.exception
    [deck] = [json.loads(d.proto.json) for d in at.get("deck_gl_json_chart")]
    shown = {row["id"] for layer in deck["layers"] if layer["@@type"] == "TextLayer" for row in layer["data"]}
    view = build_view(load_file(fixture).record)
    missing = [c for c in country_marks(view) if c.iso3 not in shown]
    assert len(missing) >= 5, "the fixture must stay crowded at the first view"
    lists = [m.value for m in at.markdown if "not fit on the map at this zoom" in m.value]
    assert len(lists) == 1
    items = re.findall(r"^(\d+)\. (.+)$", lists[0], re.MULTILINE)
    assert [int(n) for n, _ in items] == list(range(1, len(items) + 1))
    assert lists[0].startswith(f"**{len(items)} figure(s)")
    plain = [text.replace("\\", "") for _, text in items]
    for c in missing:
        assert f"{view.figures.country(c.iso3).name}: {c.label}" in plain, c.iso3
