"""The hostile-text suite through the real app (AppTest): every Streamlit element of every page is
walked, and no record text reaches a place that renders Markdown or HTML without being escaped.

The browser half (0 outside requests, 0 scripts run) is in test_browser.py; exports and
snapshots of the same record are checked in test_publish.py.
"""

from __future__ import annotations

import re
import shutil
from collections.abc import Iterator
from typing import Any

import pytest
from conftest import ROOT
from hostile import OUTSIDE_HOST, write_hostile
from streamlit.testing.v1 import AppTest

from opsatlas.settings import DEFAULT_RECORDS_DIR

# Fields that Streamlit's front end renders as Markdown (and so could turn into images, links or HTML).
_MARKDOWN_FIELDS = {"body", "label", "help", "caption", "placeholder"}
# Elements whose strings are drawn as plain text or data, never as Markdown.
_PLAIN = {"code", "text", "deck_gl_json_chart", "vega_lite_chart", "arrow_data_frame", "json", "selectbox",
          "multiselect", "text_input"}
LIVE_MARKUP = [
    ("an HTML tag", re.compile(r"(?<!\\)<(?!https?://)[A-Za-z/!]")),  # an autolink <https://...> is no tag
    ("a Markdown image", re.compile(r"(?<!\\)!(?<!\\)\[")),
    ("a Markdown link to a hostile target", re.compile(r"(?<!\\)\]\((?:javascript:|[^)]*" + re.escape(OUTSIDE_HOST) + ")")),
    ("a colour directive", re.compile(r"(?<!\\):red(?<!\\)\[")),
    ("a LaTeX formula", re.compile(r"(?<!\\)\$x")),
]


@pytest.fixture(scope="module")
def hostile_folder(tmp_path_factory):
    folder = tmp_path_factory.mktemp("hostile")
    for path in DEFAULT_RECORDS_DIR.glob("*.yaml"):
        shutil.copy(path, folder / path.name)
    _, replaced = write_hostile(folder)
    assert replaced > 100, "the hostile record should carry a payload in every text field"
    return folder


def _strings(msg: Any, prefix: str = "") -> Iterator[tuple[str, str]]:
    for fd, val in msg.ListFields():
        values = val if fd.is_repeated else [val]
        if fd.type == fd.TYPE_MESSAGE:
            for v in values:
                yield from _strings(v, f"{prefix}{fd.name}.")
        elif fd.type == fd.TYPE_STRING:
            for v in values:
                yield f"{prefix}{fd.name}", v


def _elements(node: Any) -> Iterator[Any]:
    for child in getattr(node, "children", {}).values():
        yield from _elements(child)
    if getattr(node, "proto", None) is not None:
        yield node


def rendered_markdown(at: AppTest) -> list[tuple[str, str, str]]:
    """(element type, field, text) for every string Streamlit renders as Markdown on the page."""
    out = []
    for el in _elements(at._tree):
        kind = getattr(el, "type", type(el).__name__)
        if kind in _PLAIN:
            continue
        for field, text in _strings(el.proto):
            if field.split(".")[-1] in _MARKDOWN_FIELDS or (kind == "radio" and field == "options"):
                out.append((kind, field, text))
        if getattr(el.proto, "allow_html", False) or getattr(el.proto, "unsafe_allow_html", False):
            out.append((kind, "allow_html", "<html allowed>"))
    return out


PAGES = [
    ("pages/map.py", {"op": "hostile-op"}),
    ("pages/map.py", {"op": "hostile-op", "country": "ESP"}),
    ("pages/map.py", {"op": "hostile-op", "phase": "arrests"}),
    ("pages/overview.py", {}),
    ("pages/compare.py", {"ops": "hostile-op,vibora-2025"}),
    ("pages/data.py", {"ops": "hostile-op"}),
    ("pages/quality.py", {}),
    ("pages/about.py", {}),
]


@pytest.mark.parametrize("page,query", PAGES, ids=[f"{p}?{q}" for p, q in PAGES])
def test_no_record_text_renders_as_markup(hostile_folder, monkeypatch, page, query):
    monkeypatch.setenv("OPSATLAS_DATA_DIR", str(hostile_folder))
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)
    for key, value in query.items():
        at.query_params[key] = value
    at.run()
    if page != "pages/map.py":
        at.switch_page(page).run()
    assert not at.exception, at.exception
    shown = rendered_markdown(at)
    # The payload did reach the page (as escaped Markdown, plain text or table cells): otherwise the
    # walk proves nothing.
    anywhere = [t for el in _elements(at._tree) for _, t in _strings(el.proto)]
    anywhere += [df.value.to_csv() for df in at.dataframe]
    assert any("__pwned" in text for text in anywhere), "the hostile text is not on the page at all"
    for kind, field, text in shown:
        for what, pattern in LIVE_MARKUP:
            assert not pattern.search(text), f"{what} in {kind}.{field}: {text[:300]!r}"
