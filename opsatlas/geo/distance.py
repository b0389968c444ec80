"""Geodesic distances (geopy, WGS-84 ellipsoid) between located places."""

from __future__ import annotations

from itertools import combinations

from geopy.distance import geodesic

from .gazetteer import ResolvedPlace


def distance_km(a: ResolvedPlace, b: ResolvedPlace) -> float | None:
    """Geodesic distance between the two places' anchors; None if either has no position.

    For a country or a region the anchor is a label point, so the distance is indicative.
    """
    if None in (a.lat, a.lon, b.lat, b.lon):
        return None
    return float(geodesic((a.lat, a.lon), (b.lat, b.lon)).km)


def span_km(places: list[ResolvedPlace]) -> float:
    """The largest geodesic distance between any two located places (0 for fewer than two)."""
    located = [p for p in places if p.lat is not None and p.lon is not None]
    return max((distance_km(a, b) or 0.0 for a, b in combinations(located, 2)), default=0.0)
