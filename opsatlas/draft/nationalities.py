"""Countries the story mentions only by a suspect's nationality (convention C5 of
`tests/fixtures/articles/CONVENTIONS.md`).

"Tres italianos y dos marroquíes fueron detenidos", "the arrested suspects are all Syrian nationals", "a network
led by un ciudadano sueco": the nationality is not a place where anything happened, but the story mentions the
country. Where the country is not otherwise in the story, it is drafted as `mentioned`. The nationality of
migrants, victims and rescued people is not the operation's concern and adds nothing.
"""

from __future__ import annotations

import re

from .countries import CountryMention
from .facts import CountryFact, Quoted

#: People a nationality may belong to who are not suspects: migrants, victims, people rescued or exploited.
_NOT_SUSPECTS = re.compile(
    r"\b(?:migrant\w*|inmigrant\w*|immigrant\w*|migrat\w*|refugee\w*|refugiad\w*|asylum|asilo|solicitantes|"
    r"traficaba con|trafic\w+ con|trata de|smuggled|hijos|padres|"
    r"v[ií]ctim\w*|rescued|rescatad\w*|liberad\w*|exploited|explotad\w*|trafficked|tratad\w*|"
    r"children|niñ[oa]s|menores|minors|girls|chicas|tourists|turistas|passengers|pasajer\w*|"
    r"workers|trabajador\w*|jornaler\w*|survivors|sobrevivientes|supervivientes)\b",
    re.I,
)


def _about_others(sentence: str, start: int, end: int) -> bool:
    """Whether the people of the nationality at `start`:`end` in `sentence` are migrants, victims or rescued."""
    return bool(_NOT_SUSPECTS.search(sentence[max(0, start - 120) : min(len(sentence), end + 40)]))


def mentioned_by_nationality(
    found: list[CountryFact], nationals: list[CountryMention], sentences: list[Quoted]
) -> list[CountryFact]:
    """`found` with each country written only as a suspect's nationality (`nationals`, offsets in the article) as
    mentioned, quoted by its sentence; a country already found keeps its role."""
    out = list(found)
    have = {c.iso3 for c in found}
    for n in nationals:
        if n.iso3 in have:
            continue
        s = next((s for s in sentences if s.start <= n.start < s.end), None)
        if s is None or _about_others(s.quote, n.start - s.start, n.end - s.start):
            continue
        out.append(CountryFact(n.iso3, "mentioned", s, n.text))
        have.add(n.iso3)
    return out
