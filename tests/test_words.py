"""Readers see words, never the schema's names: no `suspects_identified`, `at_least` or raw `None`
in any table, panel, snapshot or embed, and plurals agree with their numbers ("1 country")."""

from __future__ import annotations

import html
import re

import pytest
from conftest import ROOT
from streamlit.testing.v1 import AppTest
from test_hostile import _elements, _strings

from opsatlas.publish.embed import embed_html
from opsatlas.publish.options import SnapshotOptions
from opsatlas.publish.snapshot import snapshot_svg
from opsatlas.catalogue.store import RecordStore
from opsatlas.records.vocab import METRICS, QUALIFIERS
from opsatlas.summary import summary_text
from opsatlas.view import build_view

CATALOGUE = RecordStore().load_all()
RAW = sorted({m.name for m in METRICS if "_" in m.name} | {q.name for q in QUALIFIERS if "_" in q.name}, key=len,
             reverse=True)
RAW_WORD = re.compile(r"(?<![\w/.-])(" + "|".join(map(re.escape, RAW)) + r")(?![\w/.-])")
BAD_PLURAL = re.compile(r"(?<![\d,.])1 (countries|arrests|suspects|provinces|victims)\b")


def _problems(text: str) -> list[str]:
    found = [m.group(0) for m in RAW_WORD.finditer(text)]
    found += [m.group(0) for m in BAD_PLURAL.finditer(text)]
    if re.search(r"(^|[\s:(])None([\s).,;]|$)", text):
        found.append("None")
    return found


PAGES = [("pages/map.py", {"op": op}) for op in CATALOGUE.records] + [
    ("pages/overview.py", {}), ("pages/compare.py", {}), ("pages/data.py", {}), ("pages/quality.py", {})]


@pytest.mark.parametrize(("page", "query"), PAGES, ids=[f"{p}?{q}" for p, q in PAGES])
def test_pages_show_words_not_schema_names(page, query):
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)
    for key, value in query.items():
        at.query_params[key] = value
    at.run()
    if page != "pages/map.py":
        at.switch_page(page).run()
    assert not at.exception, at.exception
    shown = []
    for el in _elements(at._tree):
        kind = getattr(el, "type", type(el).__name__)
        if kind in ("deck_gl_json_chart", "vega_lite_chart", "code", "json"):
            continue
        shown += [t for field, t in _strings(el.proto) if not field.endswith(("id", "key", "form_id", "url"))]
    for df in at.dataframe:
        frame = df.value
        shown += [str(c) for c in frame.columns]
        for col in frame.columns:
            if frame[col].dtype == object:
                shown += [str(v) for v in frame[col] if v is not None and str(v) != "nan"]
                assert not any(v is None for v in frame[col]) or col in ("source", "url"), f"None in {col}"
    problems = sorted({p for text in shown for p in _problems(text)})
    assert not problems, problems


@pytest.mark.parametrize("op_id", sorted(CATALOGUE.records))
def test_snapshot_embed_and_summary_show_words(op_id):
    op = CATALOGUE.records[op_id]
    view = build_view(op)
    options = SnapshotOptions()
    texts = [html.unescape(t) for t in re.findall(r">([^<>]+)<", snapshot_svg(view, options))]
    texts += [html.unescape(t) for t in re.findall(r">([^<>]+)<", embed_html(view, options))
              if not t.strip().startswith(("{", "(()", "document", "const", "var", "function"))]
    texts.append(summary_text(op))
    problems = sorted({p for text in texts for p in _problems(text)})
    assert not problems, problems
