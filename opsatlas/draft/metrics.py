"""What a figure counts: the words around a number, read against declared vocabularies.

One table per kind of word (nouns after the number, verbs in the sentence), both languages; the
metric names are the schema's (`opsatlas.records.schema.Metric`). A figure whose noun and verbs
say nothing the schema can hold (charges, warrants, officers deployed) is left out: the draft
never files a number under a guess.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .naming import ORDINALS
from .numbers import MONEY_UNITS, QUALIFIER_WORDS, Quantity


def _rx(words: str) -> re.Pattern[str]:
    return re.compile(r"(?<![\w])(?:" + words + r")(?![\w])", re.I)


#: Nouns right after a number, by class (a few modifiers may stand between: "68 additional suspects").
NOUNS: dict[str, re.Pattern[str]] = {
    "arrest": _rx(
        r"arrests?|arrested|detained|detentions?|detenciones|detención|detenidos?|detenidas?|arrestad[oa]s|arrestos?|"
        r"capturas?|capturad[oa]s|aprehendid[oa]s|aprehensiones"
    ),
    "person": _rx(
        r"people|persons?|individuals?|suspects?|men|women|man|woman|adults?|offenders?|perpetrators?|members?(?!\s+states\b)|"
        r"hombre|mujer|varones|varón|"
        r"paedophiles?|pedophiles?|predators?|criminals|traffickers?|nationals?|citizens?|"
        r"personas?|sospechosos?|sospechosas|individuos|hombres|mujeres|presuntos?|investigad[oa]s|"
        r"pedófilos|delincuentes|miembros|integrantes|internautas|narcotraficantes|ciudadanos|fugitives?|fugitivos?|"
        r"prófugos?|traficantes|contrabandistas|smugglers|dealers|fraudsters|scammers|estafadores|"
        r"terrorists|terroristas|sex offenders|abusers|abusadores|pederastas|defendants|cabecillas|ringleaders|"
        r"leaders|líderes|jefes|bosses|tripulantes|crew members|crewmen|brothers|sisters|hermanos|hermanas|owners|dueños|"
        r"mobsters|gangsters|mafiosos|pandilleros|sicarios|hitmen|"
        # compounds: "cíberdelincuentes", "cybercriminals", "narcotraficantes", "drug traffickers"
        r"[\w-]*(?:delincuentes|criminales|criminals|traficantes|traffickers|dealers|smugglers|fraudsters|scammers|"
        r"estafadores|pedófilos|hackers)"
    ),
    "victim": _rx(
        r"victims?|children|child|minors?|kids|girls|boys|teenagers|víctimas?|niños|niñas|menores|"
        r"menor"
    ),
    "country": _rx(r"countries|nations|jurisdictions|member states|países|naciones|estados miembros|country|país"),
    "subdivision": _rx(
        r"provinces|states|regions|territories|provincias|comunidades autónomas|comunidades|"
        r"estados|regiones"
    ),
    "user": _rx(r"users|accounts|subscribers|usuarios|cuentas|suscriptores|abonados|members of the (?:site|forum|platform)"),
    "time": _rx(
        r"years?|months?|weeks?|days?|hours?|minutes?|seconds?|años?|meses|mes|semanas?|días?|horas?|minutos?|segundos?|"
        r"percent|per cent|"
        r"por ciento|times|veces|ages?|edad|year-old|years-old"
    ),
    "non_metric": _rx(
        r"charges|offences|offenses|counts|warrants|searches|raids|registros|inspecciones|"
        r"investigations|investigaciones|operations|operaciones|officers|agents|agentes|policías|"
        r"police|controls|controles|cases|casos|delitos|cargos|files|archivos|images|imágenes|"
        r"videos|vídeos|photos|fotos|hits|reports|denuncias|companies|empresas|groups|grupos|"
        r"chats|meetings|reuniones|agencies|agencias|units|unidades|packages|paquetes|"
        r"leads|referrals|phases|fases|stages|levels|points|puntos|nationalities|nacionalidades|fotografías|photographs|pictures|"
        r"archivos multimedia|multimedia files|gigabytes|GB|TB|entradas|house searches|home searches|"
        r"operation|operación|operativo|operativos|investigation|investigación|group|grupo|gang|gangs|banda|bandas|"
        r"network|networks|redes|organi[sz]ation|organi[sz]ations|organización|organizaciones|ring|rings|"
        r"cartel|cartels|cártel|cárteles|clan|clanes|seizures|incautaciones|decomisos|alijos|hauls|continents|"
        r"continentes|"
        r"places|lugares|premises|addresses|domicilios|inmuebles|locations|sites|total|totales|allanamientos|"
        r"allanamiento|redadas|cateos|operativos|plantaciones|plantations|laboratorios|laboratories|labs|"
        r"narcolaboratorios|factories|fábricas|workshops|talleres|centros|centres|centers|prisons|cárceles|"
        r"websites|sitios web|páginas web|domains|dominios|marketplaces|markets|mercados"
    ),
}
_MODIFIERS = re.compile(
    r"^(?:\s+(?:additional|more|other|further|new|alleged|suspected|different|separate|foreign|local|young|"
    r"of the|of them|of its|of their|de ellos|de ellas|de las|de los|de sus|más|otros|otras|nuevos|nuevas|presuntos|presuntas|"
    r"supuestos|supuestas|adult|male|female|high-value|high|value|key|main|más|de)(?![\w-]))*",
    re.I,
)

VERBS: dict[str, re.Pattern[str]] = {
    "arrest": _rx(
        r"arrested|arrest|arrests|arresting|detained|apprehended|taken into custody|held in custody|"
        r"caught|nabbed|captured|detenid[oa]s?|arrestad[oa]s?|capturad[oa]s?|detuvo|detuvieron|"
        r"arrestó|arrestaron|detenciones|detención|detener|arrestos|arresto|bajo custodia|detenía|detenían|"
        r"detiene|detienen|detentions?|capturó|capturaron|capturan|apresad[oa]s|apresó|apresaron|netted|nets|rounded up|"
        r"busted|nabbed|apprehension|apprehensions|aprehender|aprehendió|aprehendieron|aprehensión de (?:\S+\s+){0,3}?personas|"
        r"capturas? de|aprehendid[oa]s?|took into custody|(?:were|was|have been|has been|have|has|had)\s+held|privad[oa]s? de (?:su )?libertad|privó de (?:su )?libertad|"
        r"privaron de (?:su )?libertad|in custody|under arrest|en custodia|bajo arresto|"
        # "las capturas fueron realizadas en…", "estas capturas se efectuaron": the arrests as the subject
        r"(?:las|estas|dichas)\s+capturas\s+(?:fueron|se)\s+\w+"
    ),
    "charge": _rx(r"charged|indicted|prosecuted|acusad[oa]s?|procesad[oa]s?"),
    "convict": _rx(r"convicted|sentenced|condenad[oa]s?|sentenciad[oa]s?"),
    "identify": _rx(
        r"identified|identify|identifying|located|traced|unmasked|identificad[oa]s?|localizad[oa]s?|identificó|"
        r"identificaron|identificar|identification|identificación|identidad|identity|identities|"
        r"investigated|investigating|under investigation|bajo investigación|look into|looking into|looks into|"
        r"investigad[oa]s|investigó|investigaron|investigan|"
        r"se investiga a|imputad[oa]s|imputó|imputaron|investiga|investigar"
    ),
    "rescue": _rx(
        r"rescued|rescues|rescue|rescuing|rescates?|safeguarded|safeguard|safeguarding|removed? from (?:further )?harm|remove|removing|"
        r"saved|protected|freed|"
        r"puso a salvo|puestos a salvo|puestas a salvo|pusieron a salvo|rescatad[oa]s?|"
        r"liberad[oa]s?|rescataron|rescató|rescata|rescatan|liberó|liberaron|protegid[oa]s?|removed"
    ),
    "seize": _rx(
        r"seized|seizing|seizure(?!\s+warrants?\b)|seizures|seize|seizes|confiscated|confiscate|confiscations?|"
        r"confiscaci(?:ón|ones)|"
        r"netted|recovered|recover|recovering|impounded|nabbed|incautó|discovery of|hallazgo de|"
        r"incautaron|confiscad[oa]s?|"
        r"confiscó|confiscaron|intervención de|recuperar|recuperó|recuperaron|recuperad[oa]s?|se recuperaron|"
        r"incautarse|incautar|incautando|incautaron|decomisar|decomisó|decomisaron|confiscar|confiscating|"
        r"secuestraron|secuestró|secuestrad[oa]s|se secuestraron|secuestrar|secuestro de|retención|retuvieron|retenid[oa]s|interceptación|"
        r"incautad[oa]s?|incautación|intervenid[oa]s?|intervenido|intervinieron|decomisad[oa]s?|"
        r"decomiso|decomisos|incautaciones|requisad[oa]s?|requisó|requisaron|aprehensión|aprehendid[oa]s?|se han intervenido|aprehendieron|"
        r"aprehendió|intervienen|interviene|intervino|incautan|incauta|decomisan|decomisa|"
        # goods stopped on their way are seized: "se interceptaron 814 kilos", "lograron interceptar un arsenal" (not
        # "agentes interceptaron un camión", "a van was intercepted": the vehicle that carried them)
        r"se interceptaron|se interceptó|se (?:han|ha|habían|había) interceptado|interceptar|"
        # "se han llegado a intervenir 400.000 euros" (not "intervenir en", to intervene), "the recovery of USD 332,000"
        r"intervenir(?!\s+en\b)|intervenirse|decomisarse|recovery of|recoveries of|"
        # Mexican "asegurar": "se aseguraron 500 kilos de cocaína", "fueron asegurados" (not "aseguró que", said)
        r"se aseguraron|se aseguró(?!\s+(?:que|de)\b)|asegurad[oa]s|aseguramiento de"
    ),
    "freeze": _rx(r"frozen|froze|freezing|freezes|freeze|blocked|blocking|congelad[oa]s?|congeló|congelaron|bloquead[oa]s?|"
                  r"bloquearon|bloqueó|bloqueo de|congelación de|embargad[oa]s?|embargaron|embargó|embargo de"),
    "refer": _rx(
        r"shared with|disseminated to|referred to|sent to|passed to|flagged to|compartido con|compartida con|"
        r"remitid[oa]s? a|trasladad[oa] a|enviad[oa] a|referrals|shared information|shared|disseminated|"
        r"information was shared|"
        r"information were shared|intelligence packages|compartid[oa] información|ha compartido|han compartido|"
        r"se ha compartido|se compartió|información sobre"
    ),
    "participate": _rx(
        r"participated|participating|participation|participants|took part|taking part|taken part|take part|involved|"
        r"involving|tomaron parte|tomado parte|participan|(?:conducted|carried out|realizad[oa]|llevad[oa] a cabo) "
        # "carried out by INTERPOL in Nigeria and 18 other nations"
        r"(?:(?:by|por)\s+(?:the\s+|la\s+|el\s+)?[A-Z][\w-]*\s+|"
        # "carried out between July and October across twelve countries"
        r"(?:between|from|entre|de)\s+\w+\s+(?:and|to|y|a)\s+\w+\s+|"
        # "carried out simultaneously in eight countries", "desarrollada simultáneamente en ocho países"
        r"(?:simultaneously|jointly|simultáneamente|conjuntamente)\s+)?(?:in|across|en)|"
        r"spanned|spanning|participaron|participó|participado|participantes|participación|implicados|"
        r"involucró|involucraron|involucrad[oa]s|desarrollada (?:(?:simultáneamente|conjuntamente) )?en|"
        r"operation in|operación en|in the operation|en la operación|joined|supported by"
    ),
    "suspect": _rx(r"suspects|sospechosos"),
}

#: "police from 20 countries", "las fuerzas de seguridad de 34 países", "authorities in 19 African countries
#: arrested…", "agentes en 13 países": the countries took part (the forces are the subject, not the arrests' place).
FORCES_OF = re.compile(
    r"\b(?:police(?: forces)?|polic[ií]as?|forces|fuerzas(?: de seguridad| policiales)?|cuerpos(?: policiales)?|"
    r"authorities|autoridades|agencies|agencias|law enforcement(?: agencies| authorities| officers)?|officers|"
    r"investigators|agentes|investigadores|(?:law )?enforcers|partners|socios|"
    # "specialised units from 18 countries", "funcionarios de aduanas de 12 países"
    r"units|unidades|officials|funcionarios(?: de aduanas)?|customs|aduanas|specialists|especialistas|experts|"
    r"expertos)\s+(?:from|of|de|in|en|across)\s+"
    r"(?:the\s+|los\s+|las\s+)?(?:" + QUALIFIER_WORDS + r"\s+)?$",
    re.I,
)

#: "en cooperación con 25 países", "an international operation in 52 countries", "una macrooperación
#: internacional en 52 países": the countries took part (where arrests were made is said with arrests).
_TOOK_PART_IN = re.compile(
    r"\b(?:(?:in |en )?(?:cooperation|collaboration|cooperación|colaboración|partnership)\s+(?:with|con)|together with|"
    # "with the support of 24 countries", "con el apoyo de 12 países"
    r"(?:with the|con el|con la)\s+(?:support|help|assistance|apoyo|ayuda|asistencia)\s+(?:of|de)|"
    r"junto (?:a|con))\s+(?:the\s+|los\s+|las\s+)?"
    r"(?:" + QUALIFIER_WORDS + r"\s+)?$",
    re.I,
)
#: The same, said of the operation, before any arrest figure: "20 arrested in an operation across 12
#: countries" counts the countries with arrests.
_OPERATION_IN = re.compile(
    r"\b(?:\w*operations?|\w*operaci[oó]n|operativo|action|acción|campaign|campaña|crackdown|sweep)"
    r"(?:\s+[\w-]+){0,4}?\s+(?:in|en|across|spanning|covering|involving|que abarcó)\s+"
    r"(?:the\s+|los\s+|las\s+)?(?:" + QUALIFIER_WORDS + r"\s+)?$",
    re.I,
)

#: Actions told as simultaneous in the countries: "acciones simultáneas en 12 países", "operativos simultáneos en
#: diez países", "launched simultaneously in 13 countries", "de forma simultánea en siete países": where the
#: operation ran, not where its arrests were (arrests are not said to be in every one).
_AT_ONCE_IN = re.compile(
    r"\b(?:simultáne[oa]s?|simultaneous(?:ly)?|de (?:forma|manera) simultánea|a la vez|at the same time)\s+"
    r"(?:in|en|across)\s+(?:the\s+|los\s+|las\s+)?(?:" + QUALIFIER_WORDS + r"\s+)?$",
    re.I,
)
#: Sites where an operation's officers work at borders and in transport (read by roles too).
SITE_NOUNS = (
    r"airports?|aeropuertos?|seaports?|ports|puertos|hotspots?|(?:land\s+)?borders|fronteras|"
    r"(?:border\s+)?(?:control\s+)?points|(?:border\s+)?crossings|puntos\s+(?:fronterizos|de control)|"
    r"pasos\s+fronterizos"
)
#: Sites counted across the countries: "at 28 key border control points across 14 countries", "en 140 aeropuertos
#: de 49 países", "35 hotspots across eight African countries": where the operation's officers worked.
_SITES_IN = re.compile(
    r"\b(?:" + SITE_NOUNS + r")\s+(?:of|in|across|de|en)\s+(?:the\s+|los\s+|las\s+)?(?:" + QUALIFIER_WORDS + r"\s+)?$",
    re.I,
)
#: The countries called the participants right after their noun: "en los 15 países participantes", "in the 20
#: countries involved", "los siete países implicados".
_PARTICIPANTS_AFTER = re.compile(
    r"^\s+(?:participantes|participating|involved|implicados|involucrados|participants)\b", re.I
)

#: The others of a count told before, opening a sentence that lists them: "Other 18 countries were…", "Los otros
#: nueve países fueron…" (before the count here; before the list in `roles`).
THE_OTHERS_OPENING = r"^\W*(?:the\s+|los\s+|las\s+)?(?:other|otros|otras)\s+"
_THE_OTHERS_OPEN = re.compile(THE_OTHERS_OPENING + r"$", re.I)

#: People "from N countries", "de N países distintos": nationalities.
_NATIONALITIES = re.compile(
    r"\b(?:were|are|was|is|eran|son|come|came|coming|proceden|procedían|procedentes|nationals|citizens|"
    r"ciudadanos|natives|people|personas|individuals|suspects|sospechosos|detenidos|arrestados|arrested|"
    r"offenders|victims|víctimas)\s+(?:[\w-]+\s+){0,2}?(?:from|of|de)\s+(?:up to\s+|hasta\s+)?$"
    r"|\b(?:from|procedentes de|originarios de|oriundos de)\s+(?:up to\s+|hasta\s+)?$",
    re.I,
)

#: Put under investigation: Spanish "investigados" are suspects formally identified, not detained.
_INVESTIGATED = _rx(
    r"investigated|investigating|under investigation|bajo investigación|look into|looking into|looks into|"
    r"investigad[oa]s|investigó|investigaron|investigan|investiga|investigar|imputad[oa]s|imputó|"
    r"imputaron"
)

#: Status a person metric takes from its verb class.
STATUS = {"arrest": "arrested", "charge": "charged", "convict": "convicted", "identify": "identified"}

_MONEY_UNITS = MONEY_UNITS  # declared with the currencies, in numbers
_ITEM_STOP = re.compile(
    r"\s*(?:,|;|\.|\band\b|\by\b|\bin\b|\ben\b|\bfrom\b|\bwere\b|\bwas\b|\bhad\b|\bhave\b|\bfueron\b|"
    r"\bfue\b|\bhan\b|\bse\b|\bson\b|"
    r"\bthat\b|\bque\b|\bwith\b|\bcon\b|\bduring\b|\bdurante\b|\bat\b|\bto\b|\bpor\b|\bpara\b|\bfor\b|\(|$|"
    r"\b(?:spanning|across|including|incluidos|incluyendo|worth|valued|valorad[oa]s|seized|incautad[oa]s|"
    r"intervenid[oa]s|confiscad[oa]s|recovered)\b)",
    re.I,
)
_ITEM_WORD = re.compile(r"[\w’'-]+", re.U)


#: "one of the", "una de las": a person picked out of a group, not a count.
ONE_OF = re.compile(r"^\s+(?:of|de)\s+(?:the|los|las|ellos|ellas|these|those|estos|estas)\b", re.I)


#: A group already counted, named again ("one of the eight arrested", "además de los 13 detenidos").
BACK_REFERENCE = re.compile(
    r"(?:\b(?:one|uno|una)\s+(?:of|de)\s+(?:the|los|las)|\b(?:además de|aparte de|besides|in addition to)\s+"
    r"(?:los|las|the))\s+$",
    re.I,
)


@dataclass(frozen=True)
class Reading:
    """What a quantity counts, as far as the words say: a schema metric, status, item, unit."""

    metric: str
    status: str | None = None
    item: str | None = None
    noun_end: int = 0  # where the counted noun ends (the quote's clause reaches at least there)
    elliptic: bool = False  # "three in El Salvador": the metric comes from the sentence


_STOP = re.compile(
    r"^(?:in|of|de|del|en|were|was|have|has|had|are|is|and|y|fueron|han|ha|se|que|that|who|which|"
    r"from|to|a|al|for|por|para|with|con|on|at|the|la|el|los|las|been|sido)$",
    re.I,
)


#: Number words that name a group, counted with "de"/"of" before the noun: "un millar de", "una decena de".
_COLLECTIVE = re.compile(r"(?:millar|millares|centenar|centenares|decena|decenas|docena|docenas|dozen|dozens)$", re.I)
#: Where the words a figure counts end: the next item of a list ("23 kilos de heroína, dos plantaciones").
_NOUN_SPAN_END = re.compile(r"[,;:]")


#: The word after a nationality that makes it the noun itself: "22 peruanos fueron detenidos", "five Colombians were
#: arrested" (a conjunction goes on to the next nationality: "Ecuadorian and Venezuelan citizens").
_VERB_AFTER_NATIONALITY = re.compile(r"^(?!(?:and|y|e|or|o)$)(?:" + _STOP.pattern.strip("^$") + r")$", re.I)


def noun_after(text: str, q: Quantity) -> tuple[str | None, int, int]:
    """(noun class, noun start, noun end) of the word the figure counts, or (None, q.end, q.end).

    Up to three words are read after the number and its modifiers ("four Australian children",
    "68 additional suspects"); a function word ("in", "were", "de") ends the search."""
    rest = text[q.end :]
    mods = _MODIFIERS.match(rest)
    offset = q.end + (mods.end() if mods else 0)
    collective = re.match(r"\s+(?:de|of)\b", text[offset:], re.I) if _COLLECTIVE.search(text[q.start : q.end]) else None
    if collective:
        offset += collective.end()  # "un millar de internautas", "a dozen of the suspects": the noun after "de"
    first: tuple[int, int] | None = None
    # "16 Ecuadorian and Venezuelan citizens": nationalities before the noun are modifiers
    nat = re.match(r"(?:\s+(?:[\w-]+)(?:\s*,\s*|\s+(?:and|y|e|or|o)\s+)?)+", text[offset : offset + 80])
    if nat:
        words = re.findall(r"[\w-]+", nat.group(0))
        skip = 0
        for i, w in enumerate(words):
            # "22 peruanos fueron detenidos": a nationality before a verb is the people counted, not a modifier
            if w.lower() in _demonyms() and i + 1 < len(words) and not _VERB_AFTER_NATIONALITY.match(words[i + 1]):
                skip = i + 1
            elif w.lower() in ("and", "y", "e", "or", "o") and skip == i:
                skip = i + 1
            else:
                break
        if skip:
            m = re.match(r"(?:\s*,?\s*[\w-]+){%d}" % skip, text[offset:])
            offset += m.end() if m else 0
    span = text[offset : offset + 60]
    span = span[: cut.start()] if (cut := _NOUN_SPAN_END.search(span)) else span  # not the next item's noun
    for w in list(re.finditer(r"[\w’'-]+", span))[:3]:
        word_start = offset + w.start() + (1 if w.group(0).startswith("-") else 0)  # "a 21-month investigation"
        if first is None:
            first = (word_start, word_start)
        if _STOP.match(w.group(0)):
            break
        for cls, rx in NOUNS.items():
            hit = rx.match(text, word_start)
            if hit and hit.start() == word_start:
                head = re.match(r"\s+", text[hit.end() :])
                person = NOUNS["person"].match(text, hit.end() + head.end()) if head and cls != "person" else None
                if person is not None:
                    return "person", person.start(), person.end()  # "236 crime network members": the head noun
                return cls, word_start, hit.end()
        if w.group(0).lower() in _demonyms() and w.group(0).lower().endswith("s"):
            return "person", word_start, offset + w.end()  # "siete ecuatorianos", "two Britons": people
        if w.group(0)[:1].isupper() and w.group(0).endswith("s") and w.group(0)[:-1].lower() in _demonyms():
            return "person", word_start, offset + w.end()  # "five Australians", "three Colombians": people
    if first is None:
        return None, q.end, q.end
    return "other", first[0], first[1]


def _nearest(text: str, pos: int, classes: tuple[str, ...], window: int = 160) -> str | None:
    best: tuple[int, str] | None = None
    for cls in classes:
        for m in VERBS[cls].finditer(text):
            d = m.start() - pos if m.start() >= pos else pos - m.end()
            if d <= window and (best is None or d < best[0]):
                best = (d, cls)
    return best[1] if best else None


def _said_before(text: str, q: Quantity, classes: tuple[str, ...], window: int = 160) -> bool:
    """A verb of one of the classes stands before the figure, within the window."""
    before = text[max(0, q.start - window) : q.start]
    return any(VERBS[c].search(before) for c in classes)


def item_after(text: str, start: int) -> tuple[str | None, int]:
    """The seized item named after a figure ("six computers", "2.5 tonnes of cocaine"), at most
    five words, and where it ends."""
    s = text[start:]
    conv = re.match(r"\s*\([^()]{1,40}\)", s)  # "850 kilograms (over 1,873 pounds) of drugs": the conversion
    if conv:
        start += conv.end()
        s = text[start:]
    m = re.match(r"\s*(?:of|de|in|en)\s+", s, re.I)
    pos = m.end() if m else 0
    words: list[str] = []
    end = start + pos
    while len(words) < 5:
        stop = _ITEM_STOP.match(s, pos)
        if stop and (stop.group(0).strip() or pos >= len(s)):
            break
        w = _ITEM_WORD.match(s, pos + (len(s[pos:]) - len(s[pos:].lstrip())))
        if not w:
            break
        words.append(w.group(0))
        pos = w.end()
        end = start + pos
    item = " ".join(words).strip()
    return (item or None), end


#: The figure's own predicate, right after its noun: "27 people, including 21 children, were intercepted",
#: "cinco personas fueron investigadas", "30 more people are under investigation".
_OWN_PREDICATE = re.compile(
    r"^(?:\s*,[^,;.]{1,50},)?\s+(?:who\s+|that\s+|que\s+)?(?P<aux>(?:were|was|are|is|have been|has been|had been|"
    r"will be|remain|remains|fueron|fue|han sido|ha sido|habían sido|serán|son|están|estaban|resultaron|quedaron|"
    r"(?:han|ha) quedado(?:\s+como)?|quedan(?:\s+como)?)\s+)?"
    r"(?:(?:also|later|subsequently|then|allegedly|reportedly|now|still|también|posteriormente|luego|ya|aún)\s+)?"
    r"(?P<verb>[^\W\d_]+(?:\s+[^\W\d_]+){0,3})",
    re.I,
)
_RELATIVE = re.compile(r"^\s+(?:who|that|which|que|quienes)\b[^.;]{0,170}", re.I)
_AUX_VERB = re.compile(
    r"\b(?:were|was|have been|has been|fueron|han sido|fue)\s+(?:(?:also|later|then|también|luego)\s+)?"
    r"(?P<verb>[^\W\d_]+)",
    re.I,
)
_PARTICIPLE = re.compile(r"^[^\W\d_]{3,}(?:ed|en|ado|ada|ados|adas|ido|ida|idos|idas|cho|chos|to|tos|tas)$", re.I)
#: People checked on the way, not found by the operation: "más de 74.000 personas controladas", "39,000 people
#: screened" (a participle of its own, even without "were").
_CHECKED = re.compile(
    r"^(?:controlad[oa]s|inspeccionad[oa]s|revisad[oa]s|cachead[oa]s|fiscalizad[oa]s|checked|screened|inspected|"
    r"vetted|questioned|interviewed)$",
    re.I,
)


def own_predicate(text: str, noun_end: int, classes: tuple[str, ...]) -> str | None:
    """The verb class of the passive predicate right after a figure's noun, "unknown" when that
    predicate is a participle of no class (the figure counts something else), None when there is none."""
    rel = _RELATIVE.match(text[noun_end : noun_end + 200])
    if rel is not None:
        # "Two people who are believed to have been the administrators … were arrested in Ukraine"
        for aux in _AUX_VERB.finditer(rel.group(0)):
            for cls in classes:
                if VERBS[cls].fullmatch(aux.group("verb")):
                    return cls
    m = _OWN_PREDICATE.match(text[noun_end : noun_end + 110])
    if m is None:
        return None
    verb = m.group("verb")
    # "three were held in South Korea": the auxiliary is part of the verb's form in `VERBS` ("were held")
    with_aux = f"{m.group('aux')}{verb}" if m.group("aux") else verb
    for cls in classes:
        hit = VERBS[cls].match(verb) or VERBS[cls].match(with_aux)
        if hit and hit.start() == 0:
            return cls
    first = verb.split()[0]
    if _CHECKED.match(first):
        return "unknown"
    if not m.group("aux"):
        return None  # "20 personas implicadas en una red": a participle without "were" may only describe them
    return "unknown" if _PARTICIPLE.match(first) else None


_VERB_BEFORE = re.compile(
    r"(?P<verb>[^\W\d_]{4,})\s+(?:a\s+)?(?:(?:un\s+total\s+de|a\s+total\s+of)\s+)?"
    r"(?:(?:otr[oa]s|other|others|another|more|más|the\s+remaining|the\s+other|los|las)\s+)?$"
)
_FINITE = re.compile(r"^[^\W\d_]{3,}(?:ed|ado|ados|adas|ido|idos|idas|ó|aron|ieron|ían|aba|aban)$", re.I)


def verb_before(text: str, q: Quantity, classes: tuple[str, ...]) -> str | None:
    """The class of the verb right before a figure ("detuvieron a 11 personas", "arrested 16 people"),
    "unknown" for a verb of no class ("se han inspeccionado a 215.000 personas", "checked 39,000
    people"), None when no verb stands there."""
    m = _VERB_BEFORE.search(text[max(0, q.start - 40) : q.start])
    if m is None:
        return None
    verb = m.group("verb")
    for cls in classes:
        hit = VERBS[cls].fullmatch(verb)
        if hit:
            return cls
    return "unknown" if _FINITE.match(verb) and not _STOP.match(verb) else None


#: The noun before the figure: "el total de detenidos ha ascendido a 566", "the number of arrests rose to 566".
_NOUN_BEFORE = re.compile(
    r"\b(?:total|number|número|cifra|balance|count|tally)\s+(?:de|of)\s+(?P<noun>[^\W\d_]+)(?:\s+[^\W\d_]+){0,4}?\s+"
    r"(?:ha ascendido a|asciende a|ascendió a|se eleva a|se elevó a|se sitúa en|se situó en|es de|fue de|"
    r"rose to|stands at|stood at|reached|climbed to|came to|is|was|totals|totalled|totaled)\s*$",
    re.I,
)


#: A results line that names its count before a colon: "• total arrests : 1,062", "Víctimas rescatadas: 12",
#: "criminal merchandise seized: 801 (stolen firearms, vehicles etc.)".
_LABEL_COLON = re.compile(r"^[\s•·*–-]*(?P<label>[^\W\d_][^\W\d]*(?:\s+[^\W\d]+){0,5}?)\s*:\s*$")
#: The count ends its line, or only a bracket follows it.
_LINE_ENDS = re.compile(r"^\s*(?:\([^()]*\))?\s*\.?\s*$")


def _labelled_line(text: str, q: Quantity) -> Reading | None:
    """ "• total arrests : 1,062", "• human trafficking victims identified: 823", "• merchandise seized: 801": a
    results line whose words before the colon say what the count after it counts."""
    m = _LABEL_COLON.match(text[: q.start])
    if m is None or q.unit or not _LINE_ENDS.match(text[q.end :]):
        return None
    label = m.group("label")
    last = label.split()[-1]
    if NOUNS["arrest"].fullmatch(last) or VERBS["arrest"].fullmatch(last):
        return Reading("arrests", status="arrested", noun_end=q.end)
    if NOUNS["victim"].search(label) and (VERBS["identify"].search(label) or VERBS["rescue"].search(label)
                                          or label.lower().startswith(("victim", "víctim"))):
        return Reading("victims_identified", noun_end=q.end)
    if VERBS["seize"].fullmatch(last) and len(label.split()) > 1:
        return Reading("seizures", item=" ".join(label.split()[:-1]), noun_end=q.end)
    return None


#: "son ya 30 los detenidos", "han sido seis las personas detenidas": the verb "ser" before the count …
_IS_BEFORE = re.compile(r"\b(?:son|eran|fueron|han sido|habían sido|serían|suman|sumaban)\s+(?:ya\s+)?$", re.I)
#: … and after it, the people counted, with their article.
_THE_PEOPLE_AFTER = re.compile(
    r"^\s+(?:los|las)\s+(?:personas\s+|individuos\s+|sospechosos\s+)?(?P<word>detenid[oa]s|arrestad[oa]s|"
    r"capturad[oa]s|aprehendid[oa]s|investigad[oa]s|víctimas|rescatad[oa]s)\b",
    re.I,
)


def _counted_with_ser(text: str, q: Quantity) -> Reading | None:
    """ "Finalmente, han sido seis las personas detenidas", "Son ya 30 los arrestados": the count, then the people."""
    after = _THE_PEOPLE_AFTER.match(text[q.end :])
    if after is None or not _IS_BEFORE.search(text[max(0, q.start - 20) : q.start]):
        return None
    word, end = after.group("word").lower(), q.end + after.end()
    if word.startswith("investigad"):
        return Reading("suspects_identified", status="identified", noun_end=end)
    if word.startswith(("víctim", "rescatad")):
        return Reading("victims_identified", noun_end=end)
    return Reading("arrests", status="arrested", noun_end=end)


def _reading_before(text: str, q: Quantity) -> Reading | None:
    m = _NOUN_BEFORE.search(text[max(0, q.start - 90) : q.start])
    if m is None:
        return _labelled_line(text, q) or _counted_with_ser(text, q)
    noun = m.group("noun")
    if NOUNS["arrest"].fullmatch(noun):
        return Reading("arrests", status="arrested", noun_end=q.end)
    if NOUNS["victim"].fullmatch(noun) and noun.lower().startswith(("victim", "víctim")):
        return Reading("victims_identified", noun_end=q.end)
    if noun.lower().startswith(("suspect", "sospech", "investigad")):
        return Reading("suspects_identified", status="identified", noun_end=q.end)
    return None


_LIST_ITEM = re.compile(
    r"^\s*(?:and\s+|y\s+|plus\s+)?(?:" + QUALIFIER_WORDS + r"\s+)?(?:\d|(?:one|two|three|four|five|six|seven|eight|"
    r"nine|ten|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|un|una|a)\b|$)",
    re.I,
)
#: Words that give what seized goods are worth on the street, or what a crime cost: never money seized.
_VALUE_OF = re.compile(
    r"\b(?:street value|market value|value of|a value|un valor|avalúo|avaluad[oa]s?|estimated (?:value )?at|"
    r"would (?:have )?fetch(?:ed)?|"
    r"losses of|"
    r"losses|valor de|valor (?:estimado )?de|mercado negro|habría alcanzado|habrían alcanzado|alcanzaría|"
    r"pérdidas de|perjuicio de|estafado|defraudado|defrauded|swindled|precio|price|"
    r"(?:cuyo|su|sus|whose|its|their) (?:valor|value))\b[^.;,]{0,45}$",
    re.I,
)
#: A comparison that gives a size, not a count: "the equivalent of 30 lorries", "equivalente a 2.000 camiones".
_EQUIVALENT = re.compile(
    r"\b(?:equivalent (?:of|to)|equivalente (?:de|a)|equivalentes a|enough to fill|suficiente para llenar)\s+"
    r"(?:(?:some|about|around|unos|unas|cerca de|más de|more than|over)\s+)?$",
    re.I,
)
_INTERCEPTED = re.compile(r"\b(?:intercepted|interceptaron|interceptad[oa]s?|interceptó)\b[^.;]*$", re.I)
_STILL_TO = re.compile(
    r"\b(?:trying to|try to|seeking to|seek to|working to|aim to|hope to|intentan|intenta|tratan de|trata de|buscan|"
    r"procuran)\s+(?:\w+\s+)?(?:identify|locate|find|rescue|identificar|localizar|encontrar|rescatar)\s+"
    r"(?:(?:the|a|las|los|a las|a los|another|other|more|otr[oa]s|más)\s+)*$"
    # "are searching for 40 more victims": sought, not found yet
    r"|\b(?:searching for|looking for|search for|look for|buscan a|busca a|buscando a)\s+"
    r"(?:(?:the|another|other|more|otr[oa]s|más)\s+)*$",
    re.I,
)
_TAKEN_FROM = re.compile(
    r"\b(?:extorted|defrauded|scammed|swindled|stole|stolen|robbed|cheated|conned|extorting|defrauding|scamming|"
    r"swindling|stealing|robbing|cheating|estafó|estafaron|estafar|defraudó|"
    r"defraudaron|robó|robaron|extorsionó|extorsionaron|sustrajo|sustrajeron)\b(?:[^.;]|\.(?=\d)){0,60}\b(?:from|de|a)\s+"
    r"(?:" + QUALIFIER_WORDS + r"\s+)?$",
    re.I,
)
#: A part of a count just given: "26 women were rescued, including a minor", "incluida una menor".
_INCLUDING = re.compile(r"\b(?:including|among them|incluid[oa]s?|entre ell[oa]s|entre los que|entre las que)\s+$", re.I)


def _one_victim_found(text: str, q: Quantity, own: str | None) -> bool:
    """"a victim" / "una víctima" is a figure of one only where a verb finds or frees that one ("rescued a
    girl", "una víctima fue identificada"), not in the case's story ("tras la denuncia de una víctima") or as a
    part of a larger group ("incluida una menor")."""
    if _INCLUDING.search(text[max(0, q.start - 30) : q.start]):
        return False
    return own is not None or _nearest(text, q.start, ("identify", "rescue"), window=30) is not None


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
    r"(?:the\s+|los\s+|las\s+)?(?:" + QUALIFIER_WORDS + r"\s+)?$",
    re.I,
)
_OTHERS_TOO = re.compile(
    r"\b(?:también|also|too)\s+" + _FORCE_NOUNS + r"(?:\s+[\w]+){0,2}?\s+(?:from|of|de|in|en)\s+"
    r"(?:the\s+|los\s+|las\s+)?(?:" + QUALIFIER_WORDS + r"\s+)?$",
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


#: Accounts at a bank: "30 bank accounts", "12 cuentas bancarias".
_BANK_ACCOUNTS = re.compile(r"\bbank\s+accounts?\b|\bcuentas?\s+(?:bancarias?|corrientes?)\b", re.I)
#: Countries counted among the world's, between the number and its noun: "20 of the world's smallest countries".
_OF_THE_WORLD = re.compile(r"\bof the world['’]s\b", re.I)
#: A union's member states, then more countries named: "15 EU member states, Iceland and Switzerland", "los 28
#: Estados miembros y también Australia".
_MEMBER_STATES_AND_MORE = re.compile(
    r"(?:member states|estados miembros)\b[^.;:]{0,20}?(?:,|\band\b|\by\b|as well as|así como|plus)\s+"
    r"(?:(?:también|also|the|las?|los|de|of)\s+){0,3}[A-ZÁÉÍÓÚ]",
    re.I,
)
#: A group opening the sentence, of which the next count is a part: "Of the 25 defendants, 21 …", "De los 30
#: investigados, 12 …".
_OF_THE_GROUP = re.compile(r"(?:^|[.;:]\s*)\W*(?:of|among|de|entre)\s+(?:the|these|those|los|las|estos|estas)\s+$", re.I)
#: Suspects said to exist or sought, not arrested: "There are 269 suspects so far", "hay 40 sospechosos", "are
#: searching for at least 40 other suspects", "buscan a otros 12 sospechosos".
_THERE_ARE = re.compile(
    r"\b(?:there are|there were|there have been|hay|había|habría|existen|searching for|looking for|hunting for|"
    r"search for|look for|hunt for|buscan a|busca a|buscando a)\s+(?:now\s+|ya\s+|otros\s+)?"
    r"(?:" + QUALIFIER_WORDS + r"\s+)?$",
    re.I,
)
#: A people noun that names suspects: "suspects", "sospechosos", "presuntos".
_SUSPECT_WORD = re.compile(r"suspect|sospech|presunt", re.I)


_ARREST_OF = re.compile(
    r"\b(?:arrests?|detentions?|apprehension|detención|detenciones|arresto|arrestos|captura|capturas|aprehensión)\s+"
    r"(?:of|de)\s+(?:" + QUALIFIER_WORDS + r"\s+)?$",
    re.I,
)
#: People put under investigation, named by the noun: "la investigación de otras 30", "la imputación de 12 personas".
_INVESTIGATION_OF = re.compile(
    r"\b(?:investigación|imputación)\s+(?:de|a)\s+(?:(?:otr[oa]s|los|las)\s+)?(?:" + QUALIFIER_WORDS + r"\s+)?$",
    re.I,
)
#: No noun after the number: punctuation, a conjunction, or the place or time of the verb ("arrested 35 in",
#: "detuvo a 12, …", "en Portugal 4 y en Italia 2").
NO_NOUN = re.compile(
    r"\s*(?:[,.;:)]|$|(?:in|en|at|across|during|durante|since|desde|between|entre|and|y|e|or|o)\b)", re.I
)
_OBJECT_BEFORE = re.compile(
    r"\b(?:seized|seizing|confiscated|recovered|incautaron|incautó|decomisaron|intervinieron)\s+"
    r"(?P<item>[^\W\d_]+(?:\s+[^\W\d_]+){0,2}?)\s+(?:with a (?:total )?weight of|weighing|totalling|totaling|"
    r"con un peso (?:total )?de|por un total de|que pesaban)\s+(?:" + QUALIFIER_WORDS + r"\s+)?$",
    re.I,
)
#: "las autoridades hallaron 376 kilos de cocaína": goods found by the police in the clause before the amount.
_FOUND_BEFORE = re.compile(
    r"\b(?:found|discovered|hallaron|halló|encontraron|encontró|descubrieron|descubrió|"
    # "fueron hallados 856 kilogramos de cocaína", "se han encontrado 40 kilos"
    r"(?:fueron|han sido|se han|se ha|were|was)\s+(?:hallad[oa]s?|encontrad[oa]s?|descubiert[oa]s?))\b[^,;.]{0,40}$",
    re.I,
)
_FOUND_VERB = _rx(r"found|discovered|uncovered|hallaron|halló|encontraron|encontró|descubrieron|descubrió|localizaron")


def _found_list(text: str, q: Quantity) -> bool:
    """ "Raids uncovered six laboratories, eight cannabis factories, 32 kilos of synthetic drugs": an amount in the
    list of things the police found."""
    before = re.split(r"[;:]|(?<!\d)\.|\.(?!\d)", text[max(0, q.start - 200) : q.start])[-1]
    verbs = list(_FOUND_VERB.finditer(before))
    if not verbs:
        return False
    first, *rest = _LIST_SPLIT.split(before[verbs[-1].end() :])
    return (
        bool(rest)
        and not rest[-1].strip()
        and all(_LIST_ITEM.match(p) and not _CLAUSE_VERB.search(p) for p in (first, *rest[:-1]))
    )


#: Goods measured by weight or volume that "were found": found by the police, so seized.
_FOUND_AFTER = re.compile(
    r"^\s*(?:(?:were|was|have been|had been|fueron|han sido|se)\s+)(?:also\s+)?(?:found|discovered|detected|"
    r"hallad[oa]s|encontrad[oa]s|hallaron|encontraron|descubiert[oa]s)\b",
    re.I,
)
#: What money measures when it is harm done, not money held: "of social harm", "in damages", "en pérdidas".
_HARM = re.compile(r"\b(?:harm|damages?|losses|daños|pérdidas|perjuicios?)\b", re.I)
#: Money "in bank accounts", "en cuentas bancarias".
_IN_ACCOUNTS = re.compile(r"^(?:(?:frozen|blocked)\s+)?(?:bank\s+)?accounts?\b|^cuentas?(?:\s+bancarias?|\s+corrientes?)?\b", re.I)
#: "worth", "valued at", "valuados en" right before the money.
_WORTH = re.compile(
    r"\b(?:worth|valued at|valorad[oa]s? en|valuad[oa]s? en|tasad[oa]s? en|por valor de)\s+"
    r"(?:an estimated\s+|some\s+|about\s+|unos\s+|unas\s+)?$",
    re.I,
)


#: Cash detained, in British usage, after the money: " cash was also detained", " in cash were detained".
_CASH_DETAINED = re.compile(
    r"^\s*(?:in\s+)?(?:cash|notes|banknotes)\s+(?:was|were|has been|have been|had been)\s+(?:also\s+)?detained\b",
    re.I,
)
#: The intercepting verb right before an amount: "Canada intercepted 18 tons", "fueron interceptados 300 kilos".
_INTERCEPTED_RIGHT_BEFORE = re.compile(r"\b(?:intercepted|interceptaron|interceptó|interceptad[oa]s?)\s+$", re.I)
#: A sentence that restates the amount seized before it: "Son 2 mil 470 kilos de cocaína", "Se trata de 3.100
#: kilos de hachís", "It was 1.2 tonnes of cocaine".
_AMOUNT_RESTATED = re.compile(
    r"^\W*(?:en total\s+)?(?:son|eran|fueron|se trata de|it was|they were|that is|this is)\s+(?:"
    + QUALIFIER_WORDS
    + r"\s+)?$",
    re.I,
)
#: A seizing participle right after an amount: " seized", " were confiscated", " fueron incautados".
_SEIZED_PARTICIPLE = re.compile(
    r"^\s*(?:(?:were|was|have been|had been|fueron|fue|han sido|ha sido)\s+)?(?:seized|confiscated|recovered|"
    r"intercepted|incautad[oa]s?|intervenid[oa]s?|decomisad[oa]s?|secuestrad[oa]s?|interceptad[oa]s?)\b",
    re.I,
)


#: Seizures and the amount they add up to: "11 incautaciones de cocaína que totalizaron aproximadamente una tonelada",
#: "seizures of cannabis totalling 950 kg".
_SEIZURES_TOTALLING = re.compile(
    r"(?<!further )(?<!additional )(?<!other )(?<!otras )(?<!nuevas )"  # "two further seizures": parts of a sum told
    r"\b(?:seizures|incautaciones|decomisos|alijos)\b[^.;]{0,60}?\b(?:totall?ing|totali[sz]ing|amounting to|"
    r"que totalizaron|que totalizan|que sumaron|que suman|por un total de)\s+(?:" + QUALIFIER_WORDS + r"\s+)?$",
    re.I,
)


def _amount_seized(text: str, q: Quantity, end: int) -> bool:
    """An amount that names no thing, told as seized by the verb right before or the participle right after it:
    "with more than 45 tonnes seized", "se interceptaron más de 814 kilos y 497 plantas"."""
    return bool(
        _SEIZED_PARTICIPLE.match(text[end:])
        or _SEIZURES_TOTALLING.search(text[max(0, q.start - 100) : q.start])
        or verb_before(text, q, ("seize",)) == "seize"
        or re.search(r"\b(?:intercepted|interceptaron|interceptó)\s+$", text[max(0, q.start - 30) : q.start], re.I)
    )


#: Seizures told by their total value: "Seizures of various assets for a total value of approximately 900,000 euros",
#: "incautaciones de bienes por un valor total de 2 millones" (the money is what was seized, unless goods are counted).
_SEIZED_AT_A_VALUE = re.compile(
    r"\b(?:seizures?|incautaciones|decomisos)\s+(?:of|de)\s+(?:[^\W\d_]+\s+){0,3}?(?:for|with|por|con)\s+(?:a|un)\s+"
    r"(?:total\s+)?(?:value|valor)\s+(?:total\s+)?(?:of|de)\s+"
    r"(?:" + QUALIFIER_WORDS + r"\s+)?$",
    re.I,
)


def _is_value(text: str, q: Quantity) -> bool:
    """ "2 tonnes of cocaine worth $50 million", "15,000 tons of food and drink worth $60 million": the worth of
    goods counted just before; "549,000 euros in cash and gold worth 10 million euros" counts the gold by its
    worth (money is not worth money), and so does "gold worth 10 million" alone."""
    before = text[max(0, q.start - 70) : q.start]
    if _VALUE_OF.search(before) and not _SEIZED_AT_A_VALUE.search(before):
        return True
    if not (_WORTH.search(before) or _SEIZED_AT_A_VALUE.search(before)):
        return False
    from .numbers import find_quantities

    clause = re.split(r"[;.]\s|\(|\)", before)[-1]
    verbs = list(VERBS["seize"].finditer(clause))
    if verbs:  # "raided 15 locations…, seizing money and properties worth 21 million yuan": the goods come after
        clause = clause[verbs[-1].end() :]
    counted = [p for p in find_quantities(clause) if not p.weak]
    return bool(counted) and counted[-1].unit not in _MONEY_UNITS
_LIST_THEN_VERB = re.compile(
    r"[^.;:]{0,160}?\b(?:have been|has been|had been|were|was|han sido|fueron|se han)\s+"
    r"(?:(?:also|too|además|también)\s+)?",
    re.I,
)
#: A segment of a list that has a verb of its own is a clause, not an item ("…; the suspects were charged").
_CLAUSE_VERB = re.compile(
    r"\b(?:is|are|was|were|has|have|had|will|said|says|es|son|fue|fueron|ha|han|había|habían|será|dijo|"
    r"informó|señaló)\b",
    re.I,
)
_ACRONYM = re.compile(r"^[A-Z]{2,4}(?:\s+[a-z]|$)")
_SEIZED_AFTER = re.compile(r"^\s*(?:(?:were|was|have been|had been|han sido|fueron|se han|were also)\s+)?", re.I)


#: The end of a sentence's clause: a full stop that is no decimal point, a colon, a dash between spaces.
_CLAUSE_END = re.compile(r"(?<!\d)\.|\.(?!\d)|:|\s[–—-]\s")
_AUX_END = re.compile(
    r",?\s*(?:(?:were|was|have been|has been|had been|han sido|fueron|se han|se)\s+)?"
    r"(?:(?:also|too|además|también)\s+)?$",
    re.I,
)
_LIST_SPLIT = re.compile(r"[;,]|\b(?:and|y|e)\b", re.I)


def _has_object(text: str, verb_end: int) -> bool:
    """The seizing verb counts its own things: "se clausuraron dos locales y secuestraron cuatro vehículos"."""
    rest = re.sub(r"^\s*(?:de|a|the|also|también)\s+", " ", text[verb_end : verb_end + 40])
    return bool(re.match(r"\s*\w", rest)) and bool(_LIST_ITEM.match(rest))


def listed_then_seized(text: str, item_end: int) -> bool:
    """The item is one of a list of counted things that ends with its seizing verb: "8,263 illegally held
    firearms and over 300,000 rounds of ammunition confiscated", "5.1 Kg Heroin; 33.9 Kg Ganja; … and 1,039
    Pills, were recovered". Every later item of the list starts with its number."""
    after = text[item_end : item_end + 600]
    end = _CLAUSE_END.search(after)
    after = after[: end.start()] if end else after
    verb = VERBS["seize"].search(after)
    if verb is None or _has_object(after, verb.end()):
        return False
    between = after[: verb.start()]
    between = between[: _AUX_END.search(between).start()]  # type: ignore[union-attr]
    first, *rest = _LIST_SPLIT.split(between)
    if _CLAUSE_VERB.search(first) or len(first) > 60:
        return False  # the rest of this item has a verb of its own: a clause, not an item
    return all(
        not part.strip() or (_LIST_ITEM.match(part) or _ITEM_WORDS.match(part)) and not _CLAUSE_VERB.search(part)
        for part in rest
    ) and not any(VERBS[c].search(between) for c in ("arrest", "charge", "convict", "rescue", "freeze"))


#: A piece of an item split at "and" or a comma, a few lowercase words with no preposition: "1492 unconverted
#: and converted alarm and signal weapons", "24 735 rounds of unconverted, converted, and live ammunition".
_ITEM_WORDS = re.compile(
    r"^\s*(?!(?:in|at|on|from|to|into|with|by|for|en|de|del|desde|con|por|para|the|el|la|los|las)\b)"
    r"[a-záéíóúñü][\w-]*(?:\s+(?!(?:in|at|on|from|to|into|with|by|for|en|desde|con|por|para)\b)[a-záéíóúñü][\w-]*){0,3}\s*$"
)


#: Actions on things that are not seizures: what follows them was destroyed, closed, inspected.
_OTHER_ACTION = re.compile(
    r"(?<![\w-])(?:destroyed|destroying|destruction|destruyeron|destruyó|destruid[oa]s?|destrucción|dismantled|"
    r"dismantling|desmantelad[oa]s?|desmantelaron|desmanteló|desmantelamiento|clausuraron|clausuró|clausurad[oa]s?|"
    r"clausura|closed|shut down|taken down|took down|eradicated|erradicad[oa]s?|erradicación|erradicaron|inspected|"
    r"inspeccionad[oa]s?|burned|quemad[oa]s?|incinerad[oa]s?|incineraron)(?![\w-])",
    re.I,
)  # "closed-circuit cameras" are things; "la inspección de 300 vehículos" may stand inside a list of what was seized


#: What a network sold or moved, said after what was seized, is not seized: "se han incautado 350 armas, se
#: sospecha que la organización ha suministrado más de 1.500 armas", "had sold more than 2,000 pistols".
_TRADED = re.compile(
    r"\b(?:(?:ha|han|había|habían|habría|habrían|has|have|had|would have)\s+(?:\w+\s+)?"
    r"(?:suministrado|vendido|distribuido|traficado|introducido|exportado|importado|supplied|sold|smuggled|"
    r"trafficked|shipped|distributed|imported|exported)|suministró|suministraron|vendió|vendieron|distribuyó|"
    r"distribuyeron|introdujo|introdujeron|exportó|exportaron)\b",
    re.I,
)


def _other_action_before(text: str, q: Quantity) -> bool:
    """An amount right after a verb of destroying or eradicating, with no seizing verb between, is what was
    destroyed: "se logró la erradicación de hasta 1.689 toneladas de marihuana", "destroyed 40 kg of heroin"."""
    before = text[max(0, q.start - 40) : q.start]
    last = None
    for last in _OTHER_ACTION.finditer(before):
        pass
    return last is not None and not VERBS["seize"].search(before, last.end())


#: A part of the things just counted follows, with its own verb: "…, of which 2,100 were seized", "de los cuales".
_PART_FOLLOWS = re.compile(r"^[^.;]*?,\s*(?:of which|of these|de (?:los|las) cuales)\b", re.I)


def _seized_object(text: str, q: Quantity, item_end: int) -> bool:
    """The thing counted is what was seized: the seizing verb comes before it in the sentence, with
    no clause end between ("se incautaron seis ordenadores, 21 teléfonos"), or right after it
    ("57 vehicles were seized", "6.000 dispositivos confiscados"). "Searches in 114 homes, resulting
    in the seizure of…" counts homes, not things seized."""
    before = text[max(0, q.start - 500) : q.start]
    for m in VERBS["seize"].finditer(before):
        between = before[m.end() :]
        if _OTHER_ACTION.search(between) or _TRADED.search(between):
            continue  # "se aprehendió a 174 personas y se destruyeron dos laboratorios": the later verb's object
        if not re.search(r"[;:]", between) and (
            len(between) <= 200 or (len(between) <= 500 and not _CLAUSE_VERB.search(between))
        ):
            return True  # a long list of what was seized, with no verb of its own between
        # "authorities seized €184 million …; over two tonnes of drugs …; 12,500 counterfeit products": a
        # list whose items are set apart by semicolons, every item a quantity (a colon may open the list)
        items = re.split(r"[;:]", between)[1:]
        if items and all(_LIST_ITEM.match(i) or not _CLAUSE_VERB.search(i) for i in items):
            return True
    if VERBS["seize"].search(text[q.end : item_end]):
        return True  # "6.000 dispositivos confiscados": the participle is read as part of the item
    if _PART_FOLLOWS.match(text[item_end : item_end + 160]):
        return False  # "60,000 parcels were screened, of which 2,100 were seized": the verb is the part's
    clause = re.match(r"[^,;:.()\d]{0,80}", text[item_end:])
    verb = VERBS["seize"].search(clause.group(0)) if clause else None
    if verb and not _has_object(text, item_end + verb.end()):
        return True  # "495 unconverted and converted alarm weapons seized;": the clause ends with the verb
    # "$4.37 million of assets, four firearms and almost 19 kg of drugs have been seized": the list, then its verb
    listed = _LIST_THEN_VERB.match(text[item_end : item_end + 200])
    if listed and VERBS["seize"].match(text, item_end + listed.end()):
        return True
    after = text[item_end : item_end + 40]
    aux = _SEIZED_AFTER.match(after)
    hit = VERBS["seize"].match(after, aux.end() if aux else 0)
    return hit is not None or listed_then_seized(text, item_end)


#: "…, 13 vehículos y un arma de fuego", "además de un arma simulada": one thing, listed after others.
_LISTED_ONE = re.compile(r"(?:,|\b(?:and|y|e|plus|además de|as well as|así como|along with|junto (?:a|con)))\s+$", re.I)
#: Nouns after "a", "un" that measure or gather, never one thing seized ("una cantidad de oro", "a host of").
_NOT_ONE_THING = _rx(
    r"cantidad|amount|number|número|host|lot|series|serie|variety|variedad|range|gama|gran|large|quantity|total|"
    r"arsenal|sum|suma|multitude|multitud|set|conjunto|parte|part|kind|tipo|list|lista|wide|huge|significant|"
    r"importante|considerable|par|pair|couple|great|whole|long|largo|number of|sinfín|montón|batch|lote|"
    r"little|small|pequeña|pequeño|further|additional|other|otro|otra"
)


def _single_seized(text: str, q: Quantity) -> Reading | None:
    """ "seis metralletas AK 47 y una pistola metralleta", "13 vehículos y un arma de fuego": a thing named with
    "a"/"un" after counted things in a list of what was seized is one of them."""
    listed = _LISTED_ONE.search(text[max(0, q.start - 16) : q.start])
    if not listed:
        return None
    item, end = item_after(text, q.end)
    if listed.group(0).startswith(",") and not re.match(r"\s*(?:,|\b(?:and|y|e)\b)", text[end : end + 8]):
        return None  # "1.689 toneladas de marihuana, una cifra histórica": after a comma, a description, unless listed on
    if (
        not item
        or _NOT_ONE_THING.match(item)
        or NOUNS["time"].match(item)
        or NOUNS["non_metric"].match(item)
        or any(NOUNS[c].match(item) for c in ("person", "victim", "arrest", "country", "subdivision", "user"))
        or _STOP.match(item.split()[0])
        or item[0].isupper()
        or item.split()[0].lower() in _demonyms()
    ):
        return None
    from .numbers import find_quantities

    clause = re.split(r"[;:]|(?<!\d)\.|\.(?!\d)", text[max(0, q.start - 240) : q.start])[-1]
    if not any(not p.weak for p in find_quantities(clause)):
        return None  # a list of counted things comes first
    if not _seized_object(text, q, end):
        return None
    return Reading("seizures", item=item, noun_end=end)


#: A heading that opens a list of what was seized: "Seizures including:", "Incautaciones:", "Se intervino:", after a
#: few opening words too: "Durante la operación, se han incautado:", "In the searches, officers seized:".
SEIZED_HEADING = re.compile(
    r"^\W*(?:[^.:;\d]{0,60}?[\s,]\s*)?"
    r"(?:(?:the\s+)?seizures?|seized|items seized|assets seized|incautaciones|decomisos|efectos intervenidos|"
    r"material intervenido|se incaut(?:ó|aron)|se interv(?:ino|inieron)|se han (?:incautado|intervenido|decomisado)|"
    r"(?:officers|police|agents)\s+(?:seized|recovered)|(?:los agentes\s+)?(?:incautaron|intervinieron))\b"
    # a semicolon for the colon, as typed: "se han incautado;"
    r"[^.:;]{0,30}[:;]\s*$",
    re.I,
)
#: A line of a bulleted list.
BULLET = re.compile(r"^\s*[•·*–-]\s*")


def bullet_seized(text: str, q: Quantity) -> Reading | None:
    """ "• 387 kg of glass eels" in a bulleted list under "Seizures including:": an amount or a count of things
    the heading says were seized (what they were worth is not)."""
    if not BULLET.match(text) or q.weak:
        return None
    cls = noun_after(text, q)[0]
    if not q.unit and cls != "other":
        return None
    if q.unit in _MONEY_UNITS and _is_value(text, q):
        return None
    item, end = item_after(text, q.end)
    if not item and q.unit not in _MONEY_UNITS:
        return None
    if item and (NOUNS["time"].match(item) or NOUNS["non_metric"].match(item)):
        return None
    return Reading("seizures", item=item or "cash", noun_end=end)


@lru_cache(maxsize=1)
def _demonyms() -> frozenset[str]:
    """ "siete colombianos": a nationality counts people, never a seized thing."""
    from .countries import DEMONYMS

    return frozenset(w.lower() for words in DEMONYMS.values() for w in words)


#: Words that open the parts of a counted whole: "Eleven firearms, comprising nine handguns and two revolvers".
_SUBSET_OPEN = re.compile(
    r"\b(?:(?P<strict>comprising|consisting of|among them|of which|entre ell[oa]s|de (?:los|las) cuales)|"
    r"including|incl\.|incluid[oa]s|incluyendo)\s+",
    re.I,
)
#: A number right before "of them", "de ellas": "36 embarcaciones, nueve de ellas narcolanchas", "15 of which were".
_OF_THEM = re.compile(r"^\s+(?:of them|of which|de ell[oa]s|de (?:los|las) cuales)\b", re.I)
#: A figure that restates or compares the one before: "enough to fill 440 shipping containers", "que equivalen a
#: 4.600 millones de pesos".
_RESTATED = re.compile(
    r"\b(?:enough to fill|enough to load|equivalent to|equivalente a|equivalentes a|equivalen a|equivale a|"
    r"equivalían a|equivalía a|equal to|lo que supone|the size of|the weight of)\s+(?:the\s+|los\s+|las\s+)?$"
    r"|\d[^()]{0,30}\(\s*(?:or|o|i\.e\.|that is|es decir|o sea)\s+$",  # "60 kg (or about 180 000 specimens)"
    re.I,
)
#: Where goods were taken from: "29 tons of medicine were seized from two trucks" counts the trucks searched, not
#: things seized (English only: Spanish "se incautaron de 1.757 kilos" is the seizing verb itself).
_SEIZED_FROM = re.compile(
    r"\b(?:seized|recovered|confiscated|taken|removed|impounded)\s+from\s+(?:the\s+|a\s+total\s+of\s+)?$", re.I
)
#: The Spanish personal "a": "se ha interceptado a 745 inmigrantes" counts people, never things seized.
_PERSONAL_A = re.compile(r"\b[^\W\d_]{3,}(?:ado|ada|ados|adas|ido|ida|idos|idas|ó|aron|ieron)\s+a\s+$", re.I)


#: A list item that is money: "₹1.5 crore", "USD 3 million", "€400,000".
_MONEY_ITEM = re.compile(r"^\s*(?:" + QUALIFIER_WORDS + r"\s+)?(?:[^\w\s]{1,2}|[A-Z]{1,3}\$?\s?)\d")
#: A figure summed over years: "en los últimos años", "in recent years", "over the past decade".
_YEARS_LONG = re.compile(
    r"^[^.;]{0,40}?\b(?:en los últimos (?:\w+\s+)?(?:años|lustros|decenios)|en (?:las|la) últimas? (?:\w+\s+)?décadas?|"
    r"in recent years|in the (?:last|past) (?:\w+\s+)?(?:years|decades?)|over the (?:last|past) (?:\w+\s+)?"
    r"(?:years|decades?)|since (?:its|it was) (?:creation|launch|inception))\b",
    re.I,
)
#: The seizure a case started from: "La pesquisa tuvo su origen en junio, con la incautación de", "The investigation
#: began after the seizure of".
_ORIGIN = re.compile(
    r"\b(?:tuvo su origen|tuvo origen|se originó|se inició|comenzó|arrancó|empezó|began|started|originated|"
    r"was (?:launched|opened|initiated))\b[^.;]{0,90}?\b(?:con|tras|después de|a raíz de|after|following|with)\s+"
    r"(?:la|el|the|a)\s+(?:incautación|aprehensión|decomiso|intervención|hallazgo|seizure|interception|discovery)\s+"
    r"(?:de|of)\s+$"
    # "the last stage started when the Guardia Civil found 1,540 pounds", "comenzó cuando los agentes hallaron 30 kilos"
    r"|\b(?:began|started|originated|comenzó|empezó|se inició|arrancó)\s+(?:when|after|cuando|después de que)\b"
    r"[^.;]{0,60}?\b(?:found|seized|discovered|intercepted|hallaron|halló|encontraron|encontró|incautaron|incautó|"
    r"interceptaron|interceptó|decomisaron|decomisó)\s+(?:" + QUALIFIER_WORDS + r"\s+)?$",
    re.I,
)


def _subset_of_counted(text: str, q: Quantity) -> bool:
    """The figure is a part of a whole counted just before it in its clause: "Eleven firearms, comprising
    nine handguns and two revolvers", "A total of ₹3 crore, including ₹1.5 crore and 1.5 kg of gold". A part of
    a whole given without a number ("un arsenal de armas, entre ellas seis metralletas") is a figure."""
    if _OF_THEM.match(text[q.num_end :]):
        return True
    before = text[max(0, q.start - 200) : q.start]
    before = re.split(r"[;:]|(?<!\d)\.|\.(?!\d)", before)[-1]
    opened = list(_SUBSET_OPEN.finditer(before))
    if not opened:
        return False
    m = opened[-1]
    first, *rest = _LIST_SPLIT.split(before[m.end() :])
    if any(part.strip() and not _LIST_ITEM.match(part) and not _MONEY_ITEM.match(part) for part in (first, *rest[:-1])) or (
        rest and rest[-1].strip()
    ):
        return False  # the figure is not an item of the list the word opens
    from .numbers import find_quantities

    counted = [p for p in find_quantities(before[: m.start()]) if not p.weak or p.unit]
    if not counted:
        return False
    whole = counted[-1]
    gap = before[whole.end : m.start()]
    if len(gap) > 60 or re.search(r"\b(?:and|y|e)\b|\d", gap):
        return False  # "14 arrests and seizures including 47,660 liters": the count before is of something else
    # "including" opens the parts of a whole of its own kind ("₹3 crore, including ₹1.5 crore and 1.5 kg of gold":
    # the list's first item says which); after "a tonne of drugs", "including 626 kg of cocaine" says which drugs,
    # as a figure of its own
    listed = find_quantities(before[m.end() :])
    return bool(m.group("strict")) or whole.unit == (listed[0].unit if listed else q.unit)


#: "Twelve of those arrested", "doce de los detenidos": a part of the people arrested.
_PART_OF_ARRESTED = re.compile(
    r"^\s+(?:of|de)\s+(?:the|those|these|los|las|esos|esas|estos|estas)\s+(?:(?:people|persons|personas)\s+)?"
    r"(?:arrests|arrested|detained|detenid[oa]s|arrestad[oa]s|capturad[oa]s|detenciones|arrestos|capturas)\b",
    re.I,
)


def read(
    text: str, q: Quantity, previous: Reading | None = None, stated: frozenset[float] | None = None
) -> Reading | None:
    """The metric a quantity gives, or None when the article does not say what it counts. `stated`:
    the people counts the article gave before (a group named again is read only if it is new)."""
    reading = _read(text, q, previous, stated)
    if reading is None or reading.metric not in ("seizures", "assets_frozen"):
        return reading
    if _RESTATED.search(text[max(0, q.start - 40) : q.start]):
        return None  # "enough to fill 440 shipping containers": a comparison, not a second seizure
    if _SEIZED_FROM.search(text[max(0, q.start - 40) : q.start]):
        return None  # "seized from two trucks": where the goods were, not what was taken
    if _subset_of_counted(text, q):
        return None  # "Eleven firearms, comprising nine handguns": the parts of a seizure counted already
    if not q.unit and _PERSONAL_A.search(text[max(0, q.start - 30) : q.start]):
        return None  # "se ha interceptado a 745 inmigrantes": people stopped, not things seized
    if _YEARS_LONG.match(text[reading.noun_end : reading.noun_end + 80]):
        return None  # "ha permitido recuperar más de 20.000 ejemplares en los últimos años": many years', not this one's
    if _ORIGIN.search(text[max(0, q.start - 160) : q.start]):
        return None  # "La pesquisa tuvo su origen … con la incautación de 23 kilos": the case's start, not its result
    return reading


_ARRESTED_OR_IDENTIFIED = re.compile(
    r"\s+(?:were|have been|had been|fueron|han sido|habían sido)\s+(?:arrested|detained|detenid[oa]s|arrestad[oa]s)"
    r"\s+(?:or|o|and/or|y/o)\s+(?:identified|identificad[oa]s)\b",
    re.I,
)


#: An ordinal right after "un"/"a": "un tercer detenido", "a third man".
_ORDINAL_AFTER = re.compile(r"\s+(?:" + "|".join(ORDINALS) + r")\b", re.I)
#: A nationality alone after the number, then the list goes on or ends: "18 Colombians, 22 Venezuelans and two
#: Peruvians", "22 venezolanos y dos peruanos".
_NATIONALITY_ALONE = re.compile(r"\s+(?P<word>[^\W\d_]+)(?:\s*(?:[,;.)]|$)|\s+(?:and|y|e|or|o)\s+(?P<next>\S+))")


#: The next item of a list opens with its number: "… and two Peruvians", "y 3 peruanos".
_LIST_NUMBER = re.compile(
    r"^(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|un[oa]?|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|"
    r"diez)",
    re.I,
)


def _nationals(text: str, q: Quantity) -> bool:
    """The figure counts people by nationality, a breakdown of a count given already, not a new figure (unless
    its own verb stands right before it)."""
    m = _NATIONALITY_ALONE.match(text, q.end)
    if m is None:
        return False
    word = m.group("word").lower()
    if not (word in _demonyms() or (word.endswith("s") and word[:-1] in _demonyms())):
        return False
    if m.group("next") and not _LIST_NUMBER.match(m.group("next")):
        return False  # "16 Ecuadorian and Venezuelan citizens": the nationalities describe the noun counted
    return verb_before(text, q, ("arrest", "identify", "rescue")) is None  # "arrested 16 Colombians" counts them


#: "…, of which nearly", "de los cuales": a part of things counted before opens.
_OF_WHICH = re.compile(r"\b(?:of which|of these|de (?:los|las) cuales|de ell[oa]s)\s+(?:" + QUALIFIER_WORDS + r"\s+)?$", re.I)
#: The part's own verb, a seizing one after its auxiliary: " were seized", " fueron incautados".
_WERE = re.compile(r"^\s+(?:were|have been|had been|fueron|han sido|habían sido)\s+(?:also\s+|también\s+)?", re.I)


def _part_seized(text: str, q: Quantity) -> Reading | None:
    """ "some 149,623 packages were inspected, of which nearly 50,068 were seized", "se revisaron 900 contenedores,
    de los cuales 14 fueron incautados": the part seized of things counted before, named by their noun."""
    if not _OF_WHICH.search(text[max(0, q.start - 30) : q.start]):
        return None
    aux = _WERE.match(text[q.end :])
    if aux is None or not VERBS["seize"].match(text, q.end + aux.end()):
        return None
    from .numbers import find_quantities

    wholes = [p for p in find_quantities(text[: q.start]) if not p.weak and not p.unit]
    item = item_after(text, wholes[-1].end)[0] if wholes else None
    return Reading("seizures", item=item, noun_end=q.end) if item else None


def _frozen_last(text: str, q: Quantity) -> bool:
    """The last verb before the money freezes, after any that seizes: "se han llegado a intervenir 400.000 euros y
    se han bloqueado varios inmuebles, valorados en 13 millones" (the 13 million are frozen)."""
    before = text[max(0, q.start - 200) : q.start]
    frozen = [m.end() for m in VERBS["freeze"].finditer(before)]
    seized = [m.end() for m in VERBS["seize"].finditer(before)]
    return bool(frozen) and (not seized or frozen[-1] > seized[-1])


#: A count of warrants named by what they allow: "19 arrest warrants", "17 search and seizure warrants", "three
#: European Arrest Warrants" (no arrest or seizure is made by serving one).
_WARRANTS_AFTER = re.compile(
    r"^\s+(?:(?:international|european|eu|arrest|search|seizure|extradition|detention|and)\s+){1,4}warrants?\b", re.I
)


#: An arrest or a seizure aimed at, not made: "la intención era capturar a por lo menos 501", "planned to arrest 40".
_INTENDED = re.compile(
    r"\b(?:la intención era|el objetivo era|el objetivo es|pretendía|pretendían|buscaba|buscaban|intended to|"
    r"aimed to|aiming to|planned to|planning to|sought to|hoped to)\s+(?:[^\W\d_]+\s+)?"
    r"(?:capturar|detener|arrestar|incautar|decomisar|arrest|capture|detain|seize)\b[^.;\d]{0,25}$",
    re.I,
)


#: The arrest of an arrest warrant: "serve 19 arrest warrants" arrests no one yet.
_ARREST_WARRANT = re.compile(r"\barrest(?=\s+warrants?\b)", re.I)


def _read(
    text: str, q: Quantity, previous: Reading | None = None, stated: frozenset[float] | None = None
) -> Reading | None:
    if _WARRANTS_AFTER.match(text[q.end :]):
        return None  # "serve 19 arrest warrants": warrants, which the schema does not count
    if _INTENDED.search(text[max(0, q.start - 70) : q.start]):
        return None  # "aunque la intención era capturar a por lo menos 501": the aim, not the arrests made
    if not q.unit and _nationals(text, q):
        return None  # "the arrest of 43 people: 18 Colombians, 22 Venezuelans and two Peruvians"
    if q.weak and _ORDINAL_AFTER.match(text, q.end):
        return None  # "un tercer detenido", "a third suspect": one more of a group, not a count of its own
    cls, n_start, n_end = noun_after(text, q)
    if cls == "person" and _ARRESTED_OR_IDENTIFIED.match(text[n_end:]):
        # "645 suspects were arrested or identified": the wider count, of which the arrests are a part
        return Reading("suspects_identified", status="identified", noun_end=n_end)
    part_of = _PART_OF_ARRESTED.match(text[q.num_end :])
    if part_of and q.value != 1 and not q.unit:
        return Reading("arrests", status="arrested", noun_end=q.num_end + part_of.end())  # "Twelve of those arrested"
    if n_start == n_end and not q.unit and (part := _part_seized(text, q)) is not None:
        return part  # "of which nearly 50,068 were seized"
    if cls in (None, "other") and not q.unit:
        before = _reading_before(text, q)
        if before is not None:
            return before
    if not q.unit and not q.weak and cls in ("other", None) and _ARREST_OF.search(text[max(0, q.start - 30) : q.start]):
        return Reading("arrests", status="arrested", noun_end=n_end)  # "led to the arrest of 17 vendors and admins"
    if (
        not q.unit
        and not q.weak
        and (cls in ("person", None) or NO_NOUN.match(text[q.end :][:12]))
        and _INVESTIGATION_OF.search(text[max(0, q.start - 40) : q.start])
    ):
        # "la detención de 28 personas y la investigación de otras 30": the others are under investigation
        return Reading("suspects_identified", status="identified", noun_end=n_end)
    if n_start == n_end and not q.weak and own_predicate(text, q.end, ("arrest",)) == "arrest":
        return Reading("arrests", status="arrested", noun_end=q.end)  # "166 were arrested in all"
    rest = re.match(r"\s+(?:restantes|remaining)\b", text[q.end :], re.I)  # "a los tres restantes"
    if (
        (n_start == n_end or rest)
        and not q.weak
        and not q.unit
        and NO_NOUN.match(text[q.end + (rest.end() if rest else 0) :][:12])
        and verb_before(text, q, ("arrest",)) == "arrest"
    ):
        # "ha arrestado 35 en diferentes partes…", "arrested the remaining five"
        return Reading("arrests", status="arrested", noun_end=q.end + (rest.end() if rest else 0))
    if cls is None and not q.weak and previous is not None and previous.metric in ("arrests", "suspects_identified"):
        # "arrestó a 13 personas e investigó a otras cinco": the noun is left out, the verb says what it counts
        verb = verb_before(text, q, ("arrest", "identify"))
        if verb == "identify" and _INVESTIGATED.search(text[max(0, q.start - 30) : q.start]):
            return Reading("suspects_identified", status="identified", noun_end=q.end)
        if verb == "arrest":
            return Reading("arrests", status="arrested", noun_end=q.end)
    if cls in ("time", "non_metric"):
        return None
    if _SEIZED_FROM.search(text[max(0, q.start - 30) : q.start]):
        return None  # "29 tons … were seized from two trucks": where the goods were found, not what was seized
    if not q.unit and _EQUIVALENT.search(text[max(0, q.start - 30) : q.start]):
        return None  # "la carga equivalente de 2.000 camiones": a measure by comparison, nothing counted
    if ONE_OF.match(text[q.num_end :]) and q.value == 1:
        return None  # "one of the 17 people arrested" is not a figure of one
    if BACK_REFERENCE.search(text[max(0, q.start - 24) : q.start]) and (stated is None or q.value in stated):
        return None  # "uno de los ocho arrestados", "besides the 13 arrested": the group named again
    if q.weak and cls in (None, "other") and not q.unit:
        return _single_seized(text, q)  # "una tonelada de cocaína" is one tonne; "una operación" counts nothing
    if q.unit in _MONEY_UNITS and _is_value(text, q):
        return None  # "street value of $1.3 billion", "habría alcanzado 1.300 millones": what it is worth
    if q.unit in _MONEY_UNITS or (q.unit and not q.whole):
        verb = _nearest(text, q.start, ("seize", "freeze"))
        if verb is None and _INTERCEPTED.search(text[max(0, q.start - 60) : q.start]):
            verb = "seize"  # "Police intercepted some USD 135 million": money stopped is money seized (people are not)
        if verb is None and q.unit in _MONEY_UNITS and _CASH_DETAINED.match(text[q.end : q.end + 60]):
            verb = "seize"  # "Approximately £30,000 cash was also detained": cash detained (British usage) is seized
        if verb is None and q.unit in _MONEY_UNITS:
            return None
        if verb is not None:  # else "5.125 Kg Heroin; … were recovered": an amount read below
            item, end = item_after(text, q.end)
            # the money's own words decide before the nearest verb: "over EUR 4 million in cash, … and close to
            # EUR 10 million in frozen bank accounts", after "seizures totalling at:"
            if VERBS["freeze"].search(text[q.end : end + 12]) or (item and _IN_ACCOUNTS.match(item)):
                verb = "freeze"  # "160.000 euros en cuentas bancarias": money held in accounts is blocked, not taken
            elif verb == "freeze" and not _frozen_last(text, q) and _seized_object(text, q, end):
                verb = "seize"
            if item and _HARM.search(item):
                return None  # "has prevented $13 million of social harm", "2 millones de euros en daños": no money held
            if verb == "freeze" and not (item and _IN_ACCOUNTS.match(item)) and _INTERCEPTED.search(
                text[max(0, q.start - 30) : q.start]
            ):
                verb = "seize"  # "intercepted an estimated HKD150 million in fraudulent funds and froze …": stopped
            if verb == "freeze":
                return Reading("assets_frozen", item=item or ("money" if q.unit in _MONEY_UNITS else None), noun_end=end)
            return Reading("seizures", item=item or ("cash" if q.unit in _MONEY_UNITS else None), noun_end=end)
    if q.unit:  # tonnes, kg of something
        item, end = item_after(text, q.end)
        if _FOUND_AFTER.match(text[end : end + 40]):
            return Reading("seizures", item=item, noun_end=end) if item else None  # "15,451 tons … were found"
        if _other_action_before(text, q):
            return None  # "se logró la erradicación de hasta 1,689 toneladas": destroyed, not seized
        found_before = (
            _FOUND_BEFORE.search(text[max(0, q.start - 60) : q.start])
            or _found_list(text, q)
            or (item and _AMOUNT_RESTATED.match(text[: q.start]))  # "Son 2 mil 470 kilos de cocaína …"
            # an amount of goods stopped is seized: "Canada intercepted 18 tons of eel meat", "5 tonnes of cocaine
            # were intercepted" (a vehicle or a person intercepted is not counted by its mass)
            or _INTERCEPTED_RIGHT_BEFORE.search(text[max(0, q.start - 30) : q.start])
            or _SEIZED_PARTICIPLE.match(text[end:])
        )
        if _nearest(text, q.start, ("seize",)) is None and not _seized_object(text, q, q.end) and not found_before:
            return None
        if not item:
            # "seized drugs with a total weight of 12 kg": the thing is the verb's object, before the amount
            obj = _OBJECT_BEFORE.search(text[max(0, q.start - 80) : q.start])
            item = obj.group("item") if obj else None
        if not item and _amount_seized(text, q, end):
            return Reading("seizures", noun_end=end)  # "with more than 45 tonnes seized", "se interceptaron 814 kilos"
        return Reading("seizures", item=item, noun_end=end) if item else None
    if cls == "arrest":
        verb = _nearest(text, q.start, ("charge", "convict"), window=60)
        if verb == "convict":
            return Reading("convictions", status="convicted", noun_end=n_end)
        return Reading("arrests", status="arrested", noun_end=n_end)
    if cls == "person":
        if _THERE_ARE.search(text[max(0, q.start - 24) : q.start]) and _SUSPECT_WORD.match(text[n_start:n_end]):
            return Reading("suspects_identified", status="identified", noun_end=n_end)  # "There are 269 suspects"
        classes = ("arrest", "charge", "convict", "identify", "rescue")
        own = own_predicate(text, n_end, (*classes, "refer"))
        if own == "refer":
            own = None  # "information on 68 suspects was shared": read below, as suspects reported to partners
        elif own == "unknown":
            return None  # "27 people ... were intercepted": not a count the schema holds
        elif own == "charge" and verb_before(text, q, ("arrest",)) == "arrest":
            own = "arrest"  # "detuvo a 18 personas, una de ellas portuguesa, acusadas de narcotráfico": arrested
        if own is None and _OF_THE_GROUP.search(text[max(0, q.start - 30) : q.start]):
            return None  # "Of the 25 defendants, 21 are now in custody": the group the next count is a part of
        if own is None:
            own = verb_before(text, q, classes)
            if own == "unknown":
                return None  # "se han inspeccionado a 215.000 personas": the figure's verb is not an arrest
        if own is None and text[n_start:n_end].lower() in _demonyms():
            return None  # "10 detenidos (siete colombianos)": nationalities of people counted already
        verb = own or _nearest(text, q.start, classes)
        if (own == "charge" and not VERBS["arrest"].search(text[n_end : n_end + 50])) or (
            verb == "charge" and _nearest(text, q.start, ("arrest",), window=40) is None
        ):
            # charged is not arrested, and the schema counts no charges: kept only where the article
            # arrests the same number of people ("16 people charged" and "arrested 16 people")
            return Reading("arrests", status="charged", noun_end=n_end)
        if verb in ("arrest", "charge"):
            return Reading("arrests", status="arrested", noun_end=n_end)
        if verb == "convict":
            return Reading("convictions", status="convicted", noun_end=n_end)
        if verb == "rescue":
            return Reading("victims_identified", noun_end=n_end)  # "se ha liberado a nueve mujeres"
        if verb == "identify":
            word = text[n_start:n_end].lower()
            if word.startswith(("suspect", "sospech", "offender", "perpetr", "presunt", "pedóf", "paedo", "pedo", "internaut")):
                return Reading("suspects_identified", status="identified", noun_end=n_end)
            if _INVESTIGATED.search(text[max(0, q.start - 40) : n_end + 40]):
                return Reading("suspects_identified", status="identified", noun_end=n_end)  # "cinco personas investigadas"
            return None
        if verb is None and _nearest(text, q.start, ("refer",)) is not None:
            word = text[n_start:n_end].lower()
            if word.startswith(("suspect", "sospech")):
                return Reading("suspects_identified", status="identified", noun_end=n_end)  # reported to partners
        return None
    if cls == "victim":
        if _STILL_TO.search(text[max(0, q.start - 40) : q.start]):
            return None  # "Police are also trying to identify 100 more children": not identified yet
        if _TAKEN_FROM.search(text[max(0, q.start - 70) : q.start]):
            return None  # "extorted £27 million from 149 UK victims": people the crime harmed, not found
        own = own_predicate(text, n_end, ("identify", "rescue", "arrest"))
        if own in ("unknown", "arrest"):
            return None
        if q.weak and not _one_victim_found(text, q, own):
            return None  # "tras la denuncia de una víctima", "rescued 26 women, including a minor"
        verb = own or _nearest(text, q.start, ("identify", "rescue"))
        word = text[n_start:n_end].lower()
        if verb or word.startswith(("victim", "víctim")):
            return Reading("victims_identified", noun_end=n_end)
        return None
    if cls == "country" and q.weak:
        return None  # "en un país ajeno": a country, not a count of one
    if cls == "country" and _OF_THE_WORLD.search(text[q.end : n_start]):
        return None  # "fewer than 20 of the world's smallest countries": a comparison, not the operation's countries
    if cls == "country" and _MEMBER_STATES_AND_MORE.match(text[n_start:]):
        return None  # "authorities from 15 EU member states, Iceland and Switzerland": a part of the countries
    if cls == "country" and _THE_OTHERS_OPEN.search(text[: q.start]):
        return None  # "Other 18 countries were Senegal…": the others of a count told before, listed
    if cls == "country":
        if _nearest(text, q.start, ("refer",), window=70) and not _nearest(text, q.start, ("arrest",), window=30):
            return Reading("countries_with_referrals", noun_end=n_end)  # "information shared with 28 nations"
        text_before = text[max(0, q.start - 60) : q.start]
        if _others_beside_a_national_force(text, q):
            return None  # "La Policía Nacional y las fuerzas de seguridad de siete países": the total is one more
        if (
            FORCES_OF.search(text_before[-45:])
            or _TOOK_PART_IN.search(text_before)
            or _AT_ONCE_IN.search(text_before)
            or _SITES_IN.search(text_before)
            or _PARTICIPANTS_AFTER.match(text[n_end : n_end + 20])
            or (_OPERATION_IN.search(text_before) and not (previous and previous.metric == "arrests"))
        ):
            return Reading("countries_participating", noun_end=n_end)  # "las fuerzas de seguridad de 34 países"
        if _NATIONALITIES.search(text[max(0, q.start - 50) : q.start]):
            return None  # "those arrested were from 34 countries": their nationalities, not where it happened
        base = previous.metric if previous and previous.metric in ("arrests", "suspects_identified") else None
        if base == "arrests" and _nearest(text, q.start, ("participate", "arrest"), window=60) != "participate":
            return Reading("countries_with_arrests", noun_end=n_end)
        if base == "suspects_identified":
            return Reading("countries_with_suspects", noun_end=n_end)
        near = _nearest(text, q.start, ("participate", "arrest"), window=60)
        if near == "participate":
            return Reading("countries_participating", noun_end=n_end)
        verb = _nearest(text, q.start, ("arrest", "refer", "participate", "identify", "suspect"))
        if verb == "arrest" and previous is None and not _said_before(text, q, ("arrest", "identify", "suspect")):
            # "desmanteló redes en nueve países, con 225 personas arrestadas": the countries come first, then
            # what was done in them; the arrests are not said to be in every one
            return Reading("countries_participating", noun_end=n_end)
        return Reading(
            {
                "arrest": "countries_with_arrests",
                "refer": "countries_with_referrals",
                "identify": "countries_with_suspects",
                "suspect": "countries_with_suspects",
            }.get(verb or "", "countries_participating"),
            noun_end=n_end,
        )
    if cls == "subdivision":
        plain = _ARREST_WARRANT.sub(lambda m: "_" * len(m.group(0)), text)  # "19 arrest warrants … in three states"
        if _nearest(plain, q.start, ("arrest", "charge"), window=200) or (previous and previous.metric == "arrests"):
            return Reading("subdivisions_with_arrests", noun_end=n_end)
        return None
    if cls == "user":
        if VERBS["freeze"].search(text[max(0, q.start - 40) : q.start]):
            item, end = item_after(text, q.end)
            return Reading("assets_frozen", item=(item or text[n_start:n_end]), noun_end=max(end, n_end))
        if _nearest(text, q.start, ("seize",), window=40) == "seize" and _seized_object(text, q, n_end):
            item, end = item_after(text, q.end)
            return Reading("seizures", item=item, noun_end=max(end, n_end))  # "the seizure of 200 crypto accounts"
        if _nearest(text, q.start, ("freeze",), window=40):
            item, end = item_after(text, q.end)
            return Reading("assets_frozen", item=(item or text[n_start:n_end]), noun_end=max(end, n_end))  # "freezing 6,745 bank accounts"
        if _nearest(text, q.start, ("identify",), window=60):
            return Reading("suspects_identified", status="identified", noun_end=n_end)
        if _BANK_ACCOUNTS.search(text[q.end : n_end + 12]):
            return None  # "30 bank accounts were put under surveillance": where money is held, not a platform's users
        return Reading("platform_users", noun_end=n_end)
    if cls == "other" and (
        _nearest(text, q.start, ("seize",), window=500) is not None or listed_then_seized(text, item_after(text, q.end)[1])
    ):
        item, end = item_after(text, q.end)
        if (
            item
            and not NOUNS["time"].match(item)
            and not NOUNS["non_metric"].match(item)
            and not _STOP.match(item.split()[0])
            # "1,000 SIM cards", not "1,000 Europol"; "87 Tablets, 122 Injections …, were recovered" is a list
            and (not item[0].isupper() or _ACRONYM.match(item) or listed_then_seized(text, end))
            and item.split()[0].lower() not in _demonyms()
            and not _other_action_before(text, q)  # "se han destruido 302 infraestructuras y se han incautado …"
            and _seized_object(text, q, end)
        ):
            return Reading("seizures", item=item, noun_end=end)
    return None
