"""Where each figure of a sentence belongs: the whole operation, a country, a province or a town.

`read_figures` reads every count of one sentence (with `metrics`) and places it: by the words around it
(`figure_place`: "en Portugal 4", "12 arrests in Spain", "arrested by the French police"), else by what frames
the sentence (`framing`: "In Spain, …", the sentence before, given by `extract` in a `Frame`), or nothing (the
whole operation). It also tells parts of a count ("de ellos", "otras 22"), numbers whose noun is left out ("55
de ellos en España") and arrests broken down by nationality. The force or subject that places a count is read
by `subjects`, lists of places and counts by `lists`.
"""

from __future__ import annotations

import re
from dataclasses import replace

from . import country_finder, metric_words, metrics, numbers, sentences, singles
from .facts import PEOPLE_FOUND, Figure, Mention, PlaceRef, Quoted
from .figure_place import WANTED, ByForce, bare, place_for, place_just_before
from .framing import (
    CASE_STORY,
    NATIONWIDE,
    THERE,
    THEY,
    Frame,
    carried,
    clause_scope,
    last_country,
    place_pointed_back,
    turned_away,
    whole_after,
)
from .lists import (
    BRACKET_EACH,
    EACH,
    EACH_IN,
    IN_EACH,
    SEVERAL,
    chain_of,
    list_shares_place,
    one_list,
    parenthesised,
    respectively,
)
from .subjects import (
    agency_subject,
    force_after,
    subject_in_place,
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


def _sentence_people(sent: str, said: list[Figure], previous: metrics.Reading | None) -> metrics.Reading | None:
    """The people metric a sentence counts, for a number given without its noun."""
    people = [f for f in said if f.metric in ("arrests", "suspects_identified", "victims_identified")]
    if people:
        return metrics.Reading(people[-1].metric, people[-1].status, elliptic=True)
    if metric_words.VERBS["arrest"].search(sent) or metric_words.NOUNS["arrest"].search(sent):
        return metrics.Reading("arrests", "arrested", elliptic=True)
    return replace(previous, elliptic=True) if previous is not None else None


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


#: The people's nationalities, said of them and counted by no list after: "50 individuals of various nationalities",
#: "personas de distintas nacionalidades".
_OF_NATIONALITIES = re.compile(
    r"\b(?:of|de)\s+(?:[^\W\d_]+\s+)?(?:nationalities|nacionalidades)$", re.I
)


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
    if before is not None and not before.weak and metric_words.noun_after(sent, before)[0] in ("non_metric", "time"):
        return None
    # "hundreds of house searches …, 180 in Germany, 28 in France": the last thing named before the list
    # is what it counts, when no number stands with it
    people = [
        m.end()
        for cls in ("person", "arrest", "victim")
        for m in metric_words.NOUNS[cls].finditer(sent, 0, q.start)
    ] + [m.end() for m in metric_words.VERBS["arrest"].finditer(sent, 0, q.start)]
    things = [
        m.end() for m in metric_words.NOUNS["non_metric"].finditer(sent, 0, q.start)
        if not _OF_NATIONALITIES.search(sent, 0, m.end())
        and not (
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
    if q.weak and role_noun and metric_words.NOUNS["non_metric"].match(role_noun.group(1)):
        return None
    if role_noun and WANTED.search(role_noun.group(1)):
        return None  # "un fugitivo buscado en Perú": where the person is wanted, not an arrest there
    people_figs = [f for f in figs if f.metric in ("arrests", "suspects_identified", "victims_identified")]
    if people_figs:
        return metrics.Reading(people_figs[-1].metric, people_figs[-1].status, elliptic=True)
    if metric_words.VERBS["arrest"].search(sent) and not q.weak:
        return metrics.Reading("arrests", "arrested", elliptic=True)
    if previous is not None and not q.weak:
        return replace(previous, elliptic=True)
    return None


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
        pre = place_just_before(sent, q, mentions, qs[:i])
        counted_before = next((b for b in reversed(qs[:i]) if not bare(sent, b)), None)
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
        if reading is None and bare(sent, q) and (
            pre is not None or re.search(r"\b(?:with|con)\s+$", sent[max(0, q.start - 8) : q.start], re.I)
        ):
            reading = _sentence_people(sent, said, previous)  # "en Portugal 4", "Colombia 7"
        if reading is None or BRACKET_EACH.match(sent[q.end :]) and sent[: q.start].rstrip().endswith("("):
            continue  # "(7 arrests each)" is every listed place's, read by parenthesised
        next_start = qs[i + 1].start if i + 1 < len(qs) else len(sent)
        found = pre or place_for(sent, q, reading, mentions, next_start, qs[:i])
        by_subject = isinstance(found, ByForce)
        place = found.place if isinstance(found, ByForce) else found
        if place is None and not reading.metric.startswith(("countries_", "subdivisions_")):
            place = (
                lead_scope.place
                if lead_scope
                and lead_scope.end <= q.start
                and not whole_after(sent[lead_scope.end : q.start])
                # "En Colombia fueron capturados nueve, mientras que la policía peruana arrestó a seis": turned
                and not turned_away(sent, lead_scope, q, mentions, c_mentions)
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
                if place is None and last_force is not None and not mentions and THEY.match(sent):
                    place = last_force  # "La Guardia Civil participó en la operación. Los agentes detuvieron a 12"
                by_subject = place is not None
            if place is None and not mentions and NATIONWIDE.search(sent):
                # "La Policía Nacional ha detenido a 14 personas… Otras 11 han sido imputadas a nivel nacional":
                # the country of the last figure placed
                place = last_country(earlier)
                by_subject = place is not None
            place = (
                place
                or clause_scope(sent, q, mentions)
                or place_pointed_back(sent, mentions, last_places, last_named)
                # "Italy was the hardest hit. There, 12 people were arrested."
                or (last_named[0] if len(last_named) == 1 and not mentions and THERE.search(sent) else None)
                or (para_scope if CASE_STORY.search(sent) else None)
            )
            if place is None and not mentions:
                place = carried(sent, frame.run)
                by_subject = place is not None and frame.run_by_force
            place = place or section_scope
        if (
            place is None
            and reading.metric in ("seizures", "assets_frozen")
            and last_q is not None
            and last_q[0] == i - 1
            and last_q[1].metric == reading.metric
            and last_q[1].place is not None
            and one_list(sent[qs[i - 1].end : q.start])
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
