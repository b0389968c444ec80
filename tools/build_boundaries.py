"""Build data/geo/countries-110m.geojson from Natural Earth via the npm package world-atlas.

Run once by a maintainer, never at app start or in tests (the output is committed):

    mkdir -p /tmp/wa && cd /tmp/wa && npm install world-atlas@2.0.2 topojson-client@3.1.0
    node_modules/.bin/topo2geo countries=countries.geojson < node_modules/world-atlas/countries-110m.json
    python tools/build_boundaries.py /tmp/wa/countries.geojson data/geo/countries-110m.geojson

It makes rings that cross the antimeridian continuous, adds ISO 3166-1 alpha-3 codes (from the ISO numeric ids, with pycountry), rounds
coordinates to 0.01 degree (about 1 km, far below the 1:110m generalisation) and sorts the
features by code so the file, and every map built from it, is byte-stable.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pycountry

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from opsatlas.records.vocab import USER_ASSIGNED_COUNTRIES  # noqa: E402

# Natural Earth features without an ISO 3166-1 numeric id in world-atlas. They keep no code (the app
# never guesses one), except those with a code in common use (Kosovo's XKX, declared in vocab).
UNCODED = {"N. Cyprus", "Somaliland"}
USER_ASSIGNED = {e["name"]: e["alpha_3"] for e in USER_ASSIGNED_COUNTRIES}


def _round(coords):
    if isinstance(coords[0], (int, float)):
        return [round(coords[0], 2), round(coords[1], 2)]
    return [_round(c) for c in coords]


def _unwrap(geometry: dict) -> dict:
    """Rings that cross the antimeridian (Fiji, Chukotka) jump from +180 to -180 and draw as a line
    across the whole world; shift their western half by 360 degrees so each ring is continuous.
    Antarctica is left alone: it really does span every longitude."""
    polys = geometry["coordinates"] if geometry["type"] == "MultiPolygon" else [geometry["coordinates"]]
    fixed = []
    for poly in polys:
        xs = [p[0] for p in poly[0]]
        if max(xs) - min(xs) > 180 and min(p[1] for p in poly[0]) > -60:
            poly = [[[x + 360 if x < 0 else x, y] for x, y in ring] for ring in poly]
        fixed.append(poly)
    coords = fixed if geometry["type"] == "MultiPolygon" else fixed[0]
    return {"type": geometry["type"], "coordinates": coords}


def convert(src: Path, out: Path) -> None:
    raw = json.loads(src.read_text(encoding="utf-8"))
    features = []
    for feat in raw["features"]:
        numeric = feat.get("id")
        name = feat["properties"]["name"]
        iso3 = None
        if numeric is not None:
            country = pycountry.countries.get(numeric=str(numeric).zfill(3))
            iso3 = country.alpha_3 if country else None
        iso3 = iso3 or USER_ASSIGNED.get(name)
        if iso3 is None and name not in UNCODED:
            raise SystemExit(f"no ISO code for {name!r} (id {numeric!r}): add it to UNCODED or fix")
        geom = _unwrap(feat["geometry"])
        features.append(
            {
                "type": "Feature",
                "properties": {"iso3": iso3, "name": name},
                "geometry": {"type": geom["type"], "coordinates": _round(geom["coordinates"])},
            }
        )
    features.sort(key=lambda f: (f["properties"]["iso3"] or "~", f["properties"]["name"]))
    doc = {"type": "FeatureCollection", "features": features}
    out.write_text(json.dumps(doc, separators=(",", ":"), ensure_ascii=False) + "\n", encoding="utf-8")


if __name__ == "__main__":
    convert(Path(sys.argv[1]), Path(sys.argv[2]))
