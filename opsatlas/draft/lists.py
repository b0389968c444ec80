"""Counts in lists and the places they list: "12 and 8 … respectively", "(8 in Austria, 16 in the Czech
Republic)", "one each in Uganda and Canada", "106 kilos de cocaína, 1 kilo de … y 19.000 euros … en Madrid".

`chain_of` walks a list of places from one of them ("Spain, Portugal and France"); the other functions pair a
list's counts with its places, or give a list of seized things the place said after it.
"""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import pairwise

from . import countries, metric_words, metrics, numbers, sentences
from .facts import Figure, Mention, PlaceRef, Quoted

#: Between two counts of one list: " and ", ", ", " people and ".
_LISTED_COUNTS = re.compile(r"(?:\s+[^\W\d_]+){0,2}\s*(?:,|\band\b|\by\b|\be\b)\s*", re.I)


_RESPECTIVELY = re.compile(r"\b(?:respectively|respectivamente)\b", re.I)


def respectively(
    sent: str, mentions: list[Mention], figs: list[Figure], read_at: list[tuple[numbers.Quantity, Figure]]
) -> list[Figure]:
    """ "In Spain and Portugal, 12 and 8 people were arrested respectively": a list of places and a list of
    counts, paired in order."""
    if not _RESPECTIVELY.search(sent) or len(read_at) < 2:
        return figs
    places = next(
        (chain for m in mentions if m.place.kind != "region" and len(chain := chain_of(sent, mentions, m, True)) > 1),
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


#: Returned by `figure_place.place_for` for a figure followed by a list of places: the figure is their total.
SEVERAL = PlaceRef("several", "several places")


#: "(7 arrests each)", "(3 detenidos cada uno)": after the number, every listed place has that many.
BRACKET_EACH = re.compile(r"\s+(?:[^\W\d_]+\s+)?(?:each|cada un[oa])\)", re.I)


#: "one each in Uganda and Canada", "uno en cada uno de …" is not this: a count, "each", then the list.
EACH_IN = re.compile(r"^\s+(?:[^\W\d_]+\s+)?(?:each|cada un[oa])\s+(?:in|en)\s", re.I)


IN_EACH = re.compile(r"^\s+(?:[^\W\d_]+\s+){0,2}?(?:in|en)\s+(?:each|every|cada)\s+(?:country|one|of them|país|uno)\b", re.I)


#: "four each", "dos cada uno": the number is every listed place's.
EACH = re.compile(r"^\s*(?:each|apiece|a piece|cada un[oa]|respectivamente)\b", re.I)


def list_shares_place(
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
            shares = f.metric in ("seizures", "assets_frozen") and not f.by_subject and not _its_own_place(sent, q)
            place = f.place if shares else None
            continue
        if place is not None and nxt is not None and (
            (f.metric in ("seizures", "assets_frozen") and one_list(gap))
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


#: A place right after an item, then a clause that turns to another place: "500.000 euros en España y aún se
#: contabiliza el dinero en Ecuador", "$2 million in Spain, while the cash in Italy is still being counted".
_ITEM_THEN_PLACE = re.compile(
    r"\s*" + countries.IN_THE + r"(?-i:[A-ZÁÉÍÓÚ])[^,;:.]*?,?\s(?:and|y|e|while|whereas|mientras(?:\s+que)?)\s+"
    r"(?!(?:the\s+|la\s+|el\s+)?(?-i:[A-ZÁÉÍÓÚ]))[^;:.]*?\b" + countries.IN_THE + r"(?-i:[A-ZÁÉÍÓÚ])",
    re.I,
)


def _its_own_place(sent: str, q: numbers.Quantity) -> bool:
    """ "…, 22 vehículos y cerca de 500.000 euros en España y aún se contabiliza el dinero en Ecuador": the place
    written right after the last item, before a clause that turns to another place, is that item's only."""
    return bool(_ITEM_THEN_PLACE.match(sent, metric_words.item_after(sent, q.end)[1]))


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
ITEM_LIST_GAP = re.compile(r"[^;:.()\d]{0,60}?(?:,|\by\b|\band\b|\be\b)\s*(?:(?:as well as|así como|plus)\s+)?")


def one_list(gap: str) -> bool:
    """The words between two seized things keep them in one list, unless the first has its own participle and
    place: "€300 000 in cash seized in Belgium and over R$1 million …", "70 vehicles seized in Spain and 37 aircraft
    seized in Brazil" are two seizures, each at its own place."""
    return bool(ITEM_LIST_GAP.fullmatch(gap)) and not metric_words.VERBS["seize"].search(gap)


_CHAIN_GAP = re.compile(r"\s*(?:,|\band\b|\by\b|\be\b|\bor\b|\bo\b|\bcomo\b)\s*(?:(?:in|en)\s+)?(?:the\s+|la\s+|el\s+)?")


def chain_of(sent: str, mentions: list[Mention], m: Mention, forward: bool) -> list[Mention]:
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


def common_country(chain: list[Mention]) -> PlaceRef:
    """Towns and provinces of one country listed together: the figure is that country's; else
    several places (`SEVERAL`), and the figure stays the whole operation's."""
    isos = {c.place.iso3 for c in chain}
    # "en las ciudades de Murcia y Toledo, España": the country may close the list
    if len(isos) == 1 and any(c.place.kind in ("town", "province") for c in chain) and None not in isos:
        iso = isos.pop()
        return PlaceRef("country", countries.display_name(str(iso)), iso3=iso, as_written=countries.display_name(str(iso)))
    return SEVERAL


def parenthesised(
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
    elif metric_words.VERBS["arrest"].search(sent):
        base = metrics.Reading("arrests", "arrested")
    elif metric_words.NOUNS["victim"].search(sent) or metric_words.VERBS["rescue"].search(sent):
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
        each = re.match(r"^\s*\((\d{1,6})" + BRACKET_EACH.pattern, sent[m.end :], re.I)
        if each and base is not None:
            # "Lithuania and Slovakia (7 arrests each)": every place of the list has that many
            a, b = s.start + m.end + each.start(1), s.start + m.end + each.end(1)
            for member in chain_of(sent, mentions, m, forward=False):
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
    return _within_the_whole(out, people)


def _within_the_whole(out: list[Figure], people: list[Figure]) -> list[Figure]:
    """Counts in brackets that add up to more than the sentence's own count of that metric are not its parts ("cinco
    detenidos en … una quincena de 'call centres' en Albania (6), Georgia (5)": the call centres, not the arrests)."""
    whole = people[-1] if people and people[-1].value is not None else None
    if whole is None:
        return out
    parts = [f for f in out if f.metric == whole.metric and f.unit is None]
    if len(parts) > 1 and sum(float(f.value or 0) for f in parts) > float(whole.value or 0) and whole.place is None:
        return [f for f in out if f not in parts]
    return out

