"""Countries' names, as ISO 3166-1 alpha-3: the words that name a country, declared once.

Names come from pycountry (English, and Spanish through its ISO 3166 gettext catalogue); the
tables below add only what those lack: everyday short forms ("Russia", "Corea del Sur",
"EE.UU."), demonyms in both languages ("Spanish police", "autoridades brasileñas") and national
agencies ("Guardia Civil", "Korea's National Police Agency"), with the words for a force that acts.
`patterns` compiles them all into one pattern, longest first, matched case-sensitively (as
capitalised words, or in capitals), so "Guinea" never eats "Papua New Guinea" and "spanish" in a
lower-case phrase is not a country. Finding the mentions in a text is `country_finder`'s; telling
a mention that is no country acting here, `country_senses`'.
"""

from __future__ import annotations

import gettext
import re
from dataclasses import dataclass
from functools import lru_cache

import pycountry

#: Short forms that pycountry's names lack (both languages). Keys are written as in text.
EXTRA_NAMES: dict[str, str] = {
    "Macau": "MAC",
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
    "Cote d’Ivoire": "CIV",  # without the circumflex: "two men from Nigeria and Cote d’Ivoire"
    "Cote d'Ivoire": "CIV",
    "former Yugoslav Republic of Macedonia": "MKD",  # North Macedonia's name in EU texts until 2019
    "Former Yugoslav Republic of Macedonia": "MKD",
    "FYROM": "MKD",
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
    "Irlanda del Norte": "GBR",  # Northern Ireland (else "Irlanda" inside it reads Ireland)
    "Escocia": "GBR",
    "País de Gales": "GBR",
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
#: Territories and the state they belong to, for "Macao, China", "Hong Kong (China)": the territory only, by its
#: own ISO code (convention C5 of `tests/fixtures/articles/CONVENTIONS.md`; so are Guadeloupe, Martinique, French
#: Guiana, Réunion and French Polynesia, read as themselves, not as France).
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
AMBIGUOUS_RE = re.compile(rf"(?<![\w-])(?:{'|'.join(map(re.escape, AMBIGUOUS_IN_LISTS))})(?![\w-])")
IN_LIST_SEP = r"(?:\s*,\s*(?:(?:and|y|e)\s+)?|\s+(?:and|y|e)\s+)"
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
    "FJI": ("Fijian", "fiyiano", "fiyiana"),
    "DZA": ("Algerian", "argelino", "argelina", "argelinos", "argelinas"),
    "TUN": ("Tunisian", "tunecino", "tunecina", "tunecinos"),
    "LBY": ("Libyan", "libio", "libia", "libios"),
    "SOM": ("Somali", "somalí"),
    # the Horn of Africa and South Asia, whose forces and people these stories name
    "SDN": ("Sudanese", "sudanés"),
    "ERI": ("Eritrean", "eritreo"),
    "ETH": ("Ethiopian", "etíope"),
    "SYR": ("Syrian", "sirio"),
    "AFG": ("Afghan", "afgano"),
    "PAK": ("Pakistani", "paquistaní", "pakistaní"),
    "BGD": ("Bangladeshi", "bangladesí"),
    "NPL": ("Nepali", "Nepalese", "nepalí"),
    "LKA": ("Sri Lankan", "esrilanqués"),
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
POLICE_AFTER = re.compile(rf"^[\s-]*(?:\w+\s+){{0,2}}{_POLICE_WORDS}", re.I)
POLICE_BEFORE = re.compile(rf"{_POLICE_WORDS}\s+(?:\w+\s+)?$", re.I)

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
    return out


def alternation(names: list[str]) -> str:
    return "|".join(re.escape(n) for n in sorted(set(names), key=len, reverse=True))


@lru_cache(maxsize=4)
def patterns(with_demonyms: bool) -> tuple[re.Pattern[str], dict[str, tuple[str, str]]]:
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
    pattern = re.compile(rf"(?<![\w-])(?:{alternation(list(meaning))})(?:(?![\w-])|(?=-[Ll]ed\b)|(?=-(?!\w)))")
    return pattern, meaning


_ACCENTS = str.maketrans("áéíóú", "aeiou")


@lru_cache(maxsize=1)
def demonyms_needing_police() -> frozenset[str]:
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


#: Places whose names contain a country's and are not that country: "New South Wales" is in Australia.
SUBDIVISION_NAMES: tuple[str, ...] = (
    "New South Wales",
    "New Mexico",
    "Nuevo México",
    "British Columbia",  # a Canadian province
    "Columbia Británica",
    "New England",  # the north-eastern United States
    "Nueva Inglaterra",
    "Campo de Gibraltar",  # the Spanish comarca around the bay (Algeciras, La Línea), not Gibraltar
)


#: Bare force names that several Spanish-speaking states share: alone they name Spain, whose press is
#: the commonest, but not in a story about one of the other states that has a force of that name.
SHARED_FORCE_NAMES = frozenset({"Policía Nacional", "Policia Nacional"})
#: States whose national police is called "Policía Nacional" too.
OWN_POLICIA_NACIONAL = frozenset({"COL", "PER", "ECU", "DOM", "PAN", "NIC", "HND", "PRY", "URY"})
