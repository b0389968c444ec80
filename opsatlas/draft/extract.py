"""From an article's text to `Facts`: figures, countries and roles, places, bodies, dates, phases.

Each step reads one sentence at a time with the modules beside this one (numbers, metrics,
countries, places, bodies, dates); this module only decides how their findings combine:
which place a figure belongs to, which role a country has, which figures disagree.
Nothing is inferred that the text does not say: a figure whose metric or place is unclear is
left out or left at the whole operation, a date that cannot be resolved stays None.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace
from datetime import date
from itertools import pairwise

from . import countries, dates, metrics, numbers, places, roles, sentences, singles
from .facts import (
    PEOPLE_FOUND,
    DateFact,
    Facts,
    Figure,
    Mention,
    PhaseFact,
    PlaceFact,
    PlaceRef,
    Quoted,
)
from .naming import NUMBERED, name_and_crime, names_in, same_operation
from .places import REGIONS
from .tally import (
    country_of_its_one_place,
    dedupe,
    dedupe_phases,
    participants_from_named,
    region_is_operation,
    whole_operation,
)

_REGION_RE = re.compile(
    r"(?<![\w])(?:" + "|".join(re.escape(k) for k in sorted(REGIONS, key=len, reverse=True)) + r")(?![\w-])"
)

_START_WORDS = roles.START_WORDS
_ANNOUNCE_WORDS = re.compile(
    r"\b(?:said|says|announced|reported|stated|dijo|anunció|informó|ha informado|"
    r"señaló|explicó|comunicado|statement|disclosed)\b",
    re.I,
)
_RAID_WORDS = re.compile(r"\b(?:raids?|searches|action days?|registros|redadas|operativo|dispositivo)\b", re.I)
_LOCATIVE = re.compile(
    r"\b(?:in|en|across|throughout|within|inside|at|(?:port|town|city|province|cities|towns|provinces|"
    r"state|states) of|(?:puerto|localidad|ciudad|provincia|municipio|ciudades|localidades|provincias|municipios) de)"
    r"\s+(?:the\s+|la\s+|el\s+|"
    r"los\s+|las\s+)?$"
    # "35 en diferentes partes del territorio español", "across British territory"
    r"|\b(?:in|en|across|throughout|por)\b[^,;.\d]{0,40}?\b(?:territorio|suelo|territory|soil)\s+(?:of\s+(?:the\s+)?)?$",
    re.I,
)


@dataclass(frozen=True)
class Options:
    """Which backend each reader uses (the benchmark compares them)."""

    numbers: str = "rules"  # or "text2num"
    countries: str = "rules"  # or "names-only", "cc", "geonames"
    dates: str = "rules"  # or "dateparser"
    sentences: str = "rules"  # or "spacy"




def _quoted(text: str, s: sentences.Sentence) -> Quoted:
    return Quoted(s.text, s.start, s.end)


def _region_mentions(sent: str) -> list[Mention]:
    return [
        Mention(
            m.start(),
            m.end(),
            PlaceRef("region", _region_name(m.group(0)), region=REGIONS[m.group(0)] or None, as_written=m.group(0)),
        )
        for m in _REGION_RE.finditer(sent)
    ]


def _region_name(written: str) -> str:
    return "European Union" if REGIONS[written] == "" else written


def _split(text: str, how: str) -> list[sentences.Sentence]:
    if how == "spacy":
        from .spacy_backend import split_sentences_spacy

        return split_sentences_spacy(text)
    return sentences.split_sentences(text)


def extract(
    text: str,
    lang: str = "en",
    published: date | None = None,
    precise_publication: bool = True,
    options: Options = Options(),
) -> Facts:
    """Every fact the article states, each with its quote (an exact slice of `text`)."""
    facts = Facts(text=text, lang=lang)
    sents = _split(text, options.sentences)
    all_countries = countries.find_countries(text, options.countries)
    persons = places.surnames(text)  # "Garland acknowledged": the Attorney General, not a town in Texas
    # "el fiscal Pedro Guadalupe", "Commissioner Chad …": a person's name is not a country either
    all_countries = [c for c in all_countries if not (c.via == "name" and c.text in persons)]
    ranked = [iso for iso, _ in Counter(c.iso3 for c in all_countries).most_common()]
    name_and_crime(facts, text, sents)
    # without a publication date, the year the article writes itself in dates "17 September" in it
    text_year = dates.year_of_text(text, facts.name) if published is None and options.dates != "dateparser" else None

    previous: metrics.Reading | None = None
    role_reader = roles.Roles()

    prev_end = 0
    para_scope: PlaceRef | None = None
    last_scope: PlaceRef | None = None  # the last place that opened a sentence ("En Zambia, …")
    paragraphs_since_scope = 0
    section_scope: PlaceRef | None = None  # set by a heading line that names one country
    last_places: list[PlaceRef] = []  # the countries of the previous sentence's figures
    last_named: list[PlaceRef] = []  # the one country the previous sentence names (its towns' included)
    last_force: PlaceRef | None = None  # the country of the one national force the previous sentence names
    under_seized = False  # in a bulleted list under "Seizures including:"
    for s in sents:
        sent = s.text
        under_seized = bool(metrics.SEIZED_HEADING.match(sent)) or (under_seized and bool(metrics.BULLET.match(sent)))
        q_src = _quoted(text, s)
        c_mentions = [
            replace(c, start=c.start - s.start, end=c.end - s.start)
            for c in all_countries
            if s.start <= c.start < s.end
        ]
        p_mentions = places.find_places(sent, ranked, persons) if ranked else []
        mentions = sorted(
            [
                Mention(c.start, c.end, PlaceRef("country", countries.display_name(c.iso3), iso3=c.iso3, as_written=c.text))
                for c in c_mentions
                if c.via != "seat"  # "La Haya" is a town (found below), its country only mentioned
            ]
            + [
                Mention(
                    p.start,
                    p.end,
                    PlaceRef(
                        "province" if p.kind == "province" else "town",
                        p.name,
                        iso3=p.iso3,
                        subdivision=p.subdivision,
                        as_written=p.as_written,
                    ),
                )
                for p in p_mentions
            ]
            + _region_mentions(sent),
            key=lambda m: m.start,
        )
        # "in Northern Ireland", "France (Guadeloupe…)": a part of a country written as the country's name is
        # a place too, though the country keeps the figures
        parts = [
            m for m in mentions
            if m.place.kind == "province"
            and any(o.place.kind == "country" and o.place.iso3 == m.place.iso3 and (o.start, o.end) == (m.start, m.end)
                    for o in mentions)
        ]
        mentions = _drop_overlaps(mentions)
        # the places that frame the sentence's figures: "In another case in Chile, …", "Durante el operativo
        # en territorio español …" (and the rest of its paragraph); "Además de los 13 detenidos [en España], …"
        new_paragraph = "\n" in text[prev_end : s.start]
        prev_end = s.end
        lead_scope = _national_part(sent) or next(
            (
                m
                for m in mentions
                if m.place.kind != "region"
                and (
                    _LEAD_SCOPE.search(sent[: m.start])
                    or _at_its_crossing(sent, m)
                    or _ONLY_IN.search(sent[max(0, m.start - 30) : m.start])
                    # "Germany: 12 arrests", "- Alemania: 12 detenidos": a line opened by a place and a colon
                    or (re.fullmatch(r"[\s\-–—•*·]*", sent[: m.start]) and _COLON_COUNT.match(sent[m.end :]))
                )
            ),
            None,
        )
        colon_line = lead_scope is not None and bool(_COLON_COUNT.match(sent[lead_scope.end :]))
        each_scope: list[PlaceRef] = []
        if lead_scope is not None:
            chain = _chain(sent, mentions, lead_scope, forward=True)
            if len(chain) > 1 and _BOTH.match(sent):
                # "Both in Germany and the Netherlands, one suspect was arrested": each place has that many
                each_scope = [c.place for c in chain]
                lead_scope = Mention(lead_scope.start, chain[-1].end, chain[0].place)
            elif len(chain) > 1:  # "En Barcelona y Tarragona, …": their country frames it; several countries do not
                common = _common_country(chain)
                lead_scope = None if common is SEVERAL else Mention(lead_scope.start, chain[-1].end, common)
        if new_paragraph:
            paragraphs_since_scope += 1
        if (mentions and lead_scope is None) or _NEW_CASE.match(sent):
            para_scope, last_scope = None, None
        elif new_paragraph:
            # a web page sets each sentence apart: "En Zambia se descubrió una estafa…" / "Los estafadores…" /
            # "Gracias a ese descubrimiento fueron detenidas 15 personas" still tell one case
            para_scope = last_scope if paragraphs_since_scope <= _CASE_PARAGRAPHS and not mentions else None
        if _HEADING.fullmatch(sent):
            name = sent.strip(" \t-–—•*·:")
            named = [c for c in countries.find_countries(name, options.countries) if c.via == "name" and c.text == name]
            if len({c.iso3 for c in named}) == 1:  # a country's name alone, not an agency's ("National Crime Agency")
                # "-Ecuador:", "• SPAIN": the section below it is that country's
                section_scope = PlaceRef("country", countries.display_name(named[0].iso3), iso3=named[0].iso3,
                                         as_written=named[0].text)
                continue
        back_scope = _back_reference_place(sent, facts.figures)
        for m in mentions + parts:
            if m.place.kind in ("town", "province") and all(p.place.key != m.place.key for p in facts.places):
                facts.places.append(PlaceFact(m.place, q_src))

        # --- figures -------------------------------------------------------------------------
        # a sentence about another operation ("…bautizada como Pilumnus, concluyó con 102 arrestos") gives
        # no figure of this one
        other_operation = (
            facts.name is not None and any(not same_operation(n, facts.name) for n in names_in(sent))
        ) or bool(_SERIES.search(sent) and not _PART_OF_SERIES.search(sent))
        opening_year = _OPENING_YEAR.match(sent)
        if opening_year and published is not None and int(opening_year.group(1)) < published.year:
            other_operation = True  # "In 2012, a record 1,655 people were arrested by the agency": another year's
        if facts.name and NUMBERED.search(facts.name) and re.search(r"\b(?:19|20)\d\d\b", sent):
            # "In Operation Opson in 2020, 77 countries took part", of "Opson X": the series' earlier edition
            series = NUMBERED.sub("", facts.name).casefold()
            other_operation = other_operation or any(n.casefold() == series for n in names_in(sent))
        qs = [] if other_operation else numbers.find_quantities(sent, lang, options.numbers)
        # "…via a joint team into a similar network, which led to 29 arrests", "ya se habían llevado a cabo otras
        # 20 detenciones": figures of another case, or of an earlier stage, are not this operation's
        elsewhere = _ELSEWHERE.search(sent) or _PREVIOUS_RUNS.search(sent)
        qs = [q for q in qs if not (elsewhere and q.start >= elsewhere.start()) and not _EARLIER.search(sent[: q.start])]
        # "17 for firearms trafficking; 73 for migrant smuggling": arrests broken down by offence are parts
        breakdown = len(_FOR_OFFENCE.findall(sent)) >= 2
        sentence_figures: list[Figure] = []
        local_prev = previous
        said: list[Figure] = []  # every people figure read in the sentence, drafted or not
        last_q: tuple[int, Figure] | None = None  # the last figure drafted, and its quantity's index
        read_at: list[tuple[numbers.Quantity, Figure]] = []  # each figure read from a number, with it
        stated_people = frozenset(
            float(f.value) for f in facts.figures if f.metric in PEOPLE_FOUND and f.value is not None
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
            if reading is None or _BRACKET_EACH.match(sent[q.end :]) and sent[: q.start].rstrip().endswith("("):
                continue  # "(7 arrests each)" is every listed place's, read by _parenthesised
            next_start = qs[i + 1].start if i + 1 < len(qs) else len(sent)
            found = pre or _place_for(sent, q, reading, mentions, next_start, qs[:i])
            by_subject = isinstance(found, _ByForce)
            place = found.place if isinstance(found, _ByForce) else found
            if place is None and not reading.metric.startswith(("countries_", "subdivisions_")):
                place = (
                    lead_scope.place
                    if lead_scope
                    and lead_scope.end <= q.start
                    and not _WHOLE_AFTER.search(sent[lead_scope.end : q.start])
                    # "En Colombia fueron capturados nueve, mientras que la policía peruana arrestó a seis": turned
                    and not _turned_away(sent, lead_scope, q, mentions, c_mentions)
                    else None
                ) or back_scope
                if place is not None and lead_scope is not None and place is lead_scope.place and colon_line:
                    # "Spain: 12 arrested", a line of its own: the operation's count where it is national
                    by_subject = True
                if place is None:
                    place = _subject_in_place(sent, q, mentions)
                    by_subject = place is not None  # like a force's: the operation's count in a national article
                if place is None:
                    place = _agency_subject(sent, q, mentions, c_mentions) or _force_after(sent, q, mentions, c_mentions)
                    if place is None and last_force is not None and not mentions and _THEY.match(sent):
                        place = last_force  # "La Guardia Civil participó en la operación. Los agentes detuvieron a 12"
                    by_subject = place is not None
                if place is None and not mentions and _NATIONWIDE.search(sent):
                    # "La Policía Nacional ha detenido a 14 personas… Otras 11 han sido imputadas a nivel nacional":
                    # the country of the last figure placed
                    place = _last_country(facts.figures)
                    by_subject = place is not None
                place = (
                    place
                    or _clause_scope(sent, q, mentions)
                    or (
                        last_places[0]
                        if len(last_places) == 1 and _only_route_places(sent, mentions) and _THIS_CASE.match(sent)
                        else None
                    )
                    # "Italy was the hardest hit. There, 12 people were arrested."
                    or (last_named[0] if len(last_named) == 1 and not mentions and _THERE.search(sent) else None)
                    or (para_scope if _CASE_STORY.search(sent) else None)
                    or section_scope
                )
            if (
                place is None
                and reading.metric in ("seizures", "assets_frozen")
                and last_q is not None
                and last_q[0] == i - 1
                and last_q[1].metric == reading.metric
                and last_q[1].place is not None
                and _ITEM_LIST_GAP.fullmatch(sent[qs[i - 1].end : q.start])
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
            ):
                said.append(_figure(reading, q, place, q_src, s))
                continue  # "otras 22 personas", "the remaining 3": a part of a total, at no stated place
            figure = _figure(reading, q, place, q_src, s, part=_worded_as_part(sent, q, reading))
            if place is not None and place.kind == "country" and _IN_EACH.match(sent[q.end : q.end + 40]):
                # "in the Czech Republic and France, with nine arrests in each country": both have nine
                at = next((m for m in reversed(mentions) if m.place == place and m.end <= q.start), None)
                for other in _chain(sent, mentions, at, forward=False)[1:] if at else []:
                    sentence_figures.append(_figure(reading, q, other.place, q_src, s))
            if each_scope and place == each_scope[0]:
                sentence_figures += [_figure(reading, q, other, q_src, s) for other in each_scope[1:]]
            each_in = _EACH_IN.match(sent[q.end :])
            if each_in:
                # "one each in Uganda and Canada": every place of the list that follows has that many
                list_at = q.end + each_in.end()
                first = next((m for m in mentions if m.start >= list_at and re.fullmatch(
                    r"(?:the\s+|el\s+|la\s+)?", sent[list_at : m.start], re.I)), None)
                chain = _chain(sent, mentions, first, forward=True) if first else []
                if len(chain) > 1:
                    figure = replace(figure, place=chain[0].place)
                    sentence_figures += [_figure(reading, q, other.place, q_src, s) for other in chain[1:]]
            if pre is not None and _EACH.match(sent[q.end :]):
                # "Austria and the Netherlands with four each": every place of the list has that many
                last = next((m for m in reversed(mentions) if m.place == pre and m.end <= q.start), None)
                for other in _chain(sent, mentions, last, forward=False)[1:] if last else []:
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
        sentence_figures = _list_shares_place(sent, sentence_figures, read_at)
        sentence_figures = _respectively(sent, mentions, sentence_figures, read_at)
        sentence_figures += _parenthesised(sent, mentions, sentence_figures, q_src, s, previous, lang)
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
        if sentence_figures:
            people = [
                f for f in sentence_figures if f.metric in ("arrests", "suspects_identified", "victims_identified")
            ]
            if people:
                previous = metrics.Reading(people[-1].metric, people[-1].status)
        facts.figures += sentence_figures
        # "Spanish authorities seized 100 kg … This seizure … led to the arrest of two people": the next
        # sentence that opens by pointing back takes the place of this one's figures
        last_places = list(
            {f.place.key: f.place for f in sentence_figures if f.place is not None and f.place.kind == "country"}.values()
        )
        named_isos = {m.place.iso3 for m in mentions if m.place.kind != "region"}
        only = next(iter(named_isos)) if len(named_isos) == 1 else None
        last_named = [PlaceRef("country", countries.display_name(only), iso3=only)] if only is not None else []
        forces = {
            c.iso3
            for c in c_mentions
            if c.via == "agency"
            or (c.via == "demonym" and (_police_after(sent, c) or _LED_BY_THEM.match(sent[c.end :])))
        }
        last_force = (
            PlaceRef("country", countries.display_name(next(iter(forces))), iso3=next(iter(forces)))
            if len(forces) == 1 and len({c.iso3 for c in c_mentions}) == 1
            else None
        )
        if lead_scope is not None:
            para_scope = last_scope = lead_scope.place
            paragraphs_since_scope = 0

        # --- countries and their roles, coordinators and the lead (opsatlas/draft/roles.py) -----
        counted = {
            f.place.iso3
            for f in sentence_figures
            if f.place is not None and f.metric == "arrests" and f.value is not None and f.status != "charged"
        }
        unknown = role_reader.read(sent, q_src, c_mentions, counted)
        # "…en Brasil, y se arrestó al principal sospechoso": the one person arrested, in the one country
        leader = (
            singles.LEADER_ARRESTED.search(sent)
            if len(unknown) == 1
            and not any(f.metric == "arrests" and f.value is not None for f in sentence_figures)
            else None
        )
        for c in unknown:
            facts.figures.append(
                Figure(
                    "arrests",
                    1.0 if leader else None,
                    "exact" if leader else "unknown",
                    q_src,
                    PlaceRef("country", countries.display_name(c.iso3), iso3=c.iso3, as_written=c.text),
                    status="arrested",
                    figure_span=(s.start + leader.start(), s.start + leader.end()) if leader else None,
                    part=bool(leader),  # one of a larger count for the country, where the article gives one
                )
            )

        # --- dates and phases ---------------------------------------------------------------
        if options.dates == "dateparser":
            found = dates.find_dates_dateparser(sent, published, lang)
        else:
            found = dates.find_dates(sent, published, precise_publication, text_year)
        for d in found:
            if (
                _background_year(sent, d, facts.name)
                or _series_since(sent, d)
                or _wanted_since(sent, d)
                or _agreement_signed(sent, d)
            ):
                continue
            what = _date_what(sent, d)
            if other_operation and what != "operation_start":
                # a sentence about another operation or an earlier edition gives none of this one's dates, but
                # when the series or the investigation began ("que arrancó en 2017") stays
                continue
            facts.dates.append(DateFact(what, d.value, d.as_reported, q_src, d.vague))
            phase = _phase(what, d, sent, q_src, [c.iso3 for c in c_mentions])
            if phase is not None:
                facts.phases.append(phase)

    facts.coordinators, facts.lead, facts.lead_source, facts.countries = role_reader.finish()
    facts.countries = roles.arrests_in_places(facts.countries, facts.places)
    acted = {c.iso3 for c in facts.countries if c.role in ("arrests_stated", "arrests_unspecified", "suspects")}
    acted |= {f.place.iso3 for f in facts.figures if f.place is not None and f.place.iso3 and f.value is not None}
    regional = region_is_operation(
        dedupe(facts.figures),
        acted
        or {c.iso3 for c in facts.countries if c.role != "mentioned"}  # not "Lyon (Francia)", where a body sits
        or {c.iso3 for c in facts.countries},
        # a count of countries in a region is the operation's only when every country that took part is
        # there: "more than 10 countries in Europe" beside Australia and Canada is a part of it
        acted | {c.iso3 for c in facts.countries if c.role != "mentioned"},
    )
    facts.figures = country_of_its_one_place(whole_operation(regional, facts.notes))
    facts.countries = roles.stated_by_figures(facts.countries, facts.figures)
    participants_from_named(facts)
    facts.phases = dedupe_phases(facts.phases)
    facts.dates = _refined_dates(facts.dates)
    return facts


def _refined_dates(found: list[DateFact]) -> list[DateFact]:
    """"launched in April" and, later, "launched on April 19": the same start written twice, the second time
    more precisely; a month or year is dropped when a date of the same kind (start, arrests, announcement)
    falls within it, or a span of days of any kind ("in July and August", then "from July 22 to August 7")."""

    def within(inner: str, outer: str) -> bool:
        return inner != outer and all(part.startswith(outer + "-") for part in inner.split("/"))

    def spanned(inner: str, outer: str) -> bool:
        # a span of days inside the months: "from July 22 to August 7" in "in July and August"
        (a, b), (c, d) = inner.split("/"), (outer.split("/") + [outer])[:2]
        return len(a) == len(b) == 10 and len(c) < 10 and a[: len(c)] >= c and b[: len(d)] <= d

    return [
        d
        for d in found
        if d.value is None
        or len(d.value) == 10
        or not (
            ("/" not in d.value and d.what != "other"  # dates of unknown kind may be different events in a month
             and any(o.what == d.what and o.value and within(o.value, d.value) for o in found))
            # a span of days is the period itself, written once more precisely, whatever the kinds ("at the
            # beginning of June" says more than "June", and stays)
            or (not d.vague and any(o.value and "/" in o.value and spanned(o.value, d.value) for o in found))
        )
    ]


def _drop_overlaps(mentions: list[Mention]) -> list[Mention]:
    out: list[Mention] = []
    for m in mentions:
        if out and m.start < out[-1].end:
            if (m.end - m.start) > (out[-1].end - out[-1].start):
                out[-1] = m
            continue
        out.append(m)
    return out


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
        q.value,
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
    r"remaining|also|another|other|others|de ellos|de ellas|de los cuales|de las cuales|de estos|de estas|"
    r"entre ellos|entre ellas|entre los|entre las|incluid[oa]s|incluyendo|mientras que|mientras|el resto|"
    r"los demás|las demás|además|también|otr[oa]s)\b[^,;:]*$",
    re.I,
)
_PART_AFTER = re.compile(
    r"^\s*(?:others?|more|otr[oa]s|más)\b|^[^.;]{0,150}?\b(?:also|as well|too|también|while|whereas|mientras)\b"
    # "Thirteen of the children were rescued outside the United States": a part of a group named before
    r"|^\s+(?:of|de)\s+(?:the|them|those|these|ell[oa]s|los|las|est[oa]s)\b"
    # "59 Thais among 61 arrested", "12 colombianos entre los 40 detenidos"
    r"|^\s+(?:[^\W\d_]+\s+){0,2}(?:among|entre)\s+(?:the\s+|los\s+|las\s+)?\d",
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
        or _PART_AFTER.search(sent[q.num_end :])
        # "…, entre ellos, dos cabecillas", "among them, two leaders"
        or re.search(r"\b(?:entre ell[oa]s|among them|among whom|including|incluid[oa]s|de ell[oa]s)\s*,\s*$",
                     sent[max(0, q.start - 40) : q.start], re.I)
    )




#: "…were seized in the U.S.": the verb of the figure, then where it happened (however long the list between).
_DONE_IN = re.compile(
    r"\b(?:seized|arrested|detained|apprehended|caught|rescued|incautad[oa]s?|intervenid[oa]s?|detenid[oa]s?|"
    r"arrestad[oa]s?|rescatad[oa]s?)\s+(?:in|en)\s+(?:the\s+|la\s+|el\s+)?$",
    re.I,
)
#: A sentence that turns to another case: the place that framed the last one frames it no more.
_NEW_CASE = re.compile(
    r"^\W*(?:in (?:another|a separate|a further|one other) case|another case|separately|meanwhile|elsewhere|"
    r"en otro caso|otro caso|por otra parte|por otro lado|asimismo|además)\b",
    re.I,
)
#: How many short paragraphs a case told after "En Zambia, …" may run on (each sentence its own paragraph).
_CASE_PARAGRAPHS = 2
#: Between two counts of one list: " and ", ", ", " people and ".
_LISTED_COUNTS = re.compile(r"(?:\s+[^\W\d_]+){0,2}\s*(?:,|\band\b|\by\b|\be\b)\s*", re.I)
_RESPECTIVELY = re.compile(r"\b(?:respectively|respectivamente)\b", re.I)


def _respectively(
    sent: str, mentions: list[Mention], figs: list[Figure], read_at: list[tuple[numbers.Quantity, Figure]]
) -> list[Figure]:
    """ "In Spain and Portugal, 12 and 8 people were arrested respectively": a list of places and a list of
    counts, paired in order."""
    if not _RESPECTIVELY.search(sent) or len(read_at) < 2:
        return figs
    places = next(
        (chain for m in mentions if m.place.kind != "region" and len(chain := _chain(sent, mentions, m, True)) > 1),
        None,
    )
    if places is None or len({p.place.key for p in places}) != len(places):
        return figs
    # the first run of counts of one metric, listed together ("12 and 8", "10, 8 y 7")
    for i in range(len(read_at) - len(places) + 1):
        run = read_at[i : i + len(places)]
        if len({f.metric for _, f in run}) == 1 and all(
            _LISTED_COUNTS.fullmatch(sent[a.end : b.start]) for (a, _), (b, _) in pairwise(run)
        ):
            paired = {id(f): p.place for (_, f), p in zip(run, places)}
            return [replace(f, place=paired[id(f)], by_subject=False) if id(f) in paired else f for f in figs]
    return figs


#: "The Spanish leg of the operation …", "En la fase española …": one country's part frames the sentence.
_NATIONAL_PART = re.compile(
    r"^\W*(?:(?:in|during|en|durante)\s+)?(?:(?:the|la|el)\s+)?(?:operation['’]s\s+)?"
    r"(?:(?P<en>(?-i:[A-Z][\w-]+))\s+(?:leg|part|phase|side|branch|arm|strand|end)"
    r"|(?:parte|fase|rama|vertiente|pata)\s+(?P<es>[^\W\d_]+))"
    r"(?:\s+(?:of|de)\s+(?:the|la|el)\s+(?:operation|investigation|action|probe|operación|investigación|operativo|"
    r"acción))?\b",
    re.I,
)


def _national_part(sent: str) -> Mention | None:
    hit = _NATIONAL_PART.match(sent)
    iso = singles.DEMONYM_COUNTRY.get((hit.group("en") or hit.group("es")).casefold()) if hit else None
    if hit is None or iso is None:
        return None
    return Mention(0, hit.end(), PlaceRef("country", countries.display_name(iso), iso3=iso, as_written=hit.group(0)))


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
#: A sentence whose subject is the force named before: "They arrested…", "Los agentes detuvieron…".
_THEY = re.compile(
    r"^\W*(?:they|the officers|officers|the agents|agents|these officers|the investigators|los agentes|ellos|"
    r"dichos agentes|estos agentes|los investigadores)\s+(?:also\s+|también\s+)?[^\W\d_]+",
    re.I,
)
#: A place, a colon and at once a count: "Germany: 12 arrests", "Alemania: más de 12 detenidos" (not a headline's
#: topic, "Australia: Police expose global racket, 17 arrested").
_COLON_COUNT = re.compile(
    r"\s*:\s*(?:(?:more than|over|about|around|some|almost|nearly|más de|unos|unas|casi|cerca de)\s+)?"
    r"(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|un[oa]?|dos|tres|cuatro|cinco|seis|"
    r"siete|ocho|nueve|diez|once|doce)\b)",
    re.I,
)
#: "In Spain, …", "solo en España …", "In another case in Chile, …", "Durante el operativo en territorio
#: español …": a place in the sentence's opening words frames the figures after it.
_BOTH = re.compile(r"^\W*(?:both|tanto|in each of|en cada uno de|en ambos)\b", re.I)
#: A country's investigation, its forces' work: "Another Portuguese-led investigation uncovered…" (the next
#: sentence's "Officers arrested three" are that country's).
_LED_BY_THEM = re.compile(r"^-led\s+(?:investigation|operation|probe|inquiry|raid|raids|crackdown)\b", re.I)
#: A sentence opened by one of a country's crossings or ports: "At a Niger border crossing, 29 tons … were seized",
#: "En un puesto fronterizo de Níger, se incautaron…" (the country's name written before or after the place noun).
_AT_A_BEFORE = re.compile(r"^\W*(?:at|in|on)\s+(?:a|an|the|one)\s+$", re.I)
_CROSSING_AFTER = re.compile(r"^\s+(?:border|port|airport|seaport|checkpoint|crossing)\b", re.I)
_CROSSING_OF_BEFORE = re.compile(
    r"^\W*en\s+(?:un|una|el|la)\s+(?:puesto|paso|puerto|aeropuerto|control)(?:\s+fronterizo)?\s+(?:de|del)\s+$", re.I
)


def _at_its_crossing(sent: str, m: Mention) -> bool:
    """Whether the sentence opens at one of the country's crossings or ports (see `_AT_A_BEFORE`)."""
    return bool(
        (_AT_A_BEFORE.match(sent[: m.start]) and _CROSSING_AFTER.match(sent[m.end :]))
        or _CROSSING_OF_BEFORE.match(sent[: m.start])
    )


_LEAD_SCOPE = re.compile(
    # a short time phrase may open the sentence first: "Al momento, en Argentina hay 12 detenidos", "So far, in Spain …"
    r"^\W*(?:(?:al momento|hasta (?:ahora|el momento)|por ahora|so far|to date|at present|hasta la fecha),\s*)?"
    r"(?:(?:in|en|durante|during|only|just|solo|sólo|also|también|meanwhile|asimismo|por su parte|within|"
    r"both|tanto|"
    r"dentro de)\b[^,;:\d]{0,45}?)?\b(?:in|en)\s+(?:the\s+|el\s+|la\s+)?(?:territorio\s+|suelo\s+|territory of\s+|"
    # "En una acción en el sector de Chanduy de la provincia de El Oro, …", "In the town of X in the province of Y"
    r"(?:case|town|city|province|state|region|port|village|district|area|sector|municipality)\s+of\s+"
    r"(?:[^,;:\d]{1,30}?\s+(?:in|of)\s+the\s+(?:province|state|region|district)\s+of\s+)?|"
    r"(?:caso|sector|provincia|ciudad|localidad|municipio|región|departamento|estado|puerto|barrio|zona|comuna|distrito)\s+"
    r"de\s+(?:[^,;:\d]{1,30}?\s+(?:de|en)\s+la\s+(?:provincia|región|comunidad|localidad)\s+de\s+)?)?$",
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
#: A paragraph's frame reaches the next sentences only in a case story, never a sentence about the whole
#: operation ("In Spain, police arrested 20. The operation led to 200 arrests" keeps 200 for the operation).
_CASE_STORY = re.compile(r"^(?!.*\b(?:operation|operación|operativo|total|overall|worldwide|said|dijo|informó|"
                         r"Europol|Interpol|INTERPOL|countries|países)\b).*\b(?:this|these|that|those|the same|his|"
                         r"her|their|este|esta|estos|estas|ese|esa|esos|esas|su|sus)\b", re.I)
#: "… pero solo en España han ejecutado registros": from there on, the sentence's figures are that place's.
_ONLY_IN = re.compile(r"\b(?:solo|sólo|only|just)\s+(?:in|en)\s+(?:the\s+)?$", re.I)
#: "Since 2013, Lionfish operations have generated … 5,600 arrests", "desde 2016, las ediciones de Pangea
#: han…": the record of a series of operations, not this one's figures.
_SERIES = re.compile(
    r"\b(?:since|desde)\s+(?:(?:el\s+)?(?:año\s+)?(?:19|20)\d\d|(?:its|their|su|sus)\s+\w+)\b.*?"
    r"\b(?:operations|operaciones|editions|ediciones|campaigns|campañas|iterations|phases of the series)\b"
    r"|\b(?:operations|operaciones|editions|ediciones|campaigns|campañas)\b[^.;]{0,60}?\b(?:since|desde)\s+"
    r"(?:(?:el\s+)?(?:año\s+)?(?:19|20)\d\d)\b",
    re.I,
)
#: This operation said to belong to the series: "The operation, part of a series of "Lionfish" operations since 2013,
#: … involved 31 countries" is this one's sentence.
_PART_OF_SERIES = re.compile(r"\b(?:part of|parte de)\s+(?:a|the|una|la)\s+(?:series|serie)\b", re.I)
#: Earlier runs named in the sentence: its figures from there on are theirs ("46 arrests yesterday (8 in
#: Austria …), previous operations … resulted in the arrest of 8"), the ones before stay this operation's.
_PREVIOUS_RUNS = re.compile(
    r"\b(?:previous|past|earlier|prior)\s+(?:editions|operations|iterations)\b|\b(?:ediciones|operaciones)\s+anteriores\b",
    re.I,
)
#: A line that is only a place's name, as a section heading: "-Ecuador:", "• SPAIN", "Colombia".
_HEADING = re.compile(r"\W*[A-ZÁÉÍÓÚÑ][\w .'’-]{1,40}?\s*:?\s*", re.U)
_OPENING_YEAR = re.compile(r"^\W*(?:in|en|during|durante)\s+(?:el\s+año\s+|the\s+year\s+)?((?:19|20)\d\d)\s*,", re.I)
#: "a nivel nacional", "nationwide": in the one country the sentence before counted in.
_NATIONWIDE = re.compile(
    r"\b(?:a nivel nacional|en todo el país|en el resto del país|nationwide|across the country|throughout the country|"
    r"in the rest of the country)\b",
    re.I,
)
#: A sentence that opens by pointing back at the one before: "This seizure and further investigations led to…".
_THIS_CASE = re.compile(r"^\W*(?:this|these|esta|este|estas|estos|dicha|dicho)\s+[^\W\d_]+", re.I)
#: Another case named in the sentence: its figures from there on are not this operation's.
_ELSEWHERE = re.compile(
    r"\b(?:a|an|another|one|una?|otra|otro)\s+(?:similar|separate|previous|earlier|prior|different|related|parallel|"
    r"similar|anterior|distinta|diferente|paralela|previa)\s+(?:network|operation|investigation|case|group|gang|ring|"
    r"probe|red|operación|investigación|caso|grupo|banda|organización)\b"
    r"|\b(?:otra|otro)\s+(?:red|operación|investigación|caso|banda|organización)\s+(?:similar|anterior|distinta|"
    r"diferente|paralela|previa)\b"
    # "La anterior acción … se saldó con 70 arrestos", "the previous phase led to …"
    r"|\b(?:la|el|the|its|su)\s+(?:anterior|previous|last|prior|earlier|pasada)\s+(?:acción|operación|fase|"
    r"edición|operation|phase|edition|action|round|operativo)\b"
    # "the first edition" was another year's; "during the first operation" (of two, in this case) is this one's
    r"|\b(?:la|el|the|its|su)\s+(?:primera|first)\s+(?:edición|edition|round)\b"
    r"|\b(?:la|el|the)\s+(?:operation|operación|fase|phase|edition|edición|acción|action)\s+(?:anterior|previa|previous)\b",
    re.I,
)
#: The figure happened before this operation: "ya se habían llevado a cabo otras 20 detenciones",
#: "had already arrested 12", "previously, 30 people had been charged".
_EARLIER = re.compile(
    r"\b(?:ya se habían|ya se había|ya habían|ya había|had already|had previously|previamente|con anterioridad|"
    r"in an earlier phase|in a previous phase|en una fase anterior|en fases anteriores|in earlier phases)\b[^.;]{0,70}$",
    re.I,
)
#: Returned by `_place_for` for a figure followed by a list of places: the figure is their total.
SEVERAL = PlaceRef("several", "several places")
_BACK_REFERENCE = re.compile(
    r"\b(?:además de|aparte de|besides|in addition to|on top of)\s+(?:los|las|the)\s+(?P<n>\d[\d.,]*|[^\W\d_]+)\b", re.I
)


_CLAUSE_OPENING = re.compile(
    r"(?:[;]|,\s*(?:mientras que|mientras|while|whereas|and|y|pero|but)|\b(?:mientras que|while|whereas))\s+"
    r"(?:(?:in|en)\s+(?:the\s+|el\s+|la\s+)?(?:suelo|territorio|territory of)?\s*)$",
    re.I,
)


#: "The operation in Spain resulted in 12 arrests", "La cifra de detenidos en España asciende a 12": a subject
#: placed in one country, then the verb of its result.
_SUBJECT_BEFORE_PLACE = re.compile(
    r"^\W*(?:(?:the|a|an|la|el|las|los|una?)\s+)?(?:[^\W\d_]+\s+){0,4}?(?:in|en)\s+(?:the\s+)?$", re.I
)
_RESULT_VERB = re.compile(
    r"\s+(?:resulted in|led to|ended with|yielded|netted|produced|dejó|deja|se saldó con|se ha saldado con|culminó con|"
    r"arrojó|permitió|ha permitido|stood at|was|totall?ed|asciende a|ascendió a|es de|fue de|alcanzó|reached)\s+"
    r"(?:(?:the|la|el)\s+)?(?:(?:arrest|detention|detención|captura|arresto|rescue|rescate|seizure|incautación)\s+"
    r"(?:of|de)\s+)?(?:(?:a total of|un total de)\s+)?",
    re.I,
)


def _subject_in_place(sent: str, q: numbers.Quantity, mentions: list[Mention]) -> PlaceRef | None:
    m = next((m for m in reversed(mentions) if m.end <= q.start), None)
    if m is None or m.place.kind != "country" or not _SUBJECT_BEFORE_PLACE.match(sent[: m.start]):
        return None
    if len(_chain(sent, mentions, m, forward=False)) > 1 or len(_chain(sent, mentions, m, forward=True)) > 1:
        return None  # "an operation in Spain and Portugal": several countries
    return m.place if _RESULT_VERB.fullmatch(sent[m.end : q.start]) else None


_TURNING = re.compile(
    r",\s*(?:while|whereas|whilst|mientras(?: que)?|en tanto que|but|pero|(?:and|y|e)\s+(?:in|en))\b", re.I
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


def _last_country(figs: list[Figure]) -> PlaceRef | None:
    """The country of the last figure placed (in a country, or in one of its towns or provinces)."""
    last = next((f.place for f in reversed(figs) if f.value is not None and f.place is not None and f.place.iso3), None)
    if last is None or last.iso3 is None:
        return None
    return last if last.kind == "country" else PlaceRef("country", countries.display_name(last.iso3), iso3=last.iso3)


def _back_reference_place(sent: str, figs: list[Figure]) -> PlaceRef | None:
    """ "Además de los 13 detenidos, hay otras cinco personas investigadas": the place of the group named again."""
    m = _BACK_REFERENCE.search(sent)
    if m is None:
        return None
    qs = numbers.find_quantities(m.group("n"))
    if not qs:
        return None
    same = [f for f in figs if f.value == qs[0].value and f.place is not None and f.place.kind == "country"]
    return same[-1].place if len({f.place.key for f in same if f.place}) == 1 else None


#: The words that report a statement (one list: a figure's reported place and a force's subject read it).
SAID_WORDS = (
    r"said|says|announced|reported|stated|according|told|added|declared|confirmed|explained|explains|noted|"
    r"revealed|indicated|detailed|detalló|precisó|informó|informa|ha informado|han informado|dijo|señaló|"
    r"anunció|explicó|según|indicó|afirmó|confirmó|declaró"
)
_REPORTING = re.compile(
    r"\b(?:" + SAID_WORDS + r"|international|internacional|multinational|global|joint|conjunta|conjunto|"
    r"europe[oa]?|european|worldwide)\b",
    re.I,
)
_NOT_SUBJECT = re.compile(
    r"(?i:\b(?:by|por|with|con|to|from|desde|for|para|apoyo de|ayuda de|colaboración de|support of|help of|"
    r"assistance of|coordination of|coordinación de|respaldo de)\s+(?:the\s+|la\s+|el\s+|los\s+|las\s+)?)"
    # "con apoyo de EUROPOL y DEA": every body of the list
    r"(?:[A-ZÁÉÍÓÚ][\w-]*(?:\s+[A-ZÁÉÍÓÚ][\w-]*)*\s*(?:,|\by\b|\band\b|\be\b)\s*(?i:the\s+|la\s+|el\s+)?)*$"
)
_WHOLE_SCOPE = re.compile(
    r"\b(?:worldwide|globally|across the globe|around the world|across the world|en todo el mundo|a nivel mundial|"
    r"a nivel europeo|a nivel internacional|a nivel global|in all participating countries|en todos los países)\b",
    re.I,
)


_LED_OPERATION = re.compile(
    r"\b(?:led|leads|leading|spearheaded|spearheading|coordinated|coordinating|lideró|lidera|liderando|encabezó|"
    r"coordinó|dirigió)\b[^;:]*?\b(?:operation|operación|operativo|ofensiva|crackdown|offensive|campaign|campaña|"
    r"investigation|investigación)\b",
    re.I,
)


_BY_AFTER = re.compile(
    r"^[^.;,]{0,60}?\b(?:by|por)\s+(?:the\s+|la\s+|el\s+|los\s+|las\s+)?(?:[\w-]+\s+){0,4}?"
    r"(?:(?:from|of|de)\s+(?:the\s+|la\s+|el\s+)?)?$",
    re.I,
)


def _force_after(
    sent: str, q: numbers.Quantity, mentions: list[Mention], cs: list[countries.CountryMention]
) -> PlaceRef | None:
    """ "eight men were arrested by detectives from the Metropolitan Police", "fueron detenidos por la policía
    francesa": the force named after the verb did it, in its country."""
    after = [m for m in mentions if m.place.kind != "region" and m.start >= q.end and m.start - q.end <= 90]
    # "un fugitivo buscado en Perú fue arrestado por la Policía Federal de Argentina": the place after "by"
    m = next((m for m in after if _BY_AFTER.match(sent[q.end : m.start])), None)
    if m is None:
        return None
    if m.place.kind != "country":
        # "16 people were arrested by the Karnataka Police": a state's or a city's own force, there
        local = re.match(r"^\s*" + countries.FORCE_WORDS, sent[m.end :], re.I)
        return m.place if local else None
    if any(o.place.kind == "country" and o.place != m.place and o.start > m.start for o in mentions):
        return None  # "by the Chilean police after an investigation between Peru and Chile": not said where
    c = next((c for c in cs if c.start == m.start), None)
    if c is None:
        return None
    if c.via == "agency" or (c.via == "demonym" and _police_after(sent, c)) or re.match(
        r"^\s*" + countries.FORCE_WORDS, sent[m.end :], re.I
    ) or re.search(countries.FORCE_NAMED + r"\s+(?:of|de|del)?\s*$", sent[max(0, m.start - 40) : m.start], re.I):
        return m.place
    return None


#: A force that reports its own arrests: "… Federal Police said it arrested 120", "informó de que había detenido a",
#: "informó de la detención de".
_OWN_REPORT = re.compile(
    r"(?:[’']s(?:\s+[\w-]+){1,4}?)?\s+(?:said|says|reported|announced|informó|anunció|ha informado|comunicó)\s+"
    r"(?:(?:that\s+|de que\s+|que\s+)?(?:it|they|había|habían|ha|han)\s+(?:had\s+|has\s+|have\s+)?[^\W\d_]+\s+(?:a\s+)?"
    r"|(?:de\s+)?la\s+(?:detención|captura|aprehensión)\s+de\s+)",
    re.I,
)


def _agency_subject(
    sent: str, q: numbers.Quantity, mentions: list[Mention], cs: list[countries.CountryMention]
) -> PlaceRef | None:
    """ "La Policía Nacional ha intervenido 39 dispositivos", "Australian investigators … arrested 16
    people": a national force as the subject places its figures in its country, unless the sentence
    reports the whole operation ("said", "international", "worldwide")."""
    before = [m for m in mentions if m.place.kind == "country" and m.end <= q.start and q.start - m.end <= 200]
    if not before or _WHOLE_SCOPE.search(sent):
        return None
    m = before[-1]
    gap = sent[m.end : q.start]
    if _NOT_SUBJECT.search(sent[max(0, m.start - 40) : m.start]):
        return None  # "coordinada por la Policía Nacional", "with the support of the FBI": not who did it
    if re.search(r"[;:]", gap) or (_REPORTING.search(gap) and not _OWN_REPORT.fullmatch(gap)):
        return None
    if _LED_OPERATION.search(gap) or _TOOK_PART_IN.search(gap):
        # "La Policía de Colombia lideró una operación … que dejó 28 toneladas", "La Guardia Civil ha participado en
        # el desmantelamiento de una red…, una operación que se ha cerrado con 18 detenidos": the operation's figures
        return None
    if _one_of_listed_forces(sent, m, mentions):
        return None
    c = next((c for c in cs if c.start == m.start), None)
    if c is None:
        return None
    subject = (
        (c.via == "agency" and bool(c.iso3))
        or (c.via == "demonym" and (_police_after(sent, c) or _FORCE_BEFORE.search(sent[max(0, m.start - 40) : m.start])))
        or bool(
            re.search(
                countries.FORCE_NAMED + r"\s+(?:in|of|de|del|en)\s+(?:the\s+|la\s+|el\s+)?$",
                sent[max(0, m.start - 40) : m.start],
                re.I,
            )
        )
        # "Portugal's Judicial Police arrested 12", "Canada's RCMP"
        or bool(_POSSESSIVE_FORCE.match(sent[m.end :]))
        # "Canada intercepted 18 tons of eel meat": the country itself as the subject
        or (roles.country_acted(sent, c) and q.start - m.end <= 40)
    )
    return m.place if subject else None


#: A force that only took part in what the figures' operation did: "ha participado en el desmantelamiento de…",
#: "took part in an operation that…".
_TOOK_PART_IN = re.compile(
    r"\b(?:participated|took part|taken part|participado|participó|participaron|colaborado|colaboró|collaborated|"
    r"contributed|contribuido|contribuyó)\s+(?:in|en|a|to)\b",
    re.I,
)
#: Between two countries' forces of one list: "la Policía de Francia y la Policía de", "French police, the Dutch".
_FORCE_LIST_GAP = re.compile(
    r"\s*(?:,\s*(?:(?:and|y|e)\s+)?|\s+(?:and|y|e)\s+)(?:the\s+|la\s+|el\s+|las\s+|los\s+)?"
    + countries.FORCE_NAMED
    + r"\s+(?:of|de|del|from|in|en)\s+(?:the\s+|la\s+|el\s+)?",
    re.I,
)


def _one_of_listed_forces(sent: str, m: Mention, mentions: list[Mention]) -> bool:
    """Whether the country's force is listed after another country's: "Spanish and Portuguese police", "la Policía
    de Francia y la Policía de Colombia" (more than one force: not one country's figure)."""
    return any(
        o.place.kind == "country"
        and o.place.iso3 != m.place.iso3
        and (0 <= m.start - o.end <= 14 or bool(_FORCE_LIST_GAP.fullmatch(sent[o.end : m.start])))
        for o in mentions
    )


#: A force named before its demonym: "Los investigadores italianos", "la Policía Judiciaria portuguesa".
_FORCE_BEFORE = re.compile(
    r"(?:" + countries.FORCE_NAMED + r"|\b(?:investigadores|investigators|detectives|fiscales|prosecutors))\s+$", re.I
)
#: A country's force in the possessive: "Portugal's Judicial Police".
_POSSESSIVE_FORCE = re.compile(r"^[’']s\s+(?:(?-i:[A-Z][\w-]+)\s+){0,3}?" + countries.FORCE_WORDS + r"\b", re.I)
_FOR_OFFENCE = re.compile(
    r"\b(?:\d[\d,.]*|[a-z]+)\s+(?:(?:people|persons|personas)\s+)?(?:for|por)\s+(?!the\b|la\b|el\b)[a-z]", re.I
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


_TABLE_END = re.compile(r"^\s*(?:[,;.)]|\band\b|\by\b|\be\b|$)", re.I)


def _place_just_before(
    sent: str, q: numbers.Quantity, mentions: list[Mention], before: list[numbers.Quantity]
) -> PlaceRef | None:
    """ "Fueron detenidos en España 11 personas, en Portugal 4 y en Italia 2", "Detenidos en España: 11",
    "arrests by country: Spain 11, Colombia 7": a place right before the number is the number's."""
    if q.weak and not _EACH.match(sent[q.end :]):
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
                r"(?:^|[;:]|,\s*(?:and|y|e|while|whereas|mientras(?: que)?)?)\s*(?:in|en)\s+(?:the\s+|la\s+|el\s+)?$",
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
            r"\b(?:in|en)\s+(?:the\s+|la\s+|el\s+)?$", sent[max(0, m.start - 12) : m.start], re.I
        ) and q.unit):
            return None  # "Spain 11", "en Holanda, con seis detenidos"
        return m.place
    first = _chain(sent, mentions, m, forward=False)[-1]  # "Austria and the Netherlands with four each"
    locative = re.search(
        r"\b(?:in|en|followed by|seguid[oa] (?:de|por))\s+(?:the\s+|la\s+|el\s+)?$",
        sent[max(0, first.start - 20) : first.start],
        re.I,
    )  # "Germany reported 50 arrests, followed by France with 30"
    end = _EACH.match(sent[q.end :])
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
    if _EACH.match(sent[q.end :]):
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
    r"radicad[oa]s?)\s+(?:in|en)\s+(?:the\s+|la\s+|el\s+)?$",
    re.I,
)
_WANTED = re.compile(r"\b(?:wanted|sought|buscad[oa]s?|requerid[oa]s?|reclamad[oa]s?|solicitad[oa]s?)$", re.I)
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
    people = [f for f in figs if f.metric in ("arrests", "suspects_identified", "victims_identified")]
    if people:
        return metrics.Reading(people[-1].metric, people[-1].status, elliptic=True)
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
        m for m in mentions if end <= m.start < limit and m.start - end <= 160 and not _seat(sent, m, mentions)
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
        wanted = _WANTED.search(re.sub(r"\s+(?:in|en)\s+(?:the\s+|la\s+|el\s+)?$", "", gap)) or (
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
            and not next_clause
            and not own_number
            and not re.search(r"[;.]", gap)
            and not _TURN.search(gap)
            and not _SAID.search(gap)
        ):
            chain = _chain(sent, mentions, m, forward=True)
            also_in = _also_in(sent, mentions, m)
            if len(chain) == 1 and also_in is not None and also_in.place.iso3 != m.place.iso3:
                return SEVERAL  # "across several Brazilian states and in the Paraguayan capital": both countries'
            if len(chain) > 1:
                # "in Belgium, France and Spain": several places, the figure is their total
                return _common_country(chain)
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
        chain = _chain(sent, mentions, m, forward=False)
        distinct = len({c.place.key for c in chain}) > 1  # "la Policía Nacional y la Guardia Civil": one country
        if distinct and "," not in gap[:3] and not re.search(r"[;:.]", gap):
            # "registros en Barcelona y Tarragona un total de 106 kilos": several towns of one country;
            # "in Ghana and Togo police rescued 40": several countries, the figure is theirs together
            return _common_country(chain)
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
            and re.search(r"\b(?:in|en)\s+(?:the\s+|la\s+|el\s+)?$", pre, re.I)
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
        if re.match(r"^\s*,?\s*(?:where|donde)\b[^;:.]*$", gap, re.I) and m.place.kind != "region":
            # "en la provincia de Málaga, donde también han sido intervenidas dos embarcaciones"; "en Madrid,
            # Málaga y Sevilla, donde …": the towns' country
            return m.place if len(chain) == 1 else _common_country(chain)
        if (
            (agencyish or police_in or m.place.kind in ("town", "province"))
            and "," not in gap[:3]
            and not re.search(r"[;:]", gap)
        ):
            if m.place.kind == "country" and (agencyish or police_in):
                if (
                    _NOT_SUBJECT.search(sent[max(0, m.start - 40) : m.start])
                    or _LED_OPERATION.search(gap)
                    or _one_of_listed_forces(sent, m, mentions)  # "la Policía de Francia y la Policía de Colombia"
                    or _WHOLE_SCOPE.search(sent)  # "Spanish police said 500 were arrested worldwide"
                ):
                    # "the effort led by Danish police identified 273", "La Policía de Colombia lideró una
                    # operación que dejó 28 toneladas": the operation did it
                    return None
                return _ByForce(m.place)  # "Spanish police arrested 20": the force's country (see `_agency_subject`)
            if m.place.kind == "region" or m.place.kind == "country" or m.place.kind in ("town", "province"):
                return m.place
    return None


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
#: "(7 arrests each)", "(3 detenidos cada uno)": after the number, every listed place has that many.
_BRACKET_EACH = re.compile(r"\s+(?:[^\W\d_]+\s+)?(?:each|cada un[oa])\)", re.I)
#: "one each in Uganda and Canada", "uno en cada uno de …" is not this: a count, "each", then the list.
_EACH_IN = re.compile(r"^\s+(?:[^\W\d_]+\s+)?(?:each|cada un[oa])\s+(?:in|en)\s", re.I)
_IN_EACH = re.compile(r"^\s+(?:[^\W\d_]+\s+){0,2}?(?:in|en)\s+(?:each|every|cada)\s+(?:country|one|of them|país|uno)\b", re.I)
#: "four each", "dos cada uno": the number is every listed place's.
_EACH = re.compile(r"^\s*(?:each|apiece|a piece|cada un[oa]|respectivamente)\b", re.I)
#: A country as the subject that reports its own figures: "Zambia is reporting …", "Perú registró …".
_COUNTRY_REPORTS = re.compile(
    r"^\s+(?:(?:is|are|has|have|was|also|too)\s+){0,2}(?:reporting|reported|reports|confirming|confirmed|confirms|"
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
def _list_shares_place(
    sent: str, figs: list[Figure], read_at: list[tuple[numbers.Quantity, Figure]]
) -> list[Figure]:
    """ "$4.37 million of assets, four firearms and almost 19 kg of drugs have been seized in Western
    Australia": the place after a list of seized things is every item's."""
    place: PlaceRef | None = None
    shared: dict[int, PlaceRef] = {}
    for j in range(len(read_at) - 1, -1, -1):
        q, f = read_at[j]
        nxt = read_at[j + 1][0] if j + 1 < len(read_at) else None
        gap = sent[q.end : nxt.start] if nxt is not None else ""
        if f.place is not None:
            place = f.place if f.metric in ("seizures", "assets_frozen") and not f.by_subject else None
            continue
        if place is not None and nxt is not None and (
            (f.metric in ("seizures", "assets_frozen") and _ITEM_LIST_GAP.fullmatch(gap))
            # "The police made three arrests and seized 20 kg of methamphetamine … in Myanmar": one clause
            or _AND_THEN_VERB.fullmatch(gap)
        ):
            shared[id(f)] = place
        else:
            place = None
    # forwards: "police in Yunnan Province arrested 35 members of a gang and seized drugs weighing 12 kg"
    for j in range(1, len(read_at)):
        q, f = read_at[j]
        pq, pf = read_at[j - 1]
        prev_place = shared.get(id(pf), pf.place)
        if (
            f.place is None
            and id(f) not in shared
            and prev_place is not None
            and not pf.by_subject
            and _AND_VERB_ON.fullmatch(sent[pq.end : q.start])
        ):
            shared[id(f)] = prev_place
    return [replace(f, place=shared[id(f)]) if id(f) in shared else f for f in figs]


#: A second verb of the same subject, then its count: " members of a gang and seized drugs weighing ".
_AND_VERB_ON = re.compile(
    r"[^,;:.]{0,80}?\b(?:and|y|e)\s+(?:also\s+|también\s+)?[^\W\d_]+(?:ed|ó|aron|ieron)\b[^,;:.]{0,60}", re.I
)


#: Between a count and the next one, a second verb of one clause: " arrests and seized ", " detenidos e incautados ".
_AND_THEN_VERB = re.compile(
    r"\s+[^\W\d_]+\s+(?:and|y|e)\s+(?:also\s+|también\s+)?[^\W\d_]+(?:ed|ó|aron|ado|ados|adas)\s+(?:(?:of|de)\s+)?",
    re.I,
)


#: Between two seized things of one list: "de cocaína, ", " of heroin and ".
_ITEM_LIST_GAP = re.compile(r"[^;:.()\d]{0,60}?(?:,|\by\b|\band\b|\be\b)\s*(?:(?:as well as|así como|plus)\s+)?")
_CHAIN_GAP = re.compile(r"\s*(?:,|\band\b|\by\b|\be\b|\bor\b|\bo\b|\bcomo\b)\s*(?:(?:in|en)\s+)?(?:the\s+|la\s+|el\s+)?")


def _chain(sent: str, mentions: list[Mention], m: Mention, forward: bool) -> list[Mention]:
    """The places listed with `m` ("Barcelona y Tarragona", "Belgium, France and Spain")."""
    chain = [m]
    while True:
        last = chain[-1]
        nxt = (
            next((o for o in mentions if o.start >= last.end and _CHAIN_GAP.fullmatch(sent[last.end : o.start])), None)
            if forward
            else next(
                (o for o in reversed(mentions) if o.end <= last.start and _CHAIN_GAP.fullmatch(sent[o.end : last.start])),
                None,
            )
        )
        if nxt is None or nxt in chain:
            return chain
        chain.append(nxt)


#: A second place joined by "and in": "in several Brazilian states and in the Paraguayan capital", "en Madrid y en
#: Lisboa".
_AND_IN = re.compile(r"\s+(?:[^\W\d_]+\s+){0,2}?(?:and|y|e|as well as|así como)\s+(?:in|en)\s+(?:the\s+|la\s+|el\s+)?")


def _also_in(sent: str, mentions: list[Mention], m: Mention) -> Mention | None:
    """The place the figure's place is joined to by "and in", if any."""
    return next((o for o in mentions if o.start >= m.end and _AND_IN.fullmatch(sent[m.end : o.start])), None)


def _common_country(chain: list[Mention]) -> PlaceRef:
    """Towns and provinces of one country listed together: the figure is that country's; else
    several places (`SEVERAL`), and the figure stays the whole operation's."""
    isos = {c.place.iso3 for c in chain}
    # "en las ciudades de Murcia y Toledo, España": the country may close the list
    if len(isos) == 1 and any(c.place.kind in ("town", "province") for c in chain) and None not in isos:
        iso = isos.pop()
        return PlaceRef("country", countries.display_name(str(iso)), iso3=iso, as_written=countries.display_name(str(iso)))
    return SEVERAL


@dataclass(frozen=True)
class _ByForce:
    """A place read from the force that did it, not from the words of place."""

    place: PlaceRef


def _parenthesised(
    sent: str,
    mentions: list[Mention],
    figs: list[Figure],
    src: Quoted,
    s: sentences.Sentence,
    previous: metrics.Reading | None,
    lang: str = "en",
) -> list[Figure]:
    """ "Colombia (7), Bolivia (7)": counts in brackets after places, with the sentence's metric."""
    out = []
    people = [f for f in figs if f.metric in ("arrests", "suspects_identified", "victims_identified")]
    if people:
        base: metrics.Reading | None = metrics.Reading(people[-1].metric, people[-1].status)
    elif metrics.VERBS["arrest"].search(sent):
        base = metrics.Reading("arrests", "arrested")
    elif metrics.NOUNS["victim"].search(sent) or metrics.VERBS["rescue"].search(sent):
        base = metrics.Reading("victims_identified")  # "Victims were identified in Brazil (45), Argentina (12)"
    else:
        base = previous
    for m in mentions:
        br = re.match(r"^\s*\((\d{1,6})\)", sent[m.end :])
        if br and base is not None:
            a, b = s.start + m.end + br.start(1), s.start + m.end + br.end(1)
            out.append(
                Figure(base.metric, float(br.group(1)), "exact", src, m.place, status=base.status, figure_span=(a, b))
            )
            continue
        each = re.match(r"^\s*\((\d{1,6})" + _BRACKET_EACH.pattern, sent[m.end :], re.I)
        if each and base is not None:
            # "Lithuania and Slovakia (7 arrests each)": every place of the list has that many
            a, b = s.start + m.end + each.start(1), s.start + m.end + each.end(1)
            for member in _chain(sent, mentions, m, forward=False):
                out.append(
                    Figure(base.metric, float(each.group(1)), "exact", src, member.place, status=base.status,
                           figure_span=(a, b))
                )
            continue
        if br:
            continue
        # "en Guatemala (1.008 kilos), en Ecuador (228 kilos)": an amount in brackets after a place
        amount = re.match(r"^\s*\(([^()]{1,30})\)", sent[m.end :])
        seized = [f for f in figs if f.metric == "seizures" and f.unit]
        if amount and seized:
            qs = [q for q in numbers.find_quantities(amount.group(1), lang) if q.unit == seized[-1].unit]
            if len(qs) == 1:
                a = s.start + m.end + amount.start(1) + qs[0].start
                out.append(
                    Figure(
                        "seizures",
                        qs[0].value,
                        qs[0].qualifier,
                        src,
                        m.place,
                        unit=qs[0].unit,
                        item=seized[-1].item,
                        figure_span=(a, a + qs[0].end - qs[0].start),
                    )
                )
    return out


_police_after = roles.police_after


_OPERATION_WORDS = re.compile(
    r"\b(?:operations?|operación|operaciones|operativos?|investigations?|investigación|inquiry|probe|pesquisas?|"
    r"case|caso|raids?|redadas?|registros|searches|action days?|crackdown|sweep|ofensiva)\b",
    re.I,
)


def _background_year(sent: str, d: dates.DateMention, name: str | None) -> bool:
    """"In 2010 the EU set up a policy cycle", "losses reported worldwide in 2018": a year alone ("in 2018",
    not "since 2018") in a sentence that speaks of no operation, investigation, arrest, seizure or rescue is
    the story's background, not a date of the operation."""
    if d.kind != "year" or re.match(r"(?:since|desde|from)\b", d.as_reported, re.I):
        return False
    if name and name.casefold() in sent.casefold():
        return False
    return not (
        _OPERATION_WORDS.search(sent)
        or _START_WORDS.search(sent)
        or any(metrics.VERBS[v].search(sent) for v in ("arrest", "seize", "rescue", "identify", "charge", "convict"))
    )


#: "conducted annually since 2013", "se celebra cada año desde 2016": the operation recurs.
_RECURRING = re.compile(
    r"\b(?:annually|every year|each year|yearly|once a year|anualmente|cada año|todos los años|una vez al año)\b", re.I
)


def _series_since(sent: str, d: dates.DateMention) -> bool:
    """"Since 2013, Lionfish operations have…", "is conducted annually since 2013": the year the series
    began, not a date of this edition."""
    return d.kind == "year" and (
        bool(re.match(r"(?:since|desde)\b", d.as_reported, re.I))
        and bool(_SERIES.search(sent) or _PREVIOUS_RUNS.search(sent) or _RECURRING.search(sent))
        or bool(_CAMPAIGN_BEGAN.search(sent[: d.end - 4]))  # the words before the year
    )


#: "part of a campaign that began in 2017", "parte de una campaña iniciada en 2017": the series' first year.
_CAMPAIGN_BEGAN = re.compile(
    r"\b(?:part of|parte de)\s+(?:a|an|the|una|la)\s+(?:\w+\s+)?(?:campaign|series|initiative|programme|program|"
    r"campaña|serie|iniciativa|programa)\s+(?:that|which|que)?\s*(?:began|started|was launched|comenzó|empezó|"
    r"iniciada|lanzada|se inició)\s+(?:in|en)\s+$",
    re.I,
)


#: A fugitive's being sought: "wanted by Latvia since 2011", "en la lista de los más buscados … desde 2018".
_SOUGHT = re.compile(
    r"\b(?:wanted|sought|on the run|at large|fugitives?|buscad[oa]s?|prófug[oa]s?|fugad[oa]s?)\b", re.I
)


def _wanted_since(sent: str, d: dates.DateMention) -> bool:
    """"an individual wanted by Latvia since 2011": since when a fugitive was sought, not a date of the
    operation that found them."""
    return (
        d.kind in ("year", "month", "month_year")
        and bool(
            re.match(r"(?:since|desde)\b", d.as_reported, re.I) or re.search(r"\b(?:since|desde)\s+$", sent[: d.start])
        )
        and bool(_SOUGHT.search(sent[max(0, d.start - 80) : d.start]))
    )


#: An agreement and its signing: "el convenio … que fue rubricado a fines de 2016", "a treaty signed in 2019".
_AGREEMENT = re.compile(
    r"\b(?:convenios?|acuerdos?|memorandos?|memorándum|tratados?|agreements?|memorand(?:um|a)|treat(?:y|ies)|"
    r"MoUs?)\b",
    re.I,
)
_SIGNED = re.compile(r"\b(?:signed|firmad[oa]s?|rubricad[oa]s?|suscrit[oa]s?)\b", re.I)


def _agreement_signed(sent: str, d: dates.DateMention) -> bool:
    """"en el marco del convenio … rubricado a fines de 2016": when an agreement was signed, background to the
    operation carried out under it."""
    return bool(_SIGNED.search(sent[max(0, d.start - 40) : d.start]) and _AGREEMENT.search(sent))


def _date_what(sent: str, d: dates.DateMention) -> str:
    if _START_WORDS.search(sent[max(0, d.start - 80) : d.end + 10]) or (
        # "In 2019, Bulgarian authorities started investigations": a date opening the sentence, its verb after
        re.fullmatch(r"\W*", sent[: d.start]) and _START_WORDS.search(sent[d.end : d.end + 60])
    ):
        return "operation_start"
    if metrics.VERBS["arrest"].search(sent) and (
        d.value and "/" in d.value or _RAID_WORDS.search(sent) or re.search(r"took place|tuvieron lugar|between", sent)
    ):
        return "arrests"
    if _ANNOUNCE_WORDS.search(sent[max(0, d.start - 60) : d.end + 60]):
        return "announcement"
    return "other"


def _phase(what: str, d: dates.DateMention, sent: str, src: Quoted, isos: list[str]) -> PhaseFact | None:
    if d.value is None:
        return None
    first, last = d.first, d.last
    if what == "operation_start":
        return PhaseFact("Investigation begins", "detection", first, None, d.as_reported, src, tuple(isos))
    if what == "arrests":
        kind = "action" if _RAID_WORDS.search(sent) else "arrests"
        return PhaseFact("Raids" if kind == "action" else "Arrests", kind, first, last, d.as_reported, src, tuple(isos))
    return None
