"""Countries' roles, read one sentence at a time.

`Roles` collects, across an article's sentences, the strongest role each country is given
(arrests stated > arrests named without a count > suspects > participating > mentioned). `extract`
feeds it every sentence with the sentence's country mentions and the arrests figures it drafted
there. The coordinating bodies and the votes for the lead country are `lead`'s; what the words
before a list of countries make of them, `list_heads`'s.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from . import countries, metric_words
from .countries import CountryMention
from .facts import COUNTRY_ROLES, CountryFact, Figure, PlaceFact, Quoted
from .list_heads import COUNTRY_NOUNS, LIST_SEP, PART_OF_COUNTRY, Head, list_heads
from .sentences import DATELINE

RANK: dict[str, int] = {role: len(COUNTRY_ROLES) - 1 - i for i, role in enumerate(COUNTRY_ROLES)}


#: A subordinate clause with its own verb ("… after 27 people were intercepted in Tunisia"): an arrest
#: verb on the other side of it is not about the place in it.
_CLAUSE_BREAK = re.compile(
    r"\b(?:after|before|when|once|because|although|después de que|antes de que|cuando|porque|aunque)\b"
    r"[^;]{0,90}?\b(?:were|was|had|have|has|is|are|fueron|fue|había|habían|han|ha|son|eran)\b"
    # "…was arrested at the airport after being deported from Indonesia", "tras ser extraditado desde Italia"
    r"|\b(?:after|before|tras|después de|antes de)\s+(?:being|having been|ser|haber sido)\b",
    re.I,
)


#: A clause edge that also ends an arrest verb's reach ("…, and in Hungary" continues the same arrests).
_CONTRAST = re.compile(r";|\bmientras(?: que)?\b|\bwhile\b|\bwhereas\b", re.I)


def arrest_in_clause(sent: str, c: countries.CountryMention, cs: list[countries.CountryMention] | None = None) -> bool:
    """Whether an arrest verb is in the country's clause ("la Marina apresó…, mientras que en Ecuador se
    localizaron dos avionetas": not Ecuador's), and not one told after it with another country for its place."""
    for m in metric_words.VERBS["arrest"].finditer(sent):
        a, b = (m.end(), c.start) if m.end() <= c.start else (c.end, m.start())
        if (_ACCUSED_OF.search(sent[a:b]) or _GANG_ACTIVE_IN.search(sent[a:b])) and m.end() <= c.start:
            continue  # "arrestó a un hombre sospechoso de enviar armas a Colombia": the charge, not the place
        if m.end() > c.start and _placed_elsewhere(sent, m.end(), c, cs or []):
            continue  # "tras la incautación de armas en Brasil, condujo a la detención de 12 personas en Paraguay"
        if not _CLAUSE_BREAK.search(sent[a:b]) and not _CONTRAST.search(sent[a:b]):
            return True
    return False


#: An arrest's own place told right after it: "la detención de al menos 12 personas en ", "arrested 12 people in ".
_OWN_PLACE_AFTER = re.compile(
    r"^(?:\s+(?:of|de|a|al)\b)?(?:\s+(?!in\b|en\b)[\w.,]+){0,5}?\s+" + countries.IN_THE + r"$",
    re.I,
)


def _placed_elsewhere(
    sent: str, verb_end: int, c: countries.CountryMention, cs: list[countries.CountryMention]
) -> bool:
    """Whether the arrest verb ending at `verb_end` has another country for its own place, right after it."""
    return any(
        o.iso3 != c.iso3 and o.start >= verb_end and _OWN_PLACE_AFTER.match(sent[verb_end : o.start])
        for o in cs
    )


#: Where the arrested people's network was active, not where they were arrested: "una banda que operaba en Paraguay y
#: Chile", "a ring which operated between Peru and Chile".
_GANG_ACTIVE_IN = re.compile(
    r"\b(?:que|which|that)\s+(?:operaba|operaban|actuaba|actuaban|operated)\s+(?:en|entre|in|between|across)\s", re.I
)


#: What an arrested person is accused of: a country inside it is part of the charge.
_ACCUSED_OF = re.compile(
    r"\b(?:sospechos[oa]s? de|acusad[oa]s? de|señalad[oa]s? de|responsables? de|suspected of|accused of|"
    r"charged with|wanted for|buscad[oa]s? por|responsible for)\s",
    re.I,
)


#: What a demonym names when it qualifies one of these: the country's forces or institutions ("the Italian
#: Central Directorate for Anti-Drug Service", "French Gendarmerie", "el ministerio brasileño de Justicia").
_INSTITUTION_AFTER = re.compile(
    r"^\s+(?:(?:Central|National|Federal|State|Criminal|Civil)\s+|(?:cyber|drug|border|tax|financial|judicial|"
    r"criminal|anti-drug|anti-narcotics|counter-terrorism|environmental|wildlife|forest|local|federal)\s+)*"
    r"(?:police|authorities|law enforcement|investigators|officials|"
    r"officers|prosecutors?|gendarmerie|directorate|coast guard|customs|navy|"
    # "their Peruvian counterparts arrested 13", "Brazilian agents", "Dutch detectives"
    r"counterparts|agents|detectives|"
    r"(?:Police|Crime|Intelligence|Security)\s+(?:Agency|Service|Authority|Bureau|Directorate|Unit))\b",
    re.I,
)
_INSTITUTION_BEFORE = re.compile(
    # "las policías alemana, polaca y austríaca", "la Policía Nacional francesa", "la Dirección de Aduanas francesa"
    r"(?:polic[ií]as?|autoridades|agentes|efectivos|gendarmer[ií]a|fiscal[ií]a|marina|armada|guardia costera|aduanas?)"
    r"(?:\s+(?:nacional|federal|judicial|nacionales|federales))?\s+$",
    re.I,
)


def police_after(sent: str, c: countries.CountryMention) -> bool:
    return bool(
        _INSTITUTION_AFTER.match(sent[c.end :]) or _INSTITUTION_BEFORE.search(sent[max(0, c.start - 20) : c.start])
    )


def demonym_runs(sent: str, cs: list[countries.CountryMention]) -> list[list[countries.CountryMention]]:
    """Demonyms listed side by side ("the Swedish and Dutch police", "las autoridades austriacas y griegas"):
    they share the noun the list is written next to."""
    runs: list[list[countries.CountryMention]] = []
    for c in cs:
        if c.via != "demonym":
            continue
        if runs and LIST_SEP.match(sent[runs[-1][-1].end : c.start]):
            runs[-1].append(c)
        else:
            runs.append([c])
    return runs


def police_of_run(sent: str, cs: list[countries.CountryMention]) -> set[int]:
    """Starts of the demonyms that qualify a police word, directly or through their list."""
    out: set[int] = set()
    for run in demonym_runs(sent, cs):
        if police_after(sent, run[0]) or police_after(sent, run[-1]):
            out |= {c.start for c in run}
    # names listed before one police word: "China, Laos, Myanmar and Thailand police have arrested…"
    names: list[list[countries.CountryMention]] = []
    for c in cs:
        if c.via != "name":
            continue
        if names and LIST_SEP.match(sent[names[-1][-1].end : c.start]):
            names[-1].append(c)
        else:
            names.append([c])
    for run in names:
        if (len(run) > 1 and _INSTITUTION_AFTER.match(sent[run[-1].end :])) or _NAMED_FORCE_AFTER.match(
            sent[run[-1].end :]
        ):
            out |= {c.start for c in run}
    return out


#: A force's own name after its country's, capitalised: "Singapore Police", "New Zealand Customs Service", "Hong
#: Kong Police Force", "Kenya Coast Guard" (case-sensitive: not "Spain police said", read by `_INSTITUTION_AFTER`).
_NAMED_FORCE_AFTER = re.compile(
    r"^\s+(?:National\s+|Federal\s+)?(?:Police|Customs|Coast Guard|Border Force|Navy|Gendarmerie)\b"
)


#: Where one clause of a sentence ends and another begins: "…, mientras que en…", "… y en Belice fueron…",
#: "…; in France…", "… while in…".
_CLAUSE_EDGE = re.compile(
    r";|\bmientras que\b|\bmientras\b|\bwhile\b|\bwhereas\b|\s(?:y|and|e)\s+(?=(?:en|in)\s)|\bAsimismo\b|"
    r"\bAdemás\b(?!\s+de\b)|\bMeanwhile\b",  # "además de CABA" is "besides", no new clause
    re.I,
)
#: Things done in a country besides arrests that make it a participant: raids, searches, rescues,
#: seizures, discoveries ("Dozens of raids are also taking place in Germany", "ACCIONES EN AUSTRIA",
#: "en Belice fueron identificadas 11 posibles víctimas").
_ACTION_WORDS = re.compile(
    r"\b(?:raids?|raided|raiding|searches|searched|searching|registros?|registrad[oa]s|redadas?|allanamientos?|"
    r"allanad[oa]s|inspecciones|actions?|acciones|operations|operativos|discovered|uncovered|descubiert[oa]s?|"
    r"descubrieron|descubrió|hallazgo|descubrimiento|crackdowns?|"
    r"localizaron|localizó|se localizaron|hallaron|halló|encontraron|located|found|procedimientos|"
    r"detectaron|detectó|detected|"
    r"desmantelar|desmantelaron|dismantled|dismantling|dismantlement|desmantelamiento)\b",
    re.I,
)


#: A suspect placed in the country: "In two of the cases in Austria and Hungary, the suspects were…",
#: "Another investigation in Spain uncovered that the suspect…" (singular too, unlike the figures' noun).
_SUSPECT_WORDS = re.compile(r"\b(?:suspects?|offenders?|sospechos[oa]s?|investigad[oa]s?)\b", re.I)
#: People charged, not said to be arrested (not "acusado de", which names the charge):
#: "12 people were charged, mostly in the United States", "four men … have also been charged".
_CHARGED = re.compile(r"\b(?:charged|indicted|prosecuted|facing charges|procesad[oa]s|imputad[oa]s)\b", re.I)
#: The people of a criminal platform, suspects once identified: "identificar a 1.715 participantes en 46
#: países, entre ellos…", "users were identified in Chile and Peru".
_MEMBER_WORDS = re.compile(
    r"\b(?:users|subscribers|members|participants|usuarios|abonados|miembros|participantes)\b",
    re.I,
)
#: The country's forces as the subject right after it: "In Argentina, authorities had been investigating…".
_FORCES_AFTER = re.compile(
    r"^\s*,?\s*(?:the\s+|las?\s+|los\s+)?(?:local\s+|national\s+|federal\s+)?(?:police|authorities|"
    r"investigators|officers|prosecutors|polic[ií]a|autoridades|agentes|investigadores|fiscal[ií]a|"
    # "En Costa Rica, la Fuerza Naval y la Policía…"
    r"fuerzas?|" + countries.FORCE_WORDS + r")\b",
    re.I,
)
#: A place that opens the sentence frames all of it: "In Ghana, a trafficking ring … was dismantled after…",
#: "• En Perú, la banda fue desarticulada…".
_FRONTED_IN = re.compile(r"^[\W\d]*" + countries.IN_THE + r"$", re.I)
#: A country written as the subject of what its forces did: "Canada intercepted 18 tons of eel meat",
#: "Ghana also uncovered waste oil", "Perú incautó 2 toneladas", "Chile ha desarticulado tres bandas".
_ACTED_AFTER = re.compile(
    # "Colombia, por su parte, detuvo a 34", "Chile, for its part, arrested 20": an aside before the verb;
    # "Brazil, which hosted the command centre, made 300 arrests": a relative clause
    r"^(?:\s*,\s*(?:por su parte|for (?:its|their) part|in turn|a su vez|meanwhile|likewise|asimismo|en tanto|"
    r"(?:which|que)\b[^,;:.()]{1,80})\s*,)?"
    r"\s+(?:(?:also|too|alone|itself|later|then|también|además|luego)\s+)?(?:(?:has|have|had|ha|han|había|habían)\s+)?"
    r"(?:(?:also|también)\s+)?"
    r"(?:intercepted|seized|confiscated|recovered|uncovered|discovered|dismantled|raided|rescued|arrested|detained|"
    r"detected|busted|identified|interceptó|interceptado|incautó|incautado|decomisó|decomisado|recuperó|recuperado|"
    r"desmanteló|desmantelado|desarticuló|desarticulado|rescató|rescatado|detuvo|detenido|capturó|capturado|"
    r"descubrió|descubierto|localizó|localizado|identificó|identificado|allanó|"
    # "Chile logró la captura de 34", "Chile made 30 arrests", "Perú realizó 25 detenciones"
    r"logró|logrado|consiguió|conseguido|achieved|managed|made|realizó|realizado|efectuó|efectuado|practicó|"
    # "Brazil contributed 300 arrests", "Brasil aportó 300 detenciones"
    r"contributed|aportó|aportado|"
    # "In the second week, Kenya recorded 300 arrests", "Según Interpol, Brasil registró 300 detenciones"
    r"recorded|registered|registró|contabilizó)\b",
    re.I,
)
#: Where a clause opens, so a country after it can be the clause's subject: the start, a comma, a bullet,
#: "and", "while", "mientras que", an opening quote (not "cocaine from Colombia seized in Spain").
_CLAUSE_OPENS = re.compile(
    r"(?:^|[,;:•\-–—]|\b(?:and|y|e|while|whereas|but|pero|mientras(?: que)?))\s*[“\"«]?\s*"
    r"(?:(?:only|just|solo|sólo)\s+)?(?:(?:the|el|la)\s+)?$",
    re.I,
)
#: A country's clause that ends in what it did, by the verb's gerund: "Chile played a key part in the
#: operation by making 30 arrests", "Perú contribuyó al detener a 13".
_DID_BY = re.compile(
    r"^\s+[^,;.:()]{0,120}?\b(?:by|al)\s+(?:making|carrying out|conducting|arresting|detaining|seizing|rescuing|"
    r"realizar|efectuar|practicar|detener|arrestar|capturar|incautar|rescatar)\s+(?:a\s+)?$",
    re.I,
)


def country_acted(sent: str, c: countries.CountryMention) -> bool:
    """Whether the country's name is the subject of an action ("Canada intercepted 18 tons")."""
    return acted_verb_end(sent, c) is not None


def acted_verb_end(sent: str, c: countries.CountryMention) -> int | None:
    """Where the verb ends of which the country's name is the subject ("Canada intercepted 18 tons", "Brazil, which
    hosted the command centre, made 300 arrests"), or None."""
    acted = _ACTED_AFTER.match(sent[c.end :]) if c.via == "name" else None
    if acted is None or not _CLAUSE_OPENS.search(sent[max(0, c.start - 40) : c.start]):
        return None
    return c.end + acted.end()


def country_did_by(sent: str, c: countries.CountryMention, figure_start: int) -> bool:
    """Whether the country's name opens a clause that ends in the figure's gerund ("Chile played a key part
    by making 30 arrests")."""
    return (
        c.via == "name"
        and bool(_DID_BY.match(sent[c.end : figure_start]))
        and bool(_CLAUSE_OPENS.search(sent[max(0, c.start - 40) : c.start]))
    )


#: Between the forces of several countries and their arrest verb: "Czech and Dutch police have arrested…",
#: "las policías de Chile y Bolivia detuvieron…".
_FORCES_THEN_VERB = re.compile(
    r"^(?:\s+" + countries.FORCE_WORDS + r"|\s+polic[ií]as)?(?:\s+(?:also|jointly|también|conjuntamente))?"
    r"(?:\s+(?:have|has|had|han|ha|habían|había))?\s+$",
    re.I,
)


def _joint_forces_arrested(sent: str, cs: list[countries.CountryMention], head: Head) -> bool:
    """Whether the forces of the list the country is in (of more than one country) made the arrests: their
    arrest verb follows the list."""
    run: list[countries.CountryMention] = []
    for c in (c for c in cs if c.start >= head.first):
        if run and not LIST_SEP.match(sent[run[-1].end : c.start]):
            break
        run.append(c)
    if len({c.iso3 for c in run}) < 2:
        return False
    verb = metric_words.VERBS["arrest"].search(sent, run[-1].end)
    return verb is not None and bool(_FORCES_THEN_VERB.match(sent[run[-1].end : verb.start()]))


#: Where the operation began: "la operación comenzó en Nueva Zelanda … y acabó con esos arrestos".
_BEGAN_IN = re.compile(
    r"\b(?:began|begun|started|originated|initiated|launched|comenzó|empezó|se inició|arrancó|nació)\s+"
    r"(?:in|en)\s+(?:the\s+)?$",
    re.I,
)


def clause_of(sent: str, c: countries.CountryMention) -> tuple[str, int]:
    """The clause of `sent` the country is named in, and where it starts."""
    start, end = 0, len(sent)
    for m in _CLAUSE_EDGE.finditer(sent):
        if m.end() <= c.start:
            start = m.end()
        elif m.start() >= c.end:
            end = m.start()
            break
    return sent[start:end], start


#: Verbs that say where the operation or its actions happened: "La operación se desarrolló de manera
#: simultánea en Ecuador, Perú…", "Action against criminals took place in, among others, Australia…",
#: "Police action is also underway in countries including Ireland…", "ha tenido lugar en Bolivia, Brasil…",
#: "desplegada en forma simultánea en Chile, Perú…".
_HAPPENED = re.compile(
    r"\b(?:took place|takes place|taking place|taken place|under ?way|(?:was|were|been|being) (?:carried out|conducted|held|"
    r"executed|performed|run|deployed)|tuvieron lugar|tuvo lugar|tienen lugar|tenido lugar|desplegad[oa]s?|"
    r"(?:se\s+)?(?:realizó|realizaron|desarrolló|"
    r"desarrollaron|llevó a cabo|llevaron a cabo|ejecutó|ejecutaron|efectuó|efectuaron)|"
    r"(?:realizad|desarrollad|ejecutad|efectuad)[oa]s?|llevad[oa]s? a cabo|en marcha|"
    # "actualmente se está investigando, bajo la coordinación de Europol, en Canadá…", "investigations are
    # ongoing in"
    r"se\s+(?:está|están|estaba|estaban|sigue|siguen)\s+investigando(?!\s+a\s)|"
    r"investigations?\s+(?:(?:is|are|remains?)\s+)?(?:still\s+|also\s+)?(?:ongoing|continuing|continue|continues))\b",
    re.I,
)
#: A country named as where a body has its seat: "con sede en Lyon (este de Francia)", "based in Lyon, France".
_SEAT_BEFORE = re.compile(
    r"\b(?:con sede en|sede en|based in|headquartered in|headquarters in)\s+[A-ZÁÉÍÓÚ][\w'’ -]{1,30}?\s*[(,]\s*"
    r"(?:(?:" + PART_OF_COUNTRY + r")\s+)?$",
    re.I,
)


#: Where a thing was made or stolen, not where police acted: "se halló un tractor robado en Brasil", "five
#: (stolen cars) originated in England".
_ORIGIN_BEFORE = re.compile(
    r"\b(?:robad[oa]s?|hurtad[oa]s?|fabricad[oa]s?|producid[oa]s?|cultivad[oa]s?|stolen|made|manufactured|"
    r"produced|grown|originated|originating|originad[oa]s?)\s+" + countries.IN_THE + r"$",
    re.I,
)


def _made_there(before: str) -> bool:
    """Whether the words before a place say a thing was made, grown or stolen there (not "arrests were made in")."""
    m = _ORIGIN_BEFORE.search(before)
    return m is not None and not m.group().lower().startswith("made")


#: Where the crime's victims were, not where police acted: "ransomware against various organizations in
#: France", "ataques contra empresas en Chile", "over 200 attacks in France", "un fraude que afectó a usuarios
#: residentes en Finlandia".
VICTIMS_IN_BEFORE = re.compile(
    r"(?:\b(?:against|targeting|targeted|contra|dirigid[oa]s? (?:a|contra)|affecting|affected|afect\w+ a)\s+"
    r"(?:[\w-]+\s+){0,3}?"
    r"(?:organi[sz]ations?|companies|businesses|firms|victims|hospitals|institutions|entities|users|"
    r"empresas|organizaciones|víctimas|entidades|instituciones|usuarios)\s+"
    # "un fraude que afectó a usuarios residentes en Finlandia"
    r"(?:(?:residentes|resident|residing|living|based)\s+)?"
    r"|\b(?:(?:cyber-?)?attacks?|(?:ciber)?ataques?)\s+(?:[\w-]+\s+){0,2}?"
    r")" + countries.IN_THE + r"$",
    re.I,
)


#: The ends of a trafficking route, not where police acted: "dedicada al tráfico internacional de drogas entre
#: Marruecos y España", "smuggling cocaine between Colombia and Spain" (not a gang "que operaba entre Francia y
#: España", where it was active).
_TRADE_BETWEEN_BEFORE = re.compile(
    r"\b(?:tráfico|trafficking|smuggling|contrabando|trade|comercio|rutas?|routes?)\b"
    r"(?:(?!\b(?:operab|operat|actuab|activ))[^.;,]){0,45}?\b(?:entre|between)\s+"
    r"(?:the\s+)?$",
    re.I,
)
#: Where the network's goods went, not where police acted: "ha suministrado más de 1.500 armas a grupos criminales en
#: España, Países Bajos…", "sold the pills to buyers in Ireland".
_SUPPLIED_IN_BEFORE = re.compile(
    r"\b(?:suministr\w+|vend\w+|distribu\w+|supplied|supplying|sold|selling|distributed|distributing)\b"
    r"(?:[^.;]|\.(?=\d)){0,60}?\b(?:to|a)\s+(?:[\w-]+\s+){0,3}?" + countries.IN_THE + r"$",
    re.I,
)
#: Where a network's machines or offices were, not where police acted: "The servers were located in Bulgaria,
#: Canada…", "servidores alojados en Rumanía".
_HOSTED_IN_BEFORE = re.compile(
    r"\b(?:servers?|servidores?|infrastructure|infraestructura|domains?|dominios?|websites?|headquarters|offices|"
    r"oficinas)\s+(?:[\w-]+\s+){0,2}?(?:located|hosted|based|situated|alojad[oa]s?|ubicad[oa]s?|situad[oa]s?)\s+"
    + countries.IN_THE + r"$",
    re.I,
)
#: A country's body that paid for the operation, not one that took part: "was funded by the British Home Office",
#: "apoyada financieramente por el Ministerio francés del Interior".
_FUNDED_BY_BEFORE = re.compile(
    r"\b(?:funded|financed|sponsored|financiad[oa]|apoyad[oa] financieramente|patrocinad[oa]|costead[oa])\s+"
    r"(?:by|por)\s+(?:the\s+|el\s+|la\s+)?(?:[\w-]+\s+){0,2}?$",
    re.I,
)
#: Where people met to plan, not where police acted: "se reunieron en El Salvador y en Ecuador",
#: "officials met in Panama", "a conference held in Chile".
_VENUE_BEFORE = re.compile(
    r"\b(?:se reunieron|se reunió|reunid[oa]s|met|meeting|meetings|reuni[óo]n(?:es)?|conferencia|conference|"
    r"cumbre|summit|taller|workshop)\s+(?:[\w-]+\s+){0,3}?" + countries.IN_THE +
    # "se reunieron en El Salvador y en Ecuador": the second venue of the same meeting
    r"(?:[A-ZÁÉÍÓÚ][\w'’.-]*(?:\s+[A-ZÁÉÍÓÚ][\w'’.-]*){0,2}\s+(?:y|and)\s+" + countries.IN_THE + r")?$",
    re.I,
)


#: Border posts, ports and airports in the countries, where the operation's officers worked: "smuggling hotspots at
#: airports, seaports, and land borders in Burkina Faso, Mali…", "en aeropuertos y pasos fronterizos de Perú".
_SITES_BEFORE = re.compile(
    # (not a route "through ports in Spain", "por puertos de España")
    r"(?<!through\s)(?<!via\s)(?<!por\s)(?<!de\s)\b(?:" + metric_words.SITE_NOUNS + r")\s+(?:in|en|of|de|across)\s+"
    r"(?:the\s+|la\s+|el\s+)?$",
    re.I,
)


def _happened_in(clause: str, at: int) -> bool:
    """Whether the clause says, before position `at`, that the operation or its actions took place there."""
    return any(m.end() <= at for m in _HAPPENED.finditer(clause))


_ACTION_NEAR = 50  # characters between the action and the country (or the start of its list)


def _other_action(clause: str, at: int | None = None, after: int | None = None) -> bool:
    """Whether the clause tells of a raid, search, rescue, seizure or identification; with `at` (a
    position in the clause), only within `_ACTION_NEAR` characters of it (of `after`, where the named
    place ends, for an action told after it: "in Rwanda, spoiled meat and butter were seized")."""
    for rx in (_ACTION_WORDS, metric_words.VERBS["rescue"], metric_words.VERBS["seize"], metric_words.VERBS["identify"]):
        for m in rx.finditer(clause):
            if at is None:
                return True
            end = at if after is None else after
            if (m.end() <= at and at - m.end() <= _ACTION_NEAR) or (0 <= m.start() - end <= _ACTION_NEAR):
                return True
    return False


#: Arrests counted for the whole world: the countries listed beside them took part, where the arrests
#: were is not said ("across 89 countries, including India, … the arrest of 72 persons worldwide").
_WORLDWIDE = re.compile(
    r"\b(?:worldwide|globally|around the (?:world|globe)|across the (?:world|globe)|en todo el mundo|"
    r"a nivel mundial|en el mundo entero|mundialmente)\b",
    re.I,
)
#: Arrests said to be shared by the two countries already named: "se aprehendió a 174 personas —entre
#: ambos países—", "arrests in both countries".
_BOTH_COUNTRIES = re.compile(
    r"\b(?:(?:entre|en) (?:ambos|los dos) países|(?:in|across|between) (?:both|the two) countries)\b", re.I
)


#: Where goods or people were taken, not where police acted: "seven men were arrested heading towards Italy",
#: "the cocaine was trucked to Brazil", "la droga sería transportada hacia Panamá", "smuggled into Spain".
_TAKEN_TO_BEFORE = re.compile(
    r"\b(?:shipped|smuggled|transported|exported|imported|importing|exporting|smuggling|trafficked|trucked|flown|"
    r"bound|heading|headed|destined|travel(?:l)?ed|travel(?:l)?ing|"
    r"transportad[oa]s?|trasladad[oa]s?|exportad[oa]s?|importad[oa]s?|introducid[oa]s?|destinad[oa]s?|"
    # "importing methamphetamine from the United States into New Zealand": where the goods came from, too
    r"con destino|rumbo)\b[^.;,]{0,40}?\b(?:to|towards|into|for|from|a|hacia|al|desde)\s+(?:the\s+|la\s+|el\s+)?$",
    re.I,
)


#: A body's seat written as its country: "the international police organization based in France", "la agencia,
#: con sede en Países Bajos" (not a gang "based in Spain", which may be where police acted).
_BODY_SEATED_IN_BEFORE = re.compile(
    r"(?<!criminal\s)(?<!crime\s)\b(?:organi[sz]ation|agency|body|secretariat|organización|agencia|organismo|"
    r"secretaría|Interpol|Europol|"
    r"Eurojust|Frontex|Ameripol|Afripol|Aseanapol)\b(?![^.;]{0,20}?\b(?:criminal|delictiva|narco\w*|mafios\w*)\b)"
    r"[^.;]{0,20}?\b(?:based|headquartered|con sede|sede)\s+"
    r"(?:in|en)\s+(?:the\s+|los\s+)?$",
    re.I,
)
#: A neighbour named to place a region: "en la provincia de El Oro, fronteriza con Perú", "a state bordering Mexico".
_BORDERING_BEFORE = re.compile(
    r"\b(?:fronteriz[oa]s? con|limítrofes? con|bordering|that borders|which borders)\s+(?:the\s+|el\s+)?$", re.I
)
#: Where a fugitive is wanted, not where police acted: "a man wanted in France for murder", "un prófugo
#: reclamado por la justicia de Italia", "sought by the authorities of Peru", "smugglers indicted in the U.S.".
_WANTED_BEFORE = re.compile(
    r"\b(?:" + metric_words.WANTED_WORDS + r"|indicted)\s+(?:in|by|en|por)\s+"
    r"(?:(?:the|la|las|el|los)\s+)?(?:(?:justicia|authorities|autoridades|courts?|tribunales)\s+(?:of|in|de)\s+)?$",
    re.I,
)


#: Where people live, not where they were arrested: "que residían en Rumanía", "who lived in Spain", "based in".
RESIDING = re.compile(
    r"\b(?:resid\w*|living|lived|live|lives|vivían|vivía|viven|vive|domiciliad[oa]s?|afincad[oa]s?|"
    r"radicad[oa]s?)\s+" + countries.IN_THE + r"$",
    re.I,
)
#: Where the people arrested come from, not where they were arrested: "arresting two men from Australia", "three
#: suspects from the Netherlands" (a list of origins is read by `country_senses`).
_PEOPLE_FROM_BEFORE = re.compile(
    r"\b(?:men|women|people|persons|nationals|suspects|citizens|residents|individuals)\s+from\s+(?:the\s+)?$", re.I
)


#: A partner body named with its country: "en coordinación con la Guardia Costera de", "in cooperation with the
#: Federal Police of", "con el apoyo de la Oficina de Investigación de Aduanas de" (a capitalised name: a body).
_PARTNER_BODY_BEFORE = re.compile(
    r"\b(?i:in (?:partnership|cooperation|collaboration|coordination) with|with the (?:support|help|assistance|"
    r"cooperation) of|en (?:colaboración|cooperación|coordinación) con|con (?:el|la) (?:apoyo|ayuda|colaboración|"
    r"cooperación|asistencia) de)\s+(?i:the\s+|la\s+|el\s+|los\s+|las\s+)?"
    r"[A-ZÁÉÍÓÚÑ][\w'’-]*(?:\s+(?:[A-ZÁÉÍÓÚÑ][\w'’.-]*|de|del|of|for|para|la|el|the)){0,6}?\s+(?:de|of)\s+"
    r"(?i:the\s+|la\s+|el\s+|los\s+|las\s+)?$"
)


def _only_mentioned(sent: str, c: countries.CountryMention, head: Head, counted: set[str]) -> bool:
    """Whether the words before the country (or its list) make it only a place of the story: a body's seat, a
    meeting's venue, where the victims were, a route's ends, the goods' market, servers, funding, where things
    were taken or where they were made."""
    if (
        c.via == "seat"
        or _SEAT_BEFORE.search(sent[max(0, c.start - 60) : c.start])
        or _BODY_SEATED_IN_BEFORE.search(sent[max(0, c.start - 60) : c.start])
    ):
        return True
    if c.iso3 in counted:
        return False
    before = sent[max(0, head.first - 80) : head.first]
    return bool(
        _VENUE_BEFORE.search(before[-60:])
        or VICTIMS_IN_BEFORE.search(before[-60:])
        or _TRADE_BETWEEN_BEFORE.search(before[-70:])
        or _SUPPLIED_IN_BEFORE.search(before)
        or _HOSTED_IN_BEFORE.search(before[-60:])
        or _FUNDED_BY_BEFORE.search(sent[max(0, c.start - 60) : c.start])
        or _TAKEN_TO_BEFORE.search(before[-60:])
        or _made_there(before[-30:])
        or _WANTED_BEFORE.search(before[-50:])
        or _BORDERING_BEFORE.search(before[-30:])
        or _PEOPLE_FROM_BEFORE.search(before[-40:])
        or RESIDING.search(before[-40:])
    )


def sentence_roles(
    sent: str, cs: list[countries.CountryMention], counted: set[str]
) -> list[tuple[countries.CountryMention, str]]:
    """The role one sentence gives each country it names; `counted` are the countries it gives an
    arrests figure."""
    arrest_words = bool(metric_words.VERBS["arrest"].search(sent))
    suspect_words = bool(metric_words.VERBS["identify"].search(sent)) and bool(
        metric_words.VERBS["suspect"].search(sent) or _MEMBER_WORDS.search(sent)
    )
    part_words = bool(metric_words.VERBS["participate"].search(sent)) or bool(metric_words.VERBS["refer"].search(sent))
    dateline = DATELINE.match(sent)
    heads = list_heads(sent, cs)
    police = police_of_run(sent, cs)
    out: list[tuple[countries.CountryMention, str]] = []
    for c in cs:
        if dateline and c.start < dateline.end():
            continue
        head = heads[c.start]
        clause, at = clause_of(sent, c)
        if head.first < at:  # "…, en Ecuador (228 kilos) y en El Salvador (382 kilos)": the list's clause
            clause, at = clause_of(sent, next(x for x in cs if x.start == head.first))
        # "…, mientras que en la República Dominicana se rescataron 30 víctimas": its own clause, no arrest
        acted_otherwise = _other_action(clause) and not metric_words.VERBS["arrest"].search(clause)
        if _only_mentioned(sent, c, head, counted):
            role = "mentioned"
        elif c.iso3 in counted:
            role = "arrests_stated"
        elif head.took_part:
            role = "participating"
        elif _BEGAN_IN.search(sent[max(0, c.start - 30) : c.start]):
            role = "participating"  # where it began, not where the sentence's arrests were
        elif arrest_words and head.place and _WORLDWIDE.search(sent):
            role = "participating"  # "a crackdown across 89 countries, including India, … 72 arrests worldwide"
        elif arrest_words and head.place and not acted_otherwise and arrest_in_clause(sent, c, cs):
            role = "arrests_unspecified"
        elif arrest_words and (head.forces or c.start in police) and _joint_forces_arrested(sent, cs, head):
            role = "arrests_unspecified"  # "Czech and Dutch police have arrested 58 people": not said where
        elif (
            (suspect_words and head.place)
            or (head.locative and _SUSPECT_WORDS.search(clause))
            # "12 people were charged, mostly in the United States": charged there, not said to be arrested
            or (head.locative and _CHARGED.search(clause))
        ) and not (
            _ACCUSED_OF.search(sent[max(0, c.start - 160) : c.start])
        ):
            role = "suspects"
        elif (
            part_words
            or head.forces
            or c.via in ("agency",)
            or c.start in police
            or (
                head.locative
                and _other_action(clause, min(head.first, c.start) - at, c.end - at)
                and not _ORIGIN_BEFORE.search(sent[max(0, head.first - 30) : head.first])
            )
            or (head.locative and _FORCES_AFTER.match(sent[c.end :]))
            or (head.locative and _FRONTED_IN.match(sent[: head.first]) and _other_action(clause))
            or country_acted(sent, c)
            or (head.locative and _happened_in(clause, min(head.first, c.start) - at))
            or _SITES_BEFORE.search(sent[max(0, head.first - 40) : head.first])
            or _PARTNER_BODY_BEFORE.search(sent[max(0, c.start - 90) : c.start])
        ):
            role = "participating"
        else:
            role = "mentioned"
        out.append((c, role))
    return out


#: A line that stops inside a list of countries: "…including the UK, Ireland, America," (hard-wrapped wire copy).
_LIST_GOES_ON = re.compile(r"^\s*,?\s*(?:(?:and|y|e|or|o)\b\s*)?(?:(?:the|la|el)\b\s*)?$", re.I)
_LIST_OPENS = re.compile(r"^[\s\"“'‘]*(?:(?:and|y|e|or|o)\s+)?(?:the\s+|la\s+|el\s+)?$", re.I)


def _carried(sent: str, found: list[tuple[countries.CountryMention, str]]) -> str | None:
    """The role a list ending the line with a comma (or "and", "the") gives the countries on the next line."""
    if not found or not re.search(r"(?:,|\b(?:and|y|e|the|la|el))\s*$", sent, re.I):
        return None
    last, role = found[-1]
    if not _LIST_GOES_ON.match(sent[last.end :]) or role == "mentioned":
        return None
    return "arrests_unspecified" if role == "arrests_stated" else role


def _continued(
    sent: str, found: list[tuple[countries.CountryMention, str]], carry: str | None
) -> list[tuple[countries.CountryMention, str]]:
    """The countries that open a line continuing the previous line's list take that list's role."""
    if carry is None or not found or not _LIST_OPENS.match(sent[: found[0][0].start]):
        return found
    out = list(found)
    prev_end = None
    for i, (c, role) in enumerate(found):
        if prev_end is not None and not LIST_SEP.match(sent[prev_end : c.start]):
            break
        if RANK[carry] > RANK[role]:
            out[i] = (c, carry)
        prev_end = c.end
    return out


#: A country named with a count of the others: "carried out in Nigeria and 18 other African nations", "en Chile y
#: otros nueve países".
_AND_N_OTHER = re.compile(
    r"^\s+(?:and|y|e|plus|más)\s+(?:[\w.,]+\s+)?(?:other|otros|otras)\s+(?:[\w.,]+\s+)?(?:[\w-]+\s+)?"
    + COUNTRY_NOUNS + r"\b",
    re.I,
)
#: The list of those others, opening a later sentence: "Other 18 countries were Senegal…", "The other 18 nations
#: are:", "Los otros nueve países fueron Perú…".
_THE_OTHERS_WERE = re.compile(
    metric_words.THE_OTHERS_OPENING + r"(?:[\w.,]+\s+)?(?:[\w-]+\s+)?"
    + COUNTRY_NOUNS + r"\s*(?:were|are|included|include|fueron|son|eran)?\s*:?\s*$",
    re.I,
)


def _others_role(sent: str, found: list[tuple[countries.CountryMention, str]]) -> str | None:
    """The role of the country a sentence names with a count of the others ("in Nigeria and 18 other nations")."""
    for c, role in found:
        if _AND_N_OTHER.match(sent[c.end :]):
            return role
    return None


def _the_others(
    sent: str, found: list[tuple[countries.CountryMention, str]], role: str | None
) -> list[tuple[countries.CountryMention, str]]:
    """The countries of a list of "the other N countries" take the role of the one named with them."""
    if role is None or not found or not _THE_OTHERS_WERE.match(sent[: found[0][0].start]):
        return found
    role = "arrests_unspecified" if role == "arrests_stated" else role  # the count was the named one's
    return [(c, role if RANK[role] > RANK[r] else r) for c, r in found]


@dataclass
class Roles:
    """Countries' roles gathered over an article's sentences."""

    countries: dict[str, tuple[int, CountryFact]] = field(default_factory=dict)
    carry: str | None = None  # the role of a list of countries cut by a line break ("…, Ireland, America,")
    others: str | None = None  # the role of a country named "and N other countries", for the list of those others

    def read(
        self, sent: str, src: Quoted, cs: list[CountryMention], counted: set[str]
    ) -> list[CountryMention]:
        """Read one sentence; returns the countries it says had arrests without a count."""
        unspecified = []
        found = sentence_roles(sent, cs, counted)
        found = _continued(sent, found, self.carry)
        self.carry = _carried(sent, found)
        found = _the_others(sent, found, self.others)
        self.others = _others_role(sent, found) or self.others
        for c, role in found:
            if role == "arrests_unspecified":
                unspecified.append(c)
            fact = CountryFact(c.iso3, role, src, c.text)
            old = self.countries.get(c.iso3)
            if old is None or RANK[role] > old[0]:
                self.countries[c.iso3] = (RANK[role], fact)
        if not cs and metric_words.VERBS["arrest"].search(sent) and _BOTH_COUNTRIES.search(sent):
            unspecified += self._both_countries(src)
        return unspecified

    def _both_countries(self, src: Quoted) -> list[CountryMention]:
        """The two countries that took part had arrests, when a sentence gives arrests "in both countries"."""
        pair = [iso for iso, (rank, _) in self.countries.items() if RANK["participating"] <= rank < RANK["arrests_unspecified"]]
        acted = [iso for iso, (rank, _) in self.countries.items() if rank >= RANK["participating"]]
        if len(acted) != 2 or not pair:
            return []
        out = []
        for iso in pair:
            old = self.countries[iso][1]
            self.countries[iso] = (RANK["arrests_unspecified"], CountryFact(iso, "arrests_unspecified", src, old.as_written))
            out.append(countries.CountryMention(iso, 0, 0, old.as_written, "name"))
        return out

    def finish(self, lead: list[str], source: Quoted | None) -> list[CountryFact]:
        """Every country's role; the lead countries (`lead.Lead.finish`) took part, at least."""
        roles = dict(self.countries)
        for iso in lead:  # the lead took part, at least
            if (iso not in roles or roles[iso][0] < 1) and source is not None:
                roles[iso] = (1, CountryFact(iso, "participating", source, iso))
        return [f for _, f in roles.values()]


#: A town or province written where arrests were made: "Los arrestos se realizaron en las provincias de
#: Pontevedra, Ourense y Madrid", "arrests were made in Leeds and York" (the place may open or continue the list).
_PLACE_OF_ARRESTS_BEFORE = re.compile(
    r"\b(?:en|in|across|throughout)\s+(?:(?:la|las|el|los|the)\s+)?"
    r"(?:(?:provincias?|ciudades?|localidades?|municipios?|comunidades?|regiones?|estados?|provinces?|cities|"
    r"city|towns?|regions?|states?|counties|county)\s+(?:de|of)\s+)?"
    r"(?:[A-ZÁÉÍÓÚ][\w'’-]*(?:\s+(?:de\s+|del\s+)?[A-ZÁÉÍÓÚ][\w'’-]*)*\s*(?:,\s*|\s+(?:y|e|and)\s+))*$"
)


def arrests_in_places(found: list[CountryFact], named: list[PlaceFact]) -> list[CountryFact]:
    """A country that took part had arrests when a sentence places arrests in its towns or provinces
    ("Los arrestos se realizaron en las provincias de Pontevedra, Ourense…" for Spain); a country the article
    does not otherwise name is not added (a town's country may be misread)."""
    upgraded: dict[str, CountryFact] = {}
    by_iso = {c.iso3: c for c in found}
    for p in named:
        c = by_iso.get(p.place.iso3 or "")
        if c is None or not RANK["participating"] <= RANK[c.role] < RANK["arrests_unspecified"]:
            continue
        sent = p.source.quote
        where = p.place.as_written or p.place.name
        at = sent.find(where)
        if at < 0 or not metric_words.VERBS["arrest"].search(sent) or _PLACE_OF_ARRESTS_BEFORE.search(sent[:at]) is None:
            continue
        upgraded.setdefault(c.iso3, CountryFact(c.iso3, "arrests_unspecified", p.source, c.as_written))
    return [upgraded.get(c.iso3, c) for c in found]


def stated_by_figures(found: list[CountryFact], figs: list[Figure]) -> list[CountryFact]:
    """A country the settled figures give an arrests count had arrests with a count, even where the count's
    sentence names only its towns ("35 fueron capturados en Madrid, Vigo y Salamanca" for Spain), and so has
    a country that took part one of whose towns or provinces has a count ("ocho detenidos en Benalmádena" for
    Spain; not a country only mentioned, as where a body sits: "from its headquarters in The Hague")."""
    counted: dict[str, Figure] = {}
    in_towns: dict[str, Figure] = {}
    for f in figs:
        if f.metric != "arrests" or f.value is None or f.place is None or not f.place.iso3:
            continue
        if f.place.kind == "country":
            counted[f.place.iso3] = f
        elif f.place.kind in ("town", "province"):
            in_towns.setdefault(f.place.iso3, f)
    for c in found:
        if c.iso3 in in_towns and c.iso3 not in counted and RANK[c.role] >= RANK["participating"]:
            counted[c.iso3] = in_towns[c.iso3]
    return [
        CountryFact(c.iso3, "arrests_stated", counted[c.iso3].source, c.as_written)
        if c.iso3 in counted and RANK[c.role] < RANK["arrests_stated"]
        else c
        for c in found
    ]
