"""The decisions made once (reconcile/rules.py, panel.py) and the schema's newer kinds of fact."""

from __future__ import annotations

from datetime import date

import pytest
from pydantic import ValidationError

from opsatlas.explore import country_figures
from opsatlas.exports.rows import figure_rows
from opsatlas.frames import countries_table, figures_table
from opsatlas.panel import headline_line, headline_text, panel_lines
from opsatlas.reconcile.rules import STATE_WORDS, claim_states
from opsatlas.records.references import check_references, unreviewed_items
from opsatlas.records.schema import Claim, Operation
from opsatlas.view import build_view

SRC = [{"id": "s1", "title": "T", "publisher": "Agency A", "kind": "agency_statement", "url": "https://a.example/1",
        "date": "2023-05-01"},
       {"id": "s2", "title": "T2", "publisher": "Paper B", "kind": "newspaper", "url": "https://b.example/2",
        "date": "2022-03-01"}]


def record(**fields) -> Operation:
    base = {"schema_version": 1, "id": "t", "name": "T", "crime_type": "other", "crime_description": "d",
            "summary": "s", "sources": SRC,
            "places": [{"id": "esp", "name": "Spain", "precision": "country", "country": "ESP"},
                       {"id": "prt", "name": "Portugal", "precision": "country", "country": "PRT"}]}
    base.update(fields)
    return Operation.model_validate(base)


def claim(cid, count=None, place=None, metric="arrests", source="s1", **kw):
    return {"id": cid, "metric": metric, "count": count, "place": place, "source": source, "quote": "q", **kw}


def test_placed_figures_above_the_total_are_said_in_words_never_a_negative_remainder():
    op = record(claims=[claim("t", 5), claim("e", 4, "esp"), claim("p", 3, "prt")])
    view = build_view(op, "arrests")
    r = view.figures.remainder
    assert r.unattributed is None
    assert "more than the stated total" in r.arithmetic and "−" not in r.arithmetic.split(":")[0]
    assert not any(ch.isdigit() and f"-{ch}" in r.arithmetic for ch in "0123456789")
    assert any("more than the stated total" in c for c in view.figures.checks)


def test_a_total_and_national_figures_from_different_years_are_named_as_such():
    op = record(claims=[claim("t", 50, source="s1"), claim("e", 4, "esp", source="s2")])
    text = build_view(op, "arrests").figures.remainder.arithmetic
    assert "reported in 2023" in text and "Spain's figure in 2022" in text


def test_disputed_totals_with_many_values_fit_a_headline():
    op = record(claims=[claim(f"t{n}", n) for n in (135, 136, 142)],
                disputes=[{"id": "d", "title": "How many?", "contested": ["t135", "t136", "t142"],
                           "positions": [{"says": "a", "source": "s1", "quote": "q"},
                                         {"says": "b", "source": "s2", "quote": "q"}]}])
    fig = build_view(op, "arrests").figures
    assert headline_text(fig) == "135, 136 or 142 (disputed)"
    assert headline_text(fig, compact=True) == "3 figures (disputed)"


def test_preferred_claim_reads_the_same_in_every_table_and_counts_on_the_map():
    op = record(claims=[claim("e1", 17, "esp"), claim("e2", 19, "esp", source="s2")],
                disputes=[{"id": "d", "title": "Spain", "contested": ["e1", "e2"], "preferred": "e1",
                           "preferred_reason": "the agency's own count",
                           "positions": [{"says": "17", "source": "s1", "quote": "q"},
                                         {"says": "19", "source": "s2", "quote": "q"}]}])
    view = build_view(op, "arrests")
    states = view.figures.states
    assert states["e1"].state == "preferred" and states["e2"].state == "disputed"
    table = figures_table(view).set_index("claim")["status"]
    assert table["e1"] == states["e1"].words and table["e2"] == states["e2"].words
    per_country = country_figures(view, "ESP").set_index("figure")["status"]
    assert per_country["17"] == states["e1"].words and per_country["19"] == STATE_WORDS["disputed"]
    assert view.figures.country("ESP").value == 17
    rows = {r["claim_id"]: r for r in figure_rows([op])}
    assert rows["e1"]["state"] == states["e1"].words and rows["e1"]["disputed"] is False
    assert rows["e2"]["disputed"] is True


def test_replaced_running_total_is_marked_replaced_everywhere():
    op = record(claims=[claim("a", 10, "esp", reported_on="2024-01-01"),
                        claim("b", 12, "esp", reported_on="2024-06-01", replaces="a")])
    early = claim_states(op, date(2024, 2, 1))
    assert early["a"].state == "counted" and early["b"].state == "not_yet_reported"
    late = build_view(op, "arrests")
    assert late.figures.states["a"].state == "replaced" and "b" in late.figures.states["a"].words
    assert figures_table(late).set_index("claim")["status"]["a"].startswith("replaced")
    assert {r["claim_id"]: r["replaced_by"] for r in figure_rows([op])}["a"] == "b"
    assert late.figures.country("ESP").value == 12


@pytest.mark.parametrize(("fields", "text"), [
    ({"count": 100, "qualifier": "almost"}, "almost 100"),
    ({"count": 40, "qualifier": "up_to"}, "up to 40"),
    ({"amount": 2.5, "unit": "tonnes", "metric": "seizures", "item": "cocaine"}, "2.5 tonnes"),
    ({"count": 3_000_000, "unit": "EUR", "metric": "assets_frozen"}, "3,000,000 EUR"),
])
def test_new_qualifiers_and_amounts_read_as_the_source_gives_them(fields, text):
    metric = fields.pop("metric", "arrests")
    op = record(claims=[claim("x", place="esp", metric=metric, **{"count": None, **fields})])
    row = figure_rows([op])[0]
    assert row["figure"] == text
    assert figures_table(build_view(op, "arrests")).iloc[0]["figure"] == text


@pytest.mark.parametrize("bad", [
    {"count": 2, "amount": 2.0, "unit": "t", "metric": "seizures", "item": "x"},
    {"amount": 2.5, "metric": "seizures", "item": "x"},
    {"amount": 2.5, "unit": "t"},
    {"count": 3, "metric": "seizures"},
    {"count": 3, "item": "phones"},
])
def test_incoherent_amounts_are_refused(bad):
    with pytest.raises(ValidationError):
        Claim.model_validate({"id": "x", "source": "s1", "quote": "q", "metric": "arrests", **bad})


def test_suspects_that_include_the_arrested_say_so():
    op = record(claims=[claim("s", 68, metric="suspects_identified"), claim("a", 20, part_of="s")])
    view = build_view(op, "arrests")
    lines = [line.text for line in panel_lines(view)]
    assert lines[0] == "Arrests: 20" and "Suspects identified (including those arrested): 68" in lines
    assert headline_line(build_view(op, "suspects_identified").figures).startswith(
        "Suspects identified (including those arrested): 68")
    # An arrests figure inside the arrests total (the 197 most wanted) is no reason to say so.
    inner = record(claims=[claim("t", 20), claim("hvt", 5, part_of="t")])
    assert headline_line(build_view(inner, "arrests").figures) == "Arrests: 20"


def test_part_of_loops_and_unknown_claims_are_refused():
    op = record(claims=[claim("a", 1, part_of="b"), claim("b", 2, part_of="a"), claim("c", 3, part_of="zz")])
    messages = [f.message for f in check_references(op)]
    assert any("part of itself" in m for m in messages) and any("unknown claim 'zz'" in m for m in messages)


def test_joint_lead_and_coordinator_without_quote():
    op = record(lead_country=["NLD", "FRA"],
                coordinators=[{"body": "Eurojust", "kind": "regional", "role": "joint team",
                               "evidence_note": "listed as a partner on the agency's page, without wording"}])
    assert op.leads == ("NLD", "FRA")
    assert record(lead_country="ESP").leads == ("ESP",)
    with pytest.raises(ValidationError):
        record(coordinators=[{"body": "X", "kind": "regional", "role": "r"}])
    with pytest.raises(ValidationError):
        record(lead_country=["ESP", "ESP"])


def test_drafts_list_unreviewed_items_and_published_records_may_hold_none():
    fields = {"claims": [claim("a", 1, unreviewed=True)]}
    draft = record(status="draft", **fields)
    assert check_references(draft) == [] and len(unreviewed_items(draft)) == 1
    published = record(**fields)
    assert any("unreviewed in a published record" in f.message for f in check_references(published))


def test_area_without_anchor_is_listed_in_its_country_not_drawn():
    op = record(places=[{"id": "esp", "name": "Spain", "precision": "country", "country": "ESP"},
                        {"id": "area", "name": "A police area", "precision": "area", "country": "ESP", "within": "esp",
                         "code": "ES-XX", "code_note": "a withdrawn code, valid until 2019"}],
                claims=[claim("a", 4, "area")])
    view = build_view(op, "arrests")
    placed = {p.place_id: p for p in view.figures.places}
    assert placed["area"].lat is None and view.places["area"].drawn is False
    assert view.figures.country("ESP").status == "at_least" and view.figures.country("ESP").value == 4
    assert countries_table(view).iloc[0]["country"] == "Spain"


def test_a_town_figure_the_sources_give_differently_shows_every_value_everywhere():
    from opsatlas.maps.symbols import place_marks
    from opsatlas.maps.marks import placed_tooltip
    from opsatlas.frames import places_table
    from opsatlas.summary import summary_dict

    op = record(places=[{"id": "esp", "name": "Spain", "precision": "country", "country": "ESP"},
                        {"id": "town", "name": "Jaén", "precision": "point", "country": "ESP", "within": "esp",
                         "lat": 37.77, "lon": -3.79, "coordinates_note": "test"}],
                claims=[claim("t1", 3, "town"), claim("t2", 5, "town", source="s2"),
                        claim("t3", 200, "town", qualifier="almost")],
                disputes=[{"id": "d", "title": "Jaén", "contested": ["t1", "t2", "t3"],
                           "positions": [{"says": "3", "source": "s1", "quote": "q"},
                                         {"says": "5", "source": "s2", "quote": "q"}]}])
    view = build_view(op, "arrests")
    [place] = view.figures.places
    assert place.text == "disputed: 3, 5 or almost 200"
    [mark] = place_marks(view, focus="ESP")
    assert mark.disputed and mark.text() == "Jaén disputed: 3, 5 or almost 200"
    tip = placed_tooltip(view, place, "arrests")
    assert "3, 5 or almost 200" in tip and "Agency A" in tip and "Paper B" in tip
    assert places_table(view).iloc[0]["arrests"] == place.text
    assert summary_dict(op)["arrests_by_place"][0]["disputed_counts"] == [3, 5, 200]
    assert view.figures.country("ESP") is None or view.figures.country("ESP").value is None


def test_a_phase_whose_dates_are_disputed_is_drawn_uncertain_and_says_so():
    from opsatlas.catalogue.store import RecordStore
    from opsatlas.timeline import phase_segments, phase_table

    op = RecordStore().get("desert-light-2022")
    disputed = {pid for d in op.disputes for pid in d.phases}
    assert disputed, "the shipped record has a phase with disputed dates"
    segs = phase_segments(op)
    for pid in disputed:
        mine = segs[segs["phase_id"] == pid]
        assert not mine.empty and set(mine["segment"]) == {"uncertain"}
        assert mine.iloc[0]["note"].startswith("dates disputed: ")
    notes = phase_table(op)["note"]
    assert sum(n.startswith("dates disputed") for n in notes) == len(disputed)


def test_replay_with_hindsight_builds_up_as_the_record_allows():
    """Víbora's arrests ran from March to May 2025: while they were under way Spain is outlined as
    'under way' and the headline says so; at the end of May the counts arrive; nothing is counted early."""
    from opsatlas.alttext import map_alt_text
    from opsatlas.catalogue.store import RecordStore
    from opsatlas.maps.symbols import country_marks
    from opsatlas.reconcile import Window

    op = RecordStore().get("vibora-2025")
    march = build_view(op, "arrests", None, Window(None, date(2025, 3, 31))).figures
    assert [(c.iso3, c.status, c.value) for c in march.countries] == [("ESP", "under_way", None)]
    assert march.headline["total"] is None and march.remainder.unattributed is None
    assert "20 under way" in headline_line(march)
    view = build_view(op, "arrests", None, Window(None, date(2025, 3, 31)))
    [mark] = country_marks(view)
    assert mark.label == "under way" and mark.fill[3] == 0
    assert "Under way by then" in map_alt_text(view) and "Spain (7)" in map_alt_text(view)
    assert countries_table(view).iloc[0]["status"].startswith("under way")
    end_of_may = build_view(op, "arrests", None, Window(None, date(2025, 5, 31))).figures
    assert end_of_may.country("ESP").value == 7 and end_of_may.headline["total"].count == 20


def test_disputes_belong_to_the_moment_shown():
    from opsatlas.catalogue.store import RecordStore
    from opsatlas.reconcile import Window

    op = RecordStore().get("vibora-2025")
    march = build_view(op, "arrests", None, Window(None, date(2025, 3, 31))).figures
    assert "Panama" not in " ".join(d.title for d in march.disputes)  # its arrest had not happened by then
    assert "still under way by then" in march.remainder.arithmetic
    june = build_view(op, "arrests", None, Window(None, date(2025, 6, 6))).figures
    assert any("Panama" in d.title for d in june.disputes)
