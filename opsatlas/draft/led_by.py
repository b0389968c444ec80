"""Which countries a sentence says led the operation: "led by Spain", "the Dutch police spearheaded…", "Austria
and Romania coordinated the operation", and the words that make a country or a body the lead ("led by", "a
petición de", "coliderada por"), not a crime group's leaders ("a network led by Albanian nationals"). `bodies`
reads the bodies; `lead` counts the votes.
"""

from __future__ import annotations

import re

from .countries import CountryMention

#: What a demonym names as a national body: "Dutch police", "French Gendarmerie", "Nigerian law enforcement",
#: "Portuguese investigators".
GENERIC_BODY = r"police|authorities|law enforcement|gendarmerie|investigators"
#: Between two bodies or countries of one list: commas, "and", articles and capitalised words ("the FBI, the DEA,
#: and the Swedish").
LIST_GAP = re.compile(r"^(?:[\s,()]|\b(?:and|y|e|the|la|el|los|las|of|for|de|del|its|su|sus)\b|[A-ZÁÉÍÓÚ][\w'’-]*)*$")

#: Before a country: the words that make it the operation's lead ("led by", "a petición de", "impulsada por").
LEAD_AFTER = re.compile(
    r"(?:\bled by|\bdirected by|\bspearheaded by|\bliderad[oa] por|\bdirigid[oa] por|\bencabezad[oa] por|"
    # "co-led by Greece", "coliderada por Grecia"
    r"\bco-?led by|\bco-?liderad[oa] por|\bco-?dirigid[oa] por|"
    r"\binitiated by|"
    r"\biniciad[oa] por|\bat the request of|\ba petición de|\ba cargo de|"
    # "launched at the initiative of France", "impulsada por Chile", "a iniciativa de las autoridades belgas"
    r"\b(?:at|on) the initiative of|\b(?:a|por) iniciativa de|\bimpulsad[oa] por|\bpromovid[oa] por|"
    # "under the leadership of Spain", "bajo la dirección de Francia"
    r"\bunder the (?:leadership|direction) of|\bbajo (?:la dirección|el liderazgo) de)\s+"
    r"(?:the\s+|la\s+|el\s+|los\s+|las\s+)?$",
    re.I,
)
#: After a country or its force: the words that make it the lead ("Chile encabeza…", "Dutch police-led").
_LEAD_BEFORE = re.compile(
    # (not "… Policía Nacional de Colombia led to the dismantling of a lab": what it brought about)
    r"^(?:-led|\s+led\b(?!\s+to\b)|\s+(?:han|ha) liderado|\s+lideró|\s+dirigió|\s+initiated"
    # "Nigerian police, alongside counterparts in six nations, is spearheading…", "Chile encabeza…"
    r"|(?:\s*,[^,;]{1,80},)?\s+(?:is|are|has been|have been|está|están)\s+(?:leading|spearheading|heading|"
    r"liderando|encabezando|dirigiendo)\b|(?:\s*,[^,;]{1,80},)?\s+(?:spearheaded|spearheads|leads(?!\s+to\b)|lidera|encabeza|"
    # "la Fiscalía hondureña encabezó la operación", "… para que la Policía chilena liderara el operativo"
    r"encabezó|encabezaron|encabezara|encabezaran|liderara|lideraran|lideraron)\b)",
    re.I,
)
#: A criminal group led by someone: "una organización criminal, dirigida por holandeses", "a network led by
#: Albanian nationals" — the crime's leaders, not the operation's.
CRIME_LED = re.compile(
    r"\b(?:organizaci[óo]n|red|banda|clan|grupo|c[áa]rtel|mafia|estructura|trama|network|gang|ring|group|cartel|"
    r"organi[sz]ation|syndicate|cell|célula)\b(?:\s+(?:criminal|delictiv[oa]|narco\w*|crime|criminal))?"
    r"[^.;]{0,30}?(?:dirigid[oa]|liderad[oa]|encabezad[oa]|comandad[oa]|led|headed|run|controlled)\s+(?:by|por)\s+"
    r"(?:the\s+|la\s+|el\s+|los\s+|las\s+)?$",
    re.I,
)
#: A crime group led by a nationality: "a Nigerian-led transnational criminal network", "an Albanian-led gang".
_LED_CRIME_AFTER = re.compile(
    r"^-led\s+(?:[\w-]+\s+){0,3}?(?:criminal|crime|network|gang|ring|group|cartel|syndicate|organi[sz]ation|mafia|"
    r"clan|cell|smuggling|trafficking)\b",
    re.I,
)
#: A demonym standing for a person after "led by": "liderada por el argentino [name]", "led by a Dutchman" (the
#: country's forces are written with their noun: "led by the Dutch police").
_PERSON_DEMONYM_BEFORE = re.compile(r"\b(?:el|la|un|una|an?)\s+$", re.I)
#: Another case than the operation: "Another Portuguese-led investigation", "a separate Dutch-led probe".
_ANOTHER_BEFORE = re.compile(r"\b(?:another|a separate|a second|one|a parallel)\s+$", re.I)
#: A country (by its name, not an agency's) that coordinated the operation leads it: "The operation was
#: coordinated by Austria", "Austria and Romania coordinated an international operation", "Chile coordinó…".
_COORDINATED_BY_COUNTRY = re.compile(r"\b(?:coordinated by|co-ordinated by|coordinad[oa] por)\s+(?:the\s+)?$", re.I)
#: After a country (and the others listed with it): "Austria and Romania coordinated the operation".
_COUNTRY_COORDINATED = re.compile(
    # (the other countries' names capitalised: not "Cyprus, during the coordinated action")
    r"^(?:\s*(?:,|and|y|e)\s+(?:the\s+)?(?-i:[A-ZÁÉÍÓÚ])[\w]+(?:\s+(?-i:[A-ZÁÉÍÓÚ])[\w]+){0,2})*\s+"
    r"(?:coordinated|co-ordinated|coordinates|coordinó|coordinaron|coordina|coordinan|"
    r"(?:ha|han|has|have) coordinado)\b"
    # (not "Panama coordinated with the FBI's field offices", "Chile coordinó con Interpol": a partner of another)
    r"(?!\s+(?:closely\s+|estrechamente\s+)?(?:with|con)\b)",
    re.I,
)
#: A country's generic body after its demonym: "Nigerian police … is spearheading", "autoridades".
_GENERIC = re.compile(r"(?:police|polic[ií]a|authorities|autoridades|law enforcement)", re.I)


#: A national body's generic noun right after its demonym: " investigators" in "led by Portuguese investigators and
#: the FBI".
_GENERIC_BODY_AFTER = re.compile(rf"^\s+(?:{GENERIC_BODY})\b", re.I)


def _past_generic_body(gap: str) -> str:
    """The gap between two listed countries without the generic noun that names the first one's body."""
    m = _GENERIC_BODY_AFTER.match(gap)
    return gap[m.end() :] if m else gap


def lead_countries(sentence: str, countries: list[CountryMention]) -> list[CountryMention]:
    """Countries the sentence says led or initiated the operation."""
    out: list[CountryMention] = []
    by_list = False  # the last one came after "led by": the rest of its list led too
    for c in countries:
        if by_list and LIST_GAP.match(_past_generic_body(sentence[out[-1].end : c.start])):
            # "spearheaded by the FBI, the DEA, and the Swedish and Dutch police", "led by Portuguese investigators
            # and the FBI": all of the list
            out.append(c)
            continue
        by_list = False
        before = sentence[max(0, c.start - 40) : c.start]
        after = sentence[c.end : c.end + 130]  # room for an apposition before "is spearheading"
        generic_after = re.match(r"^\s+(?:\w+\s+)?" + _GENERIC.pattern, after, re.I) or re.match(
            r"^\s+(?:\w+\s+)?", after
        )
        if LEAD_AFTER.search(before) and not CRIME_LED.search(sentence[max(0, c.start - 90) : c.start]):
            if c.via == "demonym" and _PERSON_DEMONYM_BEFORE.search(before) and not re.match(_GENERIC, after[1:]):
                continue  # "liderada por el argentino [name]": a person, not a country
            out.append(c)
            by_list = True
        elif _LED_CRIME_AFTER.match(after):
            continue  # "a Nigerian-led criminal network": the crime's leaders
        elif after.startswith("-led") and _ANOTHER_BEFORE.search(before):
            continue  # "Another Portuguese-led investigation uncovered…": one case inside it, not the operation
        elif _LEAD_BEFORE.match(after):
            out.append(c)
        elif generic_after and _LEAD_BEFORE.match(after[generic_after.end() :]):
            out.append(c)
        elif c.via == "name" and (
            _COORDINATED_BY_COUNTRY.search(before) or _COUNTRY_COORDINATED.match(sentence[c.end : c.end + 80])
        ):
            out.append(c)  # "Austria and Romania coordinated the operation", "coordinada por Chile"
        elif c.via == "agency" and re.match(
            r"^(?:,?\s*(?:la|el|los|y|and|the|,)\s+[\w' ]+?){0,4}\s+(?:han|ha) liderado",
            sentence[c.end : c.end + 120],
        ):
            out.append(c)
    return out
