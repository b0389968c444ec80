"""The "Add an operation" page: paste an article (or upload the saved page), review the drafted
facts one by one, watch the map, timeline and headline follow, and download the draft record.

Article and record text are untrusted: sentences are shown through `md` (every Markdown and HTML
character escaped), the highlighted figure in bold around escaped text, never as HTML. The
drafting and the rebuilding are `opsatlas.draft`'s; this module only draws widgets.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import streamlit as st

from ..draft import ArticleError, SourceInfo, draft_from_article, to_yaml
from ..draft.facts import Facts
from ..draft.review import Candidate, Decision, candidates, marked_article, preview, rebuild, segments
from ..draft.text import article_from_bytes, guess_language
from ..maps import build_deck
from ..panel import headline_figures
from ..timeline import phases_chart
from ..view import build_view
from .common import HANDOFF, md
from .panels import show_disputes, show_headline

KINDS = ["agency_statement", "wire", "newspaper", "broadcaster", "relay", "rewrite"]
_TITLES = {
    "figure": "Figures",
    "country": "Countries and their roles",
    "place": "Towns and provinces",
    "coordinator": "Coordinating bodies",
    "phase": "Phases",
}


@dataclass(frozen=True)
class _Draft:
    text: str
    info: SourceInfo
    facts: Facts


def _inputs() -> tuple[bytes | None, str, SourceInfo | None]:
    st.title("Add an operation")
    st.caption(
        "Paste a news article or upload the saved page. The draft lists every figure, country, place, "
        "body and phase the article states, each with its sentence; nothing it does not state is filled in."
    )
    text = st.text_area("Article text", key="add_text", height=200, max_chars=200_000)
    upload = st.file_uploader(
        "…or a saved page (.html) or text file (.txt)", type=["html", "htm", "txt"], key="add_file"
    )
    c1, c2, c3 = st.columns(3)
    url = c1.text_input("Address (URL)", key="add_url", max_chars=2000)
    title = c2.text_input("Headline", key="add_title", max_chars=300)
    publisher = c3.text_input("Publisher", key="add_publisher", max_chars=300)
    c4, c5, c6 = st.columns(3)
    published = c4.text_input("Published (YYYY-MM-DD)", key="add_published", max_chars=10)
    lang = c5.selectbox("Language", ["guess", "en", "es"], key="add_lang")
    kind = c6.selectbox("Kind of source", ["not given"] + KINDS, key="add_kind")
    raw = upload.getvalue() if upload is not None else (text.encode("utf-8") if text.strip() else None)
    problems = []
    if url and not url.startswith(("http://", "https://")):
        problems.append("The address must start with http:// or https://.")
    if published:
        from ..records.dates import parse_partial

        try:
            parse_partial(published)
        except ValueError as exc:
            problems.append(str(exc))
    for p in problems:
        st.error(md(p))
    info = (
        None
        if problems
        else SourceInfo(
            url=url or None,
            title=title or None,
            publisher=publisher or None,
            published=published or None,
            language=lang,
            kind=None if kind == "not given" else kind,
        )
    )
    return raw, upload.name if upload is not None else "pasted text", info


def _draft(raw: bytes, name: str, info: SourceInfo) -> _Draft | None:
    try:
        article = article_from_bytes(raw, name)
    except ArticleError as exc:
        st.error(md(str(exc)))
        return None
    if info.language == "guess":
        info = SourceInfo(info.url, info.title, info.publisher, info.published, guess_language(article.text), info.kind)
    result = draft_from_article(article, info)
    for note in article.notes:
        st.warning(md(note))
    return _Draft(article.text, info, result.facts)


def _review(d: _Draft) -> dict[str, Decision]:
    decisions: dict[str, Decision] = {}
    cands = candidates(d.facts)
    if not cands:
        st.info("No figures, countries, places, bodies or phases found in this article.")
    with st.expander("The article, with every drafted figure in bold"):
        st.caption("A number that is not in bold was not drafted: check whether the article gives a figure there.")
        for paragraph in marked_article(d.text, cands):
            st.markdown("".join(f"**{md(t)}**" if mark else md(t) for t, mark in paragraph))
    for kind, title in _TITLES.items():
        group = [c for c in cands if c.kind == kind]
        if not group:
            continue
        st.subheader(title)
        for c in group:
            decisions[c.key] = _candidate(d.text, c)
    return decisions


def _candidate(text: str, c: Candidate) -> Decision:
    before, mark, after = segments(text, c)
    box = st.container(border=True)
    box.markdown(f"**{md(c.label)}**")
    box.markdown("> " + md(before) + (f"**{md(mark)}**" if mark else "") + md(after))
    options = ["accept", "correct", "reject"] if c.kind == "figure" else ["accept", "reject"]
    action = box.radio("Decision", options, key=f"add_dec_{c.key}", horizontal=True, label_visibility="collapsed")
    if action == "correct":
        value = box.number_input("Corrected number", min_value=0.0, value=float(c.value or 0), key=f"add_val_{c.key}")
        return Decision("correct", value)
    return Decision(action)


def _show_preview(record: dict[str, Any]) -> None:
    st.header("The operation as drafted")
    op, problems = preview(record)
    if op is None:
        st.warning("The draft cannot be drawn yet: " + md("; ".join(p.message for p in problems[:5])))
        return
    try:
        view = build_view(op)
        figures = headline_figures(view)
    except ValueError as exc:
        st.warning(md(f"The draft cannot be drawn yet: {exc}"))
        return
    show_headline(view, figures)
    st.pydeck_chart(build_deck(view), height=420, key="add_map")
    if op.phases:
        st.vega_lite_chart(phases_chart(op).to_dict(), width="stretch", key="add_timeline")
    else:
        st.caption("No dated phase in the article: no timeline.")
    show_disputes(view)


def _request_draft() -> None:
    # A callback, not the button's return value: the page may rerun once on entry
    # (`enter_via_navigation`), and a button's True would be spent on that first pass.
    st.session_state["add_requested"] = True


def show_add_page() -> None:
    raw, name, info = _inputs()
    st.button(
        "Draft the record", key="add_go", type="primary", disabled=raw is None or info is None, on_click=_request_draft
    )
    if st.session_state.pop("add_requested", False) and raw is not None and info is not None:
        st.session_state["add_draft"] = _draft(raw, name, info)
    d: _Draft | None = st.session_state.get("add_draft")
    if d is None:
        return
    decisions = _review(d)
    record = rebuild(d.facts, d.info, decisions)
    _show_preview(record)
    st.download_button(
        "Download the draft record (YAML)",
        to_yaml(record),
        file_name=f"{record['id']}.yaml",
        mime="application/x-yaml",
        key="add_download",
    )
    if st.button("Open it in the editor to save", key="add_handoff",
                 help="Signed-in editors import it there, see the diff and save; nothing is written before."):
        st.session_state[HANDOFF] = (f"{record['id']}.yaml", to_yaml(record).encode("utf-8"))
        st.session_state[f"{HANDOFF}-fresh"] = True
        st.switch_page("pages/edit.py")
    st.caption(
        "Save the file in data/operations/ (or hand it to the editor); `python -m opsatlas validate` "
        "lists every unreviewed item until a curator has checked it."
    )
