"""The operation's name and its crime type, read from the whole article.

A name is what a trigger word introduces ("Operation Víbora", "codenamed Walwa", "operación “Aliados por la
Infancia”"), counted over the article (a headline's name counts only if the body gives it too), with the
edition an ordinal gives ("the third edition of …" -> "… III"). The crime type is the category whose words
weigh most: the headline and first paragraph count more, the crime an action is said to target more still,
and a unit's, a law's or an agency's name not at all.
"""

from __future__ import annotations

import re
from collections import Counter

from . import countries, sentences
from .facts import Facts, Quoted

#: The crimes with no category of their own in the schema, each its own crime: a text that names several
#: of them beside organised crime is about a mix of crimes, as one naming drugs, arms and fraud is.
OTHER_CRIMES: dict[str, str] = {
    # smuggling of and trafficking in people, and the exploitation it serves (writers mix the words up)
    "people": (
        r"people smuggling|migrant smuggling|smuggling of migrants|human trafficking|trafficking in (?:human beings|"
        r"persons)|trafficking victims|victims of (?:human )?trafficking|(?<!se )\btrata\b|tratantes? de|"
        r"tráfico (?:de|ilícito de) (?:personas|migrantes|seres humanos)|traficantes de (?:personas|seres humanos|"
        r"migrantes|inmigrantes)|trafica(?:r|ban?) con (?:la )?(?:inmigra\w+|migrantes|personas)|"
        r"contrabando (?:de migrantes|humano)|smuggl\w* (?:\w+ ){0,2}(?:migrants|people)|people smugglers|"
        r"introduc\w+ (?:ilegalmente|irregularmente|de forma (?:ilegal|irregular)) (?:a )?(?:ciudadanos|personas|"
        r"inmigrantes|migrantes)|inmigración (?:ilegal|irregular)|illegal immigration|irregular migration|"
        r"explotación sexual de (?:mujeres|personas)|sexual exploitation of (?:women|adults)|prostitu\w+|"
        r"trabajo forzoso|forced labou?r|small boats?"
    ),
    # a hunt for people wanted for many different crimes
    "fugitives": r"fugitiv(?:e|es|os|as)\b|prófugos|huidos de la justicia",
    "terrorism": r"terroris[mt]|terrorist",
    "wildlife": r"wildlife|fauna silvestre|especies protegidas",
    "vehicles": r"(?:robo|hurto|tráfico) de (?:vehículos|autos|coches|automóviles)|vehículos robados|"
    r"stolen (?:vehicles|cars)|(?:vehicle|car) theft",
    # fake goods, food and medicines (not forged money or papers)
    "counterfeits": r"counterfeit(?:ed|ing)?\b(?! (?:currency|money|notes|banknotes|bills|coins|documents|passports))|"
    r"food fraud|fraude alimentario|fake (?:and [\w ]{3,30} )?(?:products|goods|medicines|food)|"
    r"(?:productos|medicamentos|alimentos|mercancías) falsificad[oa]s",
}

CRIME_WORDS: dict[str, re.Pattern[str]] = {
    "child_sexual_exploitation": re.compile(
        r"child (?:sexual|sex) abuse|child abuse material|child exploitation|child sexual exploitation|CSAM|"
        r"child pornography|pornografía infantil|abuso sexual infantil|explotación sexual infantil|"
        r"abusos sexuales a (?:niños|menores)|pedófil|paedophil|pedophil|material de abuso sexual",
        re.I,
    ),
    "drug_trafficking": re.compile(
        r"cocaine|cocaína|heroin|heroína|drug trafficking|narcotics|narcotráfico|"
        r"tráfico de drogas|hashish|hachís|cannabis|marihuana|methamphetamine|"
        r"cartel|drogas?\b|drugs|estupefacientes?",
        re.I,
    ),
    "cybercrime": re.compile(
        r"ransomware|malware|botnet|phishing|vishing|smishing|cybercrime|hackers?|"
        r"DDoS|infostealer|cyber[- ]?(?:fraud|attacks?|criminals?|enabled|crimes?)|online (?:fraud|scams?)|"
        # Spanish writers put an accent on "cíber" too: "cíberdelincuentes", "cíberataques"
        r"scam cent(?:re|er)s|c[ií]ber[- ]?(?:delincuen(?:cia|tes?)|delitos?|crimen|estafas?|ataques?|criminales)|"
        r"(?:fraudes?|estafas?) (?:en línea|online|informátic[oa]s?)|"
        # fraud by telephone and internet networks: "telecom fraud rings", "fraude de telecomunicaciones"
        r"telecom(?:munications?)? (?:fraud|scams?)|(?:fraudes?|estafas?) (?:de|por) telecomunicaciones",
        re.I,
    ),
    "organised_crime": re.compile(
        r"organi[sz]ed crime(?! groups?| networks?)|crimen organizado|"
        r"mafia|arms trafficking|tráfico de armas|firearms trafficking|"
        r"delincuencia organizada|money[- ]laundering|blanqueo|lavado de (?:dinero|activos)",
        re.I,
    ),
    # no category of its own in the schema: several unrelated crimes (`OTHER_CRIMES`)
    "other": re.compile("|".join(f"(?:{p})" for p in OTHER_CRIMES.values()), re.I),
}
#: Words for the kind of group ("criminal organisation", "redes criminales"), not for what it does: they
#: count for organised crime at half weight, so that the crime the group commits decides.
_GROUP_WORDS = re.compile(
    r"criminal organi[sz]ations?|organi[sz]ed crime (?:groups?|networks?)|organización criminal|"
    r"organizaciones criminales|criminal networks?|redes? criminal(?:es)?|grupos? criminal(?:es)?|"
    r"criminal groups?|bandas? criminal(?:es)?|criminal gangs?|crime syndicates?|criminal syndicates?",
    re.I,
)
#: An operation against guns ("a joint firearms operation", "traficantes de armas") is about organised crime
#: (no category of its own); these words weigh for it but do not name it (a list of crimes that includes
#: "weapons smuggling" is no mix around organised crime).
_ARMS_WORDS = re.compile(
    r"(?:firearms?|weapons|guns?|arms)[- ](?:operations?|smuggling|smugglers|traffickers)|traficantes de armas|"
    r"contrabando de armas",
    re.I,
)
#: "an operation against organised crime", "la lucha contra la trata": the crime an action is said to target.
_AGAINST = re.compile(
    r"(?:\bagainst|\bcontra|\btargeting|\bcrackdown on|\bclampdown on|\bwar on|\bcombatir)\s+"
    r"(?:(?:the|el|la|los|las|an?)\s+)?$",
    re.I,
)
#: A unit's (or a law's) name up to a crime word in it: a unit noun, then capitalised words and small words
#: only ("Equipo Contra el Crimen Organizado", "the Serious Organised Crime Unit", "the Convention against
#: Transnational Organized Crime").
_UNIT_BEFORE_CRIME = re.compile(
    r"\b(?:Equipo|Unidad|Grupo|Brigada|Secci[óo]n|Servicio|Centro|Fiscal[íi]a|Jefatura|Comisar[íi]a|Direcci[óo]n|"
    r"Departamento|Oficina|Unit|Squad|Team|Division|Directorate|Department|Bureau|Command|Task Force|Office|Centre|Center|"
    r"Agency|Serious|Convenci[óo]n|Convention|Ley|Law|Act|Protocolo|Protocol|Tratado|Treaty)\b(?:\s+(?:[A-ZÁÉÍÓÚÑ][\w’'-]*|contra|against|on|de|del|el|la|los|las|of|the|for|and|y))*\s+$"
)
#: An agency named after the crime it fights, the crime word first: "Drug Enforcement Administration",
#: "Narcotics Control Bureau".
_AGENCY_AFTER_CRIME = re.compile(
    r"\s+(?:Enforcement|Control)\s+(?:Administration|Agency|Bureau|Board|Authority|Unit|Division)\b"
)
#: People described by their speciality: "especialistas en la lucha contra el crimen organizado",
#: "officers specialised in fighting organised crime": who they are, not what the operation is about.
_SPECIALISTS_BEFORE = re.compile(
    r"\b(?:especialistas?|especializad[oa]s?|expert[oa]s?|specialists?|speciali[sz]ed|experts?|dedicad[oa]s?)"
    r"\s+(?:en|in|on)\s+(?:(?:la|el|the)\s+)?(?:(?:lucha|fight(?:ing)?|combat(?:ir|ing)?|combate|investigaci[óo]n|"
    r"investigating)\s+(?:contra|against|de|del|el|la|of)?\s*(?:(?:el|la|los|las|the)\s+)?)?$",
    re.I,
)
#: The headline and first paragraph say what the operation is about; words there count this many times.
_LEAD_WEIGHT = 3
_NAME_TRIGGER = (
    # (not a unit's name: "el Grupo Operativo Conjunto de Lucha contra el Narcotráfico")
    r"(?:\b[Oo]peration|\b[Oo]peración|\b[Oo]peração|\b[Oo]perazione|"
    r"(?<!Grupo )(?<!Equipo )(?<!Comando )\b[Oo]perativo|\bcodenamed|\bcode-named|"
    r"\bdubbed|\b[Bb]autizad[ao](?:\s+como)?|\b[Dd]enominad[ao]|\b[Ll]lamad[ao]|(?<!so-)\bcalled|(?<!so-)\bnamed|"
    # "under the codename Trigger IX"; a naval campaign's name ("Campaña Naval Orión", "la campaña Orión II")
    r"\b(?:the|a|its)\s+code[- ]?name(?=\s+[A-Z])|\b[Cc]ampaña(?:\s+[Nn]aval)?(?!\s+[Nn]aval\b)(?=\s+[A-ZÁÉÍÓÚÑ]))"
)
#: Capitalised words (and "de", "of") after the trigger; a year written right after them is part of
#: the name ("denominada Global Ciconia Alba 2016").
#: A name may also be written in camel case ("reWired", "eNemesis"); in Spanish an adjective may stand
#: between the word "operación" and the name ("la operación internacional Pureza"); a small number after
#: the name is its edition ("Pureza 2") unless a noun it counts follows ("Pureza 2 detenidos" is no name).
_NAME_WORD = r"(?:[A-ZÁÉÍÓÚÑ][\w'’-]*|[a-z]{1,6}[A-Z][\w'’-]*)"
_NAME_ADJECTIVE = (
    r"(?:\s+(?P<adj>internacional|policial|conjunta|conjunto|antidroga|global|mundial|transnacional|europea|regional|"
    r"nacional|bautizad[ao]|denominad[ao]|llamad[ao])(?=\s+[A-ZÁÉÍÓÚÑ]))?"
)
_NAME_BODY = (
    # ("the" between capitalised words: "Operation Tighten the Net"; a spaced dash between words in capitals:
    # "operación MARISCOS – ITSASKI")
    r"(?P<name>" + _NAME_WORD +
    r"(?:\s+(?:[A-ZÁÉÍÓÚÑ][\w'’-]*|de|del|of|the(?=\s+[A-Z]))|\s+[–—-]\s+(?=[A-ZÁÉÍÓÚÑ]{2,}\b)[A-ZÁÉÍÓÚÑ]+)*"
    r"(?:\s+(?:19|20)\d\d(?![\w,.]\d)|\s+[1-9]\d?(?:\.\d)?(?=[\s,.;:)\"”»]|$)"
    r"(?!\s+(?:[a-záéíóúñ]+s|people|gente|kg|kilos?|tons?|t)\b))?)"
)
_NAME_RE = re.compile(_NAME_TRIGGER + _NAME_ADJECTIVE + r"\s*(?:''|[\"“'‘«])?\s*" + _NAME_BODY)
#: "en operaciones como Turquesa IV", "operations such as Pangea XVI": a name given as an example of a kind
#: of operation; the operation's name only when the article gives no other.
_EXAMPLE_NAME_RE = re.compile(
    r"\b(?:[Oo]perations|[Oo]peraciones|[Oo]perativos)\s+(?:such as|like|including|como|incluida)\s+[\"“'‘«]?"
    + _NAME_BODY
)
#: Words that give a name only when it is quoted: "a campaign titled "Safe River"", "con el nombre en clave
#: “Trigger V”" (unquoted, "titled" or "clave" may be followed by any capitalised words).
_QUOTED_ONLY_TRIGGER = (
    r"|\b(?:en)?titled|\b[Cc]ode[- ]?name|\b[Cc]odename|\bnombre(?:\s+en)?\s+clave|\bnombre\s+código"
)
#: A name in quotation marks is the whole quoted phrase, small words included ("Aliados por la
#: Infancia", "Luz en la Infancia"); up to two words may stand between the trigger and the quote
#: ("operación internacional “Aliados por la Infancia”").
_QUOTED_NAME_RE = re.compile(
    # (a colon may stand before the quote: "La operación conjunta: “SONDER-RAMPA”"; two apostrophes may stand
    # for a quotation mark: "la operación ''Salvador''")
    r"(?:(?:" + _NAME_TRIGGER + _QUOTED_ONLY_TRIGGER + r")(?:\s+[a-záéíóúñ]+){0,2}\s*:?\s*(?:''|[\"“«‘])"
    r"(?:[Oo]peration\s+|[Oo]peración\s+|[Oo]perativo\s+)?"
    r"|[\"“«‘](?:[Oo]peration|[Oo]peración|[Oo]perativo)\s+)"
    r"(?P<name>(?:[A-ZÁÉÍÓÚÑ]|[a-z]{1,6}[A-Z])[^\"”»’“«\n]{0,60}?)(?:''|[\"”»’])"
)
#: Spanish capitalises only a name's first word: a name that opens with a preposition goes on to its
#: noun ("operativo Sin fronteras", "operación Contra reloj").
_NAME_PREPOSITION = re.compile(r"^\s+([a-záéíóúñ]{3,})\b")
_NAME_PREPOSITIONS = frozenset({"Sin", "Con", "Contra", "Por", "Bajo", "Sobre", "Entre", "Hacia", "Desde"})
#: "the third edition of Operation X", "la octava fase de la Operación X": the edition's number
#: is part of its name (X III, X VIII), as the organisers number them.
ORDINALS: dict[str, int] = {
    **{w: i + 2 for i, w in enumerate("second third fourth fifth sixth seventh eighth ninth tenth".split())},
    **{w: i + 2 for i, w in enumerate("segunda tercera cuarta quinta sexta séptima octava novena décima".split())},
    **{w: i + 2 for i, w in enumerate("segundo tercer cuarto quinto sexto séptimo octavo noveno décimo".split())},
}
_EDITION_RE = re.compile(
    r"\b(?P<ord>" + "|".join(ORDINALS) + r")\s+(?:fase|etapa|edición|ronda|operación|operativo|phase|stage|edition|operation|round)"
    r"(?P<between>[^.;:!?\n]{0,60})$",
    re.I,
)
_ROMAN = ("", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X")
#: An edition number or a roman numeral at the end of a name ("Pangea XVI", "Pureza 2").
NUMBERED = re.compile(r"\s(?:[IVX]+|\d+(?:\.\d)?)$")
_NUMBERED_OR_YEAR = re.compile(r"\s(?:[ivx]+|\d+(?:\.\d)?)$", re.I)
_NAME_STOP = frozenset(
    {
        "The",
        "El",
        "La",
        "In",
        "En",
        "On",
        "A",
        "An",
        "Un",
        "Una",
        "Los",
        "Las",
        "Police",
        "This",
        "That",
        "Europol",
        "Interpol",
        "INTERPOL",
        "Spain",
        "It",
        "He",
        "She",
    }
)


#: A group of criminals named by a generic trigger: "la estructura criminal denominada “Tren de Aragua”", "a
#: gang called the Black Axe": the group's name, not the operation's.
_CRIME_GROUP_NAMED = re.compile(
    r"\b(?:estructuras?|organizaci[óo]n(?:es)?|bandas?|red(?:es)?|grupos?|clan(?:es)?|c[áa]rtel(?:es)?|pandillas?|"
    r"gangs?|networks?|groups?|cartels?|rings?|syndicates?|crews?)\b[^.;:,]{0,40}?\s*"
    r"(?:[Dd]enominad[oa]s?|[Ll]lamad[oa]s?|[Cc]onocid[oa]s? como|called|named|dubbed|known as|[Bb]autizad[oa]s?)"
    r"(?:\s+como)?\s*$",
)


def _names_a_crime_group(sentence: str, name_at: int) -> bool:
    """Whether the words before a name make it a criminal group's ("la banda denominada Los Pulpos")."""
    before = re.sub(r"[\s\"“'‘«]+$", "", sentence[max(0, name_at - 80) : name_at])
    return _CRIME_GROUP_NAMED.search(before) is not None


#: "Since 2013, Lionfish operations have generated … 5,600 arrests", "desde 2016, las ediciones de Pangea
#: han…": the record of a series of operations, not this one's figures.
SERIES = re.compile(
    r"\b(?:since|desde)\s+(?:(?:el\s+)?(?:año\s+)?(?:19|20)\d\d|(?:its|their|su|sus)\s+\w+)\b.*?"
    r"\b(?:operations|operaciones|editions|ediciones|campaigns|campañas|iterations|phases of the series)\b"
    r"|\b(?:operations|operaciones|editions|ediciones|campaigns|campañas)\b[^.;]{0,60}?\b(?:since|desde)\s+"
    r"(?:(?:el\s+)?(?:año\s+)?(?:19|20)\d\d)\b",
    re.I,
)
#: Earlier runs named in the sentence: its figures from there on are theirs ("46 arrests yesterday (8 in
#: Austria …), previous operations … resulted in the arrest of 8"), the ones before stay this operation's.
PREVIOUS_RUNS = re.compile(
    r"\b(?:previous|past|earlier|prior)\s+(?:editions|operations|iterations)\b|\b(?:ediciones|operaciones)\s+anteriores\b",
    re.I,
)


def names_in(sentence: str) -> list[str]:
    """Operation names a sentence gives ("Operation Víbora", "codenamed Walwa", "operación CETIL",
    "operación “Aliados por la Infancia”", "operativo Sin fronteras")."""
    return [name for name, _ in _names_at(sentence)]


def _names_at(sentence: str) -> list[tuple[str, int]]:
    """(name, where it starts) for each name in the sentence."""
    out: list[tuple[str, int]] = []
    quoted = [(m.start(), m.end(), m) for m in _QUOTED_NAME_RE.finditer(sentence)]
    for _, _, q in quoted:
        words = q.group("name").rstrip(",.;:").split()  # "Dubbed "Operation Cumberland," the …"
        if words[0] not in _NAME_STOP and len(words) <= 6:
            out.append((" ".join(words), q.start("name")))
    for m in _NAME_RE.finditer(sentence):
        if any(a <= m.start() < b for a, b, _ in quoted):
            continue
        words = m.group("name").strip().split()
        while words and words[-1] in ("de", "del", "of"):
            words.pop()
        if len(words) == 1 and words[0] in _NAME_PREPOSITIONS:
            more = _NAME_PREPOSITION.match(sentence[m.end() :])
            if more:
                words.append(more.group(1))
        if words and words[0] not in _NAME_STOP and len([w for w in words if not w.isdigit()]) <= 3:
            if m.group("adj") and all(c in countries.name_table() for c in re.split(r"-", " ".join(words))):
                continue  # "la operación policial España-Marruecos": countries, not a name ("Operación Belarus" is)
            out.append((" ".join(words), m.start("name")))
    return sorted((n for n in out if not _names_a_crime_group(sentence, n[1])), key=lambda x: x[1])


def _edition(sentence: str, at: int) -> int | None:
    """The edition number an ordinal before the name gives ("la tercera operación internacional",
    "the second phase of"), or None."""
    m = _EDITION_RE.search(sentence[max(0, at - 80) : at])
    if m is None or re.search(r"\b(?:anterior|previous|last|pasad[ao]|earlier)\b", m.group("between"), re.I):
        return None
    return ORDINALS.get(m.group("ord").lower())


def same_operation(mentioned: str, name: str) -> bool:
    """Whether a name a sentence gives is the drafted operation: "Luz en la Infancia" is the
    operation drafted as "Luz en la Infancia VIII" (the edition), but "Turquesa II" is not "Turquesa III"."""
    if mentioned.casefold() == name.casefold():
        return True
    # "la denominada Operación Castle", "the so-called Operation Castle": the trigger word read into the name
    mentioned = _TRIGGER_FIRST.sub("", mentioned)
    if mentioned.casefold() == name.casefold():
        return True
    # "Operation First Light 2024" is "First Light": a year written after the name is its edition's date
    bare_mentioned, bare_name = _YEAR_AFTER.sub("", mentioned), _YEAR_AFTER.sub("", name)
    if bare_mentioned.casefold() == bare_name.casefold():
        return True
    return not NUMBERED.search(bare_mentioned) and bare_mentioned.casefold() == NUMBERED.sub("", bare_name).casefold()


_YEAR_AFTER = re.compile(r"\s+(?:19|20)\d\d$")
_TRIGGER_FIRST = re.compile(r"^(?:operation|operación|operacion|operativo|op\.)\s+", re.I)


def _title_case(line: str) -> bool:
    """A headline in title case ("Europe-wide Operation Nabs 166 Suspects"): most words capitalised and no
    full stop at its end (a sentence that names months, a trigger word and a list of countries is still
    a sentence)."""
    if re.search(r"[.!?…][\"'”’)\]]*\s*$", line):
        return False
    words = [w for w in re.findall(r"[^\W\d_][\w'’-]*", line) if len(w) > 3]
    return len(words) >= 4 and sum(w[0].isupper() for w in words) / len(words) >= 0.7


def _crime_score(rx: re.Pattern[str], text: str, lead: str) -> float:
    """Each word once, the lead's words `_LEAD_WEIGHT` times, the crime an action is said to target twice that
    (what an operation is against says more than what it found)."""
    score = 0.0
    for m in rx.finditer(text):
        if _UNIT_BEFORE_CRIME.search(text[max(0, m.start() - 60) : m.start()]) and m.group(0)[:1].isupper():
            continue  # "el Equipo Contra el Crimen Organizado (ECO)", "la Convención contra la Delincuencia Organizada":
            # a unit's or a law's name, not what this operation is about
        if m.group(0)[:1].isupper() and _AGENCY_AFTER_CRIME.match(text[m.end() :]):
            continue  # "the Drug Enforcement Administration", "Narcotics Control Bureau": an agency's name
        if _SPECIALISTS_BEFORE.search(text[max(0, m.start() - 50) : m.start()]):
            continue  # "agentes especialistas en la lucha contra el crimen organizado": who they are
        if _AGAINST.search(text[max(0, m.start() - 30) : m.start()]):
            score += 2 * _LEAD_WEIGHT
        else:
            score += _LEAD_WEIGHT if m.start() < len(lead) else 1
    return score


def name_and_crime(facts: Facts, text: str, sents: list[sentences.Sentence]) -> None:
    names: Counter[str] = Counter()  # by folded name; the spelling kept is the first one met
    spelling: dict[str, str] = {}
    first: dict[str, Quoted] = {}
    for s in sents:
        found = _names_at(s.text)
        if found and _title_case(s.text):
            # "Europe-wide Operation Nabs 166 Suspects": in a headline every word is capitalised, so a
            # name there counts only if the body gives it too
            found = [(n, at) for n, at in found if len(re.findall(re.escape(n), text)) > 1]
        for name, at in found:
            edition = _edition(s.text, at)
            if edition is not None and edition < len(_ROMAN) and not NUMBERED.search(name):
                name = f"{name} {_ROMAN[edition]}"
            key = name.casefold()
            names[key] += 1
            spelling.setdefault(key, name)
            first.setdefault(key, Quoted(s.text, s.start, s.end))
    # "Operation First Light" and "Operation First Light 2024" in one article: the edition's year (or number)
    # names this operation; the short form counts for it
    for key in list(names):
        longer = [k for k in names if k != key and _NUMBERED_OR_YEAR.sub("", k) == key]
        if len(longer) == 1:
            names[longer[0]] += names.pop(key)
    # "operativo denominado Aliados por la Infancia": unquoted, a Spanish name stops at its first small word
    # ("Aliados"); the full name the article also gives ("“Aliados por la Infancia”") is that one
    def edition_of(key: str) -> str:
        m = _NUMBERED_OR_YEAR.search(key)
        return m.group(0) if m else ""

    for key in list(names):
        bare = _NUMBERED_OR_YEAR.sub("", key)
        longer = [
            k for k in names
            if k != key and _NUMBERED_OR_YEAR.sub("", k).startswith(bare + " ") and edition_of(k) == edition_of(key)
            and spelling[k][len(bare) + 1 :][:1].islower()  # "Serengeti Achievements" (a heading) is no fuller name
        ]
        if len(longer) == 1:
            names[longer[0]] += names.pop(key)
    if not names:
        for s in sents:
            for m in _EXAMPLE_NAME_RE.finditer(s.text):
                words = m.group("name").split()
                if words[0] not in _NAME_STOP and len(words) <= 4:
                    name = " ".join(words)
                    names[name.casefold()] += 1
                    spelling.setdefault(name.casefold(), name)
                    first.setdefault(name.casefold(), Quoted(s.text, s.start, s.end))
    if names:
        best = names.most_common(1)[0][0]
        facts.name = spelling[best]
        facts.name_source = first[best]
    lead = text[: max(300, text.find("\n", 200) if text.find("\n", 200) > 0 else 300)]
    scores = {k: _crime_score(rx, text, lead) for k, rx in CRIME_WORDS.items()}
    scores["organised_crime"] += _crime_score(_GROUP_WORDS, text, lead) / 2 + _crime_score(_ARMS_WORDS, text, lead)
    first_at = {k: (hit.start() if (hit := rx.search(text)) else len(text)) for k, rx in CRIME_WORDS.items()}
    if arms := _ARMS_WORDS.search(text):
        first_at["organised_crime"] = min(first_at["organised_crime"], arms.start())
    best_type = max(scores, key=lambda k: (scores[k], -first_at[k]))  # a tie goes to the words met first
    # each crime of the catch-all "other" is a crime of its own when weighing a mix (terrorism beside trafficking)
    parts = {k: v for k, v in scores.items() if k != "other"}
    parts |= {k: _crime_score(re.compile(rx, re.I), text, lead) for k, rx in OTHER_CRIMES.items()}
    top = scores[best_type] if best_type != "other" else max(parts[k] for k in OTHER_CRIMES)
    if top * 2 < sum(parts.values()) and CRIME_WORDS["organised_crime"].search(text):
        best_type = "organised_crime"  # several crimes, none in half the words, and organised crime named: a mix
    fugitives = re.search(OTHER_CRIMES["fugitives"], text, re.I)
    if fugitives and fugitives.start() < len(lead):
        # a hunt for fugitives (said in the headline or first paragraph) is about the people wanted, whatever
        # crimes they are wanted for: the catch-all "other"
        best_type = "other"
    if scores[best_type]:
        facts.crime_type = best_type
        crime_m = fugitives if best_type == "other" and fugitives and fugitives.start() < len(lead) else None
        crime_m = crime_m or CRIME_WORDS[best_type].search(text)
        if crime_m is None and best_type == "organised_crime":
            crime_m = _GROUP_WORDS.search(text)
        if crime_m:
            crime_s = sentences.sentence_at(sents, crime_m.start())
            if crime_s is not None:
                facts.crime_source = Quoted(crime_s.text, crime_s.start, crime_s.end)
