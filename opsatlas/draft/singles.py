"""Counts written without a number: one person arrested ("fue detenido por la policía boliviana",
"following his arrest", "All four remain in French custody"), one victim, "another" arrest, and the
single case a sentence tells. Each reader takes one sentence and its place mentions, and returns the
figures it finds there; `extract` decides when to call them.
"""

from __future__ import annotations

import re

from . import countries, dates, metric_words, numbers, roles, sentences
from .facts import Figure, Mention, PlaceRef, Quoted

_SINGLE = re.compile(
    r"(?:\band|\by|,)\s+(?:(?:a|an|un|una|one)\s+(?!otr[oa]s?\b|others?\b|more\b|más\b)([\w-]+(?:\s+[\w-]+)?)|"
    r"(?:otro|otra|another|(?:el|la)\s+(?:otr[oa]|restante|últim[oa])|the\s+(?:other|remaining|last)(?:\s+one)?))"
    r"\s+(?:in|en)\s+"
    r"(?:the\s+)?$",
    re.I,
)


def single(
    sent: str, mentions: list[Mention], figs: list[Figure], src: Quoted, s: sentences.Sentence
) -> list[Figure]:
    """ "three in El Salvador and a teacher in Panama": one person, in a list of counted people."""
    people = [f for f in figs if f.metric in ("arrests", "suspects_identified", "victims_identified")]
    if not people:
        return []
    out = []
    for m in mentions:
        hit = _SINGLE.search(sent[max(0, m.start - 60) : m.start])
        if (
            hit
            and not metric_words.NOUNS["non_metric"].match(hit.group(1) or "")
            and not numbers.find_quantities(hit.group(1) or "")  # "y a otros cinco en Portugal": a count, not one
            and m.place.kind != "region"
        ):
            a = s.start + max(0, m.start - 60) + hit.start()
            out.append(
                Figure(
                    people[-1].metric,
                    1.0,
                    "exact",
                    src,
                    m.place,
                    status=people[-1].status,
                    figure_span=(a, a + len(hit.group(0))),
                )
            )
    return out


_ARREST_OF_ONE = re.compile(
    r"\b(?:arrest|detention|detención|arresto)\s+(?:of|de)\s+(?:a|an|one|un|una)\s+[\w-]+(?:\s+[\w-]+)?\s+"
    r"(?:in|en)\s+(?:the\s+)?$",
    re.I,
)
_ARRESTED_ONE = re.compile(
    r"^\s+(?:\w+\s+){0,2}?(?:arrested|detained|apprehended|captured|detuvo|detuvieron|detenía|detenían|detiene|"
    r"arrestó|arrestaron|capturó|capturaron|ha detenido|han detenido|(?:logra|logró|lograron|consiguió)\s+detener|"
    # "prompting the US DEA to arrest a money launderer"
    r"to (?:arrest|detain|apprehend|capture))\s+"
    r"(?:(?:a\s+)?(?:a|an|one|un|una)\s+"
    r"(?!of\b|de\b|varias\b|varios\b|algun[oa]s\b|several\b|some\b|otr[oa]s\b|more\b|más\b|decenas\b|cientos\b|"
    r"dozens\b|hundreds\b|numerous\b|numeros[oa]s\b|"
    # "detuvieron a los tres restantes": "a" is the Spanish preposition, not an article
    r"los\b|las\b|la\b|el\b|sus\b|tod[oa]s\b|amb[oa]s\b|est[oa]s\b|es[oa]s\b)[\w-]+"
    # a person named ("detuvo a Juan Pérez"; the evaluation texts write "[name withheld]")
    r"|(?:a\s+)?(?:\[name withheld\]|(?-i:[A-ZÁÉÍÓÚÑ][a-záéíóúñ]+\s+[A-ZÁÉÍÓÚÑ][a-záéíóúñ]+)(?!\s+(?:and|y)\b)))",
    re.I,
)


#: "In Kenya, a woman was arrested …", "En Honduras, un hombre fue detenido …": one arrest in the opening place.
_ONE_WAS_ARRESTED = re.compile(
    r"^,?\s+(?:a|an|one|un|una)\s+(?:[\w-]+\s+){1,3}?(?:was|has been|had been|fue|ha sido)\s+(?:\w+\s+)?"
    r"(?:arrested|detained|apprehended|caught|detenid[oa]|arrestad[oa]|capturad[oa]|aprehendid[oa])\b",
    re.I,
)
#: The arrest of one named role: "se arrestó al principal sospechoso", "police arrested the ringleader".
LEADER_ARRESTED = re.compile(
    r"\b(?:arrest(?:ed|ing)?|detain(?:ed|ing)?|apprehend(?:ed|ing)?|captur(?:ed|ing)|detuvo|detuvieron|detener|"
    r"arrestó|arrestaron|arrestar|capturó|capturaron|capturar|aprehendió|aprehendieron)\b[^.;]{0,100}?"
    r"\b(?:al|a la|the|its|their|su)\s+(?:(?:presunto|presunta|alleged|principal|main|supuesto|supuesta)\s+)?"
    r"(?:líder|cabecilla|jefe|jefa|principal sospechoso|cerebro|leader|ringleader|kingpin|boss|mastermind|"
    r"main suspect)\b(?!\s*(?:,\s*)?(?:and|y|e|as well as|junto a|junto con|along with)\s)",
    re.I,
)
#: One person's arrest, told in the passive: "X was arrested in Spain", "fue detenida en España".
#: (not "had been", "había sido": an arrest before the operation, told as background)
_WAS_ARRESTED_IN = re.compile(
    r"\b(?:was|has been|fue|ha sido)\s+(?:\w+\s+(?:and\s+|y\s+)?)?(?:arrested|detained|apprehended|caught|"
    r"detenid[oa]|arrestad[oa]|capturad[oa]|aprehendid[oa])\s+(?:(?!and\b|y\b)\w+\s+){0,3}?(?:in|en)\s+(?:the\s+)?$"
    # "…, una de las sospechosas más buscadas de Chile, arrestada en España": a Spanish participle is singular
    # "contra [name withheld] (capturado en Nicaragua)": in brackets after the person, too
    r"|[,(]\s*(?:detenid[oa]|arrestad[oa]|capturad[oa]|aprehendid[oa]|recapturad[oa])\s+(?:(?!y\b)\w+\s+){0,3}?en\s+$"
    r"|\[name withheld\]\s*\(\s*(?:arrested|detained|apprehended|captured)\s+in\s+(?:the\s+)?$"
    # "lograron localizarlo y arrestarlo en Quito", "lo detuvieron en Madrid", "arrested him in Madrid"
    r"|\b(?:arrestarl[oa]|detenerl[oa]|capturarl[oa]|aprehenderl[oa]|recapturarl[oa]|"
    r"(?:lo|la)\s+(?:detuvo|detuvieron|arrestó|arrestaron|capturó|capturaron|aprehendió|aprehendieron))\s+en\s+$"
    r"|\b(?:arrested|detained|apprehended|captured|caught)\s+(?:him|her)\s+in\s+(?:the\s+)?$",
    re.I,
)
#: A plural or counted subject before the verb: the passive is not one person's.
#: One person's arrest by a national force: "fue detenido por la policía boliviana", "was arrested by the
#: Argentine Federal Police", "fue recapturado por la Policía del Paraguay" (the force's country, not where
#: the person was wanted).
_WAS_ARRESTED_BY = re.compile(
    r"\b(?:was|has been|had been|fue|ha sido|había sido)\s+(?:\w+\s+)?(?:arrested|detained|apprehended|caught|"
    r"captured|recaptured|detenid[oa]|arrestad[oa]|capturad[oa]|recapturad[oa]|aprehendid[oa])\s+"
    r"(?:(?!and\b|y\b)\w+\s+){0,2}?(?:by|por)\s+(?P<force>(?:the\s+|la\s+|el\s+|los\s+|las\s+)?"
    r"(?:[\w-]+\s+){0,4}?(?:(?:of|de|del)\s+(?:the\s+|la\s+|el\s+)?)?)$",
    re.I,
)
#: A date's numbers ("El 9 de abril de 2025, …") count no one.
_DATE_WORDS = re.compile(
    r"\b\d{1,2}(?:st|nd|rd|th)?\s+(?:de\s+)?(?:" + "|".join(sorted(dates.MONTHS, key=len, reverse=True)) + r")\b\.?"
    r"|\b(?:" + "|".join(sorted(dates.MONTHS, key=len, reverse=True)) + r")\.?\s+\d{1,2}\b|\b(?:19|20)\d\d\b"
    # nor does an age ("a 45-year-old man", "un hombre de 45 años"), nor "one of them", "uno de ellos"
    r"|\b\d+-year-old\b|\baged\s+\d+|\b(?:de\s+)?\d+\s+años\b"
    r"|\b(?:one|uno|una)\s+(?:of|de)\s+(?:them|those|these|the|ellos|ellas|los|las|estos|estas)\b",
    re.I,
)
_PLURAL_SUBJECT = re.compile(r"\d|\b(?:they|ellos|ellas|both|ambos|all|todos|several|varios|varias)\b", re.I)
#: The place, then one person's arrest: "en Cali en la detención de uno de ellos", "in Lima in the arrest of one".
_THEN_ARREST_OF_ONE = re.compile(
    r"^\s*,?\s+(?:en|in|durante|during|con|with)\s+(?:la|el|the)\s+(?:detención|arresto|captura|arrest|capture)\s+"
    r"(?:de|of)\s+(?:uno|una|one)\s+(?:de|of)\s+(?:ellos|ellas|them|los|las|the|sus|their)\b",
    re.I,
)
#: "Following his arrest" in a case a place frames: one arrest there.
HIS_ARREST = re.compile(
    r"\b(?:following|after|upon|since|before|on)\s+(?:his|her)\s+(?:arrest|detention|capture)\b", re.I
)
#: The arrest, its place, then the one person: "la detención en Medellín (Colombia) de un ciudadano", "the arrest in
#: Lima of a businessman" (the place is `_ARREST_IN_BEFORE`'s, the person `_OF_ONE_AFTER`'s).
_ARREST_IN_BEFORE = re.compile(
    r"\b(?:arrest|detention|capture|detención|arresto|captura|aprehensión)\s+(?:in|en)\s+(?:the\s+)?$", re.I
)
#: After the place of an arrest: " (Colombia) de un ciudadano", " of a man" (not "of a number of", "de un grupo").
_OF_ONE_AFTER = re.compile(
    r"^(?:\s*\([^()]{1,30}\))?\s+(?:of|de)\s+(?:a|an|one|un|una)\s+(?!number\b|few\b|group\b|grupo\b|serie\b|total\b)",
    re.I,
)
#: Before a force that the sentence says was brought to arrest someone: "prompting the ", "led the ", "allowed ".
_CAUSED_TO = re.compile(
    r"\b(?:prompt(?:ed|ing|s)?|led|leading|leads|allow(?:ed|ing|s)?|enabl(?:ed|ing|es)|help(?:ed|ing|s)?|"
    r"permit(?:ted|ting|s)?)\s+(?:the\s+)?(?:[\w.]+\s+)?$",
    re.I,
)
_COUNTRYS_ARREST_OF_ONE = re.compile(r"^[’']s\s+(?:arrest|detention)\s+of\s+(?:a|an|one)\s+(?!number\b|few\b|group\b)", re.I)


def one_arrest(
    sent: str,
    mentions: list[Mention],
    src: Quoted,
    s: sentences.Sentence,
    cs: list[countries.CountryMention] | None = None,
) -> list[Figure]:
    """ "the arrest of a teacher in Panama", "los Carabineros italianos detenían a un ciudadano": one
    arrest, in the place the sentence gives."""
    out = []
    for m in mentions:
        if m.place.kind == "region":
            continue
        by = _WAS_ARRESTED_BY.search(sent[max(0, m.start - 90) : m.start])
        c = next((c for c in cs or [] if c.start == m.start), None)
        if (
            by
            and c is not None
            and m.place.kind == "country"
            and (
                c.via == "agency"
                or (c.via == "demonym" and roles.police_after(sent, c))
                or re.search(countries.FORCE_WORDS, by.group("force"), re.I)
            )
            and not _PLURAL_SUBJECT.search(
                _DATE_WORDS.sub("", sent[max(0, m.start - 170) : max(0, m.start - 90) + by.start()])
            )
        ):
            a = s.start + max(0, m.start - 90) + by.start()
            out.append(
                Figure("arrests", 1.0, "exact", src, m.place, status="arrested", figure_span=(a, a + len(by.group(0))))
            )
            continue
        hit = _ARREST_OF_ONE.search(sent[max(0, m.start - 70) : m.start])
        if hit:
            a = s.start + max(0, m.start - 70) + hit.start()
            out.append(
                Figure("arrests", 1.0, "exact", src, m.place, status="arrested", figure_span=(a, a + len(hit.group(0))))
            )
            continue
        was = _WAS_ARRESTED_IN.search(sent[max(0, m.start - 80) : m.start])
        if was and m.place.kind in ("country", "town", "province") and not _PLURAL_SUBJECT.search(
            # "[name withheld], 31, was arrested in Amsterdam": a person's age is no count of people
            _DATE_WORDS.sub("", numbers.AGE_AFTER_NAME.sub("", sent[max(0, m.start - 80) : m.start][: was.start()]))
        ):
            a = s.start + max(0, m.start - 80) + was.start()
            out.append(
                Figure("arrests", 1.0, "exact", src, m.place, status="arrested", figure_span=(a, a + len(was.group(0))))
            )  # "…, una de las personas más buscadas de Chile, fue detenida en España"
            continue
        opened = re.match(r"^\W*(?:in|en)\s+(?:the\s+)?$", sent[: m.start], re.I)
        one = _ONE_WAS_ARRESTED.match(sent[m.end :]) if opened else None
        if one:
            a = s.start + m.end + one.start()
            out.append(
                Figure("arrests", 1.0, "exact", src, m.place, status="arrested", figure_span=(a, a + one.end()))
            )  # "In Kenya, a woman was arrested at the airport"
            continue
        then = _THEN_ARREST_OF_ONE.match(sent[m.end :])
        if then:
            a = s.start + m.end + then.start()
            out.append(
                Figure("arrests", 1.0, "exact", src, m.place, status="arrested", figure_span=(a, a + then.end()))
            )  # "participaron en la ciudad de Cali en la detención de uno de ellos"
            continue
        arrest_in = _ARREST_IN_BEFORE.search(sent[max(0, m.start - 30) : m.start])
        if arrest_in and _OF_ONE_AFTER.match(sent[m.end :]):
            a = s.start + max(0, m.start - 30) + arrest_in.start()
            out.append(
                Figure("arrests", 1.0, "exact", src, m.place, status="arrested", figure_span=(a, s.start + m.end))
            )  # "la detención en Medellín (Colombia) de un ciudadano cubano-mexicano"
            continue
        own = _COUNTRYS_ARREST_OF_ONE.match(sent[m.end :])
        if own and m.place.kind == "country":
            a = s.start + m.end + own.start()
            out.append(
                Figure("arrests", 1.0, "exact", src, m.place, status="arrested", figure_span=(a, a + own.end()))
            )  # "Poland's arrest of a 38-year-old"
            continue
        # "In Costa Rica, authorities captured a Colombian national": the opening place, then its force
        skip = 1 if opened and sent[m.end :].startswith(",") else 0
        rest = sent[m.end + skip :]
        after = _ARRESTED_ONE.match(rest)
        police = re.match(
            r"^\s+(?:\w+\s+)?" + countries.FORCE_WORDS + r"\b", rest, re.I
        )
        before = sent[max(0, m.start - 40) : m.start]
        subject = (
            police
            or re.search(
                countries.FORCE_NAMED + r"\s+(?:in|of|de|del)?\s*$", before, re.I
            )
            or m.place.kind == "country"
            and _is_agency_phrase(sent, m)
        )
        if after and re.search(r"\bto\s", after.group(0), re.I) and not _CAUSED_TO.search(before):
            after = None  # "the DEA is seeking to arrest a suspect": not done
        if after and subject:
            a = s.start + m.end + skip + after.start()
            # "a father and son", "a man and a woman": two people
            pair = re.match(
                r"^\s+(?:and|y|e)\s+(?:a|an|his|her|their|su|un|una)?\s*[\w-]+", sent[m.end + skip + after.end() :]
            )
            out.append(
                Figure(
                    "arrests",
                    2.0 if pair else 1.0,
                    "exact",
                    src,
                    m.place,
                    status="arrested",
                    figure_span=(a, a + after.end() + (pair.end() if pair else 0)),
                )
            )
    return out


def _is_agency_phrase(sent: str, m: Mention) -> bool:
    """The mention is a national agency or "<demonym> police" (the subject of an arrest)."""
    text = sent[m.start : m.end]
    return text in countries.AGENCIES or bool(re.match(r"^\s+(?:police|authorities)\b", sent[m.end :], re.I))


#: "identify and safeguard a nine-year-old victim", "the rescue of a 14-year-old girl", "rescataron a una menor".
_ONE_VICTIM = re.compile(
    r"\b(?:rescued?|rescuing|safeguard(?:ed|ing)?|saved?|freed?|rescate de|rescató a|rescataron a|"
    r"liberó a|liberaron a|puso a salvo a|pusieron a salvo a)\s+(?:of\s+)?(?:a|an|one|un|una|al|a la)\s+"
    r"(?:(?:[\w]+-year-old|[\w]+-month-old|de \d+ años|de [\w]+ años)\s+)?"
    r"(?:victim|child|girl|boy|baby|infant|minor|teenager|víctima|niña|niño|menor|bebé|adolescente)\b",
    re.I,
)


def one_victim(
    sent: str, mentions: list[Mention], framing: PlaceRef | None, src: Quoted, s: sentences.Sentence
) -> list[Figure]:
    """One victim named in a case story ("In Argentina, … safeguard a nine-year-old victim"): a
    figure of one only where the sentence or its paragraph gives the country."""
    hit = _ONE_VICTIM.search(sent)
    if hit is None:
        return []
    after = next((m for m in mentions if m.start >= hit.end() and m.start - hit.end() <= 40), None)
    place = after.place if after is not None and after.place.kind != "region" else framing
    if place is None:
        return []
    a = s.start + hit.start()
    return [Figure("victims_identified", 1.0, "exact", src, place, figure_span=(a, a + len(hit.group(0))))]


#: "All four remain in French custody", "Los tres siguen bajo custodia francesa": those arrested, in that country.
_IN_CUSTODY = re.compile(
    r"^\W*(?:(?:all|the|those|these|los|las|todos los|todas las)\s+)?(?P<n>[\w-]+)\s+(?:\w+\s+)?"
    r"(?:remain|remained|are|were|have been|continue to be|siguen|permanecen|están|quedaron|continúan)\s+"
    r"(?:in|under|en|bajo)\s+(?:(?P<dem1>[^\W\d_]+)\s+(?:police\s+)?custody|custodia\s+(?:de la policía\s+)?"
    r"(?P<dem2>[^\W\d_]+))\b",
    re.I,
)


#: A demonym's country ("French" → FRA), read from the one list of demonyms in `countries`.
DEMONYM_COUNTRY = {w.casefold(): iso for iso, words in countries.DEMONYMS.items() for w in words}


def in_custody(sent: str, lang: str, src: Quoted, s: sentences.Sentence) -> list[Figure]:
    hit = _IN_CUSTODY.match(sent)
    if hit is None:
        return []
    iso = DEMONYM_COUNTRY.get((hit.group("dem1") or hit.group("dem2")).casefold())
    qs = numbers.find_quantities(hit.group("n"), lang)
    if iso is None or len(qs) != 1 or qs[0].unit or qs[0].value is None:
        return []
    a = s.start + hit.start("n")
    return [
        Figure("arrests", qs[0].value, "exact", src, PlaceRef("country", countries.display_name(iso), iso3=iso),
               status="arrested", figure_span=(a, a + len(hit.group("n"))))
    ]


_ANOTHER = re.compile(
    r"\b(?:otra|another|one more|one other)\s+(detención|arrest|arresto|detenido)\s+(?:en|in)\s+"
    r"(?:the\s+|la\s+)?$",
    re.I,
)


def another(sent: str, mentions: list[Mention], src: Quoted, s: sentences.Sentence) -> list[Figure]:
    out = []
    for m in mentions:
        hit = _ANOTHER.search(sent[max(0, m.start - 40) : m.start])
        if hit:
            a = s.start + max(0, m.start - 40) + hit.start()
            out.append(Figure("arrests", 1.0, "exact", src, m.place, status="arrested", figure_span=(a, a + 5)))
    return out
