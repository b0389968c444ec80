"""The "Add an operation" page under Streamlit's AppTest: paste, draft, review, watch the figures."""

from __future__ import annotations

import pytest
from conftest import ROOT
from streamlit.testing.v1 import AppTest

from opsatlas.draft import SourceInfo, draft_from_bytes
from opsatlas.draft.review import Decision, candidates, preview, rebuild, segments

APP = str(ROOT / "app.py")
ARTICLE = (
    "Interpol says 20 people have been arrested in 12 countries. Spanish authorities arrested seven "
    "suspects in Madrid, Interpol said. The operation, led by Spanish police, started at the end of "
    "last year. A note: <script>alert(1)</script> [link](javascript:alert(2))"
)


@pytest.fixture(scope="module")
def page():
    at = AppTest.from_file(APP, default_timeout=60).run()
    at.switch_page("pages/add.py").run()
    assert not at.exception, at.exception
    at.text_area(key="add_text").input(ARTICLE)
    at.text_input(key="add_published").input("2025-06-06")
    at.text_input(key="add_publisher").input("AP")
    at.run()
    at.button(key="add_go").click().run()
    assert not at.exception, at.exception
    return at


def test_candidates_are_listed_with_their_sentences(page):
    text = " ".join(m.value for m in page.markdown)  # Markdown source, escaped
    plain = text.replace("\\", "")
    assert "Arrests, whole operation: 20" in plain and "Arrests in Madrid: 7" in plain
    # countries by name, roles in words (never an ISO code or a raw role key)
    assert "Spain: arrests, with a count" in plain and "ESP:" not in plain and "arrests_stated" not in plain
    assert "**seven**" in text  # the figure highlighted inside its sentence
    # untrusted text reaches the page escaped: no raw tag, no live link
    assert "<script>" not in text and "](javascript" not in text


def test_headline_and_map_follow_the_review(page):
    metrics = {m.label: m.value for m in page.metric}
    assert metrics["Arrests"] == "20" and metrics["Countries with arrests"] == "12"
    assert page.get("deck_gl_json_chart")  # the map of the draft
    keys = [r.key for r in page.radio]
    total = next(k for k in keys if k == "add_dec_figure-0")
    page.radio(key=total).set_value("correct").run()
    page.number_input(key="add_val_figure-0").set_value(21.0).run()
    assert not page.exception, page.exception
    assert {m.label: m.value for m in page.metric}["Arrests"] == "21"
    page.radio(key=total).set_value("reject").run()
    assert {m.label: m.value for m in page.metric}["Arrests"] != "21"


def test_bad_publication_date_is_refused_without_a_traceback():
    at = AppTest.from_file(APP, default_timeout=60).run()
    at.switch_page("pages/add.py").run()
    at.text_area(key="add_text").input("Police arrested 3 people.")
    at.text_input(key="add_published").input("June 2025")
    at.run()
    assert not at.exception and any("is not a date" in e.value for e in at.error)
    assert at.button(key="add_go").disabled


def test_review_rebuilds_the_record_from_decisions():
    r = draft_from_bytes(ARTICLE.encode(), SourceInfo(published="2025-06-06"))
    cands = candidates(r.facts)
    fig = next(c for c in cands if c.kind == "figure" and c.value == 7)
    before, mark, after = segments(r.article.text, fig)
    assert mark == "seven" and (before + mark + after) == r.article.text[fig.start : fig.end]
    kept = rebuild(r.facts, SourceInfo(published="2025-06-06"), {fig.key: Decision("reject")})
    assert 7 not in [c.get("count") for c in kept["claims"]]
    corrected = rebuild(r.facts, SourceInfo(published="2025-06-06"), {fig.key: Decision("correct", 8)})
    claim = next(c for c in corrected["claims"] if c.get("count") == 8)
    assert claim["quote"] in r.article.text  # the quote stays the article's
    op, problems = preview(corrected)
    assert op is not None and problems == [] and op.is_draft


def test_the_article_is_shown_with_every_drafted_figure_marked(page):
    from opsatlas.draft.review import marked_article

    text = "Spanish police arrested 20 people in 12 countries.\nSeven suspects were arrested in Madrid. Officers were 40."
    r = draft_from_bytes(text.encode(), SourceInfo(published="2025-06-06"))
    paragraphs = marked_article(r.article.text, candidates(r.facts))
    assert len(paragraphs) == 2
    assert [t for p in paragraphs for t, mark in p if mark] == ["20", "12", "Seven"]  # not the 40 officers
    assert "".join(t for p in paragraphs for t, _ in p) == r.article.text.replace("\n", "")
    # on the page: the whole article, figures in bold, its markup escaped
    expander = next(e for e in page.expander if "every drafted figure" in e.label)
    shown = " ".join(m.value for m in expander.markdown)
    assert "**20**" in shown and "**seven**" in shown and "<script>" not in shown and "\\<script\\>" in shown
