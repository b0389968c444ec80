"""What frames a sentence's figures when no words next to them place them: `Frame`, read by `extract`.

The place that opens the sentence or a clause ("In Spain, …", ", mientras que en Perú …") unless the
sentence turns away from it; the one country of the sentence before, when this one points back ("This
seizure …", "During the raids, …", "There, …"); the paragraph's run and case story; none when the
sentence reports the whole operation. The place written around a figure is `figure_place`'s.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from . import countries, numbers, sentences
from .facts import Figure, Mention, PlaceRef, Quoted
from .figure_place import TURN, WHOLE_AFTER, only_route_places
from .subjects import WHOLE_SCOPE

#: A sentence that opens with a place pointing back: "There, …", "Allí …", "En ese país …".
THERE = re.compile(
    r"^\W*(?:there|allí|alli|ahí|in that country|in this country|en ese país|en este país|en dicho país|en aquel país)\b"
    # "Five suspects were arrested there."
    r"|\b(?:were|was|have been|has been|fueron|fue|han sido|ha sido)\s+[^\W\d_]+\s+(?:there|allí|alli|ahí)\s*[.;]?\s*$",
    re.I,
)


#: A sentence whose subject is the force named before: "They arrested…", "Los agentes detuvieron…" (raids that
#: point back, "The raid also resulted in…", are `_RAIDS_BACK`'s).
THEY = re.compile(
    r"^\W*(?:they|the officers|officers|the agents|agents|these officers|the investigators|los agentes|ellos|"
    r"dichos agentes|estos agentes|los investigadores)\s+(?:also\s+|también\s+)?[^\W\d_]+",
    re.I,
)


#: The operation as the subject right after the place that opens the sentence: "In Peru, the operation led to 41
#: arrests", "En Perú, la operación dejó 41 detenidos" (the operation there, not the whole of it).
_ITS_OPERATION = re.compile(r"^\s*,?\s*(?:the|la)\s+(?:operation|operación)\b(?!\s*,)", re.I)


def whole_after(between: str) -> bool:
    """Whether the words between a sentence's opening place and a figure turn to the whole operation
    ("In Spain, police arrested 20, and overall the operation led to 200 arrests")."""
    hits = list(WHOLE_AFTER.finditer(between))
    its = _ITS_OPERATION.match(between)
    # "In Peru, the operation led to …": the operation there, when nothing else says the whole
    return bool(hits) and not (its is not None and len(hits) == 1 and hits[0].start() < its.end())


#: A paragraph's frame reaches the next sentences only in a case story, never a sentence about the whole
#: operation ("In Spain, police arrested 20. The operation led to 200 arrests" keeps 200 for the operation).
_WHOLE_WORDS = r"total|overall|worldwide|Europol|Interpol|countries|países"
CASE_STORY = re.compile(r"^(?!.*\b(?:operation|operación|operativo|said|dijo|informó|" + _WHOLE_WORDS + r")\b).*\b"
                         r"(?:this|these|that|those|the same|his|her|their|este|esta|estos|estas|ese|esa|esos|esas|su|"
                         r"sus)\b", re.I)
#: A sentence that reports the whole operation, not one place's part: "Europol said 200 people were arrested", "A total
#: of 200 …", "Según Interpol, …" (words `CASE_STORY` excludes too; not "the operation", which may be one country's,
#: nor "said" alone: "…, the agency said", "según la agencia").
_ABOUT_THE_WHOLE = re.compile(r"\b(?:" + _WHOLE_WORDS + r")\b", re.I)


#: "a nivel nacional", "nationwide": in the one country the sentence before counted in.
NATIONWIDE = re.compile(
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


def turned_away(
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


def clause_scope(sent: str, q: numbers.Quantity, mentions: list[Mention]) -> PlaceRef | None:
    """ "…, mientras que en suelo costarricense se reportaron 15 operativos y otros 21 capturados": a place
    that opens a clause frames the clause's figures (the sentence's opening place is `lead_scope`)."""
    before = [m for m in mentions if m.end <= q.start and m.place.kind != "region"]
    if not before:
        return None
    m = before[-1]
    if not _CLAUSE_OPENING.search(sent[max(0, m.start - 40) : m.start]) or re.search(r"[;]", sent[m.end : q.start]):
        return None
    if TURN.search(sent[m.end : q.start]):
        return None  # another clause began between the place and the figure
    return m.place


def carried(sent: str, run: PlaceRef | None) -> PlaceRef | None:
    """The place of the paragraph's run for a sentence that names none ("In Fiji, police raided a house. The guards
    fled. 39 kg of cocaine were seized"), unless the sentence turns to the whole operation ("In total, …")."""
    if run is None or WHOLE_AFTER.search(sent) or _reports_the_whole(sent):
        return None
    return run


def last_country(figs: list[Figure]) -> PlaceRef | None:
    """The country of the last figure placed (in a country, or in one of its towns or provinces)."""
    last = next((f.place for f in reversed(figs) if f.value is not None and f.place is not None and f.place.iso3), None)
    if last is None or last.iso3 is None:
        return None
    return last if last.kind == "country" else PlaceRef("country", countries.display_name(last.iso3), iso3=last.iso3)


def place_pointed_back(
    sent: str, mentions: list[Mention], last_places: list[PlaceRef], last_named: list[PlaceRef]
) -> PlaceRef | None:
    """ "Spanish officers seized 100 kg. This seizure led to …": a sentence that opens by pointing back takes
    the one country of the sentence before's figures; "Searches were carried out in the UK. These raids led to
    …": raids pointed back to take the one country the sentence before names, when it had no figure."""
    if not only_route_places(sent, mentions):
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
