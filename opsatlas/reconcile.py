"""From a record to the figures a reader sees, without double counting or invented numbers.

`reconcile(record, places, metric)` is pure. Its rules:
- a headline total is what the sources state for the whole operation (claims with no place);
- several claims giving the same figure for the same place corroborate it: counted once;
- a figure inside another figure (El Masnou inside Barcelona province inside Spain) is part of
  it, never added to it; a country's figure is its own stated figure, else the sum of the
  outermost figures placed inside it, shown as "at least";
- claims a dispute contests are shown as disputed and added to nothing;
- the unattributed remainder is the stated total minus the firm country figures, with its
  arithmetic written out, spread over the countries named without a count;
- region figures ("10 in Latin America") are listed beside the countries, not added to them.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from .geo.gazetteer import ResolvedPlace, country_name
from .records.schema import METRIC_LABELS, METRIC_SINGULAR, Claim, Operation

COUNTRY_METRIC = {"arrests": "countries_with_arrests", "suspects_identified": "countries_with_suspects"}


@dataclass(frozen=True)
class Figure:
    """A figure as stated, with every claim that states it."""

    count: int | None
    qualifier: str
    upper: int | None
    claims: tuple[str, ...]
    sources: tuple[str, ...]
    derived: bool = False  # computed here (e.g. a sum of provinces), not stated by a source

    @property
    def text(self) -> str:
        if self.qualifier == "unknown" or self.count is None:
            return "count not reported"
        n = f"{self.count:,}"
        return {
            "exact": n,
            "at_least": f"at least {n}",
            "more_than": f"more than {n}",
            "about": f"about {n}",
            "range": f"{n}–{self.upper:,}" if self.upper is not None else n,
        }[self.qualifier]

    def phrase(self, metric: str) -> str:
        """'1 arrest', '7 arrests', 'at least 5 arrests', 'arrests: count not reported'."""
        if self.count is None or self.qualifier == "unknown":
            return f"{METRIC_LABELS[metric]}: count not reported"
        unit = METRIC_SINGULAR[metric] if self.count == 1 and self.qualifier == "exact" else METRIC_LABELS[metric]
        return f"{self.text} {unit}"


@dataclass(frozen=True)
class PlacedFigure:
    place_id: str
    name: str
    precision: str
    iso3: str | None
    subdivision: str | None
    lat: float | None
    lon: float | None
    figure: Figure
    inside: str | None  # id of the placed figure that already counts this one, if any
    disputed: bool = False


@dataclass(frozen=True)
class CountryFigure:
    iso3: str
    name: str
    status: str  # counted | at_least | named | disputed
    figure: Figure | None
    placed_below: int  # sum of the outermost firm figures inside the country
    disputed_figures: tuple[Figure, ...] = ()
    drawn: bool = True

    @property
    def value(self) -> int | None:
        return self.figure.count if self.figure is not None and self.status in ("counted", "at_least") else None


@dataclass(frozen=True)
class RegionFigure:
    place_id: str
    name: str
    members: tuple[str, ...]
    figure: Figure
    disputed: bool
    counted_members: tuple[tuple[str, int], ...]  # members with a firm country figure


@dataclass(frozen=True)
class Remainder:
    total: int | None
    attributed: tuple[tuple[str, int], ...]
    unattributed: int | None
    spread_over: tuple[str, ...]
    possibly: tuple[str, ...]  # countries whose figure is disputed
    arithmetic: str


@dataclass(frozen=True)
class DisputeView:
    id: str
    title: str
    countries: tuple[str, ...]
    contested: tuple[str, ...]
    positions: tuple[tuple[str, str, str], ...]  # (says, source id, quote)
    note: str | None


@dataclass(frozen=True)
class Reconciliation:
    operation_id: str
    metric: str
    headline: dict[str, Figure | None]
    countries: tuple[CountryFigure, ...]
    places: tuple[PlacedFigure, ...]
    regions: tuple[RegionFigure, ...]
    remainder: Remainder
    disputes: tuple[DisputeView, ...]
    checks: tuple[str, ...] = field(default=())

    def country(self, iso3: str) -> CountryFigure | None:
        return next((c for c in self.countries if c.iso3 == iso3), None)


def _merge(claims: list[Claim], op: Operation) -> Figure | None:
    """One figure from claims that agree (callers guarantee agreement; validation enforces it)."""
    if not claims:
        return None
    firm = [c for c in claims if c.qualifier != "unknown"] or claims
    c0 = firm[0]
    return Figure(
        count=c0.count, qualifier=c0.qualifier, upper=c0.upper,
        claims=tuple(c.id for c in claims),
        sources=tuple(dict.fromkeys(c.source for c in claims)),
    )


def _stated(op: Operation, metric: str, place: str | None, contested: set[str]) -> Figure | None:
    return _merge([c for c in op.claims if c.metric == metric and c.place == place and c.id not in contested], op)


def reconcile(op: Operation, places: dict[str, ResolvedPlace], metric: str = "arrests") -> Reconciliation:
    contested = {c for d in op.disputes for c in d.contested}
    claims = [c for c in op.claims if c.metric == metric]
    checks: list[str] = []
    label = METRIC_LABELS[metric]

    headline = {
        "total": _stated(op, metric, None, contested),
        "countries": _stated(op, COUNTRY_METRIC[metric], None, contested) if metric in COUNTRY_METRIC else None,
    }
    disputed_totals = [c for c in claims if c.place is None and c.id in contested]
    if headline["total"] is None and disputed_totals:
        checks.append(f"the total of {label} is disputed: " +
                      " or ".join(sorted({str(c.count) for c in disputed_totals})))

    # Figures per place, firm and contested apart.
    by_place: dict[str, list[Claim]] = defaultdict(list)
    disputed_by_place: dict[str, list[Claim]] = defaultdict(list)
    for c in claims:
        if c.place is not None:
            (disputed_by_place if c.id in contested else by_place)[c.place].append(c)

    # Which firm placed figures sit inside another firm placed figure below country level.
    placed: list[PlacedFigure] = []
    for pid in sorted(by_place, key=lambda p: places[p].chain[::-1]):
        rp = places[pid]
        if rp.precision not in ("point", "subdivision"):
            continue
        fig = _merge(by_place[pid], op)
        assert fig is not None
        inside = next((anc for anc in rp.chain[1:] if anc in by_place
                       and places[anc].precision in ("point", "subdivision")), None)
        placed.append(PlacedFigure(pid, rp.name, rp.precision, rp.iso3, rp.subdivision, rp.lat, rp.lon, fig, inside))
    for pid in sorted(disputed_by_place):
        rp = places[pid]
        if rp.precision in ("point", "subdivision"):
            fig = _merge(disputed_by_place[pid], op)
            assert fig is not None
            placed.append(PlacedFigure(pid, rp.name, rp.precision, rp.iso3, rp.subdivision,
                                       rp.lat, rp.lon, fig, None, disputed=True))

    # Countries.
    country_place = {rp.iso3: pid for pid, rp in places.items() if rp.precision == "country"}
    isos = sorted({places[p].iso3 for p in list(by_place) + list(disputed_by_place)
                   if places[p].precision != "region" and places[p].iso3})
    countries: list[CountryFigure] = []
    for iso3 in isos:
        pid = country_place.get(iso3)
        stated = _merge(by_place.get(pid, []), op) if pid else None
        below = sum(pf.figure.count or 0 for pf in placed
                    if pf.iso3 == iso3 and pf.inside is None and not pf.disputed and pf.figure.qualifier != "unknown")
        disputed = tuple(f for f in [_merge(disputed_by_place.get(pid, []), op) if pid else None] if f)
        name = places[pid].name if pid else country_name(iso3)
        drawn = places[pid].drawn if pid else True
        if stated is not None and stated.qualifier != "unknown":
            status, fig = "counted", stated
            if stated.count is not None and below > stated.count:
                checks.append(f"{name}: figures placed inside add up to {below}, more than its stated {stated.count}")
        elif below > 0:
            status = "at_least"
            fig = Figure(below, "at_least", None, tuple(pf.place_id for pf in placed if pf.iso3 == iso3),
                         (), derived=True)
        elif stated is not None:
            status, fig = "named", stated
        elif disputed:
            status, fig = "disputed", None
        else:
            continue
        countries.append(CountryFigure(iso3, name, status, fig, below, disputed, drawn))

    # Regions.
    firm = {c.iso3: c.value for c in countries if c.value is not None}
    regions: list[RegionFigure] = []
    for pid in sorted(set(by_place) | set(disputed_by_place)):
        rp = places[pid]
        if rp.precision != "region":
            continue
        is_disputed = pid not in by_place
        fig = _merge(by_place.get(pid) or disputed_by_place[pid], op)
        assert fig is not None
        counted = tuple((m, firm[m]) for m in rp.members if m in firm)
        regions.append(RegionFigure(pid, rp.name, rp.members, fig, is_disputed, counted))

    remainder = _remainder(headline["total"], countries, label)
    if remainder.unattributed is not None and remainder.unattributed < 0:
        checks.append(f"country figures add up to more than the stated total of {label}")

    stated_countries = headline["countries"]
    named = [c for c in countries if c.status != "disputed"]
    if stated_countries is not None and stated_countries.count is not None and named:
        extra = [c.name for c in countries if c.status == "disputed"]
        note = f" ({len(named) + len(extra)} with {', '.join(extra)}, disputed)" if extra else ""
        checks.append(f"{stated_countries.count} countries stated; {len(named)} named with {label}{note}")
    undrawn = [c.name for c in countries if not c.drawn]
    if undrawn:
        checks.append("too small for the world map, listed only: " + ", ".join(undrawn))

    disputes = tuple(
        DisputeView(d.id, d.title, tuple(d.countries), tuple(d.contested),
                    tuple((p.says, p.source, p.quote) for p in d.positions), d.note)
        for d in op.disputes
    )
    return Reconciliation(op.id, metric, headline, tuple(countries), tuple(placed), tuple(regions),
                          remainder, disputes, tuple(checks))


def _remainder(total: Figure | None, countries: list[CountryFigure], label: str) -> Remainder:
    attributed = tuple((c.iso3, c.value) for c in countries if c.value is not None)
    named = tuple(c.iso3 for c in countries if c.status == "named")
    possibly = tuple(c.iso3 for c in countries if c.status == "disputed")
    names = {c.iso3: c.name for c in countries}
    if total is None or total.count is None:
        return Remainder(None, attributed, None, named, possibly,
                         f"no total of {label} is stated, so nothing can be said to be unattributed")
    left = total.count - sum(n for _, n in attributed)
    parts = " − ".join([f"{total.text} stated"] + [f"{n:,} {names[i]}" for i, n in attributed])
    text = f"{parts} = {left:,} not attributed to a country"
    if total.qualifier != "exact" or any(
        c.figure is not None and c.figure.qualifier != "exact" for c in countries if c.value is not None
    ):
        text += " (approximate: a figure in this sum is not exact)"
    if named:
        text += f"; named without a count: {', '.join(names[i] for i in named)}"
    if possibly:
        text += f"; not subtracted because disputed: {', '.join(names[i] for i in possibly)}"
    return Remainder(total.count, attributed, left, named, possibly, text)


@dataclass(frozen=True)
class Involvement:
    iso3: str
    name: str
    roles: tuple[str, ...]  # e.g. ('arrests', 'phase: Arrests', 'link')


def involvement(op: Operation, places: dict[str, ResolvedPlace]) -> tuple[Involvement, ...]:
    """Every country the record involves, and how: figures, phases, coordinators, links."""
    roles: dict[str, list[str]] = defaultdict(list)
    for c in op.claims:
        if c.place is not None and places[c.place].iso3:
            roles[places[c.place].iso3 or ""].append(METRIC_LABELS[c.metric])
    for ph in op.phases:
        for iso3 in ph.countries:
            roles[iso3].append(f"phase: {ph.name}")
    for co in op.coordinators:
        if co.country:
            roles[co.country].append(f"coordinator: {co.body}")
    for link in op.links:
        for pid in (link.from_place, link.to):
            if places[pid].iso3:
                roles[places[pid].iso3 or ""].append("link")
    if op.lead_country:
        roles[op.lead_country].append("lead country")
    return tuple(
        Involvement(iso3, country_name(iso3), tuple(dict.fromkeys(r)))
        for iso3, r in sorted(roles.items())
    )
