"""The data-quality report: what each record's figures do and do not establish.

Nothing here changes a record. Every finding is shown to the reader (the Data quality page)
and printed by `python -m opsatlas validate --report`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .panel import count_phrase
from .reconcile import value_text
from .records.schema import METRIC_LABELS, Claim, Operation
from .view import build_view, primary_metric

# Number words by the source's language, for checking that a quote states its figure.
_WORDS: dict[str, dict[int, tuple[str, ...]]] = {
    "en": {0: ("no", "none", "zero"), 1: ("one", "a", "an"), 2: ("two",), 3: ("three",), 4: ("four",), 5: ("five",),
           6: ("six",), 7: ("seven",), 8: ("eight",), 9: ("nine",), 10: ("ten",), 11: ("eleven",), 12: ("twelve",),
           16: ("sixteen",), 20: ("twenty",), 100: ("hundred",)},
    "es": {1: ("un", "una", "uno"), 2: ("dos",), 3: ("tres",), 4: ("cuatro",), 5: ("cinco",), 6: ("seis",),
           7: ("siete",), 8: ("ocho",), 9: ("nueve",), 10: ("diez",), 11: ("once",), 12: ("doce",),
           16: ("dieciséis",), 20: ("veinte",), 100: ("cien", "ciento")},
    "ca": {1: ("un", "una"), 2: ("dos", "dues"), 3: ("tres",), 4: ("quatre",), 5: ("cinc",), 50: ("cinquanta",)},
    "it": {1: ("un", "uno", "una"), 2: ("due",), 3: ("tre",), 4: ("quattro",), 5: ("cinque",)},
    "pt": {1: ("um", "uma"), 2: ("dois", "duas"), 3: ("três",), 4: ("quatro",)},
    "de": {0: ("keine", "kein"), 1: ("ein", "eine", "einer"), 2: ("zwei",), 3: ("drei",), 4: ("vier",),
           10: ("zehn",), 11: ("elf",)},
    "fr": {1: ("un", "une"), 2: ("deux",), 3: ("trois",), 4: ("quatre",)},
    "da": {0: ("ingen", "ikke"), 1: ("en", "et"), 2: ("to",), 9: ("ni",)},
    "sv": {0: ("inga", "ingen"), 1: ("en", "ett"), 2: ("två",)},
    "nl": {1: ("een", "één"), 2: ("twee",)},
}


def quote_states(claim: Claim, language: str | None) -> bool:
    """Whether the quote states the claim's number: in digits (1,393 / 1.393 / 1 393), as millions,
    or as a number word of the source's language."""
    if claim.count is None:
        return True
    text = claim.quote.casefold()
    digits = re.sub(r"(?<=\d)[.,\s\u00a0](?=\d{3}\b)", "", text)
    if re.search(rf"(?<![\d.,]){claim.count}(?![\d])", digits):
        return True
    if claim.count >= 1_000_000 and re.search(rf"\b{claim.count // 1_000_000}\s*(million|millones|milioni)", text):
        return True
    words = _WORDS.get(language or "en", {}).get(claim.count, ())
    return any(re.search(rf"(?<!\w){re.escape(w)}(?!\w)", text) for w in words)


@dataclass(frozen=True)
class QualityReport:
    operation_id: str
    title: str
    metric: str
    total: str
    placed: str
    countries_stated: str
    countries_named: str
    disputes: tuple[str, ...]
    not_in_quote: tuple[str, ...]  # figures whose quote does not state the number
    country_only: tuple[str, ...]  # figures placed no finer than a country
    from_rewrites: tuple[str, ...]  # figures whose source is a rewrite, not a primary statement
    undated: tuple[str, ...]  # figures with no reporting date at all
    checks: tuple[str, ...]

    def lines(self) -> list[str]:
        out = [f"{self.operation_id} — {self.title}",
               f"  {METRIC_LABELS[self.metric]}: stated {self.total}; placed {self.placed}",
               f"  countries: stated {self.countries_stated}; named {self.countries_named}"]
        sections = [("disputes", self.disputes), ("figure not in its quote", self.not_in_quote),
                    ("placed only to a country", self.country_only), ("from a rewrite", self.from_rewrites),
                    ("no reporting date", self.undated), ("checks", self.checks)]
        for name, items in sections:
            out.append(f"  {name}: {len(items)}")
            out += [f"    - {item}" for item in items]
        return out


def _claim_label(op: Operation, c: Claim) -> str:
    place = op.place(c.place).name if c.place is not None else "whole operation"
    value = value_text(c.count, c.qualifier, c.upper, c.amount, c.unit)
    return f"{c.id}: {METRIC_LABELS[c.metric]} {value} ({place}; {op.source(c.source).publisher})"


def quality_report(op: Operation) -> QualityReport:
    metric = primary_metric(op)
    view = build_view(op, metric)
    fig = view.figures
    total = fig.headline["total"]
    total_text = total.text if total else (
        " or ".join(sorted({f.text for f in fig.disputed_totals})) + " (disputed)" if fig.disputed_totals else "nothing")
    placed = sum(n for _, n in fig.remainder.attributed)
    placed_text = (f"{placed:,} in {count_phrase(len(fig.remainder.attributed), 'country', 'countries')}"
                   + (f", {fig.remainder.unattributed:,} unattributed" if fig.remainder.unattributed is not None else ""))
    stated_countries = fig.headline["countries"]
    firm = [c for c in fig.countries if c.status != "disputed"]
    disputed = [c for c in fig.countries if c.status == "disputed"]
    placed_countries = {p.iso3 for p in fig.places}
    return QualityReport(
        operation_id=op.id,
        title=op.title,
        metric=metric,
        total=total_text,
        placed=placed_text,
        countries_stated=stated_countries.text if stated_countries else "nothing",
        countries_named=f"{len(firm)}" + (f" (+{len(disputed)} disputed)" if disputed else ""),
        disputes=tuple(f"{d.title} [{', '.join(d.countries) or 'no country'}]" for d in fig.disputes),
        not_in_quote=tuple(_claim_label(op, c) for c in op.claims
                           if not quote_states(c, op.source(c.source).language)),
        country_only=tuple(sorted(c.name for c in fig.countries if c.status != "disputed" and not c.placed_below
                                  and c.iso3 not in placed_countries)),
        from_rewrites=tuple(_claim_label(op, c) for c in op.claims if op.source(c.source).kind == "rewrite"),
        undated=tuple(_claim_label(op, c) for c in op.claims if op.reported_on(c) is None),
        checks=fig.checks,
    )
