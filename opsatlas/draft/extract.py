"""From an article's text to `Facts`: figures, countries and roles, places, bodies, dates, phases.

`extract` reads one sentence at a time with the modules beside this one (numbers, metrics, countries,
places, bodies, dates) and decides how their findings combine. This module keeps what frames a sentence
(the place that opens it, the case a paragraph tells, the place or force a paragraph's run of sentences tells,
a heading, a sentence about another operation);
`placing` places each figure within that frame, `lists` pairs lists of counts with lists of places,
`roles` gives each country its role, `dating` says what each date dates, and `tally` settles the whole.
Nothing is inferred that the text does not say: a figure whose metric or place is unclear is
left out or left at the whole operation, a date that cannot be resolved stays None.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace
from datetime import date

from . import (
    countries,
    country_finder,
    dates,
    dating,
    lead,
    metrics,
    numbers,
    places,
    roles,
    seizing,
    sentences,
    singles,
    subjects,
)
from .facts import Facts, Figure, Mention, PlaceFact, PlaceRef, Quoted
from .framing import Frame
from .lists import SEVERAL, chain_of, common_country
from .naming import NUMBERED, PREVIOUS_RUNS, SERIES, name_and_crime, names_in, same_operation
from .nationalities import mentioned_by_nationality
from .one_country import one_scope
from .places import REGIONS
from .placing import read_figures
from .tally import (
    arrests_told_apart,
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
    nationals: list[countries.CountryMention] = []  # "tres italianos": a country mentioned, not a place
    all_countries = country_finder.find_countries(text, options.countries, nationalities=nationals)
    persons = places.surnames(text)  # "Garland acknowledged": the Attorney General, not a town in Texas
    # "el fiscal Pedro Guadalupe", "Commissioner Chad …": a person's name is not a country either
    all_countries = [c for c in all_countries if not (c.via == "name" and c.text in persons)]
    ranked = [iso for iso, _ in Counter(c.iso3 for c in all_countries).most_common()]
    name_and_crime(facts, text, sents)
    # without a publication date, the year the article writes itself in dates "17 September" in it
    text_year = dates.year_of_text(text, facts.name) if published is None and options.dates != "dateparser" else None

    previous: metrics.Reading | None = None
    role_reader = roles.Roles()
    lead_reader = lead.Lead()

    prev_end = 0
    para_scope: PlaceRef | None = None
    last_scope: PlaceRef | None = None  # the last place that opened a sentence ("En Zambia, …")
    run: PlaceRef | None = None  # the place the paragraph's run of sentences tells ("In Fiji, …. Police seized …")
    run_by_force = False  # the run was set by a national force ("La Policía ecuatoriana detuvo …"), not by a place
    paragraphs_since_scope = 0
    section_scope: PlaceRef | None = None  # set by a heading line that names one country
    last_places: list[PlaceRef] = []  # the countries of the previous sentence's figures
    last_named: list[PlaceRef] = []  # the one country the previous sentence names (its towns' included)
    last_force: PlaceRef | None = None  # the country of the one national force the previous sentence names
    under_seized = False  # in a bulleted list under "Seizures including:"
    in_tally = False  # in a country's tally for the year ("… so far this year. Police have also seized …")
    for s in sents:
        sent = s.text
        under_seized = bool(seizing.SEIZED_HEADING.match(sent)) or (under_seized and bool(seizing.BULLET.match(sent)))
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
        if options.dates == "dateparser":
            found = dates.find_dates_dateparser(sent, published, lang)
        else:
            found = dates.find_dates(sent, published, precise_publication, text_year)
        dated_to = _opening_date_end(sent, found)  # "On 3 May in Kenya, …": the place after the date opens it
        lead_scope = _national_part(sent) or next(
            (
                m
                for m in mentions
                if m.place.kind != "region"
                and (
                    _LEAD_SCOPE.search(sent[: m.start])
                    or (0 < dated_to <= m.start and _LEAD_SCOPE.search(sent[dated_to : m.start]))
                    or _at_its_crossing(sent, m)
                    or _PREMISES_BEFORE.match(sent[: m.start])
                    or _about_it(sent, m)
                    or _ONLY_IN.search(sent[max(0, m.start - 30) : m.start])
                    # "En el Puerto de Amberes (Bélgica), …": the opening place's country in brackets
                    or (_OPENING_THEN_BRACKET.match(sent[: m.start]) and sent[m.end :].lstrip().startswith(")"))
                    # "Germany: 12 arrests", "- Alemania: 12 detenidos": a line opened by a place and a colon
                    or (re.fullmatch(r"[\s\-–—•*·]*", sent[: m.start]) and _COLON_COUNT.match(sent[m.end :]))
                )
            ),
            None,
        )
        # "Spain: 12 arrests", "The operation in Spain led to 12 arrests": in a national article, the operation's count
        colon_line = lead_scope is not None and bool(
            _COLON_COUNT.match(sent[lead_scope.end :]) or _OPERATION_IN_BEFORE.match(sent[: lead_scope.start])
        )
        each_scope: list[PlaceRef] = []
        if lead_scope is not None:
            chain = chain_of(sent, mentions, lead_scope, forward=True)
            if len(chain) > 1 and _BOTH.match(sent):
                # "Both in Germany and the Netherlands, one suspect was arrested": each place has that many
                each_scope = [c.place for c in chain]
                lead_scope = Mention(lead_scope.start, chain[-1].end, chain[0].place)
            elif len(chain) > 1:  # "En Barcelona y Tarragona, …": their country frames it; several countries do not
                # "En Bolivia, la FELCN detuvo…": the country and its own force are one place
                common = _one_country(chain) or common_country(chain)
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
            named = [c for c in country_finder.find_countries(name, options.countries) if c.via == "name" and c.text == name]
            if len({c.iso3 for c in named}) == 1:  # a country's name alone, not an agency's ("National Crime Agency")
                # "-Ecuador:", "• SPAIN": the section below it is that country's
                section_scope = PlaceRef("country", countries.display_name(named[0].iso3), iso3=named[0].iso3,
                                         as_written=named[0].text)
                continue
        back_scope = _back_reference_place(sent, facts.figures)
        run = _run_of(run, sent, new_paragraph, mentions, c_mentions)
        run_by_force = run_by_force and run is not None
        for m in mentions + parts:
            if m.place.kind in ("town", "province") and all(p.place.key != m.place.key for p in facts.places):
                facts.places.append(PlaceFact(m.place, q_src))

        # --- figures -------------------------------------------------------------------------
        # a sentence about another operation ("…bautizada como Pilumnus, concluyó con 102 arrestos") gives
        # no figure of this one
        other_operation = (
            facts.name is not None and any(not same_operation(n, facts.name) for n in names_in(sent))
        ) or bool(SERIES.search(sent) and not _PART_OF_SERIES.search(sent)) or bool(_IN_ANOTHER_OPERATION.search(sent))
        opening_year = _OPENING_YEAR.match(sent)
        if opening_year and published is not None and int(opening_year.group(1)) < published.year:
            other_operation = True  # "In 2012, a record 1,655 people were arrested by the agency": another year's
        # "Authorities in Colombia have seized 110 tons so far this year. Police here have also confiscated 74
        # boats": a country's tally for the year, not this operation's
        in_tally = _yearly_tally(sent, new_paragraph, in_tally)
        other_operation = other_operation or in_tally
        if facts.name and NUMBERED.search(facts.name) and re.search(r"\b(?:19|20)\d\d\b", sent):
            # "In Operation Opson in 2020, 77 countries took part", of "Opson X": the series' earlier edition
            series = NUMBERED.sub("", facts.name).casefold()
            other_operation = other_operation or any(n.casefold() == series for n in names_in(sent))
        aside_year = _SUBJECT_THEN_YEAR.match(sent)
        long_before = aside_year is not None and published is not None and int(aside_year.group(1)) <= published.year - 2
        # "La Guardia Civil, en septiembre de 2019, se incautó…", told in 2021: the case's past, not its results
        qs = [] if other_operation or long_before else numbers.find_quantities(sent, lang, options.numbers)
        # "…via a joint team into a similar network, which led to 29 arrests", "ya se habían llevado a cabo otras
        # 20 detenciones": figures of another case, or of an earlier stage, are not this operation's
        elsewhere = _ELSEWHERE.search(sent) or PREVIOUS_RUNS.search(sent)
        qs = [
            q for q in qs
            if not (elsewhere and q.start >= elsewhere.start())
            and not _EARLIER.search(sent[: q.start])
            and not _EARLIER_AFTER.match(sent[q.end :])
        ]
        # "17 for firearms trafficking; 73 for migrant smuggling": arrests broken down by offence are parts
        breakdown = len(_FOR_OFFENCE.findall(sent)) >= 2
        frame = Frame(
            s, q_src, mentions, c_mentions, lead_scope, colon_line, each_scope, back_scope, para_scope, section_scope,
            last_places, last_named, last_force, under_seized, breakdown, run, run_by_force,
        )
        sentence_figures = read_figures(frame, qs, facts.figures, previous, lang)
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
        if any(f.place is None and f.value is not None for f in sentence_figures):
            # "34 países detuvieron a 1.027 personas, 266 de ellas en España": the operation's sentence, not one country's
            last_places, last_named, run = [], [], None
        forces = {
            c.iso3
            for c in c_mentions
            if c.via == "agency"
            or (c.via == "demonym" and (roles.police_after(sent, c) or _LED_BY_THEM.match(sent[c.end :])))
            or (c.via == "name" and subjects.FORCE_OF_COUNTRY.search(sent, 0, c.start))  # "Police in Romania raided…"
            or _force_after_opening(sent, lead_scope, c)  # "In Singapore, the police conducted raids"
        }
        last_force = (
            PlaceRef("country", countries.display_name(next(iter(forces))), iso3=next(iter(forces)))
            if len(forces) == 1 and len({c.iso3 for c in c_mentions}) == 1
            else None
        )
        if lead_scope is not None:
            para_scope = last_scope = run = lead_scope.place
            paragraphs_since_scope = 0
            run_by_force = False
        elif last_force is not None and _a_forces_own(sent, sentence_figures):
            # "La Policía ecuatoriana allanó tres casas. Los agentes incautaron …": one country's force tells the run
            run, run_by_force = last_force, True

        # --- countries and their roles (roles.py), coordinators and the lead (lead.py) ----------
        counted = {
            f.place.iso3
            for f in sentence_figures
            if f.place is not None
            and f.place.iso3 is not None
            and f.metric == "arrests"
            and f.value is not None
            and f.status != "charged"
        }
        unknown = role_reader.read(sent, q_src, c_mentions, counted)
        lead_reader.read(sent, q_src, c_mentions)
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

        # --- dates and phases (opsatlas/draft/dating.py) -------------------------------------------
        dated, phases = dating.dates_of(sent, found, facts.name, other_operation, q_src, [c.iso3 for c in c_mentions])
        facts.dates += dated
        facts.phases += phases

    facts.coordinators, facts.lead, facts.lead_source = lead_reader.finish()
    facts.countries = role_reader.finish(facts.lead, facts.lead_source)
    facts.countries = roles.arrests_in_places(facts.countries, facts.places)
    facts.countries = mentioned_by_nationality(facts.countries, nationals, [_quoted(text, s) for s in sents])
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
    arrested = {c.iso3 for c in facts.countries if c.role in ("arrests_stated", "arrests_unspecified")}
    facts.figures = arrests_told_apart(
        country_of_its_one_place(whole_operation(regional, facts.notes, arrested)), facts.countries
    )
    facts.figures = one_scope(facts.figures, facts.countries)
    facts.countries = roles.stated_by_figures(facts.countries, facts.figures)
    participants_from_named(facts)
    facts.phases = dedupe_phases(facts.phases)
    facts.dates = dating.refined_dates(facts.dates)
    return facts


def _run_of(
    run: PlaceRef | None,
    sent: str,
    new_paragraph: bool,
    mentions: list[Mention],
    c_mentions: list[countries.CountryMention],
) -> PlaceRef | None:
    """The place a paragraph's run of sentences still tells ("En Paraguay, los agentes detuvieron a dos. La captura
    se produjo en un hotel. En los allanamientos se incautaron …"): it stops at a new paragraph, a new case, or a
    sentence that names a place in another country (or a region)."""
    if run is None or new_paragraph or _NEW_CASE.match(sent):
        return None
    if any(m.place.iso3 != run.iso3 for m in mentions) or any(c.iso3 != run.iso3 for c in c_mentions):
        return None
    return run


#: A sentence whose subject is the operation itself: "La reciente operación de la Guardia Civil ha culminado con …",
#: "The investigation by Dutch police led to …" (the whole operation's, not one country's part).
_OPERATION_OPENS = re.compile(
    r"^\W*(?:the|this|la|el|esta|este)\s+(?:[^\W\d_]+\s+){0,2}?(?:operation|operación|operativo|investigation|"
    r"investigación)\b",
    re.I,
)


def _a_forces_own(sent: str, figures: list[Figure]) -> bool:
    """Whether a sentence whose one national force is its subject tells that force's own part ("Fijian Police executed
    search warrants"): not the operation as a whole ("La operación de la Guardia Civil culminó con …", a force that led
    it, "worldwide"), nor a sentence with a figure of the whole operation ("with police of 17 other countries")."""
    return not (
        _OPERATION_OPENS.match(sent)
        or subjects.LED_OPERATION.search(sent)
        or subjects.WHOLE_SCOPE.search(sent)
        or any(f.place is None and f.value is not None for f in figures)
    )


#: The force as the subject right after the place that opens the sentence: "In Singapore, the police conducted raids",
#: "En Perú, la policía allanó …".
_PLACE_THEN_FORCE = re.compile(
    r"\s*,\s*(?:the\s+|la\s+|el\s+|los\s+|las\s+)?(?:local\s+|national\s+)?" + countries.FORCE_WORDS + r"\b", re.I
)


def _force_after_opening(sent: str, lead_scope: Mention | None, c: countries.CountryMention) -> bool:
    """Whether the country that opens the sentence is followed by a force, its subject: that country's force."""
    return (
        lead_scope is not None
        and lead_scope.place.iso3 == c.iso3
        and c.end <= lead_scope.end
        and bool(_PLACE_THEN_FORCE.match(sent, lead_scope.end))
    )


#: A country's count for the year so far, not an operation's: "so far this year", "en lo que va del año", "this year
#: alone", "since the start of the year", "desde principios de año".
_YEAR_SO_FAR = re.compile(
    r"\b(?:so far this year|so far in (?:19|20)\d\d|this year alone|since the (?:start|beginning) of (?:the|this) year|"
    r"en lo que va (?:del|de este|de) año|en lo que va de (?:19|20)\d\d|"
    r"desde (?:principios|inicios|comienzos) de(?:l| este)? año|en lo que llevamos de año)\b",
    re.I,
)
#: A sentence that goes on with the tally before it: "Police here have also confiscated …", "También se han
#: incautado …".
_TALLY_GOES_ON = re.compile(r"^[^.;]{0,40}?\b(?:also|too|también|además)\b", re.I)


def _yearly_tally(sent: str, new_paragraph: bool, in_tally: bool) -> bool:
    """Whether the sentence gives a country's tally for the year so far, or goes on with the one before it in the
    same paragraph ("… so far this year. Police here have also confiscated 74 boats")."""
    if _YEAR_SO_FAR.search(sent):
        return True
    return in_tally and not new_paragraph and bool(_TALLY_GOES_ON.match(sent))


def _drop_overlaps(mentions: list[Mention]) -> list[Mention]:
    out: list[Mention] = []
    for m in mentions:
        if out and m.start < out[-1].end:
            if (m.end - m.start) > (out[-1].end - out[-1].start):
                out[-1] = m
            continue
        out.append(m)
    return out


#: A sentence that turns to another case: the place that framed the last one frames it no more.
_NEW_CASE = re.compile(
    r"^\W*(?:in (?:another|a separate|a further|one other) case|another case|separately|meanwhile|elsewhere|"
    r"en otro caso|otro caso|por otra parte|por otro lado|asimismo|además)\b",
    re.I,
)
#: How many short paragraphs a case told after "En Zambia, …" may run on (each sentence its own paragraph).
_CASE_PARAGRAPHS = 2


#: "The Spanish leg of the operation …", "En la fase española …": one country's part frames the sentence.
_NATIONAL_PART = re.compile(
    r"^\W*(?:(?:in|during|en|durante)\s+)?(?:(?:the|la|el)\s+)?(?:operation['’]s\s+)?"
    r"(?:(?P<en>(?-i:[A-Z][\w-]+))\s+(?:leg|part|phase|side|branch|arm|strand|end)"
    r"|(?:parte|fase|rama|vertiente|pata)\s+(?P<es>[^\W\d_]+))"
    r"(?:\s+(?:of|de)\s+(?:the|la|el)\s+(?:operation|investigation|action|probe|operación|investigación|operativo|"
    r"acción))?\b",
    re.I,
)


#: The words a date may follow as it opens a sentence: "On 3 May", "Earlier this month", "El pasado martes".
_BEFORE_OPENING_DATE = re.compile(r"^\W*(?:(?:on|at|by|earlier|later|early|late|el|a principios de|a finales de)\s+)?$",
                                  re.I)


def _opening_date_end(sent: str, found: list[dates.DateMention]) -> int:
    """Where the date that opens the sentence ends ("On 3 May in Kenya, …", "El pasado martes, en Perú, …");
    0 when no date opens it."""
    first = min(found, key=lambda d: d.start, default=None)
    if first is None or not _BEFORE_OPENING_DATE.match(sent[: first.start]):
        return 0
    return first.end


def _one_country(chain: list[Mention]) -> PlaceRef | None:
    """The country when every place of a chain is that one country ("Bolivia, la FELCN": its name, then its
    force); None when the chain names several places."""
    isos = {c.place.iso3 for c in chain}
    if len(isos) != 1 or None in isos or any(c.place.kind != "country" for c in chain):
        return None
    return chain[0].place


def _national_part(sent: str) -> Mention | None:
    hit = _NATIONAL_PART.match(sent)
    iso = singles.DEMONYM_COUNTRY.get((hit.group("en") or hit.group("es")).casefold()) if hit else None
    if hit is None or iso is None:
        return None
    return Mention(0, hit.end(), PlaceRef("country", countries.display_name(iso), iso3=iso, as_written=hit.group(0)))


#: A place, a colon and at once a count: "Germany: 12 arrests", "Alemania: más de 12 detenidos", or a spaced dash:
#: "Brazil - 137 search warrants and 74 arrests" (not a headline's topic, "Australia: Police expose global racket,
#: 17 arrested").
_COLON_COUNT = re.compile(
    r"(?:\s*:|\s+[-–—])\s*(?:(?:more than|over|about|around|some|almost|nearly|más de|unos|unas|casi|cerca de)\s+)?"
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


#: A sentence opened by premises in a place: "At one address in Suva, …", "En una vivienda de Marbella, …".
_PREMISES_BEFORE = re.compile(
    r"^\W*(?:at|in|en)\s+(?:one|a|an|the|another|una?|el|la|otra|otro)\s+(?:[^\W\d_]+\s+)?(?:address|house|home|"
    r"property|residence|warehouse|farm|apartment|flat|premises|vivienda|domicilio|casa|nave|finca|piso|almacén|"
    r"chalet)\s+(?:in|en|de|of)\s+(?:the\s+|la\s+|el\s+)?$",
    re.I,
)
#: A sentence opened by a place, up to its country's bracket: "En el Puerto de Amberes (", "In the port of Antwerp (".
_OPENING_THEN_BRACKET = re.compile(r"^\W*(?:in|en)\s+[^,;:\d()]{1,50}\(\s*$", re.I)
#: A sentence opened by the place it is about: "As for Guatemala, …", "Regarding Spain, …", "Para el caso (de)
#: Guatemala, …", "En cuanto a Perú, …", "Por lo que respecta a Chile, …".
_TOPIC_BEFORE = re.compile(
    r"^\W*(?:as for|as regards|regarding|with regard to|with respect to|concerning|para el caso(?:\s+de)?|en cuanto a|"
    r"(?:con\s+)?respecto (?:a|de)|(?:en|por) lo que (?:respecta|se refiere) a)\s+(?:the\s+|el\s+|la\s+)?$",
    re.I,
)
#: A sentence whose subject is the operation in one place: "The operation in Kenya led to 40 arrests", "The result of
#: the operation in Kenya included …", "El operativo en Perú se saldó con 40 detenidos".
_OPERATION_IN_BEFORE = re.compile(
    r"^\W*(?:the\s+(?:\w+\s+){0,2}of\s+|(?:el|la|los)\s+(?:\w+\s+){0,2}(?:de|del)\s+)?"
    r"(?:the|el|la|this|esta|este)\s+(?:operation|operación|operativo|crackdown|raids|redadas)\s+(?:in|en)\s+"
    r"(?:the\s+)?$",
    re.I,
)
#: A sentence opened by one country's side of a border: "En (el) lado boliviano, …", "Del lado peruano, …",
#: "Por el lado chileno, …" (the demonym after the noun) ...
_SIDE_OF_BEFORE = re.compile(r"^\W*(?:(?:en|por)\s+(?:el\s+)?|del\s+)lado\s+$", re.I)
#: ... "On the Bolivian side, …", "On the Peruvian side of the border, …" (before it).
_ON_THE_BEFORE = re.compile(r"^\W*on\s+the\s+$", re.I)
#: " side of the border": the noun after the demonym of "On the Peruvian side".
_SIDE_AFTER = re.compile(r"^\s+side\b", re.I)


def _about_it(sent: str, m: Mention) -> bool:
    """Whether the sentence opens with the place as its topic or one country's side (see `_TOPIC_BEFORE`)."""
    before = sent[: m.start]
    return bool(
        _TOPIC_BEFORE.match(before)
        or _OPERATION_IN_BEFORE.match(before)
        or _SIDE_OF_BEFORE.match(before)
        or (_ON_THE_BEFORE.match(before) and _SIDE_AFTER.match(sent[m.end :]))
    )


def _at_its_crossing(sent: str, m: Mention) -> bool:
    """Whether the sentence opens at one of the country's crossings or ports (see `_AT_A_BEFORE`)."""
    return bool(
        (_AT_A_BEFORE.match(sent[: m.start]) and _CROSSING_AFTER.match(sent[m.end :]))
        or _CROSSING_OF_BEFORE.match(sent[: m.start])
    )


_LEAD_SCOPE = re.compile(
    # a short time phrase may open the sentence first: "Al momento, en Argentina hay 12 detenidos", "So far, in Spain …"
    # "Elsewhere, in Kenya, …" moves to the place
    r"^\W*(?:(?:al momento|hasta (?:ahora|el momento)|por ahora|so far|to date|at present|hasta la fecha|elsewhere|"
    r"en otros? lugar(?:es)?|"
    # a connective first: "En tanto, en Guatemala …", "Asimismo, en El Salvador …", "Meanwhile, in Fiji …",
    # "Por su parte, en Chile …"
    r"en tanto|mientras tanto|meanwhile|in turn|a su vez|al mismo tiempo|at the same time|por su parte|"
    r"for (?:its|their) part|asimismo|además|in addition|por otra parte|por otro lado|igualmente|likewise|similarly),\s*"
    # "Last week in Kenya, …", "La semana pasada, en Perú, …"
    r"|(?:(?:last|this|earlier this)\s+(?:week|weekend|month)|la semana pasada|esta semana|el fin de semana|"
    r"el mes pasado|este mes)\s*,?\s*)?"
    r"(?:(?:in|en|durante|during|only|just|solo|sólo|also|también|meanwhile|asimismo|por su parte|within|"
    r"both|tanto|here|aquí|acá|"  # "Here in the US, field offices made nine arrests", "Aquí en España, …"
    r"dentro de)\b[^,;:\d]{0,45}?)?"
    # "Across Kenya, …", "A lo largo de Perú, …"; "In neighbouring Kenya", "En el vecino Perú"
    r"\b(?:in|en|across|throughout|all over|a lo largo(?: y ancho)? de|en tod[oa])\s+(?:the\s+|el\s+|la\s+)?"
    # "En la capital peruana, …", "En la frontera boliviana, …": a part of the country named by its demonym
    r"(?:(?:neighbou?ring|nearby|vecin[oa])\s+)?(?:territorio\s+|suelo\s+|territory of\s+|"
    r"(?:capital|frontera|costa|selva|zona|región|parte)\s+|"
    # "En una acción en el sector de Chanduy de la provincia de El Oro, …", "In the town of X in the province of Y"
    r"(?:case|town|city|province|state|region|port|village|district|area|sector|municipality)\s+of\s+"
    r"(?:[^,;:\d]{1,30}?\s+(?:in|of)\s+the\s+(?:province|state|region|district)\s+of\s+)?|"
    r"(?:caso|sector|provincia|ciudad|localidad|municipio|región|departamento|estado|puerto|barrio|zona|comuna|distrito)\s+"
    r"de\s+(?:[^,;:\d]{1,30}?\s+(?:de|en)\s+la\s+(?:provincia|región|comunidad|localidad)\s+de\s+)?)?$",
    re.I,
)
#: "… pero solo en España han ejecutado registros": from there on, the sentence's figures are that place's.
_ONLY_IN = re.compile(r"\b(?:solo|sólo|only|just)\s+(?:in|en)\s+(?:the\s+)?$", re.I)
#: This operation said to belong to the series: "The operation, part of a series of "Lionfish" operations since 2013,
#: … involved 31 countries" is this one's sentence.
_PART_OF_SERIES = re.compile(r"\b(?:part of|parte de)\s+(?:a|the|una|la)\s+(?:series|serie)\b", re.I)
#: A line that is only a place's name, as a section heading: "-Ecuador:", "• SPAIN", "Colombia".
_HEADING = re.compile(r"\W*[A-ZÁÉÍÓÚÑ][\w .'’-]{1,40}?\s*:?\s*", re.U)
_OPENING_YEAR = re.compile(r"^\W*(?:in|en|during|durante)\s+(?:el\s+año\s+|the\s+year\s+)?((?:19|20)\d\d)\s*,", re.I)
#: The subject, then the month and year it acted in, set apart: "La Guardia Civil, en septiembre de 2019, se incautó…".
_SUBJECT_THEN_YEAR = re.compile(
    r"^\W*[^\W\d][^,.;:\d]{0,50},\s*(?:in|en)\s+"
    r"(?:(?:" + "|".join(sorted(dates.MONTHS, key=len, reverse=True)) + r")\s+(?:de\s+|of\s+)?)?((?:19|20)\d\d)\s*,",
    re.I,
)
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
    r"|\b(?:la|el|the)\s+(?:operation|operación|fase|phase|edition|edición|acción|action)\s+"
    r"(?:anterior|previa|previous)\b"
    # "Una vez finalizada aquella operación, que dio como resultado la detención de …": that earlier one
    r"|\b(?:aquella|aquel)\s+(?:operación|operativo|investigación|fase|edición|acción)\b"
    # "detenido en el marco de otra investigación en la que se intervinieron 40 millones", "as part of another
    # investigation, in which 12 kilos were seized": the other case a suspect was caught in
    r"|\b(?:en el marco de|dentro de|as part of|in the framework of|in the course of)\s+"
    r"(?:otra|otro|another)\s+(?:investigación|causa|pesquisa|operación|operativo|investigation|probe|case|operation)\b",
    re.I,
)
#: Another operation the sentence's figures were made in, wherever they stand in it: "… la detención de doce personas
#: en otro operativo realizado en El Oro", "engaged in another operation against a company, arresting one suspect"
#: (not "In another case, …": an agency's release telling the next part of the same operation).
_IN_ANOTHER_OPERATION = re.compile(
    r"\b(?:en|in|durante|during)\s+(?:otro|otra|un segundo|una segunda|another|a second|a separate|a different)\s+"
    r"(?:operativo|operación|operation)\b",
    re.I,
)
#: The figure happened before this operation: "ya se habían llevado a cabo otras 20 detenciones",
#: "had already arrested 12", "previously, 30 people had been charged".
_EARLIER = re.compile(
    r"\b(?:ya se habían|ya se había|ya habían|ya había|had already|had previously|previamente|con anterioridad|"
    r"in an earlier phase|in a previous phase|en una fase anterior|en fases anteriores|in earlier phases|"
    # "Desde su creación, la unidad ha logrado la detención de 350", "since its establishment in 2019, the task force
    # has arrested 40": a standing body's tally over the years (an operation is launched, not created)
    r"desde su (?:creación|fundación|constitución)|since (?:its|their) (?:creation|establishment|founding|formation)|"
    # "Back in April 2022, authorities discovered 35kg", "follow police operations in 2021 in which twelve …"
    r"(?<![^\W\d_]\s)back in\s+(?:[a-z]+\s+)?(?:19|20)\d\d|"  # not "sent back in 2024"
    r"follow(?:s|ed|ing)?\s+(?:[\w-]+\s+){0,3}?(?:operations?|raids?|arrests)\s+in\s+(?:19|20)\d\d)\b[^.;]{0,70}$",
    re.I,
)
#: Right after the figure, the earlier stages it was counted in: "9 detenidos en fases anteriores", "12 arrests in
#: previous phases of the operation".
_EARLIER_AFTER = re.compile(
    r"^\s*(?:[^\W\d_]+\s+){0,2}?(?:en|in|during|durante)\s+(?:las\s+|los\s+|the\s+)?"
    r"(?:(?:fases|etapas|operaciones|operativos)\s+(?:anteriores|previas)|"
    r"(?:previous|earlier|prior|past)\s+(?:phases|stages|operations))\b",
    re.I,
)
_BACK_REFERENCE = re.compile(
    r"\b(?:además de|aparte de|besides|in addition to|on top of)\s+(?:los|las|the)\s+(?P<n>\d[\d.,]*|[^\W\d_]+)\b", re.I
)


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


_FOR_OFFENCE = re.compile(
    r"\b(?:\d[\d,.]*|[a-z]+)\s+(?:(?:people|persons|personas)\s+)?(?:for|por)\s+(?!the\b|la\b|el\b)[a-z]", re.I
)


