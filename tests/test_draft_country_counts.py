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
