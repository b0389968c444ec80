"""The map page's export panel: exactly the current view as PNG, SVG, PDF or HTML, with a permalink."""


from __future__ import annotations

import html
from datetime import date
from functools import partial

import streamlit as st

from ..publish.options import SNAPSHOT_FORMATS, SnapshotOptions
from ..reconcile import Window
from ..catalogue.store import Catalogue
from ..urlstate import ExploreState, to_query
from ..view import OperationView, primary_metric
from .common import md


@st.cache_resource(show_spinner=False, max_entries=32)
def _snapshot(fingerprint: str, operation_id: str, metric: str, as_of: date | None, window: Window | None,
              precision: str, preset: str, fmt: str, _view: OperationView, _options: SnapshotOptions) -> bytes:
    # Keyed on everything that shapes the image, so a rerun of the page never redraws it.
    from ..publish import snapshot_bytes

    return snapshot_bytes(_view, _options, fmt)

def show_export_panel(cat: Catalogue, view: OperationView, state: ExploreState, window: Window | None) -> None:
    """Exports of exactly the current view: preview, downloads, an iframe snippet and a permalink."""
    from ..publish import PRESETS, SnapshotOptions

    with st.expander("Export this view: PNG, SVG, PDF or an HTML embed"):
        preset = st.radio("Size", list(PRESETS), horizontal=True, key=f"preset-{view.record.id}",
                          format_func=lambda p: f"{p} {PRESETS[p].width}×{PRESETS[p].height}",
                          help="Text is sized for where each is shown: "
                               + "; ".join(f"{name}: {p.where}" for name, p in PRESETS.items()) + ".")
        options = SnapshotOptions.for_preset(preset, metric=view.metric,
                                             as_of=state.step if state.mode == "reported" else None,
                                             phase=state.phase, precision=state.precision)
        as_of = options.as_of

        def snapshot_bytes(_view: OperationView, _options: SnapshotOptions, fmt: str) -> bytes:
            return _snapshot(cat.hashes[view.record.id], view.record.id, view.metric, as_of, window, state.precision, preset,
                             fmt, view, options)

        # The preview is opt-in: an SVG of about 150 KB would otherwise travel with every rerun and replay step.
        if st.toggle("Preview", key=f"preview-{view.record.id}"):
            try:
                svg = snapshot_bytes(view, options, "svg")
            except ValueError as exc:
                st.warning(f"This view cannot be exported: {md(str(exc))}")
                return
            st.image(svg.decode("utf-8"), width="stretch", caption="Preview (the SVG export)")
        cols = st.columns(len(SNAPSHOT_FORMATS))
        stem = f"{view.record.id}-{preset}"
        for col, (fmt, mime) in zip(cols, SNAPSHOT_FORMATS.items()):
            col.download_button(fmt.upper(), data=partial(snapshot_bytes, view, options, fmt),
                                file_name=f"{stem}.{fmt}", mime=mime, key=f"snap-{fmt}-{view.record.id}",
                                width="stretch", on_click="ignore")
        query = "&".join(f"{k}={v}" for k, v in to_query(state, primary_metric(view.record)).items())
        base = str(getattr(st.context, "url", "") or "").split("?")[0]
        permalink = f"{base}?{query}" if base else f"?{query}"
        # Plain text to select and copy: st.code would load a 1.5 MB syntax highlighter for two lines.
        st.markdown("**Permalink to this view**")
        st.text(permalink)
        st.markdown("**Embed**: save the HTML file next to the article, then")
        # Pasted into someone's page: the title is HTML-escaped for an attribute, not Markdown-escaped.
        st.text(f'<iframe src="{stem}.html" title="{html.escape(view.record.title, quote=True)} map" '
                f'width="100%" height="{options.height * 0.62:.0f}" style="border:0" loading="lazy"></iframe>')
