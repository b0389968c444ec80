"""Towns and provinces named in an article, found through the package's offline gazetteer.

Only inside the countries the article names (a capitalised word is a town somewhere on Earth),
and only after a word that introduces a place ("in", "en", "from", "province of", "puerto de"):
- a subdivision by its ISO 3166-2 name (pycountry), or the short forms in `SUBDIVISION_SHORT`;
- a town by GeoNames name or alternate name (`opsatlas.geo.gazetteer.find_city`), at least
  `MIN_POPULATION` people unless the article says it is a town ("the town of", "la localidad de").
"province of X" / "X Province" / "provincia de X" makes it a province even when a town shares
the name (Barcelona). A place's own words also say it is a town, of any size, and where: its province or
country in parentheses or after a comma ("Briviesca (Burgos)", "Cambridge, Ont."), "X, near Y", a list of
towns ("las localidades de…"), "el municipio granadino de…", its court or brigade ("Armadale Magistrates
Court"). A part of a country the country table reads as the country ("Northern Ireland", "Guadeloupe") is
also its province.
"""

from __future__ import annotations

import gettext
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

import pycountry

from ..geo import cityindex
from ..geo.gazetteer import find_city, iso2_of
from .sentences import DATELINE

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
    # islands, written for their island government's subdivision
    "Mallorca": "ES-IB",
    "Majorca": "ES-IB",
    "Menorca": "ES-IB",
    "Tenerife": "ES-CN",
    "Gran Canaria": "ES-CN",
    "Lanzarote": "ES-CN",
    "Fuerteventura": "ES-CN",
    # Canadian provinces as the Canadian Press abbreviates them after a town ("Cambridge, Ont.")
    "Ont.": "CA-ON",
    "Que.": "CA-QC",
    "B.C.": "CA-BC",
    "Alta.": "CA-AB",
    "Man.": "CA-MB",
    "Sask.": "CA-SK",
    "N.S.": "CA-NS",
    "N.B.": "CA-NB",
    # German states as English and Spanish papers write them (pycountry carries the German names)
    "North Rhine-Westphalia": "DE-NW",
    "Renania del Norte-Westfalia": "DE-NW",
    "Lower Saxony": "DE-NI",
    "Baja Sajonia": "DE-NI",
    "Saxony": "DE-SN",
    "Sajonia": "DE-SN",
    "Saxony-Anhalt": "DE-ST",
    "Sajonia-Anhalt": "DE-ST",
    "Hesse": "DE-HE",
    "Rhineland-Palatinate": "DE-RP",
    "Renania-Palatinado": "DE-RP",
    "Thuringia": "DE-TH",
    "Turingia": "DE-TH",
    "Baviera": "DE-BY",
    "Mecklenburg-Western Pomerania": "DE-MV",
    "Mecklemburgo-Pomerania Occidental": "DE-MV",
    "CABA": "AR-C",  # Ciudad Autónoma de Buenos Aires
    "Ciudad de Buenos Aires": "AR-C",
}
#: The kind of subdivision some ISO 3166-2 names carry in the local language ("Hunan Sheng", "Tianjin Shi",
#: "Macao SAR"); articles write the name without it ("Hunan Province", "Macao").
_SUBDIVISION_KIND = re.compile(r"\s+(?:(?:Huizu|Uygur|Zhuangzu)\s+)?(?:Sheng|Shi|Zizhiqu|SAR)$")
_CUE = re.compile(
    r"(?:\b(?:in|en|from|de|del|at|near|of|outside|around|cerca de|en la ciudad de|in the city of|"
    r"town of|city of|province of|state of|provincia de|localidad de|municipio de|puerto de|"
    r"port of|ciudad de|región de|comunidad de|estado de|desde|hacia|hasta|to|a|into|via|vía|"
    r"entre ellos|entre ellas|entre|between|including|covering|spanning|abarcando|incluidos|incluidas|such as|"
    r"across|throughout|department of|departamento de|"
    r"county of|condado de|sector de|barrio de|suburb of|neighbourhood of|neighborhood of|"
    r"(?:cities|towns|places|ports|ciudades|localidades|lugares|puertos)\s+(?:like|como)|"
    r"airports?(?:\s+of)?|aeropuertos?(?:\s+de)?)\s+)"
    # "en la Ciudad de Buenos Aires", "in the Auvergne-Rhône-Alpes region": an article may stand between the
    # cue and a place whose name says what kind of place it is ("en la Guayana" stays unread)
    r"(?P<article>(?:the|la|el|los|las)\s+)?$",
    re.I,
)
_KIND_IN_NAME = re.compile(r"^(?:Ciudad|City|Provincia|Province|Región|Region|Estado|State|Departamento)\b")
_KIND_AFTER = re.compile(r"^\s+(?:region|province|state|county|región|provincia|estado)\b", re.I)
_TOWN_CUE = re.compile(
    r"(?:town|city|village|municipality|localidad|municipio|ciudad|pueblo|port|puerto|suburb|neighbou?rhood)"
    r"\s+of\s+$|(?:localidad|municipio|ciudad|pueblo|puerto|sector|barrio)\s+de\s+$"
    # "el municipio granadino de Ítrabo", "la localidad malagueña de Mijas": a demonym between kind and name
    r"|(?:localidad|municipio|ciudad|pueblo|villa)\s+[a-záéíóúñ]+(?:ino|ina|eño|eña|ense|ano|ana|és|esa|ego|ega)"
    r"\s+de\s+$",
    re.I,
)
#: A part of a town ("el sector de Los Ríos", "the suburb of Victoria"): never the province of that name.
_LOCALITY_CUE = re.compile(r"(?:sector|barrio|suburb|neighbou?rhood)\s+(?:of|de)\s+$", re.I)
_PROVINCE_BEFORE = re.compile(
    r"(?:province|state|provincia|región|region|estado|department|departamento|county|condado)s?\s+(?:of|de)\s+$",
    re.I,
)
_PROVINCE_AFTER = re.compile(r"^\s+(?:[Pp]rovince|[Ss]tate|[Cc]ounty)\b")
#: A hyphen joins words ("Castilla-La Mancha") but one before a space ends the name ("Fuente Álamo- Murcia-");
#: "de los" joins them too ("Alcalá de los Gazules").
_NAME = re.compile(
    r"[A-ZÁÉÍÓÚÑÜ](?:[\w'’.]|-(?=\w))*"
    r"(?:\s+(?:de\s+(?:la|las|los)\s+|de|del|la|las|los|el|d'|of|on|upon|do|da|dos|das|es)?\s*"
    r"[A-ZÁÉÍÓÚÑÜ](?:[\w'’]|-(?=\w))*){0,3}"
)
#: Capitalised words that are never places here, however a gazetteer reads them.
_NOT_PLACES = frozenset(
    """
police policía interpol europol eurojust ameripol afp ap reuters efe friday monday tuesday wednesday thursday
saturday sunday january february march april may june july august september october november december
enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre the la el los las
operation operación homeland security investigations court guardia civil nacional national federal
centro center centre unidad grupo group internet whatsapp telegram facebook instagram twitter dark web
government gobierno ministry ministerio central norte sur north south east west este oeste
""".split()
)


_DATE_WORDS = frozenset(
    """
monday tuesday wednesday thursday friday saturday sunday lunes martes miércoles jueves viernes sábado domingo
january february march april may june july august september october november december enero febrero marzo
abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre
""".split()
)
#: A capitalised preposition opening a sentence is the cue, not part of the name ("En Puebla", "In Lyon").
_LEADING_CUE = re.compile(r"(?:In|En|From|Desde|At|Near|Outside|Around)\s+")
_GENERIC_TAIL = re.compile(r"\s(?:Port|Harbour|Airport|City|Town|Area|Region|Metropolitan|Police|Court|Brigade)$")


@dataclass(frozen=True)
class PlaceMention:
    name: str  # the gazetteer's name
    as_written: str
    kind: str  # "town" or "province"
    iso3: str
    subdivision: str | None  # ISO 3166-2 for a province
    start: int
    end: int


#: Regions as articles write them -> UN M49 key (`opsatlas.geo.regions`).
REGIONS: dict[str, str] = {
    "Latin America": "latin-america",
    "América Latina": "latin-america",
    "Latinoamérica": "latin-america",
    "South America": "south-america",
    "Sudamérica": "south-america",
    "América del Sur": "south-america",
    "Suramérica": "south-america",
    "Central America": "central-america",
    "Centroamérica": "central-america",
    "Eastern Europe": "eastern-europe",
    "Europa del Este": "eastern-europe",
    "este de Europa": "eastern-europe",
    "Western Europe": "western-europe",
    "Europe": "europe",
    "Europa": "europe",
    "Asia": "asia",
    "Africa": "africa",
    "África": "africa",
    "Oceania": "oceania",
    "Oceanía": "oceania",
    "the Americas": "americas",
    "Americas": "americas",
    "las Américas": "americas",
    "North America": "northern-america",
    "Norteamérica": "northern-america",
    # not a UN M49 region: drafted as a region described in words (its membership changes over time)
    "the EU": "",
    "European Union": "",
    "Unión Europea": "",
    "la UE": "",
}


def _fold(text: str) -> str:
    return cityindex.fold(text)


@lru_cache(maxsize=1)
def _translations() -> tuple[gettext.NullTranslations, ...]:
    """pycountry's English and Spanish names of subdivisions ("Bayern" is "Bavaria", "Gironde" "Gironda")."""
    out: list[gettext.NullTranslations] = []
    for lang in ("en", "es"):
        try:
            out.append(gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=[lang]))
        except OSError:
            continue
    return tuple(out)


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
        names += [_SUBDIVISION_KIND.sub("", n) for n in names if _SUBDIVISION_KIND.search(n)]
        names += [t for t in (tr.gettext(s.name) for tr in _translations()) if t != s.name and "/" not in t]
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


def find_places(text: str, countries: list[str], people: frozenset[str] | None = None) -> list[PlaceMention]:
    """Towns and provinces in `text` within the given countries (ISO alpha-3, most-mentioned first);
    `people`: the article's names of persons (`surnames` of the whole article), never places.

    A name found in several of the countries is read in the country the sentence names last before it
    ("9 en Argentina: 3 en Santa Fe"), else in the country of the other places listed with it ("Chubut, Salta,
    Santa Fe"), else in the most-mentioned one."""
    if not countries:
        return []
    people = surnames(text) if people is None else people
    if _is_dateline(text):
        return []  # "Efe, Madrid", "LYON, 26 Nov.": where the story was filed, not where anything happened
    named = _countries_named(text)
    credits = [c.span() for c in _CREDIT.finditer(text)]
    out: list[tuple[PlaceMention, str | None]] = []
    for m in _NAME.finditer(text):
        if any(a <= m.start() < b for a, b in credits):
            continue  # "(Reporting by Ana Ruiz in Lima; Editing by …)": where the reporter sat
        # the country named last before the place frames it ("9 en Argentina: 4 en CABA, 3 en Santa Fe")
        framing = next((iso for at, iso in reversed(named) if at < m.start() and iso in countries), None)
        # ... and a country written right after it is its own ("la ciudad de Macao, China", "Skopje, North
        # Macedonia"), closer than any before
        framing = next(
            (iso for at, iso in named if iso in countries and re.fullmatch(r"\s*,\s*", text[m.end() : at])),
            framing,
        )
        found = _place_at(text, m, countries, people)
        if found is not None and found.kind == "town":
            # "in Ontario" in a story on Canada and the US: the province, not the Californian city
            found = _state_elsewhere(found, countries, {iso for _, iso in named}) or found
        if framing and found is not None and found.iso3 != framing:
            framed = _place_at(text, m, [framing], people)
            if framed is not None and not _far_smaller(framed, found) and not _state_over_town(found, framed):
                found = framed
        if found is None and out and _listed_after_town(text, out[-1][0], m.start()):
            # "in Venray and Horst": the next item of a list of towns is a town, however small, in the same country
            found = _place_at(text, m, [out[-1][0].iso3], people, listed_town=True)
        if found is not None:
            out.append((found, framing))
    # the places a sentence lists belong together: a name read in another country than the others' is
    # read again in theirs ("Chubut, Córdoba, Santa Fe" are all in Argentina)
    by_country = Counter(p.iso3 for p, _ in out).most_common()
    if len(by_country) > 1 and by_country[0][1] > by_country[1][1]:
        main = by_country[0][0]
        for i, (p, framing) in enumerate(out):
            if p.iso3 != main and p.iso3 != framing:
                again = _place_at(text, _NAME.match(text, p.start), [main], people)  # type: ignore[arg-type]
                if again is not None:
                    out[i] = (again, framing)
    # a town standing alone (not in a list of places) whose namesake in a country the sentence names has ten
    # times the people is that one: "In Washington, the US Department of Justice…" in a story naming the UK more
    listed = {
        i for i in range(len(out) - 1)
        if re.fullmatch(r"\s*(?:,|\band\b|\by\b|\be\b)\s*", text[out[i][0].end : out[i + 1][0].start])
    }
    listed |= {i + 1 for i in listed}
    sentence_countries = list(dict.fromkeys(iso for _, iso in named if iso in countries))
    for i, (p, framing) in enumerate(out):
        if p.kind != "town" or framing or i in listed:
            continue
        for iso3 in sentence_countries:
            other = _place_at(text, _NAME.match(text, p.start), [iso3], people)  # type: ignore[arg-type]
            if iso3 != p.iso3 and other is not None and _far_smaller(p, other):
                out[i] = (other, framing)
                break
    return [p for p, _ in out]


#: A town named as a port: "Puerto Bolívar", "Port Hedland", "Porto Seguro".
#: "Co Meath", "Co. Louth", "County Durham": a county written before its name (the name is the county).
_COUNTY_BEFORE = re.compile(r"(?:County|Co\.?)\s+(?=[A-ZÁÉÍÓÚ][a-z])")
_PORT_NAME = re.compile(r"(?:Puerto|Port|Porto)\s+[A-ZÁÉÍÓÚÑ]")
#: What joins two items of a list of places: "Venray and Horst", "Tiana, Calella".
_LIST_SEPARATOR = re.compile(r"\s*(?:,|\band\b|\by\b|\be\b)\s*")


def _listed_after_town(text: str, previous: PlaceMention, start: int) -> bool:
    """Whether the name at `start` is the next item of a list whose item before is a town."""
    return previous.kind == "town" and bool(_LIST_SEPARATOR.fullmatch(text[previous.end : start]))


def _place_at(
    text: str, m: re.Match[str], countries: list[str], people: frozenset[str], listed_town: bool = False
) -> PlaceMention | None:
    """The town or province a capitalised phrase names, when a cue introduces it; `listed_town`: the phrase
    follows a town in a list, so it is a town of any size."""
    if m.group(0).split()[-1] in people or m.group(0).split()[0] in people:
        return None  # "Garland acknowledged…": the Attorney General, not Garland, Texas
    start, phrase = m.start(), m.group(0).rstrip(".")
    # "in Lagos on September 10", "en Vigo el Martes": a date after the place is not part of its name
    dated = re.search(r"\s+(?:on|upon|de|del|la|el|of)\s+(\w+)", phrase)
    if dated and dated.group(1).lower() in _DATE_WORDS:
        phrase = phrase[: dated.start()]
    joined = re.search(r"\.(?=[A-ZÁÉÍÓÚÑ])", phrase)
    if joined:  # "en Madrid y Bogotá.Cuando las autoridades…": a full stop without its space
        phrase = phrase[: joined.start()]
    if phrase + "." in SUBDIVISION_SHORT and text.startswith(".", start + len(phrase)):
        phrase += "."  # "Cambridge, Ont.": an abbreviation keeps its full stop
    lead = _LEADING_CUE.match(phrase)
    if lead and lead.end() < len(phrase):  # "En Puebla, …", "In Barcelona, …" opening a sentence
        start, phrase = start + lead.end(), phrase[lead.end() :]
    # "two Moscow-based networks", "a London-based broker": the place the thing is based in
    based = re.fullmatch(r"(.*?)([^\s-]+)-based", phrase)
    if based:  # "Two Lisbon-based firms": only the word before "-based"
        start, phrase = start + len(based.group(1)), based.group(2)
    possessive = _POSSESSIVE.match(phrase)
    if possessive:  # "across Melbourne's CBD", "in London's East End": the place that owns the part
        phrase = possessive.group(1)
    before = text[max(0, start - 30) : start]
    # "France (Guadeloupe and Martinique)": a part of the country named just before the parentheses
    within = _within_country(text[:start], countries)
    if within is not None:
        found = _lookup(phrase, [within], True, False)
        if found is not None and found[1] == "province":
            name, kind, iso3, code = found
            return PlaceMention(name, phrase, kind, iso3, code, start, start + len(phrase))
    suffix = re.match(r"(.+?)\s+(?:Province|State|Provincia|County)$", phrase)
    if suffix:
        phrase = suffix.group(1)
    # "on the State of Hessen", "la Provincia de Santa Fe" capitalised: the kind of place, then its name (a body
    # named after a place, "Departamento de Investigación Criminal de Portimão", is no place: one word only)
    kind_head = re.match(
        r"(?:State|Province|Provincia|Estado|Region|Región|Department|Departamento|County|Condado)\s+(?:of|de|del)\s+"
        r"(?=[A-ZÁÉÍÓÚÑ])",
        phrase,
    )
    if kind_head is None:
        kind_head = _COUNTY_BEFORE.match(phrase)
    if kind_head:
        start, phrase = start + kind_head.end(), phrase[kind_head.end() :]
    # "He is due before Armadale Magistrates Court": a local court names its town
    court = re.fullmatch(r"(.+?)\s+(?:Magistrates['’]?|Crown|District|Local|Municipal)\s+Court", phrase)
    if court:
        phrase = court.group(1)
    # "Briviesca (Burgos)": the name in parentheses after a place is its province (or its town)
    in_parentheses = text[start + len(phrase) :].startswith(")") and _place_before_parentheses(
        text[:start], phrase, countries
    )
    province_cue = (
        in_parentheses
        or bool(suffix)
        or bool(kind_head)
        or bool(_PROVINCE_BEFORE.search(before))
        or bool(_PROVINCES_LISTED.search(text[max(0, start - 200) : start]))
        or bool(_PROVINCE_AFTER.match(text[start + len(phrase) :]))
    )
    if _WATER.search(before) or _DISTANCE_FROM.search(before):
        return None  # "aguas del Atlántico", "off the coast of": a sea, not the department or town of that name
    cue = _CUE.search(before)
    if cue and cue.group("article") and not (
        _KIND_IN_NAME.match(phrase)
        or _KIND_AFTER.match(text[start + len(phrase) :])
        or _is_subdivision(phrase, countries)  # "in the ACT", "in the Northern Territory"
    ):
        cue = None
    # "the Karnataka Police", "Punjab cops": a state's or a city's own force names its place
    force_cue = bool(re.search(r"\s(?:Police|Constabulary|Brigade)$", phrase)) or bool(
        re.match(r"\s+(?:police|cops|constabulary)\b", text[start + len(phrase) :])
    )
    # "el punto de partida era Tudela (Navarra)": a name with its province in parentheses is a town, cue or not
    province_after = _province_in_parentheses(text[start + len(phrase) :], countries)
    introduced = cue or based or province_cue or force_cue or court or province_after
    if not introduced and not re.search(r"(?:[,:]|\by|\band|\be)\s*$", before):
        return None
    if _in_list_of_countries(text, start, start + len(phrase)) and (
        not _is_subdivision(phrase, countries) or _fold(phrase) in _folded_country_names()
    ):
        # "Bolivia, Paraguay, Salvador, Costa Rica": a country (El Salvador), not a town in Brazil; but a province
        # stays one ("borders the Netherlands and Belgium, and Bavaria to the south")
        return None
    # "en las localidades de Badalona, Mataró, Tiana y Calella": every town of the list
    town_cue = bool(_TOWN_CUE.search(before) or _TOWNS_LISTED.search(text[max(0, start - 200) : start]))
    demonym = re.search(r"\s([a-záéíóúñ]+)\s+de\s+$", before) if town_cue else None
    if demonym:  # "la ciudad francesa de Pau": in that country only
        from .country_finder import find_countries

        told = [c.iso3 for c in find_countries(demonym.group(1)) if c.iso3 in countries]
        countries = told or countries
    # "desde Puerto Bolívar", "from Port Hedland": a port's name says it is a town, however small
    town_cue = town_cue or bool(court) or listed_town or bool(_PORT_NAME.match(phrase))
    countries, town_cue = _told_country(text[start + len(phrase) :], phrase, countries, town_cue)
    countries = _named_country_first(phrase, countries)
    locality = bool(_LOCALITY_CUE.search(before))
    found = _lookup(phrase, countries, province_cue, town_cue, locality)
    if found is None and (in_parentheses or province_cue and not (suffix or kind_head)):
        # "Telde (Las Palmas de Gran Canaria)", "la región de Huaquillas", a city in a list of departments: a
        # town (of the size a town alone needs), when no province has the name
        found = _lookup(phrase, countries, False, False, locality)
    if found is None and " " in phrase and _GENERIC_TAIL.search(phrase):  # "Valencia Port" -> "Valencia"
        # only when the words dropped are generic: "Gran Canaria" is not the town "Gran"
        words = phrase.split()
        for n in range(len(words) - 1, 0, -1):
            found = _lookup(" ".join(words[:n]), countries, province_cue, town_cue, locality)
            if found:
                phrase = " ".join(words[:n])
                break
    joined = _JOINED_BY_ARTICLE.match(phrase) if found is None else None
    if joined:  # "Posadas de la Dra. …", "Santa Cruz de la Sie[rra]" cut: the name before "de la"
        found = _lookup(joined.group(1), countries, province_cue, town_cue, locality)
        phrase = joined.group(1) if found else phrase
    as_written = phrase
    if found is None and "-" in phrase:
        # "Barcelona-El Prat", "Málaga-Costa del Sol": an airport (or a district) named after its town
        left = phrase.split("-")[0]
        found = _lookup(left, countries, province_cue, town_cue, locality)
        as_written = phrase = left if found else phrase
    if found is None and _COMPASS.match(phrase):
        # "North Texas", "el norte de Santa Fe" aside: a part of a province or town, read as that place
        found = _part_by_compass(_lookup(_COMPASS.sub("", phrase), countries, province_cue, town_cue, locality))
    # "Asunción del Paraguay", "Santiago de Chile": a town and its country
    whose = _TOWN_OF_COUNTRY.search(phrase) if found is None else None
    if whose is not None:
        from .countries import name_table

        country = name_table().get(whose.group("country"))
        if country in countries and whose.group("name") not in name_table():
            found = _lookup(whose.group("name"), [country], province_cue, town_cue, locality)
            if found is not None:
                start += whose.start("name")
                as_written = phrase = whose.group("name")
    if found is None:
        return None
    name, kind, iso3, code = found
    end = start + len(as_written)
    if province_cue and _PROVINCE_AFTER.match(text[end:]):
        end += _PROVINCE_AFTER.match(text[end:]).end()  # type: ignore[union-attr]
    return PlaceMention(name, text[start:end], kind, iso3, code, start, end)


#: A wire story's credit line: "(Reporting by Ana Ruiz in Lima; Editing by Tom Hale)", "(Reporte de … en Quito)".
_CREDIT = re.compile(
    r"\((?:Additional\s+)?(?:[Rr]eporting|[Ww]riting|[Ee]diting|Reporte|Información|Redacción)\s+(?:by|de|por)\b"
    r"[^)]*\)"
)
#: A place's possessive before a part of it: "Melbourne’s CBD" (the name is the words before "’s").
_POSSESSIVE = re.compile(r"(.+?)['’]s(?=\s|$)")
#: A name and the words "de la/los/las" join to it: "Posadas de la Dra." (the name is "Posadas").
#: "Posadas de la Dra. …", "Valença do Miño" (a name the gazetteer lacks whole): the town before the joining words.
_JOINED_BY_ARTICLE = re.compile(r"(.+?)\s+(?:de\s+(?:la|las|los)|do|da|dos|das)\s+")
_LIST_ITEM = r"[A-ZÁÉÍÓÚÑ][\w'’-]*(?:\s+(?:de|del|la|las|los|el|i|d'|of)?\s*[A-ZÁÉÍÓÚÑ][\w'’-]*){0,3}(?:\s*\([^()]*\))?"
_TOWNS_LISTED = re.compile(
    rf"\b(?:localidades|municipios|pueblos|ciudades|towns|villages|cities)\s*(?:(?:de|of)\s+|:\s*)"
    rf"(?:{_LIST_ITEM}(?:\s*,\s*|\s+(?:y|e|and)\s+))*$"
)
#: "los departamentos de Ahuachapán, Sonsonate y La Paz", "the states of Hesse and Bavaria": every item of the
#: list a plural kind of place opens is a province
_PROVINCES_LISTED = re.compile(
    rf"\b(?:provinces|states|regions|departments|counties|provincias|estados|regiones|departamentos|condados)"
    rf"\s+(?:de|of)\s+(?:{_LIST_ITEM}(?:\s*,\s*|\s+(?:y|e|and)\s+))+$"
)
_TOWN_OF_COUNTRY = re.compile(r"(?P<name>[A-ZÁÉÍÓÚÑ][\w'’-]*)\s+(?:de|del)\s+(?P<country>[A-ZÁÉÍÓÚÑ][\w'’-]*)$")
_COMPASS = re.compile(r"^(?:North|South|East|West|Northern|Southern|Eastern|Western|Central|Greater)\s+(?=[A-ZÁÉÍÓÚÑ])")
_OPEN_PARENTHESIS = re.compile(
    r"([A-ZÁÉÍÓÚÑ][\w'’-]*(?:\s+[A-ZÁÉÍÓÚÑ][\w'’-]*){0,3})\s*\((?:[^()]*?(?:,|\band\b|\by\b|\be\b)\s*)?$"
)


@lru_cache(maxsize=1)
def _folded_country_names() -> frozenset[str]:
    """The country table's names without accents or case ("niger" for "Níger")."""
    from .countries import name_table

    return frozenset(_fold(n) for n in name_table())


def _within_country(before: str, countries: list[str]) -> str | None:
    """The country a place is written inside parentheses after ("France (Guadeloupe and Martinique)",
    "España (Baleares)"), when the article names it."""
    m = _OPEN_PARENTHESIS.search(before[-120:])
    if m is None:
        return None
    from .countries import name_table

    iso3 = name_table().get(m.group(1))
    return iso3 if iso3 in countries else None


def _far_smaller(a: PlaceMention, b: PlaceMention) -> bool:
    """Whether town `a` has less than a tenth of town `b`'s people: "con sede en Madrid" after "Colombia"
    is still Spain's capital, not Madrid in Cundinamarca."""
    if a.kind != "town" or b.kind != "town":
        return False
    ta, tb = find_city(a.name, iso2_of(a.iso3)), find_city(b.name, iso2_of(b.iso3))
    return ta is not None and tb is not None and ta["population"] * 10 < tb["population"]


_WATER = re.compile(
    r"(?:aguas|waters|océano|ocean|mar|sea|costa|coast|golfo|gulf)\s+(?:del?|of(?:\s+the)?|off)\s+(?:la\s+|el\s+)?$",
    re.I,
)
#: A reference point, not where anything happened: "1,200 miles east of Martinique", "a 30 km al sur de Cádiz".
_DISTANCE_FROM = re.compile(
    r"(?:miles|km|kilomet(?:re|er)s|kilómetros|millas(?:\s+náuticas)?)\s+(?:\w+\s+)?"
    r"(?:(?:north|south|east|west|northeast|northwest|southeast|southwest|off|from)\s+(?:of\s+)?|"
    r"al\s+(?:norte|sur|este|oeste|noreste|noroeste|sureste|suroeste)\s+de\s+|de\s+)(?:the\s+|la\s+|el\s+)?$",
    re.I,
)
def _is_dateline(text: str) -> bool:
    return bool(DATELINE.match(text)) and len(text) < 80


def _countries_named(text: str) -> list[tuple[int, str]]:
    """(where, ISO alpha-3) of the countries a sentence names (names, demonyms, agencies), in order."""
    from .country_finder import find_countries

    return sorted((c.start, c.iso3) for c in find_countries(text, shared_forces=False))


def _in_list_of_countries(text: str, start: int, end: int) -> bool:
    """Whether the name at text[start:end] follows a country in a list whose items next to it are all
    countries ("Paraguay, Salvador, Costa Rica"; "Paraguay y Salvador")."""
    from .countries import AMBIGUOUS_IN_LISTS, name_table

    sep = r"(?:\s*,\s*(?:(?:and|y|e)\s+)?|\s+(?:and|y|e)\s+)"
    item = r"[A-ZÁÉÍÓÚÑ][\w'’-]*(?:\s+(?:de|del|la|y|and|of|the)?\s*[A-ZÁÉÍÓÚÑ][\w'’-]*){0,3}"
    prev = re.search(rf"({item}){sep}$", text[:start])
    nxt = re.match(rf"{sep}({item})", text[end:])
    if prev is None:
        return False  # "in Skopje, North Macedonia": a town and its country
    items = [g.group(1) for g in (prev, nxt) if g is not None]
    table = name_table()

    def country(words: str) -> bool:
        # the words, or the words after a cue, are a country ("En Bolivia" -> "Bolivia"); not a town's last
        # word ("San Salvador" is no Salvador)
        lead = _LEADING_CUE.match(words)
        words = words[lead.end() :] if lead else words
        if _COMPASS.match(words) and words not in table:
            return False  # "Western Australia", "Northern Ireland": a part of a country (not "South Africa")
        return words in table or words in AMBIGUOUS_IN_LISTS

    # an item may hold two joined by a conjunction ("Honduras and Brazil"): both countries
    return all(country(part) for i in items for part in re.split(r"\s+(?:and|y|e)\s+", i))


_SPEAKS = re.compile(
    r"\b([A-ZÁÉÍÓÚÑ][\w'’-]+)\s+(?:said|says|told|added|explained|acknowledged|stated|noted|warned|declared|"
    r"dijo|afirmó|señaló|explicó|declaró|añadió|aseguró|indicó|subrayó|destacó)\b"
)
_TITLED = re.compile(
    r"\b(?:Mr|Mrs|Ms|Dr|General|Minister|Director|Secretary|Commissioner|Chief|President|Prosecutor|Attorney|"
    r"Superintendent|Inspector|Sergeant|Officer|Sr|Sra|ministr[oa]|director[a]?|comisari[oa]|jef[ea]|fiscal|"
    r"presidente|presidenta|inspector[a]?|teniente|coronel|general|secretari[oa])\.?\s+"
    r"(?:[A-ZÁÉÍÓÚÑ][\w'’-]+\s+){0,2}([A-ZÁÉÍÓÚÑ][\w'’-]+)\b"
)


def surnames(text: str) -> frozenset[str]:
    """Words the article uses as a person's name: a titled name ("Attorney General Merrick Garland",
    "el comisario Juan Pérez") or a name that speaks ("Garland said"). Towns do not speak."""
    names = {m.group(1) for m in _TITLED.finditer(text)}
    speakers = {m.group(1) for m in _SPEAKS.finditer(text)}
    # a speaker is a person only when the article also writes it after another capitalised word
    # ("Merrick Garland"); "Madrid said" alone stays a place (a government, metonymically)
    names |= {
        w
        for w in speakers
        if any(
            g.group(1).lower() not in _NOT_GIVEN
            for g in re.finditer(r"\b([A-ZÁÉÍÓÚÑ][a-záéíóúñ]+)\s+" + re.escape(w) + r"\b", text)
        )
    }
    return frozenset(names - _NOT_SURNAMES)


#: Capitalised words before a place's name that are part of it or of the sentence, not a given name.
_NOT_GIVEN = frozenset(
    "the la el los las new san santa saint st port fort puerto greater gran north south east west upper lower "
    "in en from de del at of and y but pero when cuando while mientras".split()
)
#: Words that follow a title without being a name ("the Director General", "Secretary of State").
_NOT_SURNAMES = frozenset({"General", "Of", "State", "Nacional", "National", "Federal", "Civil", "Police", "Policía"})


def _lookup(
    phrase: str, countries: list[str], province_cue: bool, town_cue: bool, locality: bool = False
) -> tuple[str, str, str, str | None] | None:
    if phrase.lower() in _NOT_PLACES or all(w.lower() in _NOT_PLACES for w in phrase.split()):
        return None
    from .countries import name_table

    if phrase in REGIONS:
        return None  # "arrested across Asia": a region of the world, not the town of Asia (Philippines)

    if phrase in name_table() and not (province_cue or town_cue):
        # "Santa Elena" is Saint Helena, but "la provincia de Santa Elena" is in Ecuador
        return _part_of_country(phrase, countries)
    key = _fold(phrase)
    for iso3 in countries:
        iso2 = iso2_of(iso3)
        sub = None if locality else (_subdivisions(iso2).get(phrase) or _subdivisions(iso2).get(key))
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


def _state_over_town(state: PlaceMention, town: PlaceMention) -> bool:
    """Whether a province found for a name outweighs the namesake town the sentence's country would give:
    "from the U.S. … in Ontario" is still the Canadian province, not the Californian city."""
    if state.kind != "province" or town.kind != "town" or state.subdivision is None:
        return False
    city = find_city(town.name, iso2_of(town.iso3))
    kind = pycountry.subdivisions.get(code=state.subdivision).type.lower()
    return city is not None and city["population"] < _LARGE_CITY and kind in ("province", "state")


def _state_elsewhere(town: PlaceMention, countries: list[str], in_sentence: set[str]) -> PlaceMention | None:
    """The province or state of another of the countries named as the town (Ontario, Canada, for Ontario,
    California), when the town is not a large city and the sentence names no country or that one."""
    city = find_city(town.name, iso2_of(town.iso3))
    if city is None or city["population"] >= _LARGE_CITY:
        return None
    key = _fold(town.as_written)
    for other in countries:
        if other == town.iso3 or (in_sentence and other not in in_sentence):
            continue
        subs = _subdivisions(iso2_of(other))
        sub = subs.get(town.as_written) or subs.get(key)
        if sub is not None and pycountry.subdivisions.get(code=sub[0]).type.lower() in ("province", "state"):
            return PlaceMention(sub[1], town.as_written, "province", other, sub[0], town.start, town.end)
    return None


#: A city this large keeps its name against a namesake province elsewhere.
_LARGE_CITY = 200_000


_PARENTHESES_AFTER = re.compile(r"\s*\(([A-ZÁÉÍÓÚÑ][^()\n]{1,40})\)")


def _province_in_parentheses(after: str, countries: list[str]) -> bool:
    """Whether a province of the countries follows in parentheses: "(Navarra)" after "Tudela"."""
    paren = _PARENTHESES_AFTER.match(after)
    if paren is None:
        return False
    found = _lookup(paren.group(1), countries, True, False)
    return found is not None and found[1] == "province"


def _told_country(after: str, phrase: str, countries: list[str], town_cue: bool) -> tuple[list[str], bool]:
    """The country a place's own words put it in, and whether they say it is a town: "Briviesca (Burgos)",
    "Pau (Francia)" (its province or country in parentheses)."""
    from .countries import name_table

    paren = _PARENTHESES_AFTER.match(after)
    if paren:
        province = _lookup(paren.group(1), countries, True, False)
        if province is not None and province[1] == "province":
            return [province[2]], True
        if name_table().get(paren.group(1)) in countries:  # "Pau (Francia)"
            return [name_table()[paren.group(1)]], True
    # "Coquelles, near Calais", "Tiana, cerca de Badalona": a town near another
    near = re.match(r"\s*,\s*(?:near|close to|outside|cerca de|junto a)\s+(" + _NAME.pattern + ")", after)
    if near and phrase not in name_table():
        town = _lookup(near.group(1).rstrip("."), countries, False, False)
        if town is not None and town[1] == "town":
            return [town[2]], True
    # "Cambridge, Ont.", "Thornhill, Ontario": a town and its province after a comma (not a list of provinces,
    # "Málaga, Huelva, Santa Cruz de Tenerife")
    comma = re.match(r"\s*,\s*([A-ZÁÉÍÓÚÑ][\w.]*(?:\s+[A-ZÁÉÍÓÚÑ][\w.]*){0,2})", after)
    if comma and phrase not in name_table() and _lookup(phrase, countries, True, False) is None:
        words = comma.group(1).split()
        for n in range(len(words), 0, -1):
            province_country = _province_named(" ".join(words[:n]), countries)
            if province_country is not None:
                return [province_country], True
    return countries, town_cue


#: "Panama City", "Kuwait City", "Ciudad de Guatemala": a city named after its country.
_CITY_OF_COUNTRY = re.compile(r"(?P<before>.+?)\s+City|Ciudad\s+de\s+(?P<after>.+)")


def _named_country_first(phrase: str, countries: list[str]) -> list[str]:
    """The countries to look the phrase up in, the one its name says first ("Panama City" is in Panama before
    Florida's namesake)."""
    from .countries import name_table

    m = _CITY_OF_COUNTRY.fullmatch(phrase)
    own = name_table().get(m.group("before") or m.group("after")) if m else None
    return [own] + [c for c in countries if c != own] if own in countries else countries


def _part_by_compass(
    found: tuple[str, str, str, str | None] | None,
) -> tuple[str, str, str, str | None] | None:
    """The place a compass word stands before, when it is a province or a large city ("North Texas", "East
    London"); a small town is rather a name that begins with the word ("Western Union": no town of Union)."""
    if found is None or found[1] == "province":
        return found
    city = find_city(found[0], iso2_of(found[2]))
    return found if city is not None and city["population"] >= _LARGE_CITY else None


def _province_named(words: str, countries: list[str]) -> str | None:
    """The country of the province `words` name, as written or without the full stop that ends the sentence
    ("Thornhill, Ontario." and "Cambridge, Ont." alike; not a nation the UK is made of, "Stornoway, Scotland.",
    which the labels do not keep as a province)."""
    province = _lookup(words, countries, True, False)
    if province is not None and province[1] == "province":
        return province[2]
    if not words.endswith("."):
        return None
    province = _lookup(words.rstrip("."), countries, True, False)
    if province is None or province[1] != "province" or province[3] is None:
        return None
    return None if pycountry.subdivisions.get(code=province[3]).type.lower() == "country" else province[2]


def _place_before_parentheses(before: str, phrase: str, countries: list[str]) -> bool:
    """Whether `before` ends with a town's name (another than `phrase`) and an open parenthesis: "Briviesca (",
    not "Nov. 5 (" before a news agency, nor "Ministro Pistarini (" before "Ezeiza" (the same place again)."""
    m = re.search(r"([A-ZÁÉÍÓÚÑ][\w'’-]*(?:\s+(?:de|del|la|las|los|el)?\s*[A-ZÁÉÍÓÚÑ][\w'’-]*){0,3})\s*\($", before)
    if m is None:
        return False
    lead = _LEADING_CUE.match(m.group(1))  # "En Telde (Las Palmas…)"
    found = _lookup(m.group(1)[lead.end() :] if lead else m.group(1), countries, False, True)
    if found is None:
        # "en Azaila (Teruel)": a village the gazetteer lacks, introduced as a place, and its province
        return bool(lead or _CUE.search(before[max(0, m.start() - 30) : m.start()])) and _is_subdivision(
            phrase, countries
        )
    return _fold(found[0]) != _fold(phrase)


def _is_subdivision(phrase: str, countries: list[str]) -> bool:
    """Whether `phrase` is the name of a subdivision of one of the countries ("the Northern Territory")."""
    return any(
        phrase in (subs := _subdivisions(iso2_of(iso3))) or _fold(phrase) in subs
        for iso3 in countries
        if iso2_of(iso3)
    )


def _part_of_country(phrase: str, countries: list[str]) -> tuple[str, str, str, str | None] | None:
    """A part of a country that the country table reads as the country itself, as that country's province:
    "Northern Ireland" (UK). Not a nation the UK is made of (England, Scotland, Wales: ISO type "Country"), nor
    the country's own name (México state); a territory with its own ISO code is read as itself (convention C5)."""
    from .countries import EXTRA_NAMES, name_table

    iso3 = name_table().get(phrase)
    iso2 = iso2_of(iso3) if iso3 in countries else None
    if iso3 is None or iso2 is None:
        return None
    try:
        own = pycountry.countries.lookup(phrase).alpha_3
    except LookupError:
        own = None
    sub: tuple[str, str] | None = None
    if own is None and EXTRA_NAMES.get(phrase) == iso3 and _fold(phrase) not in {
        _fold(n) for n, i in name_table().items() if i == iso3 and n not in EXTRA_NAMES
    }:  # Northern Ireland, not "México" (the country's own name, in Spanish)
        sub = _subdivisions(iso2).get(phrase) or _subdivisions(iso2).get(_fold(phrase))
    if sub is None or pycountry.subdivisions.get(code=sub[0]).type == "Country":
        return None
    return sub[1], "province", iso3, sub[0]
