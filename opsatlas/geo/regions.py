"""World regions ("Latin America", "Eastern Europe") from the UN M49 geoscheme.

Which country is in which M49 sub-region comes from the data file that the maintained package
`country_converter` ships (its `UNregion` column). The package's own converter does not load
under pandas 3 (its table holds Namibia's code `NA`), so the file is read here directly with
`keep_default_na=False`. Only the grouping of sub-regions into regions is written below; it is
the M49 hierarchy itself.
"""

from __future__ import annotations

from functools import lru_cache
from importlib.resources import files

import pandas as pd

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
def _table() -> pd.DataFrame:
    path = files("country_converter") / "country_data.tsv"
    with path.open(encoding="utf-8") as fh:
        frame = pd.read_csv(fh, sep="\t", keep_default_na=False, dtype=str)
    return frame.loc[frame["ISO3"].str.len() == 3, ["ISO3", "UNregion"]]


@lru_cache(maxsize=1)
def regions() -> dict[str, tuple[str, tuple[str, ...]]]:
    """Region key -> (display name, sorted ISO alpha-3 members)."""
    table = _table()
    by_sub: dict[str, list[str]] = {}
    for iso3, sub in zip(table["ISO3"], table["UNregion"]):
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
