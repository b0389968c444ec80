"""The map page: one operation on the world map, its figures, disputes and timeline."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import streamlit as st

from ..alttext import map_alt_text, timeline_alt_text
from ..explore import country_events, country_figures, phase_window, phases_of_country, replay_steps
from ..frames import countries_table, figures_table, places_table
from ..geo.distance import distance_km
from ..geo.gazetteer import country_name
from ..maps import build_deck, close_up_country, legend_svg
from ..reconcile import Window
from ..records.dates import human
from ..records.schema import METRIC_LABELS, Operation
from ..records.store import Catalogue
from ..summary import headline_text
from ..timeline import phase_segments
from ..urlstate import ExploreState, from_query, to_query
from ..view import MAP_METRICS, OperationView, metrics_of, primary_metric
from .common import md, md_link, operation_view, timeline_spec


def show_header(view: OperationView) -> None:
    op = view.record
    st.title(op.title)
    st.caption(md(op.summary))
    if view.as_of is not None:
        st.info(f"As reported by **{md(human(view.as_of.isoformat()))}**: only figures reported on or before that day; "
                "a later running total replaces an earlier one.")

def _sources_line(view: OperationView, source_ids: tuple[str, ...]) -> str:
    return "; ".join(md_link(view.record.source(s).publisher, view.record.source(s).url) for s in source_ids)

def show_headline(view: OperationView, suspects: OperationView) -> None:
    """The headline totals as the sources state them (disputed totals show every value), with sources."""
    a, s = view.figures, suspects.figures
    label = METRIC_LABELS[view.metric].capitalize()
    items = [(label, a, a.headline["total"]), ("Countries with " + METRIC_LABELS[view.metric], None, a.headline["countries"]),
             ("Further suspects identified", s, s.headline["total"]), ("Countries with suspects", None, s.headline["countries"])]
    for col, (name, fig_set, fig) in zip(st.columns(4), items):
        value = headline_text(fig_set) if fig_set is not None else (fig.text if fig is not None else "not stated")
        if value.endswith(" (disputed)"):  # keep the number short; the label says it is disputed
            name, value = f"{name} (disputed)", value.removesuffix(" (disputed)")
        col.metric(name, value)
    lines = []
    for name, fig_set, fig in items:
        if fig is not None:
            lines.append(f"**{md(name)}**: {md(fig.text)} — {_sources_line(view, fig.sources)}")
        elif fig_set is not None and fig_set.disputed_totals:
            alts = "; ".join(f"{md(f.text)} — {_sources_line(view, f.sources)}" for f in fig_set.disputed_totals)
            lines.append(f"**{md(name)}**: disputed — {alts}")
    st.markdown("  \n".join(lines))

def show_remainder(view: OperationView) -> None:
    r = view.figures.remainder
    label = METRIC_LABELS[view.figures.metric]
    if r.unattributed is not None:
        st.info(f"**{r.unattributed:,} {md(label)} not attributed to a country.** {md(r.arithmetic)}.")
    else:
        st.info(md(r.arithmetic[:1].upper() + r.arithmetic[1:]))
    for check in view.figures.checks:
        st.caption(f"Check: {md(check)}")

def show_disputes(view: OperationView) -> None:
    for d in view.figures.disputes:
        where = f" ({', '.join(d.countries)})" if d.countries else ""
        st.warning(f"**Disputed: {md(d.title)}**{md(where)}" + (f" — {md(d.note)}" if d.note else ""))
        with st.expander(f"What each source says: {d.title}"):
            for says, src_id, quote in d.positions:
                src = view.record.source(src_id)
                st.markdown(f"- {md(says)} — {md_link(src.publisher, src.url)}: “{md(quote)}”")

def show_tables(view: OperationView) -> None:
    st.subheader("The figures on the map")
    st.dataframe(countries_table(view), hide_index=True, width="stretch")
    places = places_table(view)
    if not places.empty:
        st.dataframe(places, hide_index=True, width="stretch")
    st.subheader("Every figure and its source")
    st.dataframe(
        figures_table(view), hide_index=True, width="stretch",
        column_config={"source": st.column_config.LinkColumn("source", display_text="open source")},
    )

def show_cases_and_links(view: OperationView) -> None:
    op = view.record
    if op.cases:
        st.subheader("Cases described by role")
        st.caption("Roles and legal status only; the records hold no names.")
        for case in op.cases:
            place = view.places[case.place].name
            text = f"{case.role} — {case.legal_status} — {place}"
            if case.allegation:
                text += f": {case.allegation}"
            srcs = ", ".join(md_link(op.source(e.source).publisher, op.source(e.source).url) for e in case.evidence)
            st.markdown(f"- {md(text)} ({srcs})")
    if op.links:
        st.subheader("Links between places")
        for link in op.links:
            srcs = ", ".join(md_link(op.source(e.source).publisher, op.source(e.source).url) for e in link.evidence)
            a, b = view.places[link.from_place], view.places[link.to]
            km = distance_km(a, b)
            far = f" (about {round(km, -2):,.0f} km between the map's anchors)" if km else ""
            st.markdown(f"- {md(a.name)} → {md(b.name)}{md(far)}: {md(link.description)} ({srcs})")

def show_coordinators(view: OperationView) -> None:
    op = view.record
    st.subheader("Who ran it")
    lead = f"Led by {country_name(op.lead_country)}. " if op.lead_country else ""
    st.markdown(md(f"{lead}Crime: {op.crime_description}"))
    for co in op.coordinators:
        srcs = ", ".join(md_link(op.source(e.source).publisher, op.source(e.source).url) for e in co.evidence)
        st.markdown(f"- **{md(co.body)}** ({md(co.kind)}): {md(co.role)} ({srcs})")


# --- The explore view: state from the URL, linked controls, the replay -----------------------------

COUNTING = {"happened": "what had happened by then (with hindsight)", "reported": "what had been reported by then"}
PRECISION_LABELS = {"any": "any precision", "country": "a country or finer", "subdivision": "a province or finer",
                    "point": "a town"}


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
    default_op = "vibora-2025" if "vibora-2025" in cat.records else next(iter(cat.records))
    state, notices = from_query(st.query_params.to_dict(), cat.records, default_op, metrics_of, primary_metric,
                                 _steps, _countries)
    for notice in notices:
        st.toast(notice)
    if notices:
        st.caption("Some values in the link could not be used: " + md(" ".join(notices)))
    ids = list(cat.records)
    op_id = st.sidebar.selectbox("Operation", ids, index=ids.index(state.op), key="operation",
                                 format_func=lambda i: cat.records[i].title)
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
    elif brushed is not None:
        state = replace(state, start=brushed[0], end=brushed[1])
    return state


def _brushed_stretch(op_id: str) -> tuple[date, date] | str | None:
    """The stretch dragged on the timeline since the last run: (from, to), 'clear', or None.
    The payload comes from the browser: only epoch milliseconds between 1900 and 2100 are used."""
    event = st.session_state.get(f"timeline-{op_id}")
    try:
        sel = event["selection"]["stretch"]  # type: ignore[index]
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


def _picked_iso3(event: object) -> str | None:
    """The country of the object clicked on the map: a country, or a province ring or town dot."""
    try:
        objects = event["selection"]["objects"]  # type: ignore[index]
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
    op = cat.records[state.op]
    full = operation_view(cat, state.op, state.metric)
    show_header(full)
    show_headline(full, operation_view(cat, state.op, "suspects_identified"))
    playing = bool(st.session_state.get("playing"))
    st.fragment(_explore_body, run_every=1.5 if playing else None)(cat, state)
    show_tables(full)
    show_coordinators(full)
    show_cases_and_links(full)
    _ = op


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
        brushed = repr(st.session_state[f"timeline-{op_id}"]["selection"]["stretch"])
    except (KeyError, TypeError):
        return False
    return st.session_state.get(f"brushed-{op_id}") != brushed


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
        show_map(view, state)
        show_timeline(cat, view, state, window)
    with right:
        show_remainder(view)
        if state.country:
            show_country(view, state.country)
        show_close_up(view)
        show_disputes(view)


def show_map(view: OperationView, state: ExploreState) -> None:
    position = (state.lat, state.lon, state.zoom) if state.lat is not None else None
    deck = build_deck(view, precision=state.precision, selected=state.country,
                      position=position)  # type: ignore[arg-type]
    st.pydeck_chart(deck, height=520, key=f"map-{view.record.id}", on_select="rerun",
                    selection_mode="single-object")
    st.caption("Click a country to see its figures and sources; the map position in a shared link comes "
               "from its lat, lon and zoom values.")
    st.html(legend_svg(view))
    undrawn = [c.name for c in view.figures.countries if not c.drawn]
    if undrawn:
        st.caption("Not drawn at this scale (listed in the table): " + md(", ".join(undrawn)))
    st.markdown("**Map description (alt text)**")
    st.text(map_alt_text(view, precision=state.precision, selected=state.country))
    with st.expander("The map as a table"):
        st.dataframe(countries_table(view), hide_index=True, width="stretch")


def show_close_up(view: OperationView) -> None:
    focus = close_up_country(view)
    if focus is None:
        return
    name = next((c.name for c in view.figures.countries if c.iso3 == focus), focus)
    st.markdown(f"**Close-up: {md(name)}**")
    st.pydeck_chart(build_deck(view, focus=focus, width=300, height=320), height=320,
                    key=f"map-close-up-{view.record.id}")
    st.caption("Rings: somewhere in the province (the ring is not its border); grey rings: named without "
               "a count. Dots: named towns. A town inside a province is part of the province's figure.")


def show_country(view: OperationView, iso3: str) -> None:
    st.markdown(f"**{md(country_name(iso3))}: every figure and its source**")
    rows = country_figures(view, iso3)
    if rows.empty:
        st.caption("The record places no figure in this country; it appears in a phase or a link.")
        return
    for _, r in rows.iterrows():
        st.markdown(f"- {md(r['figure'])} {md(r['measure'])} — {md(r['place'])} ({md(r['status'])}): "
                    f"“{md(r['quote'])}” — {md_link(r['source'], r['url'] or None)}")
    with st.expander("As a table"):
        st.dataframe(rows, hide_index=True, width="stretch",
                     column_config={"url": st.column_config.LinkColumn("url", display_text="open source")})


def show_timeline(cat: Catalogue, view: OperationView, state: ExploreState, window: Window | None) -> None:
    op = view.record
    st.subheader("How the investigation unfolded")
    highlight = tuple(phases_of_country(op, state.country, view)) if state.country else ()
    marks = tuple(country_events(op, state.country, view)) if state.country else ()
    fixed = state.phase is not None or state.start is not None
    now = None if fixed else state.step
    spec = timeline_spec(cat, op.id, highlight, marks, now, window if fixed else None)
    st.vega_lite_chart(spec, width="stretch", height=int(spec["height"]) + 60, key=f"timeline-{op.id}",
                       on_select="rerun", selection_mode="stretch")
    st.caption("Drag across the timeline to show that stretch on the map.")
    st.text(timeline_alt_text(op, highlight=highlight, now=now, window=window if fixed else None))
    segs = phase_segments(op).drop_duplicates("phase")[["phase", "when", "note"]]
    with st.expander("The timeline as a table"):
        st.dataframe(segs.rename(columns={"note": "as reported"}), hide_index=True, width="stretch")
    for ph in op.phases:
        when = ph.start_as_reported or (human(ph.start) if ph.start else "start not reported")
        with st.expander(f"{ph.name} — {when}"):
            st.text(ph.description)
            for ev in ph.evidence:
                src = op.source(ev.source)
                st.markdown(f"{md_link(src.publisher, src.url)}: “{md(ev.quote)}”")


@st.cache_resource(show_spinner=False, max_entries=32)
def _snapshot(fingerprint: str, operation_id: str, metric: str, as_of: date | None, window: Window | None,
              precision: str, preset: str, fmt: str, _view: OperationView, _options: object) -> bytes:
    # Keyed on everything that shapes the image, so a rerun of the page never redraws it.
    from ..publish import snapshot_bytes

    return snapshot_bytes(_view, _options, fmt)  # type: ignore[arg-type]


def show_export_panel(cat: Catalogue, view: OperationView, state: ExploreState, window: Window | None) -> None:
    """Exports of exactly the current view: preview, downloads, an iframe snippet and a permalink."""
    from ..publish import PRESETS, SnapshotOptions

    with st.expander("Export this view: PNG, SVG, PDF or an HTML embed"):
        preset = st.radio("Size", list(PRESETS), horizontal=True, key=f"preset-{view.record.id}",
                          format_func=lambda p: f"{p} {PRESETS[p][0]}×{PRESETS[p][1]}")
        w, h = PRESETS[preset]
        options = SnapshotOptions(width=w, height=h, metric=view.metric,
                                  as_of=state.step if state.mode == "reported" else None,
                                  phase=state.phase, precision=state.precision)
        as_of = options.as_of

        def snapshot_bytes(_view: OperationView, _options: object, fmt: str) -> bytes:
            return _snapshot(cat.fingerprint, view.record.id, view.metric, as_of, window, state.precision, preset,
                             fmt, view, options)

        # The preview is opt-in: an SVG of about 150 KB would otherwise travel with every rerun and replay step.
        if st.toggle("Preview", key=f"preview-{view.record.id}"):
            try:
                svg = snapshot_bytes(view, options, "svg")
            except ValueError as exc:
                st.warning(f"This view cannot be exported: {md(str(exc))}")
                return
            st.image(svg.decode("utf-8"), width="stretch", caption="Preview (the SVG export)")
        cols = st.columns(4)
        stem = f"{view.record.id}-{preset}"
        for col, fmt, mime in zip(cols, ("png", "svg", "pdf", "html"),
                                  ("image/png", "image/svg+xml", "application/pdf", "text/html")):
            col.download_button(fmt.upper(), data=lambda fmt=fmt: snapshot_bytes(view, options, fmt),
                                file_name=f"{stem}.{fmt}", mime=mime, key=f"snap-{fmt}-{view.record.id}",
                                width="stretch", on_click="ignore")
        query = "&".join(f"{k}={v}" for k, v in to_query(state, primary_metric(view.record)).items())
        base = str(getattr(st.context, "url", "") or "").split("?")[0]
        permalink = f"{base}?{query}" if base else f"?{query}"
        st.markdown("**Permalink to this view**")
        st.code(permalink, language=None)
        st.markdown("**Embed**: save the HTML file next to the article, then")
        st.code(f'<iframe src="{stem}.html" title="{md(view.record.title)} map" width="100%" height="{h * 0.62:.0f}" '
                'style="border:0" loading="lazy"></iframe>', language="html")
