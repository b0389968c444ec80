"""The operation record: a strict pydantic v2 schema for one YAML file per operation.

Field-level rules live here (types, codes, dates, qualifiers). Rules that need the whole record
(references between ids, containment) live in `references.py`; rules that need the gazetteer
(does this place exist?) in `opsatlas.geo.gazetteer`. All three report the same `Problem`s.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Annotated, Any, Literal, TypeAlias

import pycountry
from pydantic import AfterValidator, BaseModel, BeforeValidator, ConfigDict, Field, StrictBool, model_validator
from pydantic import Strict as StrictValue  # not `Strict`: that name is the base model below

from .dates import parse_partial, parse_span
from .vocab import METRIC, METRICS, PRECISIONS, QUALIFIERS

SCHEMA_VERSION = 1

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


def _text(value: str) -> str:
    if _CONTROL.search(value):
        raise ValueError("contains a control character: remove it (only tabs and newlines are allowed)")
    if not value.strip():
        raise ValueError("is empty: write the text or leave the field out")
    return value


def _slug(value: str) -> str:
    if not _SLUG.match(value) or len(value) > 80:
        raise ValueError(
            f"{value!r} is not an id: use lower-case letters, digits and single hyphens, "
            "at most 80 characters (e.g. 'barcelona-province')"
        )
    return value


def _iso3(value: str) -> str:
    if len(value) != 3 or not value.isupper() or pycountry.countries.get(alpha_3=value) is None:
        hint = ""
        if len(value) == 2 and (country := pycountry.countries.get(alpha_2=value.upper())):
            hint = f" (did you mean {country.alpha_3}?)"
        raise ValueError(f"{value!r} is not an ISO 3166-1 alpha-3 country code{hint}: use e.g. 'ESP'")
    return value


def _iso3166_2(value: str) -> str:
    if pycountry.subdivisions.get(code=value) is None:
        raise ValueError(f"{value!r} is not an ISO 3166-2 subdivision code: use e.g. 'ES-B' for Barcelona")
    return value


def _not_bool(value: object) -> object:
    if isinstance(value, bool):
        raise ValueError("write the number, not true or false")
    return value


def _lead_codes(value: object) -> object:
    """`ESP`, or `[NLD, FRA]` for a joint lead: one code is read as a list of one."""
    codes = [value] if isinstance(value, str) else value
    if not isinstance(codes, list) or not codes or not all(isinstance(c, str) for c in codes):
        raise ValueError("write one ISO 3166-1 alpha-3 code (ESP), or a list of them for a joint lead ([NLD, FRA])")
    if len(set(codes)) != len(codes):
        raise ValueError("a country is listed twice: list each lead country once")
    return [_iso3(c) for c in codes]


def _partial_date(value: str) -> str:
    parse_partial(value)
    return value


def _date_span(value: str) -> str:
    parse_span(value)
    return value


def _url(value: str) -> str:
    # Only web addresses: a 'javascript:' or 'data:' URL in a record must never become a link.
    if not re.match(r"^https?://[^\s<>\"']+$", value) or len(value) > 2000:
        raise ValueError(f"{value[:80]!r} is not a web address: write a full http:// or https:// URL")
    return value


Text = Annotated[str, AfterValidator(_text), Field(max_length=20_000)]
ShortText = Annotated[str, AfterValidator(_text), Field(max_length=300)]
Quote = Annotated[str, AfterValidator(_text), Field(max_length=2_000)]
Slug = Annotated[str, AfterValidator(_slug)]


@dataclass(frozen=True)
class RefersTo:
    """Marks an id field that names an item of the same record: `section` is the list it is in
    (`sources`, `places`, `claims`, `phases`). Declared here once, on the field's type: the editor's
    choosers read it (`editing.fields`), and a test checks that `references.py` checks each one."""

    section: str


SourceId = Annotated[Slug, RefersTo("sources")]
PlaceId = Annotated[Slug, RefersTo("places")]
ClaimId = Annotated[Slug, RefersTo("claims")]
PhaseId = Annotated[Slug, RefersTo("phases")]
Iso3 = Annotated[str, AfterValidator(_iso3)]
Iso3166_2 = Annotated[str, AfterValidator(_iso3166_2)]
PartialDate = Annotated[str, AfterValidator(_partial_date)]
DateSpan = Annotated[str, AfterValidator(_date_span)]
Url = Annotated[str, AfterValidator(_url)]
# Strict: YAML's `true` is not 1 arrest, and `2.5` is not 2 (lax pydantic would accept both).
Count = Annotated[int, StrictValue(), Field(ge=0, le=10**12)]
Degrees = Annotated[float, StrictValue()]
Amount = Annotated[float, BeforeValidator(_not_bool), StrictValue(), Field(ge=0, le=1e15, allow_inf_nan=False)]

# Built at run time from `vocab` (the one list), which pydantic reads; mypy cannot evaluate a
# Literal of a computed tuple (hence the ignores) and reads these aliases as Any.
Metric: TypeAlias = Literal[tuple(m.name for m in METRICS)]  # type: ignore[valid-type]
Qualifier: TypeAlias = Literal[tuple(q.name for q in QUALIFIERS)]  # type: ignore[valid-type]
Precision: TypeAlias = Literal[tuple(p.name for p in PRECISIONS)]  # type: ignore[valid-type]
SourceKind = Literal["agency_statement", "wire", "newspaper", "broadcaster", "relay", "rewrite"]
LegalStatus = Literal["arrested", "charged", "convicted", "acquitted", "identified", "released"]
PhaseKind = Literal[
    "detection", "expansion", "coordination", "action", "arrests", "announcement", "trial", "other"
]
LinkKind = Literal["request", "payment", "meeting", "expansion", "information_shared", "other"]
BodyKind = Literal["international", "regional", "national"]
CrimeType = Literal[
    "child_sexual_exploitation", "drug_trafficking", "organised_crime", "cybercrime", "other"
]
RecordStatus = Literal["published", "draft"]

#: Human labels, used by tables, legends and alt text (from `vocab.METRICS`, the one list).
METRIC_LABELS: dict[str, str] = {m.name: m.label for m in METRICS}
METRIC_SINGULAR: dict[str, str] = {m.name: m.singular for m in METRICS}


class Strict(BaseModel):
    """Unknown fields are errors, and records are immutable once loaded."""

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)


class Item(Strict):
    """A part of a record with an id. `unreviewed: true` marks what a machine extracted (a draft
    from an article) and no curator has checked yet."""

    unreviewed: StrictBool = False


class Evidence(Strict):
    """Where a statement comes from: a source id and a short quote in the source's language."""

    source: SourceId
    quote: Quote


class Source(Item):
    id: Slug
    title: ShortText
    publisher: ShortText
    kind: SourceKind
    url: Url | None = None
    date: PartialDate | None = None
    language: Annotated[str, Field(pattern=r"^[a-z]{2}$")] | None = None
    note: Text | None = None


class Coordinator(Item):
    body: ShortText
    kind: BodyKind
    country: Iso3 | None = None
    role: Text
    evidence: list[Evidence] = []
    #: When the role is known without a quote (an agency's own page that lists it, a later report):
    #: say how it is known. Never invent a quote.
    evidence_note: Text | None = None

    @model_validator(mode="after")
    def _role_has_grounds(self) -> Coordinator:
        if not self.evidence and not self.evidence_note:
            raise ValueError("a coordinator needs 'evidence' (source and quote), or an 'evidence_note' saying "
                             "how its role is known when no source quotes it")
        return self


class Place(Item):
    """A place at the precision the source gives. Containment goes through `within`."""

    id: Slug
    name: ShortText
    as_written: ShortText | None = None
    precision: Precision
    country: Iso3 | None = None
    subdivision: Iso3166_2 | None = None
    within: PlaceId | None = None
    region: Slug | None = None
    members: list[Iso3] | None = None
    lat: Annotated[Degrees, Field(ge=-90, le=90)] | None = None
    lon: Annotated[Degrees, Field(ge=-180, le=180)] | None = None
    coordinates_note: Text | None = None
    #: For a subdivision not named after its seat (La Rioja: Logroño): the town its ring is centred on.
    seat: ShortText | None = None
    #: For an area: its code as officially written (e.g. a withdrawn ISO 3166-2 code), and what it is.
    code: ShortText | None = None
    code_note: Text | None = None
    #: For a region the sources define only in words ("the rest of the world"): it is listed, not drawn.
    scope_note: Text | None = None
    note: Text | None = None

    @model_validator(mode="after")
    def _fields_fit_precision(self) -> Place:
        p = self.precision
        if p in ("point", "area", "subdivision", "country") and self.country is None:
            raise ValueError(f"a {p} needs 'country' (ISO 3166-1 alpha-3)")
        if p == "subdivision" and self.subdivision is None:
            raise ValueError("a subdivision needs 'subdivision' (ISO 3166-2, e.g. 'ES-B')")
        if p != "subdivision" and (self.subdivision is not None or self.seat is not None):
            raise ValueError("'subdivision' and 'seat' are only for precision: subdivision")
        if p == "region":
            if self.country is not None:
                raise ValueError("a region has no 'country': list its 'members' or name a 'region'")
            if self.region is None and not self.members and not self.scope_note:
                raise ValueError("a region needs 'region' (a gazetteer region), 'members', or a 'scope_note' "
                                 "saying in words what it covers")
        elif self.region is not None or self.members is not None or self.scope_note is not None:
            raise ValueError("'region', 'members' and 'scope_note' are only for precision: region")
        if (self.code is not None or self.code_note is not None) and p != "area":
            raise ValueError("'code' and 'code_note' are only for precision: area (a subdivision uses "
                             "'subdivision')")
        if self.code is not None and not self.code_note:
            raise ValueError("an area's 'code' needs 'code_note' saying what the code is and when it was valid")
        if (self.lat is None) != (self.lon is None):
            raise ValueError("give both 'lat' and 'lon', or neither")
        if self.lat is not None:
            if p not in ("point", "area", "subdivision"):
                raise ValueError("coordinates are only for points and area or subdivision anchors: "
                                 "countries and regions come from the shipped boundaries")
            if not self.coordinates_note:
                raise ValueError("coordinates need 'coordinates_note' saying where they come from")
        return self


class Claim(Item):
    """One sourced statement of a number, at the place and date the source gives."""

    id: Slug
    metric: Metric
    count: Count | None = None
    #: A quantity that is not a whole number (2.5 tonnes, 1.2 million euros as 1200000.5), with `unit`.
    amount: Amount | None = None
    unit: ShortText | None = None
    qualifier: Qualifier = "exact"
    upper: Count | None = None
    place: PlaceId | None = None
    date: DateSpan | None = None
    reported_on: PartialDate | None = None
    source: SourceId
    quote: Quote
    status: LegalStatus | None = None
    item: ShortText | None = None
    #: A later running total of the same figure: from its reporting date on, it replaces that claim.
    replaces: ClaimId | None = None
    #: The source says this figure is included in that claim's figure (a town's arrests in the
    #: country's; the arrested among the suspects identified): it is never added to it.
    part_of: ClaimId | None = None
    note: Text | None = None

    @model_validator(mode="after")
    def _value_is_coherent(self) -> Claim:
        info = METRIC[self.metric]
        number = self.count if self.count is not None else self.amount
        if self.count is not None and self.amount is not None:
            raise ValueError("give 'count' (a whole number) or 'amount' (with a unit), not both")
        if self.amount is not None and not info.amounts:
            raise ValueError(f"'amount' is only for {', '.join(m.name for m in METRICS if m.amounts)}: "
                             f"{self.metric} are counted with 'count'")
        if self.amount is not None and self.unit is None:
            raise ValueError("an 'amount' needs its 'unit' (e.g. tonnes, kg, EUR)")
        if self.unit is not None and not info.amounts:
            raise ValueError(f"'unit' is only for {', '.join(m.name for m in METRICS if m.amounts)}")
        if self.qualifier == "unknown" and number is not None:
            raise ValueError("qualifier 'unknown' takes no count: remove 'count' or change the qualifier")
        if self.qualifier != "unknown" and number is None:
            raise ValueError("a claim without a number needs qualifier: unknown")
        if self.qualifier == "range":
            if self.upper is None or self.count is None or self.upper <= self.count:
                raise ValueError("a range needs 'upper' greater than 'count' (ranges are of whole counts)")
        elif self.upper is not None:
            raise ValueError("'upper' is only for qualifier: range")
        if info.item is True and self.item is None:
            raise ValueError(f"metric {self.metric} needs 'item' (what was seized)")
        if info.item is False and self.item is not None:
            raise ValueError(f"'item' goes with {', '.join(m.name for m in METRICS if m.item is not False)}, "
                             f"not with {self.metric}")
        if self.part_of is not None and self.part_of == self.id:
            raise ValueError("a claim cannot be part of itself")
        return self


class CaseStatus(Strict):
    """The same person's status somewhere else (arrested in one country, charged in another)."""

    legal_status: LegalStatus
    place: PlaceId
    date: PartialDate | None = None
    evidence: list[Evidence] = Field(min_length=1)


class Case(Item):
    """One person's case, by role and legal status only. Never a name."""

    id: Slug
    role: ShortText
    legal_status: LegalStatus
    place: PlaceId
    allegation: Text | None = None
    evidence: list[Evidence] = Field(min_length=1)
    elsewhere: list[CaseStatus] = []


class Position(Strict):
    says: Text
    claim: ClaimId | None = None
    source: SourceId
    quote: Quote


class Dispute(Item):
    """Sources that disagree, side by side. A curator may prefer one, with a reason."""

    id: Slug
    title: ShortText
    countries: list[Iso3] = []
    #: Claims whose figures are in doubt: shown as disputed, never added to a firm total.
    #: Empty when the sources agree on the numbers but not on what they mean.
    contested: list[ClaimId] = []
    #: Phases whose dates the sources give differently (the positions say which dates).
    phases: list[PhaseId] = []
    positions: list[Position] = Field(min_length=2)
    preferred: ClaimId | None = None
    preferred_reason: Text | None = None
    note: Text | None = None

    @model_validator(mode="after")
    def _preference_has_reason(self) -> Dispute:
        if (self.preferred is None) != (self.preferred_reason is None):
            raise ValueError("'preferred' and 'preferred_reason' go together")
        if self.preferred is not None and self.preferred not in self.contested:
            raise ValueError("'preferred' must be one of the 'contested' claims")
        return self


class Phase(Item):
    id: Slug
    name: ShortText
    kind: PhaseKind
    start: PartialDate | None = None
    end: PartialDate | None = None
    start_as_reported: ShortText | None = None
    end_as_reported: ShortText | None = None
    lead: ShortText | None = None
    countries: list[Iso3] = []
    description: Text
    evidence: list[Evidence] = Field(min_length=1)

    @model_validator(mode="after")
    def _end_not_before_start(self) -> Phase:
        if self.start and self.end and parse_partial(self.end)[1] < parse_partial(self.start)[0]:
            raise ValueError(f"ends ({self.end}) before it starts ({self.start}): swap or fix the dates")
        return self


class Link(Item):
    """A cross-border connection the sources state, between places at their own precision."""

    id: Slug
    from_place: PlaceId = Field(alias="from")
    to: PlaceId
    kind: LinkKind
    description: Text
    evidence: list[Evidence] = Field(min_length=1)


class Operation(Strict):
    schema_version: Annotated[Literal[1], BeforeValidator(_not_bool)]
    id: Slug
    name: ShortText | None = None
    #: What to call an operation the sources give no name: required when `name` is left out.
    working_title: ShortText | None = None
    name_variants: list[ShortText] = []
    crime_type: CrimeType
    crime_description: Text
    #: One country, or a list for a joint lead ([NLD, FRA]); read it through `leads`.
    lead_country: Annotated[list[str], BeforeValidator(_lead_codes)] | None = None
    #: `draft` for a record not yet reviewed (e.g. drafted from an article): shown as a draft.
    status: RecordStatus = "published"
    coordinators: list[Coordinator] = []
    summary: Text
    sources: list[Source] = Field(min_length=1)
    places: list[Place] = []
    claims: list[Claim] = []
    cases: list[Case] = []
    disputes: list[Dispute] = []
    phases: list[Phase] = []
    links: list[Link] = []
    notes: list[Text] = []

    @model_validator(mode="after")
    def _has_a_title(self) -> Operation:
        if self.name is None and self.working_title is None:
            raise ValueError("an operation without a name needs a 'working_title' (e.g. 'Spanish-led WhatsApp "
                             "operation, July 2017 (no name found)')")
        return self

    @property
    def title(self) -> str:
        return self.name or f"{self.working_title} (unnamed)"

    @property
    def leads(self) -> tuple[str, ...]:
        """The lead countries: none, one, or several for a joint lead."""
        return tuple(self.lead_country or ())

    @property
    def is_draft(self) -> bool:
        return self.status == "draft"

    def reported_on(self, claim: Claim) -> str | None:
        """When a claim was reported: its own date, else its source's, else None (not dated)."""
        return claim.reported_on or self.source(claim.source).date

    def source(self, source_id: str) -> Source:
        """The source with this id (raises KeyError when there is none)."""
        return self._by_id("sources")[source_id]

    def place(self, place_id: str) -> Place:
        """The place with this id (raises KeyError when there is none)."""
        return self._by_id("places")[place_id]

    def _by_id(self, field: str) -> dict[str, Any]:
        # Every claim asks for its source: a scan per call made a record of n claims and n sources
        # cost n² (5,000 towns: 25 million comparisons per view). The index is kept beside the
        # fields, outside pydantic's fields (so equality, hashing and dumps ignore it), and is
        # rebuilt if the list it was built from is not the record's list any more (model_copy).
        items = getattr(self, field)
        key = f"_index_{field}"
        cached = self.__dict__.get(key)
        if cached is None or cached[0] is not items:
            index: dict[str, Any] = {}
            for item in items:
                index.setdefault(item.id, item)  # the first of a duplicated id, as a scan finds it
            cached = (items, index)
            self.__dict__[key] = cached
        return cached[1]


def json_schema() -> dict[str, object]:
    """The JSON Schema of a record file, as YAML editors use it (field names as written in YAML)."""
    schema = Operation.model_json_schema(by_alias=True, mode="validation")
    schema["$id"] = "https://operations-atlas.invalid/schema/operation-1.json"
    schema["title"] = "Operations Atlas operation record (schema_version 1)"
    return schema
