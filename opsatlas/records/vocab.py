"""The record's vocabularies, declared once: metrics, qualifiers, precisions.

The schema's choices, the CLI's and the UI's options, the words in tables, legends, panels and
exports, and `data/README.md`'s tables (checked by a test) all read these tuples. Add a metric or a
qualifier here and every surface knows it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal


@dataclass(frozen=True)
class MetricInfo:
    name: str
    label: str  # plural, lower case: "arrests", "suspects identified"
    singular: str  # "arrest"
    #: What it counts: people or things ("people"), countries, provinces, or quantities with units.
    kind: Literal["people", "countries", "subdivisions", "quantity"]
    #: The "countries with …" metric that counts the countries of this figure, if any.
    country_metric: str | None = None
    #: Whether `amount` (a non-whole quantity) and `unit` are allowed.
    amounts: bool = False
    #: Whether `item` (what was seized, which platform) is required (True), allowed (None) or refused (False).
    item: bool | None = False
    help: str = ""
    es: str = ""  # the Spanish label, for snapshots and embeds in Spanish

    def label_in(self, lang: str) -> str:
        return self.es if lang == "es" and self.es else self.label


METRICS: tuple[MetricInfo, ...] = (
    MetricInfo("arrests", "arrests", "arrest", "people", "countries_with_arrests",
               help="people arrested or detained", es="detenciones"),
    MetricInfo("arrests_or_convictions", "arrests or convictions", "arrest or conviction", "people",
               "countries_with_arrests", help="a source that counts arrests and convictions together", es="detenciones o condenas"),
    MetricInfo("convictions", "convictions", "conviction", "people", help="people convicted", es="condenas"),
    MetricInfo("suspects_identified", "suspects identified", "suspect identified", "people",
               "countries_with_suspects",
               help="suspects identified; says by `part_of` whether the arrested are among them", es="sospechosos identificados"),
    MetricInfo("victims_identified", "victims identified", "victim identified", "people",
               help="victims identified or safeguarded", es="víctimas identificadas"),
    MetricInfo("seizures", "seizures", "seizure", "quantity", amounts=True, item=True,
               help="what was seized (`item`), as a count or an `amount` with a `unit`", es="incautaciones"),
    MetricInfo("assets_frozen", "assets frozen", "asset frozen", "quantity", amounts=True, item=None,
               help="money or assets frozen or blocked (not seized), usually an `amount` with a currency `unit`", es="bienes congelados"),
    MetricInfo("platform_users", "platform users", "platform user", "people", item=None,
               help="users or members of a platform or service (`item` says which kind)", es="usuarios de la plataforma"),
    MetricInfo("countries_with_arrests", "countries with arrests", "country with arrests", "countries", es="países con detenciones"),
    MetricInfo("countries_with_suspects", "countries with suspects", "country with suspects", "countries", es="países con sospechosos"),
    MetricInfo("countries_participating", "countries taking part", "country taking part", "countries",
               help="at the whole operation: how many; at a country with `qualifier: unknown`: it took part", es="países participantes"),
    MetricInfo("countries_with_referrals", "countries sent intelligence or referrals",
               "country sent intelligence or referrals", "countries",
               help="countries that received intelligence or referrals; same pattern", es="países que recibieron información"),
    MetricInfo("subdivisions_with_arrests", "provinces or states with arrests", "province or state with arrests",
               "subdivisions", es="provincias o estados con detenciones"),
)

METRIC: dict[str, MetricInfo] = {m.name: m for m in METRICS}


@dataclass(frozen=True)
class QualifierInfo:
    name: str
    words: str  # how a figure reads: "{n}" is the number
    #: What the number bounds: "exact"; "lower" (at least / more than); "approx" (about, almost,
    #: a range); "upper" (up to: the true figure may be anything below); "none" (no number).
    bound: Literal["exact", "lower", "approx", "upper", "none"]
    says: str  # the source's words this qualifier stands for


QUALIFIERS: tuple[QualifierInfo, ...] = (
    QualifierInfo("exact", "{n}", "exact", "a plain number"),
    QualifierInfo("at_least", "at least {n}", "lower", "“at least”, “no fewer than”"),
    QualifierInfo("more_than", "more than {n}", "lower", "“more than”, “over”"),
    QualifierInfo("about", "about {n}", "approx", "“about”, “around”, “some”, “approximately”"),
    QualifierInfo("almost", "almost {n}", "approx", "“almost”, “nearly”, “close to”: just under the number"),
    QualifierInfo("up_to", "up to {n}", "upper", "“up to”, “as many as”: at most the number"),
    QualifierInfo("range", "{n}–{upper}", "approx", "two numbers: `count` to `upper`"),
    QualifierInfo("unknown", "count not reported", "none", "named without a number"),
)

QUALIFIER: dict[str, QualifierInfo] = {q.name: q for q in QUALIFIERS}


@dataclass(frozen=True)
class PrecisionInfo:
    name: str
    rank: int  # containment goes from lower to higher rank
    label: str
    help: str


PRECISIONS: tuple[PrecisionInfo, ...] = (
    PrecisionInfo("point", 0, "town", "a town or a point with coordinates"),
    PrecisionInfo("area", 1, "area", "an area inside a country with no current ISO 3166-2 code "
                                     "(a police force area, a statistical region, a withdrawn code)"),
    PrecisionInfo("subdivision", 2, "province or state", "an ISO 3166-2 subdivision"),
    PrecisionInfo("country", 3, "country", "an ISO 3166-1 country"),
    PrecisionInfo("region", 4, "region", "several countries, or a region described in words"),
)

PRECISION: dict[str, PrecisionInfo] = {p.name: p for p in PRECISIONS}

#: Precisions drawn as a ring around an anchor: "somewhere in it", never its border.
RINGED: tuple[str, ...] = ("area", "subdivision")

#: Precisions below country level: figures there are drawn (or listed) inside their country.
BELOW_COUNTRY: tuple[str, ...] = tuple(p.name for p in PRECISIONS if p.rank < PRECISION["country"].rank)

#: Country codes in common use that ISO 3166-1 does not assign: Kosovo's XK / XKX (used by the
#: European Commission, INTERPOL's member list and the UN M49 table that `country_converter` ships).
#: Registered with pycountry once (`register_user_assigned_countries`), so the schema, the
#: gazetteer, the boundaries and the drafter all know them.
USER_ASSIGNED_COUNTRIES: tuple[dict[str, str], ...] = (
    {"alpha_2": "XK", "alpha_3": "XKX", "name": "Kosovo"},
)


def register_user_assigned_countries() -> None:
    """Add `USER_ASSIGNED_COUNTRIES` to pycountry's table (once; calling again changes nothing)."""
    import pycountry

    for entry in USER_ASSIGNED_COUNTRIES:
        if pycountry.countries.get(alpha_3=entry["alpha_3"]) is None:
            pycountry.countries.add_entry(**entry)
