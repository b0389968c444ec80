"""The article drafter: numbers, qualifiers, dates and countries in English and Spanish; hostile
input; drafts of the fixture articles validate as drafts; the draft command end to end."""

from __future__ import annotations

import subprocess
import sys
import time
from datetime import date
from pathlib import Path

import pytest
import yaml
from conftest import ROOT

from opsatlas.draft import ArticleError, SourceInfo, draft_from_bytes
from opsatlas.draft.countries import find_countries
from opsatlas.draft.dates import find_dates, parse_published
from opsatlas.draft.numbers import find_quantities
from opsatlas.draft.sentences import split_sentences
from opsatlas.catalogue.validate import check_bytes

FIXTURES = ROOT / "tests" / "fixtures" / "articles"
ARTICLES = sorted(FIXTURES.rglob("article.txt")) if FIXTURES.is_dir() else []


def only(text: str, lang: str = "en"):
    found = find_quantities(text, lang)
    assert len(found) == 1, found
    q = found[0]
    return q.value, q.qualifier, q.upper, q.unit, text[q.start : q.end]


@pytest.mark.parametrize(
    "text, lang, value, qualifier",
    [
        ("twenty suspects", "en", 20, "exact"),
        ("twenty-five suspects", "en", 25, "exact"),
        ("a dozen phones", "en", 12, "exact"),
        ("one hundred and twelve victims", "en", 112, "exact"),
        ("veinte detenidos", "es", 20, "exact"),
        ("treinta y dos personas", "es", 32, "exact"),
        ("una docena de teléfonos", "es", 12, "exact"),
        ("doscientos cincuenta usuarios", "es", 250, "exact"),
        ("1.200 detenidos", "es", 1200, "exact"),
        ("1,200 arrests", "en", 1200, "exact"),
        ("approximately 300 users", "en", 300, "about"),
        ("more than 6,000 kilograms", "en", 6000, "more_than"),
        ("almost 800 arrests", "en", 800, "almost"),
        ("casi 800 detenidos", "es", 800, "almost"),
        ("up to 40 victims", "en", 40, "up_to"),
        ("hasta 40 víctimas", "es", 40, "up_to"),
        ("at least 68 suspects", "en", 68, "at_least"),
        ("al menos 68 sospechosos", "es", 68, "at_least"),
        ("más de 30 toneladas", "es", 30, "more_than"),
        ("unos 40.000 €", "es", 40000, "about"),
        ("30 or more suspects", "en", 30, "at_least"),
    ],
)
def test_numbers_and_qualifiers(text, lang, value, qualifier):
    v, q, _, _, quote = only(text, lang)
    assert (v, q) == (value, qualifier)
    assert quote in text and quote  # the figure's span is a slice of the text


def test_ranges_units_and_scales():
    assert only("between 10 and 15 guns")[:3] == (10, "range", 15)
    assert only("entre 10 y 15 armas", "es")[:3] == (10, "range", 15)
    assert only("2.5 tonnes of cocaine")[0:4:3] == (2.5, "tonnes")
    assert only("€3 million in cash")[0:4:3] == (3_000_000, "EUR")
    assert only("1,5 millones de euros", "es")[0:4:3] == (1_500_000, "EUR")


def test_years_percentages_and_one_are_not_counts():
    assert find_quantities("in 2024, 40% of cases") == []
    weak = find_quantities("one of the suspects")
    assert weak and weak[0].weak  # a number only when the noun it counts follows


PUB = date(2025, 6, 6)  # a Friday


@pytest.mark.parametrize(
    "text, value, as_reported",
    [
        ("The arrests took place between March and May 2025.", "2025-03/2025-05", "between March and May 2025"),
        ("It began in late 2024.", "2024", "late 2024"),
        ("It started at the end of last year.", "2024", "the end of last year"),
        ("Interpol announced on Friday the arrests.", "2025-06-06", "on Friday"),
        ("In December 2024, Interpol invited them.", "2024-12", "December 2024"),
        ("They met in December.", "2024-12", "in December"),
        ("Europol said on 6 June 2025.", "2025-06-06", "6 June 2025"),
        ("La operación se anunció el 6 de junio de 2025.", "2025-06-06", "6 de junio de 2025"),
        ("Comenzó a finales del año pasado.", "2024", "a finales del año pasado"),
        ("Interpol informó este viernes.", "2025-06-06", "este viernes"),
        ("Las detenciones se hicieron entre marzo y mayo de 2025.", "2025-03/2025-05", "entre marzo y mayo de 2025"),
        ("desde finales de octubre", "2024-10", "finales de octubre"),
    ],
)
def test_dates_resolved_against_publication(text, value, as_reported):
    found = find_dates(text, PUB)
    assert [(d.value, d.as_reported) for d in found] == [(value, as_reported)]


def test_relative_dates_stay_unknown_without_a_publication_day():
    assert [d.value for d in find_dates("It started last year and ended on Friday.", None)] == [None, None]
    day, precise = parse_published("2025-06")
    assert not precise  # a month resolves "last year" but never a weekday
    assert [d.value for d in find_dates("last year, on Friday", day, precise)] == ["2024", None]


@pytest.mark.parametrize(
    "text, codes",
    [
        ("arrests in Argentina, Brazil, Spain and the United States", ["ARG", "BRA", "ESP", "USA"]),
        ("detenciones en Honduras, Estados Unidos, Italia y Bulgaria", ["HND", "USA", "ITA", "BGR"]),
        ("The operation, led by Spanish police", ["ESP"]),
        ("la policía argentina y la Guardia Civil", ["ARG", "ESP"]),
        ("Korea's National Police Agency", ["KOR"]),
        ("Papua New Guinea, not Guinea alone", ["PNG"]),
        ("Países Bajos, Reino Unido y EE.UU.", ["NLD", "GBR", "USA"]),
        ("a spanish guitar and an argentina tango", []),
    ],
)
def test_countries_by_name_demonym_and_agency(text, codes):
    assert [c.iso3 for c in find_countries(text)] == codes


def test_sentences_are_slices_and_keep_abbreviations():
    text = "Police in the U.S. arrested 3 people. Dr. Smith said so!\nHeadline without stop"
    sents = split_sentences(text)
    assert [s.text for s in sents] == [
        "Police in the U.S. arrested 3 people.",
        "Dr. Smith said so!",
        "Headline without stop",
    ]
    assert all(text[s.start : s.end] == s.text for s in sents)


def _valid_as_draft(record_yaml: str, record_id: str) -> list[str]:
    loaded = check_bytes(Path(f"{record_id}.yaml"), record_yaml.encode("utf-8"), use_cache=False)
    return [str(p) for p in loaded.problems]


def test_vibora_article_draft():
    text = (
        "LYON, France -- Interpol says 20 people have been arrested in 12 countries. Spanish authorities "
        "arrested seven suspects, Interpol said. Authorities arrested three in El Salvador and a teacher in "
        "Panama. The operation, led by Spanish police, started at the end of last year."
    )
    r = draft_from_bytes(text.encode(), SourceInfo(url="https://example.org/a", publisher="AP", published="2025-06-06"))
    figs = {(f.metric, f.value, f.place.iso3 if f.place else None) for f in r.facts.figures}
    assert {
        ("arrests", 20, None),
        ("countries_with_arrests", 12, None),
        ("arrests", 7, "ESP"),
        ("arrests", 3, "SLV"),
        ("arrests", 1, "PAN"),
    } <= figs
    assert r.facts.lead == ["ESP"]
    assert "FRA" not in {c.iso3 for c in r.facts.countries}  # the dateline is not a fact
    rec = r.record
    assert rec["status"] == "draft" and rec.get("working_title") and "name" not in rec
    assert all(c["unreviewed"] is True and c["quote"] in text for c in rec["claims"])
    assert all(p["unreviewed"] is True for p in rec["places"])
    assert rec["sources"][0]["url"] == "https://example.org/a" and rec["sources"][0]["date"] == "2025-06-06"
    assert [p for p in rec["phases"] if p["start"] == "2024" and p["start_as_reported"] == "the end of last year"]
    assert _valid_as_draft(r.yaml, rec["id"]) == []


def test_disagreeing_figures_make_a_dispute_and_compatible_ones_do_not():
    text = (
        "Casi 800 detenidos en una operación. La operación se saldó con 796 detenidos. "
        "Otra nota dice que fueron 700 detenidos."
    )
    r = draft_from_bytes(text.encode(), SourceInfo(language="es"))
    disputes = r.record["disputes"]
    claims = {c["id"]: c for c in r.record["claims"]}
    assert len(disputes) == 1 and {claims[i]["count"] for i in disputes[0]["contested"]} == {800, 796, 700}
    assert disputes[0]["title"].startswith("Which figure")  # 700 cannot be "almost 800" nor 796
    r2 = draft_from_bytes(
        "Casi 800 detenidos en una operación. Se saldó con 796 detenidos.".encode(), SourceInfo(language="es")
    )
    assert r2.record["disputes"][0]["title"].startswith("Do these figures")  # they may agree
    assert _valid_as_draft(r.yaml, r.record["id"]) == []


HOSTILE_HTML = (
    b"<html><head><title>t</title><script>var x='<p>20 arrests</p>';</script></head><body>"
    b"<nav>Home | News</nav><article><h1>Police arrest 12 in Madrid</h1><p>Spanish police arrested "
    b"12 people in Madrid, officials said.</p><script>alert('<img src=x onerror=alert(1)>')</script>"
    b"</article></body></html>"
)


def test_hostile_html_is_read_as_text_without_scripts():
    r = draft_from_bytes(HOSTILE_HTML, SourceInfo())
    assert r.article.origin == "html"
    assert "alert" not in r.article.text and "<" not in r.article.text
    assert ("arrests", 12.0) in {(f.metric, f.value) for f in r.facts.figures}
    assert _valid_as_draft(r.yaml, r.record["id"]) == []


def test_a_megabyte_of_text_is_cut_with_a_note_and_stays_fast():
    sentence = b"Spanish police arrested 12 people in Madrid. "
    t0 = time.perf_counter()
    r = draft_from_bytes(sentence * (1_000_000 // len(sentence)), SourceInfo())
    assert time.perf_counter() - t0 < 10
    assert any("only the start was read" in n for n in r.facts.notes)
    assert _valid_as_draft(r.yaml, r.record["id"]) == []


@pytest.mark.parametrize(
    "text",
    [
        b"The weather was fine and nobody was arrested.",  # no figures at all
        b"Twenty apples and 3 pears were on the table in 2024.",  # figures, but no operation
        b"\xff\xfe\x00garbage\x00\x01 in Spain",  # not UTF-8, control characters
    ],
)
def test_articles_without_an_operation_give_a_valid_empty_draft(text):
    r = draft_from_bytes(text, SourceInfo())
    assert r.record.get("claims", []) == []
    assert _valid_as_draft(r.yaml, r.record["id"]) == []


@pytest.mark.parametrize("raw", [b"", b"   \n\t ", b"<html><body><script>x()</script></body></html>"])
def test_empty_input_is_a_clear_error(raw):
    with pytest.raises(ArticleError, match="no article text found"):
        draft_from_bytes(raw, SourceInfo())


def run_cli(*args, stdin=None):
    return subprocess.run(
        [sys.executable, "-m", "opsatlas", *args], capture_output=True, text=True, cwd=ROOT, input=stdin, check=False
    )


def test_draft_command_writes_a_record_that_validates(tmp_path):
    out = tmp_path / "ap-vibora.yaml"
    text = "Spanish authorities arrested seven suspects, Interpol said on Friday."
    res = run_cli(
        "draft",
        "-",
        "--out",
        str(out),
        "--url",
        "https://example.org/ap",
        "--publisher",
        "AP",
        "--published",
        "2025-06-06",
        "--lang",
        "en",
        "--kind",
        "wire",
        stdin=text,
    )
    assert res.returncode == 0, res.stderr
    assert "1 figure(s)" in res.stderr and "unreviewed" in res.stderr
    rec = yaml.safe_load(out.read_text(encoding="utf-8"))
    assert rec["id"] == "ap-vibora" and rec["status"] == "draft" and rec["sources"][0]["kind"] == "wire"
    check = run_cli("validate", str(out))
    assert check.returncode == 0, check.stdout + check.stderr


def test_draft_command_errors_are_one_line(tmp_path):
    res = run_cli("draft", str(tmp_path / "missing.txt"), "--out", str(tmp_path / "x.yaml"))
    assert res.returncode == 1 and "no such file" in res.stderr and "Traceback" not in res.stderr
    res = run_cli("draft", "-", "--out", str(tmp_path / "x.yaml"), "--published", "June 2025", stdin="x")
    assert res.returncode == 2 and "is not a date" in res.stderr and "Traceback" not in res.stderr
    res = run_cli("draft", "-", "--out", str(tmp_path / "x.yaml"), stdin="")
    assert res.returncode == 1 and "no article text found" in res.stderr


@pytest.mark.skipif(not ARTICLES, reason="no fixture articles in tests/fixtures/articles yet")
@pytest.mark.parametrize("path", ARTICLES, ids=[p.parent.name for p in ARTICLES])
def test_every_fixture_article_drafts_to_a_valid_draft(path):
    expected_file = path.parent / "expected.yaml"
    exp = yaml.safe_load(expected_file.read_text(encoding="utf-8")) if expected_file.exists() else {}
    published = exp.get("published")
    info = SourceInfo(
        url=exp.get("url"),
        publisher=exp.get("publisher"),
        published=None
        if published is None
        else (published.isoformat() if isinstance(published, date) else str(published)),
        language=exp.get("language") or "en",
        kind=exp.get("kind"),
    )
    r = draft_from_bytes(path.read_bytes(), info)
    text = r.article.text
    assert all(c["quote"] in text for c in r.record.get("claims", []))
    assert _valid_as_draft(r.yaml, r.record["id"]) == []


def figures_of(text: str, lang: str = "en", published: str | None = "2025-06-06"):
    r = draft_from_bytes(text.encode(), SourceInfo(language=lang, published=published))
    return {(f.metric, f.value, f.place.name if f.place else None) for f in r.facts.figures if f.value is not None}


@pytest.mark.parametrize("text, lang, expected", [
    # a group named again is not a new figure
    ("La Policía Nacional ha detenido a ocho personas. Uno de los ocho arrestados, en Madrid, creó una red.", "es",
     {("arrests", 8, None)}),
    # arrests broken down by offence are parts of the total, not rival totals
    ("Police arrested 166 people. Police arrested 17 people for firearms trafficking; 73 for migrant smuggling.",
     "en", {("arrests", 166, None)}),
    # a sentence about another operation gives no figure of this one
    ("La operación Tantalio acabó con 39 detenidos. Otra operación, bautizada como Pilumnus, acabó con 102 "
     "detenidos.", "es", {("arrests", 39, None)}),
    # counts in brackets and elliptic counts take the sentence's metric and their place
    ("Las detenciones tuvieron lugar en Colombia (7) y Bolivia (2). Del total de las detenciones, cinco se han "
     "producido en España y tres en Holanda.", "es",
     {("arrests", 7, "Colombia"), ("arrests", 2, "Bolivia"), ("arrests", 5, "Spain"), ("arrests", 3, "Netherlands")}),
    # a figure for a region is placed at the region, and so are the countries counted with it
    ("Authorities in Latin America arrested 10 suspects in seven countries.", "en",
     {("arrests", 10, "Latin America"), ("countries_with_arrests", 7, "Latin America")}),
    # seizures with units and items; percentages are not counts
    ("Police seized 2.5 tonnes of cocaine and €3 million in cash; 40% of it in Rotterdam.", "en",
     {("seizures", 2.5, None), ("seizures", 3_000_000, None)}),
    # charged is not arrested
    ("111 people were charged with possession of abuse material.", "en", set()),
])
def test_figures_in_context(text, lang, expected):
    assert figures_of(text, lang) == expected


def test_names_from_headlines_need_the_body():
    r = draft_from_bytes(b"Europe-wide Operation Nabs 166 Crime Suspects From South-East Europe\n"
                         b"Police arrested 166 people, Europol said.", SourceInfo())
    assert r.facts.name is None
    r = draft_from_bytes('Bautizada como "Laminar", la operación comenzó en Nueva Zelanda.'.encode(),
                         SourceInfo(language="es"))
    assert r.facts.name == "Laminar" and r.record["name"] == "Operation Laminar"
    assert r.facts.lead == ["NZL"]  # where the investigation began, when no sentence says who led


def test_places_only_in_named_countries_and_never_by_a_partial_name():
    r = draft_from_bytes("La Policía Nacional detuvo a dos personas en Gran Canaria y a una en Sevilla, España; "
                         "también participó Hungría.".encode(), SourceInfo(language="es"))
    names = {p.place.name for p in r.facts.places}
    assert "Sevilla" in names and not any(p.place.iso3 == "HUN" for p in r.facts.places)
