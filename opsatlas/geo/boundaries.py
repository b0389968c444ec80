"""Country boundaries shipped in data/geo (Natural Earth 1:110m; see data/geo/PROVENANCE.md)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from ..settings import GEO_DIR

BOUNDARIES_FILE = GEO_DIR / "countries-110m.geojson"


@dataclass(frozen=True)
class Country:
    iso3: str
    name: str
    geometry: dict[str, Any]
    label_lat: float
    label_lon: float


def _ring_area_centroid(ring: list[list[float]]) -> tuple[float, float, float]:
    """Signed planar area and centroid (lon, lat) of a closed ring, by the shoelace formula."""
    area = cx = cy = 0.0
    for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1]):
        cross = x0 * y1 - x1 * y0
        area += cross
        cx += (x0 + x1) * cross
        cy += (y0 + y1) * cross
    area /= 2
    if area == 0:
        xs, ys = zip(*ring)
        return 0.0, sum(xs) / len(xs), sum(ys) / len(ys)
    return area, cx / (6 * area), cy / (6 * area)


def label_point(geometry: dict[str, Any]) -> tuple[float, float]:
    """(lat, lon) of the centroid of the largest polygon: where a country's label and arcs go."""
    polygons = geometry["coordinates"] if geometry["type"] == "MultiPolygon" else [geometry["coordinates"]]
    best = max((_ring_area_centroid(poly[0]) for poly in polygons), key=lambda t: abs(t[0]))
    return round(best[2], 3), round(best[1], 3)


@lru_cache(maxsize=4)
def _load(path: Path) -> dict[str, Any]:
    return json.loads(path.read_text(encoding="utf-8"))


def feature_collection(path: Path = BOUNDARIES_FILE) -> dict[str, Any]:
    """The boundaries as loaded (shared, do not mutate)."""
    return _load(path)


@lru_cache(maxsize=4)
def countries(path: Path = BOUNDARIES_FILE) -> dict[str, Country]:
    """Countries with an ISO code, by alpha-3 code."""
    out: dict[str, Country] = {}
    for feat in _load(path)["features"]:
        iso3 = feat["properties"]["iso3"]
        if iso3 is None:
            continue
        lat, lon = label_point(feat["geometry"])
        out[iso3] = Country(iso3, feat["properties"]["name"], feat["geometry"], lat, lon)
    return out


def _bbox(geometry: dict[str, Any]) -> tuple[float, float, float, float]:
    polygons = geometry["coordinates"] if geometry["type"] == "MultiPolygon" else [geometry["coordinates"]]
    xs = [x for poly in polygons for ring in poly for x, _ in ring]
    ys = [y for poly in polygons for ring in poly for _, y in ring]
    return min(xs), min(ys), max(xs), max(ys)


@lru_cache(maxsize=64)
def features_near(iso3: str, margin: float = 6.0, path: Path = BOUNDARIES_FILE) -> tuple[dict[str, Any], ...]:
    """The boundary features whose bounding box meets the country's, widened by `margin` degrees:
    the land a close-up of that country shows (a few KB, where the whole world is 173 KB)."""
    shapes = countries(path)
    if iso3 not in shapes:
        return ()
    x0, y0, x1, y1 = _bbox(shapes[iso3].geometry)
    x0, y0, x1, y1 = x0 - margin, y0 - margin, x1 + margin, y1 + margin
    near = []
    for feat in _load(path)["features"]:
        a0, b0, a1, b1 = _bbox(feat["geometry"])
        if a0 <= x1 and a1 >= x0 and b0 <= y1 and b1 >= y0:
            near.append(feat)
    return tuple(near)
