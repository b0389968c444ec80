"""The facts a draft is made of: each with the exact span of the article it comes from.

These are the extractor's output and the builder's input (and what the app lists for review);
every `quote` is `article[start:end]`.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class PlaceRef:
    """Where a figure belongs: a country, a province, a town, or a region (None: the whole operation)."""

    kind: str  # "country", "province", "town", "region"
    name: str
    iso3: str | None = None
    subdivision: str | None = None  # ISO 3166-2, for a province
    region: str | None = None  # UN M49 key, for a region
    as_written: str | None = None

    @property
    def key(self) -> tuple[str, str]:
        return (
            (
                self.kind,
                self.subdivision or self.region or (self.name if self.kind in ("town", "region") else "") or "",
            )
            if self.kind != "country"
            else ("country", self.iso3 or "")
        )


@dataclass(frozen=True)
class Quoted:
    quote: str
    start: int
    end: int


@dataclass(frozen=True)
class Figure:
    metric: str
    value: float | None  # None: named without a number (qualifier "unknown")
    qualifier: str
    source: Quoted
    place: PlaceRef | None = None
    upper: float | None = None
    unit: str | None = None
    item: str | None = None
    status: str | None = None
    date: str | None = None
    figure_span: tuple[int, int] | None = None  # the number itself, for highlighting
    part: bool = False  # worded as a part of a larger count ("among those arrested, 18…", "while 13 others…")
    by_subject: bool = False  # placed only because a national force did it ("La Policía Nacional ha intervenido 39…")
    placeless: bool = False  # its sentence names no place and no national force ("A dozen arrests were made…")
    alongside: bool = False  # counted beside another group in one list ("128 mujeres y dos hombres"): not a part


#: The metrics that count people the operation found (arrested, identified, rescued, convicted).
PEOPLE_FOUND: tuple[str, ...] = ("arrests", "suspects_identified", "victims_identified", "convictions")

#: A country's roles in an article, strongest first, with the words a reviewer reads.
COUNTRY_ROLES: dict[str, str] = {
    "arrests_stated": "arrests, with a count",
    "arrests_unspecified": "arrests named, no count given",
    "suspects": "suspects named, no arrests stated",
    "participating": "took part",
    "mentioned": "mentioned only",
}


@dataclass(frozen=True)
class CountryFact:
    iso3: str
    role: str  # a key of COUNTRY_ROLES
    source: Quoted
    as_written: str


@dataclass(frozen=True)
class PlaceFact:
    """A town or province the article names (with or without a figure)."""

    place: PlaceRef
    source: Quoted


@dataclass(frozen=True)
class CoordinatorFact:
    body: str
    kind: str
    iso3: str | None
    role: str
    source: Quoted


@dataclass(frozen=True)
class DateFact:
    what: str  # "operation_start", "arrests", "announcement", "phase", "other"
    value: str | None
    as_reported: str
    source: Quoted
    vague: bool = False


@dataclass(frozen=True)
class PhaseFact:
    name: str
    kind: str
    start: str | None
    end: str | None
    as_reported: str
    source: Quoted
    countries: tuple[str, ...] = ()


@dataclass
class Facts:
    text: str
    lang: str
    name: str | None = None
    name_source: Quoted | None = None
    crime_type: str = "other"
    crime_source: Quoted | None = None
    lead: list[str] = field(default_factory=list)
    lead_source: Quoted | None = None
    figures: list[Figure] = field(default_factory=list)
    countries: list[CountryFact] = field(default_factory=list)
    places: list[PlaceFact] = field(default_factory=list)
    coordinators: list[CoordinatorFact] = field(default_factory=list)
    dates: list[DateFact] = field(default_factory=list)
    phases: list[PhaseFact] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Mention:
    """A place named in a sentence, with its offsets in that sentence."""

    start: int  # within the sentence
    end: int
    place: PlaceRef
