"""Convention C1 (`tests/fixtures/articles/CONVENTIONS.md`): where the whole operation happened in one country,
each count is the operation's and that country's both; where it ran in several, a country's count is its own.

Each case is a sentence written for the test (not taken from an evaluation article).
"""

from __future__ import annotations

import pytest

from opsatlas.draft import SourceInfo, draft_from_bytes
from opsatlas.draft.one_country import SCOPED_METRICS, the_one_country
from opsatlas.records.vocab import METRIC
from tests.test_draft import figures_of


@pytest.mark.parametrize("text, lang, expected", [
    # a national force's arrests and seizures, helped by a foreign agency: the operation's and the country's
    ("Colombian police arrested 52 people and seized 3 tonnes of cocaine in an operation supported by the US Drug "
     "Enforcement Administration.", "en",
     {("arrests", 52, None), ("arrests", 52, "Colombia"), ("seizures", 3, None), ("seizures", 3, "Colombia")}),
    ("La Policía Nacional ha detenido a 13 personas en Madrid y Valencia en una investigación con información del "
     "FBI. Los agentes intervinieron 40 kilos de hachís.", "es",
     {("arrests", 13, None), ("arrests", 13, "Spain"), ("seizures", 40, None), ("seizures", 40, "Spain")}),
    # the one town's count is the town's, the country's and the operation's
    ("La Guardia Civil ha detenido a 10 personas en Málaga.", "es",
     {("arrests", 10, None), ("arrests", 10, "Spain"), ("arrests", 10, "Málaga")}),
    ("Australian Federal Police arrested ten suspects in Sydney.", "en",
     {("arrests", 10, None), ("arrests", 10, "Australia"), ("arrests", 10, "Sydney")}),
])
def test_a_one_country_operations_counts_are_the_countrys_too(text, lang, expected):
    assert figures_of(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # other countries took part: Spain's twelve are Spain's only, and no total is made up from them
    ("La operación, coordinada por Europol, se desarrolló en España, Francia e Italia. En España fueron detenidas "
     "12 personas.", "es", {("arrests", 12, "Spain")}),
    ("Police in Spain, France and Italy took part in the operation. Twelve people were arrested in Spain.", "en",
     {("arrests", 12, "Spain")}),
    # arrests in two countries: each country's count is its own
    ("Police arrested 20 people: 12 in Spain and 8 in Portugal.", "en",
     {("arrests", 20, None), ("arrests", 12, "Spain"), ("arrests", 8, "Portugal")}),
    # two towns' counts are not added up, nor is either the whole
    ("La Guardia Civil ha detenido a 10 personas en Málaga y a 4 en Cádiz.", "es",
     {("arrests", 10, "Málaga"), ("arrests", 4, "Cadiz")}),
])
def test_a_several_country_operations_counts_stay_where_they_are(text, lang, expected):
    assert figures_of(text, lang) == expected


@pytest.mark.parametrize("text, lang", [
    ("Spanish police arrested 13 people in an operation across 19 countries.", "en"),
    ("La Policía Nacional ha detenido a 13 personas en una operación internacional desarrollada en 19 países.", "es"),
])
def test_the_one_country_is_none_where_countries_are_counted(text, lang):
    r = draft_from_bytes(text.encode(), SourceInfo(language=lang, published="2025-06-06"))
    assert the_one_country(r.facts.figures, r.facts.countries) is None
    # Spain's part of the operation, not its total
    arrests = {(f.place.name if f.place else None, f.value) for f in r.facts.figures if f.metric == "arrests"}
    assert arrests == {("Spain", 13)}


def test_scoped_metrics_are_metrics_of_the_schema():
    assert set(SCOPED_METRICS) <= set(METRIC)
    assert not any(METRIC[m].kind == "countries" for m in SCOPED_METRICS)


@pytest.mark.parametrize("text, lang, mentioned, not_mentioned", [
    # a suspect's nationality: the country is mentioned (convention C5), not a place of the operation
    ("La Guardia Civil ha detenido a tres italianos y dos marroquíes en Málaga.", "es", {"ITA", "MAR"}, set()),
    ("The arrested suspects are all Syrian nationals, German police said.", "en", {"SYR"}, set()),
    # migrants' and victims' nationalities add nothing
    ("La policía desarticuló una red que traficaba con mujeres, principalmente colombianas, en Barcelona.", "es",
     set(), {"COL"}),
    ("Officers in Panama rescued 40 Venezuelan migrants.", "en", set(), {"VEN"}),
])
def test_a_suspects_nationality_is_a_country_mentioned(text, lang, mentioned, not_mentioned):
    r = draft_from_bytes(text.encode(), SourceInfo(language=lang, published="2025-06-06"))
    roles = {c.iso3: c.role for c in r.facts.countries}
    assert all(roles.get(iso) == "mentioned" for iso in mentioned)
    assert not (set(roles) & not_mentioned)
    # a nationality places no figure
    assert not any(f.place is not None and f.place.iso3 in mentioned for f in r.facts.figures)


def test_the_review_lists_the_whole_operations_reading_before_the_countrys():
    from opsatlas.draft.review import candidates

    r = draft_from_bytes("Colombian police arrested 52 people and seized 3 tonnes of cocaine in Cali.".encode(),
                         SourceInfo(language="en", published="2025-06-06"))
    labels = [c.label for c in candidates(r.facts) if c.kind == "figure"]
    whole = [i for i, lab in enumerate(labels) if "whole operation" in lab]
    placed = [i for i, lab in enumerate(labels) if "whole operation" not in lab]
    assert whole and placed and max(whole) < min(placed), labels
    # the ids still name each figure by its place in the draft, so decisions map back to it
    assert sorted(c.key for c in candidates(r.facts) if c.kind == "figure") == sorted(
        f"figure-{i}" for i in range(len(r.facts.figures)))
