"""The words that say what a figure counts, by class and language, and where they stand around it.

The tables: nouns after a number (`NOUNS`), verbs by class (`VERBS`), words of investigation and
finding, things that are no one thing, sites, nationalities. The readers that find them next to a
figure: its noun (`noun_after`), the nearest verb, the verb right before it, its own predicate, the
item after it. Which metric that makes is `metrics`'s; whether an amount was seized is `seizing`'s.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .numbers import Quantity


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
        r"cartel|cartels|cártel|cárteles|clan|clanes|seizures|incautaciones|decomisos|alijos|hauls|cargamentos|"
        r"shipments|consignments|continents|continentes|"
        r"places|lugares|premises|addresses|domicilios|inmuebles|locations|sites|total|totales|allanamientos|"
        r"allanamiento|redadas|cateos|operativos|plantaciones|plantations|laboratorios|laboratories|labs|"
        r"narcolaboratorios|factories|fábricas|workshops|talleres|centros|centres|centers|prisons|cárceles|"
        r"websites|sitios web|páginas web|domains|dominios|marketplaces|markets|mercados|"
        # orders a court gave ("34 órdenes de búsqueda e incautación"), kinds of things ("120 tipos de sustancias")
        r"órdenes|tipos|types|kinds|clases"
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
        # Mexican "asegurar": "se aseguraron 500 kilos de cocaína", "fueron asegurados", "los agentes aseguraron 1,870
        # kilos" (right before an amount; not "aseguró que", said)
        r"se aseguraron|se aseguró(?!\s+(?:que|de)\b)|asegurad[oa]s|aseguramiento de|aseguraron(?=\s+\d)"
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

#: Put under investigation: Spanish "investigados" are suspects formally identified, not detained.
INVESTIGATED = _rx(
    r"investigated|investigating|under investigation|bajo investigación|look into|looking into|looks into|"
    r"investigad[oa]s|investigó|investigaron|investigan|investiga|investigar|imputad[oa]s|imputó|"
    r"imputaron"
)

#: Verbs of finding: goods the police found are goods seized (`seizing.found_list`).
FOUND_VERB = _rx(r"found|discovered|uncovered|hallaron|halló|encontraron|encontró|descubrieron|descubrió|localizaron")

#: Words that say people are wanted somewhere (a regex fragment of alternatives), declared once: "wanted",
#: "sought", "buscados", "reclamada" (read by `figure_place.WANTED` and `roles`' place before a country).
WANTED_WORDS = r"wanted|sought|buscad[oa]s?|requerid[oa]s?|reclamad[oa]s?|solicitad[oa]s?"
#: Nouns after "a", "un" that measure or gather, never one thing seized ("una cantidad de oro", "a host of").
NOT_ONE_THING = _rx(
    r"cantidad|amount|number|número|host|lot|series|serie|variety|variedad|range|gama|gran|large|quantity|total|"
    r"arsenal|sum|suma|multitude|multitud|set|conjunto|parte|part|kind|tipo|list|lista|wide|huge|significant|"
    r"importante|considerable|par|pair|couple|great|whole|long|largo|number of|sinfín|montón|batch|lote|"
    r"little|small|pequeña|pequeño|further|additional|other|otro|otra|"
    # a load is measured by what it carries: "un cargamento de 420 kilos", "a shipment of cocaine"
    r"cargamento|alijo|carga|envío|shipment|consignment|haul|load"
)

#: Status a person metric takes from its verb class.
STATUS = {"arrest": "arrested", "charge": "charged", "convict": "convicted", "identify": "identified"}

#: Sites where an operation's officers work at borders and in transport (read by metrics and roles).
SITE_NOUNS = (
    r"airports?|aeropuertos?|seaports?|ports|puertos|hotspots?|(?:land\s+)?borders|fronteras|"
    r"(?:border\s+)?(?:control\s+)?points|(?:border\s+)?crossings|puntos\s+(?:fronterizos|de control)|"
    r"pasos\s+fronterizos"
)

#: The others of a count told before, opening a sentence that lists them: "Other 18 countries were…", "Los otros
#: nueve países fueron…" (before the count in `metrics`; before the list in `roles`).
THE_OTHERS_OPENING = r"^\W*(?:the\s+|los\s+|las\s+)?(?:other|otros|otras)\s+"


@lru_cache(maxsize=1)
def demonyms() -> frozenset[str]:
    """ "siete colombianos": a nationality counts people, never a seized thing."""
    from .countries import DEMONYMS

    return frozenset(w.lower() for words in DEMONYMS.values() for w in words)


#: A function word: it ends the search for a figure's noun ("in", "were", "de").
STOP = re.compile(
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
_VERB_AFTER_NATIONALITY = re.compile(r"^(?!(?:and|y|e|or|o)$)(?:" + STOP.pattern.strip("^$") + r")$", re.I)


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
            if w.lower() in demonyms() and i + 1 < len(words) and not _VERB_AFTER_NATIONALITY.match(words[i + 1]):
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
        if STOP.match(w.group(0)):
            break
        for cls, rx in NOUNS.items():
            hit = rx.match(text, word_start)
            if hit and hit.start() == word_start:
                head = re.match(r"\s+", text[hit.end() :])
                person = NOUNS["person"].match(text, hit.end() + head.end()) if head and cls != "person" else None
                if person is not None:
                    return "person", person.start(), person.end()  # "236 crime network members": the head noun
                return cls, word_start, hit.end()
        if w.group(0).lower() in demonyms() and w.group(0).lower().endswith("s"):
            return "person", word_start, offset + w.end()  # "siete ecuatorianos", "two Britons": people
        if w.group(0)[:1].isupper() and w.group(0).endswith("s") and w.group(0)[:-1].lower() in demonyms():
            return "person", word_start, offset + w.end()  # "five Australians", "three Colombians": people
    if first is None:
        return None, q.end, q.end
    return "other", first[0], first[1]


def nearest_verb(text: str, pos: int, classes: tuple[str, ...], window: int = 160) -> str | None:
    best: tuple[int, str] | None = None
    for cls in classes:
        for m in VERBS[cls].finditer(text):
            d = m.start() - pos if m.start() >= pos else pos - m.end()
            if d <= window and (best is None or d < best[0]):
                best = (d, cls)
    return best[1] if best else None


def said_before(text: str, q: Quantity, classes: tuple[str, ...], window: int = 160) -> bool:
    """A verb of one of the classes stands before the figure, within the window."""
    before = text[max(0, q.start - window) : q.start]
    return any(VERBS[c].search(before) for c in classes)


_ITEM_STOP = re.compile(
    r"\s*(?:,|;|\.|\band\b|\by\b|\bin\b|\ben\b|\bfrom\b|\bwere\b|\bwas\b|\bhad\b|\bhave\b|\bfueron\b|"
    r"\bfue\b|\bhan\b|\bse\b|\bson\b|"
    r"\bthat\b|\bque\b|\bwith\b|\bcon\b|\bduring\b|\bdurante\b|\bat\b|\bto\b|\bpor\b|\bpara\b|\bfor\b|\(|$|"
    r"\b(?:spanning|across|including|incluidos|incluyendo|worth|valued|valorad[oa]s|seized|incautad[oa]s|"
    r"hidden|concealed|stashed|packed|ocult[oa]s|escondid[oa]s|"  # "methamphetamine hidden in tea boxes"
    r"intervenid[oa]s|confiscad[oa]s|recovered)\b)",
    re.I,
)
_ITEM_WORD = re.compile(r"[\w’'-]+", re.U)
#: A quote mark that opens an item: "“precursores químicos”", "‘narcolanchas’", "\"chemical precursors\"".
_QUOTE_OPENS = re.compile(r"\s*[“\"‘«]\s*")


def _country_at(text: str, pos: int) -> bool:
    """A country's name starts at `pos` ("España", "the Netherlands")."""
    from .countries import patterns

    return patterns(False)[0].match(text, pos + (4 if text.startswith("the ", pos) else 0)) is not None


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
    if m and m.group(0).strip().lower() in ("in", "en") and _country_at(s, pos):
        return None, start  # "cerca de 500.000 euros en España": where the money was seized, not what it was
    quoted = _QUOTE_OPENS.match(s, pos)  # "ocho toneladas de “precursores químicos”": the item in quotes
    pos = quoted.end() if quoted else pos
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
    item = " ".join(words).strip().rstrip("’'")
    if quoted and item:
        closing = re.match(r"\s*[”\"’'»]", s[pos:])
        end += closing.end() if closing else 0
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
    return "unknown" if _FINITE.match(verb) and not STOP.match(verb) else None
