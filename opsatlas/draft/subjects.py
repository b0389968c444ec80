"""The subject of a count places it: a national force ("Spanish police arrested 20", "La Policía Nacional ha
intervenido 39 dispositivos"), a force named after the verb ("arrested by detectives from the Metropolitan
Police") or a subject placed in one country ("The operation in Spain resulted in 12 arrests").

Not when the sentence reports the whole operation ("said", "international", "worldwide"), names the force
only as a helper ("with the support of the FBI") or as the one that led the operation.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from . import countries, metric_words, numbers, roles
from .facts import Mention, PlaceRef
from .lists import chain_of

#: "The operation in Spain resulted in 12 arrests", "La cifra de detenidos en España asciende a 12": a subject
#: placed in one country, then the verb of its result.
_SUBJECT_BEFORE_PLACE = re.compile(
    r"^\W*(?:(?:the|a|an|la|el|las|los|una?)\s+)?(?:[^\W\d_]+\s+){0,4}?(?:in|en)\s+(?:the\s+)?$", re.I
)


_RESULT_VERB = re.compile(
    r"\s+(?:resulted in|led to|ended with|yielded|netted|produced|dejó|deja|se saldó con|se ha saldado con|culminó con|"
    r"arrojó|permitió|ha permitido|stood at|was|totall?ed|asciende a|ascendió a|es de|fue de|alcanzó|reached)\s+"
    r"(?:(?:the|la|el)\s+)?(?:(?:arrest|detention|detención|captura|arresto|rescue|rescate|seizure|incautación)\s+"
    r"(?:of|de)\s+)?(?:(?:a total of|un total de)\s+)?",
    re.I,
)


def subject_in_place(sent: str, q: numbers.Quantity, mentions: list[Mention]) -> PlaceRef | None:
    m = next((m for m in reversed(mentions) if m.end <= q.start), None)
    if m is None or m.place.kind != "country" or not _SUBJECT_BEFORE_PLACE.match(sent[: m.start]):
        return None
    if len(chain_of(sent, mentions, m, forward=False)) > 1 or len(chain_of(sent, mentions, m, forward=True)) > 1:
        return None  # "an operation in Spain and Portugal": several countries
    return m.place if _RESULT_VERB.fullmatch(sent[m.end : q.start]) else None


#: A force named before its country: "Police in Romania", "la Policía de Colombia", "the Federal Police of Brazil".
FORCE_OF_COUNTRY = re.compile(countries.FORCE_NAMED + r"\s+(?:in|of|de|del|en)\s+(?:the\s+|la\s+|el\s+)?$", re.I)


#: The words that report a statement (one list: a figure's reported place and a force's subject read it).
SAID_WORDS = (
    r"said|says|say|announced|reported|stated|according|told|added|declared|confirmed|explained|explains|noted|"
    r"revealed|indicated|detailed|detalló|precisó|informó|informa|ha informado|han informado|dijo|señaló|"
    r"anunció|explicó|según|indicó|afirmó|confirmó|declaró|dice|dicen|agregó|añadió"
)


_REPORTING = re.compile(
    r"\b(?:" + SAID_WORDS + r"|international|internacional|multinational|global|joint|conjunta|conjunto|"
    r"europe[oa]?|european|worldwide)\b",
    re.I,
)


NOT_SUBJECT = re.compile(
    r"(?i:\b(?:by|por|with|con|to|from|desde|for|para|apoyo de|ayuda de|colaboración de|support of|help of|"
    r"assistance of|coordination of|coordinación de|respaldo de)\s+(?:the\s+|la\s+|el\s+|los\s+|las\s+|their\s+|its\s+|"
    r"sus\s+|su\s+)?)"
    # "con apoyo de EUROPOL y DEA": every body of the list
    r"(?:[A-ZÁÉÍÓÚ][\w-]*(?:\s+[A-ZÁÉÍÓÚ][\w-]*)*\s*(?:,|\by\b|\band\b|\be\b)\s*(?i:the\s+|la\s+|el\s+)?)*$"
)


#: A helper named by what it is before its country: "con el apoyo de la agencia antidrogas de Estados Unidos (DEA)",
#: "with the help of the anti-drug agency of the United States" (a helper, not who did it).
_HELPER_BODY = re.compile(
    r"\b(?:apoyo|ayuda|colaboración|respaldo|support|help|assistance)\s+(?:de|of|from)\s+"
    r"(?:the\s+|la\s+|el\s+|los\s+|las\s+)?(?:[a-záéíóúñ-]+\s+){1,4}(?:de|of|from|in)\s+(?:the\s+|los\s+)?"
    r"(?:[A-ZÁÉÍÓÚ][\w-]*\s+)*\(?$"
)


#: A partner's force named in a helper's phrase, its name's words in lower case: "en una operación conjunta con
#: autoridades de ", "con el apoyo de la agencia antidrogas de ", "together with police from the ".
_PARTNER_FORCE_OF = re.compile(
    r"\b(?:con|with|together with|junto a|junto con|apoyo de|ayuda de|colaboración de|colaboración con|"
    r"cooperación con|cooperation with|support of|help of|assistance of)\s+(?:the\s+|la\s+|el\s+|los\s+|las\s+)?"
    r"(?:[^\W\d_]+\s+){1,3}?(?:of|de|del|from|in|en)\s+(?:the\s+|la\s+|el\s+)?$",
    re.I,
)
#: A country's name and an opening bracket, before its agency's acronym: "Estados Unidos (" before "DEA".
_NAME_AND_BRACKET = re.compile(r"^\s*\($")


def named_as_helper(sent: str, m: Mention, mentions: Sequence[Mention] = ()) -> bool:
    """Whether a country (or its force) is named only as a helper or a partner, not as the one that did what the
    figures count: "by", "with the support of the FBI", "con el apoyo de la agencia antidrogas de Estados Unidos
    (DEA)", "en una operación conjunta con autoridades de Ecuador" (the acronym after the country's name too)."""
    near = sent[max(0, m.start - 80) : m.start]
    if NOT_SUBJECT.search(near[-40:]) or _HELPER_BODY.search(near) or _PARTNER_FORCE_OF.search(near[-60:]):
        return True
    named = next(
        (o for o in reversed(mentions) if o.end <= m.start and _NAME_AND_BRACKET.match(sent[o.end : m.start])), None
    )
    return named is not None and named.place.iso3 == m.place.iso3 and named_as_helper(sent, named, mentions)


WHOLE_SCOPE = re.compile(
    r"\b(?:worldwide|globally|across the globe|around the world|across the world|en todo el mundo|a nivel mundial|"
    r"a nivel europeo|a nivel internacional|a nivel global|in all participating countries|en todos los países)\b",
    re.I,
)


LED_OPERATION = re.compile(
    r"\b(?:led|leads|leading|spearheaded|spearheading|coordinated|coordinating|lideró|lidera|liderando|encabezó|"
    r"coordinó|dirigió)\b[^;:]*?\b(?:operation|operación|operativo|ofensiva|crackdown|offensive|campaign|campaña|"
    r"investigation|investigación)\b",
    re.I,
)


_BY_AFTER = re.compile(
    r"^[^.;,]{0,60}?\b(?:by|por)\s+(?:the\s+|la\s+|el\s+|los\s+|las\s+)?(?:[\w-]+\s+){0,4}?"
    r"(?:(?:from|of|de)\s+(?:the\s+|la\s+|el\s+)?)?$",
    re.I,
)


#: The agent of a passive verb, up to the force's country: "detenidas por la policía " (of "española"), "arrested
#: by detectives from the " (of "Metropolitan Police"); the verb is read by `metric_words.VERBS`.
_VERB_BY = re.compile(
    r"(?P<verb>[^\W\d_]+)\s+(?:by|por)\s+(?:the\s+|la\s+|el\s+|los\s+|las\s+)?(?:[\w-]+\s+){0,4}?"
    r"(?:(?:from|of|de)\s+(?:the\s+|la\s+|el\s+)?)?$",
    re.I,
)


def _arrested_by(sent: str, q: numbers.Quantity, m: Mention) -> bool:
    """ "Un total de 27 personas que se dedicaban a la explotación sexual … fueron detenidas por la policía
    española": the arrest verb's agent, however far the people's description runs (no other number, no clause end
    between)."""
    gap = sent[q.end : m.start]
    by = _VERB_BY.search(gap)
    return (
        by is not None
        and bool(metric_words.VERBS["arrest"].fullmatch(by.group("verb")))
        and not re.search(r"[\d.;:]", gap)
    )


def force_after(
    sent: str, q: numbers.Quantity, mentions: list[Mention], cs: list[countries.CountryMention]
) -> PlaceRef | None:
    """ "eight men were arrested by detectives from the Metropolitan Police", "fueron detenidos por la policía
    francesa": the force named after the verb did it, in its country."""
    after = [m for m in mentions if m.place.kind != "region" and m.start >= q.end and m.start - q.end <= 200]
    # "un fugitivo buscado en Perú fue arrestado por la Policía Federal de Argentina": the place after "by"
    m = next(
        (
            m for m in after
            if (m.start - q.end <= 90 and _BY_AFTER.match(sent[q.end : m.start])) or _arrested_by(sent, q, m)
        ),
        None,
    )
    if m is None:
        return None
    if m.place.kind != "country":
        # "16 people were arrested by the Karnataka Police": a state's or a city's own force, there
        local = re.match(r"^\s*" + countries.FORCE_WORDS, sent[m.end :], re.I)
        return m.place if local else None
    if any(o.place.kind == "country" and o.place != m.place and o.start > m.start for o in mentions):
        return None  # "by the Chilean police after an investigation between Peru and Chile": not said where
    c = next((c for c in cs if c.start == m.start), None)
    if c is None:
        return None
    if c.via == "agency" or (c.via == "demonym" and _police_after(sent, c)) or re.match(
        r"^\s*" + countries.FORCE_WORDS, sent[m.end :], re.I
    ) or re.search(countries.FORCE_NAMED + r"\s+(?:of|de|del)?\s*$", sent[max(0, m.start - 40) : m.start], re.I):
        return m.place
    if _POSSESSIVE_FORCE.match(sent[m.end :]):
        return m.place  # "arrested by Brazil's Federal Police"
    return None


#: A force that reports its own arrests: "… Federal Police said it arrested 120", "informó de que había detenido a",
#: "informó de la detención de", "said on Tuesday it had arrested", "ha informado hoy de que ha detenido a".
OWN_REPORT = re.compile(
    r"(?:[’']s(?:\s+[\w-]+){1,4}?)?\s+(?:said|says|reported|announced|informó|anunció|ha informado|comunicó)\s+"
    r"(?:(?:on|this|last|el|este|esta)\s+[^\W\d_]+\s+|(?:today|yesterday|hoy|ayer)\s+)?"
    r"(?:(?:that\s+|de que\s+|que\s+)?(?:it|they|había|habían|ha|han)\s+(?:had\s+|has\s+|have\s+)?[^\W\d_]+\s+(?:a\s+)?"
    r"|(?:de\s+)?la\s+(?:detención|captura|aprehensión)\s+de\s+)",
    re.I,
)


#: An aside that opens right after the subject's force: "Spanish police, with the support of",
#: "La Policía Nacional de Colombia, con el apoyo de".
_ASIDE_AFTER_SUBJECT = re.compile(r"^[^,;:.()]{0,30},")


def _past_helpers(sent: str, before: list[Mention], q: numbers.Quantity) -> Mention:
    """The last country before the figure, past the helpers of an aside between the subject and its verb ("Spanish
    police, with the support of the FBI, arrested 13": Spain, not the FBI's country)."""
    i = len(before) - 1
    while (
        i > 0
        and named_as_helper(sent, before[i], before)
        and _ASIDE_AFTER_SUBJECT.match(sent[before[i - 1].end : before[i].start])
        and "," in sent[before[i].end : q.start]
    ):
        i -= 1
    return before[i]


def agency_subject(
    sent: str, q: numbers.Quantity, mentions: list[Mention], cs: list[countries.CountryMention]
) -> PlaceRef | None:
    """ "La Policía Nacional ha intervenido 39 dispositivos", "Australian investigators … arrested 16
    people": a national force as the subject places its figures in its country, unless the sentence
    reports the whole operation ("said", "international", "worldwide")."""
    before = [m for m in mentions if m.place.kind == "country" and m.end <= q.start and q.start - m.end <= 200]
    if not before or WHOLE_SCOPE.search(sent):
        return None
    m = _past_helpers(sent, before, q)
    gap = sent[m.end : q.start]
    if named_as_helper(sent, m, mentions):
        return None  # "coordinada por la Policía Nacional", "with the support of the FBI": not who did it
    if re.search(r"[;:]", gap) or (_REPORTING.search(gap) and not OWN_REPORT.fullmatch(gap)):
        return None
    if LED_OPERATION.search(gap) or _TOOK_PART_IN.search(gap):
        # "La Policía de Colombia lideró una operación … que dejó 28 toneladas", "La Guardia Civil ha participado en
        # el desmantelamiento de una red…, una operación que se ha cerrado con 18 detenidos": the operation's figures
        return None
    if one_of_listed_forces(sent, m, mentions):
        return None
    c = next((c for c in cs if c.start == m.start), None)
    if c is None:
        return None
    subject = (
        (c.via == "agency" and bool(c.iso3))
        or (c.via == "demonym" and (_police_after(sent, c) or _FORCE_BEFORE.search(sent[max(0, m.start - 40) : m.start])))
        or bool(FORCE_OF_COUNTRY.search(sent[max(0, m.start - 40) : m.start]))
        # "Portugal's Judicial Police arrested 12", "Canada's RCMP"
        or bool(_POSSESSIVE_FORCE.match(sent[m.end :]))
        # "Canada intercepted 18 tons of eel meat": the country itself as the subject
        or _acted_just_before(sent, c, q)
        # "Chile played a key part in the operation by making 30 arrests"
        or roles.country_did_by(sent, c, q.start)
    )
    return m.place if subject else None


def _acted_just_before(sent: str, c: countries.CountryMention, q: numbers.Quantity) -> bool:
    """The country's name is the subject of a verb close before the figure: "Canada intercepted 18 tons",
    "Colombia logró el martes la captura de 34", "Brasil, que acogió el centro de mando, realizó 300 detenciones"."""
    end = roles.acted_verb_end(sent, c)
    return end is not None and q.start - end <= 30


#: A force that only took part in what the figures' operation did: "ha participado en el desmantelamiento de…",
#: "took part in an operation that…".
_TOOK_PART_IN = re.compile(
    r"\b(?:participated|took part|taken part|participado|participó|participaron|colaborado|colaboró|collaborated|"
    r"contributed|contribuido|contribuyó)\s+(?:in|en|a|to)\b",
    re.I,
)


#: Between two countries' forces of one list: "la Policía de Francia y la Policía de", "French police, the Dutch".
_FORCE_LIST_GAP = re.compile(
    r"\s*(?:,\s*(?:(?:and|y|e)\s+)?|\s+(?:and|y|e)\s+)(?:the\s+|la\s+|el\s+|las\s+|los\s+)?"
    + countries.FORCE_NAMED
    + r"\s+(?:of|de|del|from|in|en)\s+(?:the\s+|la\s+|el\s+)?",
    re.I,
)


def one_of_listed_forces(sent: str, m: Mention, mentions: list[Mention]) -> bool:
    """Whether the country's force is listed after another country's: "Spanish and Portuguese police", "la Policía
    de Francia y la Policía de Colombia" (more than one force: not one country's figure)."""
    return any(
        o.place.kind == "country"
        and o.place.iso3 != m.place.iso3
        and (0 <= m.start - o.end <= 14 or bool(_FORCE_LIST_GAP.fullmatch(sent[o.end : m.start])))
        for o in mentions
    )


#: A force named before its demonym: "Los investigadores italianos", "la Policía Judiciaria portuguesa".
_FORCE_BEFORE = re.compile(
    r"(?:" + countries.FORCE_NAMED + r"|\b(?:investigadores|investigators|detectives|fiscales|prosecutors))\s+$", re.I
)


#: A country's force in the possessive: "Portugal's Judicial Police".
_POSSESSIVE_FORCE = re.compile(r"^[’']s\s+(?:(?-i:[A-Z][\w-]+)\s+){0,3}?" + countries.FORCE_WORDS + r"\b", re.I)


_police_after = roles.police_after

