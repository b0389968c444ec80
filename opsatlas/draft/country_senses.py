"""The other senses of a country's name or demonym: where a mention is no country acting here.

A nationality of people ("tres italianos", "a Syrian man"), a company's ("la compañía rusa
Group-IB"), a language ("lengua búlgara"), a currency ("US dollars"), where people come from
("migrantes procedentes de…"), a wire dateline, a Latin binomial ("Anguilla anguilla"), a territory
followed by its state ("Macao, China"). The names themselves are `countries`'; `country_finder`
asks these readings of each match.
"""

from __future__ import annotations

import re

from .countries import AMBIGUOUS_RE, POLICE_AFTER, SOVEREIGN, CountryMention, patterns
from .sentences import DATELINE

#: Where people come from: "migrantes procedentes de", "las víctimas procedían de", "que viajaban desde",
#: "migrants from", "victims hailing from". Goods ("cocaine from Colombia") are routes, not origins.
_PEOPLE_NOUNS = (
    r"(?:migrantes|inmigrantes|refugiad[oa]s|solicitantes de asilo|víctimas|victimas|mujeres|hombres|niñ[oa]s|"
    r"menores|personas|detenid[oa]s|pasajeros|migrants|immigrants|refugees|asylum[- ]seekers|victims|women|men|children|people|persons|passengers)"
)
#: Adverbs of share, as alternatives (a regex fragment), declared once: "principalmente", "mostly".
_SHARE_ADVERBS = r"principalmente|mayoritariamente|sobre todo|en su mayoría|mainly|mostly|largely|primarily"
#: One adverb of share between people and where they come from, or before their nationality (a group).
_SHARE_WORDS = rf"(?:{_SHARE_ADVERBS})"
#: The same, optional, with its space (a regex fragment): "principalmente ", "".
_SHARE = rf"(?:{_SHARE_WORDS}\s+)?"
_ORIGIN_VERB = re.compile(
    rf"\b(?:procedentes?|provenientes?|originari[oa]s|oriund[oa]s|llegad[oa]s)\s+{_SHARE}(?:de|desde)\s+"
    rf"|\b(?:proced[ií]an?|proceden|provienen|proven[ií]an|ven[ií]an|vienen|llegaban|huían|huyendo)\s+{_SHARE}(?:de|desde)\s+"
    r"|\b(?:viajaban|viajando|viajan|viajar|cruzan|cruzaban|cruzando)\s+desde\s+"
    rf"|\b(?:originating|originally|hailing|coming|fleeing|came|come|travel(?:l)?ing|travel(?:l)?ed)\s+{_SHARE}from\s+",
    re.I,
)
#: The suspects, who come from somewhere only by a verb of origin or an adverb of share ("los arrestados,
#: originarios principalmente de", "the suspects mostly from"): "suspects from Peru and Chile" may be where
#: they were held.
_SUSPECT_NOUNS = r"(?:individuos|sospechos[oa]s|arrestad[oa]s|individuals|suspects|detainees|arrestees)"
#: "provienen de varios países, como Colombia…", "come from several countries, including Peru…": the
#: list of origins comes after a word for "several countries".
_SEVERAL_COUNTRIES = re.compile(
    r"(?:(?:varios|distintos|diferentes|diversos|muchos)\s+países|(?:several|various|different|many)\s+countries)"
    r"\s*[,:(]?\s*(?:(?:como|entre (?:ellos|otros)|incluidos|such as|including|like)\b\s*)?(?:el\s+|la\s+|the\s+)?",
    re.I,
)
#: The people the origin verb is about, close before it ("las víctimas de la trata procedían de").
_PEOPLE_BEFORE_VERB = re.compile(rf"\b(?:{_PEOPLE_NOUNS}|{_SUSPECT_NOUNS})\b[^.;:]{{0,40}}$", re.I)
#: A bare "migrantes de" / "migrants from": an origin only before a list ("migrantes de las Américas
#: (Venezuela, Cuba)"); one country alone ("inmigrantes de Venezuela") is left as a mention.
_PEOPLE_OF = re.compile(rf"\b{_PEOPLE_NOUNS}\s+(?:de|from)\s+", re.I)
#: People or suspects with an adverb of share before where they come from: "the suspects mostly from Mexico",
#: "víctimas principalmente de Honduras" (an origin even for one country).
_PEOPLE_MOSTLY_OF = re.compile(
    rf"\b(?:{_PEOPLE_NOUNS}|{_SUSPECT_NOUNS}),?\s+{_SHARE_WORDS}\s+(?:de|from)\s+", re.I
)
#: A single origin followed by a destination is a route ("migrants from Bulgaria to Romania"): a mention.
_ROUTE_ON = re.compile(r"\s+(?:to|into|towards|a|hacia|rumbo a|con destino a)\s", re.I)
#: …but a compass direction is no destination: "cruzan desde Colombia hacia el norte" is an origin.
_DIRECTION = re.compile(
    r"\s+(?:to|towards|a|hacia|rumbo a)\s+(?:el\s+|the\s+)?(?:norte|sur|este|oeste|north|south|east|west)\b", re.I
)
#: A region in a list of origins: "las Américas (Venezuela, Cuba), África (Angola) y Asia (Nepal)".
_ORIGIN_REGION = re.compile(
    r"(?:(?:las|los|la|el|the)\s+)?(?:Am[ée]ricas?(?:\s+(?:del?\s+)?(?:Sur|Norte|Latina|Central))?|[ÁA]frica"
    r"(?:\s+(?:del\s+Norte|Occidental|Oriental|subsahariana))?|Asia(?:\s+Central)?|Europa(?:\s+del\s+Este)?|Europe|"
    r"Oriente\s+(?:Medio|Próximo)|Middle\s+East|Caribe|Caribbean|Centroamérica|Sudamérica|Suramérica|Latinoamérica|"
    r"Norteamérica|(?:Central|South|Latin|North)\s+America|Eastern\s+Europe|(?:West|East|North|South)(?:ern)?\s+Africa|"
    r"South[- ]?East\s+Asia|Sudeste\s+Asiático|Oceanía|Oceania)(?![\w-])"
)
_ORIGIN_SEP = re.compile(r"(?:[\s(),]+|\b(?:y|e|and|or|o|as well as|así como|las|los|la|el|the|de|del|from)\b)+")


def _people_before(text: str, at: int, pattern: re.Pattern[str]) -> bool:
    """Whether people are named just before `at`: a noun ("las víctimas") or a demonym standing for
    people ("guatemaltecos que cruzan desde")."""
    window = text[max(0, at - 60) : at]
    if _PEOPLE_BEFORE_VERB.search(window):
        return True
    base = at - len(window)
    return any(
        demonym_as_noun(text, base + m.start(), base + m.end()) and not re.search(r"[.;:]", window[m.end() :])
        for m in pattern.finditer(window)
    )


def origin_spans(text: str) -> list[tuple[int, int]]:
    """Stretches of `text` that name where people come from: a trigger ("migrantes procedentes de",
    "migrants from", "viajaban desde") and the list of countries and regions after it."""
    pattern = patterns(True)[0]
    spans: list[tuple[int, int]] = []
    triggers = [(t, 1) for t in _ORIGIN_VERB.finditer(text) if _people_before(text, t.start(), pattern)]
    triggers += [(t, 2) for t in _PEOPLE_OF.finditer(text)]
    triggers += [(t, 1) for t in _PEOPLE_MOSTLY_OF.finditer(text)]
    for t, least in triggers:
        pos = last = t.end()
        several = _SEVERAL_COUNTRIES.match(text, pos)
        if several is not None:
            pos = several.end()
        items = 0
        while True:
            item = pattern.match(text, pos) or _ORIGIN_REGION.match(text, pos) or AMBIGUOUS_RE.match(text, pos)
            if item is None:
                break
            items += 1
            last = item.end()
            sep = _ORIGIN_SEP.match(text, last)
            if sep is None:
                break
            pos = sep.end()
        if items < least or (items == 1 and _ROUTE_ON.match(text, last) and not _DIRECTION.match(text, last)):
            continue
        spans.append((t.start(), last))
    return spans
#: A plural demonym used as a noun, with no noun before it, opening a relative clause: "principalmente
#: venezolanos que cruzan", "los colombianos que viajaban", "miles de haitianos que": people, not a place.
_NOUN_DEMONYM_BEFORE = re.compile(
    r"(?:^|[,;:(]|\b(?:los|las|unos|unas|muchos|muchas|principalmente|mayoritariamente|sobre todo|especialmente|"
    r"incluidos|incluidas|entre ellos|entre ellas|miles de|cientos de|decenas de|y|e|o))\s*$",
    re.I,
)
_RELATIVE_AFTER = re.compile(r"^\s+que\s+[a-záéíóúñ]")


def demonym_as_noun(text: str, start: int, end: int) -> bool:
    """Whether a lowercase plural Spanish demonym at start..end stands for people ("venezolanos que cruzan")."""
    word = text[start:end]
    if not (word[0].islower() and word.endswith("s") and _RELATIVE_AFTER.match(text[end : end + 20])):
        return False
    before = text[max(0, start - 30) : start]
    head = _NOUN_DEMONYM_BEFORE.search(before)
    if head is None:
        return False
    if head.group(0).strip().lower() in ("y", "e", "o", ","):
        prev = re.search(r"(\w+)\s*(?:,|\b(?:y|e|o))\s*$", before)
        return prev is None or prev.group(1) not in patterns(True)[1]  # "panameñas y costarricenses que": a list
    return True
#: A company (or its kind) named around a demonym: the company's nationality, not a country acting.
_COMPANY_BEFORE = re.compile(
    r"\b(?:compañías?|empresas?|firmas?|multinacional(?:es)?|proveedor(?:es|as?)?|companies|company|firms?|vendors?|"
    r"providers?)\s+(?:[\w-]+\s+){0,3}$",
    re.I,
)
_COMPANY_AFTER = re.compile(
    r"^\s+(?:[\w-]+\s+){0,2}(?:compan(?:y|ies)|firms?|vendors?|providers?|multinationals?|corporations?)\b", re.I
)
#: A demonym listed after a company's, before a capitalised name: "…rusa Group-IB y de la coreana S2W".
_NEXT_COMPANY_GAP = re.compile(r"^[^.;:]{0,70}$")
_NAME_AFTER = re.compile(r"^\s+[A-Z0-9][\w-]*")


def in_dateline(text: str, start: int) -> bool:
    """Whether `start` lies in the dateline that opens `text` (a headline may come before it)."""
    m = DATELINE.search(text, 0, 400)
    return m is not None and m.start() <= start < m.end()


#: A word for language just before a demonym ("lengua búlgara", "idiomas ruso", "the Russian language"
#: reads after it), or a suffix that makes it one ("Russian-speaking", "Arabic-language").
_LANGUAGE_BEFORE = re.compile(
    r"\b(?:lenguas?|idiomas?|hablantes\s+de|intérpretes\s+de|traductores\s+de|"
    # "call operators speaking German, Greek, English and Spanish", "fluent in Russian"
    r"speaking|speaks?|spoke|fluent\s+in|hablaban|hablan|hablando)\s+(?:del?\s+)?"
    r"(?:[a-záéíóúñ]+\s*(?:,|\by\b|\be\b|\band\b|\bor\b)\s*){0,8}$",
    re.I,
)
_LANGUAGE_AFTER = re.compile(r"(?:-speaking|-language|\s+(?:language|speakers|speaking|interpreters|translators)\b)", re.I)
_LANGUAGE_LIST_SEP = re.compile(r"\s*(?:,|\by\b|\be\b|\band\b|\bor\b|\bo\b)\s*(?:,\s*)?$")


#: "in"/"en" right before a language: "a video in ", "escritos en ", "traducido al ".
_IN_A_LANGUAGE_BEFORE = re.compile(r"\b(?:in|into|en|al)\s+$")
#: The next item of a list of languages: " and Portuguese", ", French".
_NEXT_LANGUAGE = re.compile(r"(?:\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+)[A-Z][a-z]+")
#: What ends a phrase "in <language>", where no noun follows: "in Spanish.", "in Russian by…", "in Dutch, the…".
_PHRASE_ENDS = re.compile(r"\s*(?:[.,;:)]|$)|\s+(?:by|on|to|for|with|from|as|at|is|was|were|are|and|or)\b")


def _in_a_language(text: str, start: int, end: int) -> bool:
    """Whether the demonym at start:end is the language something is in: "en español", "traducido al francés"
    (a Spanish masculine singular after "en"/"al"), "a video in Spanish and Portuguese." (no noun after the list:
    not "in Spanish and Portuguese waters")."""
    word = text[start:end]
    if not (word.isalpha() and word[1:].islower() and _IN_A_LANGUAGE_BEFORE.search(text[max(0, start - 7) : start])):
        return False
    if word[0].islower():
        return not word.endswith(("a", "os", "as", "es"))  # masculine singular: "ruso", "francés", not "rusos"
    pos = end
    while (item := _NEXT_LANGUAGE.match(text, pos)) is not None:
        pos = item.end()
    return _PHRASE_ENDS.match(text, pos) is not None


def names_a_language(text: str, start: int, end: int, languages: list[int]) -> bool:
    """Whether the demonym at start:end names a language, not a place: after "lengua"/"idioma", before
    "-speaking"/"language", after "in"/"en" with no noun after ("written in Russian", "en español"), or listed
    right after another language ("lengua búlgara, bosnia y croata")."""
    if _LANGUAGE_BEFORE.search(text[max(0, start - 120) : start]) or _LANGUAGE_AFTER.match(text[end : end + 14]):
        return True
    if _in_a_language(text, start, end):
        return True
    sep = _LANGUAGE_LIST_SEP.search(text[max(0, start - 8) : start])
    return sep is not None and start - len(sep.group(0)) in languages


def names_a_company(text: str, start: int, end: int, companies: list[int]) -> bool:
    """Whether the demonym at start..end gives a company's nationality."""
    if _COMPANY_BEFORE.search(text[max(0, start - 50) : start]) or _COMPANY_AFTER.match(text[end : end + 40]):
        return True
    return (
        any(e < start and _NEXT_COMPANY_GAP.match(text[e:start]) for e in companies)
        and _NAME_AFTER.match(text[end : end + 20]) is not None
        and not POLICE_AFTER.match(text[end : end + 40])
    )


_APPOSED = re.compile(r"\s*(?:,\s*|\(\s*)")


def sovereign_after(text: str, end: int, iso3: str) -> int | None:
    """Where the territory's state is written right after its name ("Macao, China", "Hong Kong (China)"): the
    state's start, or None."""
    state = SOVEREIGN.get(iso3)
    if state is None:
        return None
    sep = _APPOSED.match(text, end)
    if sep is None:
        return None
    nxt = patterns(True)[0].match(text, sep.end())
    return sep.end() if nxt is not None and patterns(True)[1][nxt.group(0)][0] == state else None


#: People a demonym qualifies: a nationality ("ciudadanos ecuatorianos", "una madre hondureña"), not a place.
_PEOPLE_BEFORE = re.compile(
    r"\b(?:ciudadan[oa]s?|madres?|padres?|hij[oa]s?|hombres?|mujer(?:es)?|niñ[oa]s?|menores|jóvenes|joven|"
    r"delincuentes|cómplices|integrantes|miembros|detenid[oa]s?|arrestad[oa]s?|sospechos[oa]s?|víctimas|personas|"
    r"individuos|migrantes|inmigrantes|nacionales|turistas|traficantes|narcotraficantes|empresari[oa]s?|cabecillas?|"
    r"(?:de\s+)?nacionalidad(?:es)?|de origen|c[áa]rteles|c[áa]rtel|clan(?:es)?|mafias?|bandas?|"
    r"nationality|nationalities|(?:\d+-)?year-old|"  # "a 48-year-old Latvian"
    # "immigrants of Ecuadorian, Nicaraguan and Venezuelan nationality", "people of Mexican origin"
    r"(?:immigrants|migrants|people|persons|nationals|citizens|victims|women|men|children|suspects)\s+of)"
    # "mujeres —principalmente colombianas—": an adverb of share may stand between
    rf"(?:\s*[—–(,]?\s*{_SHARE_WORDS})?\s+$"
    # "de diversas nacionalidades, incluyendo ecuatorianos, …": the list of nationalities after its head
    r"|\b(?:nacionalidad(?:es)?|nationalities)\s*[,:(]?\s*(?:(?:incluyendo|incluidos|incluidas|como|entre (?:ellos|ellas)|"
    r"including|such as|among them)\s+)?$"
    r"|\b(?:\d+|un|una|unos|unas|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|varios|varias)\s+$"
    # "una red integrada por colombianos", "compuesta principalmente por venezolanos": its members
    rf"|\b(?:integrad|compuest|formad|conformad)[oa]s?\s+(?:{_SHARE_WORDS}\s+)?por\s+$"
    # a nationality said of people: "los detenidos son colombianos", "were Colombian", ", todos colombianos"
    rf"|\b(?:son|eran|fueron|es|era|are|were|is|was)\s+(?:(?:todos|todas|all|{_SHARE_ADVERBS})\s+)?$"
    rf"|[,(—–]\s*(?:todos|todas|all|{_SHARE_ADVERBS})\s+$",
    re.I,
)
PEOPLE_AFTER = re.compile(
    # "Albanian-run gangs", "a Nigerian-led network": the network's people
    r"^-(?:led|run|controlled|dominated)\s+(?:[\w-]+\s+){0,3}?(?:networks?|gangs?|rings?|cartels?|syndicates?|"
    r"groups?|organi[sz]ations?|mafias?|clans?)\b|"
    # "Colombian and Mexican cartels", "Ecuadorian, Nicaraguan and Venezuelan nationality": the rest of a list
    # of nationalities may stand between
    r"^(?:(?:\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+)[A-Z][\w-]+){0,6}"
    r"\s+(?:figureheads?|ringleaders?|man|woman|men|women|nationals?|citizens?|suspects?|boy|girl|child|children|"
    r"teenagers?|people|origin|descent|"
    r"persons?|individuals?|victims?|migrants?|fugitives?|offenders?|criminals?|traffickers?|smugglers?|"
    r"(?:money )?launderers?|businessm[ae]n|businesswom[ae]n|cartels?|gangs?|mafias?|clans?|"
    r"crime (?:groups?|families|bosses)|drug lords?|kingpins?|crew|skippers?|sailors?|pirates?|refugees?|"
    # a crime group's nationality: "three Colombian drug-transportation rings", "a Dutch criminal network"
    r"(?i:(?:(?:drug|crime|criminal|organi[sz]ed|trafficking|smuggling|drug-[a-z]+)\s+){1,2}(?:organi[sz]ations?|networks?)|"
    r"(?:(?:drug|crime|criminal|organi[sz]ed|trafficking|smuggling|drug-[a-z]+)\s+){0,2}(?:rings?|syndicates?)))\b"
)
#: A count or an article before an English demonym standing for a person: "a Croatian", "two Serbian".
_ONE_OF_THEM_BEFORE = re.compile(r"\b(?:[Aa]n?|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|\d+)\s+$")
#: A verb or "aged" right after a person (a regex fragment): "was", "have", "aged".
_PERSON_VERB = r"(?:aged|who|was|were|is|are|has|have|had)\b"
#: …and what ends that noun phrase: "a Croatian and a Serbian have", "a Croatian aged 45", "a Serbian, two…";
#: not "a Greek and a Chilean investigation", whose second demonym qualifies a noun.
_ONE_OF_THEM_AFTER = re.compile(
    rf"^(?:\s*[.;:)]|,?\s+(?:and|or)\s+(?:an?|one|two|three|four|five|\d+)\s+(?![A-Z][\w-]+\s+(?!{_PERSON_VERB})[a-z])|"
    rf"\s*,\s+(?:an?|one|two|three|\d+)\s|,?\s+{_PERSON_VERB})"
)
#: A Spanish article right before a lowercase demonym: "el ", "al ", "la " (not "en la colombiana Cartagena").
_ARTICLE_BEFORE = re.compile(r"(?<!\ben\s)\b(?:el|la|al|del|los|las)\s+$", re.I)
#: What follows a Spanish demonym standing for people after an article: a participle of what was done to them
#: ("los colombianos detenidos") or a verb they are the subject of ("la colombiana fue detenida").
_SPANISH_PERSON_AFTER = re.compile(
    r"^\s+(?:(?:detenid|capturad|arrestad|aprehendid|deportad|extraditad|expulsad|rescatad|implicad|investigad|acusad|"
    r"condenad|procesad)[oa]s?|fue|fueron|era|eran|estaba|estaban|había|habían|quien|quienes)\b"
)
#: A person's name (or its redaction) right after: " Juan Pérez", " [name withheld]".
_NAME_OF_PERSON = re.compile(r"^\s+(?:\[name|[A-ZÁÉÍÓÚÑ][a-záéíóúñ]+\b)")
#: A demonym standing for a person: "the Norwegian had the full trust of…", "the Briton was arrested".
_PERSON_DEMONYM = re.compile(
    r"^\s+(?:had|has|was|is|who|allegedly|admitted|denied|told|pleaded|faces|fled|remains)\b"
)
_DEMONYM_LIST = re.compile(r"^(?:\s*,\s*|\s+(?:y|e|and)\s+)$")  # between two demonyms of one list
_CURRENCY = (
    r"(?:dollars?|dólar(?:es)?|dolar(?:es)?|euros?|francs?|francos?|pounds?|libras?|pesos?|yen|yenes|yuan|"
    r"rupees?|rupias?|reais|reales|real|rands?|shillings?|chelines|nairas?|cedis?|soles|bolívares|won|rubles?|rublos?)"
)
#: A currency word or a dollar sign after a country's name: "US dollars", "US$169 000", "NZ$ 5 million".
_CURRENCY_AFTER = re.compile(rf"^(?:\s+{_CURRENCY}\b|\s?\$)", re.I)
_CURRENCY_BEFORE = re.compile(rf"\b{_CURRENCY}\s+$", re.I)


def in_a_binomial(text: str, start: int, end: int) -> bool:
    """Whether the name at start..end is the genus of a Latin species name that repeats it ("Anguilla
    anguilla"), or the repeated species word itself."""
    word = text[start:end].casefold()
    after = re.match(r"\s+(\w+)", text[end : end + 40])
    before = re.search(r"(\w+)\s+$", text[max(0, start - 40) : start])
    return bool(
        (after and after.group(1).casefold() == word) or (before and before.group(1).casefold() == word)
    )


def names_a_currency(text: str, start: int, end: int) -> bool:
    """Whether the country's name or demonym names a currency ("US dollars", "dólares estadounidenses")."""
    return bool(
        _CURRENCY_AFTER.match(text[end : end + 16]) or _CURRENCY_BEFORE.search(text[max(0, start - 12) : start])
    )


#: A name written as someone's nationality: "de nacionalidad de España", "nationals of Albania", "citizens of".
_NATIONALITY_NAME_BEFORE = re.compile(
    r"\b(?:nacionalidad(?:es)?|nationality|nationalities|nationals?|citizens?|ciudadan[oa]s?|natives?|"
    r"nativ[oa]s?|oriund[oa]s?|originari[oa]s?)\s+(?:de|of|from)\s+(?:the\s+)?$",
    re.I,
)
#: A name joined to a nationality just read: "…de España y Venezuela", "mujeres paraguayas y de Honduras".
_NATIONALITY_LIST_NEXT = re.compile(r"(?:\s*,\s*|\s+(?:y|e|and|or|o)\s+)(?:(?:de|from|of)\s+)?(?:the\s+)?$", re.I)


#: A name used as a demonym before "national(s)" that ends the noun phrase: "a Central African Republic national
#: wanted by France" (not "the Peru national police"; "targeting US citizens" is where the victims are).
_NATIONAL_AFTER = re.compile(
    r"^\s+nationals?(?=\s+(?:wanted|who|was|were|is|are|has|have|had|living|residing|arrested|held|"
    r"detained|and|or)\b|\s*[,.;:)])"
)


def nationality_by_name(text: str, start: int, found: list[CountryMention], end: int | None = None) -> bool:
    """Whether a country's name at `start` (ending at `end`, where given) is written as a nationality, itself
    or as the next item of a list whose previous item is one (a demonym of people, or a name already read as
    a nationality)."""
    if _NATIONALITY_NAME_BEFORE.search(text[max(0, start - 40) : start]):
        return True
    if end is not None and _NATIONAL_AFTER.match(text[end : end + 40]):
        return True
    sep = _NATIONALITY_LIST_NEXT.search(text[max(0, start - 14) : start])
    if sep is None:
        return False
    prev_end = start - len(sep.group(0))
    prev = re.search(r"([\w.]+)$", text[max(0, prev_end - 30) : prev_end])
    if prev is None:
        return False
    prev_start = prev_end - len(prev.group(1))
    if any(c.start == prev_start for c in found):
        return False  # the previous item is a country read as a place: this one is a place too
    meaning = patterns(True)[1].get(prev.group(1))
    if meaning is None:
        return False
    if meaning[1] == "demonym":
        return nationality_of_people(text, prev_start, prev_end, found)
    return meaning[1] == "name" and nationality_by_name(text, prev_start, found)


def nationality_of_people(text: str, start: int, end: int, found: list[CountryMention]) -> bool:
    """Whether the demonym at start..end qualifies people; a demonym listed after one that does
    ("ciudadanos ecuatorianos y venezolanos") does too."""
    if _PEOPLE_BEFORE.search(text[max(0, start - 40) : start]) or PEOPLE_AFTER.match(text[end : end + 120]):
        return True
    if (
        text[start].isupper()
        and _ONE_OF_THEM_BEFORE.search(text[max(0, start - 8) : start])
        and _ONE_OF_THEM_AFTER.match(text[end : end + 60])
    ):
        return True  # "two Australians, a Croatian and a Serbian have been arrested"
    if re.search(r"\b[Tt]he\s+$", text[max(0, start - 5) : start]) and _PERSON_DEMONYM.match(text[end : end + 20]):
        return True
    if (
        text[start].islower()
        and _ARTICLE_BEFORE.search(text[max(0, start - 9) : start])
        and (_NAME_OF_PERSON.match(text[end : end + 20]) or _SPANISH_PERSON_AFTER.match(text[end : end + 20]))
    ):
        return True  # "liderada por el argentino Juan Pérez", "los colombianos detenidos", "la colombiana fue…"
    prev = re.search(r"(\w+)(\s*,\s*|\s+(?:y|e|and)\s+)$", text[max(0, start - 30) : start])
    if prev is None:
        return False
    word_start = start - len(prev.group(0))
    meaning = patterns(True)[1].get(prev.group(1))
    demonym = (meaning is not None and meaning[1] == "demonym") or _REGION_DEMONYM.fullmatch(prev.group(1))
    return (
        bool(_DEMONYM_LIST.match(prev.group(2)))
        and bool(demonym)
        and nationality_of_people(text, word_start, word_start + len(prev.group(1)), found)
    )


#: Demonyms of regions, listed among nationalities: "migrantes africanos y haitianos", "Asian and Haitian".
_REGION_DEMONYM = re.compile(
    r"(?:african|asiátic|europe|latinoamerican|sudamerican|suramerican|centroamerican|caribeñ|árab)[oa]s?|"
    r"(?:African|Asian|European|Latin American|South American|Central American|Caribbean|Arab)"
)
