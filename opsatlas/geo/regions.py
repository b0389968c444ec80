"""World regions ("Latin America", "Eastern Europe") from the UN M49 geoscheme.

Which country is in which M49 sub-region comes from the data file that the maintained package
`country_converter` ships (its `UNregion` column). The package's own converter does not load
under pandas 3 (its table holds Namibia's code `NA`), so the file is read here directly, every
value kept as text. Only the grouping of sub-regions into regions is written below; it is
the M49 hierarchy itself.
"""

from __future__ import annotations

import csv
from functools import lru_cache
from importlib.util import find_spec
from pathlib import Path

_SUBREGIONS_OF: dict[str, tuple[str, ...]] = {
    "europe": ("Eastern Europe", "Northern Europe", "Southern Europe", "Western Europe"),
    "asia": ("Central Asia", "Eastern Asia", "South-eastern Asia", "Southern Asia", "Western Asia"),
    "africa": ("Eastern Africa", "Middle Africa", "Northern Africa", "Southern Africa", "Western Africa"),
    "oceania": ("Australia and New Zealand", "Melanesia", "Micronesia", "Polynesia"),
    "americas": ("Caribbean", "Central America", "South America", "Northern America"),
    "latin-america": ("Caribbean", "Central America", "South America"),
}

_NAMES = {
    "europe": "Europe",
    "asia": "Asia",
    "africa": "Africa",
    "oceania": "Oceania",
    "americas": "the Americas",
    "latin-america": "Latin America and the Caribbean",
}


def _slug(name: str) -> str:
    return name.lower().replace(" ", "-")


@lru_cache(maxsize=1)
def _table() -> list[tuple[str, str]]:
    """(ISO3, UNregion) rows, every value as text. Read with the csv module, and without importing
    country_converter (which imports pandas): that cost every command-line run half a second."""
    # find_spec locates the package without importing it: importing it imports pandas.
    spec = find_spec("country_converter")
    if spec is None or spec.origin is None:
        raise ModuleNotFoundError("country_converter is not installed: pip install -r requirements.txt")
    path = Path(spec.origin).parent / "country_data.tsv"
    with path.open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)
        return [(row["ISO3"] or "", row["UNregion"] or "") for row in reader if len(row["ISO3"] or "") == 3]


@lru_cache(maxsize=1)
def regions() -> dict[str, tuple[str, tuple[str, ...]]]:
    """Region key -> (display name, sorted ISO alpha-3 members)."""
    by_sub: dict[str, list[str]] = {}
    for iso3, sub in _table():
        if sub:
            by_sub.setdefault(sub, []).append(iso3)
    out: dict[str, tuple[str, tuple[str, ...]]] = {}
    for sub, members in by_sub.items():
        out[_slug(sub)] = (sub, tuple(sorted(members)))
    for key, subs in _SUBREGIONS_OF.items():
        members = sorted({m for s in subs for m in by_sub.get(s, [])})
        out[key] = (_NAMES[key], tuple(members))
    return dict(sorted(out.items()))


def region(key: str) -> tuple[str, tuple[str, ...]] | None:
    return regions().get(key)


def smallest_region(iso3s: set[str] | frozenset[str]) -> str | None:
    """The name of the smallest UN M49 region (a sub-region such as "Western Europe", else a
    region such as "Europe") that holds every one of the countries; None when none does."""
    if not iso3s:
        return None
    holding = [(len(members), name) for name, members in regions().values() if iso3s <= set(members)]
    return min(holding)[1] if holding else None
