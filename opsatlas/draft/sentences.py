"""Sentences with their character offsets, so every quote is an exact slice of the article.

A rule splitter: at '.', '!' or '?' (and closing quotes) followed by a space and a capital,
digit or opening mark; in a text scraped without the space ("...said Roger Tello.En lado boliviano"), at a full stop
glued between a lower-case word and a capitalised one (not in "U.S.", "3.5", "europol.europa.eu", "S.A.");
and at every line break (headlines and datelines have no full stop) — except in a
hard-wrapped text, where only an empty line ends a paragraph.
Abbreviations that end in a full stop ("U.S.", "Mr.", "aprox.", "núm.") do not end a sentence.
spaCy's sentencizer was compared on the evaluation set (tools/bench_draft.py) and was no better.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_ABBREV = frozenset(
    """
mr mrs ms dr prof st sr sra srta dña jr inc ltd co corp no nos núm nº vol approx aprox ca etc e.g i.e
jan feb mar apr jun jul aug sep sept oct nov dec ene abr ago dic gen gral col cap lt sgt insp supt det
u.s u.k u.n e.u a.m p.m vs fig art arts pág p pp av avda dept govt
dra dres lic lcdo lcda ing abg arq mgtr excmo excma pdte cnel tte cmdte cte sgto sto sta capt maj const
""".split()
)

#: "arrested. Police said", "dijo». «Hay", "said.’ The": an end, then a space and a capital, digit or opening mark
_END = re.compile(r"[.!?…]+[\"'”’»)\]]*(?=\s+[\"'“‘«(\[¿¡]?[A-ZÁÉÍÓÚÑÜ0-9])")
#: "arrests.Police said", "Tello.En lado", "said.\"This is", "personas.A raíz", "elements.CBI and": a stop glued to
#: the next sentence, after two lower-case letters (or a word and its closing quote, "‘Altiplano 2017’.»Hay"),
#: before a capitalised word, an acronym or a one-letter word
_GLUED = re.compile(
    r"(?:(?<=[a-záéíóúñü]{2})|(?<=[a-záéíóúñü0-9][\"'”’»)]))[.!?…]+[\"'”’»)\]]*"
    r"(?=[\"“‘«¿¡(]?[A-ZÁÉÍÓÚÑÜ](?:[a-záéíóúñü]|[A-ZÁÉÍÓÚÑÜ]+(?![\w.])|[\s,;:]))"
)
#: "Europol.Europa.eu", "www.Interpol.int", "name@Police.gov": a dotted name or an address, not two sentences
_ADDRESS = re.compile(r"\S*(?:\.[a-z]|@|://|www\.)")


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str

    def contains(self, pos: int) -> bool:
        return self.start <= pos < self.end


#: A span of time before "ago": "11 years ago.", "long ago." (English; the Spanish "ago." is August).
#: A wire story's dateline at the start of a line: the city in capitals, maybe its country or a date, maybe the
#: agency in brackets, then a dash, a colon or the bracket ("LYON, France, November 14, 2018 (ENS) –", "MADRID, 3
#: Mar. (EUROPA PRESS) -", "BEIJING, Oct. 16 (Xinhua) --", "LONDON:"), or the agency and the city alone on a line
#: ("Efe, Madrid"); a hyphen glued to a word ("INTERPOL-led", "FLASH-WEKA") ends none. Declared once: where the
#: story was filed is no place of the operation (read by `country_senses.in_dateline`, `places`, `roles`).
DATELINE = re.compile(
    r"(?m)^[ \t]*(?:(?:EFE|Efe|AFP|AP|Reuters|Europa Press|EUROPA PRESS|dpa|DPA|ANSA|Xinhua|Bernama|TT),\s+"
    r"[A-ZÁÉÍÓÚÑ][\w'’. -]{1,30}[ \t]*$|"
    r"[A-ZÁÉÍÓÚÑ][A-ZÁÉÍÓÚÑ .'’-]{2,40}(?:,[^\n()]{0,60}?)?(?:\([^()\n]{1,30}\)[ \t]*)?(?:--|-(?!\w)|[–—:(]))"
)
_TIME_BEFORE_AGO = re.compile(r"\b(?:years?|months?|weeks?|days?|decades?|hours?|minutes?|long|while)\s+$", re.I)


def _is_abbreviation(text: str, dot: int) -> bool:
    """True when the full stop at `dot` ends an abbreviation or an initial, not a sentence."""
    i = dot
    while i > 0 and not text[i - 1].isspace() and text[i - 1] not in "(\"'“":
        i -= 1
    word = text[i:dot].lower().rstrip(".")
    if not word:
        return False
    if word == "ago" and _TIME_BEFORE_AGO.search(text, 0, i):
        return False  # "taken 11 years ago. In 2012, …": the English word, not "ago." for agosto
    if word in _ABBREV or (len(word) == 1 and word.isalpha()):
        return True
    return bool(re.fullmatch(r"(?:[a-z]\.)+[a-z]", word))  # U.S, e.g


def _hard_wrapped(text: str) -> bool:
    """A text wrapped at a fixed width, paragraphs set apart by empty lines (a wire copy, a plain-text
    release): most lines stop mid-sentence at about the same length. Without empty lines, at least half of them
    must (then only a sentence's end ends a sentence)."""
    lines = [ln for ln in text.split("\n") if ln.strip()]
    if len(lines) < 6:
        return False
    cut = [ln for ln in lines if 50 <= len(ln.rstrip()) <= 90 and not re.search(r"[.!?…:;\"”’)\]]\s*$", ln)]
    if "\n\n" not in text:
        # a wire copy pasted without its empty lines: most lines cut mid-sentence, so the lines are no paragraphs
        return len(lines) >= 10 and len(cut) >= 0.5 * len(lines)
    return len(cut) >= 0.4 * len(lines)


def split_sentences(text: str) -> list[Sentence]:
    """Sentences in order; each `text` equals `text[start:end]` of the article. In a hard-wrapped text a
    sentence runs on over its line breaks (its quote keeps them); paragraphs still end one."""
    out: list[Sentence] = []
    line_start = 0
    blocks = re.split(r"(\n[ \t]*\n)", text) if _hard_wrapped(text) else None
    if blocks is not None:
        for block in blocks:
            if block.strip() and not re.fullmatch(r"\n[ \t]*\n", block):
                _split_line(out, block, line_start)
            line_start += len(block)
        return out
    for line in text.split("\n"):
        _split_line(out, line, line_start)
        line_start += len(line) + 1
    return out


def _glued_ends(line: str) -> list[re.Match[str]]:
    """Sentence ends with no space after them, where neither the word before nor the word after is part
    of an address."""
    out: list[re.Match[str]] = []
    for m in _GLUED.finditer(line):
        before = line[: m.start()].rsplit(None, 1)[-1] if line[: m.start()].strip() else ""
        after = line[m.end() :].split(None, 1)[0] if line[m.end() :].strip() else ""
        if _ADDRESS.match(before) or _ADDRESS.match(after):
            continue
        out.append(m)
    return out


def _split_line(out: list[Sentence], line: str, line_start: int) -> None:
    cursor = 0
    ends = sorted([*_END.finditer(line), *_glued_ends(line)], key=lambda m: m.start())
    for m in ends:
        if line[m.start()] == "." and m.end() - m.start() == 1 and _is_abbreviation(line, m.start()):
            continue
        _add(out, line, line_start, cursor, m.end())
        cursor = m.end()
    _add(out, line, line_start, cursor, len(line))


def _add(out: list[Sentence], line: str, offset: int, a: int, b: int) -> None:
    while a < b and line[a].isspace():
        a += 1
    while b > a and line[b - 1].isspace():
        b -= 1
    if b > a:
        out.append(Sentence(offset + a, offset + b, line[a:b]))


def sentence_at(sentences: list[Sentence], pos: int) -> Sentence | None:
    for s in sentences:
        if s.contains(pos):
            return s
    return None
