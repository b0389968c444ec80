"""Draft a record from a news article: the text in, candidate facts out, each quoted verbatim.

    from opsatlas.draft import draft_from_bytes, SourceInfo
    result = draft_from_bytes(raw, SourceInfo(url=..., publisher=..., published="2025-06-06"))
    result.record   # a dict in the schema: status draft, every item unreviewed
    result.yaml     # the same, as YAML text

Modules, one seam each (README.md lists every one with what it holds): `text` (plain text, saved
HTML, stdin), `sentences`, `numbers`, `countries`, `places`, `dates`, `metrics`, `bodies`, `roles`,
`lead`, `extract` (combines them into `facts`), `build` (facts to the record). Pure: no Streamlit, no
network.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .build import SourceInfo, build_record
from .dates import parse_published
from .extract import Options, extract
from .facts import Facts
from .text import Article, ArticleError, article_from_bytes, read_article

__all__ = [
    "Article",
    "ArticleError",
    "DraftResult",
    "Options",
    "SourceInfo",
    "draft_from_article",
    "draft_from_bytes",
    "read_article",
    "to_yaml",
]


@dataclass(frozen=True)
class DraftResult:
    article: Article
    facts: Facts
    record: dict[str, Any]

    @property
    def yaml(self) -> str:
        return to_yaml(self.record)


def to_yaml(record: dict[str, Any]) -> str:
    """YAML text of a record: block style, keys in schema order, dates and codes quoted as text."""
    import yaml

    header = (
        "# Draft record written by `python -m opsatlas draft`: every item is unreviewed until a\n"
        "# curator has checked it against the article. Schema: data/README.md.\n"
    )
    return header + yaml.safe_dump(record, allow_unicode=True, sort_keys=False, width=10_000, default_flow_style=False)


def draft_from_article(
    article: Article, info: SourceInfo, options: Options = Options(), record_id: str | None = None
) -> DraftResult:
    published, precise = parse_published(info.published)
    facts = extract(article.text, info.language, published, precise, options)
    facts.notes.extend(article.notes)
    return DraftResult(article, facts, build_record(facts, info, record_id))


def draft_from_bytes(raw: bytes, info: SourceInfo, name: str = "article", options: Options = Options()) -> DraftResult:
    """Raises ArticleError (with a message that says what to do) when no text can be read."""
    return draft_from_article(article_from_bytes(raw, name), info, options)
