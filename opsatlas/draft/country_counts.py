"""Which count of countries a number is (convention C2 of `tests/fixtures/articles/CONVENTIONS.md`): the countries
with arrests ("arrests in 12 countries"), with suspects, that took part ("police from 20 countries", "an operation
across 35 countries"), that were sent intelligence; or none of the operation's (nationalities, "20 of the world's
smallest countries", "15 EU member states, Iceland and Switzerland", the others of a count told before).

`metrics.read` asks here once it knows the number counts countries.
"""

from __future__ import annotations

import re

from .metric_words import SITE_NOUNS, THE_OTHERS_OPENING, VERBS, nearest_verb, said_before
from .numbers import OPTIONAL_QUALIFIER, Quantity

#: "police from 20 countries", "las fuerzas de seguridad de 34 países", "authorities in 19 African countries
#: arrested…", "agentes en 13 países": the countries took part (the forces are the subject, not the arrests' place).
FORCES_OF = re.compile(
    r"\b(?:police(?: forces)?|polic[ií]as?|forces|fuerzas(?: de seguridad| policiales)?|cuerpos(?: policiales)?|"
    r"authorities|autoridades|agencies|agencias|law enforcement(?: agencies| authorities| officers)?|officers|"
    r"investigators|agentes|investigadores|(?:law )?enforcers|partners|socios|"
    # "specialised units from 18 countries", "funcionarios de aduanas de 12 países"
    r"units|unidades|officials|funcionarios(?: de aduanas)?|customs|aduanas|specialists|especialistas|experts|"
    r"expertos)\s+(?:from|of|de|in|en|across)\s+"
    r"(?:the\s+|los\s+|las\s+)?" + OPTIONAL_QUALIFIER + r"$",
    re.I,
)

#: "en cooperación con 25 países", "an international operation in 52 countries", "una macrooperación
#: internacional en 52 países": the countries took part (where arrests were made is said with arrests).
_TOOK_PART_IN = re.compile(
    r"\b(?:(?:in |en )?(?:cooperation|collaboration|cooperación|colaboración|partnership)\s+(?:with|con)|together with|"
    # "with the support of 24 countries", "con el apoyo de 12 países"
    r"(?:with the|con el|con la)\s+(?:support|help|assistance|apoyo|ayuda|asistencia)\s+(?:of|de)|"
    r"junto (?:a|con))\s+(?:the\s+|los\s+|las\s+)?"
    + OPTIONAL_QUALIFIER + r"$",
    re.I,
)
#: The same, said of the operation: "an operation across 12 countries" counts the countries taking part.
_OPERATION_IN = re.compile(
    r"\b(?:\w*operations?|\w*operaci[oó]n|operativo|action|acción|campaign|campaña|crackdown|sweep)"
    r"(?:\s+[\w-]+){0,4}?\s+(?:in|en|across|spanning|covering|involving|que abarcó)\s+"
    r"(?:the\s+|los\s+|las\s+)?" + OPTIONAL_QUALIFIER + r"$",
    re.I,
)


def _operation_in_counted_countries(text_before: str, previous: str | None) -> bool:
    """ "an operation across 19 countries", "arrested 13 people in an operation across 19 countries": the count of
    countries is the operation's, of the countries taking part (convention C2); not "The operation led to 84
    arrests across 30 countries", where the count follows the arrests."""
    op = _OPERATION_IN.search(text_before)
    if op is None:
        return False
    return previous != "arrests" or not VERBS["arrest"].search(op.group(0))


#: Actions told as simultaneous in the countries: "acciones simultáneas en 12 países", "operativos simultáneos en
#: diez países", "launched simultaneously in 13 countries", "de forma simultánea en siete países": where the
#: operation ran, not where its arrests were (arrests are not said to be in every one).
_AT_ONCE_IN = re.compile(
    r"\b(?:simultáne[oa]s?|simultaneous(?:ly)?|de (?:forma|manera) simultánea|a la vez|at the same time)\s+"
    r"(?:in|en|across)\s+(?:the\s+|los\s+|las\s+)?" + OPTIONAL_QUALIFIER + r"$",
    re.I,
)
#: Sites counted across the countries: "at 28 key border control points across 14 countries", "en 140 aeropuertos
#: de 49 países", "35 hotspots across eight African countries": where the operation's officers worked.
_SITES_IN = re.compile(
    r"\b(?:" + SITE_NOUNS + r")\s+(?:of|in|across|de|en)\s+(?:the\s+|los\s+|las\s+)?" + OPTIONAL_QUALIFIER + r"$",
    re.I,
)
#: The countries called the participants right after their noun: "en los 15 países participantes", "in the 20
#: countries involved", "los siete países implicados".
_PARTICIPANTS_AFTER = re.compile(
    r"^\s+(?:participantes|participating|involved|implicados|involucrados|participants)\b", re.I
)

#: "Other 18 countries were…": the others of a count told before open the sentence.
_THE_OTHERS_OPEN = re.compile(THE_OTHERS_OPENING + r"$", re.I)

#: People "from N countries", "de N países distintos": nationalities.
_NATIONALITIES = re.compile(
    r"\b(?:were|are|was|is|eran|son|come|came|coming|proceden|procedían|procedentes|nationals|citizens|"
    r"ciudadanos|natives|people|personas|individuals|suspects|sospechosos|detenidos|arrestados|arrested|"
    r"offenders|victims|víctimas)\s+(?:[\w-]+\s+){0,2}?(?:from|of|de)\s+(?:up to\s+|hasta\s+)?$"
    r"|\b(?:from|procedentes de|originarios de|oriundos de)\s+(?:up to\s+|hasta\s+)?$",
    re.I,
)


#: The words for a country's forces in `_OTHERS_JOINED` / `_OTHERS_TOO`: "counterparts", "las fuerzas", "agentes".
_FORCE_NOUNS = (
    r"(?:counterparts|homólogos|homólogas|police(?: forces)?|polic[ií]as?|forces|fuerzas|cuerpos|authorities|autoridades|"
    r"agencies|agencias|law enforcement|officers|investigators|agentes|investigadores)"
)
#: Forces of N countries beside one named before them: "La Policía Nacional y las fuerzas de seguridad de siete
#: países", "Nigerian police, alongside counterparts in six nations" (the conjunction: `_OTHERS_JOINED`; "junto a
#: policías de 17 países" is `_TOOK_PART_IN`'s, every country), or said to take part "too": "han participado
#: también autoridades policiales de ocho países".
_OTHERS_JOINED = re.compile(
    r"(?P<joint>\b(?:and|y|alongside|along with|así como|as well as))\s+"
    r"(?:(?:the|las|los|sus|their)\s+)?" + _FORCE_NOUNS + r"(?:\s+[\w]+){0,2}?\s+(?:from|of|de|in|en|across)\s+"
    r"(?:the\s+|los\s+|las\s+)?" + OPTIONAL_QUALIFIER + r"$",
    re.I,
)
_OTHERS_TOO = re.compile(
    r"\b(?:también|also|too)\s+" + _FORCE_NOUNS + r"(?:\s+[\w]+){0,2}?\s+(?:from|of|de|in|en)\s+"
    r"(?:the\s+|los\s+|las\s+)?" + OPTIONAL_QUALIFIER + r"$",
    re.I,
)


def _others_beside_a_national_force(text: str, q: Quantity) -> bool:
    """The N countries' forces are named beside one country's own (its force, agency or demonym just before the
    conjunction, its country not in the list that follows), or said to take part "too": N is not every country
    that took part."""
    before = text[max(0, q.start - 90) : q.start]
    if _OTHERS_TOO.search(before):
        return True
    joined = _OTHERS_JOINED.search(before)
    if joined is None:
        return False
    from .country_finder import find_countries

    ahead = before[max(0, joined.start() - 50) : joined.start()]
    own = {c.iso3 for c in find_countries(ahead) if c.via in ("agency", "demonym")}
    # "junto a policías de 17 países: …, España, …": the list that follows counts the force's own country in
    listed = {c.iso3 for c in find_countries(text[q.end : q.end + 400]) if c.via == "name"}
    return bool(own) and not own & listed


#: Countries counted among the world's, between the number and its noun: "20 of the world's smallest countries".
_OF_THE_WORLD = re.compile(r"\bof the world['’]s\b", re.I)
#: A union's member states, then more countries named: "15 EU member states, Iceland and Switzerland", "los 28
#: Estados miembros y también Australia".
_MEMBER_STATES_AND_MORE = re.compile(
    r"(?:member states|estados miembros)\b[^.;:]{0,20}?(?:,|\band\b|\by\b|as well as|así como|plus)\s+"
    r"(?:(?:también|also|the|las?|los|de|of)\s+){0,3}[A-ZÁÉÍÓÚ]",
    re.I,
)


def country_count(text: str, q: Quantity, n_start: int, n_end: int, previous: str | None) -> str | None:
    """The metric of `q`, a number of countries (its noun at `n_start`:`n_end`), or None where it is no count of the
    operation's countries. `previous`: the metric of the figure read before it in the sentence, if any."""
    if q.weak:
        return None  # "en un país ajeno": a country, not a count of one
    if _OF_THE_WORLD.search(text[q.end : n_start]):
        return None  # "fewer than 20 of the world's smallest countries": a comparison, not the operation's countries
    if _MEMBER_STATES_AND_MORE.match(text[n_start:]):
        return None  # "authorities from 15 EU member states, Iceland and Switzerland": a part of the countries
    if _THE_OTHERS_OPEN.search(text[: q.start]):
        return None  # "Other 18 countries were Senegal…": the others of a count told before, listed
    if nearest_verb(text, q.start, ("refer",), window=70) and not nearest_verb(text, q.start, ("arrest",), window=30):
        return "countries_with_referrals"  # "information shared with 28 nations"
    text_before = text[max(0, q.start - 60) : q.start]
    if _others_beside_a_national_force(text, q):
        return None  # "La Policía Nacional y las fuerzas de seguridad de siete países": the total is one more
    if (
        FORCES_OF.search(text_before[-45:])
        or _TOOK_PART_IN.search(text_before)
        or _AT_ONCE_IN.search(text_before)
        or _SITES_IN.search(text_before)
        or _PARTICIPANTS_AFTER.match(text[n_end : n_end + 20])
        or _operation_in_counted_countries(text_before, previous)
    ):
        return "countries_participating"  # "las fuerzas de seguridad de 34 países"
    if _NATIONALITIES.search(text[max(0, q.start - 50) : q.start]):
        return None  # "those arrested were from 34 countries": their nationalities, not where it happened
    base = previous if previous in ("arrests", "suspects_identified") else None
    if base == "arrests" and nearest_verb(text, q.start, ("participate", "arrest"), window=60) != "participate":
        return "countries_with_arrests"
    if base == "suspects_identified":
        return "countries_with_suspects"
    near = nearest_verb(text, q.start, ("participate", "arrest"), window=60)
    if near == "participate":
        return "countries_participating"
    verb = nearest_verb(text, q.start, ("arrest", "refer", "participate", "identify", "suspect"))
    if verb == "arrest" and previous is None and not said_before(text, q, ("arrest", "identify", "suspect")):
        # "desmanteló redes en nueve países, con 225 personas arrestadas": the countries come first, then
        # what was done in them; the arrests are not said to be in every one
        return "countries_participating"
    return {
        "arrest": "countries_with_arrests",
        "refer": "countries_with_referrals",
        "identify": "countries_with_suspects",
        "suspect": "countries_with_suspects",
    }.get(verb or "", "countries_participating")
