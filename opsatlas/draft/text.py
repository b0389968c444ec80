"""An article's text from what a journalist has: a plain-text file, a saved web page, or stdin.

Saved pages go through trafilatura (its extraction runs offline: it is given the HTML, never a
URL), so scripts, menus and cookie banners never reach the extractor. Whatever comes in is
treated as untrusted text: decoded leniently, control characters removed, line endings unified,
and cut at `MAX_CHARS` with a note rather than refused, so a 1 MB paste still gives a draft.
"""

from __future__ import annotations

import re
import sys
import unicodedata
from dataclasses import dataclass
from pathlib import Path

#: Longer input is cut here (a long feature is 40,000 characters; the cut is reported).
MAX_CHARS = 100_000
#: Bytes read from a file or stdin at most (anything past this is never read).
MAX_BYTES = 5_000_000

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u200b\u2028\u2029\ufeff]")
_HTML_START = re.compile(rb"^\s*(?:<!doctype html|<html|<head|<body|<meta|<div|<article|<p[\s>])", re.I)


class ArticleError(ValueError):
    """The input cannot be read as an article (a message that says what to do)."""


@dataclass(frozen=True)
class Article:
    """The article's text as the extractor reads it, and what was done to get it."""

    text: str
    origin: str  # "text", "html"
    notes: tuple[str, ...] = ()


def looks_like_html(raw: bytes) -> bool:
    return bool(_HTML_START.match(raw[:2000])) or (b"</p>" in raw[:200_000].lower() and b"<" in raw[:200])


def clean_text(text: str) -> str:
    """Unicode NFC, Unix line endings, no control characters, no trailing spaces on lines."""
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    text = _CONTROL.sub("", text).replace("\u00a0", " ")
    return "\n".join(line.rstrip() for line in text.split("\n")).strip()


def html_to_text(raw: bytes | str) -> str:
    """The main text of a saved page (trafilatura, no network); '' when it finds none."""
    import trafilatura  # imported here: plain-text drafts never pay for it

    html = raw.decode("utf-8", errors="replace") if isinstance(raw, bytes) else raw
    out = trafilatura.extract(
        html,
        output_format="txt",
        include_comments=False,
        include_tables=True,
        favor_recall=True,
        with_metadata=False,
        fast=False,
    )
    if not out:
        # A page trafilatura finds no article in (a bare snippet of <p>s): fall back to its text
        # without markup, still with scripts and styles dropped.
        from lxml import html as lxml_html

        try:
            tree = lxml_html.fromstring(html)
        except (ValueError, Exception):  # lxml raises its own ParserError for empty documents
            return ""
        found = tree.xpath("//script|//style|//noscript|//template")
        for bad in found if isinstance(found, list) else []:
            if isinstance(bad, lxml_html.HtmlElement):  # an element path gives elements
                bad.drop_tree()
        out = "\n".join(t.strip() for t in tree.itertext() if isinstance(t, str) and t.strip())
    return out


def article_from_bytes(raw: bytes, name: str = "input") -> Article:
    """Decode bytes (UTF-8, else Latin-1), extract HTML pages, clean and cap the text."""
    notes: list[str] = []
    if len(raw) > MAX_BYTES:
        raw = raw[:MAX_BYTES]
        notes.append(f"{name}: only the first {MAX_BYTES:,} bytes were read")
    origin = "text"
    if looks_like_html(raw):
        text = html_to_text(raw)
        origin = "html"
    else:
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError:
            text = raw.decode("latin-1")
            notes.append(f"{name}: not UTF-8, read as Latin-1")
    text = clean_text(text)
    if len(text) > MAX_CHARS:
        text = text[:MAX_CHARS]
        notes.append(f"{name}: text longer than {MAX_CHARS:,} characters; only the start was read")
    if not text:
        raise ArticleError(
            f"{name}: no article text found (empty, or a page without readable text): "
            "paste the article's text or save the page as HTML"
        )
    return Article(text, origin, tuple(notes))


def read_article(path: str) -> Article:
    """Read a file, or standard input for '-'. Raises ArticleError with a clear message."""
    if path == "-":
        raw = sys.stdin.buffer.read(MAX_BYTES + 1)
        return article_from_bytes(raw, "standard input")
    p = Path(path)
    if not p.is_file():
        raise ArticleError(f"{path}: no such file: give the path of a .txt or saved .html article, or - for stdin")
    with p.open("rb") as fh:
        raw = fh.read(MAX_BYTES + 1)
    return article_from_bytes(raw, p.name)


_ES_WORDS = re.compile(r"\b(?:el|la|los|las|del|que|con|por|para|una|según|han|fueron|detenidos)\b", re.I)
_EN_WORDS = re.compile(r"\b(?:the|and|of|with|for|that|were|was|has|have|said|arrested)\b", re.I)


def guess_language(text: str) -> str:
    """'es' or 'en' by counting common words in the first 5,000 characters (for a missing --lang)."""
    head = text[:5000]
    return "es" if len(_ES_WORDS.findall(head)) > len(_EN_WORDS.findall(head)) else "en"
