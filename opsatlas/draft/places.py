"""Towns and provinces named in an article, found through the package's offline gazetteer.

Only inside the countries the article names (a capitalised word is a town somewhere on Earth),
and only after a word that introduces a place ("in", "en", "from", "province of", "puerto de"):
- a subdivision by its ISO 3166-2 name (pycountry), or the short forms in `SUBDIVISION_SHORT`;
- a town by GeoNames name or alternate name (`opsatlas.geo.gazetteer.find_city`), at least
  `MIN_POPULATION` people unless the article says it is a town ("the town of", "la localidad de").
"province of X" / "X Province" / "provincia de X" makes it a province even when a town shares
the name (Barcelona).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import pycountry

from ..geo import cityindex
from ..geo.gazetteer import find_city, iso2_of

MIN_POPULATION = 15_000
#: Short forms of subdivisions that pycountry does not carry (as journalists write them).
SUBDIVISION_SHORT: dict[str, str] = {
    "NSW": "AU-NSW",
    "Qld": "AU-QLD",
    "QLD": "AU-QLD",
    "Vic": "AU-VIC",
    "WA": "AU-WA",
    "SA": "AU-SA",
    "ACT": "AU-ACT",
    "NT": "AU-NT",
    "Tas": "AU-TAS",
    "Cataluña": "ES-CT",
    "Catalonia": "ES-CT",
    "Andalusia": "ES-AN",
    "Basque Country": "ES-PV",
    "Valencian Community": "ES-VC",
    "Balearic Islands": "ES-IB",
    "Canary Islands": "ES-CN",
    "Galicia": "ES-GA",
    "Comunidad de Madrid": "ES-MD",
    "Comunidad Valenciana": "ES-VC",
    "Región de Murcia": "ES-MC",
    "Seville": "ES-SE",
}
_CUE = re.compile(
    r"(?:\b(?:in|en|from|de|del|at|near|of|outside|around|cerca de|en la ciudad de|in the city of|"
    r"town of|city of|province of|state of|provincia de|localidad de|municipio de|puerto de|"
    r"port of|ciudad de|región de|comunidad de|estado de)\s+)$",
    re.I,
)
_TOWN_CUE = re.compile(
    r"(?:town|city|village|municipality|localidad|municipio|ciudad|pueblo|port|puerto)\s+of\s+$|"
    r"(?:localidad|municipio|ciudad|pueblo|puerto)\s+de\s+$",
    re.I,
)
_PROVINCE_BEFORE = re.compile(r"(?:province|state|provincia|región|region|estado)\s+(?:of|de)\s+$", re.I)
_PROVINCE_AFTER = re.compile(r"^\s+(?:[Pp]rovince|[Ss]tate)\b")
_NAME = re.compile(r"[A-ZÁÉÍÓÚÑÜ][\w'’.-]*(?:\s+(?:de|del|la|las|los|el|d'|of|on|upon)?\s*[A-ZÁÉÍÓÚÑÜ][\w'’-]*){0,3}")
#: Capitalised words that are never places here, however a gazetteer reads them.
_NOT_PLACES = frozenset(
    """
police policía interpol europol eurojust ameripol afp ap reuters efe friday monday tuesday wednesday thursday
saturday sunday january february march april may june july august september october november december
enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre the la el los las
operation operación homeland security investigations court guardia civil nacional national federal
centro center centre unidad grupo group internet whatsapp telegram facebook instagram twitter dark web
government gobierno ministry ministerio
""".split()
)


_GENERIC_TAIL = re.compile(r"\s(?:Port|Harbour|Airport|City|Town|Area|Region|Metropolitan|Police|Court)$")


@dataclass(frozen=True)
class PlaceMention:
    name: str  # the gazetteer's name
    as_written: str
    kind: str  # "town" or "province"
    iso3: str
    subdivision: str | None  # ISO 3166-2 for a province
    start: int
    end: int


def _fold(text: str) -> str:
    return cityindex.fold(text)


@lru_cache(maxsize=256)
def _subdivisions(iso2: str) -> dict[str, tuple[str, str]]:
    """Folded name -> (code, display name) for a country's subdivisions."""
    out: dict[str, tuple[str, str]] = {}
    for s in pycountry.subdivisions.get(country_code=iso2) or []:
        names = [s.name.split(" [")[0]]
        if "[" in s.name:
            names.append(s.name.split(" [")[1].rstrip("]"))
        if ", " in names[0]:  # "Madrid, Comunidad de"
            names.append(names[0].split(", ")[0])
        for n in names:
            key = _fold(n)
            if s.type.lower().startswith(("province", "state")) or key not in out:
                out[key] = (s.code, names[0])
    for short, code in SUBDIVISION_SHORT.items():
        if code.startswith(iso2 + "-"):
            sub = pycountry.subdivisions.get(code=code)
            if sub is not None:
                out.setdefault(_fold(short), (code, sub.name.split(" [")[0]))
                out[short] = (code, sub.name.split(" [")[0])
    return out


def find_places(text: str, countries: list[str]) -> list[PlaceMention]:
    """Towns and provinces in `text` within the given countries (ISO alpha-3, most-mentioned first)."""
    if not countries:
        return []
    out: list[PlaceMention] = []
    for m in _NAME.finditer(text):
        before = text[max(0, m.start() - 30) : m.start()]
        phrase = m.group(0).rstrip(".")
        suffix = re.match(r"(.+?)\s+(?:Province|State|Provincia)$", phrase)
        if suffix:
            phrase = suffix.group(1)
        province_cue = (
            bool(suffix)
            or bool(_PROVINCE_BEFORE.search(before))
            or bool(_PROVINCE_AFTER.match(text[m.start() + len(phrase) :]))
        )
        if not _CUE.search(before) and not province_cue and not re.search(r"(?:[,:]|\by|\band|\be)\s*$", before):
            continue
        found = _lookup(phrase, countries, province_cue, bool(_TOWN_CUE.search(before)))
        if found is None and " " in phrase and _GENERIC_TAIL.search(phrase):  # "Valencia Port" -> "Valencia"
            # only when the words dropped are generic: "Gran Canaria" is not the town "Gran"
            words = phrase.split()
            for n in range(len(words) - 1, 0, -1):
                found = _lookup(" ".join(words[:n]), countries, province_cue, bool(_TOWN_CUE.search(before)))
                if found:
                    phrase = " ".join(words[:n])
                    break
        if found is None:
            continue
        name, kind, iso3, code = found
        end = m.start() + len(phrase)
        if province_cue and _PROVINCE_AFTER.match(text[end:]):
            end += _PROVINCE_AFTER.match(text[end:]).end()  # type: ignore[union-attr]
        out.append(PlaceMention(name, text[m.start() : end], kind, iso3, code, m.start(), end))
    return out


def _lookup(
    phrase: str, countries: list[str], province_cue: bool, town_cue: bool
) -> tuple[str, str, str, str | None] | None:
    if phrase.lower() in _NOT_PLACES or all(w.lower() in _NOT_PLACES for w in phrase.split()):
        return None
    from .countries import name_table

    if phrase in name_table():
        return None
    key = _fold(phrase)
    for iso3 in countries:
        iso2 = iso2_of(iso3)
        sub = _subdivisions(iso2).get(phrase) or _subdivisions(iso2).get(key)
        if province_cue and sub:
            return sub[1], "province", iso3, sub[0]
        if not province_cue:
            town = find_city(phrase, iso2)
            if town is not None and (town["population"] >= MIN_POPULATION or town_cue):
                if sub and not town_cue and not re.search(r"\bport|puerto", phrase, re.I):
                    # a state that shares its name with a small town (Victoria): the state
                    if town["population"] < 100_000:
                        return sub[1], "province", iso3, sub[0]
                return town["name"], "town", iso3, None
        if sub:
            return sub[1], "province", iso3, sub[0]
    return None
