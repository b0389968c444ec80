"""Panels of the map page that show the record: header, headline, remainder, disputes, tables, a
country's figures, the close-up map, coordinators, cases and links."""


from __future__ import annotations

import streamlit as st

from ..explore import country_figures
from ..frames import countries_table, figures_table, places_table
from ..geo.distance import distance_km
from ..geo.gazetteer import country_name
from ..maps import close_up_country
from ..panel import draft_text, headline_label, headline_text
from ..publish.svgmap import close_up_svg
from ..reconcile import COUNTRY_METRIC, Figure, Reconciliation
from ..records.dates import human
from ..records.schema import METRIC_LABELS
from ..view import OperationView
from .common import md, md_link, paged_dataframe


def show_header(view: OperationView) -> None:
    op = view.record
    st.title(md(op.title))
    if op.is_draft:
        st.warning(md(draft_text(view)) + ". Every figure below is as extracted; check each against its quote.")
    st.caption(md(op.summary))
    if view.as_of is not None:
        st.info(f"As reported by **{md(human(view.as_of.isoformat()))}**: only figures reported on or before that day; "
                "a later running total replaces an earlier one.")

def _sources_line(view: OperationView, source_ids: tuple[str, ...]) -> str:
    return "; ".join(md_link(view.record.source(s).publisher, view.record.source(s).url) for s in source_ids)

def show_headline(view: OperationView, figures: list[Reconciliation]) -> None:
    """The headline totals at the view's moment, as the sources state them (disputed totals show
    every value), with sources: every count the record states (`panel.measures_of`)."""
    items: list[tuple[str, Reconciliation | None, Figure | None]] = []
    for f in figures[:2]:
        name = headline_label(f)
        items.append((name, f, f.headline["total"]))
        if f.metric in COUNTRY_METRIC:
            items.append((METRIC_LABELS[COUNTRY_METRIC[f.metric]].capitalize(), None, f.headline["countries"]))
    for col, (name, fig_set, fig) in zip(st.columns(len(items)), items):
        value = headline_text(fig_set, compact=True) if fig_set is not None else (fig.text if fig is not None else "not stated")
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
        with st.expander(f"What each source says: {md(d.title)}"):
            for says, src_id, quote in d.positions:
                src = view.record.source(src_id)
                st.markdown(f"- {md(says)} — {md_link(src.publisher, src.url)}: “{md(quote)}”")

def show_tables(view: OperationView) -> None:
    st.subheader("The figures on the map")
    paged_dataframe(countries_table(view), "countries", hide_index=True, width="stretch")
    places = places_table(view)
    if not places.empty:
        paged_dataframe(places, "places", hide_index=True, width="stretch")
    st.subheader("Every figure and its source")
    paged_dataframe(
        figures_table(view), "figures", hide_index=True, width="stretch",
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
            for other in case.elsewhere:
                text += f"; {other.legal_status} in {view.places[other.place].name}" + (
                    f" ({human(other.date)})" if other.date else "")
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
    lead = f"Led by {' and '.join(country_name(c) for c in op.leads)}. " if op.leads else ""
    st.markdown(md(f"{lead}Crime: {op.crime_description}"))
    for co in op.coordinators:
        srcs = ", ".join(md_link(op.source(e.source).publisher, op.source(e.source).url) for e in co.evidence)
        grounds = srcs or f"no source quotes this role: {md(co.evidence_note or '')}"
        st.markdown(f"- **{md(co.body)}** ({md(co.kind)}): {md(co.role)} ({grounds})")

def show_close_up(view: OperationView) -> None:
    focus = close_up_country(view)
    if focus is None:
        return
    name = next((c.name for c in view.figures.countries if c.iso3 == focus), focus)
    st.markdown(f"**Close-up: {md(name)}**")
    # An SVG image drawn by the package, not a second WebGL map: the page draws one WebGL map only.
    st.image(close_up_svg(view, focus, 320, 320), width="stretch")
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
