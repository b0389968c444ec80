"""The scope of a figure where the whole operation happened in one country (convention C1 of
`tests/fixtures/articles/CONVENTIONS.md`).

An operation whose arrests, searches and seizures the article places in one country only (foreign bodies may
have helped, coordinated or sent intelligence) has one scope for its figures: a count is the whole
operation's and that country's both. "Colombian police arrested 52 people and seized 3 tonnes of cocaine"
is 52 arrests and 3 tonnes for the operation and for Colombia; "La Guardia Civil ha detenido a 10 personas
en Málaga" is 10 for Málaga, for Spain and for the operation. Where the article counts the countries, or
places figures or arrests in two countries, nothing here applies: one country's figure is its own, and the
operation's total is only what the article states.

This is the one place that decision is made; the map's reconciliation then finds nothing unattributed.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .countries import display_name, name_table
from .facts import CountryFact, Figure, PlaceRef

#: The metrics whose counts belong to the country where they happened (people found and things taken).
#: Platform users (a platform's users live anywhere) and counts of countries are not one country's.
SCOPED_METRICS: tuple[str, ...] = (
    "arrests",
    "arrests_or_convictions",
    "convictions",
    "suspects_identified",
    "victims_identified",
    "seizures",
    "assets_frozen",
)

#: The roles that place an operation's action in a country.
ACTING_ROLES: tuple[str, ...] = ("arrests_stated", "arrests_unspecified", "suspects")


def counts_several_countries(figs: list[Figure]) -> bool:
    """Whether the article counts two or more countries for the whole operation ("in 19 countries")."""
    return any(f.place is None and f.metric.startswith("countries_") and (f.value or 0) > 1 for f in figs)


def the_one_country(figs: list[Figure], found: list[CountryFact]) -> str | None:
    """The country where the whole operation happened, or None when the article counts two or more countries,
    places figures in two countries, gives two countries arrests, or names another country as taking part."""
    if counts_several_countries(figs):
        return None
    acting = {c.iso3 for c in found if c.role in ACTING_ROLES}
    acting |= {f.place.iso3 for f in figs if f.place is not None and f.place.iso3 and f.value is not None}
    if len(acting) != 1:
        return None
    (iso3,) = acting
    if any(c.role == "participating" and c.iso3 != iso3 and _as_a_place(c) for c in found):
        return None  # "police in Spain, France and Italy took part": Spain's twelve are its part
    return iso3


#: A country's name written as a body's attribute: "US Drug Enforcement Administration", "Korea's police".
_BODYS_NAME = re.compile(r"(?:'s|’s)?\s+(?:[A-Z][a-z]+\s+){0,3}(?:[A-Z][a-z]+|[A-Z]{2,})\b")


def _as_a_place(c: CountryFact) -> bool:
    """Whether a country taking part is written as a country (where the operation ran: "en España, Francia e
    Italia"), not as a helping body's nationality or attribute ("the FBI", "US Drug Enforcement Administration",
    "Dutch police")."""
    if c.as_written not in name_table():
        return False
    at = c.source.quote.find(c.as_written)
    return at < 0 or not _BODYS_NAME.match(c.source.quote, at + len(c.as_written))


def _what(f: Figure) -> tuple[str, str | None, str | None]:
    return (f.metric, f.unit, f.item)


def one_scope(figs: list[Figure], found: list[CountryFact]) -> list[Figure]:
    """`figs` with each count of a one-country operation at both scopes: the operation's count given to its
    country, and the country's (or its one town's) count given to the operation, where the other is not
    drafted already. Two counts of one kind are left as they are (neither is said to be the whole)."""
    iso3 = the_one_country(figs, found)
    if iso3 is None:
        return figs
    country = PlaceRef("country", display_name(iso3), iso3=iso3)
    counted = [f for f in figs if f.metric in SCOPED_METRICS and f.value is not None]
    whole = [f for f in counted if f.place is None]
    at_country = [f for f in counted if f.place is not None and f.place.kind == "country" and f.place.iso3 == iso3]
    inside = [f for f in counted if f.place is not None and f.place.kind in ("town", "province")]
    out = list(figs)
    for f in whole:
        if not any(_what(o) == _what(f) for o in at_country):
            out.append(replace(f, place=country, by_subject=False))
    for f in at_country:
        if not any(_what(o) == _what(f) for o in whole) and len({o.value for o in at_country if _what(o) == _what(f)}) == 1:
            if all(_what(o) != _what(f) or o.place is not None for o in out):
                out.append(replace(f, place=None, by_subject=False))
    for f in inside:
        same = [o for o in counted if _what(o) == _what(f)]
        one_place = len({o.place.key for o in same if o.place is not None}) == 1
        if one_place and len({o.value for o in same}) == 1 and all(o.place is not None for o in same):
            if not any(_what(o) == _what(f) and (o.place is None or o.place.kind == "country") for o in out):
                out.append(replace(f, place=None, by_subject=False))
                out.append(replace(f, place=country, by_subject=False))
    return out
