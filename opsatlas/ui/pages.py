"""The other pages: about, data and downloads, data quality, compare."""

from __future__ import annotations

from datetime import date
from functools import partial

import streamlit as st

from ..overview import announced
from ..records.schema import METRIC_LABELS
from ..catalogue.store import Catalogue
from ..records.vocab import PRECISIONS
from .common import _records, choose_operations, md, paged_dataframe, url_multiselect, url_text


def show_about(cat: Catalogue) -> None:
    from ..settings import GEO_DIR, records_dir

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
    st.subheader("Boundaries")
    st.markdown((GEO_DIR / "PROVENANCE.md").read_text(encoding="utf-8").split("\n", 1)[1])

@st.cache_resource(show_spinner=False, max_entries=4)
def _all_figures(fingerprint: str, _cat: Catalogue):
    from ..frames import all_figures

    return all_figures(list(_cat.records.values()))

#: The data page's columns: export field -> the heading a reader sees.
DATA_COLUMNS = {"operation": "operation", "metric_label": "measure", "figure": "figure", "place": "place",
                "precision": "placed at", "country": "country", "date": "when", "reported_on": "reported on",
                "state": "state", "source_publisher": "publisher", "source_url": "source", "quote": "quote",
                "claim_id": "claim"}


def show_data_page(cat: Catalogue) -> None:
    from ..exports import FORMATS, export_bytes
    from ..frames import filter_figures, sources_table

    st.title("Data: operations, figures and sources")
    st.caption("Every row is one sourced figure. Search and filter, open the source, or download the selection.")
    ops = choose_operations(cat)
    frame = _all_figures(cat.fingerprint, cat)
    c1, c2, c3 = st.columns([1, 1, 2])
    metrics = url_multiselect(c1, "Measures", sorted(frame["metric"].unique()), "metrics",
                              format_func=lambda m: METRIC_LABELS.get(m, m))
    precisions = url_multiselect(c2, "Placed at", [p.name for p in PRECISIONS] + ["unplaced"],
                                 "precisions")
    text = url_text(c3, "Search places, publishers and quotes", "q")
    shown = filter_figures(frame, ops, metrics, precisions, text)
    st.markdown(f"**{len(shown):,} figures** of {len(frame):,}")
    paged_dataframe(
        shown[list(DATA_COLUMNS)].rename(columns=DATA_COLUMNS), "data-figures",
        hide_index=True, width="stretch",
        column_config={"source": st.column_config.LinkColumn("source", display_text="open source")},
    )
    records = _records(cat, ops)
    st.subheader("Download the selected operations")
    st.caption("CSV: one row per figure (cells a spreadsheet would run as formulas are neutralised). "
               "JSON: the records as loaded. GeoJSON: one feature per placed figure. SQLite: related tables "
               "for Datasette or sqlite3.")
    cols = st.columns(len(FORMATS))
    for col, (fmt, mime) in zip(cols, FORMATS.items()):
        if records:
            # built only when clicked: a rerun of the page never rebuilds four files
            col.download_button(f"{fmt.upper()}", data=partial(export_bytes, records, fmt), on_click="ignore",
                                file_name=f"operations-atlas.{fmt}",
                                mime=mime, key=f"download-{fmt}", width="stretch")
    st.subheader("Sources")
    st.dataframe(sources_table(records), hide_index=True, width="stretch",
                 column_config={"url": st.column_config.LinkColumn("url", display_text="open")})

def show_quality_page(cat: Catalogue) -> None:
    from ..quality import quality_report

    st.title("Data quality")
    st.caption("What each record's figures establish and what they do not. Problems are shown here, "
               "never fixed silently; the same report is `python -m opsatlas validate --report`.")
    if cat.problems:
        with st.container(border=True):
            st.subheader(f"Files not loaded: {len(cat.bad_files)}")
            st.caption("Each line: file, line, field, and what to do. Every other record is shown below.")
            st.code("\n".join(str(p) for p in cat.problems), language=None, wrap_lines=True)
    for op in cat.records.values():
        rep = quality_report(op)
        with st.container(border=True):
            st.subheader(md(rep.title))
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
                        st.caption("Nothing to list.")

@st.cache_resource(show_spinner=False, max_entries=16)
def _compare_table(chosen: tuple[tuple[str, str], ...], _cat: Catalogue):
    # Keyed on the chosen records' content hashes.
    from ..compare import compare_table

    return compare_table([_cat.records[i] for i, _ in chosen])


def show_compare_page(cat: Catalogue) -> None:
    from ..compare import phases_compare_chart

    st.title("Compare operations")
    st.caption("Figures as stated and as placed in countries; reach is the largest geodesic distance "
               "(WGS-84) between the places an operation names.")
    records = _records(cat, choose_operations(cat))
    if not records:
        st.info("Choose at least one operation.")
        return
    table = _compare_table(tuple((op.id, cat.hashes[op.id]) for op in records), cat)
    st.dataframe(table.astype(str).set_index("operation").T, width="stretch")
    st.subheader("Phases on one time axis")
    chart = phases_compare_chart(records)
    st.altair_chart(chart, width="stretch")


@st.cache_resource(show_spinner=False, max_entries=16)
def _participation(chosen: tuple[tuple[str, str], ...], _cat: Catalogue):
    # Keyed on the chosen records' content hashes: a rerun with the same filters builds nothing.
    from ..overview import participation

    return participation([_cat.records[i] for i, _ in chosen])


def show_overview_page(cat: Catalogue) -> None:
    from ..maps.overview import overview_deck
    from ..overview import body_name, filter_operations

    st.title("Overview: countries across operations")
    st.caption("Which countries the chosen operations involve (a figure, a phase, a link or a coordinator), in how "
               "many operations, and the figure each operation placed there in its own measure.")
    records = list(cat.records.values())
    c1, c2, c3 = st.columns(3)
    crimes = url_multiselect(c1, "Crime type", sorted({op.crime_type for op in records}), "crimes",
                             format_func=lambda c: c.replace("_", " "))
    bodies = url_multiselect(c2, "Coordinating body",
                             sorted({body_name(c.body) for op in records for c in op.coordinators}), "bodies")
    years = sorted({d.year for op in records if (d := announced(op))})
    raw = (st.query_params.get("years") or "").split("-")
    # isdecimal, not isdigit: '²'.isdigit() is True and int('²') raises
    wanted = (int(raw[0]), int(raw[1])) if len(raw) == 2 and all(x.isascii() and x.isdecimal() for x in raw) \
        else None
    if not wanted or wanted[0] not in years or wanted[1] not in years or wanted[0] > wanted[1]:
        wanted = (years[0], years[-1]) if years else None
    # `wanted` is always set when there are years: the `is not None` is for the type checker.
    span = c3.select_slider("Announced between", options=years, value=wanted, key="years") \
        if len(years) > 1 and wanted is not None else (years[0], years[0]) if years else (None, None)
    if years and span != (years[0], years[-1]):
        st.query_params["years"] = f"{span[0]}-{span[1]}"
    else:
        st.query_params.pop("years", None)
    chosen = filter_operations(records, crimes or None, bodies or None,
                               date(span[0], 1, 1) if span[0] else None, date(span[1], 12, 31) if span[1] else None)
    st.markdown(f"**{len(chosen)} operation(s)**: " + md("; ".join(op.title for op in chosen)))
    if not chosen:
        st.info("No operation matches these filters.")
        return
    table = _participation(tuple((op.id, cat.hashes[op.id]) for op in chosen), cat)
    st.pydeck_chart(overview_deck(table), height=460, key="overview-map")
    top = table.head(3)
    st.text("Map description: countries shaded by the number of chosen operations that involve them. "
            + " ".join(f"{r.country}: {r.operations}." for r in top.itertuples()) + f" {len(table)} countries in all.")
    st.dataframe(table, hide_index=True, width="stretch")
