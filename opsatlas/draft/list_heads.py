"""What the words before a list of countries make of every country in it (`list_heads`).

The countries a sentence names one after another are one list ("Belgium, France and Spain", "180 in
Germany, 28 in France"); the words before it, and a few after it, say whether they are places ("in…"),
forces ("police from…"), partners ("carried out by…", "…took part") or where something happened. The
role each country then takes is `roles`'s.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from . import countries

#: The nouns that count countries: "12 countries", "otros nueve países", "19 nations" (read by `roles` too).
COUNTRY_NOUNS = r"(?:countries|nations|países|naciones)"


@dataclass(frozen=True)
class Head:
    """What the words before a list of countries make of every country in it."""

    place: bool  # "in Belgium, France and Spain", "en países como…", "20 countries, including…"
    forces: bool  # "police departments from Portugal, the Netherlands…": they took part
    took_part: bool = False  # "carried out by Albania, Algeria…", "en cooperación con 25 países, entre los cuales…"
    locative: bool = False  # "in Germany, France and the Netherlands" (not "from"): where something happened
    first: int = 0  # where the list starts in the sentence


#: Between two countries of one list: a comma, "and", "y", "e", "or", with an optional count "(7)".
LIST_SEP = re.compile(
    r"^(?:\s*\(\d[\d.,]*\))?(?:\s*,\s*(?:(?:and|y|e|or|o)\s+)?|\s+(?:and|y|e|or|o|as well as|así como)\s+)"
    r"(?:the\s+|la\s+|el\s+|los\s+|las\s+)?$",
    re.I,
)
#: "en los países de Italia, Grecia…", "in the countries of Peru and Chile": the list after "in" all the same.
_COUNTRIES_OF = r"(?:(?:los|the)\s+)?(?:países|naciones|countries|nations)\s+(?:de|of)"
#: "en el norte de Portugal", "in the south of France", "in northern Italy": a part of the country, the same place.
PART_OF_COUNTRY = (
    r"(?:(?:the|el)\s+)?(?:north|south|east|west|centre|center|north-?east|north-?west|south-?east|south-?west|"
    r"norte|sur|este|oeste|centro|noreste|noroeste|sureste|suroeste)\s+(?:of|de|del)|"
    r"(?:northern|southern|eastern|western|central|north-?eastern|north-?western|south-?eastern|south-?western)"
)
_PLACE_HEAD = re.compile(
    r"\b(?:(?:in|en)\s+" + _COUNTRIES_OF + r"|(?:in|en|across|throughout)\s+(?:" + PART_OF_COUNTRY + r")|"
    r"in|en|from|desde|across|throughout|within|inside|dentro de|including|incluid[oa]s?|incluyendo|como|"
    r"such as|between|"
    r"entre|entre ellos|entre ellas|among them|among others|notably|namely|particularly|especially|"
    r"en concreto|en el caso de|in the case of),?\s+(?:the\s+|la\s+|el\s+|los\s+|las\s+)?$",
    re.I,
)
#: "the 197 arrested were citizens of various countries, including Albania…": nationalities, not places.
_NATIONALITY_HEAD = re.compile(
    r"\b(?:citizens|nationals|nationalities|natives|ciudadanos|ciudadanas|nacionalidad|nacionalidades|"
    r"originarios|origin|descent|born in|nacidos en)\b",
    re.I,
)
#: "police departments from Portugal…", "decenas de efectivos federales de Argentina y Chile", "las autoridades
#: portuguesas, francesas y de Gran Bretaña" (a list of demonyms may stand between), specialists from them.
_FORCES_HEAD = re.compile(
    r"\b(?:police|polic[ií]as?|forces|fuerzas|departments|authorities|autoridades|agencies|agencias|"
    r"law enforcement|officers|investigators|agentes|efectivos|cuerpos|counterparts|homólog[oa]s|"
    r"ministers?|ministry|ministries|ministr[oa]s?|ministerios?|"
    # a country's other forces: "la Oficina de Investigación de Aduanas de", "the Coast Guard of"
    + countries.FORCE_WORDS
    + r")\b(?:\s+[\w-]+,?){0,3}?\s+"
    r"(?:from|of|de|del|in|en)\s+(?:the\s+|la\s+|el\s+|los\s+|las\s+)?$"
    # "Especialistas en delitos contra el medioambiente de Croacia, Dinamarca…", "experts in cybercrime from…"
    r"|\b(?:especialistas|expertos|experts|specialists)\s+(?:en|in|on)\s+[^,.;:]{1,50}?\s+(?:de|from|of)\s+"
    r"(?:the\s+|la\s+|el\s+|los\s+|las\s+)?$",
    re.I,
)
_ROUTE_TO = re.compile(r"^\s+(?:to|into|towards|a|hacia|rumbo a|con destino a)\s", re.I)
#: Words that make the listed countries the operation's partners: "was carried out by Albania, Algeria…",
#: "the NCA work with partners in Belgium…", "a los que se sumaron Canadá…", "con la participación de Chile…".
_TOOK_PART_HEAD = re.compile(
    r"\b(?:carried out by|conducted by|executed by|mobili[sz]ing|mobili[sz]ed|joined by|partners? (?:in|from)|"
    r"with the (?:participation|involvement|cooperation|support|help|assistance) of|"
    r"llevad[oa] a cabo por|realizad[oa] por|ejecutad[oa] por|movilizando a|movilizó a|"
    r"con la (?:participación|colaboración|cooperación|ayuda|implicación) de|con el apoyo de|"
    r"(?:se|les?) (?:sumaron|sumó|unieron|unió)|socios (?:en|de)|"
    # "en colaboración con las de Francia, Holanda y Bélgica", "la cooperación con Brasil", "in cooperation with",
    # a Spanish adjective after the noun: "en colaboración simultánea con", "en cooperación directa con"
    r"(?:colaboración|cooperación|coordinación|collaboration|cooperation|coordination)"
    r"(?:\s+(?:simultáne|direct|estrech|conjunt|permanent|constant)[ae])?\s+(?:con|with)"
    r"(?:\s+(?:las|los|la|el|those|that)\s+(?:de|of))?|"
    # "as well as cooperation with authorities in Mexico and Canada", "en coordinación con la policía de Perú"
    r"(?:colaboración|cooperación|coordinación|collaboration|cooperation|coordination)\s+(?:con|with)\s+"
    r"(?:the\s+|las?\s+|los\s+)?(?:[\w-]+\s+)?(?:authorities|police|law enforcement|forces|counterparts|agencies|"
    r"autoridades|polic[ií]as?|fuerzas|agencias|hom[oó]log[oa]s)\s+(?:in|of|from|de|en)|"
    # "la operación se extendió también a zonas de Hungría", "the investigation extended to Poland"
    r"(?:operation|investigation|probe|crackdown|operación|operativo|investigación|pesquisa)\b[^.;]{0,40}?"
    r"(?:se extendi[óo]|se extendieron|se amplió|se ampliaron|extended|spread|expanded)"
    r"(?:\s+(?:también|also|further|later|luego|después))?\s+(?:a|to|into|hasta)"
    r"(?:\s+(?:zonas|áreas|regiones|partes|areas|parts|regions)\s+(?:de|of))?|"
    # "tras una investigación interinstitucional entre Paraguay y España", "a joint investigation between…",
    # "a joint investigation team (JIT) between…", "un equipo de trabajo entre España y Bélgica"
    r"(?:investigation|investigación|investigaciones|cooperation|cooperación|collaboration|colaboración|"
    r"operation|operación|operativo|team|equipo)\s+(?:[\w-]+\s+|\([\w.-]+\)\s+){0,3}?(?:between|entre)|"
    # "the collaboration of nine national forces: Brazil, Belgium…", "con la participación de 12 países: Chile…"
    r"(?:collaboration|cooperation|participation|involvement|colaboración|cooperación|participación)\s+(?:of|de)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:countries|nations|forces|states|países|naciones|fuerzas|estados)\s*:|"
    # "had the contribution of countries such as France…", "con la colaboración de países como Chile…"
    r"(?:collaboration|cooperation|participation|involvement|contribution|support|help|colaboración|cooperación|"
    r"participación|contribución|apoyo|ayuda)\s+(?:of|de|from)\s+(?:other\s+|otros\s+)?(?:countries|nations|"
    r"países|naciones)\s+(?:such as|like|including|among them|como|incluidos|entre ellos)|"
    # "authorities from Europol and 20 countries in Europe as well as Israel, Nigeria…", "policías de 20 países
    # europeos, así como Israel…": more countries whose forces took part, besides the count
    r"(?:\b(?:authorities|police|law enforcement|forces|agencies|officers|investigators|autoridades|polic[ií]as|"
    r"fuerzas|agentes|investigadores)\s+)?"
    # (not people's nationalities: "those arrested came from 20 countries as well as Israel")
    r"(?<!came\s)(?<!come\s)(?<!were\s)(?<!are\s)(?<!eran\s)(?<!son\s)(?<!people\s)(?<!personas\s)"
    r"(?<!procedentes\s)(?<!originarios\s)(?:from|de)\s+[^.;:]{0,40}?\b" + COUNTRY_NOUNS + r"\b"
    r"[^.;:]{0,40}?,?\s+(?:as well as|así como|along with|plus|junto con|junto a)|"
    # "un operativo regional que también incluyó a Honduras", "an operation that also involved Belize"
    r"(?:operation|investigation|crackdown|operación|operativo|investigación)\b[^.;:]{0,40}?\b"
    r"(?:also\s+|también\s+)?"
    r"(?:included|involved|incluyó a|incluía a|involucró a|abarcó a)|"
    # a relative clause on the operation: "…, which involved France, Italy…", "que implicó junto a España a Francia…"
    r",\s+(?:which|that|que)\s+(?:also\s+|también\s+)?(?:involved|implicó|involucró)"
    r"(?:\s+(?:junto\s+(?:a|con)|along with|alongside)(?:\s+[^,.;:]{1,30}?)?)?(?:\s+a)?"
    r")\s+(?:the\s+|la\s+|el\s+|los\s+|las\s+)?$",
    re.I,
)
#: Countries listed as members of a union in an operation's story: "brought together by EU members Austria,
#: Bulgaria… and non-EU member states Albania…", "los Estados miembros de la UE Francia y Bélgica".
_MEMBERS_HEAD = re.compile(
    r"\b(?:(?:EU|European Union|non-EU|Schengen)\s+(?:member\s+)?(?:states|countries|members)|"
    r"(?:Estados|países)\s+miembros\s+(?:de\s+la\s+(?:UE|Unión Europea)|no\s+comunitarios))\s+$",
    re.I,
)
#: "en cooperación con 25 países, entre los cuales figuran Argentina…", "police from 20 countries, including…":
#: the countries named out of a count of partners took part (out of "arrests in 20 countries, including…"
#: they are places of arrests, read by `_PLACE_HEAD`).
_PARTNER_COUNT_HEAD = re.compile(
    r"\b(?:with|con|junto a|together with|alongside|involving|participa\w*|particip[óo]|participaron|"
    r"took part|sumaron)\s+(?:(?:más de|more than|over|unos|some|about|cerca de)\s+)?[\w.,]+\s+"
    r"(?:other\s+|otros\s+)?(?:countries|nations|países|naciones|Estados|states)\b[^.;:]{0,25}?,?\s*"
    r"(?:including|among them|among which|such as|notably|namely|entre (?:los|las) (?:cuales|que)"
    r"(?:\s+(?:figuran|están|se encuentran|destacan|se cuentan))?|entre ellos|entre ellas|como|incluidos|incluyendo)"
    r"\s+(?:the\s+|la\s+|el\s+)?$",
    re.I,
)
_LOCATIVE_HEAD = re.compile(
    r"\b(?:in|en|across|throughout|within|inside|dentro de|en el caso de|in the case of)"
    # "took place in, among others, Australia…", "se realizaron en, entre otros, Chile…"
    r"(?:\s*,\s*(?:among others|entre otros|entre otras)\s*,)?\s+"
    # "Police action is underway in countries including Ireland…", "en países como Chile…"
    r"(?:(?:[\w.,]+\s+)?(?:other\s+|otros\s+)?" + COUNTRY_NOUNS + r"\s*,?\s*"
    r"(?:including|such as|like|among them|notably|namely|como|entre ellos|incluid[oa]s?|incluyendo)\s+|"
    + _COUNTRIES_OF
    + r"\s+|(?:"
    + PART_OF_COUNTRY
    + r")\s+)?(?:the\s+|la\s+|el\s+|los\s+|las\s+)?$",
    re.I,
)


#: A demonym that qualifies a kind of place stands for its country as a place: "en las provincias argentinas de…",
#: "en varias ciudades españolas", "in several Spanish cities", "across Brazilian territory".
_PLACE_NOUNS_ES = (
    r"provincias?|ciudades|ciudad|regiones|región|localidades|municipios|comunidades|territorio|suelo|puertos?|"
    r"aguas|costas|fronteras?|cárceles|prisiones|aeropuertos?"
)
_PLACE_NOUNS_EN = (
    r"provinces?|cities|city|regions?|towns?|municipalities|states?|territory|territories|soil|ports?|waters|"
    r"coasts?|borders?|prisons?|airports?"
)
_DEMONYM_PLACE_BEFORE = re.compile(
    rf"\b(?:in|en|across|throughout|within|dentro de|por)\s+(?:(?:the|las?|los|el|del)\s+)?(?:[\w-]+\s+)?"
    rf"(?:{_PLACE_NOUNS_ES})\s+$",
    re.I,
)
_DEMONYM_PLACE_BEFORE_EN = re.compile(r"\b(?:in|across|throughout|within)\s+(?:the\s+)?(?:[\w-]+\s+)?$", re.I)
_DEMONYM_PLACE_AFTER_EN = re.compile(rf"^\s+(?:{_PLACE_NOUNS_EN})\b", re.I)


def _demonym_place(sent: str, run: list[countries.CountryMention]) -> bool:
    """Whether a run of demonyms qualifies a kind of place after a locative ("en las provincias argentinas")."""
    if any(c.via != "demonym" for c in run):
        return False
    before = sent[max(0, run[0].start - 60) : run[0].start]
    if _DEMONYM_PLACE_BEFORE.search(before):
        return True
    return bool(_DEMONYM_PLACE_BEFORE_EN.search(before) and _DEMONYM_PLACE_AFTER_EN.match(sent[run[-1].end :]))


#: Between two countries of an elliptic list, each with its own count: "180 in Germany, 28 in France, and
#: multiple others in Croatia", "12 en Chile, 8 en Perú y otros en Bolivia": one list, one head.
_ELLIPTIC_SEP = re.compile(
    r"^(?:\s*,\s*(?:(?:and|y|e)\s+)?|\s+(?:and|y|e)\s+)(?:(?:about|some|around|unos|unas|más de|more than|over)\s+)?"
    r"(?:\d[\d.,]*|multiple others|several others|many others|others|otros|otras|varios más|varias más)\s+"
    + countries.IN_THE + r"$",
    re.I,
)
#: Between two places of a list, each with its own figure in brackets: "en Guatemala (1.008 kilos), en Ecuador
#: (228 kilos) y en El Salvador (382 kilos)".
_BRACKETED_SEP = re.compile(
    r"^\s*\(\s*\d[\d.,]*(?:\s+[^\W\d_]+){0,2}\s*\)\s*(?:,\s*(?:(?:and|y|e)\s+)?|\s+(?:and|y|e)\s+)"
    + countries.IN_THE + r"$",
    re.I,
)
#: The writer's own country first in a list: "en nuestro país, Bolivia, Brasil…", "in our country and Peru".
_HOME_ITEM = re.compile(
    r"\b(?:nuestro país|nuestra nación|our country|this country|este país)\s*(?:,\s*(?:(?:and|y|e)\s+)?|\s+(?:and|y|e)\s+)"
    r"(?:the\s+|la\s+|el\s+)?$",
    re.I,
)


#: A town named before its country: "en la ciudad de Rosario, Argentina", "in Mombasa, Kenya": the
#: country stands where the town does, after the same "en"/"in".
_TOWN_BEFORE = re.compile(
    r"\b(?P<prep>(?i:in|en))\s+(?:(?i:the|la|el)\s+)?(?:(?:city|ciudad|town|localidad|port|puerto)\s+(?:of|de)\s+)?"
    r"[A-ZÁÉÍÓÚ][\w'’.-]*(?:\s+(?:de\s+)?[A-ZÁÉÍÓÚ][\w'’.-]*){0,2}\s*,\s*$"
)


#: Towns or regions listed before the country after the same "en"/"in": "detenidos en Madrid, Palma, Barcelona y
#: Polonia", "arrested in other parts of Europe and the United States".
_PLACES_LISTED_BEFORE = re.compile(
    r"\b(?P<prep>(?i:in|en|across))\s+"
    r"(?:(?i:the|la|el|(?:other\s+)?parts of|(?:otras\s+)?partes de|otros puntos de)\s+)?"
    r"[A-ZÁÉÍÓÚ][\w'’.-]*(?:\s+[A-ZÁÉÍÓÚ][\w'’.-]*)?"
    r"(?:\s*,\s*[A-ZÁÉÍÓÚ][\w'’.-]*(?:\s+[A-ZÁÉÍÓÚ][\w'’.-]*)?){0,5}"
    r"\s*,?\s+(?i:and|y|e)\s+(?:(?i:the|la|el)\s+)?$"
)


#: The end of such a list of places: "…y Polonia.", "…and the United States, police said" (not "…and France
#: hosted").
_LIST_ENDS = re.compile(r"^(?:\s*[,.;:)]|\s*$|\s+(?:in|on|at|during|en|durante|where|donde)\b)", re.I)


#: A count of countries that opens the list after a colon or a dash: "arrested in 10 countries across
#: Europe: Albania, Bulgaria…", "en siete países –España, Bélgica…": the list is read after the "in"/"en".
_COUNT_OPENS_LIST = re.compile(
    r"\b(?P<prep>in|en|across|throughout)\s+(?:(?:more than|over|some|about|más de|unos|unas)\s+)?[\w.,]+\s+"
    + COUNTRY_NOUNS + r"\b[^.;:()]{0,30}?\s*(?::|–|—|-{1,2})\s*(?:the\s+|la\s+|el\s+)?$",
    re.I,
)
#: Words after a list that make its countries partners: "Armenia, Bulgaria and Ukraine also supported the
#: operation", "Chile y Perú participaron en la operación", "France and Spain took part".
_TOOK_PART_AFTER = re.compile(
    # "India, a leader in digital payments, played a key role in…": an apposition may stand between
    # "in eight countries – Algeria, Cyprus… – carried out 2.6 million checks": a dash may close the list
    r"^(?:\s*,[^,.;]{1,60},|\s*[–—]|\s+-{1,2})?\s+(?:(?:also|too|as well|también|además)\s+)?"
    r"(?:(?:have|had|has|han|habían)\s+)?"
    # (not "carried out 40 arrests", which places the arrests)
    r"(?:(?:carried out|conducted|performed|realizaron|llevaron a cabo|efectuaron)\b"
    r"(?![^.;]{0,30}?\b(?:arrests|detentions|detenciones|arrestos|capturas)\b)|supported|assisted|"
    r"took part|participated|joined|contributed|collaborated|cooperated|apoyaron|participaron|colaboraron|"
    # "Estados Unidos brinda apoyo a las tres naciones", "Canada provided support"
    r"(?:brinda|brindó|brindaron|presta|prestó|prestaron|provides|provided|offered|gave)\s+(?:su\s+|its\s+)?"
    r"(?:apoyo|ayuda|support|assistance)|"
    r"cooperaron|se sumaron|se unieron|han participado|han colaborado|han apoyado|participado|colaborado|apoyado|"
    r"played an? (?:\w+\s+)?(?:role|part)|(?:desempeñó|desempeñaron|jugó|jugaron) un papel)\b",
    re.I,
)


#: A country's sovereign written in brackets after it, inside a list: "Fiji, Hong Kong (China), India", "Perú,
#: Macao (China) y Taiwán" (the territory read as a country or not): the bracket is part of the item.
_QUALIFIER_OPENS = re.compile(
    r"^(?P<item>\s*,\s*(?:(?:and|y|e)\s+)?[A-ZÁÉÍÓÚ][\w'’.-]*(?:\s+[A-ZÁÉÍÓÚ][\w'’.-]*)?)?\s*\(\s*$"
)
#: The gap after such a bracketed country: ") , " or ") and ".
_QUALIFIER_CLOSES = re.compile(r"^\s*\)" + LIST_SEP.pattern[1:], re.I)


#: The gap after a territory whose state, in brackets, is not a mention of its own ("Hong Kong (China), India":
#: the territory is the item, convention C5).
_STATE_IN_BRACKETS_SEP = re.compile(
    r"^\s*\(\s*[A-ZÁÉÍÓÚ][\w'’.-]*(?:\s+[A-ZÁÉÍÓÚ][\w'’.-]*)?\s*\)" + LIST_SEP.pattern[1:], re.I
)


def _qualified_sep(sent: str, run: list[countries.CountryMention], c: countries.CountryMention) -> bool:
    """Whether `c` continues `run` through a bracketed qualifier: it is the bracket itself ("Hong Kong (China)"),
    or the item after the bracket closes."""
    gap = sent[run[-1].end : c.start]
    if _STATE_IN_BRACKETS_SEP.match(gap):
        return True
    opens = _QUALIFIER_OPENS.match(gap)
    if opens:  # (a country right before the bracket only inside a list: not "Spain (Bolivia…")
        return sent[c.end : c.end + 2].lstrip().startswith(")") and (opens.group("item") is not None or len(run) > 1)
    return len(run) > 2 and bool(_QUALIFIER_OPENS.match(sent[run[-2].end : run[-1].start])) and bool(
        _QUALIFIER_CLOSES.match(gap)
    )


def list_heads(sent: str, cs: list[countries.CountryMention]) -> dict[int, Head]:
    """Each country mention (by start) with the reading of the words before its list."""
    runs: list[list[countries.CountryMention]] = []
    for c in cs:
        gap = sent[runs[-1][-1].end : c.start] if runs else ""
        if runs and (
            LIST_SEP.match(gap) or _ELLIPTIC_SEP.match(gap) or _BRACKETED_SEP.match(gap) or _qualified_sep(sent, runs[-1], c)
        ):
            runs[-1].append(c)
        else:
            runs.append([c])
    out: dict[int, Head] = {}
    for run in runs:
        before = sent[max(0, run[0].start - 80) : run[0].start]
        home = _HOME_ITEM.search(before)
        if home:  # read the list from before "nuestro país"
            before = before[: home.start()]
        town = _TOWN_BEFORE.search(before) or (
            _PLACES_LISTED_BEFORE.search(before) if _LIST_ENDS.match(sent[run[-1].end :]) else None
        )
        if town:
            before = before[: town.start()] + town.group("prep") + " "
        opens = _COUNT_OPENS_LIST.search(before)
        if opens:
            before = before[: opens.start()] + opens.group("prep") + " "
        route = bool(re.search(r"\b(?:from|desde)\s+(?:the\s+)?$", before)) and bool(
            _ROUTE_TO.match(sent[run[-1].end :])
        )
        took_part = bool(
            _TOOK_PART_HEAD.search(before)
            or _PARTNER_COUNT_HEAD.search(before)
            or _MEMBERS_HEAD.search(before)
            or _TOOK_PART_AFTER.match(sent[run[-1].end :])
        )
        place = (
            bool(_PLACE_HEAD.search(before)) and not _NATIONALITY_HEAD.search(before) and not route and not took_part
        )
        forces = bool(_FORCES_HEAD.search(before)) and not route  # not "Police Disrupt Drug Trade from USA into NZ"
        locative = place and bool(_LOCATIVE_HEAD.search(before))
        if not took_part and not route and _demonym_place(sent, run):
            place = locative = True
        for c in run:
            out[c.start] = Head(place, forces, took_part, locative, run[0].start)
    return out
