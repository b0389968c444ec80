"""The drafted figures settled: one reading of each count.

After every sentence is read, the same figure may stand twice (a headline and its body), rounded
beside its exact value ("casi 40" and 39), as a part of a larger count, or at a region that is the
whole operation. This module keeps one reading of each, decides which force's figures are its
country's and which the operation's, gives a country the count of its one town in an operation across
countries, gives the one country with arrests of an operation the operation's count as well where the text
places them there (its own force made them, its arrests are told apart or only in its towns), and adds the
countries named as taking part. Nothing here reads the article again, only the quotes of its figures and roles.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from .countries import display_name
from .facts import PEOPLE_FOUND, CountryFact, Facts, Figure, PhaseFact, PlaceRef
from .list_heads import COUNTRY_NOUNS
from .metrics import read as read_metric
from .numbers import find_quantities
from .one_country import counts_several_countries


def dedupe_phases(phases: list[PhaseFact]) -> list[PhaseFact]:
    """Phases from the same sentence merge: "from Nov. 8 to Nov. 19" is one phase, not two."""
    out: list[PhaseFact] = []
    for p in phases:
        same = next((i for i, o in enumerate(out) if o.kind == p.kind and o.source == p.source), None)
        if same is None:
            if not any(o.kind == p.kind and o.start == p.start and o.end == p.end for o in out):
                out.append(p)
            continue
        o = out[same]
        starts = sorted(x for x in (o.start, p.start) if x)
        ends = sorted(x for x in (o.end, p.end, o.start, p.start) if x)
        out[same] = replace(
            o,
            start=starts[0] if starts else None,
            end=ends[-1] if ends else None,
            as_reported=f"{o.as_reported} … {p.as_reported}",
        )
    return out


def dedupe(figs: list[Figure]) -> list[Figure]:
    """The same figure for the same place said twice (a headline and its body) is kept once; an
    unknown figure where a count is known for the same place and metric is dropped."""
    out: list[Figure] = []
    seen: set[tuple[object, ...]] = set()
    known = {(f.metric, f.place.key if f.place else None) for f in figs if f.value is not None}
    for f in figs:
        key = (f.metric, f.place.key if f.place else None, f.value, f.qualifier, f.upper, f.unit, f.item, f.status)
        if key in seen:
            continue
        if f.value is None and (f.metric, f.place.key if f.place else None) in known:
            continue
        seen.add(key)
        out.append(f)
    return out


#: The headline and first paragraph: where a rounded figure words its thing loosely.
_LEAD_CHARS = 400


#: Where a qualified figure may fall: "almost 800" and 796 are one figure written twice.
def _range_of(f: Figure) -> tuple[float, float]:
    v = float(f.value or 0)
    return {
        "almost": (0.85 * v, v),
        "about": (0.8 * v, 1.2 * v),
        "more_than": (v, 1.5 * v),
        "at_least": (v, 1.5 * v),
        "up_to": (0.5 * v, v),
    }.get(f.qualifier, (v, v))


#: Masses in kilograms, to compare amounts written in different units.
_KG = {"kg": 1.0, "g": 0.001, "tonnes": 1000.0, "lb": 0.4536}


def _rounds(f: Figure, figs: list[Figure]) -> Figure | None:
    """ "más de 2 toneladas de droga" in the headline, "tres mil kilogramos de marihuana" in the lead, where the
    article also gives 2.232 kilos or 3.100 kilogramos con 701 gramos: a round amount of one or two significant
    digits that a more precise seized amount of the whole operation rounds to, in any unit of mass, is that amount."""
    if f.metric != "seizures" or f.place is not None or f.value is None or f.unit not in _KG or f.value <= 0:
        return None
    digits = f"{float(f.value):.6g}".rstrip("0").rstrip(".").replace(".", "").lstrip("0")
    if len(digits.rstrip("0")) > 2:
        return None  # not a round amount
    mine = float(f.value) * _KG[f.unit]
    for e in figs:
        if e is f or e.metric != "seizures" or e.place is not None or e.value is None or e.unit not in _KG:
            continue
        other = float(e.value) * _KG[e.unit]
        if other == mine or not (f.item == e.item or f.source.start < _LEAD_CHARS):
            continue
        scale = 10 ** (len(f"{int(mine)}") - len(digits.rstrip("0")))  # 3000 kg: thousands; 2000: thousands
        if scale >= 100 and round(other / scale) * scale == mine and (f.qualifier != "more_than" or other > mine):
            return e
    return None


def _summed_parts(figs: list[Figure]) -> set[int]:
    """ "the seizure of $199 million in hard currency and $101 million in virtual assets. … these seizures, totaling
    $300 million": amounts of one sentence, two or more of one metric, unit and place, that add up exactly to an
    amount stated for the same place are its parts, not seizures beside it; "Los detenidos son 16 hombres y dos
    mujeres" beside "ha detenido a 18 personas" (by whichever force or place): people counted by sex, role or
    nationality are parts of the count stated. The indexes of those parts."""
    out: set[int] = set()
    groups: dict[tuple[object, ...], list[int]] = {}
    for i, f in enumerate(figs):
        if f.value is None or f.qualifier != "exact":
            continue
        if f.metric in ("seizures", "assets_frozen") and f.unit:
            groups.setdefault((f.source.start, f.metric, f.unit, f.place.key if f.place else None), []).append(i)
        elif f.metric in PEOPLE_FOUND and f.place is None and not f.unit:
            groups.setdefault((f.source.start, f.metric, None, "people"), []).append(i)
    for (start, metric, unit, where), members in groups.items():
        if len(members) < 2:
            continue
        total = sum(float(figs[i].value or 0) for i in members)
        if any(
            o.metric == metric and o.unit == unit
            and (where == "people" or (o.place.key if o.place else None) == where)
            and o.source.start != start and o.value is not None and abs(float(o.value) - total) < 1e-6 * total
            for o in figs
        ):
            out.update(members)
    return out


def _told_one_by_one(figs: list[Figure]) -> set[int]:
    """ "permitió el decomiso de 1.711 kilos de cocaína. … 420 kilos en la primera lancha. Otros 560 kilos … en
    otra lancha. … otros 731 kilos": amounts told in two or more sentences in a row, of one metric, unit and place,
    that add up exactly to an amount stated in another sentence are its parts. The indexes of those parts."""
    out: set[int] = set()
    amounts = [
        i for i, f in enumerate(figs)
        if f.metric in ("seizures", "assets_frozen") and f.unit and f.value is not None and f.qualifier == "exact"
    ]
    for t in amounts:
        total = figs[t]
        same = [
            i for i in amounts
            if i != t and figs[i].metric == total.metric and figs[i].unit == total.unit
            and figs[i].place == total.place and figs[i].source.start != total.source.start
        ]
        for a in range(len(same)):
            run_sum = 0.0
            for b in range(a, len(same)):
                run_sum += float(figs[same[b]].value or 0)
                sentences = {figs[i].source.start for i in same[a : b + 1]}
                if len(sentences) >= 2 and abs(run_sum - float(total.value or 0)) < 1e-6 * run_sum:
                    out.update(same[a : b + 1])
                if run_sum >= float(total.value or 0):
                    break
    return out


def _one_countrys_headline(f: Figure, figs: list[Figure]) -> bool:
    """ "Detenidas 13 personas …" in the headline, "El Seprona ha detenido a 13 personas … en España" below, in an
    operation across 135 countries: the headline repeats one country's count without its place, and is not the
    whole operation's (in an operation of one country the two are the same count)."""
    if f.place is not None or f.value is None or f.source.start >= _LEAD_CHARS or f.metric not in PEOPLE_FOUND:
        return False
    same = [
        e for e in figs
        if e.metric == f.metric and e.value == f.value and e.unit == f.unit and e.source.start > f.source.start
    ]
    if not same or any(e.place is None for e in same) or any(e.place.kind != "country" for e in same if e.place):
        return False
    countries_counted = any(
        o.place is None and o.metric.startswith("countries_") and (o.value or 0) > 1 for o in figs
    )
    isos = {o.place.iso3 for o in figs if o.place is not None and o.place.iso3 and o.value is not None}
    return countries_counted or len(isos) > 1


def _headline_rounding(f: Figure, figs: list[Figure], key: Callable[[Figure], tuple[object, ...]]) -> Figure | None:
    """ "… arrest over 85 in Operation Protected Childhood 8" as the headline, "approximately 88" below: a qualified
    figure of the headline (the first line, with no full stop) that a later figure of the same kind and place falls
    within, however that one is qualified, is that figure (the later one is kept)."""
    if f.source.start != 0 or f.source.quote.rstrip().endswith((".", "!", "?", "…")):
        return None  # not a headline: a first sentence of its own
    lo, hi = _range_of(f)
    return next(
        (
            e
            for e in figs
            if e.value is not None and e.source.start > f.source.start and key(e) == key(f)
            and e.value != f.value and lo <= float(e.value) <= hi
        ),
        None,
    )


#: The countries counted right after a number: " nations" of "in four nations", " países europeos" of "cinco países
#: europeos".
_COUNTRIES_AFTER = re.compile(r"^\s+(?:[^\W\d_]+\s+)?" + COUNTRY_NOUNS + r"\b", re.I)


def _counts_countries(quote: str) -> bool:
    """ "Ghanaian police, alongside counterparts in four nations, arrested 14": the figure's sentence counts the
    countries whose forces took part (the count is not one country's)."""
    return any(_COUNTRIES_AFTER.match(quote[q.end :]) for q in find_quantities(quote))


#: Between a count and the count of its countries: "45 personas en siete países", "arrested 14 people across four".
_COUNT_IN = re.compile(r"^\s+(?:[^\W\d_]+\s+){0,2}(?:in|en|across|throughout|de)\s+(?:the\s+|los\s+)?$", re.I)


def _count_in_countries(f: Figure) -> bool:
    """ "La Policía Nacional ha detenido a 45 personas en siete países": the figure is counted in its countries, so
    it is the operation's; not "arrested 13 people in an operation across 19 countries" (the countries are the
    operation's, the 13 one country's part)."""
    if f.figure_span is None:
        return False
    quote, after = f.source.quote, f.figure_span[1] - f.source.start
    following = find_quantities(quote[after:])  # the next number after the figure's
    if not following:
        return False
    q = following[0]
    return bool(_COUNT_IN.match(quote[after : after + q.start])) and bool(_COUNTRIES_AFTER.match(quote[after + q.end :]))


def _its_countrys_too(national: list[Figure], figs: list[Figure], arrest_countries: set[str]) -> list[Figure]:
    """ "Colombian authorities have arrested 52 people", the only arrests of an operation in one country: the
    count is the operation's and Colombia's both (its own force made them there), unless another country has
    arrests (`arrest_countries`: the countries whose roles are arrests, counted or not) or the article counts the
    countries the operation ran in ("in five countries", "la policía de cinco países")."""
    if counts_several_countries(figs):
        return []
    # the operation's count, not its parts ("Los detenidos son 19 hombres y cuatro mujeres")
    largest = max(
        (o.value for o in figs if o.metric == "arrests" and o.place is None and o.value is not None), default=0.0
    )
    out: list[Figure] = []
    for f in national:
        if f.metric != "arrests" or f.place is None or f.value != largest or arrest_countries - {f.place.iso3}:
            continue
        if _counts_countries(f.source.quote) or any(
            o.metric == "arrests" and o.place is not None and o.place.iso3 != f.place.iso3 for o in figs
        ):
            continue
        if all((o.metric, o.place, o.value) != (f.metric, f.place, f.value) for o in out):
            out.append(replace(f, by_subject=False))
    return out


def _a_part_of(f: Figure, whole: Figure) -> bool:
    """A smaller count of the same kind at the same country."""
    return (
        f.metric == whole.metric
        and f.place is not None
        and whole.place is not None
        and f.place.key == whole.place.key
        and f.value is not None
        and whole.value is not None
        and f.value < whole.value
    )


def _with_countrys_copies(
    figs: list[Figure], national: list[Figure], arrest_countries: set[str], notes: list[str]
) -> list[Figure]:
    """`figs` with a national force's count, now the operation's, given to its country too (`_its_countrys_too`);
    a smaller count of that country is then a part of it ("En una segunda fase, cuatro personas fueron detenidas en
    Ipiales y La Hormiga" beside the nine the national police arrested), kept in the notes only."""
    copies = _its_countrys_too(national, figs, arrest_countries)
    kept: list[Figure] = []
    for f in figs:
        if any(_a_part_of(f, c) for c in copies):
            notes.append(f"“{f.source.quote[:80]}” gives {_num(f.value)}, a part of the country's count, which "
                         "is the whole operation's; drafted as that count only.")
        else:
            kept.append(f)
    return kept + copies


def whole_operation(figs: list[Figure], notes: list[str], arrest_countries: set[str] | None = None) -> list[Figure]:
    """Keep one reading of each count: a rounded figure ("casi 40") where the article also gives the
    exact one (39) is that figure; a part ("among those arrested, 18…"), or a country's figure
    repeated without its place (a headline's "Nine NCA arrests"), is not a second whole-operation
    count when a larger one is stated. `arrest_countries`: the countries the article gives arrests (their roles),
    where a national force's count may be its country's as well as the operation's."""
    # a national force's figure is its country's only where the article also gives the whole operation's
    # (a national operation's "La Policía Nacional ha detenido a ocho personas" is the operation's count)
    arrested = {f.value for f in figs if f.metric == "arrests" and f.status != "charged" and f.value is not None}
    figs = [
        replace(f, status="arrested") if f.status == "charged" else f
        for f in figs
        # one person charged and one arrested elsewhere are not one count told twice
        if f.metric != "arrests" or f.status != "charged" or (f.value in arrested and f.value != 1)
    ]
    # a part said again on its own ("Four smugglers have been arrested" beside "arresting 19 people, including the
    # four") is not the operation's count
    told = {(f.metric, f.value) for f in figs if f.part and f.value is not None}
    whole = {
        f.metric for f in figs
        if f.place is None and f.value is not None and (f.part or (f.metric, f.value) not in told)
    }
    # the operation's arrests are stated, or figures are placed in several countries: a force's figures are its own
    wider = "arrests" in whole or len({f.place.iso3 for f in figs if f.place is not None and f.value is not None}) > 1
    # "Spanish police arrested 13 people in an operation across 19 countries": Spain's part (convention C1); not
    # "La Policía Nacional ha detenido a 45 personas en siete países", the operation's count in its countries
    counted = counts_several_countries(figs)

    def broken_down(f: Figure) -> bool:
        """ "La Guardia Civil ha detenido a doce personas" and "siete en España y cinco en Ecuador": the force's
        count is the sum of the countries' (each country's largest), so it is the operation's."""
        per_country: dict[str, float] = {}
        for o in figs:
            if o.metric == f.metric and o.place is not None and o.place.kind == "country" and o.place.iso3:
                if o.value is not None and o.value != f.value:
                    per_country[o.place.iso3] = max(per_country.get(o.place.iso3, 0.0), float(o.value))
        return len(per_country) > 1 and sum(per_country.values()) == f.value

    national = [
        f for f in figs
        if f.by_subject
        and (f.place is None or f.place.kind == "country")  # a state's own force counts in its state
        and (
            (not wider and f.metric not in whole and (not counted or _count_in_countries(f)))
            or broken_down(f)
        )
    ]
    figs = [replace(f, place=None, by_subject=False) if f in national else f for f in figs]
    figs = _with_countrys_copies(figs, [f for f in national if not broken_down(f)], arrest_countries or set(), notes)
    out: list[Figure] = []
    key = lambda f: (f.metric, f.place.key if f.place else None, f.unit, f.item)  # noqa: E731
    exact = [f for f in figs if f.value is not None and f.qualifier == "exact"]
    what = lambda f: (f.metric, f.unit, f.item)  # noqa: E731
    placed = {(what(f), f.value) for f in figs if f.place is not None and f.value is not None}
    largest: dict[tuple[object, ...], float] = {}
    for f in figs:
        if f.place is None and f.value is not None:
            largest[what(f)] = max(largest.get(what(f), 0.0), float(f.value))
    largest_any: dict[tuple[object, ...], float] = {}
    for f in figs:
        if f.value is not None:
            largest_any[what(f)] = max(largest_any.get(what(f), 0.0), float(f.value))
    largest_at: dict[tuple[object, ...], float] = {}
    for f in figs:
        if f.place is not None and f.value is not None and f.metric in PEOPLE_FOUND:
            largest_at[key(f)] = max(largest_at.get(key(f), 0.0), float(f.value))
    with_arrests = {f.value for f in figs if f.place is None and f.metric == "countries_with_arrests"}
    parts = _summed_parts(figs) | _told_one_by_one(figs)
    parts_told = {(what(f), f.value) for f in figs if f.part and f.value is not None}
    for i, f in enumerate(figs):
        if _one_countrys_headline(f, figs):
            notes.append(f"“{f.source.quote[:80]}” gives one country's {_num(f.value)} without its place; not "
                         "drafted as the whole operation's.")
            continue
        if i in parts:
            notes.append(f"“{f.source.quote[:80]}” gives {_num(f.value)}{' ' + f.unit if f.unit else ''}, a part of a "
                         "sum stated elsewhere; drafted as the sum only.")
            continue
        rounding = _rounds(f, figs)
        if rounding is not None:
            notes.append(
                f"“{f.source.quote[:80]}” gives {_num(f.value)} {f.unit}, {_num(rounding.value)} {rounding.unit} "
                "rounded; drafted once, as the precise figure."
            )
            continue
        if f.value is not None and f.qualifier in ("almost", "about", "more_than", "at_least", "up_to"):
            lo, hi = _range_of(f)
            # a headline or lead words the thing its own way ("food and drink", then "illegal products")
            loose = f.source.start < _LEAD_CHARS
            same = next(
                (
                    e
                    for e in exact
                    # two things listed in one sentence are two figures ("196 toneladas de cocaína, más de 164
                    # toneladas de marihuana"), however loosely the lead words them
                    if (key(e) == key(f) or (loose and key(e)[:3] == key(f)[:3] and e.source.start != f.source.start))
                    and lo <= float(e.value or 0) <= hi
                ),
                None,
            ) or _headline_rounding(f, figs, key)
            if same is not None:
                notes.append(
                    f"“{f.source.quote[:80]}” gives {_num(same.value)} rounded; drafted once, as the exact figure."
                )
                continue
        if (
            f.place is None
            and f.part
            and f.value is not None
            and (
                (f.value < largest[what(f)] if not f.placeless else f.value < largest_any.get(what(f), 0.0))
                # "15 aprehendidos en Ecuador y uno en Colombia, entre ellos dos cabecillas": a part of the
                # sentence's own counts, placed
                or any(
                    o.metric == f.metric and o.source.start == f.source.start and o.value is not None and f.value < o.value
                    for o in figs
                )
            )
        ):
            continue  # "Two other men were arrested" beside "six arrests in London": a part of a count stated
        if f.place is None and f.value is not None and f.value < largest[what(f)]:
            if f.part or (what(f), f.value) in placed | parts_told:
                # a part, a country's figure said again without its place ("174 kilos" of 787), or a part said
                # again ("Four smugglers have been arrested" beside "arresting 19 people, including the four")
                continue
            group = float(f.value) + sum(
                float(o.value or 0)
                for o in figs
                if o is not f and o.metric == f.metric and o.source.start == f.source.start and o.place is None
            ) if f.alongside else float(f.value)
            if f.metric in PEOPLE_FOUND and f.placeless and group < largest[what(f)] / 2:
                # "A dozen arrests were made on Red Notices" beside "the detention of 66 people", in a sentence
                # that names no place or force: a part of the total (two readings of one count differ far
                # less), kept in the notes only
                notes.append(
                    f"“{f.source.quote[:80]}” gives {_num(f.value)}, under half the {_num(largest[what(f)])} "
                    "stated for the whole operation: read as a part of it and not drafted as a second total."
                )
                continue
        if f.place is not None and f.part and f.value is not None and f.value < largest_at.get(key(f), 0.0):
            continue  # "la Guardia Civil detuvo a 10, mientras que la Policía Nacional arrestó a 13": parts of 23
        if f.place is None and f.metric == "countries_participating" and f.value in with_arrests:
            continue  # "20 arrests across 12 countries" and "an operation in 12 countries": the same twelve
        out.append(f)
    return out


def region_is_operation(figs: list[Figure], isos: set[str], taking_part: set[str] | None = None) -> list[Figure]:
    """ "Twenty-two suspects have been arrested across Europe", where every country the article places
    arrests, suspects or figures in is in Europe: the region is the operation's extent, and the figure
    is the whole operation's."""
    from ..geo.regions import region

    unplaced: dict[tuple[object, ...], float] = {}
    for f in figs:
        if f.place is None and f.value is not None:
            key = (f.metric, f.unit, f.item)
            unplaced[key] = max(unplaced.get(key, 0.0), float(f.value))
    out = []
    for f in figs:
        found = region(f.place.region) if f.place is not None and f.place.region else None
        within = (taking_part or isos) if f.metric.startswith("countries_") else isos
        if found is not None and within and within <= set(found[1]):
            what = (f.metric, f.unit, f.item)
            if what not in unplaced or (f.value is not None and unplaced[what] < f.value):
                f = replace(f, place=None)  # the largest count of its kind: the operation's (smaller ones are parts)
            elif unplaced[what] == f.value:
                continue  # "216 arrested in Latin America" and "the arrest of 216": the same figure
        out.append(f)
    return out


def country_of_its_one_place(figs: list[Figure]) -> list[Figure]:
    """ "Ten suspects were taken into custody in Sydney", the only count of its kind in Australia: Australia's
    count is those ten, in an operation across countries (two towns' counts are not added up into one the
    article does not state)."""
    within: dict[tuple[object, ...], list[Figure]] = {}
    stated: set[tuple[object, ...]] = set()
    for f in figs:
        if f.place is None or not f.place.iso3 or f.value is None or f.metric not in PEOPLE_FOUND:
            continue  # a seizure in a port is not said to be all the country's
        what: tuple[object, ...] = (f.place.iso3, f.metric, f.unit, f.item)
        if f.place.kind == "country":
            stated.add(what)
        elif f.place.kind in ("town", "province"):
            within.setdefault(what, []).append(f)
    out = list(figs)
    if len({f.place.iso3 for f in figs if f.place is not None and f.place.iso3 and f.value is not None}) < 2:
        return out  # a national operation: its place's count is the operation's, drafted once
    for what, inside in within.items():
        keys = {f.place.key for f in inside if f.place is not None}
        if what not in stated and len(keys) == 1 and len({f.value for f in inside}) == 1:
            f = inside[0]
            assert f.place is not None and f.place.iso3
            out.append(replace(f, place=PlaceRef("country", display_name(f.place.iso3), iso3=f.place.iso3)))
    return out


def _other_arrests_count(quote: str, total: Figure) -> bool:
    """ "The previous phase led to 120 arrests in Brazil": the sentence that gives the country arrests counts them
    otherwise than the operation's count (another operation's arrests, or a part of them, left undrafted)."""
    for q in find_quantities(quote):
        reading = read_metric(quote, q)
        if reading is not None and reading.metric == "arrests" and q.value != total.value:
            return True
    return False


def _told_apart(figs: list[Figure], country: CountryFact, total: Figure) -> bool:
    """The country's arrests, without a count, come from a sentence of their own ("made the successful arrest at an
    address in Tauranga"), and no arrests are placed anywhere."""
    return (
        country.role == "arrests_unspecified"
        and not any(f.metric == "arrests" and f.place is not None and f.value is not None for f in figs)
        and total.source != country.source  # the count's own sentence named the country and did not place it there
        and not _other_arrests_count(country.source.quote, total)
    )


def _only_in_its_places(figs: list[Figure], iso3: str, total: Figure) -> bool:
    """Every arrests count placed is a part of the total in a town or province of the country ("seis individuos,
    cinco en Valencia capital…", "three were rescued in NSW")."""
    placed = [f for f in figs if f.metric == "arrests" and f.place is not None and f.value is not None]
    return bool(placed) and all(
        f.place is not None and f.place.kind in ("town", "province") and f.place.iso3 == iso3
        and (f.value or 0) < (total.value or 0)
        for f in placed
    )


def arrests_told_apart(figs: list[Figure], found: list[CountryFact]) -> list[Figure]:
    """ "FOUR foreign nationals … have been arrested", and in another sentence "Customs and Police made the
    successful arrest at an address in Tauranga": the one country the article gives arrests has the operation's
    one count of arrests, where its arrests are told without a count or only in its towns, at most one other
    country took part and no count of countries is given (arrests in a country among several may be only some)."""
    arrested = [c for c in found if c.role in ("arrests_stated", "arrests_unspecified")]
    totals = [f for f in figs if f.metric == "arrests" and f.place is None and f.value is not None]
    if len(arrested) != 1 or len({f.value for f in totals}) != 1 or any(t.part for t in totals):
        return figs
    if sum(c.role == "participating" for c in found) > 1 or any(
        f.metric.startswith("countries_") and f.place is None and (f.value or 0) > 1 for f in figs
    ):
        return figs
    c = arrested[0]
    if not (_told_apart(figs, c, totals[0]) or _only_in_its_places(figs, c.iso3, totals[0])):
        return figs
    country = PlaceRef("country", display_name(c.iso3), iso3=c.iso3, as_written=c.as_written)
    return figs + [replace(totals[0], place=country)]


def participants_from_named(facts: Facts) -> None:
    """A country named as taking part (no figure) gets a `countries_participating` unknown claim."""
    have = {f.place.iso3 for f in facts.figures if f.place is not None and f.place.kind == "country"}
    for c in facts.countries:
        if c.role == "participating" and c.iso3 not in have:
            facts.figures.append(
                Figure(
                    "countries_participating",
                    None,
                    "unknown",
                    c.source,
                    PlaceRef("country", display_name(c.iso3), iso3=c.iso3, as_written=c.as_written),
                )
            )
        elif c.role == "suspects" and c.iso3 not in have:
            facts.figures.append(
                Figure(
                    "suspects_identified",
                    None,
                    "unknown",
                    c.source,
                    PlaceRef("country", display_name(c.iso3), iso3=c.iso3, as_written=c.as_written),
                    status="identified",
                )
            )


def _num(value: float | None) -> str:
    return "?" if value is None else (f"{int(value):,}" if float(value).is_integer() else f"{value:g}")
