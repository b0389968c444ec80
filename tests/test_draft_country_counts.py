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
     {("seizures", 6, "Belgium")}),
    ("Police arrested 12 people. Two suspects from Albania were arrested in Italy.", "en",
     {("arrests", 12, None), ("arrests", 2, "Italy")}),
    ("Se detuvo a 20 personas. Un cargamento de 300 kilos de cocaína que pasó por Panamá fue incautado en España.",
     "es", {("arrests", 20, None), ("seizures", 300, "Spain")}),
])
def test_place_past_route(text, lang, expected):
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
