"""Shared Streamlit plumbing: caches keyed on the records' content, Markdown escaping, URL choices.

The `opsatlas.ui` package is the only place that imports Streamlit. Record text is untrusted: it
reaches the page only as plain text (st.text, dataframes, text tooltips) or as Markdown escaped
by `md`; never as raw HTML.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path
from typing import Any

import pandas as pd
import streamlit as st
from pydeck import Deck
from streamlit.delta_generator import DeltaGenerator

from ..catalogue.store import Catalogue, RecordStore
from ..maps import build_deck
from ..maps.deck import label_frame
from ..maps.labels import unplaced_labels
from ..reconcile import Window
from ..records.schema import Operation
from ..timeline import phases_chart, with_now
from ..view import OperationView, build_view


def enter_via_navigation() -> None:
    """Make a deep link to a page work on a fresh server.

    With a `pages/` folder next to app.py, Streamlit starts every process in its legacy
    multipage mode: until someone opens "/", a link such as /compare runs pages/compare.py on
    its own, without app.py's navigation and page setup. Each page calls this first; under the
    legacy mode it switches Streamlit to app.py's navigation and reruns, so the link opens the
    page as app.py defines it.
    """
    from streamlit.runtime.pages_manager import PagesManager

    if PagesManager.uses_pages_directory:
        PagesManager.uses_pages_directory = False
        st.rerun()

_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~$&:])")

def md(text: str) -> str:
    """Record text made inert for st.markdown: every Markdown and HTML character escaped."""
    return _MD_SPECIAL.sub(r"\\\1", text).replace("\n", " ")

def md_link(label: str, url: str | None) -> str:
    if not url:
        return md(label)
    safe_url = url.replace("(", "%28").replace(")", "%29").replace(" ", "%20")
    return f"[{md(label)}]({safe_url})"

@st.cache_resource(show_spinner=False, max_entries=8)
def _catalogue(folder: str, stamps: tuple[tuple[str, int, int, int, str], ...]) -> Catalogue:
    # Keyed on every file's stat: a rerun reads no file; the store re-parses only a changed one.
    return RecordStore(Path(folder)).load_all()

def catalogue() -> Catalogue:
    """The records, and in the sidebar of every page, the files that could not be loaded."""
    store = RecordStore()
    stamps = tuple((s.name, s.size, s.mtime_ns, s.inode, s.error) for s in store.stamps())
    cat = _catalogue(str(store.folder), stamps)
    show_problems(cat)
    return cat

@st.cache_resource(show_spinner=False, max_entries=128)
def _view(fingerprint: str, operation_id: str, metric: str, as_of: date | None, window: Window | None,
          _catalogue: Catalogue) -> OperationView:
    return build_view(_catalogue.records[operation_id], metric, as_of, window)

@st.cache_resource(show_spinner=False, max_entries=64)
def _timeline_spec(fingerprint: str, operation_id: str, highlight: tuple[str, ...],
                   marks: tuple[tuple[date, date, str], ...], window: Window | None,
                   _catalogue: Catalogue) -> dict:
    # Altair validates its spec on every to_dict (50-200 ms): cache it per record and linking, and
    # not per replay day, which only moves one rule (`with_now`).
    chart = phases_chart(_catalogue.records[operation_id], highlight=highlight, marks=marks, window=window,
                         brush=True)
    return chart.to_dict()

@st.cache_resource(show_spinner=False, max_entries=128)
def _deck(record_hash: str, operation_id: str, map_metric: str, as_of: date | None, window: Window | None,
          precision: str, selected: str | None, position: tuple[float, float, float] | None,
          _view: OperationView) -> Deck:
    deck = build_deck(_view, precision=precision, selected=selected, position=position)
    deck.to_json()  # serialized once, here
    return deck


def deck_for(cat: Catalogue, view: OperationView, window: Window | None, precision: str = "any",
             selected: str | None = None, position: tuple[float, float, float] | None = None) -> Deck:
    """The world map for this view, built and serialized once per record version and view."""
    return _deck(cat.hashes[view.record.id], view.record.id, view.map_metric, view.as_of, window, precision,
                 selected, position, view)


@st.cache_resource(show_spinner=False, max_entries=128)
def _unplaced(record_hash: str, operation_id: str, map_metric: str, as_of: date | None, window: Window | None,
              precision: str, zoom: float, frame: tuple[float, float, float, float],
              _view: OperationView) -> list[tuple[str, str]]:
    return unplaced_labels(_view, zoom, precision=precision, frame=frame)


def unplaced_for(cat: Catalogue, view: OperationView, window: Window | None, deck: Deck, precision: str = "any",
                 position: tuple[float, float, float] | None = None) -> list[tuple[str, str]]:
    """The figures whose label does not fit on the world map at the deck's initial view (the same
    frame the deck's labels were placed in)."""
    initial = deck.initial_view_state
    return _unplaced(cat.hashes[view.record.id], view.record.id, view.map_metric, view.as_of, window, precision,
                     float(initial.zoom), label_frame(initial, position), view)


def operation_view(cat: Catalogue, operation_id: str, metric: str, as_of: date | None = None,
                   window: Window | None = None) -> OperationView:
    return _view(cat.hashes[operation_id], operation_id, metric, as_of, window, cat)


def timeline_spec(cat: Catalogue, operation_id: str, highlight: tuple[str, ...] = (),
                  marks: tuple[tuple[date, date, str], ...] = (), now: date | None = None,
                  window: Window | None = None) -> dict:
    return with_now(_timeline_spec(cat.hashes[operation_id], operation_id, highlight, marks, window, cat), now)

def show_problems(cat: Catalogue) -> None:
    if cat.problems:
        files = cat.bad_files
        st.sidebar.warning(f"{len(files)} record file(s) could not be loaded and are left out: "
                           + md(", ".join(Path(f).name for f in files[:5])) + (" …" if len(files) > 5 else ""))
        with st.sidebar.expander(f"{len(cat.problems)} problem(s) in the record files", expanded=False):
            st.caption("These files were not loaded. Fix them, or run `python -m opsatlas validate`.")
            st.code("\n".join(str(p) for p in cat.problems), language=None, wrap_lines=True)

def show_no_records(folder: str) -> None:
    st.title("Operations Atlas")
    st.error(f"No valid operation records in {folder}. Add a record (see data/README.md) or set OPSATLAS_DATA_DIR.")

def _records(cat: Catalogue, ids: list[str]) -> list[Operation]:
    return [cat.records[i] for i in ids if i in cat.records]

#: A draft handed from "Add an operation" to the editor: (file name, YAML bytes), for this session only.
HANDOFF = "draft-handoff"

#: The operation last chosen, kept for the page links (so ?op= follows the reader from page to page).
LAST_OP = "last-op"


def operation_ids(cat: Catalogue) -> list[str]:
    """Operation ids in the order every chooser lists them: by title, A to Z (then by id)."""
    return sorted(cat.records, key=lambda i: (cat.titles[i].casefold(), i))


def nav_links(container: Any, pages: list[Any]) -> None:
    """Links to every page, carrying the chosen operation (`?op=`) along: the one in the URL,
    else the one last chosen in this session."""
    op = st.query_params.get("op") or st.session_state.get(LAST_OP)
    if isinstance(op, str) and op:
        st.session_state[LAST_OP] = op
    for page in pages:
        container.page_link(page, query_params={"op": op} if isinstance(op, str) and op else None)
    container.divider()


def choose_operations(cat: Catalogue, label: str = "Operations") -> list[str]:
    """A multiselect of operations, kept in the URL as ?ops=a,b (unknown ids are dropped)."""
    ids = operation_ids(cat)
    raw = st.query_params.get("ops")
    wanted = list(dict.fromkeys(i for i in (raw.split(",") if raw else ids) if i in ids)) or ids
    titles = cat.titles
    chosen = st.multiselect(label, ids, default=wanted, format_func=lambda i: titles[i], key="ops")
    st.query_params["ops"] = ",".join(chosen)
    return chosen


def url_multiselect(container: DeltaGenerator, label: str, options: list[str], key: str, **kwargs: Any) -> list[str]:
    """A multiselect whose choice lives in the URL as ?key=a,b; values not among the options are dropped."""
    raw = st.query_params.get(key)
    wanted = list(dict.fromkeys(v for v in raw.split(",") if v in options)) if raw else []
    chosen = container.multiselect(label, options, default=wanted, key=key, **kwargs)
    if chosen:
        st.query_params[key] = ",".join(chosen)
    else:
        st.query_params.pop(key, None)
    return list(chosen)


def url_text(container: DeltaGenerator, label: str, key: str, max_chars: int = 200) -> str:
    """A text input kept in the URL as ?key=...; longer values are cut to `max_chars`."""
    raw = (st.query_params.get(key) or "")[:max_chars]
    text = container.text_input(label, value=raw, key=key, max_chars=max_chars)
    if text:
        st.query_params[key] = text
    else:
        st.query_params.pop(key, None)
    return str(text)


#: Rows sent to the browser per table page: a record of 5,000 town figures once sent 2 MB of
#: table with every rerun.
PAGE_ROWS = 250


def paged_dataframe(frame: pd.DataFrame, key: str, **kwargs: Any) -> None:
    """st.dataframe of at most PAGE_ROWS rows, with a page chooser when there are more.
    The full table is always in the downloads; what is on the page says which rows it shows."""
    if len(frame) <= PAGE_ROWS:
        st.dataframe(frame, **kwargs)
        return
    pages = (len(frame) + PAGE_ROWS - 1) // PAGE_ROWS
    page = int(st.number_input(f"Page (of {pages})", min_value=1, max_value=pages, value=1, step=1,
                               key=f"page-{key}"))
    start = (page - 1) * PAGE_ROWS
    end = min(start + PAGE_ROWS, len(frame))
    st.caption(f"Rows {start + 1:,}–{end:,} of {len(frame):,}.")
    st.dataframe(frame.iloc[start:end], **kwargs)
