"""The one module that talks to Streamlit: caching, widgets and rendering of package objects.

Record text is untrusted. It reaches the page only as plain text (st.text, dataframes, text
tooltips) or as Markdown escaped by `md`; never as raw HTML.
"""

from __future__ import annotations

import re
from datetime import date

import streamlit as st

from .alttext import map_alt_text
from .frames import countries_table, figures_table, places_table
from .geo.distance import distance_km
from .geo.gazetteer import country_name
from .maps import build_deck, close_up_country, legend_svg
from .reconcile import reporting_dates
from .records.dates import human
from .records.schema import METRIC_LABELS, Operation
from .records.store import Catalogue, RecordStore
from .summary import headline_text
from .timeline import phase_segments, phases_chart
from .view import MAP_METRICS, OperationView, build_view, metrics_of, primary_metric


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
def _catalogue(folder: str, fingerprint: str) -> Catalogue:
    # Keyed on the files' content hash: an edited record is reloaded, an unchanged one is not.
    from pathlib import Path

    return RecordStore(Path(folder)).load_all()


def catalogue() -> Catalogue:
    store = RecordStore()
    return _catalogue(str(store.folder), store.fingerprint())


@st.cache_resource(show_spinner=False, max_entries=64)
def _view(fingerprint: str, operation_id: str, metric: str, as_of: date | None,
          _catalogue: Catalogue) -> OperationView:
    return build_view(_catalogue.records[operation_id], metric, as_of)


@st.cache_resource(show_spinner=False, max_entries=64)
def _timeline_spec(operation_id: str, record_json: str) -> dict:
    # Altair validates its spec on every to_dict (about 50 ms); the spec only changes with the record.
    return phases_chart(Operation.model_validate_json(record_json)).to_dict()


def operation_view(cat: Catalogue, operation_id: str, metric: str, as_of: date | None = None) -> OperationView:
    return _view(cat.fingerprint, operation_id, metric, as_of, cat)


def _query_choice(key: str, options: list[str], default: str) -> tuple[str, bool]:
    """The query parameter's value if it is one of the options; else the default and a flag."""
    raw = st.query_params.get(key)
    if raw is None:
        return default, False
    return (raw, False) if raw in options else (default, True)


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


def show_problems(cat: Catalogue) -> None:
    if cat.problems:
        with st.sidebar.expander(f"{len(cat.problems)} problem(s) in the record files", expanded=False):
            st.caption("These files were not loaded. Fix them, or run `python -m opsatlas validate`.")
            st.code("\n".join(str(p) for p in cat.problems), language=None)


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


def show_no_records(folder: str) -> None:
    st.title("Operations Atlas")
    st.error(f"No valid operation records in {folder}. Add a record (see data/README.md) or set OPSATLAS_DATA_DIR.")


def show_about(cat: Catalogue) -> None:
    from .settings import GEO_DIR, records_dir

    st.title("About the data")
    st.markdown(
        "Every figure in Operations Atlas is a **claim**: one number, from one source, with a quote, "
        "at the precision the source gives (a town, a province, a country, a region, or nowhere). "
        "Figures that sources give for the same thing corroborate each other and are counted once; "
        "figures inside other figures (a town inside its province) are never added to them; figures "
        "that sources contradict are shown as **disputed** and added to nothing. The remainder "
        "(the stated total minus what is placed) is computed and shown with its arithmetic."
    )
    st.subheader("Records loaded")
    st.caption(f"From {records_dir()} (set OPSATLAS_DATA_DIR to use another folder).")
    rows = [{"id": op.id, "operation": op.title, "claims": len(op.claims), "sources": len(op.sources),
             "disputes": len(op.disputes), "phases": len(op.phases)} for op in cat.records.values()]
    st.dataframe(rows, hide_index=True, width="stretch")
    show_problems(cat)
    st.subheader("Boundaries")
    st.markdown((GEO_DIR / "PROVENANCE.md").read_text(encoding="utf-8").split("\n", 1)[1])


def _records(cat: Catalogue, ids: list[str]) -> list[Operation]:
    return [cat.records[i] for i in ids if i in cat.records]


def choose_operations(cat: Catalogue, label: str = "Operations") -> list[str]:
    """A multiselect of operations, kept in the URL as ?ops=a,b (unknown ids are dropped)."""
    ids = list(cat.records)
    raw = st.query_params.get("ops")
    wanted = [i for i in (raw.split(",") if raw else ids) if i in ids] or ids
    chosen = st.multiselect(label, ids, default=wanted, format_func=lambda i: cat.records[i].title, key="ops")
    st.query_params["ops"] = ",".join(chosen)
    return chosen


@st.cache_resource(show_spinner=False, max_entries=4)
def _all_figures(fingerprint: str, _cat: Catalogue):
    from .frames import all_figures

    return all_figures(list(_cat.records.values()))


def show_data_page(cat: Catalogue) -> None:
    from .exports import FORMATS, export_bytes
    from .frames import filter_figures, sources_table

    st.title("Data: operations, figures and sources")
    st.caption("Every row is one sourced figure. Search and filter, open the source, or download the selection.")
    ops = choose_operations(cat)
    frame = _all_figures(cat.fingerprint, cat)
    c1, c2, c3 = st.columns([1, 1, 2])
    metrics = c1.multiselect("Measures", sorted(frame["metric"].unique()), key="metrics")
    precisions = c2.multiselect("Placed at", ["point", "subdivision", "country", "region", "unplaced"], key="precisions")
    text = c3.text_input("Search places, publishers and quotes", key="q")
    shown = filter_figures(frame, ops, metrics, precisions, text)
    st.markdown(f"**{len(shown):,} figures** of {len(frame):,}")
    st.dataframe(
        shown[["operation", "metric", "count", "qualifier", "place", "precision", "country", "date", "reported_on",
               "disputed", "source_publisher", "source_url", "quote", "claim_id"]],
        hide_index=True, width="stretch",
        column_config={"source_url": st.column_config.LinkColumn("source", display_text="open source")},
    )
    records = _records(cat, ops)
    st.subheader("Download the selected operations")
    st.caption("CSV: one row per figure (cells a spreadsheet would run as formulas are neutralised). "
               "JSON: the records as loaded. GeoJSON: one feature per placed figure. SQLite: related tables "
               "for Datasette or sqlite3.")
    cols = st.columns(len(FORMATS))
    for col, (fmt, mime) in zip(cols, FORMATS.items()):
        if records:
            col.download_button(f"{fmt.upper()}", export_bytes(records, fmt), file_name=f"operations-atlas.{fmt}",
                                mime=mime, key=f"download-{fmt}", width="stretch")
    st.subheader("Sources")
    st.dataframe(sources_table(records), hide_index=True, width="stretch",
                 column_config={"url": st.column_config.LinkColumn("url", display_text="open")})


def show_quality_page(cat: Catalogue) -> None:
    from .quality import quality_report

    st.title("Data quality")
    st.caption("What each record's figures establish and what they do not. Problems are shown here, "
               "never fixed silently; the same report is `python -m opsatlas validate --report`.")
    show_problems(cat)
    for op in cat.records.values():
        rep = quality_report(op)
        with st.container(border=True):
            st.subheader(rep.title)
            st.markdown(
                f"- **{md(METRIC_LABELS[rep.metric].capitalize())}** stated: {md(rep.total)}; "
                f"placed in countries: {md(rep.placed)}\n"
                f"- **Countries** stated: {md(rep.countries_stated.replace('nothing', 'not stated'))}; "
                f"named with figures: {md(rep.countries_named)}")
            for name, items, open_if_any in (
                    ("Checks", rep.checks, True), ("Disputes", rep.disputes, True),
                    ("Figures whose quote does not state the number", rep.not_in_quote, True),
                    ("Countries with figures placed no finer than the country", rep.country_only, False),
                    ("Figures from a rewrite, not a primary statement", rep.from_rewrites, False),
                    ("Figures with no reporting date", rep.undated, False)):
                with st.expander(f"{name}: {len(items)}", expanded=open_if_any and bool(items)):
                    if items:
                        st.text("\n".join(items))
                    else:
                        st.caption("None.")


def show_compare_page(cat: Catalogue) -> None:
    from .compare import compare_table, phases_compare_chart

    st.title("Compare operations")
    st.caption("Figures as stated and as placed in countries; reach is the largest geodesic distance "
               "(WGS-84) between the places an operation names.")
    records = _records(cat, choose_operations(cat))
    if not records:
        st.info("Choose at least one operation.")
        return
    table = compare_table(records)
    st.dataframe(table.astype(str).set_index("operation").T, width="stretch")
    st.subheader("Phases on one time axis")
    chart = phases_compare_chart(records)
    st.altair_chart(chart, width="stretch")
