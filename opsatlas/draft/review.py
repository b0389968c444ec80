"""Reviewing a draft: its facts as a list of candidates a curator accepts, corrects or rejects,
and the record rebuilt from those decisions (for the "Add an operation" page; no Streamlit here).

A candidate carries the span of the article it comes from, so the page can show the sentence with
the figure highlighted; a decision is "accept", "reject", or a corrected number. The preview is
the rebuilt record as an `Operation` (or the problems that keep it from being one).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from ..geo.gazetteer import country_name
from ..records.problems import Problem
from ..records.schema import METRIC_LABELS, Operation
from ..records.vocab import QUALIFIER
from .build import SourceInfo, build_record
from .facts import COUNTRY_ROLES, Facts


@dataclass(frozen=True)
class Candidate:
    key: str  # stable within one draft: "figure-3", "country-ESP", ...
    kind: str  # "figure", "country", "place", "coordinator", "phase"
    label: str  # plain text; the page escapes it
    start: int  # the sentence in the article
    end: int
    mark: tuple[int, int] | None  # the figure inside it, to highlight
    value: float | None = None  # a figure's number, which a correction replaces


@dataclass(frozen=True)
class Decision:
    action: str = "accept"  # "accept", "reject", "correct"
    value: float | None = None  # for "correct"


def _figure_label(f: Any) -> str:
    if f.value is None and f.place is not None and f.metric == "countries_participating":
        return f"{f.place.name} took part (the article gives no figure of its own)"
    value = (
        "no count given"
        if f.value is None
        else QUALIFIER[f.qualifier]
        .words.replace("{n}", f"{f.value:,.0f}" if float(f.value).is_integer() else f"{f.value:,}")
        .replace("{upper}", f"{f.upper:,.0f}" if f.upper else "?")
    )
    unit = f" {f.unit}" if f.unit else ""
    item = f" ({f.item})" if f.item else ""
    where = f" in {f.place.name}" if f.place else ", whole operation"
    return f"{METRIC_LABELS[f.metric].capitalize()}{item}{where}: {value}{unit}"


def candidates(facts: Facts) -> list[Candidate]:
    """Every fact a curator decides on, in reading order within each kind."""
    # a figure's sentence first, then the whole operation's reading of it before a country's and a town's
    scope = {"region": 1, "country": 2, "province": 3, "town": 4}

    def reading_order(i: int) -> tuple[int, int, int]:
        place = facts.figures[i].place
        return (facts.figures[i].source.start, 0 if place is None else scope.get(place.kind, 5), i)

    order = sorted(range(len(facts.figures)), key=reading_order)
    out = [
        Candidate(f"figure-{i}", "figure", _figure_label(f), f.source.start, f.source.end, f.figure_span, f.value)
        for i, f in ((i, facts.figures[i]) for i in order)
    ]
    out += [
        Candidate(
            f"country-{c.iso3}", "country", f"{country_name(c.iso3)}: {COUNTRY_ROLES[c.role]}", c.source.start,
            c.source.end, None,
        )
        for c in facts.countries
    ]
    out += [
        Candidate(
            f"place-{i}",
            "place",
            f"{p.place.kind.capitalize()}: {p.place.name} ({p.place.iso3})",
            p.source.start,
            p.source.end,
            None,
        )
        for i, p in enumerate(facts.places)
    ]
    out += [
        Candidate(f"coordinator-{i}", "coordinator", f"{b.body}: {b.role}", b.source.start, b.source.end, None)
        for i, b in enumerate(facts.coordinators)
    ]
    out += [
        Candidate(
            f"phase-{i}",
            "phase",
            f"{p.name}: {p.as_reported} ({p.start or '?'}"
            + (f" to {p.end}" if p.end and p.end != p.start else "")
            + ")",
            p.source.start,
            p.source.end,
            None,
        )
        for i, p in enumerate(facts.phases)
    ]
    return out


def segments(text: str, c: Candidate) -> tuple[str, str, str]:
    """(before, highlighted, after) of the candidate's sentence: the page escapes each part."""
    sentence = text[c.start : c.end]
    if c.mark is None or not (c.start <= c.mark[0] < c.mark[1] <= c.end):
        return sentence, "", ""
    a, b = c.mark[0] - c.start, c.mark[1] - c.start
    return sentence[:a], sentence[a:b], sentence[b:]


def marked_article(text: str, cands: list[Candidate]) -> list[list[tuple[str, bool]]]:
    """The article's paragraphs as (text, is a drafted figure) runs, so a reviewer sees every figure the
    draft took, and the numbers it left, in place (the page escapes each run)."""
    marks = sorted({c.mark for c in cands if c.mark is not None and 0 <= c.mark[0] < c.mark[1] <= len(text)})
    runs: list[tuple[str, bool]] = []
    at = 0
    for a, b in marks:
        if a < at:
            continue  # overlapping spans: the first one marks it
        runs += [(text[at:a], False), (text[a:b], True)]
        at = b
    runs.append((text[at:], False))
    paragraphs: list[list[tuple[str, bool]]] = [[]]
    for run, mark in runs:
        pieces = run.split("\n")
        for i, piece in enumerate(pieces):
            if i:
                paragraphs.append([])
            if piece:
                paragraphs[-1].append((piece, mark))
    return [p for p in paragraphs if any(t.strip() for t, _ in p)]


def apply(facts: Facts, decisions: dict[str, Decision]) -> Facts:
    """The facts a curator kept, with corrected numbers (the quote stays the article's)."""
    keep = lambda key: decisions.get(key, Decision()).action != "reject"  # noqa: E731
    figures = []
    for i, f in enumerate(facts.figures):
        d = decisions.get(f"figure-{i}", Decision())
        if d.action == "reject":
            continue
        if d.action == "correct" and d.value is not None:
            f = replace(
                f,
                value=float(d.value),
                qualifier="exact" if f.qualifier in ("unknown", "range") else f.qualifier,
                upper=None,
            )
        figures.append(f)
    out = replace(
        facts,
        figures=figures,
        countries=[c for c in facts.countries if keep(f"country-{c.iso3}")],
        places=[p for i, p in enumerate(facts.places) if keep(f"place-{i}")],
        coordinators=[b for i, b in enumerate(facts.coordinators) if keep(f"coordinator-{i}")],
        phases=[p for i, p in enumerate(facts.phases) if keep(f"phase-{i}")],
    )
    if not any(c.iso3 in out.lead for c in out.countries) and out.lead:
        out = replace(out, lead=[iso for iso in out.lead if any(c.iso3 == iso for c in out.countries)])
    return out


def rebuild(
    facts: Facts, info: SourceInfo, decisions: dict[str, Decision], record_id: str | None = None
) -> dict[str, Any]:
    """The record after the curator's decisions (items still marked unreviewed until saved)."""
    return build_record(apply(facts, decisions), info, record_id)


def preview(record: dict[str, Any]) -> tuple[Operation | None, list[Problem]]:
    """The record as an `Operation` the map, timeline and headline can draw, or its problems."""
    from ..catalogue.validate import findings_to_problems, parse_text
    from ..geo.gazetteer import resolve_places
    from ..records.references import check_references
    from . import to_yaml

    name = f"{record.get('id', 'draft')}.yaml"
    parsed, op, problems = parse_text(to_yaml(record), name)
    if op is None:
        return None, problems
    findings = check_references(op)
    if not findings:
        findings += resolve_places(op)[1]
    if findings:
        return None, findings_to_problems(parsed, name, findings)
    return op, []
