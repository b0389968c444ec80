"""The map page: the view's state from the URL, the linked controls, the replay fragment, the map and
the timeline."""


from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

import streamlit as st

from ..alttext import map_alt_text, timeline_alt_text
from ..explore import country_events, phase_window, phases_of_country, replay_steps
from ..frames import countries_table
from ..geo.gazetteer import country_name
from ..maps import legend_svg
from ..panel import count_phrase, measures_of
from ..publish.options import DRAW_PRECISIONS
from ..reconcile import Window
from ..records.dates import human
from ..records.schema import Operation
from ..catalogue.store import Catalogue
from ..timeline import phase_table
from ..urlstate import ExploreState, from_query, to_query
from ..view import MAP_METRICS, OperationView, metrics_of, primary_metric
from .common import (
    LAST_OP,
    deck_for,
    md,
    md_link,
    operation_ids,
    operation_view,
    paged_dataframe,
    timeline_spec,
    unplaced_for,
)
from .export import show_export_panel
from .panels import (
    show_cases_and_links,
    show_close_up,
    show_coordinators,
    show_country,
    show_disputes,
    show_header,
    show_headline,
    show_remainder,
    show_tables,
)

COUNTING = {"happened": "what had happened by then (with hindsight)", "reported": "what had been reported by then"}

PRECISION_LABELS = DRAW_PRECISIONS

def _steps(op: Operation) -> list[date]:
    return [s.day for s in replay_steps(op)]

def _countries(op: Operation) -> list[str]:
    codes = {p.country for p in op.places if p.country} | {c for ph in op.phases for c in ph.countries}
    return sorted(codes)

def explore_state(cat: Catalogue) -> ExploreState | None:
    """Read the view from the URL (a notice for anything unusable), show the sidebar controls,
    write the view back to the URL. None when there are no records."""
    if not cat.records:
        return None
    last = st.session_state.get(LAST_OP)
    default_op = (last if last in cat.records else "vibora-2025" if "vibora-2025" in cat.records
                  else operation_ids(cat)[0])
    state, notices = from_query(st.query_params.to_dict(), cat.records, default_op, metrics_of, primary_metric,
                                 _steps, _countries)
    for notice in notices:
        st.toast(notice)
    if notices:
        st.caption("Some values in the link could not be used: " + md(" ".join(notices)))
    ids = operation_ids(cat)
    titles = cat.titles
    op_id = st.sidebar.selectbox("Operation", ids, index=ids.index(state.op), key="operation",
                                 format_func=lambda i: titles[i], help="Listed by name, A to Z.")
    st.session_state[LAST_OP] = op_id
    op = cat.records[op_id]
    if op_id != state.op:
        state = ExploreState(op=op_id, metric=primary_metric(op))
    metrics = metrics_of(op)
    metric = st.sidebar.radio("Shade countries by", metrics, index=metrics.index(state.metric),
                              key=f"metric-{op_id}", format_func=MAP_METRICS.__getitem__)
    mode = st.sidebar.radio("Count", list(COUNTING), index=list(COUNTING).index(state.mode), key=f"mode-{op_id}",
                            format_func=COUNTING.__getitem__,
                            help="Replay by what had happened (using everything the sources later said) or by "
                                 "what had been reported on each day.")
    phases = [None] + [ph.id for ph in op.phases]
    phase_names = {ph.id: ph.name for ph in op.phases}
    phase = st.sidebar.selectbox("Show one phase's stretch", phases, index=phases.index(state.phase),
                                 key=f"phase-{op_id}",
                                 format_func=lambda p: "the whole investigation" if p is None else phase_names[p])
    precision = st.sidebar.selectbox("Draw figures placed to at least", list(PRECISION_LABELS),
                                     index=list(PRECISION_LABELS).index(state.precision), key=f"prec-{op_id}",
                                     format_func=PRECISION_LABELS.__getitem__)
    countries = [None] + _countries(op)
    clicked = _clicked_country(op_id, countries)
    if clicked is not None:
        st.session_state[f"country-{op_id}"] = clicked
    country = st.sidebar.selectbox("Country", countries, index=countries.index(state.country),
                                   key=f"country-{op_id}",
                                   format_func=lambda c: "none (click a country on the map)" if c is None
                                   else country_name(c))
    state = replace(state, metric=metric, mode=mode, phase=phase, precision=precision, country=country)
    brushed = _brushed_stretch(op_id)
    if brushed == "clear":
        state = replace(state, start=None, end=None)
    elif isinstance(brushed, tuple):
        state = replace(state, start=brushed[0], end=brushed[1])
    return state

def _brushed_stretch(op_id: str) -> tuple[date, date] | str | None:
    """The stretch dragged on the timeline since the last run: (from, to), 'clear', or None.
    The payload comes from the browser: only epoch milliseconds between 1900 and 2100 are used."""
    event: Any = st.session_state.get(f"timeline-{op_id}")  # the browser's payload: any shape
    try:
        sel = event["selection"]["stretch"]
    except (KeyError, TypeError):
        return None
    marker = f"brushed-{op_id}"
    seen = repr(sel)
    if st.session_state.get(marker) == seen:
        return None
    st.session_state[marker] = seen
    values = sel.get("start") if isinstance(sel, dict) else None
    if not values:
        return "clear"
    try:
        lo, hi = (date.fromtimestamp(float(v) / 1000) for v in values[:2])
    except (TypeError, ValueError, OverflowError, OSError):
        return None
    lo, hi = min(lo, hi), max(lo, hi)
    return (lo, hi) if date(1900, 1, 1) <= lo and hi <= date(2100, 12, 31) else None

def _clicked_country(op_id: str, valid: list[str | None]) -> str | None:
    """The country clicked on the map since the last run, if any. The payload comes from the
    browser, so only a code among this operation's countries is accepted."""
    iso3 = _picked_iso3(st.session_state.get(f"map-{op_id}"))
    if iso3 is None:
        return None
    marker = f"clicked-{op_id}"
    if not isinstance(iso3, str) or iso3 not in valid or st.session_state.get(marker) == iso3:
        return None
    st.session_state[marker] = iso3
    return iso3

def _picked_iso3(event: Any) -> str | None:
    """The country of the object clicked on the map: a country, or a province ring or town dot.
    `event` is the browser's payload, of any shape."""
    try:
        objects = event["selection"]["objects"]
    except (KeyError, TypeError):
        return None
    for layer, path in (("countries-figures", ("properties", "iso3")), ("arrests-subdivisions", ("iso3",)),
                        ("arrests-points", ("iso3",))):
        try:
            value = objects[layer][0]
            for step in path:
                value = value[step]
        except (KeyError, IndexError, TypeError):
            continue
        if isinstance(value, str):
            return value
    return None

def window_of(op: Operation, state: ExploreState) -> Window | None:
    if state.start is not None and state.end is not None:
        return Window(state.start, state.end)
    if state.phase is not None:
        return phase_window(op, state.phase)
    if state.step is not None and state.mode == "happened":
        return Window(None, state.step)
    return None

def show_explore(cat: Catalogue, state: ExploreState) -> None:
    """The header and headline for the whole record, then the replayable part as a fragment:
    a replay step reruns and resends only the fragment, never the whole page."""
    full = operation_view(cat, state.op, state.metric)
    show_header(full)
    playing = bool(st.session_state.get("playing"))
    st.fragment(_explore_body, run_every=1.5 if playing else None)(cat, state)
    show_tables(full)
    show_coordinators(full)
    show_cases_and_links(full)

def _toggle_play(key: str, options: list[str]) -> None:
    playing = not st.session_state.get("playing", False)
    st.session_state["playing"] = playing
    if playing and st.session_state.get(key) == options[-1]:
        st.session_state[key] = options[0]  # from the end, start again: the next run moves to the first stop

def _new_selection(op_id: str) -> bool:
    """Whether a map click or a timeline drag arrived since it was last read. Both charts live in
    the fragment, so their events rerun only the fragment; the sidebar state must rerun the app."""
    clicked = _picked_iso3(st.session_state.get(f"map-{op_id}"))
    if clicked is not None and st.session_state.get(f"clicked-{op_id}") != clicked:
        return True
    try:
        stretch = st.session_state[f"timeline-{op_id}"]["selection"]["stretch"]
    except (KeyError, TypeError):
        return False
    seen = st.session_state.get(f"brushed-{op_id}")
    if seen is None and not (isinstance(stretch, dict) and stretch.get("start")):
        # The chart's empty selection after its first run is no drag: rerunning the whole page for
        # it made the first replay step after a page load as slow as the first load.
        return False
    return seen != repr(stretch)

def _explore_body(cat: Catalogue, state: ExploreState) -> None:
    op = cat.records[state.op]
    if _new_selection(state.op):
        st.rerun()
    steps = replay_steps(op)
    options = ["all"] + [s.day.isoformat() for s in steps]
    labels = {s.day.isoformat(): s.label for s in steps}
    key = f"step-{state.op}"
    if key not in st.session_state:
        st.session_state[key] = state.step.isoformat() if state.step else "all"
    if st.session_state.get("playing"):
        i = options.index(st.session_state[key]) if st.session_state[key] in options else 0
        if i + 1 < len(options):
            st.session_state[key] = options[i + 1]
        else:
            st.session_state["playing"] = False
            st.rerun()
    slider, button = st.columns([5, 1], vertical_alignment="bottom")
    step_text = slider.select_slider(
        "Replay the investigation", options, key=key, disabled=state.phase is not None or state.start is not None,
        format_func=lambda v: "everything" if v == "all" else human(v),
        help="Each stop is a day when a phase starts or ends or figures were reported.")
    button.button("Stop" if st.session_state.get("playing") else "Play", key="play",
                  on_click=_toggle_play, args=(key, options), disabled=state.phase is not None, width="stretch")
    state = replace(state, step=None if step_text == "all" else date.fromisoformat(step_text))
    st.query_params.from_dict(to_query(state, primary_metric(op)))
    window = window_of(op, state)
    as_of = state.step if state.mode == "reported" else None
    view = operation_view(cat, state.op, state.metric, as_of, window)
    # The headline belongs to the same moment as the map below it (every stated count, not only the map's).
    show_headline(view, [view.figures if m == view.metric else operation_view(cat, state.op, m, as_of, window).figures
                         for m in measures_of(view)] or [view.figures])
    if state.start is not None:
        st.caption(f"Showing the stretch dragged on the timeline ({md(window.label() if window else '')}); "
                   "double-click the timeline to clear it.")
    elif state.phase is not None:
        st.caption(f"Showing the stretch of one phase ({md(window.label() if window else 'undated')}); "
                   "choose 'the whole investigation' to replay.")
    elif state.step is not None:
        st.caption(f"**{md(human(step_text))}**: {md(labels.get(step_text, ''))}. Counting "
                   f"{md(COUNTING[state.mode])}.")
    show_map_panel(cat, view, state, window)
    show_export_panel(cat, view, state, window)

def show_map_panel(cat: Catalogue, view: OperationView, state: ExploreState, window: Window | None) -> None:
    """Map and timeline on the left; what is unplaced, the selected country, the close-up and the
    disputes beside them. On a phone the columns stack: map first, then timeline."""
    left, right = st.columns([2, 1], gap="medium")
    with left:
        show_map(cat, view, state, window)
        show_timeline(cat, view, state, window)
    with right:
        show_remainder(view)
        if state.country:
            show_country(view, state.country)
        show_close_up(view)
        show_disputes(view)

def show_map(cat: Catalogue, view: OperationView, state: ExploreState, window: Window | None) -> None:
    position = (state.lat, state.lon, state.zoom) \
        if state.lat is not None and state.lon is not None and state.zoom is not None else None  # set together
    deck = deck_for(cat, view, window, precision=state.precision, selected=state.country,
                    position=position)
    st.pydeck_chart(deck, height=520, key=f"map-{view.record.id}", on_select="rerun",
                    selection_mode="single-object")
    st.caption("Click a country to see its figures and sources; the map position in a shared link comes "
               "from its lat, lon and zoom values.")
    show_unplaced(unplaced_for(cat, view, window, deck, state.precision, position))
    st.image(legend_svg(view))  # an SVG image: st.html strips SVG markup
    undrawn = [c.name for c in view.figures.countries if not c.drawn]
    if undrawn:
        st.caption("Not drawn at this scale (listed in the table): " + md(", ".join(undrawn)))
    st.markdown("**Map description (alt text)**")
    st.text(map_alt_text(view, precision=state.precision, selected=state.country))
    with st.expander("The map as a table"):
        paged_dataframe(countries_table(view), "map-table", hide_index=True, width="stretch")

def show_unplaced(unplaced: list[tuple[str, str]]) -> None:
    """The figures the map could not label at its first view, as a numbered list (every one is
    also in the tooltips and the table)."""
    if not unplaced:
        return
    lines = "\n".join(f"{i}. {md(text)}" for i, (_, text) in enumerate(unplaced, 1))
    what = count_phrase(len(unplaced), "label does", "labels do")
    st.markdown(f"**{what} not fit on the map at this zoom** (zoom in, hover, or see the table):\n\n{lines}")


def show_timeline(cat: Catalogue, view: OperationView, state: ExploreState, window: Window | None) -> None:
    op = view.record
    st.subheader("How the investigation unfolded")
    highlight = tuple(phases_of_country(op, state.country, view)) if state.country else ()
    marks = tuple(country_events(op, state.country, view)) if state.country else ()
    fixed = state.phase is not None or state.start is not None
    now = None if fixed else state.step
    spec = timeline_spec(cat, op.id, highlight, marks, now, window if fixed else None)
    st.vega_lite_chart(spec, width="stretch", height="content", key=f"timeline-{op.id}",
                       on_select="rerun", selection_mode="stretch")
    st.caption("Drag across the timeline to show that stretch on the map.")
    st.text(timeline_alt_text(op, highlight=highlight, now=now, window=window if fixed else None))
    with st.expander("The timeline as a table"):
        st.dataframe(phase_table(op).rename(columns={"note": "as reported"}), hide_index=True, width="stretch")
    for ph in op.phases:
        when = ph.start_as_reported or (human(ph.start) if ph.start else "start not reported")
        with st.expander(f"{md(ph.name)} — {md(when)}"):
            st.text(ph.description)
            for ev in ph.evidence:
                src = op.source(ev.source)
                st.markdown(f"{md_link(src.publisher, src.url)}: “{md(ev.quote)}”")
