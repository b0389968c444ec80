"""The map page: one operation on the world map, its figures, disputes and timeline."""

from __future__ import annotations

from datetime import date

import streamlit as st

from ..alttext import map_alt_text
from ..frames import countries_table, figures_table, places_table
from ..geo.distance import distance_km
from ..geo.gazetteer import country_name
from ..maps import build_deck, close_up_country, legend_svg
from ..reconcile import reporting_dates
from ..records.dates import human
from ..records.schema import METRIC_LABELS, Operation
from ..records.store import Catalogue
from ..summary import headline_text
from ..timeline import phase_segments
from ..view import MAP_METRICS, OperationView, metrics_of, primary_metric
from .common import _query_choice, _timeline_spec, md, md_link


def choose_operation(cat: Catalogue) -> str | None:
    ids = list(cat.records)
    if not ids:
        return None
    initial, bad = _query_choice("op", ids, "vibora-2025" if "vibora-2025" in ids else ids[0])
    if bad:
        st.toast("That link named an operation that is not here; showing the default.")
    choice = st.sidebar.selectbox("Operation", ids, index=ids.index(initial), key="operation",
                                  format_func=lambda i: cat.records[i].title)
    st.query_params["op"] = choice
    return choice

def choose_metric(record: Operation) -> str:
    keys = metrics_of(record)
    default = primary_metric(record)
    initial, bad = _query_choice("metric", keys, default)
    if bad:
        st.toast(f"That link named a metric this operation has no figures for; showing {MAP_METRICS[default].lower()}.")
    choice = st.sidebar.radio("Shade countries by", keys, index=keys.index(initial), key=f"metric-{record.id}",
                              format_func=MAP_METRICS.__getitem__)
    st.query_params["metric"] = choice
    return choice

def choose_as_of(record: Operation) -> date | None:
    """A slider over the days the record's figures were reported; 'everything' by default."""
    options = ["all"] + [d.isoformat() for d in reporting_dates(record)]
    initial, bad = _query_choice("as_of", options, "all")
    if bad:
        st.toast("That link's 'as of' date is not a reporting date of this operation; showing everything.")
    choice = st.sidebar.select_slider(
        "As reported by", options, value=initial, key=f"as-of-{record.id}",
        format_func=lambda v: "everything in the record" if v == "all" else human(v),
        help="Only figures reported on or before this day; a later running total replaces an earlier one.")
    if choice == "all":
        st.query_params.pop("as_of", None)
        return None
    st.query_params["as_of"] = choice
    return date.fromisoformat(choice)

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

def show_map(view: OperationView) -> None:
    st.pydeck_chart(build_deck(view), height=560, key="map")
    st.html(legend_svg(view))
    undrawn = [c.name for c in view.figures.countries if not c.drawn]
    if undrawn:
        st.caption("Not drawn at this scale (listed in the table): " + md(", ".join(undrawn)))
    st.markdown("**Map description (alt text)**")
    st.text(map_alt_text(view))

def show_map_panel(view: OperationView) -> None:
    """Map and timeline on the left; what is unplaced, the close-up and the disputes beside them."""
    left, right = st.columns([2, 1], gap="medium")
    with left:
        show_map(view)
        show_timeline(view)
    with right:
        show_remainder(view)
        show_close_up(view)
        show_disputes(view)

def show_close_up(view: OperationView) -> None:
    focus = close_up_country(view)
    if focus is None:
        return
    name = next((c.name for c in view.figures.countries if c.iso3 == focus), focus)
    st.markdown(f"**Close-up: {md(name)}**")
    st.pydeck_chart(build_deck(view, focus=focus, width=300, height=320), height=320, key="map-close-up")
    st.caption("Rings: somewhere in the province (the ring is not its border). Dots: named towns. "
               "A town inside a province is part of the province's figure, not added to it.")

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

def show_timeline(view: OperationView) -> None:
    st.subheader("How the investigation unfolded")
    spec = _timeline_spec(view.record.id, view.record.model_dump_json())
    st.vega_lite_chart(spec, width="stretch", height=int(spec["height"]) + 60)
    segs = phase_segments(view.record).drop_duplicates("phase")[["phase", "when", "note"]]
    st.dataframe(segs.rename(columns={"note": "as reported"}), hide_index=True, width="stretch")
    for ph in view.record.phases:
        when = ph.start_as_reported or (human(ph.start) if ph.start else "start not reported")
        with st.expander(f"{ph.name} — {when}"):
            st.text(ph.description)
            for ev in ph.evidence:
                src = view.record.source(ev.source)
                st.markdown(f"{md_link(src.publisher, src.url)}: “{md(ev.quote)}”")

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
