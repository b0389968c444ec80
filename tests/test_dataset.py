"""The curated records: valid, and their hard cases survive into the figures."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date

import pytest
from conftest import ROOT

from opsatlas.quality import quality_report
from opsatlas.catalogue.store import RecordStore
from opsatlas.summary import summary_dict
from opsatlas.view import build_view

IDS = ["vibora-2025", "tantalio-2017", "spain-whatsapp-2017-07", "trojan-shield-2021", "kidflix-2025", "pacifier-2015",
       "encrochat-2020", "desert-light-2022"]


@pytest.fixture(scope="module")
def catalogue():
    return RecordStore().load_all()


def test_all_records_load(catalogue):
    assert catalogue.problems == ()
    assert sorted(catalogue.records) == sorted(IDS)
    for op in catalogue.records.values():
        for claim in op.claims:
            assert claim.quote.strip(), f"{op.id}/{claim.id} has no quote"


def test_tantalio_total_is_disputed_not_resolved(catalogue):
    data = summary_dict(catalogue.records["tantalio-2017"])
    assert data["arrests_total"] is None and data["arrests_total_disputed"] == [38, 39]
    titles = {d["title"]: d for d in data["disputes"]}
    assert set(titles["38 or 39 arrests?"]["contested_claims"]) == {"arrests-39-police", "arrests-38-interpol"}
    spain = titles["16 or 17 arrests in Spain?"]
    assert spain["countries"] == ["ESP"] and spain["preferred_claim"] == "esp-17" and spain["preferred_reason"]
    assert data["arrests_by_country"]["ESP"] == 17
    assert {a["total"]: a["unattributed"] for a in data["arrests_unattributed_alternatives"]} == {38: -1, 39: 0}
    assert any("with a total of 38" in c for c in data["checks"])


def test_unnamed_operation_has_a_working_title(catalogue):
    op = catalogue.records["spain-whatsapp-2017-07"]
    assert op.name is None and op.title.endswith("(unnamed)")
    fig = build_view(op).figures
    assert fig.headline["total"].count == 50 and fig.remainder.unattributed == 0  # a complete split
    assert fig.country("ESP").placed_below == 11  # regions, provinces and towns without double counting


def test_trojan_shield_national_figures_from_other_periods_are_not_subtracted(catalogue):
    op = catalogue.records["trojan-shield-2021"]
    fig = build_view(op).figures
    assert fig.headline["total"].text == "more than 800"
    assert fig.remainder.unattributed is None and "different periods" in fig.remainder.arithmetic
    assert fig.country("DNK").value == 0  # named, with no arrests: a real zero, not unknown


def test_trojan_shield_running_total_replaces_from_its_date(catalogue):
    op = catalogue.records["trojan-shield-2021"]
    june = build_view(op, as_of=date(2021, 6, 8)).figures.country("SWE")
    assert june.status == "disputed" and {f.count for f in june.disputed_figures} == {155, 75}
    october = build_view(op, as_of=date(2021, 10, 31)).figures.country("SWE")
    assert october.status == "counted" and october.value == 168  # 168 replaces 155, never 155 + 168
    before = build_view(op, as_of=date(2021, 5, 31)).figures  # month-dated sources count from the 1st
    assert before.headline["total"] is None and before.countries == ()


def test_pacifier_measure_and_regional_aggregates(catalogue):
    op = catalogue.records["pacifier-2015"]
    data = summary_dict(op)
    assert data["main_measure"] == "arrests_or_convictions" and data["arrests_total"] is None
    measure = data["by_measure"]["arrests_or_convictions"]
    assert measure["total"] == 870 and measure["by_country"] == {"USA": 350}
    assert {r["name"]: r["count"] for r in measure["by_region"]} == {"Europe": 368, "Rest of the world": 200}
    assert any("918" in c for c in measure["checks"])
    assert data["by_measure"]["arrests"]["by_country"] == {"GBR": 120}  # arrests alone, never mixed in


def test_kidflix_partial_split(catalogue):
    fig = build_view(catalogue.records["kidflix-2025"]).figures
    assert fig.remainder.unattributed == 44
    assert any("Malta" in c for c in fig.checks)  # too small for the 1:110m map, still counted
    suspects = build_view(catalogue.records["kidflix-2025"], "suspects_identified").figures
    assert suspects.remainder.unattributed == 1393 - 103 - 17 - 9 - 15


def test_vibora_as_of_the_announcement(catalogue):
    fig = build_view(catalogue.records["vibora-2025"], as_of=date(2025, 6, 6)).figures
    assert fig.headline["total"].count == 20 and fig.country("ESP").value == 7
    assert "founding-article" not in fig.headline["total"].sources  # the article is not dated


def test_encrochat_parts_and_running_totals_are_never_added(catalogue):
    op = catalogue.records["encrochat-2020"]
    data = summary_dict(op)
    assert data["arrests_total"] == 6558  # the 197 high-value targets are among them (part_of), not added
    met = {d["title"]: d for d in data["disputes"]}["How many arrests had the Metropolitan Police made by 2 July 2020?"]
    assert set(met["contested_claims"]) == {"met-171", "met-132", "met-200"}
    # The UK's running totals replace one another: 746, then more than 1,550, then 2,864; never their sum.
    uk = {day: build_view(op, as_of=day).figures.country("GBR").value
          for day in (date(2020, 7, 3), date(2021, 3, 31), date(2022, 6, 9))}
    assert uk == {date(2020, 7, 3): 746, date(2021, 3, 31): 1550, date(2022, 6, 9): 2864}
    assert build_view(op, as_of=date(2022, 6, 9)).figures.headline["total"] is None  # the 6,558 came in 2023


def test_encrochat_carries_the_new_kinds_of_fact(catalogue):
    op = catalogue.records["encrochat-2020"]
    claims = {c.id: c for c in op.claims}
    assert op.leads == ("FRA", "NLD")
    assert {p.id for p in op.places if p.precision == "area"} >= {"met-police-area", "east-midlands"}
    assert claims["cocaine-tonnes"].amount == 103.5 and claims["cocaine-tonnes"].unit == "tonnes"
    assert claims["frozen-eur"].metric == "assets_frozen" and claims["cash-seized-eur"].metric == "seizures"
    assert (claims["met-200"].qualifier, claims["countries-123"].qualifier) == ("almost", "up_to")
    assert {d.id for d in op.disputes if d.phases} == {"investigation-start", "interception-start"}
    assert [c.body for c in op.coordinators if not c.evidence and c.evidence_note] == [
        "Regional Organised Crime Units of England and Wales"]


def test_desert_light_spain_disputed_and_a_status_that_differs_by_country(catalogue):
    op = catalogue.records["desert-light-2022"]
    fig = build_view(op).figures
    assert fig.headline["total"].count == 49
    spain = fig.country("ESP")
    assert spain.status == "disputed" and {f.count for f in spain.disputed_figures} == {13, 15}
    assert fig.country("NLD").value == 14
    assert build_view(op, as_of=date(2022, 11, 1)).figures.country("NLD") is None  # reported only in Nov 2022
    statuses = {case.id: (case.legal_status, [(e.legal_status, e.place) for e in case.elsewhere]) for case in op.cases}
    assert statuses == {"suspect-rotterdam-case": ("arrested", [("charged", "rotterdam")]),
                        "suspect-released-case": ("released", [("identified", "nld")])}


def test_every_record_has_a_snapshot(catalogue):
    # The panel states every headline measure a record has (convictions among them): each must be viewable.
    from opsatlas.publish.snapshot import SnapshotOptions, snapshot_svg

    for op in catalogue.records.values():
        assert snapshot_svg(build_view(op), SnapshotOptions()).startswith("<svg"), op.id


def test_quality_report_finds_the_known_problems(catalogue):
    vibora = quality_report(catalogue.records["vibora-2025"])
    assert {x.split(":")[0] for x in vibora.not_in_quote} == {"sevilla-arrests", "valladolid-arrests",
                                                              "murcia-arrests", "jaen-arrests"}
    assert any("Panama" in d for d in vibora.disputes)
    assert vibora.countries_stated == "12" and vibora.countries_named == "12 (+1 disputed)"
    assert any(x.startswith("arrests-total-founding") for x in vibora.from_rewrites)
    tantalio = quality_report(catalogue.records["tantalio-2017"])
    assert tantalio.total == "38 or 39 (disputed)"
    trojan = quality_report(catalogue.records["trojan-shield-2021"])
    assert any(x.startswith("aus-224") for x in trojan.from_rewrites)


def test_validate_report_cli():
    out = subprocess.run(check=False, args=[sys.executable, "-m", "opsatlas", "validate", "--report"],
                         capture_output=True, text=True, cwd=ROOT)
    assert out.returncode == 0, out.stdout + out.stderr
    for words in ("38 or 39 arrests?", "Was there an arrest in Panama?", "155 or 75 arrests in Sweden?",
                  "figure not in its quote: 4", "more than the stated total of 870"):
        assert words in out.stdout


def test_summary_as_of_cli():
    out = subprocess.run(check=False, args=[sys.executable, "-m", "opsatlas", "summary", "trojan-shield-2021",
                                            "--json", "--as-of", "2021-10-31"], capture_output=True, text=True, cwd=ROOT)
    data = json.loads(out.stdout)
    assert data["as_of"] == "2021-10-31" and data["arrests_by_country"]["SWE"] == 168
    bad = subprocess.run(check=False, args=[sys.executable, "-m", "opsatlas", "summary", "vibora-2025", "--as-of",
                                            "June"], capture_output=True, text=True, cwd=ROOT)
    assert bad.returncode == 2 and "YYYY-MM-DD" in bad.stderr and "Traceback" not in bad.stderr
