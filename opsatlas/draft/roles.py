"""Countries' roles, coordinating bodies and the lead country, read one sentence at a time.

`Roles` collects, across an article's sentences, the strongest role each country is given
(arrests stated > arrests named without a count > suspects > participating > mentioned), the
bodies a sentence says did something, and the votes for the lead country. `extract` feeds it every
sentence with the sentence's country mentions and the arrests figures it drafted there.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from . import bodies, countries, metrics
from .facts import CoordinatorFact, CountryFact, Quoted

RANK: dict[str, int] = {
    "arrests_stated": 4,
    "arrests_unspecified": 3,
    "suspects": 2,
    "participating": 1,
    "mentioned": 0,
}

START_WORDS = re.compile(
    r"\b(?:began|begun|started|starting|initiated|launched|opened|since|comenzó|alerta fue dada|dio la alerta|"
    r"comenzaron|empezó|se inició|inició|iniciaron|arrancó|desde|origin|triggered)\b",
    re.I,
)
#: "LYON, France --": where the story was filed, not a fact about the operation.
DATELINE = re.compile(r"^[A-ZÁÉÍÓÚÑ .'-]{3,},\s+[\w .'-]+?\s*(?:--|—|–|\(|:)")


@dataclass(frozen=True)
class _Head:
    """What the words before a list of countries make of every country in it."""

    place: bool  # "in Belgium, France and Spain", "en países como…", "20 countries, including…"
    forces: bool  # "police departments from Portugal, the Netherlands…": they took part


#: Between two countries of one list: a comma, "and", "y", "e", "or", with an optional count "(7)".
_LIST_SEP = re.compile(
    r"^(?:\s*\(\d[\d.,]*\))?(?:\s*,\s*(?:(?:and|y|e|or|o)\s+)?|\s+(?:and|y|e|or|o|as well as|así como)\s+)"
    r"(?:the\s+|la\s+|el\s+)?$",
    re.I,
)
_PLACE_HEAD = re.compile(
    r"\b(?:in|en|from|desde|across|throughout|including|incluidos|incluidas|incluyendo|como|such as|between|"
    r"entre|entre ellos|entre ellas|among them|among others|notably|namely|particularly|especially|"
    r"en concreto)\s+(?:the\s+|la\s+|el\s+|los\s+|las\s+)?$",
    re.I,
)
#: "the 197 arrested were citizens of various countries, including Albania…": nationalities, not places.
_NATIONALITY_HEAD = re.compile(
    r"\b(?:citizens|nationals|nationalities|natives|ciudadanos|ciudadanas|nacionalidad|nacionalidades|"
    r"originarios|origin|descent|born in|nacidos en)\b",
    re.I,
)
_FORCES_HEAD = re.compile(
    r"\b(?:police|polic[ií]as?|forces|fuerzas|departments|authorities|autoridades|agencies|agencias|"
    r"law enforcement|officers|investigators|agentes|cuerpos|counterparts|homólog[oa]s)\b(?:\s+[\w-]+){0,3}?\s+"
    r"(?:from|of|de|in|en)\s+(?:the\s+|la\s+|el\s+|los\s+|las\s+)?$",
    re.I,
)
_ROUTE_TO = re.compile(r"^\s+(?:to|into|towards|a|hacia|rumbo a|con destino a)\s", re.I)


def list_heads(sent: str, cs: list[countries.CountryMention]) -> dict[int, _Head]:
    """Each country mention (by start) with the reading of the words before its list."""
    runs: list[list[countries.CountryMention]] = []
    for c in cs:
        if runs and _LIST_SEP.match(sent[runs[-1][-1].end : c.start]):
            runs[-1].append(c)
        else:
            runs.append([c])
    out: dict[int, _Head] = {}
    for run in runs:
        before = sent[max(0, run[0].start - 80) : run[0].start]
        route = bool(re.search(r"\b(?:from|desde)\s+(?:the\s+)?$", before)) and bool(
            _ROUTE_TO.match(sent[run[-1].end :])
        )
        place = bool(_PLACE_HEAD.search(before)) and not _NATIONALITY_HEAD.search(before) and not route
        forces = bool(_FORCES_HEAD.search(before))
        for c in run:
            out[c.start] = _Head(place, forces)
    return out


#: A subordinate clause with its own verb ("… after 27 people were intercepted in Tunisia"): an arrest
#: verb on the other side of it is not about the place in it.
_CLAUSE_BREAK = re.compile(
    r"\b(?:after|before|when|once|because|although|después de que|antes de que|cuando|porque|aunque)\b"
    r"[^;]{0,90}?\b(?:were|was|had|have|has|is|are|fueron|fue|había|habían|han|ha|son|eran)\b",
    re.I,
)


def arrest_in_clause(sent: str, c: countries.CountryMention) -> bool:
    for m in metrics.VERBS["arrest"].finditer(sent):
        a, b = (m.end(), c.start) if m.end() <= c.start else (c.end, m.start())
        if not _CLAUSE_BREAK.search(sent[a:b]):
            return True
    return False


def police_after(sent: str, c: countries.CountryMention) -> bool:
    return bool(
        re.match(r"^\s+(?:police|authorities|law enforcement|investigators|officers)\b", sent[c.end :], re.I)
        or re.search(r"(?:polic[ií]a|autoridades|agentes)\s+$", sent[max(0, c.start - 20) : c.start], re.I)
    )


def sentence_roles(
    sent: str, cs: list[countries.CountryMention], counted: set[str]
) -> list[tuple[countries.CountryMention, str]]:
    """The role one sentence gives each country it names; `counted` are the countries it gives an
    arrests figure."""
    arrest_words = bool(metrics.VERBS["arrest"].search(sent))
    suspect_words = bool(metrics.VERBS["identify"].search(sent)) and bool(metrics.VERBS["suspect"].search(sent))
    part_words = bool(metrics.VERBS["participate"].search(sent)) or bool(metrics.VERBS["refer"].search(sent))
    dateline = DATELINE.match(sent)
    heads = list_heads(sent, cs)
    out: list[tuple[countries.CountryMention, str]] = []
    for c in cs:
        if dateline and c.start < dateline.end():
            continue
        head = heads[c.start]
        if c.via == "seat":
            role = "mentioned"
        elif c.iso3 in counted:
            role = "arrests_stated"
        elif arrest_words and head.place and arrest_in_clause(sent, c):
            role = "arrests_unspecified"
        elif suspect_words and head.place:
            role = "suspects"
        elif part_words or head.forces or c.via in ("agency",) or (c.via == "demonym" and police_after(sent, c)):
            role = "participating"
        else:
            role = "mentioned"
        out.append((c, role))
    return out


@dataclass
class Roles:
    """Roles, coordinators and lead votes gathered over an article's sentences."""

    countries: dict[str, tuple[int, CountryFact]] = field(default_factory=dict)
    coordinators: dict[str, CoordinatorFact] = field(default_factory=dict)
    lead_votes: Counter[str] = field(default_factory=Counter)
    start_votes: Counter[str] = field(default_factory=Counter)  # "the investigation began in Spain": weaker
    lead_source: Quoted | None = None

    def read(
        self, sent: str, src: Quoted, cs: list[countries.CountryMention], counted: set[str]
    ) -> list[countries.CountryMention]:
        """Read one sentence; returns the countries it says had arrests without a count."""
        unspecified = []
        for c, role in sentence_roles(sent, cs, counted):
            if role == "arrests_unspecified":
                unspecified.append(c)
            fact = CountryFact(c.iso3, role, src, c.text)
            old = self.countries.get(c.iso3)
            if old is None or RANK[role] > old[0]:
                self.countries[c.iso3] = (RANK[role], fact)
        self._bodies_and_lead(sent, src, cs)
        return unspecified

    def _bodies_and_lead(self, sent: str, src: Quoted, cs: list[countries.CountryMention]) -> None:
        for b in bodies.find_bodies(sent, cs):
            if b.role is None or b.role == "announced the results":
                continue
            key = b.body.lower()
            if key not in self.coordinators:
                self.coordinators[key] = CoordinatorFact(b.body, b.kind, b.iso3, b.role, src)
        if START_WORDS.search(sent):
            for c in cs:
                located = c.via == "name" and re.search(
                    r"\b(?:in|en)\s+(?:the\s+)?$", sent[max(0, c.start - 10) : c.start]
                )
                if located or c.via == "agency" or (c.via == "demonym" and police_after(sent, c)):
                    self.start_votes[c.iso3] += 1
                    self.lead_source = self.lead_source or src
        for c in bodies.lead_countries(sent, cs):
            self.lead_votes[c.iso3] += 1
            if self.lead_source is None:
                self.lead_source = src

    def finish(self) -> tuple[list[CoordinatorFact], list[str], Quoted | None, list[CountryFact]]:
        """Coordinators, lead countries (strongest first), the lead's quote, and every country's role."""
        coordinators = list(self.coordinators.values())
        votes = Counter(self.lead_votes)
        source = self.lead_source
        if not votes:
            # no sentence says who led: a national body the article says led or carried out the operation
            for b in coordinators:
                if b.iso3 and b.role in ("led the operation", "carried out the operation"):
                    votes[b.iso3] += 1
                    source = source or b.source
        if not votes and self.start_votes:
            top = self.start_votes.most_common(1)[0][1]
            votes.update({iso: n for iso, n in self.start_votes.items() if n == top})
        lead = [iso for iso, _ in votes.most_common()]
        roles = dict(self.countries)
        for iso in lead:  # the lead took part, at least
            if (iso not in roles or roles[iso][0] < 1) and source is not None:
                roles[iso] = (1, CountryFact(iso, "participating", source, iso))
        return coordinators, lead, source, [f for _, f in roles.values()]
