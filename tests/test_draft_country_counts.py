"""Per-country counts: the rules that place an arrest, a suspect, a victim or a seizure in a country.

Each case is a sentence written for the test (not taken from an evaluation article); each fails without
the rule it names.
"""

from __future__ import annotations

import pytest

from tests.test_draft import figures_of


@pytest.mark.parametrize("text, lang, expected", [
    # the place the verb points to, past the route or origin named first
    ("Six tonnes of cocaine that passed through Sierra Leone were seized in Antwerp, Belgium.", "en",
     {("seizures", 6, "Belgium"), ("seizures", 6, None)}),
    ("Police arrested 12 people. Two suspects from Albania were arrested in Italy.", "en",
     {("arrests", 12, None), ("arrests", 2, "Italy")}),
    ("Se detuvo a 20 personas. Un cargamento de 300 kilos de cocaína que pasó por Panamá fue incautado en España.",
     "es", {("arrests", 20, None), ("seizures", 300, "Spain"), ("arrests", 20, "Spain"), ("seizures", 300, None)}),
    # where the goods were to be brought is not where they were seized
    ("La policía intervino 900 kilos de cocaína que se iban a introducir en Portugal.", "es", {("seizures", 900, None)}),
    ("Officers seized 900 kg of cocaine that was to be smuggled into Ireland.", "en", {("seizures", 900, None)}),
    ("Officers seized 900 kg of cocaine in Ireland.", "en", {("seizures", 900, "Ireland"), ("seizures", 900, None)}),
    # a place joined to another country's by "and in": both countries', so the whole operation's
    ("Officers seized 40 cars across several Peruvian regions and in the Bolivian capital, La Paz.", "en",
     {("seizures", 40, None)}),
    # a body's seat is not where its figures are
    ("Se decomisaron 80 camiones, informó la organización con sede en Lyon (Francia).", "es", {("seizures", 80, None)}),
    ("Officers seized 80 trucks, said the agency headquartered in The Hague, Netherlands.", "en",
     {("seizures", 80, None)}),
])
def test_place_past_route(text, lang, expected):
    assert figures_of(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # a demonym qualifying a noun after the figure is no place: the place the verb points to is
    ("Un total de 15 hombres vinculados a la Camorra italiana han sido detenidos en Francia.", "es",
     {("arrests", 15, "France"), ("arrests", 15, None)}),
    ("Last week, 18 members of a Colombian cartel were arrested in Portugal.", "en", {("arrests", 18, "Portugal"),
                                                                                      ("arrests", 18, None)}),
])
def test_place_past_a_demonym(text, lang, expected):
    assert figures_of(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # one person arrested by a national force: the force's country
    ("Police arrested 30 people in five countries. The leader of the network was arrested by the Bolivian police.",
     "en", {("arrests", 30, None), ("countries_with_arrests", 5, None), ("arrests", 1, "Bolivia")}),
    ("Se detuvo a 30 personas en cinco países. El cabecilla de la red fue detenido por la policía boliviana.", "es",
     {("arrests", 30, None), ("countries_with_arrests", 5, None), ("arrests", 1, "Bolivia")}),
    # where the person is wanted is not where the arrest was
    ("Se detuvo a 30 personas en cinco países. Un prófugo buscado en Perú fue arrestado por la Policía Federal de "
     "Argentina.", "es", {("arrests", 30, None), ("countries_with_arrests", 5, None), ("arrests", 1, "Argentina")}),
    # a date before the verb counts no one
    ("Se detuvo a 30 personas en cinco países. El 9 de abril de 2025, ese mismo individuo fue recapturado por la "
     "Policía del Paraguay.", "es", {("arrests", 30, None), ("countries_with_arrests", 5, None), ("arrests", 1, "Paraguay")}),
    # a named person arrested by a country's force
    ("Se detuvo a 30 personas en cinco países. El 9 de abril, la Policía del Paraguay logró detener a Juan Pérez.", "es",
     {("arrests", 30, None), ("countries_with_arrests", 5, None), ("arrests", 1, "Paraguay")}),
])
def test_one_arrest_by_a_force(text, lang, expected):
    assert figures_of(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # "the remaining one", "el restante": one person, in a list of counted people
    ("Se detuvo a ocho sospechosos: seis en Chile, uno en Perú y el restante en Bolivia.", "es",
     {("arrests", 8, None), ("arrests", 6, "Chile"), ("arrests", 1, "Peru"), ("arrests", 1, "Bolivia")}),
    ("Police arrested eight suspects: six in Chile, one in Peru and the remaining one in Bolivia.", "en",
     {("arrests", 8, None), ("arrests", 6, "Chile"), ("arrests", 1, "Peru"), ("arrests", 1, "Bolivia")}),
    # a Spanish singular participle set after the person
    ("Se detuvo a 40 personas en diez países. Entre los arrestos notables estaba uno de los fugitivos más buscados de Chile, "
     "detenido en Italia.", "es",
     {("arrests", 40, None), ("countries_with_arrests", 10, None), ("arrests", 1, "Italy")}),
    # a pronoun for the one person: "arrestarlo en", "arrested him in"
    ("Se detuvo a 40 personas en diez países. Los agentes de Ecuador lograron localizarlo y arrestarlo en Ecuador.",
     "es", {("arrests", 40, None), ("countries_with_arrests", 10, None), ("arrests", 1, "Ecuador")}),
    ("Police arrested 40 people in ten countries. Officers tracked the fugitive and arrested him in Italy.", "en",
     {("arrests", 40, None), ("countries_with_arrests", 10, None), ("arrests", 1, "Italy")}),
    # the leader arrested, in the one country the sentence gives the arrest to
    ("Se detuvo a 40 personas en diez países. La policía desmanteló una red en Brasil y se arrestó al principal "
     "sospechoso.", "es", {("arrests", 40, None), ("countries_with_arrests", 10, None), ("arrests", 1, "Brazil")}),
    # not when others were arrested with the leader
    ("Police arrested 40 people in ten countries. Police in Brazil arrested the ringleader and several members.", "en",
     {("arrests", 40, None), ("countries_with_arrests", 10, None), ("arrests", None, "Brazil")}),
])
def test_one_person_arrested(text, lang, expected):
    assert {f for f in figures_of(text, lang)} | _unknown(text, lang) == expected


def _unknown(text: str, lang: str) -> set[tuple[str, None, str]]:
    from opsatlas.draft import SourceInfo, draft_from_bytes

    r = draft_from_bytes(text.encode(), SourceInfo(language=lang, published="2025-06-06"))
    return {(f.metric, None, f.place.name) for f in r.facts.figures if f.value is None and f.place and f.metric == "arrests"}


@pytest.mark.parametrize("text, lang, expected", [
    # a nationality in the plural counts people; the place is where the force arrested them
    ("Police arrested 17 people. Police in the United Arab Emirates arrested five Australians.", "en",
     {("arrests", 17, None), ("arrests", 5, "United Arab Emirates")}),
    ("Police arrested 17 people. In Spain, officers detained three Colombians.", "en",
     {("arrests", 17, None), ("arrests", 3, "Spain")}),
    # "59 Thais among 61 arrested": a part of the count, not a second total
    ("59 Thais among 61 arrested in raids. Police arrested 61 people.", "en", {("arrests", 61, None)}),
])
def test_nationals_counted(text, lang, expected):
    assert figures_of(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # an island is a place of its country: two places of one country give the country's count
    ("La Policía Nacional de España ha detenido a 45 personas en siete países, ocho de ellas en Barcelona y Mallorca.",
     "es", {("arrests", 45, None), ("countries_with_arrests", 7, None), ("arrests", 8, "Spain")}),
    ("Police arrested 45 people in seven countries, including eight in Majorca and Madrid, Spain.", "en",
     {("arrests", 45, None), ("countries_with_arrests", 7, None), ("arrests", 8, "Spain")}),
])
def test_islands(text, lang, expected):
    assert figures_of(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # "his arrest" in a case a place frames
    ("Police arrested 40 people. In a separate case in Chile, police identified an offender sharing material. "
     "Following his arrest, investigators analysed the files.", "en", {("arrests", 40, None), ("arrests", 1, "Chile")}),
    # not without a place that frames the case
    ("Police arrested 40 people. Police identified an offender sharing material. Following his arrest, "
     "investigators analysed the files.", "en", {("arrests", 40, None)}),
    # the place, then the arrest of one of them
    ("Se detuvo a 18 personas en España y Colombia. Los agentes participaron en Colombia en la detención de uno de "
     "ellos.", "es", {("arrests", 18, None), ("arrests", 1, "Colombia")}),
])
def test_one_arrest_in_a_case(text, lang, expected):
    assert figures_of(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # "a nivel nacional", "nationwide": the country of the last figure placed
    ("Más de cien personas fueron detenidas en diez países. La Policía Nacional ha detenido a 14 personas en Madrid y "
     "Sevilla. Además, otras 11 personas han sido imputadas a nivel nacional.", "es",
     {("arrests", 100, None), ("countries_with_arrests", 10, None), ("arrests", 14, "Spain"),
      ("suspects_identified", 11, "Spain")}),
    ("Police arrested 300 people in 20 countries. In Italy, police arrested 14 people. Another 11 suspects were "
     "identified nationwide.", "en",
     {("arrests", 300, None), ("countries_with_arrests", 20, None), ("arrests", 14, "Italy"),
      ("suspects_identified", 11, "Italy")}),
])
def test_nationwide(text, lang, expected):
    assert figures_of(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # "All four remain in French custody": those arrested, in that country
    ("Police arrested 12 people in two countries. All four remain in French custody.", "en",
     {("arrests", 12, None), ("countries_with_arrests", 2, None), ("arrests", 4, "France")}),
    ("Se detuvo a 12 personas en dos países. Los tres siguen bajo custodia francesa.", "es",
     {("arrests", 12, None), ("countries_with_arrests", 2, None), ("arrests", 3, "France")}),
])
def test_in_custody(text, lang, expected):
    assert figures_of(text, lang) == expected

_EN = "Police arrested 500 people in 30 countries. "
_ES = "La policía detuvo a 500 personas en 30 países. "
_WHOLE = {("arrests", 500, None), ("countries_with_arrests", 30, None)}


@pytest.mark.parametrize("text, lang, expected", [
    # a force named with its words: "la Policía Federal de Brasil"
    (_ES + "Agentes de la Policía Federal de Brasil detuvieron a 300 personas.", "es", {("arrests", 300, "Brazil")}),
    # "y en Ecuador" opens the next clause: the count before it is not Ecuador's
    (_ES + "En Colombia fueron capturadas 12 personas y en Ecuador otras 5.", "es",
     {("arrests", 12, "Colombia"), ("arrests", 5, "Ecuador")}),
    (_EN + "Authorities in Colombia arrested 12 people, and in Ecuador 5 more.", "en",
     {("arrests", 12, "Colombia"), ("arrests", 5, "Ecuador")}),
    # a bare count after "in <place>," in a clause of its own
    (_EN + "In the Netherlands, two suspects were arrested; in Belgium, three.", "en",
     {("arrests", 2, "Netherlands"), ("arrests", 3, "Belgium")}),
    (_ES + "En Holanda, dos sospechosos fueron detenidos; en Bélgica, tres.", "es",
     {("arrests", 2, "Netherlands"), ("arrests", 3, "Belgium")}),
])
def test_clauses_with_a_place(text, lang, expected):
    assert figures_of(text, lang) == _WHOLE | expected


@pytest.mark.parametrize("text, lang, expected", [
    # a country as the subject of its own count
    (_EN + "Spain made 45 arrests, more than any other country.", "en", {("arrests", 45, "Spain")}),
    (_EN + "Spain accounted for 40 of the arrests.", "en", {("arrests", 40, "Spain")}),
    # "followed by France with 30", "seguido de Chile con 12"
    (_EN + "Germany reported 50 arrests, followed by France with 30.", "en",
     {("arrests", 50, "Germany"), ("arrests", 30, "France")}),
    (_ES + "Perú realizó 25 detenciones, seguido de Chile con 12.", "es",
     {("arrests", 25, "Peru"), ("arrests", 12, "Chile")}),
])
def test_country_as_subject(text, lang, expected):
    assert figures_of(text, lang) == _WHOLE | expected


@pytest.mark.parametrize("text, lang, expected", [
    # a line opened by a place, a colon and a count
    (_EN + "Germany: 12 arrests. France: 8 arrests.", "en", {("arrests", 12, "Germany"), ("arrests", 8, "France")}),
    (_ES + "Alemania: 12 detenidos. Francia: 8 detenidos.", "es", {("arrests", 12, "Germany"), ("arrests", 8, "France")}),
    # or by a place and a spaced dash, each on its own line
    (_EN + "\nGermany - 30 search warrants and 12 arrests\nFrance - 8 arrests", "en",
     {("arrests", 12, "Germany"), ("arrests", 8, "France")}),
    (_ES + "\nAlemania – 12 detenidos\nFrancia – 8 detenidos", "es",
     {("arrests", 12, "Germany"), ("arrests", 8, "France")}),
    # a dash that opens no line joins no place to a count
    (_EN + "Officers in Germany worked from May 2 - 6.", "en", set()),
    # ... or a spaced dash for the colon, one line a country
    (_EN + "Germany - 30 search warrants and 12 arrests\nFrance – 8 arrests\n", "en",
     {("arrests", 12, "Germany"), ("arrests", 8, "France")}),
    (_ES + "Alemania - 12 detenidos\nFrancia - 8 detenidos\n", "es",
     {("arrests", 12, "Germany"), ("arrests", 8, "France")}),
    # ... not a dash in the middle of a sentence, before a count placed elsewhere
    ("Police arrested 20 people. Raids hit Germany - 12 people were later arrested in France.", "en",
     {("arrests", 20, None), ("arrests", 12, "France")}),
    # a headline's topic is not a count's place
    ("Germany: police expose a global racket, 17 arrested. Police arrested 17 people in Germany and France.", "en",
     {("arrests", 17, None)}),
    # a country as the subject of an arrest verb, then a list of bare counts
    (_EN + "Nigeria arrested 50 suspects, Ghana 20 and Kenya 10.", "en",
     {("arrests", 50, "Nigeria"), ("arrests", 20, "Ghana"), ("arrests", 10, "Kenya")}),
    (_ES + "Brasil encabeza la lista con 300 detenciones.", "es", {("arrests", 300, "Brazil")}),
    # "En el caso de Chile, …"
    (_ES + "En el caso de Chile, se detuvo a 14 personas.", "es", {("arrests", 14, "Chile")}),
])
def test_country_lines(text, lang, expected):
    assert figures_of(text, lang) == (_WHOLE if text.startswith((_EN, _ES)) else set()) | expected


@pytest.mark.parametrize("text, lang, expected", [
    # places and counts paired in order by "respectively"
    (_EN + "In Spain and Portugal, 12 and 8 people were arrested respectively.", "en",
     {("arrests", 12, "Spain"), ("arrests", 8, "Portugal")}),
    (_ES + "En España y Portugal fueron detenidas 12 y 8 personas, respectivamente.", "es",
     {("arrests", 12, "Spain"), ("arrests", 8, "Portugal")}),
    # counts with their noun in brackets after each place
    (_EN + "Spain (10 arrests), France (8 arrests) and Italy (7 arrests) led the way.", "en",
     {("arrests", 10, "Spain"), ("arrests", 8, "France"), ("arrests", 7, "Italy")}),
    # a table written in a sentence: "España, 10; Francia, 8"
    (_ES + "Los arrestos se distribuyen así: España, 10; Francia, 8; Italia, 7.", "es",
     {("arrests", 10, "Spain"), ("arrests", 8, "France"), ("arrests", 7, "Italy")}),
    # "En Ecuador, a ocho": the verb left out
    (_ES + "En Colombia la policía detuvo a 10 personas. En Ecuador, a ocho.", "es",
     {("arrests", 10, "Colombia"), ("arrests", 8, "Ecuador")}),
    # "The US accounted for 65 arrests"
    (_EN + "The US accounted for 65 arrests.", "en", {("arrests", 65, "United States")}),
])
def test_lists_and_tables(text, lang, expected):
    assert figures_of(text, lang) == _WHOLE | expected


@pytest.mark.parametrize("text, lang, expected", [
    # forces listed with the verb left out: each count is its force's country's
    (_EN + "The Spanish National Police arrested 10 people, the French Gendarmerie 8 and the Italian Carabinieri 7.",
     "en", {("arrests", 10, "Spain"), ("arrests", 8, "France"), ("arrests", 7, "Italy")}),
    (_ES + "La Policía Nacional arrestó a 10 personas en España; la Gendarmería francesa, a 8.", "es",
     {("arrests", 10, "Spain"), ("arrests", 8, "France")}),
])
def test_forces_listed(text, lang, expected):
    assert figures_of(text, lang) == _WHOLE | expected


@pytest.mark.parametrize("text, lang, expected", [
    # forces named in other ways: possessive, after the force's noun, Spanish demonyms of the press
    (_EN + "Portugal's Judicial Police arrested 12 suspects.", "en", {("arrests", 12, "Portugal")}),
    (_ES + "Los investigadores italianos detuvieron a 12 sospechosos.", "es", {("arrests", 12, "Italy")}),
    (_ES + "La Policía Judiciaria portuguesa detuvo a 12 personas.", "es", {("arrests", 12, "Portugal")}),
    (_ES + "La policía lusa detuvo a 12 personas.", "es", {("arrests", 12, "Portugal")}),
    (_EN + "Portugal had 12 arrests.", "en", {("arrests", 12, "Portugal")}),
])
def test_forces_named(text, lang, expected):
    assert figures_of(text, lang) == _WHOLE | expected


@pytest.mark.parametrize("text, lang, expected", [
    # one country's part of the operation frames the sentence
    (_EN + "The Spanish leg of the operation led to 12 arrests.", "en", {("arrests", 12, "Spain")}),
    (_EN + "In the Spanish part of the operation, 12 people were arrested.", "en", {("arrests", 12, "Spain")}),
    (_ES + "La parte española de la operación se saldó con 12 detenidos.", "es", {("arrests", 12, "Spain")}),
    # a later sentence that points back at the one country, or the one force, named before
    (_EN + "Italy was the most affected country. There, 12 people were arrested.", "en", {("arrests", 12, "Italy")}),
    (_ES + "En España, la operación se desarrolló en Madrid. Allí fueron detenidas 12 personas.", "es",
     {("arrests", 12, "Spain")}),
    (_EN + "Spanish police took part in the operation. They arrested 12 people.", "en", {("arrests", 12, "Spain")}),
    (_ES + "La Guardia Civil ha participado en la operación. Los agentes detuvieron a 12 personas.", "es",
     {("arrests", 12, "Spain")}),
    # not when the sentence before names two countries
    (_EN + "Spanish and Italian police took part in the operation. They arrested 12 people.", "en", set()),
])
def test_pointing_back(text, lang, expected):
    assert figures_of(text, lang) - {("arrests", 12, None)} == _WHOLE | expected


@pytest.mark.parametrize("text, lang, expected", [
    # a demonym that qualifies places: "in several Portuguese cities", "en distintas ciudades portuguesas"
    (_EN + "Twelve suspects were detained in several Portuguese cities.", "en", {("arrests", 12, "Portugal")}),
    (_EN + "Twelve suspects were detained on Portuguese soil.", "en", {("arrests", 12, "Portugal")}),
    (_ES + "Doce sospechosos fueron detenidos en distintas ciudades portuguesas.", "es", {("arrests", 12, "Portugal")}),
    # a nationality is not a place
    (_EN + "Twelve Portuguese suspects were detained.", "en", set()),
])
def test_demonym_places(text, lang, expected):
    assert figures_of(text, lang) - {("arrests", 12, None)} == _WHOLE | expected


@pytest.mark.parametrize("text, lang, expected", [
    # "Twelve of those arrested were in Germany": a part of the arrests, in its place
    (_EN + "Twelve of those arrested were in Germany.", "en", {("arrests", 12, "Germany")}),
    (_ES + "Doce de los detenidos lo fueron en Alemania.", "es", {("arrests", 12, "Germany")}),
    # "Spain, with 12 arrests, …"
    (_EN + "Spain, with 12 arrests, was the most active country.", "en", {("arrests", 12, "Spain")}),
    (_ES + "Brasil, con 300 detenidos, encabeza la lista.", "es", {("arrests", 300, "Brazil")}),
])
def test_parts_and_subjects(text, lang, expected):
    assert figures_of(text, lang) == _WHOLE | expected


@pytest.mark.parametrize("text, lang, expected", [
    # an age or "one of them" before the verb is not a plural subject
    (_EN + "The leader, a 45-year-old man, was arrested in Spain.", "en", {("arrests", 1, "Spain")}),
    (_ES + "El cabecilla, un hombre de 45 años, fue detenido en España.", "es", {("arrests", 1, "Spain")}),
    (_ES + "Uno de ellos fue detenido en España.", "es", {("arrests", 1, "Spain")}),
    # an arrest before the operation, told as background, is not one of its arrests
    (_ES + "En 2024, uno de los proveedores había sido detenido en España.", "es", set()),
    # one person arrested where the article counts more is one of those
    (_EN + "The leader was arrested in Spain. In total, 12 people were arrested in Spain.", "en",
     {("arrests", 12, "Spain")}),
])
def test_one_person_in_context(text, lang, expected):
    assert figures_of(text, lang) - {("arrests", 1, None)} == _WHOLE | expected


@pytest.mark.parametrize("text, lang, expected", [
    # "rescató", "liberó": victims rescued by a country's force
    (_ES + "La policía de Ghana rescató a 40 niños.", "es", {("victims_identified", 40, "Ghana")}),
    (_ES + "En Ghana, la policía liberó a 40 mujeres.", "es", {("victims_identified", 40, "Ghana")}),
])
def test_victims_by_country(text, lang, expected):
    assert figures_of(text, lang) == _WHOLE | expected


@pytest.mark.parametrize("text, lang, expected", [
    # more words of arrest: "aprehendidas", "aprehensiones", "privadas de libertad", "took into custody"
    (_ES + "En Perú fueron aprehendidas 12 personas.", "es", {("arrests", 12, "Peru")}),
    (_ES + "En Perú se concretaron 12 aprehensiones.", "es", {("arrests", 12, "Peru")}),
    (_EN + "In Spain, police took into custody 12 suspects.", "en", {("arrests", 12, "Spain")}),
    # "entre ellos, dos cabecillas": a part of the count before it, not a second count
    ("La operación dejó 15 aprehendidos en Ecuador y uno en Colombia, entre ellos, dos cabecillas.", "es",
     {("arrests", 15, "Ecuador"), ("arrests", 1, "Colombia")}),
])
def test_words_of_arrest(text, lang, expected):
    assert figures_of(text, lang) == (_WHOLE if text.startswith((_EN, _ES)) else set()) | expected


@pytest.mark.parametrize("text, lang, expected", [
    # "the remaining five", "los tres restantes": the rest of the count, by a country's force
    (_EN + "Serbian authorities arrested the remaining five.", "en", {("arrests", 5, "Serbia")}),
    (_ES + "Las autoridades rumanas detuvieron a los tres restantes.", "es", {("arrests", 3, "Romania")}),
    # a clause that turns ("mientras que la policía peruana…") leaves the opening place behind
    (_ES + "En Colombia fueron capturados nueve miembros de la red, mientras que la policía peruana arrestó a seis "
     "personas.", "es", {("arrests", 9, "Colombia"), ("arrests", 6, "Peru")}),
    (_EN + "In Colombia, police captured nine members, while Peruvian police arrested six people.", "en",
     {("arrests", 9, "Colombia"), ("arrests", 6, "Peru")}),
])
def test_rest_and_turns(text, lang, expected):
    assert figures_of(text, lang) == _WHOLE | expected


@pytest.mark.parametrize("text, lang, expected", [
    # "Brazil recorded the highest number of arrests, with 74, followed by Colombia (41)"
    (_EN + "Brazil recorded the highest number of arrests, with 74, followed by Colombia (41) and Mexico (28).", "en",
     {("arrests", 74, "Brazil"), ("arrests", 41, "Colombia"), ("arrests", 28, "Mexico")}),
    (_ES + "Brasil registró el mayor número de detenciones, con 74, seguido de Colombia (41).", "es",
     {("arrests", 74, "Brazil"), ("arrests", 41, "Colombia")}),
])
def test_highest_number(text, lang, expected):
    assert figures_of(text, lang) == _WHOLE | expected


@pytest.mark.parametrize("text, lang, expected", [
    # "La mayoría de los arrestos, 38, se produjeron en España"
    (_ES + "La mayoría de los arrestos, 38, se produjeron en España.", "es", {("arrests", 38, "Spain")}),
    # "y en México fueron aprehendidas las 8 personas restantes": the clause's own place, not the opening one
    (_ES + "En Argentina, la policía detuvo a 14 miembros, y en México fueron aprehendidas las 8 personas restantes.",
     "es", {("arrests", 14, "Argentina"), ("arrests", 8, "Mexico")}),
    # a turn to a place of the same country stays in the opening country
    (_ES + "En España la policía detuvo a 10 personas, pero los agentes también decomisaron 20 vehículos.",
     "es", {("arrests", 10, "Spain"), ("seizures", 20, "Spain")}),
    # "British police arrested 21 suspects and German investigators 17"
    (_EN + "British police arrested 21 suspects and German investigators 17.", "en",
     {("arrests", 21, "United Kingdom"), ("arrests", 17, "Germany")}),
])
def test_clauses_of_an_article(text, lang, expected):
    assert figures_of(text, lang) == _WHOLE | expected


@pytest.mark.parametrize("text, lang, expected", [
    # "In Costa Rica, authorities captured a Colombian national"
    (_EN + "In Costa Rica, authorities captured a Colombian national wanted for homicide.", "en",
     {("arrests", 1, "Costa Rica")}),
    # "was located and arrested in"
    (_EN + "A man wanted by Italy was located and arrested in Argentina.", "en", {("arrests", 1, "Argentina")}),
    # "Mexican authorities detained another four."
    (_EN + "Mexican authorities detained another four.", "en", {("arrests", 4, "Mexico")}),
])
def test_fugitives(text, lang, expected):
    assert figures_of(text, lang) == _WHOLE | expected


@pytest.mark.parametrize("text, lang, expected", [
    # counts in brackets count what the sentence names (victims here), not the sentence before's arrests
    (_EN + "Victims were identified in Brazil (45), Argentina (12) and Chile (3).", "en",
     {("victims_identified", 45, "Brazil"), ("victims_identified", 12, "Argentina"), ("victims_identified", 3, "Chile")}),
    # an amount without its thing takes the thing of the amount before it, in another unit too
    ("Police seized 2 tonnes of cocaine in Ecuador and 500 kg in Panama.", "en",
     {("seizures", 2, "Ecuador"), ("seizures", 500, "Panama")}),
    # "120 were rescued in Brazil", "120 corresponden a Brasil"
    (_EN + "Of the 300 victims, 120 were rescued in Brazil.", "en",
     {("victims_identified", 300, None), ("victims_identified", 120, "Brazil")}),
    (_ES + "De las 500 detenciones, 120 corresponden a Brasil.", "es", {("arrests", 120, "Brazil")}),
    # a table after a semicolon: "México, 80, y Colombia, 45"; "Por países, Brasil sumó 120 detenidos"
    (_ES + "Brasil registró 120 detenciones; México, 80, y Colombia, 45.", "es",
     {("arrests", 120, "Brazil"), ("arrests", 80, "Mexico"), ("arrests", 45, "Colombia")}),
    (_ES + "Por países, Brasil sumó 120 detenidos, México 80 y Colombia 45.", "es",
     {("arrests", 120, "Brazil"), ("arrests", 80, "Mexico"), ("arrests", 45, "Colombia")}),
])
def test_tables_of_countries(text, lang, expected):
    assert figures_of(text, lang) == (_WHOLE if text.startswith((_EN, _ES)) else set()) | expected


@pytest.mark.parametrize("text, lang, expected", [
    # "Six people were held in Belgium and three in the Netherlands"
    (_EN + "Six people were held in Belgium and three in the Netherlands.", "en",
     {("arrests", 6, "Belgium"), ("arrests", 3, "Netherlands")}),
    # the leader arrested in a country that has a larger count is one of those
    (_ES + "En Colombia fueron capturadas 15 personas. En Colombia, la Policía Nacional aprehendió al cabecilla de la "
     "red.", "es", {("arrests", 15, "Colombia")}),
])
def test_held_and_leaders(text, lang, expected):
    assert figures_of(text, lang) == _WHOLE | expected


@pytest.mark.parametrize("text, lang, expected", [
    # "… were arrested there": the one country the sentence before names
    (_EN + "Nigeria seized 25 tonnes of tramadol at the port of Lagos. Five suspects were arrested there.", "en",
     {("seizures", 25, "Lagos"), ("arrests", 5, "Nigeria")}),
    (_ES + "La policía registró un almacén en Lima, Perú. Cinco personas fueron detenidas allí.", "es",
     {("arrests", 5, "Peru")}),
])
def test_there_at_the_end(text, lang, expected):
    assert figures_of(text, lang) == _WHOLE | expected


@pytest.mark.parametrize("text, lang, expected", [
    # a force that reports its own arrests: "said it arrested", "informó de la detención de"
    (_EN + "Brazil's Federal Police said it arrested 120 people.", "en", {("arrests", 120, "Brazil")}),
    (_ES + "La policía brasileña informó de la detención de 120 personas.", "es", {("arrests", 120, "Brazil")}),
    (_ES + "La policía española informó de que había detenido a 12 personas.", "es", {("arrests", 12, "Spain")}),
    # not a report of the operation's count by someone else
    (_EN + "Spanish police said 500 people were arrested worldwide.", "en", set()),
])
def test_force_reports_its_own(text, lang, expected):
    assert figures_of(text, lang) == _WHOLE | expected


def test_a_national_headline_keeps_the_operations_count():
    # "Spain: 12 arrested" over an article about one country: the operation's count, as a force's would be, and
    # Spain's too (its own force made the arrests, and no other country made any)
    text = "Spain: 12 arrested in cocaine bust. Spanish police arrested 12 people in Madrid."
    assert ("arrests", 12, None) in figures_of(text, "en")
    assert ("arrests", 12, "Spain") in figures_of(text, "en")


@pytest.mark.parametrize("text, lang, expected", [
    # a subject placed in one country, then the verb of its result
    (_EN + "The operation in Spain resulted in 12 arrests.", "en", {("arrests", 12, "Spain")}),
    (_EN + "Raids in Spain led to 12 arrests.", "en", {("arrests", 12, "Spain")}),
    (_ES + "La cifra de detenidos en España asciende a 12.", "es", {("arrests", 12, "Spain")}),
    (_ES + "El operativo en Ecuador dejó 12 capturados.", "es", {("arrests", 12, "Ecuador")}),
    # not in several countries
    (_EN + "An operation in Spain and Portugal led to 40 arrests.", "en", {("arrests", 40, None)}),
])
def test_subject_in_a_country(text, lang, expected):
    assert figures_of(text, lang) == _WHOLE | expected


def test_subject_in_a_country_of_a_national_article_is_the_operations():
    assert ("arrests", 12, None) in figures_of("The operation in Spain resulted in 12 arrests.", "en")


@pytest.mark.parametrize("text, lang, expected", [
    # people named by kinship or ownership are people counted
    (_EN + "Two brothers were arrested in Spain.", "en", {("arrests", 2, "Spain")}),
    (_ES + "Dos hermanos fueron detenidos en España.", "es", {("arrests", 2, "Spain")}),
])
def test_people_by_kinship(text, lang, expected):
    assert figures_of(text, lang) == _WHOLE | expected


def test_intervino_is_a_seizure():
    # "intervino", the Spanish police's word for seized, in the singular past
    text = _ES + "La Guardia Civil intervino 3 toneladas de hachís en Madrid."
    assert ("seizures", 3, "Madrid") in figures_of(text, "es")


@pytest.mark.parametrize("text, lang, expected", [
    # a list of counts goes on past "during the operation": one thing named with its article counts nothing
    (_ES + "En Chile fueron detenidas 4 personas durante la operación, 8 en Perú y 3 en Bolivia.", "es",
     {("arrests", 4, "Chile"), ("arrests", 8, "Peru"), ("arrests", 3, "Bolivia")}),
    (_EN + "Police in Chile arrested 4 people during the operation, 8 in Peru and 3 in Bolivia.", "en",
     {("arrests", 4, "Chile"), ("arrests", 8, "Peru"), ("arrests", 3, "Bolivia")}),
])
def test_list_past_the_operation(text, lang, expected):
    assert figures_of(text, lang) == _WHOLE | expected


@pytest.mark.parametrize("text, lang, expected", [
    # ", and police in Peru arrested 3": a force in the next clause has its own count, the first stays put
    (_EN + "Police in Colombia arrested 8 people, and police in Peru arrested 3.", "en",
     {("arrests", 8, "Colombia"), ("arrests", 3, "Peru")}),
])
def test_next_clause_of_another_force(text, lang, expected):
    assert figures_of(text, lang) == _WHOLE | expected


@pytest.mark.parametrize("text, lang, expected", [
    # "arrested one." with the noun left out: one person
    (_EN + "Police in Peru arrested one.", "en", {("arrests", 1, "Peru")}),
    (_ES + "La policía de Colombia detuvo a ocho, y la policía de Perú detuvo a uno.", "es",
     {("arrests", 8, "Colombia"), ("arrests", 1, "Peru")}),
])
def test_arrested_one(text, lang, expected):
    assert figures_of(text, lang) == _WHOLE | expected


def test_arrested_one_of_a_group_is_not_one_more():
    assert figures_of(_EN + "Police in Peru arrested one of the leaders.", "en") == _WHOLE


@pytest.mark.parametrize("text, lang, expected", [
    # the place, then the act named by its noun: "dejó en Honduras la detención de 17 personas"
    (_ES + "El operativo dejó en Honduras la detención de 17 personas.", "es", {("arrests", 17, "Honduras")}),
    (_EN + "The raids brought in Spain the arrest of 17 people.", "en", {("arrests", 17, "Spain")}),
])
def test_place_then_the_act_by_its_noun(text, lang, expected):
    assert figures_of(text, lang) == _WHOLE | expected


@pytest.mark.parametrize("text, lang, expected", [
    # one person's arrest told in brackets after the person
    (_ES + "Se acusó a Juan Pérez (capturado en Nicaragua).", "es", {("arrests", 1, "Nicaragua")}),
    (_EN + "Charges were filed against [name withheld] (arrested in Nicaragua).", "en", {("arrests", 1, "Nicaragua")}),
    # not a plural participle
    (_ES + "Se acusó a los sospechosos (capturados en Nicaragua).", "es", set()),
])
def test_one_arrest_in_brackets(text, lang, expected):
    assert figures_of(text, lang) == _WHOLE | expected


@pytest.mark.parametrize("text, lang, expected", [
    # "have held 22 people": held, said of people by a force, is an arrest
    (_EN + "French police have held 22 people.", "en", {("arrests", 22, "France")}),
    (_EN + "Police in Peru had held 9 suspects by Friday.", "en", {("arrests", 9, "Peru")}),
])
def test_have_held_people(text, lang, expected):
    assert figures_of(text, lang) == _WHOLE | expected


@pytest.mark.parametrize("text, lang, expected", [
    # the next pair of a list, "en Ecuador a una": one person in that place
    (_ES + "En Chile se detuvo a 5 personas, en Ecuador a una, y se esperan más resultados.", "es",
     {("arrests", 5, "Chile"), ("arrests", 1, "Ecuador")}),
    (_EN + "Police arrested 5 people in Chile, and in Ecuador one.", "en",
     {("arrests", 5, "Chile"), ("arrests", 1, "Ecuador")}),
    # "a" alone is an article, not a count
    (_EN + "Police arrested 5 people in Chile, and in Ecuador a ringleader.", "en", {("arrests", 5, "Chile")}),
])
def test_one_in_the_next_pair(text, lang, expected):
    assert figures_of(text, lang) == _WHOLE | expected


@pytest.mark.parametrize("text, lang, expected", [
    # a country written as the subject of the seizure: its count (where the operation's arrests are stated)
    ("La operación dejó 40 detenidos. En tanto, Perú ha decomisado 300 kilos de cocaína.", "es",
     {("arrests", 40, None), ("seizures", 300, "Peru"), ("arrests", 40, "Peru"), ("seizures", 300, None)}),
    ("The sweep led to 40 arrests. Meanwhile, Ghana has also seized 300 kilograms of cannabis.", "en",
     {("arrests", 40, None), ("seizures", 300, "Ghana"), ("arrests", 40, "Ghana"), ("seizures", 300, None)}),
    # the country named after the seizure is not its subject
    ("The sweep led to 40 arrests. Officers seized 300 kilograms of cannabis that Ghana exported.", "en",
     {("arrests", 40, None), ("seizures", 300, None)}),
])
def test_country_as_the_subject_of_a_seizure(text, lang, expected):
    assert figures_of(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # where the arrested people lived is not where they were arrested: the operation's count
    ("La operación entre España y Rumanía ha resultado en el arresto de nueve individuos que residían en Rumanía.",
     "es", {("arrests", 9, None)}),
    ("Police in Spain and France arrested 9 people who lived in France.", "en", {("arrests", 9, None)}),
    # the place of the arrests itself stays
    ("Police in Spain and France arrested 9 people in France.", "en", {("arrests", 9, "France")}),
])
def test_where_the_arrested_lived(text, lang, expected):
    assert figures_of(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # a breakdown between double dashes: the country's count stays the country's, the towns' are read
    ("En España hay seis detenidos --tres en Madrid y tres en la provincia de Málaga-- por trata.", "es",
     {("arrests", 6, "Spain"), ("arrests", 3, "Madrid"), ("arrests", 6, None)}),
])
def test_breakdown_between_double_dashes(text, lang, expected):
    assert figures_of(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # a force that only took part in the operation whose figures these are: the operation's
    ("La Guardia Civil ha participado en el desmantelamiento de una red en Europa, una operación que se ha cerrado "
     "con 18 personas detenidas. En Portugal se detuvo a 5 personas y en Italia a 3.", "es",
     {("arrests", 18, None), ("arrests", 5, "Portugal"), ("arrests", 3, "Italy")}),
    # several countries' forces listed as the subject: not one country's
    ("Una operación de la Policía Nacional, la Policía de Francia y la Policía de Colombia ha liberado a once "
     "mujeres. En Francia se detuvo a 5 personas y en Colombia a 3.", "es",
     {("victims_identified", 11, None), ("arrests", 5, "France"), ("arrests", 3, "Colombia")}),
    # one force as the subject keeps its country's count
    ("La Policía de Colombia ha liberado a once mujeres. En Francia se detuvo a 5 personas y en Perú a 3.", "es",
     {("victims_identified", 11, "Colombia"), ("arrests", 5, "France"), ("arrests", 3, "Peru")}),
])
def test_forces_that_took_part_or_were_listed(text, lang, expected):
    assert figures_of(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # "This led to…" after a sentence placed in one country: that country's, past the route's countries
    ("Police arrested 900 people in 10 countries. In Nepal, 300 rifles were recovered at the border. This led to "
     "61 arrests and new insights into routes used from India into Nepal.", "en",
     {("arrests", 900, None), ("countries_with_arrests", 10, None), ("seizures", 300, "Nepal"), ("arrests", 61, "Nepal")}),
    # a place of the arrests named in the sentence itself wins
    ("Police arrested 900 people in 10 countries. In Nepal, 300 rifles were recovered at the border. This led to "
     "61 arrests in India.", "en",
     {("arrests", 900, None), ("countries_with_arrests", 10, None), ("seizures", 300, "Nepal"), ("arrests", 61, "India")}),
])
def test_this_led_to_past_a_route(text, lang, expected):
    assert figures_of(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # a sentence opened by a country's border crossing or port: the figures are the country's
    ("Police seized 900 tons in 30 countries. At a Kenya border crossing, 12 tons of fake medicine were seized from "
     "two trucks.", "en", {("seizures", 900, None), ("countries_participating", 30, None), ("seizures", 12, "Kenya")}),
    ("Se incautaron 900 toneladas en 30 países. En un puesto fronterizo de Kenia, se incautaron 12 toneladas de "
     "medicinas falsas.", "es",
     {("seizures", 900, None), ("countries_participating", 30, None), ("seizures", 12, "Kenya")}),
    # what goods were seized from is not seized; a vehicle seized is
    ("Officers seized 300 kg of cocaine and 2 trucks.", "en", {("seizures", 300, None), ("seizures", 2, None)}),
])
def test_at_a_countrys_crossing(text, lang, expected):
    assert figures_of(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # "<demonym>-led investigation": that country's forces; "Officers …" in the next sentence are theirs
    ("Police arrested 50 people in 9 countries. Another Italian-led investigation uncovered a warehouse of eels. "
     "Officers arrested three suspects and seized 60 kg of glass eels.", "en",
     {("arrests", 50, None), ("countries_with_arrests", 9, None), ("arrests", 3, "Italy"), ("seizures", 60, "Italy")}),
    # an Italian-made product says nothing of who acted
    ("Police arrested 50 people in 9 countries. Another shipment of Italian-made pistols was found. "
     "Officers arrested three suspects.", "en",
     {("arrests", 50, None), ("countries_with_arrests", 9, None)}),
])
def test_a_countrys_led_investigation(text, lang, expected):
    assert figures_of(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # "The raid …" points back at the one raid told before: its seizures are in that raid's country
    ("Officers in Portugal raided a farm on Monday and arrested 4 men. The raid also led to the seizure of 14 rifles.", "en",
     {("seizures", 14, "Portugal"), ("seizures", 14, None)}),
    ("La policía de Francia registró una nave y detuvo a 2 personas. El registro permitió intervenir 30 kilos de hachís.", "es",
     {("seizures", 30, "France"), ("seizures", 30, None)}),
    # "the raids" across the operation point back at no one country
    ("Officers in Portugal raided a farm near Braga. Across Europe, the raids led to the seizure of 140 rifles.", "en",
     {("seizures", 140, None)}),
])
def test_the_raid_points_back(text, lang, expected):
    assert {f for f in figures_of(text, lang) if f[0] == "seizures"} == expected


@pytest.mark.parametrize("text, lang, expected", [
    # a sentence opened by the place it is about frames its figures
    ("The raids ran in Chile, Peru and Ecuador. As for Peru, officers detained 41 people.", "en",
     {("arrests", 41, "Peru")}),
    ("The raids ran in Chile, Peru and Ecuador. Regarding Ecuador, agents seized 35 kg of cocaine.", "en",
     {("seizures", 35, "Ecuador")}),
    ("La acción se desarrolló en Chile, Perú y Ecuador. Para el caso de Perú, se realizaron 41 capturas.", "es",
     {("arrests", 41, "Peru")}),
    ("La acción se desarrolló en Chile, Perú y Ecuador. En cuanto a Ecuador, se decomisaron 35 kilos de cocaína.",
     "es", {("seizures", 35, "Ecuador")}),
    # ... or by one country's side of a border
    ("The raids ran in Chile, Peru and Ecuador. On the Peruvian side of the border, agents detained 41 people.", "en",
     {("arrests", 41, "Peru")}),
    ("La acción se desarrolló en Chile, Perú y Ecuador. Del lado peruano, los agentes detuvieron a 41 personas.", "es",
     {("arrests", 41, "Peru")}),
    # a place named later in the sentence, or a side not opening it, frames nothing
    ("The raids ran in Chile, Peru and Ecuador. Officers detained 41 people, as for Peru the results are pending.",
     "en", {("arrests", 41, None)}),
    ("The raids ran in Chile, Peru and Ecuador. Officers on the Peruvian side of the border said 41 were detained.",
     "en", {("arrests", 41, None)}),
])
def test_a_sentence_opened_by_its_topic_or_side(text, lang, expected):
    assert figures_of(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # a place opening the sentence, then its own force: still that one country
    ("La acción se desarrolló en Chile, Perú y Bolivia. En Bolivia, la FELCN detuvo a 27 personas.", "es",
     {("arrests", 27, "Bolivia")}),
    ("The raids ran in Chile, Peru and Bolivia. In Bolivia, the FELCN arrested 27 people.", "en",
     {("arrests", 27, "Bolivia")}),
    # two countries opening it frame nothing
    ("The raids ran in Chile, Peru and Bolivia. In Bolivia and Peru, police arrested 27 people.", "en",
     {("arrests", 27, None)}),
])
def test_a_place_opening_the_sentence_then_its_force(text, lang, expected):
    assert figures_of(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # the operation as the subject right after the opening place: the operation there
    ("The raids ran in Chile, Peru and Bolivia. In Chile, the operation led to 63 arrests.", "en",
     {("arrests", 63, "Chile")}),
    ("La acción se desarrolló en Chile, Perú y Bolivia. En Chile, la operación dejó 63 detenidos.", "es",
     {("arrests", 63, "Chile")}),
    # ... every figure of it, the items listed after "including" too
    ("The raids ran in Chile, Peru and Bolivia. In Chile, the operation led to 63 arrests and 90 seizures, including "
     "8 tonnes of timber and 14 parrots.", "en",
     {("arrests", 63, "Chile"), ("seizures", 8, "Chile"), ("seizures", 14, "Chile")}),
    # set apart by a clause, or said to be the whole, it is the whole operation's
    ("The raids ran in Chile, Peru and Bolivia. In Chile, the operation, run across the region, led to 63 arrests.",
     "en", {("arrests", 63, None)}),
    ("La acción se desarrolló en Chile, Perú y Bolivia. En Chile, la operación dejó en total 63 detenidos.", "es",
     {("arrests", 63, None)}),
])
def test_the_operation_right_after_its_opening_place(text, lang, expected):
    assert figures_of(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # raids pointed back to: the one country of the sentence before's figures ...
    ("The ring ran from Serbia and Austria. Officers in Serbia arrested 14 suspects. The raid also led to the seizure "
     "of 31 phones.", "en", {("arrests", 14, "Serbia"),
                             ("seizures", 31, "Serbia"),
                             ("arrests", 14, None),
                             ("seizures", 31, None)}),
    # ... or, when it had none, the one country it names
    ("The ring ran from Serbia and Austria. Searches were carried out in Austria by federal officers. These raids "
     "resulted in the arrest of six suspects.", "en", {("arrests", 6, "Austria"), ("arrests", 6, None)}),
    ("La red operaba en Serbia y Austria. Se efectuaron registros en Austria por agentes federales. Dichos registros "
     "permitieron detener a seis sospechosos.", "es", {("arrests", 6, "Austria"), ("arrests", 6, None)}),
    # a sentence not pointing back keeps its figures for the operation
    ("The ring ran from Serbia and Austria. Searches were carried out in Austria by federal officers. Overall, police "
     "arrested six suspects.", "en", {("arrests", 6, None)}),
])
def test_raids_pointed_back_to(text, lang, expected):
    assert figures_of(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # a country the sentence opens across, a neighbouring one, or one it moves to elsewhere
    ("The raids ran in Ghana, Togo and Benin. Across Togo, officers seized 17 tonnes of cannabis.", "en",
     {("seizures", 17, "Togo")}),
    ("La operación abarcó Ghana, Togo y Benín. A lo largo de Togo, los agentes incautaron 17 toneladas de cannabis.",
     "es", {("seizures", 17, "Togo"), ("seizures", 17, None)}),
    ("The raids ran in Ghana, Togo and Benin. In neighbouring Benin, officers seized 17 tonnes of cannabis.", "en",
     {("seizures", 17, "Benin")}),
    ("La operación abarcó Ghana, Togo y Benín. En el vecino Benín, los agentes incautaron 17 toneladas de cannabis.",
     "es", {("seizures", 17, "Benin"), ("seizures", 17, None)}),
    ("The raids ran in Ghana, Togo and Benin. Elsewhere, in Ghana, officers seized 17 tonnes of cannabis.", "en",
     {("seizures", 17, "Ghana")}),
    # across several countries: the whole operation's
    ("The raids ran in Ghana, Togo and Benin. Across Togo and Benin, officers seized 17 tonnes of cannabis.", "en",
     {("seizures", 17, None)}),
])
def test_a_sentence_opened_across_a_country(text, lang, expected):
    assert figures_of(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # a date opening the sentence before its place
    ("The raids ran in Ghana, Togo and Benin. On 14 March in Togo, officers seized 17 tonnes of cannabis.", "en",
     {("seizures", 17, "Togo")}),
    ("La operación abarcó Ghana, Togo y Benín. El pasado jueves, en Togo, la policía detuvo a 23 personas.", "es",
     {("arrests", 23, "Togo"), ("arrests", 23, None)}),
    # a date, then a clause that is not a place's
    ("The raids ran in Ghana, Togo and Benin. On 14 March officers seized 17 tonnes of cannabis bound for Togo.", "en",
     {("seizures", 17, None)}),
])
def test_a_date_then_the_place_opening_the_sentence(text, lang, expected):
    assert figures_of(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # a clause after a semicolon that turns to another country leaves the opening place behind
    ("The raids ran in Ghana, Togo and Benin. In Togo, police made 23 arrests; in Benin, 17 tonnes of cannabis were "
     "seized.", "en", {("arrests", 23, "Togo"), ("seizures", 17, "Benin")}),
    ("La operación abarcó Ghana, Togo y Benín. En Togo se detuvo a 23 personas; en Benín se incautaron 17 toneladas "
     "de cannabis.", "es", {("arrests", 23, "Togo"), ("seizures", 17, "Benin")}),
    # a semicolon alone keeps it
    ("The raids ran in Ghana, Togo and Benin. In Togo, police made 23 arrests; officers also seized 17 tonnes of "
     "cannabis.", "en", {("arrests", 23, "Togo"), ("seizures", 17, "Togo")}),
])
def test_a_clause_after_a_semicolon_turning_to_another_place(text, lang, expected):
    assert figures_of(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # a part of the country named by its demonym, or a recent week, before the opening place
    ("La operación abarcó Ghana, Togo y Benín. En la capital togolesa, los agentes incautaron 17 toneladas de "
     "cannabis.", "es", {("seizures", 17, "Togo"), ("seizures", 17, None)}),
    ("La operación abarcó Ghana, Togo y Benín. En la frontera beninesa, la policía detuvo a 23 personas.", "es",
     {("arrests", 23, "Benin"), ("arrests", 23, None)}),
    ("The raids ran in Ghana, Togo and Benin. Last week in Togo, officers seized 17 tonnes of cannabis.", "en",
     {("seizures", 17, "Togo")}),
    ("La operación abarcó Ghana, Togo y Benín. La semana pasada, en Togo, la policía detuvo a 23 personas.", "es",
     {("arrests", 23, "Togo"), ("arrests", 23, None)}),
    # a week alone frames nothing
    ("The raids ran in Ghana, Togo and Benin. Last week, officers seized 17 tonnes of cannabis.", "en",
     {("seizures", 17, None)}),
])
def test_a_part_of_the_country_or_a_week_before_the_opening_place(text, lang, expected):
    assert figures_of(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # the operation in one place as the sentence's subject (beside the whole operation's count)
    ("The raids in Ghana, Togo and Benin led to 90 arrests. The operation in Togo led to 23 arrests.", "en",
     {("arrests", 90, None), ("arrests", 23, "Togo")}),
    ("The raids in Ghana, Togo and Benin led to 90 arrests. The result of the operation in Benin included the "
     "seizure of 17 tonnes of cannabis.", "en", {("arrests", 90, None), ("seizures", 17, "Benin")}),
    ("La operación en Ghana, Togo y Benín dejó 90 detenidos. El operativo en Togo se saldó con 23 detenidos.", "es",
     {("arrests", 90, None), ("arrests", 23, "Togo")}),
    # the operation carried out in several of them is the whole's
    ("The raids ran in Ghana, Togo and Benin. The operation in Togo and Benin led to 23 arrests.", "en",
     {("arrests", 23, None)}),
])
def test_the_operation_in_one_place_as_the_subject(text, lang, expected):
    assert figures_of(text, lang) == expected



@pytest.mark.parametrize("text, lang, expected", [
    # a country's clause that ends in what it did, by the verb's gerund: that country's count
    ("Police arrested 300 people in ten countries. Chile played a key part in the operation by making 30 arrests.",
     "en", {("arrests", 300, None), ("countries_with_arrests", 10, None), ("arrests", 30, "Chile")}),
    ("Police arrested 300 people in ten countries. According to the agency, “Chile played a key part in the "
     "operation by hosting the command post and by making 30 arrests”.",
     "en", {("arrests", 300, None), ("countries_with_arrests", 10, None), ("arrests", 30, "Chile")}),
    ("Se detuvo a 300 personas en diez países. Perú tuvo un papel clave en la operación al detener a 13 personas.",
     "es", {("arrests", 300, None), ("countries_with_arrests", 10, None), ("arrests", 13, "Peru")}),
    # the country is no subject: the operation did it
    ("Police arrested 300 people in ten countries. The operation, in which Chile took part, ended by making 30 "
     "arrests.", "en", {("arrests", 300, None), ("countries_with_arrests", 10, None), ("arrests", 30, None)}),
    ("Se detuvo a 300 personas en diez países. La operación, coordinada desde Perú, terminó al detener a 13 personas.",
     "es", {("arrests", 300, None), ("countries_with_arrests", 10, None), ("arrests", 13, None)}),
])
def test_a_country_that_did_it_by(text, lang, expected):
    assert figures_of(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # a country as the subject of "achieved", "made", "logró": its forces' count
    ("Se detuvo a 300 personas en diez países. En el marco de una operación regional, Colombia logró el martes la "
     "captura de más de 34 pandilleros.", "es",
     {("arrests", 300, None), ("countries_with_arrests", 10, None), ("arrests", 34, "Colombia")}),
    ("Police arrested 300 people in ten countries. As part of the operation, Chile made more than 20 arrests.", "en",
     {("arrests", 300, None), ("countries_with_arrests", 10, None), ("arrests", 20, "Chile")}),
    # the country is not the subject: the tip that came from it
    ("Police arrested 300 people in ten countries. A tip from Chile made 20 arrests possible.", "en",
     {("arrests", 300, None), ("countries_with_arrests", 10, None), ("arrests", 20, None)}),
    ("Se detuvo a 300 personas en diez países. Una investigación iniciada con datos de Colombia logró la captura de "
     "34 personas.", "es", {("arrests", 300, None), ("countries_with_arrests", 10, None), ("arrests", 34, None)}),
])
def test_a_country_that_achieved(text, lang, expected):
    assert figures_of(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # an aside between the country and its verb: still its forces' count
    ("Se detuvo a 300 personas en diez países. Colombia, por su parte, detuvo a 34 personas.", "es",
     {("arrests", 300, None), ("countries_with_arrests", 10, None), ("arrests", 34, "Colombia")}),
    ("Police arrested 300 people in ten countries. Chile, for its part, arrested 20 suspects.", "en",
     {("arrests", 300, None), ("countries_with_arrests", 10, None), ("arrests", 20, "Chile")}),
    # the country is not the clause's subject
    ("Police arrested 300 people in ten countries. A ship that sailed from Chile, for its part, was searched and 20 "
     "crew members were arrested.", "en",
     {("arrests", 300, None), ("countries_with_arrests", 10, None), ("arrests", 20, None)}),
])
def test_a_country_then_an_aside(text, lang, expected):
    assert figures_of(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # a country named as the sentence's topic frames its figures
    ("Police arrested 300 people in ten countries. As for Kenya, 14 suspects were arrested and 3 tons of ivory "
     "seized.", "en",
     {("arrests", 300, None), ("countries_with_arrests", 10, None), ("arrests", 14, "Kenya"), ("seizures", 3, "Kenya")}),
    ("Se detuvo a 300 personas en diez países. En cuanto a Colombia, se realizaron 34 detenciones.", "es",
     {("arrests", 300, None), ("countries_with_arrests", 10, None), ("arrests", 34, "Colombia")}),
    ("Se detuvo a 300 personas en diez países. Para el caso Colombia, se efectuaron 34 detenciones.", "es",
     {("arrests", 300, None), ("countries_with_arrests", 10, None), ("arrests", 34, "Colombia")}),
    # the topic is something else, the country only where it went
    ("Police arrested 300 people in ten countries. Regarding the drugs seized in Kenya, officers arrested 14 "
     "suspects.", "en", {("arrests", 300, None), ("countries_with_arrests", 10, None), ("arrests", 14, None)}),
    ("Se detuvo a 300 personas en diez países. Respecto a la droga enviada a Colombia, se efectuaron 34 detenciones.",
     "es", {("arrests", 300, None), ("countries_with_arrests", 10, None), ("arrests", 34, None)}),
])
def test_a_country_as_the_topic(text, lang, expected):
    assert figures_of(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # "DRC", "RDC": the Democratic Republic of the Congo, reporting its own seizure
    ("Police arrested 300 people in ten countries. The DRC reported seizure of 141 elephant tusks.", "en",
     {("arrests", 300, None), ("countries_with_arrests", 10, None),
      ("seizures", 141, "Congo, The Democratic Republic of the")}),
    ("Se detuvo a 300 personas en diez países. La RDC decomisó 141 colmillos de elefante.", "es",
     {("arrests", 300, None), ("countries_with_arrests", 10, None),
      ("seizures", 141, "Congo, The Democratic Republic of the")}),
    # a longer word is no country
    ("Police arrested 300 people in ten countries. The DRCA reported seizure of 141 elephant tusks.", "en",
     {("arrests", 300, None), ("countries_with_arrests", 10, None), ("seizures", 141, None)}),
])
def test_the_drc(text, lang, expected):
    assert figures_of(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # the raids of the one force the sentence before names ("Police in Romania", "La Policía de Colombia"): its country
    ("Police arrested 300 people in ten countries. Police in Romania raided 71 properties. The raid also resulted "
     "in the seizure of 24 laptops.", "en",
     {("arrests", 300, None), ("countries_with_arrests", 10, None), ("seizures", 24, "Romania")}),
    ("Se detuvo a 300 personas en diez países. La Policía de Colombia registró 71 viviendas. Los registros se "
     "saldaron con la detención de 24 personas.", "es",
     {("arrests", 300, None), ("countries_with_arrests", 10, None), ("arrests", 24, "Colombia")}),
    # the forces of two countries: the raids are theirs together
    ("Police arrested 300 people in ten countries. Police in Romania and Bulgaria raided 71 properties. The raids "
     "also resulted in the seizure of 24 laptops.", "en",
     {("arrests", 300, None), ("countries_with_arrests", 10, None), ("seizures", 24, None)}),
])
def test_the_raids_of_the_force_before(text, lang, expected):
    assert figures_of(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # "the discovery of", "el hallazgo de": what the force's raids found, seized there
    ("Police arrested 300 people in ten countries. Police in Romania raided 71 properties, resulting in the arrest "
     "of 35 suspects and the discovery of 34 luxury watches.", "en",
     {("arrests", 300, None), ("countries_with_arrests", 10, None), ("arrests", 35, "Romania"),
      ("seizures", 34, "Romania")}),
    ("Se detuvo a 300 personas en diez países. La Policía de Rumanía registró 71 viviendas, lo que permitió la "
     "detención de 35 sospechosos y el hallazgo de 34 relojes de lujo.", "es",
     {("arrests", 300, None), ("countries_with_arrests", 10, None), ("arrests", 35, "Romania"),
      ("seizures", 34, "Romania")}),
    # time found is no seizure
    ("Police arrested 300 people in ten countries. The review led to the discovery of files worth 90 minutes of "
     "video.", "en", {("arrests", 300, None), ("countries_with_arrests", 10, None)}),
])
def test_a_discovery_is_a_seizure(text, lang, expected):
    assert figures_of(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # where goods were stolen is not where they were recovered
    ("Se detuvo a 300 personas en diez países. Los agentes han recuperado 342 coches sustraídos en España.", "es",
     {("arrests", 300, None), ("countries_with_arrests", 10, None), ("seizures", 342, None)}),
    ("Police arrested 300 people in ten countries. Officers recovered 342 cars stolen in Italy.", "en",
     {("arrests", 300, None), ("countries_with_arrests", 10, None), ("seizures", 342, None)}),
    # recovered there: that country's
    ("Se detuvo a 300 personas en diez países. Los agentes han recuperado 342 coches en España.", "es",
     {("arrests", 300, None), ("countries_with_arrests", 10, None), ("seizures", 342, "Spain")}),
])
def test_stolen_in_a_country(text, lang, expected):
    assert figures_of(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # a force as the subject, past an aside that names its helpers: the force's country
    ("Police arrested 300 people in ten countries. Spanish police, with the support of the FBI, arrested 13 people.",
     "en", {("arrests", 300, None), ("countries_with_arrests", 10, None), ("arrests", 13, "Spain")}),
    ("Police arrested 300 people in ten countries. The Colombian police, acting on intelligence from the DEA, "
     "arrested 13 people.", "en",
     {("arrests", 300, None), ("countries_with_arrests", 10, None), ("arrests", 13, "Colombia")}),
    ("Se detuvo a 300 personas en diez países. La Policía Nacional de Colombia, con el apoyo de la DEA, capturó a "
     "20 personas.", "es", {("arrests", 300, None), ("countries_with_arrests", 10, None), ("arrests", 20, "Colombia")}),
    # the operation is the subject: its count
    ("Police arrested 300 people in ten countries. The operation, coordinated by Spain with the support of the FBI, "
     "led to 13 arrests.", "en", {("arrests", 300, None), ("countries_with_arrests", 10, None), ("arrests", 13, None)}),
    # a helper named by what it is, then its country: not who did it
    ("Police arrested 300 people in ten countries. The operation, which had the support of the anti-drug agency of "
     "the United States (DEA), led to 13 arrests.", "en",
     {("arrests", 300, None), ("countries_with_arrests", 10, None), ("arrests", 13, None)}),
    ("Se detuvo a 300 personas en diez países. La operación, que contó con el apoyo de la agencia antidrogas de "
     "Estados Unidos (DEA), permitió el decomiso de 900 kilos de cocaína.", "es",
     {("arrests", 300, None), ("countries_with_arrests", 10, None), ("seizures", 900, None)}),
    # a force with a helper of another country is still the subject
    ("Se detuvo a 300 personas en diez países. La Policía Nacional de Colombia, con el apoyo de la agencia antidrogas "
     "de Estados Unidos, capturó a 20 personas.", "es",
     {("arrests", 300, None), ("countries_with_arrests", 10, None), ("arrests", 20, "Colombia")}),
])
def test_a_force_past_its_helpers(text, lang, expected):
    assert figures_of(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # a force that reports its own arrests, with the day between the verb and the report
    ("Police arrested 300 people in ten countries. Spain's Guardia Civil said on Tuesday it had arrested 13 people.",
     "en", {("arrests", 300, None), ("countries_with_arrests", 10, None), ("arrests", 13, "Spain")}),
    ("Se detuvo a 300 personas en diez países. La Guardia Civil ha informado hoy de que ha detenido a 13 personas.",
     "es", {("arrests", 300, None), ("countries_with_arrests", 10, None), ("arrests", 13, "Spain")}),
    # a body of no country reporting arrests in two
    ("Police arrested 300 people in ten countries. Interpol said on Tuesday it had arrested 13 people in Spain and "
     "Italy.", "en", {("arrests", 300, None), ("countries_with_arrests", 10, None), ("arrests", 13, None)}),
])
def test_a_force_reports_on_a_day(text, lang, expected):
    assert figures_of(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # a country's name as the subject past a relative clause, or of "contributed", "aportó", "alone made"
    ("Police arrested 900 people in ten countries. Brazil, which hosted the command centre, made 300 arrests.", "en",
     {("arrests", 900, None), ("countries_with_arrests", 10, None), ("arrests", 300, "Brazil")}),
    ("Se detuvo a 900 personas en diez países. Brasil, que acogió el centro de mando, realizó 300 detenciones.", "es",
     {("arrests", 900, None), ("countries_with_arrests", 10, None), ("arrests", 300, "Brazil")}),
    ("Police arrested 900 people in ten countries. Brazil contributed 300 arrests.", "en",
     {("arrests", 900, None), ("countries_with_arrests", 10, None), ("arrests", 300, "Brazil")}),
    ("Police arrested 900 people in ten countries. Brazil alone made 300 arrests.", "en",
     {("arrests", 900, None), ("countries_with_arrests", 10, None), ("arrests", 300, "Brazil")}),
    # the relative clause's verb is the operation's
    ("Police arrested 900 people in ten countries. Brazil contributed to the operation, which made 300 arrests.",
     "en", {("arrests", 900, None), ("countries_with_arrests", 10, None), ("arrests", 300, None)}),
])
def test_a_country_past_a_relative_clause(text, lang, expected):
    assert figures_of(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # a country's "counterparts": its forces
    ("Police arrested 900 people in ten countries. Their Peruvian counterparts arrested 13 people.", "en",
     {("arrests", 900, None), ("countries_with_arrests", 10, None), ("arrests", 13, "Peru")}),
    # officers working with them: a helper, not the subject
    ("Police arrested 900 people in ten countries. Officers working with their Peruvian counterparts arrested 13 "
     "people.", "en", {("arrests", 900, None), ("countries_with_arrests", 10, None), ("arrests", 13, None)}),
])
def test_a_countrys_counterparts(text, lang, expected):
    assert figures_of(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # a country that recorded its figure, or "only" that country
    ("Police arrested 900 people in ten countries. In the second week, Kenya recorded 300 arrests.", "en",
     {("arrests", 900, None), ("countries_with_arrests", 10, None), ("arrests", 300, "Kenya")}),
    ("Se detuvo a 900 personas en diez países. Según Interpol, Brasil registró 300 detenciones.", "es",
     {("arrests", 900, None), ("countries_with_arrests", 10, None), ("arrests", 300, "Brazil")}),
    ("Police arrested 900 people in ten countries. Only Brazil made 300 arrests.", "en",
     {("arrests", 900, None), ("countries_with_arrests", 10, None), ("arrests", 300, "Brazil")}),
    ("Se detuvo a 900 personas en diez países. Solo Brasil realizó 300 detenciones.", "es",
     {("arrests", 900, None), ("countries_with_arrests", 10, None), ("arrests", 300, "Brazil")}),
    # the country is no subject
    ("Police arrested 900 people in ten countries. Cocaine from Brazil recorded in 30 ports led to 300 arrests.", "en",
     {("arrests", 900, None), ("countries_with_arrests", 10, None), ("arrests", 300, None)}),
])
def test_a_country_recorded(text, lang, expected):
    assert figures_of(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # a country's force in the possessive after "by": that country's
    ("Police arrested 900 people in ten countries. 13 suspects were arrested by Brazil's Federal Police.", "en",
     {("arrests", 900, None), ("countries_with_arrests", 10, None), ("arrests", 13, "Brazil")}),
    # a country's government that coordinated: not who arrested
    ("Police arrested 900 people in ten countries. 13 suspects were arrested in an operation coordinated by "
     "Brazil's government.", "en", {("arrests", 900, None), ("countries_with_arrests", 10, None), ("arrests", 13, None)}),
])
def test_arrested_by_a_countrys_force(text, lang, expected):
    assert figures_of(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # a paragraph's run of sentences opened by one country tells that country's case
    ("Police in Chile and Peru dismantled a smuggling ring. In Peru, officers raided a warehouse near the coast. The "
     "guards fled on foot. Investigators seized 14 rifles.", "en", {("seizures", 14, "Peru")}),
    ("Policías de Chile y Perú desarticularon una red. En Perú, los agentes allanaron un almacén cerca de la costa. Los "
     "guardias huyeron a pie. Los investigadores incautaron 14 fusiles.", "es", {("seizures", 14, "Peru")}),
    # a sentence in the same country keeps the run going
    ("Policías de Chile y Perú desarticularon una red. En Perú, los agentes detuvieron a dos hombres. La captura se "
     "produjo en Lima. En los registros se incautaron 14 fusiles.", "es",
     {("arrests", 2, "Peru"), ("seizures", 14, "Peru")}),
    # a new paragraph, another country, or the whole operation stops it
    ("Police in Chile and Peru dismantled a smuggling ring. In Peru, officers raided a warehouse near the coast.\n"
     "Investigators seized 14 rifles.", "en", {("seizures", 14, None)}),
    ("Police in Chile and Peru dismantled a smuggling ring. In Peru, officers raided a warehouse near the coast. The "
     "ring was run from Chile. Investigators seized 14 rifles.", "en", {("seizures", 14, None)}),
    ("Policías de Chile y Perú desarticularon una red. En Perú, los agentes allanaron un almacén cerca de la costa. En "
     "total se incautaron 14 fusiles.", "es", {("seizures", 14, None)}),
    # nor a sentence that reports the whole operation
    ("Police in Chile and Peru dismantled a ring. In Peru, officers arrested 12 people. Europol said 200 people were "
     "arrested.", "en", {("arrests", 12, "Peru"), ("arrests", 200, None)}),
    ("Policías de Chile y Perú desarticularon una red. En Perú, los agentes detuvieron a 12 personas. Según Europol, se "
     "detuvo a 200 personas.", "es", {("arrests", 12, "Peru"), ("arrests", 200, None)}),
    # and a sentence with a whole-operation figure ends the run
    ("Police in Chile and Peru dismantled a smuggling ring. In Peru, officers raided a warehouse near the coast. In "
     "total, the operation led to 200 arrests. Investigators seized 14 rifles.", "en",
     {("arrests", 200, None), ("seizures", 14, None)}),
])
def test_a_paragraphs_run_of_sentences(text, lang, expected):
    assert figures_of(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # a figure in the clause that opens with "where" after a place, however long, is that place's
    ("Police arrested 40 people across Europe. Officers also raided a farm in Portugal, where they seized "
     "documents linked to the network, computers and 5,000 euros in cash.", "en",
     {("arrests", 40, None), ("seizures", 5000, "Portugal"), ("arrests", 40, "Portugal"), ("seizures", 5000, None)}),
    ("La Policía detuvo a 40 personas en Europa. Además, los agentes actuaron en Portugal, donde se "
     "intervino diversa documentación relacionada con los hechos investigados y 5.000 euros en efectivo.", "es",
     {("arrests", 40, None), ("seizures", 5000, "Portugal"), ("arrests", 40, "Portugal"), ("seizures", 5000, None)}),
    # "en la que" after a place most often points to the operation: its figure stays the operation's
    ("La red fue desarticulada en una operación desarrollada también en Portugal por la policía, en la que han sido "
     "detenidas 18 personas.", "es", {("arrests", 18, None), ("arrests", 18, "Portugal")}),
])
def test_where_clause_after_a_place(text, lang, expected):
    assert figures_of(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # a country's security agencies as the subject: that country's count
    ("La operación se desarrolló en Perú y Colombia. Los organismos de seguridad de Perú detuvieron a 16 personas. La "
     "Policía de Colombia detuvo a diez.", "es", {("arrests", 16, "Peru"), ("arrests", 10, "Colombia")}),
    ("The operation ran in Peru and Colombia. Peru's law enforcement agencies arrested 16 people. Colombian police "
     "arrested ten.", "en", {("arrests", 16, "Peru"), ("arrests", 10, "Colombia")}),
    # not when the count is the world's
    ("La operación se desarrolló en Perú y Colombia. Los cuerpos de seguridad de Perú detuvieron a 16 personas en todo "
     "el mundo. La Policía de Colombia detuvo a diez.", "es", {("arrests", 16, None), ("arrests", 10, "Colombia")}),
])
def test_a_countrys_security_agencies(text, lang, expected):
    assert figures_of(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # one country's force as a sentence's subject tells the paragraph's run
    ("The ring operated in Chile and Peru. Chilean police arrested five people. Peruvian police raided three houses "
     "near the coast. Inside one of them, 14 rifles were seized.", "en",
     {("arrests", 5, "Chile"), ("seizures", 14, "Peru")}),
    ("La red operaba en Chile y Perú. Carabineros de Chile detuvo a cinco personas. La Policía peruana allanó tres "
     "casas cerca de la costa. En una de ellas se incautaron 14 fusiles.", "es",
     {("arrests", 5, "Chile"), ("seizures", 14, "Peru")}),
    # in a national operation a force's figures are the operation's
    ("Peruvian police raided three houses near the coast. Inside one of them, 14 rifles were seized.", "en",
     {("seizures", 14, None)}),
    # not the operation as the subject, nor past the paragraph
    ("La red operaba en Chile y Perú. La operación de la Policía peruana se saldó con tres allanamientos. En una de las "
     "casas se incautaron 14 fusiles.", "es", {("seizures", 14, None)}),
    ("The ring operated in Chile and Peru. Peruvian police raided three houses near the coast.\nInside one of them, 14 "
     "rifles were seized.", "en", {("seizures", 14, None)}),
])
def test_a_forces_run_of_sentences(text, lang, expected):
    assert figures_of(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # a clause opened by "where" / "donde" right after a place: its figures are that place's
    ("La red operaba en Chile y Perú. La policía registró una finca en Perú, donde se incautó diversa documentación "
     "relacionada con la red, así como 2.000 euros en efectivo.", "es", {("seizures", 2000, "Peru"),
                                                                         ("seizures", 2000, None)}),
    ("The ring operated in Chile and Peru. Officers raided a farm in Peru, where documents linked to the ring were "
     "seized, together with 2,000 euros in cash.", "en", {("seizures", 2000, "Peru"), ("seizures", 2000, None)}),
    # not once the clause turns to the whole operation
    ("The ring operated in Chile and Peru. Officers raided a farm in Peru, where the suspects hid, and the operation "
     "seized a rifle and 2,000 euros in cash.", "en", {("seizures", 2000, None), ("seizures", 2000, "Peru")}),
])
def test_a_where_clause_after_a_place(text, lang, expected):
    assert figures_of(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # a sentence that adds to the one before ("also seized") takes the one country of that sentence's figures
    ("Police arrested 30 people in five countries. Peruvian officers seized 40 kilos of cocaine. Two trucks were also "
     "seized during the operation, the agency said.", "en",
     {("arrests", 30, None), ("countries_with_arrests", 5, None), ("seizures", 40, "Peru"), ("seizures", 2, "Peru")}),
    ("Se detuvo a 30 personas en cinco países. La Policía peruana detuvo a tres hombres e incautó 40 kilos de cocaína. "
     "También se incautaron dos camiones durante la operación, según la agencia.", "es",
     {("arrests", 30, None), ("countries_with_arrests", 5, None), ("arrests", 3, "Peru"), ("seizures", 40, "Peru"),
      ("seizures", 2, "Peru")}),
    # not when the sentence reports the whole operation
    ("Police arrested 30 people in five countries. Peruvian officers seized 40 kilos of cocaine. Europol said 200 "
     "weapons were also seized.", "en",
     {("arrests", 30, None), ("countries_with_arrests", 5, None), ("seizures", 40, "Peru"), ("seizures", 200, None)}),
    ("Se detuvo a 30 personas en cinco países. La Policía peruana incautó 40 kilos de cocaína. Además, en total se "
     "incautaron 200 armas.", "es",
     {("arrests", 30, None), ("countries_with_arrests", 5, None), ("seizures", 40, "Peru"), ("seizures", 200, None)}),
    # not without the word that adds
    ("Police arrested 30 people in five countries. Peruvian officers seized 40 kilos of cocaine. Two trucks were "
     "seized during the operation, the agency said.", "en",
     {("arrests", 30, None), ("countries_with_arrests", 5, None), ("seizures", 40, "Peru"), ("seizures", 2, None)}),
])
def test_also_done_after_one_country(text, lang, expected):
    assert figures_of(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # a connector and a comma before the place that opens the sentence ("En tanto, en Perú …", "Meanwhile, in Peru …")
    ("La operación se desarrolló en Chile y Perú. En tanto, en Perú la fiscalía anunció que se han detenido a 36 "
     "personas.", "es", {("arrests", 36, "Peru")}),
    ("La operación se desarrolló en Chile y Perú. Al mismo tiempo, en Perú se detuvo a 36 personas.", "es",
     {("arrests", 36, "Peru")}),
    ("The operation ran in Chile and Peru. Meanwhile, in Peru prosecutors said 36 people had been arrested.", "en",
     {("arrests", 36, "Peru"), ("arrests", 36, None)}),
    # "Here in …", "Aquí en …": the writer's own country opens the sentence
    ("The operation ran in Chile and Peru. Here in Peru, field offices in Lima and Cusco made 36 arrests.", "en",
     {("arrests", 36, "Peru"), ("arrests", 36, None)}),
    ("La operación se desarrolló en Chile y Perú. Aquí en Perú, las oficinas de Lima y Cusco detuvieron a 36 "
     "personas.", "es", {("arrests", 36, "Peru")}),
    # "Here," alone opens with no place
    ("The operation ran in Chile and Peru. Here, officers made 36 arrests.", "en", {("arrests", 36, None)}),
    # "here in" / "aquí en": the writer's own country opens the sentence
    ("The operation ran in Chile and Peru. Here in Peru, officers made 36 arrests.", "en", {("arrests", 36, "Peru"),
                                                                                            ("arrests", 36, None)}),
    ("La operación se desarrolló en Chile y Perú. Aquí en Perú, los agentes detuvieron a 36 personas.", "es",
     {("arrests", 36, "Peru")}),
    # ... not "here" that points elsewhere than a place opening the sentence
    ("The operation ran in Chile and Peru. Here, officers made 36 arrests in all.", "en", {("arrests", 36, None)}),
    # not a place further on in the sentence
    ("The operation ran in Chile and Peru. Meanwhile, prosecutors said 36 people had been arrested in total, most of "
     "them in Peru.", "en", {("arrests", 36, None), ("arrests", 36, "Peru")}),
])
def test_a_connector_before_the_opening_place(text, lang, expected):
    assert figures_of(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # an aside on who the people are names nationalities, not the count's place
    ("Police arrested 32 people in Ireland, Britain and Spain. A total of 20 people, many of them Irish and British, "
     "were arrested in Spain.", "en", {("arrests", 32, None), ("arrests", 20, "Spain")}),
    ("La policía detuvo a 32 personas en Irlanda, Reino Unido y España. Un total de 20 personas, la mayoría de ellas "
     "irlandesas, fueron detenidas en España.", "es", {("arrests", 32, None), ("arrests", 20, "Spain")}),
    # the place written before the aside still places the count
    ("Police arrested 32 people in Ireland, Britain and Spain. Twenty people were arrested in Spain, many of them "
     "Irish, on Monday.", "en", {("arrests", 32, None), ("arrests", 20, "Spain")}),
])
def test_an_aside_of_who_they_are(text, lang, expected):
    assert figures_of(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # arrests broken down by nationality are parts of a count the sentence does not state
    ("Police arrested 30 people in five countries. In Peru, officers arrested five Colombians and three Venezuelans.",
     "en", {("arrests", 30, None), ("countries_with_arrests", 5, None)}),
    ("Se detuvo a 30 personas en cinco países. En Perú fueron capturados cinco colombianos, tres venezolanos y un "
     "ciudadano chileno.", "es", {("arrests", 30, None), ("countries_with_arrests", 5, None)}),
    # one group of nationals is the count
    ("Police arrested 30 people in five countries. In Peru, officers arrested five Colombians.", "en",
     {("arrests", 30, None), ("countries_with_arrests", 5, None), ("arrests", 5, "Peru")}),
    # a nationality before its verb is the people counted: "22 peruanos fueron detenidos"
    ("La policía realizó un operativo en cinco países. Como resultado, 22 colombianos fueron detenidos.", "es",
     {("countries_participating", 5, None), ("arrests", 22, None)}),
    ("Police ran raids in five countries. As a result, 22 Colombians were arrested.", "en",
     {("countries_participating", 5, None), ("arrests", 22, None)}),
    # a nationality before its noun stays a modifier
    ("Police ran raids in five countries. As a result, 22 Colombian and Peruvian nationals were arrested.", "en",
     {("countries_participating", 5, None), ("arrests", 22, None)}),
])
def test_arrests_by_nationality(text, lang, expected):
    assert figures_of(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # raids pointed back after "in" / "during" / "en" take the one country the sentence before names
    ("Police arrested 30 people in five countries. Searches were carried out in Peru. During the raids, officers seized "
     "40 kilos of cocaine.", "en", {("arrests", 30, None), ("countries_with_arrests", 5, None), ("seizures", 40, "Peru")}),
    ("Se detuvo a 30 personas en cinco países. Se realizaron registros en Perú. En la acción se incautaron 40 kilos de "
     "cocaína.", "es", {("arrests", 30, None), ("countries_with_arrests", 5, None), ("seizures", 40, "Peru")}),
    # not when the sentence before names two countries
    ("Police arrested 30 people in five countries. Searches were carried out in Peru and Chile. During the raids, "
     "officers seized 40 kilos of cocaine.", "en",
     {("arrests", 30, None), ("countries_with_arrests", 5, None), ("seizures", 40, None)}),
])
def test_raids_pointed_back_after_a_preposition(text, lang, expected):
    assert figures_of(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # "In addition, …", "Además, …" adds to the one country of the sentence before's figures
    ("The ring operated in Chile and Peru. Chilean police arrested five people. Peruvian police arrested 16 people.\nIn "
     "addition, 40 kilos of cocaine were seized.", "en",
     {("arrests", 5, "Chile"), ("arrests", 16, "Peru"), ("seizures", 40, "Peru")}),
    ("La red operaba en Chile y Perú. Carabineros de Chile detuvo a cinco personas. La Policía peruana detuvo a 16 "
     "personas. Además, en los operativos, la Policía decomisó 40 kilos de cocaína.", "es",
     {("arrests", 5, "Chile"), ("arrests", 16, "Peru"), ("seizures", 40, "Peru")}),
    # not after a sentence that also gives the whole operation's figures
    ("Police in 34 countries arrested 1,027 people, 266 of them in Peru. In addition, 600 kilos of cocaine were seized.",
     "en", {("countries_participating", 34, None), ("arrests", 1027, None), ("arrests", 266, "Peru"),
            ("seizures", 600, None)}),
])
def test_in_addition_after_one_country(text, lang, expected):
    assert figures_of(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # a sentence opened by "in the raids" takes the one country of the figures before it
    (_ES + "En Perú, la policía detuvo a 16 personas. Además, en los operativos, la policía decomisó 80.000 dólares y "
     "tres armas de fuego.", "es",
     {("arrests", 16, "Peru"), ("seizures", 80_000, "Peru"), ("seizures", 3, "Peru")}),
    (_EN + "In Peru, police arrested 16 people. During these raids, officers seized 80,000 dollars in cash.", "en",
     {("arrests", 16, "Peru"), ("seizures", 80_000, "Peru")}),
])
def test_raids_pointed_back(text, lang, expected):
    assert figures_of(text, lang) == _WHOLE | expected


def test_the_one_raid_of_a_national_story_is_the_operation():
    # "En la redada, …" after a national force's count: the one raid is the operation, its figures the operation's
    text = ("La Guardia Civil ha desarticulado una red en una operación en la que ha detenido a 24 personas. En la "
            "redada, los agentes han identificado a 900 sospechosos.")
    assert ("suspects_identified", 900, None) in figures_of(text, "es")


@pytest.mark.parametrize("text, lang, expected", [
    # premises in a place open the sentence: its figures are that place's
    (_EN + "At one address in Lyon, officers seized 39 kilograms of cocaine.", "en",
     {("seizures", 39, "Lyon")}),
    ("La policía detuvo a 500 personas en 30 países, entre ellos España. En una vivienda de Marbella, los agentes "
     "intervinieron 39 kilos de cocaína.", "es", {("seizures", 39, "Marbella")}),
    # a meeting in a place is not where things were seized
    (_EN + "At a press conference in Lyon, officials said 39 kilograms of cocaine were seized.", "en",
     {("seizures", 39, None)}),
])
def test_premises_in_a_place(text, lang, expected):
    assert figures_of(text, lang) == _WHOLE | expected


@pytest.mark.parametrize("text, lang, expected", [
    # a connective, then the place that opens the sentence: the place frames its figures
    (_ES + "En tanto, en Guatemala la fiscalía anunció que, como parte de la misma operación, se han detenido a 36 "
     "personas hasta el momento.", "es", {("arrests", 36, "Guatemala")}),
    (_EN + "Meanwhile, in Guatemala, prosecutors said that as part of the same operation 36 people had been arrested "
     "so far.", "en", {("arrests", 36, "Guatemala")}),
])
def test_connective_then_place(text, lang, expected):
    assert figures_of(text, lang) == _WHOLE | expected


@pytest.mark.parametrize("text, lang, expected", [
    # a partner's force, its name in lower case after "con"/"with": not the subject that seized or arrested
    ("La Policía, en un operativo conjunto con autoridades de Perú, decomisó 900 kilos de cocaína y detuvo a cuatro "
     "personas. En Perú fueron detenidas dos.", "es",
     {("seizures", 900, None), ("arrests", 4, None), ("arrests", 2, "Peru"), ("seizures", 900, "Peru")}),
    ("Police, together with officers from Belgium, seized 300 kg of heroin. Two people were arrested in Belgium.",
     "en", {("seizures", 300, None), ("arrests", 2, "Belgium"), ("arrests", 2, None), ("seizures", 300, "Belgium")}),
    # an agency's acronym in brackets after its country, named as a helper
    ("El operativo, con el respaldo de la oficina antidrogas de Estados Unidos (DEA), permitió el decomiso de 800 "
     "kilos de cocaína. En Estados Unidos fue detenido un hombre.", "es",
     {("seizures", 800, None),
      ("arrests", 1, "United States"),
      ("arrests", 1, None),
      ("seizures", 800, "United States")}),
    # the country's own force as the subject still places its figure
    ("La policía de Perú decomisó 900 kilos de cocaína. En Bolivia se detuvo a dos personas.", "es",
     {("seizures", 900, "Peru"), ("arrests", 2, "Bolivia")}),
])
def test_a_partners_force_named_as_a_helper(text, lang, expected):
    assert figures_of(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # the people's nationalities in an aside after the count: the place after the verb still places it
    ("Police arrested 40 people in raids. Fifteen people, most of them Dutch and German, were arrested in Italy.",
     "en", {("arrests", 40, None), ("arrests", 15, "Italy")}),
    ("La policía detuvo a 40 personas. Un total de 15 personas, la mayoría de ellas marroquíes, fueron detenidas en "
     "Francia.", "es", {("arrests", 40, None), ("arrests", 15, "France")}),
    # no place after the aside: the whole operation's
    ("Fifteen people, most of them Dutch, were arrested.", "en", {("arrests", 15, None)}),
    # "mostly in": not the place's alone
    ("Police arrested 15 people, most of them in Italy.", "en", {("arrests", 15, None), ("arrests", 15, "Italy")}),
])
def test_a_nationality_aside_after_the_count(text, lang, expected):
    assert figures_of(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # a line opened by a country and a spaced dash, then its count
    ("Police arrested 60 people in three countries.\n\nChile - 40 arrests\n\nPeru - 20 arrests", "en",
     {("arrests", 60, None), ("countries_with_arrests", 3, None), ("arrests", 40, "Chile"), ("arrests", 20, "Peru")}),
    ("Se detuvo a 60 personas.\n\nChile – 12 registros y 40 detenidos\n\nPerú – 20 detenidos", "es",
     {("arrests", 60, None), ("arrests", 40, "Chile"), ("arrests", 20, "Peru")}),
    # a hyphen inside a name is no dash: "Guinea-Bissau"
    ("Police arrested 60 people in Guinea-Bissau and Senegal.", "en", {("arrests", 60, None)}),
])
def test_a_country_and_a_dash_then_its_count(text, lang, expected):
    assert figures_of(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # "Here in the US, …": the writer's own country opens the sentence
    ("Police arrested 60 people in five countries. Here in the UK, officers made nine arrests.", "en",
     {("arrests", 60, None), ("countries_with_arrests", 5, None), ("arrests", 9, "United Kingdom")}),
    ("Se detuvo a 60 personas en cinco países. Aquí en España, los agentes detuvieron a nueve personas.", "es",
     {("arrests", 60, None), ("countries_with_arrests", 5, None), ("arrests", 9, "Spain")}),
])
def test_here_in_a_country(text, lang, expected):
    assert figures_of(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # a place of no known town opens the sentence with its country in brackets: the sentence is that country's
    ("La red operaba en Italia y Bélgica. En el muelle de Zeebrugge Norte (Bélgica), ocultos en sacos de café, se "
     "intervinieron 900 kilos de cocaína.", "es", {("seizures", 900, "Belgium"), ("seizures", 900, None)}),
    ("The ring operated in Italy and Belgium. In the north dock of Zeebrugge (Belgium), officers seized 900 kilos "
     "of cocaine.", "en", {("seizures", 900, "Belgium"), ("seizures", 900, None)}),
])
def test_opening_place_with_its_country_in_brackets(text, lang, expected):
    assert figures_of(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # a place opens the sentence and its force follows as the subject: the next paragraph's "They …" is that force
    ("Police arrested 90 people in six countries.\n\nIn Malaysia, the police raided gaming dens.\n\n"
     "They arrested 14 people.", "en",
     {("arrests", 90, None), ("countries_with_arrests", 6, None), ("arrests", 14, "Malaysia")}),
    ("Se detuvo a 90 personas en seis países.\n\nEn Perú, la policía allanó varios locales.\n\n"
     "Los agentes detuvieron a 14 personas.", "es",
     {("arrests", 90, None), ("countries_with_arrests", 6, None), ("arrests", 14, "Peru")}),
    # no force after the opening place: "They" is not said to be that country's
    ("Police arrested 90 people in six countries.\n\nIn Malaysia, gaming dens were raided.\n\n"
     "They arrested 14 people.", "en",
     {("arrests", 90, None), ("countries_with_arrests", 6, None)}),
])
def test_a_force_after_the_opening_place(text, lang, expected):
    assert figures_of(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # "were held" with no noun after the number: people held, as "were arrested"
    ("Police arrested nine people. Four were arrested in Chile, while three were held in Peru and two in Bolivia.",
     "en", {("arrests", 9, None), ("arrests", 4, "Chile"), ("arrests", 3, "Peru"), ("arrests", 2, "Bolivia")}),
    # a thing held is no arrest
    ("Police arrested nine people. Three meetings were held in Peru.", "en", {("arrests", 9, None)}),
])
def test_were_held_counts_people(text, lang, expected):
    assert figures_of(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # a hyphen that closes an aside ends the country's name
    ("Fueron detenidas 50 personas -20 de ellas en Italia- y se intervinieron 900 kilos de hachís.", "es",
     {("arrests", 50, None), ("arrests", 20, "Italy"), ("seizures", 900, None), ("seizures", 900, "Italy")}),
    ("Police arrested 50 people -20 of them in Italy- in the raids.", "en",
     {("arrests", 50, None), ("arrests", 20, "Italy")}),
    # a hyphen that joins two names: neither is the place of the count
    ("Fueron detenidas 50 personas en la frontera Italia-Francia.", "es", {("arrests", 50, None)}),
])
def test_a_hyphen_closing_an_aside_ends_a_country(text, lang, expected):
    assert figures_of(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # a country's tally for the year so far, and the sentence that goes on with it, are not this operation's
    ("Police in Peru and Chile arrested 30 people in the operation. Authorities in Peru have seized more than 40 "
     "tonnes of cocaine so far this year. Police there have also confiscated 12 planes.", "en",
     {("arrests", 30, None)}),
    ("La policía de Perú y Chile detuvo a 30 personas en la operación. En lo que va del año, las autoridades peruanas "
     "han incautado 40 toneladas de cocaína. También se han decomisado 12 avionetas.", "es",
     {("arrests", 30, None)}),
    # a new paragraph after the tally is the operation's again
    ("Police arrested 30 people. Peru has seized 40 tonnes so far this year.\n\nOfficers also seized 12 planes.", "en",
     {("arrests", 30, None), ("seizures", 12, None)}),
])
def test_a_countrys_tally_for_the_year(text, lang, expected):
    assert figures_of(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # "in various parts of Colombia", "en distintas zonas de Perú": the country's
    ("Police arrested 60 people. Agents seized 3.1 tons of cocaine in several parts of Bolivia.", "en",
     {("arrests", 60, None), ("seizures", 3.1, "Bolivia"), ("arrests", 60, "Bolivia"), ("seizures", 3.1, None)}),
    ("La policía detuvo a 60 personas. Se incautaron 700 kilos de cocaína en distintas zonas de Bolivia.", "es",
     {("arrests", 60, None), ("seizures", 700, "Bolivia"), ("arrests", 60, "Bolivia"), ("seizures", 700, None)}),
    # parts of a thing, not of a place, before the country: not located there
    ("Police arrested 60 people. Agents seized 700 car parts from Bolivia.", "en",
     {("arrests", 60, None), ("seizures", 700, None)}),
])
def test_in_parts_of_a_country(text, lang, expected):
    assert figures_of(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # a country "alone" that accounts for a count: the country's
    ("Police arrested 150 people in six countries. Thailand alone accounted for 41 arrests.", "en",
     {("arrests", 150, None), ("countries_with_arrests", 6, None), ("arrests", 41, "Thailand")}),
    ("Se detuvo a 150 personas en seis países. Tailandia, por sí sola, aportó 41 detenciones.", "es",
     {("arrests", 150, None), ("countries_with_arrests", 6, None), ("arrests", 41, "Thailand")}),
    # "alone" after the count, about the whole list of countries: the operation's
    ("Police arrested 150 people in Thailand, Laos and Vietnam alone.", "en", {("arrests", 150, None)}),
])
def test_a_country_alone_accounts_for_a_count(text, lang, expected):
    assert figures_of(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # an age before the verb counts no one: the one person is placed by the verb's place
    ("Police arrested 40 people in France and Italy. One man in his early 30s was arrested in Naples.", "en",
     {("arrests", 40, None), ("arrests", 1, "Naples")}),
    ("Police arrested 40 people in France and Italy. A woman aged 52 was arrested in Italy.", "en",
     {("arrests", 40, None), ("arrests", 1, "Italy")}),
    # a count of people after "in": still a count
    ("Police arrested 40 people in France and Italy. In Italy, 25 people were arrested.", "en",
     {("arrests", 40, None), ("arrests", 25, "Italy")}),
])
def test_an_age_is_no_count(text, lang, expected):
    assert figures_of(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # the arrest, its place, then the one person: one arrest there
    ("La policía detuvo a 30 personas en Perú y Chile. La operación permitió la detención en Arequipa (Perú) de un "
     "empresario.", "es", {("arrests", 30, None), ("arrests", 1, "Arequipa")}),
    ("Police arrested 30 people in Peru and Chile. The operation led to the arrest in Chile of a businessman.", "en",
     {("arrests", 30, None), ("arrests", 1, "Chile")}),
    # a group, not one person
    ("Police arrested 30 people in Peru and Chile. The operation led to the arrest in Chile of a group of smugglers.",
     "en", {("arrests", 30, None)}),
])
def test_the_arrest_in_a_place_of_one_person(text, lang, expected):
    assert figures_of(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # a force brought "to arrest" one person: one arrest in its country
    ("Police arrested 30 people in Spain and Germany. The tip-off allowed the German BKA to arrest a courier.", "en",
     {("arrests", 30, None), ("arrests", 1, "Germany")}),
    # a force that only seeks to arrest someone has arrested no one
    ("Police arrested 30 people in Spain and Germany. The German BKA is seeking to arrest a courier.", "en",
     {("arrests", 30, None)}),
])
def test_a_force_brought_to_arrest_one(text, lang, expected):
    assert figures_of(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # counts in brackets that add up to more than the sentence's own count are not its parts
    ("La operación terminó con cuatro detenidos en los registros de una veintena de oficinas en Chile (9), Perú (7) y "
     "Bolivia (4).", "es", {("arrests", 4, None)}),
    ("The operation ended with four arrests in raids on 20 offices in Chile (9), Peru (7) and Bolivia (4).", "en",
     {("arrests", 4, None)}),
    # counts that fit within it are its parts
    ("Police arrested 20 people: Chile (9), Peru (7) and Bolivia (4).", "en",
     {("arrests", 20, None), ("arrests", 9, "Chile"), ("arrests", 7, "Peru"), ("arrests", 4, "Bolivia")}),
])
def test_bracketed_counts_beyond_the_sentences_count(text, lang, expected):
    assert figures_of(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # a country's own force made every arrest of an operation in that country: the operation's count and its own
    ("Peruvian police have arrested 14 people suspected of smuggling migrants, with the support of the FBI.", "en",
     {("arrests", 14, None), ("arrests", 14, "Peru")}),
    ("La Guardia Civil ha detenido a 11 personas en una operación contra el tráfico de armas, con el apoyo de la "
     "policía francesa.", "es", {("arrests", 11, None), ("arrests", 11, "Spain")}),
    ("La Policía de Honduras detuvo a 6 personas por el tráfico de migrantes.", "es",
     {("arrests", 6, None), ("arrests", 6, "Honduras")}),
    ("Spanish police said on Tuesday they had arrested 20 people.", "en",
     {("arrests", 20, None), ("arrests", 20, "Spain")}),
    # not where another country had arrests too, counted or not
    ("Colombian police arrested 30 people. Other members of the network were arrested in Ecuador.", "en",
     {("arrests", 30, None)}),
    # nor where the sentence counts the countries whose forces took part
    ("Ghanaian police, alongside counterparts in four nations, arrested 14 people.", "en", {("arrests", 14, None),
                                                                                            ("arrests", 14, "Ghana")}),
    ("La Guardia Civil y las policías de cinco países europeos detuvieron a 14 personas.", "es",
     {("arrests", 14, None), ("arrests", 14, "Spain")}),
])
def test_a_national_forces_arrests_are_its_countrys_too(text, lang, expected):
    assert figures_of(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # a force that says how many were arrested only reports the count: it is not placed in its country
    ("Albanian authorities say 38 people have been arrested for drug trafficking.", "en", {("arrests", 38, None)}),
    ("Las autoridades paraguayas dicen que 12 personas han sido detenidas.", "es", {("arrests", 12, None)}),
    # ... a force that says it made them still does
    ("Police in Spain said they arrested 20 people.", "en", {("arrests", 20, None), ("arrests", 20, "Spain")}),
])
def test_a_force_that_reports_a_count_does_not_place_it(text, lang, expected):
    assert figures_of(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # where people were indicted is where they are wanted, not where they were arrested
    ("Police arrested four men indicted in the United States for smuggling migrants.", "en", {("arrests", 4, None)}),
    ("La policía detuvo a cuatro hombres reclamados en Estados Unidos por tráfico de migrantes.", "es",
     {("arrests", 4, None)}),
    ("Police arrested four men in the United States for smuggling migrants.", "en",
     {("arrests", 4, "United States"), ("arrests", 4, None)}),
    # a count said again that a later sentence gives as a part of a larger one ("including the four") is that part
    ("Four men indicted in the United States have been arrested. Police arrested 19 people, including the four men.",
     "en", {("arrests", 19, None)}),
])
def test_indicted_somewhere_is_not_arrested_there(text, lang, expected):
    assert figures_of(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # "National Civil Police" after a demonym is that country's force
    ("The Salvadoran National Civil Police arrested 17 people.", "en",
     {("arrests", 17, None), ("arrests", 17, "El Salvador")}),
    # a headline's count that the force's sentence gives as a part ("including the four") is not the operation's
    ("Four men indicted in the United States have been arrested. The Guatemalan National Civil Police raided 26 "
     "homes, arresting 19 people, including the four men.", "en",
     {("arrests", 19, None), ("arrests", 19, "Guatemala")}),
])
def test_a_part_said_first_leaves_the_forces_count_the_operations(text, lang, expected):
    assert figures_of(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # a country's own count that is the operation's takes in a smaller count of it told later: a part
    ("Colombian police arrested nine people. In a second phase, four people were arrested in Colombia.", "en",
     {("arrests", 9, None), ("arrests", 9, "Colombia")}),
    # ... not a count in another country
    ("Colombian police arrested nine people. In a second phase, four people were arrested in Ecuador.", "en",
     {("arrests", 9, "Colombia"), ("arrests", 4, "Ecuador")}),
])
def test_a_smaller_count_of_the_operations_one_country_is_a_part(text, lang, expected):
    assert figures_of(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # the force after a passive arrest verb did it, however long the people's description before it
    ("Un total de 27 personas que se dedicaban a la explotación laboral de mujeres fueron detenidas por la policía "
     "española.", "es", {("arrests", 27, None), ("arrests", 27, "Spain")}),
    ("A total of 27 people who ran a network exploiting women in several restaurants were arrested by the Spanish "
     "police.", "en", {("arrests", 27, None), ("arrests", 27, "Spain")}),
    # ... not the agent of another verb
    ("A total of 27 people who for years ran a network of restaurants exploiting women in several towns that was "
     "first uncovered by the Spanish police were arrested.", "en", {("arrests", 27, None)}),
])
def test_the_agent_of_a_passive_arrest(text, lang, expected):
    assert figures_of(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # the one country given arrests, in another sentence and without a count, has the operation's one count
    ("Police arrested four people suspected of smuggling cocaine. The arrests were made in Chile.", "en",
     {("arrests", 4, None), ("arrests", 4, "Chile")}),
    ("La policía detuvo a cuatro personas por tráfico de cocaína. Las detenciones se produjeron en Chile, con el "
     "apoyo de la DEA.", "es", {("arrests", 4, None), ("arrests", 4, "Chile")}),
    # ... not where the article counts the countries the operation ran in
    ("La policía detuvo a cuatro personas en una operación en cinco países. Las detenciones se produjeron en Chile.",
     "es", {("arrests", 4, None), ("countries_participating", 5, None)}),
])
def test_the_one_country_with_arrests_has_the_one_count(text, lang, expected):
    assert figures_of(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # the operation's arrests told in the towns of its one country: the country has the operation's count
    ("La red operaba en España desde 2019. El operativo se ha saldado con la detención de seis personas, cinco de "
     "ellas en Valencia.", "es", {("arrests", 6, None), ("arrests", 5, "Valencia"), ("arrests", 6, "Spain")}),
    ("The network had operated in Brazil since 2019. The operation ended with the arrest of seven people, three of "
     "them in Porto Alegre.", "en", {("arrests", 7, None), ("arrests", 3, "Porto Alegre"), ("arrests", 7, "Brazil")}),
    # ... not where other countries took part in the arrests
    ("The network had operated in Brazil since 2019. The operation, supported by police in Argentina and Paraguay, "
     "ended with the arrest of seven people, three of them in Porto Alegre.", "en",
     {("arrests", 7, None), ("arrests", 3, "Porto Alegre")}),
])
def test_the_operations_arrests_in_the_towns_of_one_country(text, lang, expected):
    assert figures_of(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # the people's nationalities said before a list of counts by country: the list counts the people
    ("Officers arrested 30 men of several nationalities, 21 in Peru and 9 in Bolivia.", "en",
     {("arrests", 30, None), ("arrests", 21, "Peru"), ("arrests", 9, "Bolivia")}),
    ("La policía detuvo a 30 hombres de diversas nacionalidades: 21 en Perú y 9 en Bolivia.", "es",
     {("arrests", 30, None), ("arrests", 21, "Peru"), ("arrests", 9, "Bolivia")}),
    # ... not where the last thing named before the list is another thing counted ("searches")
    ("Officers arrested 30 men of several nationalities and carried out searches, 21 in Peru and 9 in Bolivia.", "en",
     {("arrests", 30, None)}),
])
def test_nationalities_before_a_list_by_country(text, lang, expected):
    assert figures_of(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # a person's age after the name counts no one: the one person's arrest is placed
    ("Police arrested three men. On Monday, John Smith, 32, was arrested in France.", "en",
     {("arrests", 3, None), ("arrests", 1, "France")}),
    ("La policía detuvo a tres hombres. El lunes, Juan Pérez, 32, fue detenido en Francia.", "es",
     {("arrests", 3, None), ("arrests", 1, "France")}),
    # ... a count between commas after a place is still a count
    ("Police arrested 40 people. In Spain, 12, were arrested.", "en", {("arrests", 40, None), ("arrests", 12, "Spain")}),
    ("La policía detuvo a 40 personas. En España, 12, fueron detenidas.", "es",
     {("arrests", 40, None), ("arrests", 12, "Spain")}),
])
def test_a_persons_age_is_no_count(text, lang, expected):
    assert figures_of(text, lang) == expected
