"""Where each figure of a sentence belongs: the whole operation, a country, a province or a town.

`read_figures` reads every count of one sentence (with `metrics`) and places it: a place written just
before it ("en Portugal 4"), after it ("12 arrests in Spain"), a force that did it ("arrested by the French
police"), the clause or sentence that frames it ("In Spain, …", given by `extract` in a `Frame`), or nothing
(the whole operation). The force or subject that places a count is read by `subjects`, lists of places and
counts by `lists`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from . import countries, country_finder, metrics, numbers, sentences, singles
from .facts import PEOPLE_FOUND, Figure, Mention, PlaceRef, Quoted
from .lists import (
    BRACKET_EACH,
    EACH,
    EACH_IN,
    IN_EACH,
    ITEM_LIST_GAP,
    SEVERAL,
    chain_of,
    common_country,
    list_shares_place,
    parenthesised,
    respectively,
)
from .subjects import (
    LED_OPERATION,
    SAID_WORDS,
    WHOLE_SCOPE,
    agency_subject,
    force_after,
    named_as_helper,
    one_of_listed_forces,
    subject_in_place,
)

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


#: A count of the others after one country: "in Nigeria and 18 other African nations", "en Chile y otros nueve
#: países" (the count, read from the number, is one more: the country named and the others).
_ONE_AND_BEFORE = re.compile(r"\s+(?:and|y|e|plus|más)\s+(?:(?:otros|otras)\s+)?$", re.I)
#: After the number: "18 other African nations", "five more countries".
_OTHERS_AFTER = re.compile(r"^\s+(?:[\w-]+\s+)?(?:other|more)\s", re.I)
#: Before the number, in Spanish: "y otros nueve países".
_OTHERS_BEFORE = re.compile(r"\b(?:otros|otras)\s+$", re.I)


def _count_of_countries(reading: metrics.Reading, q: numbers.Quantity, sent: str) -> float | None:
    """The number of countries a count says, with the one named before "and N other countries" added."""
    if q.value is None or not reading.metric.startswith("countries_"):
        return q.value
    before = _ONE_AND_BEFORE.search(sent[max(0, q.start - 14) : q.start])
    if before is None or not (_OTHERS_AFTER.match(sent[q.end :]) or _OTHERS_BEFORE.search(before.group())):
        return q.value
    at = q.start - len(before.group())
    named = [c for c in country_finder.find_countries(sent[max(0, at - 60) : at]) if c.via == "name"]
    return q.value + 1 if named and named[-1].end == min(60, at) else q.value


def _figure(
    reading: metrics.Reading,
    q: numbers.Quantity,
    place: PlaceRef | None,
    src: Quoted,
    s: sentences.Sentence,
    part: bool = False,
) -> Figure:
    return Figure(
        reading.metric,
        _count_of_countries(reading, q, s.text),
        q.qualifier,
        src,
        place,
        upper=q.upper,
        unit=q.unit,
        item=reading.item,
        status=reading.status,
        figure_span=(s.start + q.start, s.start + q.end),
        part=part,
    )


#: Words that make a count a part of a larger one: a subset ("among those arrested", "de ellos", "of
#: whom"), the rest ("111 others", "otras cinco"), an addition ("were also arrested") or a split
#: ("…, while 13 …", "mientras que …").
_PART_BEFORE = re.compile(
    r"\b(?:among|of whom|of them|of these|of those|including|incl\.|while|whereas|the remaining|the rest|"
    r"remaining|also|another|other|others|additional|further|de ellos|de ellas|de los cuales|de las cuales|de estos|"
    r"de estas|"
    r"entre ellos|entre ellas|entre los|entre las|incluid[oa]s|incluyendo|mientras que|mientras|el resto|"
    r"los demás|las demás|además|también|otr[oa]s)\b[^,;:]*$",
    re.I,
)


_PART_AFTER = re.compile(
    r"^\s*(?:others?|more|otr[oa]s|más)\b|"
    # "el arresto de cuatro personas más" (not "20 detenidos más que el año pasado")
    r"^\s+[^\W\d_]+\s+(?:más|more)\b(?!\s+(?:que|than|de|of)\b)|^[^.;]{0,150}?\b(?:also|as well|too|también|while|whereas|mientras)\b"
    # "Thirteen of the children were rescued outside the United States": a part of a group named before
    r"|^\s+(?:of|de)\s+(?:the|them|those|these|ell[oa]s|los|las|est[oa]s)\b"
    # "59 Thais among 61 arrested", "12 colombianos entre los 40 detenidos"
    r"|^\s+(?:[^\W\d_]+\s+){0,2}(?:among|entre)\s+(?:the\s+|los\s+|las\s+)?\d",
    re.I,
)


#: A sentence opened by some of the countries, told apart: "En estos tres últimos países se han realizado 61
#: detenciones", "In these three other countries, 65 arrests were made".
_THESE_COUNTRIES = re.compile(
    r"^\W*(?:in|en)\s+(?:these|those|estos|estas|esos|esas)\s+(?:[^\W\d_]+\s+){0,2}(?:countries|nations|países|"
    r"naciones)\b[^;:.]*$",
    re.I,
)


#: People counted by a role that picks a few out of the many: "two high-value targets", "tres cabecillas", "the
#: four ringleaders" (a part of the arrests, where the article states them).
_SUBSET_ROLE_AFTER = re.compile(
    r"^\s+(?:(?:main|key|alleged|presuntos|principales)\s+)?(?:high[- ]value targets?|HVTs?|ringleaders?|kingpins?|"
    r"cabecillas?)\b",
    re.I,
)


def _worded_as_part(sent: str, q: numbers.Quantity, reading: metrics.Reading) -> bool:
    """The sentence words this count as a part of a larger one (the whole-operation count comes
    from elsewhere). Only people counts: seizures of different things are all parts."""
    if reading.metric not in PEOPLE_FOUND:
        return False
    clause_start = max(sent.rfind(c, 0, q.start) for c in ",;:")
    before = sent[max(0, clause_start + 1, q.start - 60) : q.start]
    return bool(
        _PART_BEFORE.search(before)
        or _THESE_COUNTRIES.match(sent[: q.start])
        or _SUBSET_ROLE_AFTER.match(sent[q.num_end :])
        or _PART_AFTER.search(sent[q.num_end :])
        # "…, entre ellos, dos cabecillas", "among them, two leaders"
        or re.search(r"\b(?:entre ell[oa]s|among them|among whom|including|incluid[oa]s|de ell[oa]s)\s*,\s*$",
                     sent[max(0, q.start - 40) : q.start], re.I)
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


#: A sentence that opens with a place pointing back: "There, …", "Allí …", "En ese país …".
_THERE = re.compile(
    r"^\W*(?:there|allí|alli|ahí|in that country|in this country|en ese país|en este país|en dicho país|en aquel país)\b"
    # "Five suspects were arrested there."
    r"|\b(?:were|was|have been|has been|fueron|fue|han sido|ha sido)\s+[^\W\d_]+\s+(?:there|allí|alli|ahí)\s*[.;]?\s*$",
    re.I,
)


#: A sentence whose subject is the force named before: "They arrested…", "Los agentes detuvieron…" (raids that
#: point back, "The raid also resulted in…", are `_RAIDS_BACK`'s).
_THEY = re.compile(
    r"^\W*(?:they|the officers|officers|the agents|agents|these officers|the investigators|los agentes|ellos|"
    r"dichos agentes|estos agentes|los investigadores)\s+(?:also\s+|también\s+)?[^\W\d_]+",
    re.I,
)


#: Words that turn from the framed place to the whole operation: "In Spain, 20 were arrested, and
#: the operation as a whole led to 200 arrests".
_WHOLE_AFTER = re.compile(
    r"\b(?:overall|in total|en total|worldwide|globally|altogether|across \d+|in \d+ countries|en \d+ países|"
    r"whole operation|la operación en su conjunto|a nivel (?:mundial|europeo|internacional|global)|"
    r"the operation|la operación)\b",
    re.I,
)


#: The operation as the subject right after the place that opens the sentence: "In Peru, the operation led to 41
#: arrests", "En Perú, la operación dejó 41 detenidos" (the operation there, not the whole of it).
_ITS_OPERATION = re.compile(r"^\s*,?\s*(?:the|la)\s+(?:operation|operación)\b(?!\s*,)", re.I)


def _whole_after(between: str) -> bool:
    """Whether the words between a sentence's opening place and a figure turn to the whole operation
    ("In Spain, police arrested 20, and overall the operation led to 200 arrests")."""
    hits = list(_WHOLE_AFTER.finditer(between))
    its = _ITS_OPERATION.match(between)
    # "In Peru, the operation led to …": the operation there, when nothing else says the whole
    return bool(hits) and not (its is not None and len(hits) == 1 and hits[0].start() < its.end())


#: A paragraph's frame reaches the next sentences only in a case story, never a sentence about the whole
#: operation ("In Spain, police arrested 20. The operation led to 200 arrests" keeps 200 for the operation).
_WHOLE_WORDS = r"total|overall|worldwide|Europol|Interpol|countries|países"
_CASE_STORY = re.compile(r"^(?!.*\b(?:operation|operación|operativo|said|dijo|informó|" + _WHOLE_WORDS + r")\b).*\b"
                         r"(?:this|these|that|those|the same|his|her|their|este|esta|estos|estas|ese|esa|esos|esas|su|"
                         r"sus)\b", re.I)
#: A sentence that reports the whole operation, not one place's part: "Europol said 200 people were arrested", "A total
#: of 200 …", "Según Interpol, …" (words `_CASE_STORY` excludes too; not "the operation", which may be one country's,
#: nor "said" alone: "…, the agency said", "según la agencia").
_ABOUT_THE_WHOLE = re.compile(r"\b(?:" + _WHOLE_WORDS + r")\b", re.I)


#: "a nivel nacional", "nationwide": in the one country the sentence before counted in.
_NATIONWIDE = re.compile(
    r"\b(?:a nivel nacional|en todo el país|en el resto del país|nationwide|across the country|throughout the country|"
    r"in the rest of the country)\b",
    re.I,
)


#: A sentence that opens by pointing back at the one before: "This seizure and further investigations led to…".
_THIS_CASE = re.compile(r"^\W*(?:this|these|esta|este|estas|estos|dicha|dicho)\s+[^\W\d_]+", re.I)
#: A sentence opened by the raids the sentence before told: "The raid also led to …", "These searches resulted in
#: …", "Los registros permitieron …", "Dichos allanamientos …", "Además, en los operativos, …" (their place is that
#: sentence's one country).
_POINTING_BACK = (
    r"(?:the|this|these|those|el|la|los|las|este|esta|estos|estas|dicho|dicha|dichos|dichas)\s+"
    r"(?:same\s+|mism[oa]s?\s+)?"
)
_RAID_NOUNS = r"raids?|searches|search|registros?|allanamientos?|redadas?"
_RAIDS_BACK = re.compile(
    r"^\W*" + _POINTING_BACK + r"(?:" + _RAID_NOUNS + r")\b"
    # "Además, en los operativos, la Policía decomisó …", "During these raids, officers seized …" (not "En la redada,
    # …": in a national story, the one raid is the operation)
    r"|^\W*(?:(?:además|also|asimismo)\s*,?\s*)?(?:in|during|en|durante)\s+"
    r"(?:the|these|those|los|las|estos|estas|dichos|dichas)\s+(?:same\s+|mism[oa]s\s+)?"
    r"(?:raids|searches|registros|allanamientos|redadas|operativos)\b",
    re.I,
)
#: The same after a preposition, or the action told: "During the raids, …", "En la acción fueron capturados …".
_IN_THE_RAIDS = re.compile(
    r"^\W*(?:in|during|en|durante)\s+" + _POINTING_BACK + r"(?:" + _RAID_NOUNS + r"|acción)\b", re.I
)


_CLAUSE_OPENING = re.compile(
    r"(?:[;]|,\s*(?:mientras que|mientras|while|whereas|and|y|pero|but)|\b(?:mientras que|while|whereas))\s+"
    r"(?:(?:in|en)\s+(?:the\s+|el\s+|la\s+)?(?:suelo|territorio|territory of)?\s*)$",
    re.I,
)


#: ", while in Peru", ", y en Chile", "; in Uganda": a clause that may turn to another place.
_TURNING = re.compile(
    r",\s*(?:while|whereas|whilst|mientras(?: que)?|en tanto que|but|pero|(?:and|y|e)\s+(?:in|en))\b"
    r"|;\s*(?:(?:and|y|e)\s+)?(?:in|en)\b",  # "…40 arrests; in Uganda, 12 tonnes were seized"
    re.I,
)


def _turned_away(
    sent: str, scope: Mention, q: numbers.Quantity, mentions: list[Mention], cs: list[countries.CountryMention]
) -> bool:
    """ "En Colombia fueron capturados nueve, mientras que la policía peruana arrestó a seis": a clause that turns
    to another country's place or force leaves the opening place behind (", y en Alicante" stays in Spain)."""
    turn = _TURNING.search(sent, scope.end, q.start)
    if turn is None:
        return False
    others = [m.place.iso3 for m in mentions if turn.start() <= m.start < q.start] + [
        c.iso3 for c in cs if turn.start() <= c.start < q.start
    ]
    return any(iso is not None and iso != scope.place.iso3 for iso in others)


def _clause_scope(sent: str, q: numbers.Quantity, mentions: list[Mention]) -> PlaceRef | None:
    """ "…, mientras que en suelo costarricense se reportaron 15 operativos y otros 21 capturados": a place
    that opens a clause frames the clause's figures (the sentence's opening place is `lead_scope`)."""
    before = [m for m in mentions if m.end <= q.start and m.place.kind != "region"]
    if not before:
        return None
    m = before[-1]
    if not _CLAUSE_OPENING.search(sent[max(0, m.start - 40) : m.start]) or re.search(r"[;]", sent[m.end : q.start]):
        return None
    if _TURN.search(sent[m.end : q.start]):
        return None  # another clause began between the place and the figure
    return m.place


def _carried(sent: str, run: PlaceRef | None) -> PlaceRef | None:
    """The place of the paragraph's run for a sentence that names none ("In Fiji, police raided a house. The guards
    fled. 39 kg of cocaine were seized"), unless the sentence turns to the whole operation ("In total, …")."""
    if run is None or _WHOLE_AFTER.search(sent) or _reports_the_whole(sent):
        return None
    return run


def _last_country(figs: list[Figure]) -> PlaceRef | None:
    """The country of the last figure placed (in a country, or in one of its towns or provinces)."""
    last = next((f.place for f in reversed(figs) if f.value is not None and f.place is not None and f.place.iso3), None)
    if last is None or last.iso3 is None:
        return None
    return last if last.kind == "country" else PlaceRef("country", countries.display_name(last.iso3), iso3=last.iso3)


_PART_OF_MORE = re.compile(r"\b(?:otras|otros|other|another|the remaining|remaining|los demás|las demás)\s+$", re.I)


_ELLIPTIC_AFTER = re.compile(
    r"^\s*,?\s*(?:(?:each|cada una?|cada uno|más|more|others?|otros|otras|de ellos|de ellas|of them|of whom|de las detenciones|de los detenidos|"
    r"were|was|are|is|se han producido|"
    r"se produjeron|se han realizado|tuvieron lugar|han tenido lugar|ha tenido lugar|han sido|fueron|took place|"
    r"se llevaron a cabo|se han llevado a cabo|se realizaron|se practicaron|se efectuaron|were carried out|"
    r"have taken place|were made|were arrested|"
    r"arrested|detenidos|detenidas|made|carried out|conducted|effected|recorded|reported|realizadas|"
    r"realizados|practicadas|practicados|efectuadas|efectuados|registradas|producidas|"
    # "120 were rescued in Brazil", "120 fueron rescatadas en Brasil"
    r"rescued|identified|safeguarded|found|rescatad[oa]s|identificad[oa]s|liberad[oa]s|hallad[oa]s|localizad[oa]s|"
    r"corresponden|correspond)(?:\s+|\s*,\s*))*"
    r"(?:in|en|from|de|at|a|to)\s+(?:the\s+|la\s+|el\s+)?$",
    re.I,
)


_TABLE_END = re.compile(r"^\s*(?:[,;.)]|\band\b|\by\b|\be\b|$)", re.I)


def _place_just_before(
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
        and metrics.VERBS["arrest"].search(sent[max(0, m.start - 40) : m.start])
        and re.search(r"\b(?:en|in)\s+(?:la\s+|el\s+)?$", sent[: m.start], re.I)
    ):
        return m.place
    if (
        m.place.kind != "region"
        and re.fullmatch(r"\s*,\s*(?:a\s+)?", gap)
        and _bare(sent, q)
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
        and _bare(sent, q)
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
        and _bare(sent, q)
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


def _bare(sent: str, q: numbers.Quantity) -> bool:
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


def _sentence_people(sent: str, said: list[Figure], previous: metrics.Reading | None) -> metrics.Reading | None:
    """The people metric a sentence counts, for a number given without its noun."""
    people = [f for f in said if f.metric in ("arrests", "suspects_identified", "victims_identified")]
    if people:
        return metrics.Reading(people[-1].metric, people[-1].status, elliptic=True)
    if metrics.VERBS["arrest"].search(sent) or metrics.NOUNS["arrest"].search(sent):
        return metrics.Reading("arrests", "arrested", elliptic=True)
    return replace(previous, elliptic=True) if previous is not None else None


#: Where people live, not where they were arrested: "que residían en Rumanía", "who lived in Spain", "based in".
_RESIDING = re.compile(
    r"\b(?:resid\w*|living|lived|live|lives|vivían|vivía|viven|vive|domiciliad[oa]s?|afincad[oa]s?|"
    r"radicad[oa]s?)\s+" + countries.IN_THE + r"$",
    re.I,
)


_WANTED = re.compile(r"\b(?:wanted|sought|buscad[oa]s?|requerid[oa]s?|reclamad[oa]s?|solicitad[oa]s?)$", re.I)


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


#: "police in Miami arrested one", "la policía de Miami detuvo a uno": one person, the noun left out.
_ARRESTED_ONE = re.compile(
    r"\b(?:arrested|detained|apprehended|captured|detuvo a|detuvieron a|arrestó a|arrestaron a|capturó a|"
    r"capturaron a|aprehendió a|aprehendieron a)\s+$",
    re.I,
)


_ONE_IN_PAIR = re.compile(r"\s+(?:a\s+)?", re.I)


_PAIR_OPENS = re.compile(r",\s*(?:and\s+|y\s+)?(?:in|en)\s+(?:the\s+)?$", re.I)


_CLAUSE_END = re.compile(r"^\s*(?:[.;]|,\s*(?:and|y|while|mientras)\b|$)", re.I)


#: "4 personas durante la operación, 8 en España": one thing named with its article is not what a list counts.
_ONE_THING = re.compile(r"\b(?:the|this|that|la|el|esta|este|esa|ese)\s+$", re.I)


def _elliptic(
    sent: str,
    q: numbers.Quantity,
    mentions: list[Mention],
    figs: list[Figure],
    previous: metrics.Reading | None,
    before: numbers.Quantity | None = None,
) -> metrics.Reading | None:
    """ "three in El Salvador", "55 de ellos en España", "a teacher in Panama": a figure whose noun
    is left out takes the metric of the figure before it (in the sentence, else the one before) —
    unless the number just before counts something else ("18 registros, once de ellos en el Reino
    Unido": searches)."""
    nxt = next((m for m in mentions if m.start >= q.end), None)
    if nxt is None or nxt.start - q.end > 60 or nxt.place.kind == "region":
        return None
    if q.unit:
        # "nabbed 45kg of marijuana, 36kg in Granada": an amount takes the thing of the amount before it
        if not _ELLIPTIC_AFTER.match(sent[q.end : nxt.start]):
            return None
        same = [f for f in figs if f.metric == "seizures" and f.unit == q.unit] or [
            # "2 tonnes of cocaine in Ecuador and 500 kg in Panama": a mass after a mass, in another unit
            f for f in figs
            if f.metric == "seizures" and f.unit and q.unit not in numbers.MONEY_UNITS
            and f.unit not in numbers.MONEY_UNITS
        ]
        return metrics.Reading("seizures", item=same[-1].item, elliptic=True) if same else None
    if before is not None and not before.weak and metrics.noun_after(sent, before)[0] in ("non_metric", "time"):
        return None
    # "hundreds of house searches …, 180 in Germany, 28 in France": the last thing named before the list
    # is what it counts, when no number stands with it
    people = [
        m.end()
        for cls in ("person", "arrest", "victim")
        for m in metrics.NOUNS[cls].finditer(sent, 0, q.start)
    ] + [m.end() for m in metrics.VERBS["arrest"].finditer(sent, 0, q.start)]
    things = [
        m.end() for m in metrics.NOUNS["non_metric"].finditer(sent, 0, q.start)
        if not (
            _ONE_THING.search(sent, max(0, m.start() - 12), m.start())
            and not m.group().lower().endswith("s")
            and any(p <= m.start() for p in people)
        )
    ]
    if things and (not people or max(things) > max(people)):
        return None
    between = sent[q.end : nxt.start]
    role_noun = re.match(r"^\s+([\w-]+(?:\s+[\w-]+)?)\s+(?:in|en)\s+(?:the\s+)?$", between) if q.weak else None
    if not _ELLIPTIC_AFTER.match(between) and not role_noun:
        return None
    if q.weak and not role_noun and sent[q.num_start : q.num_end].lower() not in ("one", "uno", "una"):
        return None
    if q.value == 1 and metrics.ONE_OF.match(sent[q.num_end :]):
        return None
    if metrics.BACK_REFERENCE.search(sent[max(0, q.start - 24) : q.start]):
        return None
    if q.weak and role_noun and metrics.NOUNS["non_metric"].match(role_noun.group(1)):
        return None
    if role_noun and _WANTED.search(role_noun.group(1)):
        return None  # "un fugitivo buscado en Perú": where the person is wanted, not an arrest there
    people_figs = [f for f in figs if f.metric in ("arrests", "suspects_identified", "victims_identified")]
    if people_figs:
        return metrics.Reading(people_figs[-1].metric, people_figs[-1].status, elliptic=True)
    if metrics.VERBS["arrest"].search(sent) and not q.weak:
        return metrics.Reading("arrests", "arrested", elliptic=True)
    if previous is not None and not q.weak:
        return replace(previous, elliptic=True)
    return None


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


def _place_for(
    sent: str,
    q: numbers.Quantity,
    reading: metrics.Reading,
    mentions: list[Mention],
    next_start: int,
    before: list[numbers.Quantity],
) -> PlaceRef | _ByForce | None:
    """The place a figure belongs to, or None for the whole operation (see the module docstring)."""
    limit = min(next_start, len(sent))
    end = max(q.end, reading.noun_end)
    after = [
        m for m in mentions
        if end <= m.start < limit and m.start - end <= 160 and not _seat(sent, m, mentions)
        and not _in_an_aside_of_them(sent, m, end)
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
        wanted = _WANTED.search(re.sub(r"\s+" + countries.IN_THE + r"$", "", gap)) or (
            reading.metric == "arrests" and _RESIDING.search(gap)
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
            and not _TURN.search(gap)
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
                metrics.VERBS[c].fullmatch(verb.group("verb")) for c in ("arrest", "identify", "rescue", "seize")
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
                ):
                    # "the effort led by Danish police identified 273", "La Policía de Colombia lideró una
                    # operación que dejó 28 toneladas": the operation did it
                    return None
                return _ByForce(m.place)  # "Spanish police arrested 20": the force's country (see `agency_subject`)
            if m.place.kind == "region" or m.place.kind == "country" or m.place.kind in ("town", "province"):
                return m.place
    return _where_clause_place(sent, q, mentions)


#: A clause that tells what was done at the place just named, up to the figure: ", donde se ha incautado diversa
#: documentación … y 2.000 euros", ", where officers seized …", ", en los que además se secuestraron unos 700" (not
#: "in which", "en la que": most often the operation's, "una operación … en España, en la que …").
_WHERE_CLAUSE = re.compile(
    r"^\s*,?\s*(?:where|donde|en (?:los|las) que|en (?:los|las) cuales)\b([^;:.()]{0,200})$",
    re.I,
)


def _where_clause_place(sent: str, q: numbers.Quantity, mentions: list[Mention]) -> PlaceRef | None:
    """ "tres registros en los Países Bajos, donde se ha incautado … 2.000 euros", "a farm in Peru, where officers
    seized … 14 rifles", "en Madrid, Málaga y Sevilla, donde …": a figure in the clause that opens with "where" after
    a place is that place's (several places of one country: the country's). Not a body ("la Guardia Civil, donde"),
    a seat, or a clause that turns to the whole operation or to what someone said."""
    before = [m for m in mentions if m.end <= q.start]
    if not before or before[-1].place.kind == "region" or _seat(sent, before[-1], mentions):
        return None
    m = before[-1]
    clause = _WHERE_CLAUSE.match(sent[m.end : q.start])
    if clause is None or WHOLE_SCOPE.search(sent, m.end, q.start):
        return None
    rest = clause.group(1)
    if _TURN.search(rest) or _SAID.search(rest) or _WHOLE_AFTER.search(rest):
        return None
    chain = chain_of(sent, mentions, m, forward=False)
    if not _LOCATIVE.search(sent[max(0, chain[-1].start - 40) : chain[-1].start]):
        return None
    return m.place if len(chain) == 1 else common_country(chain)


#: A body's seat, not where anything happened: "esa organización con sede en Lyon (Francia)", "Interpol,
#: headquartered in Lyon" ("a ring based in Thailand" is where the ring works, and may be where it was caught).
_SEAT_BEFORE = re.compile(
    r"\b(?:con sede en|con sede central en|tiene su sede en|headquartered in|with (?:its )?headquarters in)\s+"
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


def _place_pointed_back(
    sent: str, mentions: list[Mention], last_places: list[PlaceRef], last_named: list[PlaceRef]
) -> PlaceRef | None:
    """ "Spanish officers seized 100 kg. This seizure led to …": a sentence that opens by pointing back takes
    the one country of the sentence before's figures; "Searches were carried out in the UK. These raids led to
    …": raids pointed back to take the one country the sentence before names, when it had no figure."""
    if not _only_route_places(sent, mentions):
        return None
    # "Two trucks were also seized", "During the raids, …", unless the sentence reports the whole operation
    also = not _reports_the_whole(sent) and _ALSO_DONE.search(sent)
    if len(last_places) == 1 and (_THIS_CASE.match(sent) or _RAIDS_BACK.match(sent) or also):
        return last_places[0]
    in_the_raids = not _reports_the_whole(sent) and _IN_THE_RAIDS.match(sent)
    if not last_places and len(last_named) == 1 and (_RAIDS_BACK.match(sent) or in_the_raids):
        return last_named[0]
    return None


def _reports_the_whole(sent: str) -> bool:
    """Whether the sentence reports the whole operation ("Europol said …", "In total, …", "worldwide")."""
    return bool(_ABOUT_THE_WHOLE.search(sent) or WHOLE_SCOPE.search(sent))


#: A sentence that adds to the one before with the same verb: "A pistol and two vehicles were also seized", "También
#: se incautaron dos vehículos", "Officers also recovered …".
_ALSO_DONE = re.compile(
    r"\b(?:were|was|have|has|had|they|officers|police)\s+also\s+[^\W\d_]+"
    r"|^\W*(?:también|asimismo)\s+se\s+[^\W\d_]+"
    # "Además, en los operativos, la Policía decomisó …", "In addition, 40 kilos were seized"
    r"|^\W*(?:además|asimismo|in addition|additionally)\s*,",
    re.I,
)


#: A count's people named by nationality: "cinco ecuatorianos", "two Greek nationals", "un ciudadano mexicano".
_NATIONALS_AFTER = re.compile(r"^\s+(?:(?:ciudadan[oa]s?|nationals?|citizens?)\s+)?(?P<dem>[^\W\d_]+)", re.I)


def _nationals(sent: str, q: numbers.Quantity) -> bool:
    """Whether the count's people are named by a nationality right after it ("cinco ecuatorianos")."""
    hit = _NATIONALS_AFTER.match(sent[q.num_end :])
    dem = hit.group("dem").casefold() if hit else ""
    return dem in singles.DEMONYM_COUNTRY or dem.removesuffix("s") in singles.DEMONYM_COUNTRY  # "Colombians"


def _by_nationality(sent: str, q: numbers.Quantity, qs: list[numbers.Quantity]) -> bool:
    """ "fueron capturados cinco ecuatorianos, tres colombianos y un ciudadano mexicano": arrests broken down by
    nationality are parts of a count the sentence does not state (at least two groups of nationals)."""
    return _nationals(sent, q) and sum(_nationals(sent, o) for o in qs) >= 2


def _only_route_places(sent: str, mentions: list[Mention]) -> bool:
    """Whether every place the sentence names is on a route ("trucks from Afghanistan … into Pakistan"): the
    sentence names no place where anything was done."""
    return all(_ROUTE_BEFORE.search(sent[max(0, m.start - 30) : m.start]) for m in mentions)


def _past_route(sent: str, end: int, after: list[Mention]) -> Mention:
    """ "Six tonnes that passed through Sierra Leone were seized in Antwerp", "two suspects from Albania
    were arrested in Italy": the place the figure's verb points to, past the route or origin named
    first; else the first place after the figure."""
    first = after[0]
    if not _ROUTE_BEFORE.search(sent[max(0, first.start - 25) : first.start]):
        return first
    for m in after[1:]:
        gap = sent[first.end : m.start]
        if re.search(r"[;.]", gap) or _TURN.search(gap) or _SAID.search(gap):
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
_TURN = re.compile(
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
class _ByForce:
    """A place read from the force that did it, not from the words of place."""

    place: PlaceRef


@dataclass(frozen=True)
class Frame:
    """What frames one sentence's figures, read by `extract` from the sentence and the ones before it."""

    s: sentences.Sentence
    src: Quoted
    mentions: list[Mention]  # the places the sentence names, in order
    countries: list[countries.CountryMention]  # every country mention, forces and demonyms too
    lead: Mention | None  # the place that opens the sentence: "In Spain, …"
    colon_line: bool  # "Spain: 12 arrested", a line of its own, or "The operation in Spain led to …": national counts
    each: list[PlaceRef]  # "Both in Germany and the Netherlands, …": each of them has the count
    back: PlaceRef | None  # "Además de los 13 detenidos [en España], …": the place of the group named again
    paragraph: PlaceRef | None  # the place that framed the case told in the paragraphs before
    section: PlaceRef | None  # set by a heading line that names one country
    last_places: list[PlaceRef]  # the countries of the previous sentence's figures
    last_named: list[PlaceRef]  # the one country the previous sentence names
    last_force: PlaceRef | None  # the country of the one national force the previous sentence names
    under_seized: bool  # in a bulleted list under "Seizures including:"
    breakdown: bool  # "17 for firearms trafficking; 73 for migrant smuggling": arrests broken down by offence
    run: PlaceRef | None = None  # the place the paragraph's run of sentences tells (set by "In Fiji, …")
    run_by_force: bool = False  # the run was set by a national force ("Fiji Police raided …"), not by a place


def read_figures(
    frame: Frame,
    qs: list[numbers.Quantity],
    earlier: list[Figure],
    previous: metrics.Reading | None,
    lang: str,
) -> list[Figure]:
    """Every figure of one sentence, each with its place (None: the whole operation). `earlier` are the
    figures of the sentences before, `previous` the reading of the last people count."""
    sent, s, q_src, mentions, c_mentions = frame.s.text, frame.s, frame.src, frame.mentions, frame.countries
    lead_scope, colon_line, each_scope, back_scope = frame.lead, frame.colon_line, frame.each, frame.back
    para_scope, section_scope, under_seized, breakdown = frame.paragraph, frame.section, frame.under_seized, frame.breakdown
    last_places, last_named, last_force = frame.last_places, frame.last_named, frame.last_force

    sentence_figures: list[Figure] = []
    local_prev = previous
    said: list[Figure] = []  # every people figure read in the sentence, drafted or not
    last_q: tuple[int, Figure] | None = None  # the last figure drafted, and its quantity's index
    read_at: list[tuple[numbers.Quantity, Figure]] = []  # each figure read from a number, with it
    stated_people = frozenset(
        float(f.value) for f in earlier if f.metric in PEOPLE_FOUND and f.value is not None
    )  # "one of the 193 people arrested" names a group again only when 193 was stated before
    for i, q in enumerate(qs):
        pre = _place_just_before(sent, q, mentions, qs[:i])
        counted_before = next((b for b in reversed(qs[:i]) if not _bare(sent, b)), None)
        opened = sent.rfind("(", 0, q.start)
        if (
            counted_before is not None
            and opened > sent.rfind(")", 0, q.start)
            and counted_before.end <= opened
            and not any(rq is counted_before for rq, _ in read_at)
        ):
            continue  # "261 individuals questioned (42 in Bulgaria, …)": the breakdown of a count the schema lacks
        reading = None if pre else _elliptic(sent, q, mentions, said, previous, counted_before)
        if reading is None:
            reading = metrics.read(
                sent, q, local_prev if local_prev and sentence_figures else None, stated=stated_people
            )
        if reading is None and pre is None and said and q.weak and _CLAUSE_END.match(sent[q.end :]):
            # "En Chile se detuvo a 5 personas, en Ecuador a una": the next pair of the list, one person
            pair = next((m for m in mentions if _ONE_IN_PAIR.fullmatch(sent[m.end : q.num_start])
                         and _PAIR_OPENS.search(sent, 0, m.start)), None)
            if pair is not None and sent[q.num_start : q.num_end].lower() in ("one", "uno", "una"):
                pre, reading = pair.place, _sentence_people(sent, said, previous)
        if reading is None and q.weak and _ARRESTED_ONE.search(sent, 0, q.start) and _CLAUSE_END.match(sent[q.end :]):
            reading = metrics.Reading("arrests", "arrested")  # "police in Miami arrested one."
        if reading is None and under_seized:
            reading = metrics.bullet_seized(sent, q)  # "Seizures including:" / "• 387 kg of glass eels"
        if reading is None and _bare(sent, q) and (
            pre is not None or re.search(r"\b(?:with|con)\s+$", sent[max(0, q.start - 8) : q.start], re.I)
        ):
            reading = _sentence_people(sent, said, previous)  # "en Portugal 4", "Colombia 7"
        if reading is None or BRACKET_EACH.match(sent[q.end :]) and sent[: q.start].rstrip().endswith("("):
            continue  # "(7 arrests each)" is every listed place's, read by parenthesised
        next_start = qs[i + 1].start if i + 1 < len(qs) else len(sent)
        found = pre or _place_for(sent, q, reading, mentions, next_start, qs[:i])
        by_subject = isinstance(found, _ByForce)
        place = found.place if isinstance(found, _ByForce) else found
        if place is None and not reading.metric.startswith(("countries_", "subdivisions_")):
            place = (
                lead_scope.place
                if lead_scope
                and lead_scope.end <= q.start
                and not _whole_after(sent[lead_scope.end : q.start])
                # "En Colombia fueron capturados nueve, mientras que la policía peruana arrestó a seis": turned
                and not _turned_away(sent, lead_scope, q, mentions, c_mentions)
                else None
            ) or back_scope
            if place is not None and lead_scope is not None and place is lead_scope.place and colon_line:
                # "Spain: 12 arrested", a line of its own: the operation's count where it is national
                by_subject = True
            if place is None:
                place = subject_in_place(sent, q, mentions)
                by_subject = place is not None  # like a force's: the operation's count in a national article
            if place is None:
                place = agency_subject(sent, q, mentions, c_mentions) or force_after(sent, q, mentions, c_mentions)
                if place is None and last_force is not None and not mentions and _THEY.match(sent):
                    place = last_force  # "La Guardia Civil participó en la operación. Los agentes detuvieron a 12"
                by_subject = place is not None
            if place is None and not mentions and _NATIONWIDE.search(sent):
                # "La Policía Nacional ha detenido a 14 personas… Otras 11 han sido imputadas a nivel nacional":
                # the country of the last figure placed
                place = _last_country(earlier)
                by_subject = place is not None
            place = (
                place
                or _clause_scope(sent, q, mentions)
                or _place_pointed_back(sent, mentions, last_places, last_named)
                # "Italy was the hardest hit. There, 12 people were arrested."
                or (last_named[0] if len(last_named) == 1 and not mentions and _THERE.search(sent) else None)
                or (para_scope if _CASE_STORY.search(sent) else None)
            )
            if place is None and not mentions:
                place = _carried(sent, frame.run)
                by_subject = place is not None and frame.run_by_force
            place = place or section_scope
        if (
            place is None
            and reading.metric in ("seizures", "assets_frozen")
            and last_q is not None
            and last_q[0] == i - 1
            and last_q[1].metric == reading.metric
            and last_q[1].place is not None
            and ITEM_LIST_GAP.fullmatch(sent[qs[i - 1].end : q.start])
        ):
            place = last_q[1].place  # "106 kilos de cocaína, 1 kilo de sustancia de corte y 19.000 euros": one list
        if place is SEVERAL:
            place = None
        if reading.metric == "subdivisions_with_arrests":
            in_sentence = {m.place.iso3 for m in mentions if m.place.kind == "country"}
            place = (
                next((m.place for m in mentions if m.place.kind == "country"), None)
                if len(in_sentence) == 1
                else None
            )
        if (
            place is None
            and reading.metric.startswith("countries_")
            and sentence_figures
            and sentence_figures[-1].place is not None
            and sentence_figures[-1].place.kind == "region"
        ):
            place = sentence_figures[-1].place  # "10 suspects in Latin America in seven countries"
        if (
            place is None
            and reading.metric == "arrests"
            and (_PART_OF_MORE.search(sent[max(0, q.start - 14) : q.start]) or breakdown)
        ) or (reading.metric == "arrests" and _by_nationality(sent, q, qs)):
            said.append(_figure(reading, q, place, q_src, s))
            # "otras 22 personas", "the remaining 3": a part of a total, at no stated place; "cinco ecuatorianos, tres
            # colombianos": parts by nationality
            continue
        figure = _figure(reading, q, place, q_src, s, part=_worded_as_part(sent, q, reading))
        if place is not None and place.kind == "country" and IN_EACH.match(sent[q.end : q.end + 40]):
            # "in the Czech Republic and France, with nine arrests in each country": both have nine
            at = next((m for m in reversed(mentions) if m.place == place and m.end <= q.start), None)
            for other in chain_of(sent, mentions, at, forward=False)[1:] if at else []:
                sentence_figures.append(_figure(reading, q, other.place, q_src, s))
        if each_scope and place == each_scope[0]:
            sentence_figures += [_figure(reading, q, other, q_src, s) for other in each_scope[1:]]
        each_in = EACH_IN.match(sent[q.end :])
        if each_in:
            # "one each in Uganda and Canada": every place of the list that follows has that many
            list_at = q.end + each_in.end()
            first = next((m for m in mentions if m.start >= list_at and re.fullmatch(
                r"(?:the\s+|el\s+|la\s+)?", sent[list_at : m.start], re.I)), None)
            chain = chain_of(sent, mentions, first, forward=True) if first else []
            if len(chain) > 1:
                figure = replace(figure, place=chain[0].place)
                sentence_figures += [_figure(reading, q, other.place, q_src, s) for other in chain[1:]]
        if pre is not None and EACH.match(sent[q.end :]):
            # "Austria and the Netherlands with four each": every place of the list has that many
            last = next((m for m in reversed(mentions) if m.place == pre and m.end <= q.start), None)
            for other in chain_of(sent, mentions, last, forward=False)[1:] if last else []:
                sentence_figures.append(_figure(reading, q, other.place, q_src, s))
        if by_subject:
            figure = replace(figure, by_subject=True)
        if not mentions and place is None:
            figure = replace(figure, placeless=True)
        if (
            last_q is not None
            and last_q[0] == i - 1
            and last_q[1].metric == figure.metric
            and figure.metric in PEOPLE_FOUND
            and re.fullmatch(r"\s+[^\W\d_]+\s+(?:y|and|e)\s+", sent[qs[i - 1].end : q.start])
        ):
            figure = replace(figure, alongside=True)  # "128 mujeres y dos hombres": two groups, one count each
        sentence_figures.append(figure)
        said.append(figure)
        local_prev = reading
        last_q = (i, figure)
        read_at.append((q, figure))
    sentence_figures = list_shares_place(sent, sentence_figures, read_at)
    sentence_figures = respectively(sent, mentions, sentence_figures, read_at)
    sentence_figures += parenthesised(sent, mentions, sentence_figures, q_src, s, previous, lang)
    sentence_figures += singles.another(sent, mentions, q_src, s)
    if not any(f.metric == "arrests" and f.value is not None for f in sentence_figures):
        sentence_figures += singles.in_custody(sent, lang, q_src, s)
    sentence_figures += singles.single(sent, mentions, sentence_figures, q_src, s)
    # "un fugitivo … fue arrestado por la Policía Federal de Argentina": a lone "un" read without its place
    # leaves the one arrest to be placed
    if not any(
        f.metric == "arrests" and f.value is not None and not (f.place is None and f.value == 1)
        for f in sentence_figures
    ):
        # one person, in a country that has a larger count, is one of those counted there
        sentence_figures += [replace(f, part=True) for f in singles.one_arrest(sent, mentions, q_src, s, c_mentions)]
    his = singles.HIS_ARREST.search(sent)
    framing = (lead_scope.place if lead_scope else None) or (para_scope if not mentions else None)
    if his and framing is not None and framing.kind != "region" and not any(
        f.metric == "arrests" and f.value is not None for f in sentence_figures
    ):
        a = s.start + his.start()
        sentence_figures.append(
            Figure("arrests", 1.0, "exact", q_src, framing, status="arrested", figure_span=(a, a + len(his.group(0))))
        )  # "In a separate case in Chile, police identified an offender. Following his arrest, …"
    if not any(f.metric == "victims_identified" for f in sentence_figures):
        framing = (lead_scope.place if lead_scope else None) or para_scope
        sentence_figures += singles.one_victim(sent, mentions, framing, q_src, s)
    return sentence_figures
