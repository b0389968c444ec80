"""What each date of an article dates, and the phases it gives.

A date is the operation's start when a start word stands near it ("launched in April"), the arrests' when the
sentence arrests and gives a span or raids, the announcement when a reporting verb stands near it, else
"other". A year that only gives the story's background ("In 2010 the EU set up …") or the year a series began
("since 2013") dates nothing of this operation.
"""

from __future__ import annotations

import re

from . import dates, lead, metric_words
from .facts import DateFact, PhaseFact, Quoted
from .naming import PREVIOUS_RUNS, SERIES

_START_WORDS = lead.START_WORDS


_ANNOUNCE_WORDS = re.compile(
    r"\b(?:said|says|announced|reported|stated|dijo|anunció|informó|ha informado|"
    r"señaló|explicó|comunicado|statement|disclosed)\b",
    re.I,
)


_RAID_WORDS = re.compile(r"\b(?:raids?|searches|action days?|registros|redadas|operativo|dispositivo)\b", re.I)


def refined_dates(found: list[DateFact]) -> list[DateFact]:
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
        or any(metric_words.VERBS[v].search(sent) for v in ("arrest", "seize", "rescue", "identify", "charge", "convict"))
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
        and bool(SERIES.search(sent) or PREVIOUS_RUNS.search(sent) or _RECURRING.search(sent))
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
    if metric_words.VERBS["arrest"].search(sent) and (
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


def dates_of(
    sent: str,
    found: list[dates.DateMention],
    name: str | None,
    other_operation: bool,
    src: Quoted,
    isos: list[str],
) -> tuple[list[DateFact], list[PhaseFact]]:
    """The dates one sentence gives of this operation, each with what it dates, and the phases they open.
    `found` are the sentence's dates (`dates.find_dates`), `isos` the countries it names."""
    dated: list[DateFact] = []
    phases: list[PhaseFact] = []
    for d in found:
        if (
            _background_year(sent, d, name)
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
        dated.append(DateFact(what, d.value, d.as_reported, src, d.vague))
        phase = _phase(what, d, sent, src, isos)
        if phase is not None:
            phases.append(phase)
    return dated, phases
