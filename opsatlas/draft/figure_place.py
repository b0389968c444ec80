"""The place the words around one figure give it: `place_for` and `place_just_before`.

A place written just before the number ("en Portugal 4", "Spain 11"), after it ("12 arrests in Spain"), a
force that did it ("Spanish police arrested 20"), a "where" clause after a place; not a route, a seat, where
people lived or were wanted, nor where goods were stolen or bound. What frames a figure no words place (the
sentence's opening place, the sentence before, the paragraph) is `framing`'s; reading the figures, `placing`'s.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from . import countries, metric_words, metrics, numbers, singles
from .facts import PEOPLE_FOUND, Mention, PlaceRef
from .lists import EACH, SEVERAL, chain_of, common_country
from .roles import RESIDING
from .subjects import LED_OPERATION, OWN_REPORT, SAID_WORDS, WHOLE_SCOPE, named_as_helper, one_of_listed_forces

_LOCATIVE = re.compile(
    r"\b(?:in|en|across|throughout|within|inside|at|(?:port|town|city|province|cities|towns|provinces|"
    r"state|states) of|(?:puerto|localidad|ciudad|provincia|municipio|ciudades|localidades|provincias|municipios) de)"
    r"\s+(?:the\s+|la\s+|el\s+|"
    r"los\s+|las\s+)?$"
    # "35 en diferentes partes del territorio español", "across British territory"; "in various parts of Colombia",
    # "en distintas zonas de Perú"
    r"|\b(?:in|en|across|throughout|por)\b[^,;.\d]{0,40}?\b(?:territorio|suelo|territory|soil|parts|partes|areas|zonas)"
    r"\s+(?:of\s+(?:the\s+)?|del?\s+(?:la\s+|el\s+)?)?$",
    re.I,
)


#: "…were seized in the U.S.": the verb of the figure, then where it happened (however long the list between).
_DONE_IN = re.compile(
    r"\b(?:seized|arrested|detained|apprehended|caught|rescued|incautad[oa]s?|intervenid[oa]s?|detenid[oa]s?|"
    r"arrestad[oa]s?|rescatad[oa]s?)\s+" + countries.IN_THE + r"$",
    re.I,
)


_IN_SOME = re.compile(r"\b(?:in|on|across|throughout)\s+(?:the\s+)?(?:[^\W\d_]+\s+){0,2}$", re.I)


_PLACE_NOUN_AFTER = re.compile(
    r"^\s+(?:soil|territory|cities|towns|ports|provinces|regions|states|waters|airports?|capital|city|port)\b", re.I
)


_IN_PLACE_NOUN = re.compile(
    r"\b(?:en|por)\s+(?:el\s+|la\s+|los\s+|las\s+)?(?:[^\W\d_]+\s+)?(?:ciudades|localidades|provincias|puertos|"
    r"aguas|territorio|suelo|aeropuertos?|capital|ciudad|puerto|costas?)\s+$",
    re.I,
)


#: Words that turn from the framed place to the whole operation: "In Spain, 20 were arrested, and
#: the operation as a whole led to 200 arrests".
WHOLE_AFTER = re.compile(
    r"\b(?:overall|in total|en total|worldwide|globally|altogether|across \d+|in \d+ countries|en \d+ países|"
    r"whole operation|la operación en su conjunto|a nivel (?:mundial|europeo|internacional|global)|"
    r"the operation|la operación)\b",
    re.I,
)


_TABLE_END = re.compile(r"^\s*(?:[,;.)]|\band\b|\by\b|\be\b|$)", re.I)


def place_just_before(
    sent: str, q: numbers.Quantity, mentions: list[Mention], before: list[numbers.Quantity]
) -> PlaceRef | None:
    """ "Fueron detenidos en España 11 personas, en Portugal 4 y en Italia 2", "Detenidos en España: 11",
    "arrests by country: Spain 11, Colombia 7": a place right before the number is the number's."""
    if q.weak and not EACH.match(sent[q.end :]):
        return None  # "en Barcelona y Tarragona un total de…": "un" counts nothing here
    prior_end = before[-1].end if before else 0
    m = next((m for m in reversed(mentions) if prior_end <= m.start and m.end <= q.start), None)
    if m is None:
        return None
    gap = sent[m.end : q.start]
    # "Capturan en España a 13 miembros", "detuvo en Madrid a cinco personas": the verb, its place, then its object
    if (
        m.place.kind != "region"
        and re.fullmatch(r"\s+a\s+(?:(?:unos|unas|más de|al menos|otros|otras)\s+)?", gap)
        and metric_words.VERBS["arrest"].search(sent[max(0, m.start - 40) : m.start])
        and re.search(r"\b(?:en|in)\s+(?:la\s+|el\s+)?$", sent[: m.start], re.I)
    ):
        return m.place
    if (
        m.place.kind != "region"
        and re.fullmatch(r"\s*,\s*(?:a\s+)?", gap)
        and bare(sent, q)
        and (
            re.search(
                r"(?:^|[;:]|,\s*(?:and|y|e|while|whereas|mientras(?: que)?)?)\s*" + countries.IN_THE + r"$",
                sent[: m.start],
                re.I,
            )
            # "se distribuyen así: España, 10; Francia, 8; Italia, 7"
            or (
                re.search(r"[:;]\s*(?:and\s+|y\s+)?$", sent[: m.start])
                and re.match(r"\s*(?:[;.]|,\s*(?:and|y|e)\s|$)", sent[q.end :])
            )
            # "Brasil registró 120 detenciones; México, 80, y Colombia, 45."
            or (
                re.search(r"(?:[;:]|,\s*(?:and|y|e))\s*$", sent[: m.start])
                and re.match(r"\s*(?:[;.]|$)", sent[q.end :])
            )
        )
    ):
        return m.place  # "In the Netherlands, two suspects were arrested; in Belgium, three.", "En Ecuador, a ocho."
    if (
        m.place.kind == "country"
        and (m.place.as_written or "").casefold() in singles.DEMONYM_COUNTRY
        and bare(sent, q)
        and (
            # "…, the French Gendarmerie 8 and the Italian Carabinieri 7"
            re.fullmatch(r"\s+(?-i:[A-ZÁÉÍÓÚ][\w-]+)(?:\s+(?-i:[A-ZÁÉÍÓÚ][\w-]+))?\s*,?\s*", gap)
            or re.fullmatch(r"\s+(?:" + countries.FORCE_WORDS + r"|investigators|investigadores|detectives)\s*,?\s*(?:a\s+)?", gap, re.I)
            # "…; la Gendarmería francesa, a 8", "y la argentina a 15": the force's verb left out
            or (
                re.fullmatch(r"\s*,?\s*(?:a\s+)?", gap)
                and re.search(r"(?:" + countries.FORCE_NAMED + r"|(?:,|;|\by|\band|\be)\s+(?:la|el|the|los|las))\s+$",
                              sent[max(0, m.start - 40) : m.start], re.I)
            )
        )
    ):
        return m.place
    if (
        m.place.kind != "region"
        and re.fullmatch(r"\s*,\s*(?:with|con)\s+", gap)
        and re.fullmatch(r"\W*(?:(?:the|el|la)\s+)?", sent[: m.start], re.I)
    ):
        return m.place  # "Spain, with 12 arrests, was …", "Brasil, con 300 detenidos, …"
    if (
        m.place.kind == "country"
        and (m.place.as_written or "") in countries.AGENCIES
        and bare(sent, q)
        and re.fullmatch(r"\s*,?\s*(?:a\s+)?", gap)
        and re.search(r"(?:,|;|\by|\band|\be)\s+(?:the\s+|la\s+|el\s+|los\s+|las\s+)?(?:[\w-]+\s+)?$",
                      sent[max(0, m.start - 40) : m.start], re.I)
    ):
        return m.place  # "…, and the Italian Carabinieri 7", "y los Carabineros, a 5"
    if (
        m.place.kind != "region"
        and re.fullmatch(r"\s*\(\s*", gap)
        and re.match(r"\s*(?:[^\W\d_]+\s*){1,2}\)", sent[q.end :])
    ):
        return m.place  # "Spain (10 arrests), France (8 arrests)", "Colombia (7 detenidos)"
    # "y en Ecuador otras 5": "otras" between the place and its count
    if m.place.kind == "region" or not re.fullmatch(r"\s*(?:[:–-]|,?\s*(?:with|con))?\s*(?:otr[oa]s\s+)?", gap):
        # "la incautación en Colombia de 139 kilos": "de" after a place opened by "en"
        if not (m.place.kind != "region" and re.fullmatch(r"\s+(?:de|of)\s+", gap) and re.search(
            r"\b" + countries.IN_THE + r"$", sent[max(0, m.start - 12) : m.start], re.I
        ) and q.unit):
            return None  # "Spain 11", "en Holanda, con seis detenidos"
        return m.place
    first = chain_of(sent, mentions, m, forward=False)[-1]  # "Austria and the Netherlands with four each"
    locative = re.search(
        r"\b(?:in|en|followed by|seguid[oa] (?:de|por))\s+(?:the\s+|la\s+|el\s+)?$",
        sent[max(0, first.start - 20) : first.start],
        re.I,
    )  # "Germany reported 50 arrests, followed by France with 30"
    end = EACH.match(sent[q.end :])
    listed = _TABLE_END.match(sent[q.end + (end.end() if end else 0) :]) and (
        # ", Ghana 20 and Kenya 10": after a comma, or after the count before it and "and"
        re.search(r"(?:[:,]\s*(?:and\s+|y\s+|e\s+)?|\d\s+(?:and|y|e)\s+)(?:the\s+|la\s+|el\s+)?$",
                  sent[max(0, first.start - 10) : first.start])
        or ":" in sent[m.end : q.start]
    )
    if not (locative or listed) or q.qualifier == "range" and q.upper is None:
        return None
    return m.place


def bare(sent: str, q: numbers.Quantity) -> bool:
    """The number stands without a noun ("… en Portugal 4 y en Italia 2")."""
    if q.unit:
        return False  # "en España más de tres toneladas": an amount, not people
    if EACH.match(sent[q.end :]):
        return True  # "Spain with one each"
    more = re.match(r"\s+(?:more|others|más|otr[oa]s)\b", sent[q.end :], re.I)
    if more and metrics.NO_NOUN.match(sent[q.end + more.end() : q.end + more.end() + 12]):
        return True  # "and in Ecuador 5 more"
    # "en México con 2.400 migrantes": a noun the metrics do not know is still a noun
    return bool(metrics.NO_NOUN.match(sent[q.end : q.end + 12]))


#: Where people are wanted, not where they were arrested: "un fugitivo buscado", "four smugglers indicted" (in the
#: U.S.; not "were indicted", where the count is of people indicted there).
WANTED = re.compile(
    r"\b(?:" + metric_words.WANTED_WORDS + r"|(?<!were )(?<!was )(?<!been )indicted)$",
    re.I,
)


#: Where goods were stolen, not where they were recovered: "342 coches sustraídos en España", "cars stolen in Italy".
_STOLEN_IN = re.compile(
    r"\b(?:stolen|robad[oa]s?|sustraíd[oa]s?|hurtad[oa]s?)\s+(?:in|en|from)\s+(?:the\s+|la\s+|el\s+)?$", re.I
)


#: Where goods were to be taken, not where they were seized: "una tonelada de cocaína que se iba a introducir en
#: España", "smuggled into Ireland".
_BROUGHT_INTO = re.compile(
    r"\b(?:introducir|introducirla|introducirlas|introducid[oa]s?|smuggled|brought|trafficked|shipped)\s+"
    r"(?:en|into|to)\s+(?:the\s+|la\s+|el\s+)?$",
    re.I,
)


#: "mostly in the US", "en su mayoría en España": the figure is not the place's alone.
_MOSTLY = re.compile(
    r"\b(?:mostly|mainly|largely|primarily|principally|chiefly|most of them|the majority|mayoritariamente|"
    r"principalmente|sobre todo|en su mayoría|la mayoría)\s+(?:in|en|at)\s+(?:the\s+|el\s+|la\s+|los\s+)?$",
    re.I,
)


#: An aside on who the people are, between commas: ", many of them Irish and British,", ", la mayoría de ellos
#: colombianos,": the nationalities it names are no place of the count.
_OF_THEM_ASIDE = re.compile(
    r",\s*(?:many|most|some|all|several|half|two|three|four|five|six|seven|eight|nine|ten|muchos|muchas|"
    r"la mayoría|algunos|algunas|varios|varias|todos|todas|la mitad)\s+(?:of\s+(?:them|whom)|(?:de\s+)?(?:ellos|ellas))"
    r"\b[^,;.]{0,60}?\.?,",
    re.I,
)


def _in_an_aside_of_them(sent: str, m: Mention, start: int) -> bool:
    """The place is named in an aside on who the people are, after the figure: "A total of 20 people, many of them
    Irish and British, were arrested in Spain"."""
    return any(a.start() <= m.start and m.end <= a.end() for a in _OF_THEM_ASIDE.finditer(sent, start))


def place_for(
    sent: str,
    q: numbers.Quantity,
    reading: metrics.Reading,
    mentions: list[Mention],
    next_start: int,
    before: list[numbers.Quantity],
) -> PlaceRef | ByForce | None:
    """The place a figure belongs to, or None for the whole operation (see the module docstring)."""
    limit = min(next_start, len(sent))
    end = max(q.end, reading.noun_end)
    mentions = [m for m in mentions if not _seat(sent, m, mentions)]  # a body's seat is no place of a figure
    after = [
        m for m in mentions
        if end <= m.start < limit and m.start - end <= 160 and not _in_an_aside_of_them(sent, m, end)
    ]
    if after:
        m = _past_route(sent, end, after)
        gap = sent[end : m.start]
        near = m.start - end <= 70
        locative = (
            (near and _LOCATIVE.search(gap))
            # "Three are from NSW": people from a state or town were arrested there; goods "from Ecuador" came from it
            or (
                near
                and reading.metric in PEOPLE_FOUND
                and m.place.kind in ("town", "province")
                and re.search(r"\b(?:from|desde)\s+(?:the\s+)?$", gap, re.I)
            )
            or (reading.elliptic and re.fullmatch(r"\s*(?:de|del)\s+", gap))
            # "De las 500 detenciones, 120 corresponden a Brasil"
            or re.fullmatch(r"\s*(?:corresponden?|correspond|corresponds)\s+(?:a|to)\s+(?:the\s+)?", gap, re.I)
            or _DONE_IN.search(gap)
            # "in several Portuguese cities", "on Portuguese soil", "en distintas ciudades portuguesas"
            or (
                near
                and (m.place.as_written or "").casefold() in singles.DEMONYM_COUNTRY
                and (
                    (_IN_SOME.search(gap) and _PLACE_NOUN_AFTER.match(sent[m.end :]))
                    or _IN_PLACE_NOUN.search(gap)
                )
            )
        )
        own_number = re.match(r"^\s*\(\s*\d", sent[m.end :])  # "en Guatemala (1.008 kilos)": its own figure
        # "un fugitivo buscado en Perú fue arrestado por…": where the person is wanted, not where arrested;
        # "el arresto de nueve individuos que residían en Rumanía": where they lived (suspects "residing in the UK"
        # were identified there)
        wanted = WANTED.search(re.sub(r"\s+" + countries.IN_THE + r"$", "", gap)) or (
            reading.metric == "arrests" and RESIDING.search(gap)
        )
        # "fueron capturadas 12 personas y en Ecuador otras 5": "y en" opens the next clause, with its own count
        # "arrested 8, and police in Peru arrested 3": a force in the next clause has its own count
        next_clause = re.match(
            r"^\s*,?\s*(?:y|and|e|pero|but)\s+(?:(?:the\s+|la\s+|las\s+)?" + countries.FORCE_WORDS
            + r"\s+(?:in|en|of|de)\s+(?:the\s+|la\s+|el\s+)?$|(?:in|en)\b)",
            gap,
            re.I,
        )
        # "En Chile se detuvo a 5 personas, en Ecuador a una": the figure has its place before it, and ", en
        # Ecuador" opens the next pair of the list
        prior_q_end = next((b.end for b in reversed(before) if not b.weak), 0)
        if re.match(r"^\s*,\s*(?:in|en)\s", gap, re.I) and any(
            prior_q_end <= p.start and p.end <= q.start and _LOCATIVE.search(sent[max(0, p.start - 12) : p.start])
            for p in mentions
        ):
            next_clause = next_clause or re.match(r"", gap)
        if _MOSTLY.search(gap):
            return None  # "123 children, mostly in the US": the whole operation's, most of them there
        if (
            locative
            and not wanted
            and not _BROUGHT_INTO.search(gap)
            and not _STOLEN_IN.search(sent[q.end : m.start])  # the noun may end past "stolen"
            and not next_clause
            and not own_number
            and not re.search(r"[;.]", gap)
            and not TURN.search(gap)
            and not _SAID.search(gap)
        ):
            chain = chain_of(sent, mentions, m, forward=True)
            also_in = _also_in(sent, mentions, m)
            if len(chain) == 1 and also_in is not None and also_in.place.iso3 != m.place.iso3:
                return SEVERAL  # "across several Brazilian states and in the Paraguayan capital": both countries'
            if len(chain) > 1:
                # "in Belgium, France and Spain": several places, the figure is their total
                return common_country(chain)
            if reading.metric.startswith("countries_") and m.place.kind != "region":
                return None  # "12 countries, including Spain": the countries are listed, not a place
            return m.place
    # "Britain's National Crime Agency said 24 people were arrested in the country": the one country named
    if _IN_THE_COUNTRY.match(sent[end : end + 60]):
        named = {m.place.iso3 for m in mentions if m.place.kind == "country"}
        if len(named) == 1:
            return next(m.place for m in mentions if m.place.kind == "country")
    # "un total de 106 kilos": a number word read as no figure does not end the places before it
    prior_q_end = next((b.end for b in reversed(before) if not b.weak), 0)
    prior = [m for m in mentions if prior_q_end <= m.start and m.end <= q.start and q.start - m.end <= 60]
    if prior and not reading.metric.startswith("countries_"):
        m = prior[-1]
        gap = sent[m.end : q.start]
        pre = sent[max(0, m.start - 40) : m.start]
        chain = chain_of(sent, mentions, m, forward=False)
        distinct = len({c.place.key for c in chain}) > 1  # "la Policía Nacional y la Guardia Civil": one country
        if distinct and "," not in gap[:3] and not re.search(r"[;:.]", gap):
            # "registros en Barcelona y Tarragona un total de 106 kilos": several towns of one country;
            # "in Ghana and Togo police rescued 40": several countries, the figure is theirs together
            return common_country(chain)
        agencyish = re.match(
            r"^[\s-]*(?:\w+\s+){0,1}(?:" + countries.FORCE_WORDS + r"|investigators|law enforcement|agents|forces)\b",
            gap,
            re.I,
        )
        police_in = re.search(
            countries.FORCE_NAMED + r"\s+(?:in|en|of|de|del)\s+"
            r"(?:the\s+|la\s+|el\s+)?$",
            pre,
            re.I,
        )
        # "en El Salvador fueron arrestados 14 sospechosos", "in Peru police rescued 40": the place, then the verb
        clause_start = re.search(
            r"(?:^|[.;:—–]|,\s*(?:while|whereas|and|mientras(?: que)?|y)|\b(?:por países|by country|per country)\s*,)"
            r"\s*(?:the\s+|el\s+|la\s+)?$",
            pre,
            re.I,
        )
        if m.place.kind == "country" and clause_start and _COUNTRY_REPORTS.match(gap):
            return m.place  # "Zambia is reporting the apprehension of 14", "while Rwanda is confirming 45 arrests"
        verb = _LOCATED_VERB.match(gap)
        located = (
            verb is not None
            and any(
                metric_words.VERBS[c].fullmatch(verb.group("verb")) for c in ("arrest", "identify", "rescue", "seize")
            )
            and re.search(r"\b" + countries.IN_THE + r"$", pre, re.I)
        )
        listed = any(
            o is not m and re.fullmatch(r"\s*(?:,|and|y|e)\s*(?:in\s+|en\s+)?(?:the\s+|la\s+|el\s+)?", sent[o.end : m.start])
            for o in mentions
            if o.end <= m.start
        )
        if located and not listed:
            return m.place
        if re.search(r"[()]", gap):
            return None  # "(8 en Rumanía y 5 en Madrid) y se ha liberado a nueve mujeres": the bracket closed
        if (
            (agencyish or police_in or m.place.kind in ("town", "province"))
            and "," not in gap[:3]
            and not re.search(r"[;:]", gap)
        ):
            if m.place.kind == "country" and (agencyish or police_in):
                if (
                    named_as_helper(sent, m, mentions)
                    or LED_OPERATION.search(gap)
                    or one_of_listed_forces(sent, m, mentions)  # "la Policía de Francia y la Policía de Colombia"
                    or WHOLE_SCOPE.search(sent)  # "Spanish police said 500 were arrested worldwide"
                    # "Albanian authorities say 38 … have been arrested": who reports it, not said to have done it
                    or (_SAID.search(gap) and not OWN_REPORT.fullmatch(gap[agencyish.end() if agencyish else 0 :]))
                ):
                    # "the effort led by Danish police identified 273", "La Policía de Colombia lideró una
                    # operación que dejó 28 toneladas": the operation did it
                    return None
                return ByForce(m.place)  # "Spanish police arrested 20": the force's country (see `agency_subject`)
            if m.place.kind == "region" or m.place.kind == "country" or m.place.kind in ("town", "province"):
                return m.place
    return _where_clause_place(sent, q, mentions)


#: A clause that tells what was done at the place just named, up to the figure: ", donde se ha incautado diversa
#: documentación … y 2.000 euros", ", where officers seized …", ", en los que además se secuestraron unos 700" (not
#: "in which", "en la que": most often the operation's, "una operación … en España, en la que …"); a gerund that finds or
#: seizes there: "por la Guardia Civil en las provincias de Guadalajara y Toledo, localizando 3 plantaciones donde se
#: han intervenido 700 plantas", "raided 14 homes in Lima, seizing 20 kilograms".
_WHERE_CLAUSE = re.compile(
    r"^\s*,?\s*(?:where|donde|en (?:los|las) que|en (?:los|las) cuales|localizando|hallando|encontrando|incautando|"
    r"interviniendo|decomisando|seizing|finding|recovering|confiscating|uncovering)\b([^;:.()]{0,200})$",
    re.I,
)


def _where_clause_place(sent: str, q: numbers.Quantity, mentions: list[Mention]) -> PlaceRef | None:
    """ "tres registros en los Países Bajos, donde se ha incautado … 2.000 euros", "a farm in Peru, where officers
    seized … 14 rifles", "en Madrid, Málaga y Sevilla, donde …": a figure in the clause that opens with "where" after
    a place is that place's (several places of one country: the country's). Not a body ("la Guardia Civil, donde"),
    a seat, or a clause that turns to the whole operation or to what someone said."""
    before = [m for m in mentions if m.end <= q.start]
    if not before or before[-1].place.kind == "region":  # (a seat is no mention here: `place_for` left it out)
        return None
    m = before[-1]
    clause = _WHERE_CLAUSE.match(sent[m.end : q.start])
    if clause is None or WHOLE_SCOPE.search(sent, m.end, q.start):
        return None
    rest = clause.group(1)
    if TURN.search(rest) or _SAID.search(rest) or WHOLE_AFTER.search(rest):
        return None
    chain = chain_of(sent, mentions, m, forward=False)
    if not _LOCATIVE.search(sent[max(0, chain[-1].start - 40) : chain[-1].start]):
        return None
    return m.place if len(chain) == 1 else common_country(chain)


#: A body's seat, not where anything happened: "esa organización con sede en Lyon (Francia)", "Interpol,
#: headquartered in Lyon" ("a ring based in Thailand" is where the ring works, and may be where it was caught).
_SEAT_BEFORE = re.compile(
    r"\b(?:con sede en|con sede central en|tiene su sede en|headquartered in|"
    r"(?:with|from|at) (?:its |their )?headquarters in|(?:desde|en) su sede(?: central)? (?:en|de))\s+"
    r"(?:the\s+|la\s+|el\s+)?$",
    re.I,
)


def _seat(sent: str, m: Mention, mentions: list[Mention]) -> bool:
    """The place is a body's seat ("con sede en Lyon"), or the country in brackets after that seat ("Lyon (Francia)")."""
    if _SEAT_BEFORE.search(sent[max(0, m.start - 30) : m.start]):
        return True
    return any(
        o.end <= m.start and re.fullmatch(r"\s*\(\s*", sent[o.end : m.start]) and _seat(sent, o, mentions)
        for o in mentions
    )


#: Where goods or people came from or passed through: "that passed through Sierra Leone", "from Albania".
_ROUTE_BEFORE = re.compile(
    r"\b(?:from|through|via|vía|desde|procedentes? de|provenientes? de|(?:pas[óa]|pasaron|transit[óa]|transitaron)\s+por|con destino a|bound for|destined for|to|into|a|hacia|"
    r"de)\s+(?:the\s+|la\s+|el\s+)?$",
    re.I,
)


def only_route_places(sent: str, mentions: list[Mention]) -> bool:
    """Whether every place the sentence names is on a route ("trucks from Afghanistan … into Pakistan"): the
    sentence names no place where anything was done."""
    return all(_ROUTE_BEFORE.search(sent[max(0, m.start - 30) : m.start]) for m in mentions)


def _past_route(sent: str, end: int, after: list[Mention]) -> Mention:
    """ "Six tonnes that passed through Sierra Leone were seized in Antwerp", "two suspects from Albania
    were arrested in Italy": the place the figure's verb points to, past the route, origin or demonym named
    first; else the first place after the figure."""
    first = after[0]
    # "32 sospechosos vinculados a la 'Ndrangheta italiana han sido detenidos en España": a demonym qualifying a
    # noun (in lower case) is no place either
    qualifier = (first.place.as_written or "")[:1].islower()
    if not qualifier and not _ROUTE_BEFORE.search(sent[max(0, first.start - 25) : first.start]):
        return first
    for m in after[1:]:
        gap = sent[first.end : m.start]
        if re.search(r"[;.]", gap) or TURN.search(gap) or _SAID.search(gap):
            break
        if _DONE_IN.search(gap):
            return m
    return first


#: Between a place and its figure, only the figure's verb: " fueron arrestados ", " se rescataron “",
#: " detuvieron a ", " police arrested ", " were arrested, including ".
_LOCATED_VERB = re.compile(
    r"^\s+(?:(?:the\s+|la\s+|las\s+|los\s+)?" + countries.FORCE_WORDS + r"\s+)?"
    r"(?:(?:se|fueron|han sido|ha sido|have|has|had|were|was|have been|has been|han|ha)\s+)?"
    # "dejó en El Salvador la detención de 17 personas": the act named by its noun
    r"(?:(?:la|el|the)\s+(?=[^\W\d_]+\s+(?:de|of)\s))?"
    r"(?P<verb>[^\W\d_]+)\s+(?:(?:a|to|de|of)\s+)?(?:(?:las|los|the)\s+)?(?:(?:otr[oa]s|other|another|más|more)\s+)?[“\"«]?$",
    re.I,
)


#: "… were arrested in the country", "… detenidos en el país": back to the country the sentence names.
_IN_THE_COUNTRY = re.compile(
    r"^\s*(?:(?:were|was|have been|had been|han sido|fueron|se han)\s+)?(?:[^\W\d_]+\s+)?"
    r"(?:in|en|across|throughout|all over|around|por todo|a lo largo de|a lo ancho de)\s+(?:the|that|this|el|ese|este|"
    r"dicho)\s+(?:country|país)\b",
    re.I,
)


#: A country as the subject that reports its own figures: "Zambia is reporting …", "Perú registró …".
_COUNTRY_REPORTS = re.compile(
    # "Singapore alone accounted for 20 arrests", "Brasil, por sí solo, aportó 74"
    r"^\s*(?:\s(?:alone|sol[oa])|,\s*(?:alone|por sí sol[oa]),)?"
    r"\s+(?:(?:is|are|has|have|was|also|too)\s+){0,2}(?:reporting|reported|reports|confirming|confirmed|confirms|"
    r"recording|recorded|records|registering|registered|registró|reportó|confirmó|informó|registra|reporta|"
    r"contabilizó|contabiliza|sumó|suma|"
    # "Spain made 45 arrests", "Brazil accounted for 300 of them", "Perú realizó 25 detenciones"
    r"made|carried out|conducted|accounted for|accounts for|realizó|efectuó|practicó|llevó a cabo|concentró|aportó|"
    # "Nigeria arrested 50 suspects", "Brasil encabeza la lista con 300 detenciones"
    r"arrested|detained|apprehended|rescued|seized|identified|detuvo|arrestó|capturó|aprehendió|rescató|incautó|"
    r"identificó|leads|led|tops|topped|lidera|lideró|encabeza|encabezó|had|has|tuvo|tiene)"
    # "Brazil recorded the highest number of arrests, with 74"
    r"\b[^,;.]{0,40}(?:,\s*(?:with|con)\s+)?$",
    re.I,
)


#: ", while in Ghana …", ", mientras que en Perú …": the next clause has its own subject and place.
TURN = re.compile(
    r",\s*(?:while|whereas|whilst|mientras(?: que)?|en tanto que|but|pero|(?:and|y|e)\s+(?:in|en))\b"
    r"|,\s*(?:including|incluid[oa]s?|incluyendo|entre ell[oa]s|among them|such as)\b[^,]*$",
    re.I,
)  # ", including a white tiger cub found in a van in Mexico": that place is the included thing's


#: "… 30 people, the director said in Madrid": where it was said, not where it happened.
_SAID = re.compile(r"\b(?:" + SAID_WORDS + r")\b", re.I)


#: A second place joined by "and in": "in several Brazilian states and in the Paraguayan capital", "en Madrid y en
#: Lisboa".
_AND_IN = re.compile(r"\s+(?:[^\W\d_]+\s+){0,2}?(?:and|y|e|as well as|así como)\s+" + countries.IN_THE)


def _also_in(sent: str, mentions: list[Mention], m: Mention) -> Mention | None:
    """The place the figure's place is joined to by "and in", if any."""
    return next((o for o in mentions if o.start >= m.end and _AND_IN.fullmatch(sent[m.end : o.start])), None)


@dataclass(frozen=True)
class ByForce:
    """A place read from the force that did it, not from the words of place."""

    place: PlaceRef
