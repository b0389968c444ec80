"""From a record to the figures a reader sees, without double counting or invented numbers.

`reconcile(record, places, metric, as_of)` is pure. Its rules:
- only claims known on `as_of` count, and a later running total replaces the one it names;
- a headline total is what the sources state for the whole operation (claims with no place);
- several claims giving the same figure for the same place corroborate it: counted once;
- a figure inside another figure (El Masnou inside Barcelona province inside Spain) is part of
  it, never added to it; a country's figure is its own stated figure, else the sum of the
  outermost figures placed inside it, shown as "at least";
- claims a dispute contests are shown as disputed and added to nothing;
- the unattributed remainder is the stated total minus the firm country figures, with its
  arithmetic written out (see `remainder.py`);
- region figures ("10 in Latin America") are listed beside the countries, not added to them.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace
from datetime import date

from ..geo.gazetteer import ResolvedPlace, country_name
from ..records.dates import parse_partial
from ..records.schema import METRIC_LABELS, Claim, Operation
from ..records.vocab import BELOW_COUNTRY
from .known import Window
from .remainder import remainder, within_period
from .rules import claim_states, contested_claims, preferred_claims, visible_links
from .types import CountryFigure, DisputeView, Figure, PlacedFigure, Reconciliation, RegionFigure

COUNTRY_METRIC = {
    "arrests": "countries_with_arrests",
    "arrests_or_convictions": "countries_with_arrests",
    "suspects_identified": "countries_with_suspects",
}


def merge(claims: list[Claim], preferred: dict[str, str] | None = None, op: Operation | None = None) -> Figure | None:
    """One figure from claims that agree (validation makes sure that disagreeing claims are disputed)."""
    if not claims:
        return None
    firm = [c for c in claims if c.qualifier != "unknown"] or claims
    c0 = firm[0]
    return Figure(
        count=c0.count, qualifier=c0.qualifier, upper=c0.upper, amount=c0.amount, unit=c0.unit,
        claims=tuple(c.id for c in claims),
        sources=tuple(dict.fromkeys(c.source for c in claims)),
        date=next((c.date for c in claims if c.date), None),
        preferred=next((preferred[c.id] for c in claims if preferred and c.id in preferred), None),
        reported=min((d for c in claims if (d := op.reported_on(c))), default=None) if op is not None else None,
    )


def _dispute_known(op: Operation, dispute_claims: set[str], known: set[str], as_of: date | None,
                   position_sources: list[str], window: Window | None = None) -> bool:
    """Whether a dispute belongs to this moment: one of its figures is in the view (counted, disputed or
    under way), or, for a dispute about no figure, a source stating a position was out by then."""
    if as_of is None and window is None:
        return True
    if dispute_claims & known:
        return True
    if dispute_claims and window is not None:
        return False  # its figures had not happened yet
    until = min(d for d in (as_of, window.end if window else None) if d is not None)
    dates = [op.source(s).date for s in position_sources]
    return any(d is not None and parse_partial(d)[0] <= until for d in dates)


def reconcile(op: Operation, places: dict[str, ResolvedPlace], metric: str = "arrests",
              as_of: date | None = None, window: Window | None = None) -> Reconciliation:
    # Which claims count, which are disputed, replaced or not yet known: decided once (rules.py).
    states = claim_states(op, as_of, window)
    known = [c for c in op.claims if states[c.id].state in ("counted", "preferred", "disputed")]
    under_way = [c for c in op.claims if states[c.id].state == "under_way"]
    # A contested claim a curator prefers (with a reason) counts as firm and says so; the others
    # stay disputed and are added to nothing.
    preferred = preferred_claims(op)
    contested = contested_claims(op)
    claims = [c for c in known if c.metric == metric]
    checks: list[str] = []
    label = METRIC_LABELS[metric]

    def stated(m: str) -> Figure | None:
        return merge([c for c in known if c.metric == m and c.place is None and c.id not in contested], preferred, op)

    headline = {"total": stated(metric), "countries": stated(COUNTRY_METRIC[metric]) if metric in COUNTRY_METRIC
                else None}
    parts: dict[str, list[str]] = defaultdict(list)
    for c in known:
        if c.part_of:
            parts[c.part_of].append(c.id)
    if headline["total"] is not None:
        stated_total = headline["total"]
        headline["total"] = replace(stated_total,
                                    includes=tuple(p for cid in stated_total.claims for p in parts.get(cid, ())))
    disputed_totals = tuple(f for f in (merge([c]) for c in claims if c.place is None and c.id in contested) if f)
    if headline["total"] is None and disputed_totals:
        checks.append(f"the total of {label} is disputed: "
                      + " or ".join(sorted({f.text for f in disputed_totals})))

    by_place: dict[str, list[Claim]] = defaultdict(list)
    disputed_by_place: dict[str, list[Claim]] = defaultdict(list)
    for c in claims:
        if c.place is not None:
            (disputed_by_place if c.id in contested else by_place)[c.place].append(c)

    placed = _placed(places, by_place, disputed_by_place)
    countries = _countries(op, places, by_place, disputed_by_place, placed, checks, preferred)
    countries = _with_under_way(op, places, countries, [c for c in under_way if c.metric == metric])
    regions = _regions(places, by_place, disputed_by_place, countries)

    total_under_way = merge([c for c in under_way if c.metric == metric and c.place is None], None, op)
    rest = remainder(headline["total"], countries, label, disputed_totals, total_under_way)
    if rest.total is not None and sum(n for _, n in rest.attributed) > rest.total:
        checks.append(f"country figures add up to more than the stated total of {label}")
    for total_value, left in rest.alternatives:
        if left < 0:
            checks.append(f"with a total of {total_value:,}, the country figures ({total_value - left:,}) "
                          "add up to more than the total")
    stated_countries = headline["countries"]
    named = [c for c in countries if c.status != "disputed"]
    if stated_countries is not None and stated_countries.count is not None and named:
        extra = [c.name for c in countries if c.status == "disputed"]
        note = f" ({len(named) + len(extra)} with {', '.join(extra)}, disputed)" if extra else ""
        checks.append(f"{stated_countries.count} countries stated; {len(named)} named with {label}{note}")
    total = headline["total"]
    if total is not None and total.count is not None and regions:
        # Regions whose figure covers a later or longer period (a running total) are not compared.
        firm_regions = [r for r in regions if not r.disputed and within_period(r.figure.date, total.date)]
        region_sum = sum(r.figure.count or 0 for r in firm_regions)
        outside = sum(n for iso3, n in rest.attributed if not any(iso3 in r.members for r in firm_regions))
        if region_sum + outside > total.count:
            checks.append(f"regional and national figures add up to {region_sum + outside:,}, more than the "
                          f"stated total of {total.text}: they overlap or were counted differently")
    undrawn = [c.name for c in countries if not c.drawn]
    if undrawn:
        checks.append("too small for the world map, listed only: " + ", ".join(undrawn))

    known_ids = {c.id for c in known} | {c.id for c in under_way}
    disputes = tuple(
        DisputeView(d.id, d.title, tuple(d.countries), tuple(d.contested),
                    tuple((p.says, p.source, p.quote) for p in d.positions), d.note, d.preferred, d.preferred_reason)
        for d in op.disputes
        if _dispute_known(op, set(d.contested) | {p.claim for p in d.positions if p.claim}, known_ids, as_of,
                          [p.source for p in d.positions], window)
    )
    return Reconciliation(op.id, metric, headline, tuple(countries), tuple(placed), tuple(regions),
                          rest, disputes, tuple(checks), as_of, disputed_totals, window,
                          tuple(c.id for c in under_way if c.metric == metric), states,
                          visible_links(op, as_of, window), total_under_way)


def _placed(places: dict[str, ResolvedPlace], by_place: dict[str, list[Claim]],
            disputed_by_place: dict[str, list[Claim]]) -> list[PlacedFigure]:
    """Figures below country level; each notes the placed figure that already contains it."""
    out: list[PlacedFigure] = []
    below = BELOW_COUNTRY
    for pid in sorted(by_place, key=lambda p: places[p].chain[::-1]):
        rp = places[pid]
        if rp.precision not in below:
            continue
        fig = merge(by_place[pid])
        assert fig is not None
        inside = next((anc for anc in rp.chain[1:] if anc in by_place and places[anc].precision in below), None)
        out.append(PlacedFigure(pid, rp.name, rp.precision, rp.iso3, rp.subdivision, rp.lat, rp.lon, fig, inside))
    for pid in sorted(disputed_by_place):
        rp = places[pid]
        if rp.precision in below:
            # One merged figure would show only the first value: keep every value the sources give.
            alternatives = tuple(f for f in (merge([c]) for c in disputed_by_place[pid]) if f is not None)
            out.append(PlacedFigure(pid, rp.name, rp.precision, rp.iso3, rp.subdivision,
                                    rp.lat, rp.lon, alternatives[0], None, disputed=True,
                                    alternatives=alternatives))
    return out


def _countries(op: Operation, places: dict[str, ResolvedPlace], by_place: dict[str, list[Claim]],
               disputed_by_place: dict[str, list[Claim]], placed: list[PlacedFigure],
               checks: list[str], preferred: dict[str, str]) -> list[CountryFigure]:
    country_place = {rp.iso3: pid for pid, rp in places.items() if rp.precision == "country"}
    isos = sorted({iso3 for p in list(by_place) + list(disputed_by_place)
                   if places[p].precision != "region" and (iso3 := places[p].iso3)})
    # Placed figures grouped by country once, in their order: scanning every placed figure for
    # every country made a record with figures in many countries quadratic.
    placed_in: dict[str | None, list[PlacedFigure]] = defaultdict(list)
    for pf in placed:
        placed_in[pf.iso3].append(pf)
    out: list[CountryFigure] = []
    for iso3 in isos:
        pid = country_place.get(iso3)
        stated = merge(by_place.get(pid, []), preferred, op) if pid else None
        inside = placed_in.get(iso3, [])
        below = sum(pf.figure.count or 0 for pf in inside
                    if pf.inside is None and not pf.disputed and pf.figure.qualifier != "unknown")
        disputed = tuple(f for f in (merge([c]) for c in disputed_by_place.get(pid, [])) if f) if pid else ()
        name = places[pid].name if pid else country_name(iso3)
        drawn = places[pid].drawn if pid else True
        if stated is not None and stated.qualifier != "unknown":
            status, fig = "counted", stated
            if stated.count is not None and below > stated.count:
                checks.append(f"{name}: figures placed inside add up to {below}, more than its stated {stated.count}")
        elif below > 0:
            status = "at_least"
            fig = Figure(below, "at_least", None, tuple(pf.place_id for pf in inside),
                         tuple(dict.fromkeys(s for pf in inside for s in pf.figure.sources)),
                         derived=True)
        elif stated is not None:
            status, fig = "named", stated
        elif disputed:
            status, fig = "disputed", None
        else:
            continue
        out.append(CountryFigure(iso3, name, status, fig, below, disputed, drawn))
    # In the order a reader looks for them: by name (ISO codes are not an order anyone reads).
    return sorted(out, key=lambda c: (c.name.casefold(), c.iso3))


def _with_under_way(op: Operation, places: dict[str, ResolvedPlace], countries: list[CountryFigure],
                    under_way: list[Claim]) -> list[CountryFigure]:
    """Countries whose only figures are under way in the window (their events had begun but not all
    ended by then): shown as such, counted nowhere, so a replay builds up as the records allow."""
    shown = {c.iso3 for c in countries}
    by_iso: dict[str, list[Claim]] = defaultdict(list)
    for c in under_way:
        rp = places.get(c.place) if c.place else None
        if rp is not None and rp.iso3 and rp.precision != "region" and rp.iso3 not in shown:
            by_iso[rp.iso3].append(c)
    extra = []
    country_of = {p.iso3: p for p in places.values() if p.precision == "country"} if by_iso else {}
    for iso3, claims in by_iso.items():
        country = country_of.get(iso3)
        fig = merge(claims, None, op)
        extra.append(CountryFigure(iso3, country.name if country else country_name(iso3), "under_way", fig, 0, (),
                                   country.drawn if country else True))
    return sorted(countries + extra, key=lambda c: (c.name.casefold(), c.iso3)) if extra else countries


def _regions(places: dict[str, ResolvedPlace], by_place: dict[str, list[Claim]],
             disputed_by_place: dict[str, list[Claim]], countries: list[CountryFigure]) -> list[RegionFigure]:
    firm = {c.iso3: c.value for c in countries if c.value is not None}
    out: list[RegionFigure] = []
    for pid in sorted(set(by_place) | set(disputed_by_place)):
        rp = places[pid]
        if rp.precision != "region":
            continue
        fig = merge(by_place.get(pid) or disputed_by_place[pid])
        assert fig is not None
        counted = tuple((m, firm[m]) for m in rp.members if m in firm and firm[m] is not None)
        out.append(RegionFigure(pid, rp.name, rp.members, fig, pid not in by_place, counted))
    return out
