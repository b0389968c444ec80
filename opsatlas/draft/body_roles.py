"""The role a sentence gives a body it names: `role_of`, from the role verbs of `ROLES` nearest the body.

A body that opens its sentence and arrests or seizes carried the operation out; one named after "en
colaboración con" or "with the support of" supported it; otherwise the nearest role verb within 90
characters decides. Which bodies a sentence names, and national forces by their country, are `bodies`'.
"""

from __future__ import annotations

import re

from .metric_words import VERBS

#: Verbs that give a body a role, and the role they give (English and Spanish).
ROLES: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (role, re.compile(p, re.I))
    for role, p in (
        (
            "led the operation",
            r"\b(?:led(?!\s+to\b)|leads(?!\s+to\b)|leading(?!\s+to\b)|-led|headed|spearheaded|spearheading|lideraron|liderad[oa]|han liderado|"
            # "coliderada por la Unidad Financiera…", "co-led by…"
            r"co-?led|co-?liderad[oa]|co-?lideró|co-?dirigid[oa]|"
            r"lideró|lidera|lideran|liderando|encabeza|encabezan|encabezaron|"
            r"ha liderado|encabezara|encabezaran|liderara|lideraran|"
            r"dirigid[oa]|encabezad[oa]|encabezó|dirigió)\b|\b(?:led|directed) by\b|"
            # "carried out under the leadership of Danish police", "bajo la dirección de la Fiscalía"
            r"\bunder the (?:leadership|direction|command) of\b|\bbajo (?:la dirección|el mando|el liderazgo) de\b",
        ),
        (
            "coordinated the operation",
            # "en coordinación con la Policía de X", "in coordination with": X is a partner, not the coordinator
            r"\b(?:coordinated|co-ordinated|co-ordinate|coordinate|coordinating|"
            r"coordination|coordinad[oa]s?|coordinó|coordinaron|coordina|coordinan|coordinaba|coordinaban|"
            r"coordinación)\b(?!\s+(?:[\w-]+\s+)?(?:con|with)\b)",
        ),
        (
            "initiated the investigation",
            # (not an action that began: "began executing arrest warrants")
            r"\b(?:initiated|triggered|(?:started|began)(?!\s+(?!investigat|prob|look)\w+ing\b)|launched|inició|"
            r"iniciad[oa]|initiative of|iniciativa de|"
            r"impulsad[oa]s?|puso en marcha|alerted|tipped off|raised the alarm|alertó|alertaron|alertara|"
            r"advirtió de|advirtiera de|advirtieron de|dio la alerta|dieron la alerta|"
            # "La investigación tuvo su origen en los Carabinieri"
            r"(?:tuvo|tiene) su origen en)\b",
        ),
        (
            "carried out the operation",
            r"\b(?:dismantled|dismantle|desmantelad[oa]|desarticulad[oa]|ha desmantelado|"
            r"ha desarticulado|carried out|conducted|conducts|llevad[oa] a cabo|investigated|"
            r"(?:realizad|efectuad|practicad|ejecutad)[oa]s? por|"
            # "La Guardia Civil ha realizado una macro operación…"
            r"(?:ha|han|había|habían) (?:realizado|efectuado|ejecutado)|"
            r"investigó|investigad[oa]s por|investigated by|busted|took down|takedown|practicó|realizó|ejecutó|"
            r"arrested by|detenid[oa]s por|"
            # "the National Civil Police executed 26 search warrants", "served arrest warrants"
            r"(?:executed|served)\s+(?:[\w,-]+\s+){0,3}?(?:search\s+|arrest\s+)?(?:warrants|raids|searches)|"
            # "la FELCN llevó adelante el operativo", "la Guardia Civil desarticuló la red", "la Aduana y la Guardia
            # Civil acaban de desmantelar…"
            r"desarticuló|desarticularon|desmanteló|desmantelaron|desbarató|desbarataron|"
            r"(?:acaba|acaban|acababa|acababan) de (?:desarticular|desmantelar)|"
            r"llev[óo] adelante|llevaron adelante|llevad[oa]s? adelante|"
            # Colombia's "adelantar" for carrying out: "El operativo fue adelantado por la Policía Nacional", "la
            # Policía y la Armada adelantaron una operación", "desarrollaron un operativo"
            r"(?:adelantad|desarrollad)[oa]s? por|"
            r"(?:adelant|desarroll)(?:ó|aron|a|an)\s+(?:un|una|el|la|los|las)\s+(?:[\w-]+\s+)?"
            r"(?:operación|operaciones|operativo|operativos|investigación)|"
            r"(?:ha|han|había|habían) (?:adelantado|desarrollado)\s+(?:un|una|el|la|los|las)\s+(?:[\w-]+\s+)?"
            r"(?:operación|operaciones|operativo|operativos|investigación)|"
            # "La Policía Nacional y la Guardia Civil dan por concluida la operación"
            r"(?:da|dan|dio|dieron|ha dado|han dado) por (?:cerrad|concluid|finalizad|terminad)[oa]|"
            r"arrestad[oa]s por)\b",
        ),
        (
            "supported the operation",
            r"\b(?:supported|support|assisted|assistance|helped|facilitated|with the help|aiding|aided|"
            r"apoy[oó]|apoyad[oa]s?|apoyo|colaboración|colaboró|ayuda|asistencia|junto con|en colaboración con|"
            # "in collaboration with Spanish police", "respaldada por Europol", "han colaborado con la NCA"
            r"collaboration|collaborated|collaborating|colaboran|colaboraron|(?:ha|han|había|habían) colaborado|"
            # "a Europol-backed operation"
            r"respaldad[oa]s?|respaldo|backed by|-backed|"
            r"cooperation|"
            # (not a standing partnership: "ICE works in partnership with NCMEC, which is asking the public…")
            r"cooperación|cooperaciones|cooperated|cooperó|(?<!works )in partnership|"
            # "en coordinación con la Policía de X", "in coordination with": X worked beside the one that acted
            r"(?:coordinación|coordinad[oa]s?) (?:[\w-]+ )?con|coordination with|coordinated with|coordinando con|"
            # "se coordinó con Interpol", "la Fiscalía coordinó con la DEA", "coordinates with": worked beside it
            r"coordinating with|coordin(?:ó|aron|a|an|aba|aban) con|coordinates with)\b",
        ),
        (
            "took part in the operation",
            r"\b(?:participated|took part|joined forces|involved|participó|participaron|participan|participaban|"
            r"junto a|included|includes|"
            # "una comisión integrada por la justicia, Interpol y…", "a task force made up of…"
            r"integrad[oa] por|integrad[oa]s por|conformad[oa] por|compuest[oa] por|made up of|composed of|"
            # "en una operación conjunta con Europol", "in a joint operation with Eurojust"
            r"(?:operación|operativo|investigación) conjunta? con|conjuntamente con|"
            r"joint (?:operation|investigation|action) with|jointly with|"
            # "este trabajo conjunto entre la FELCN y la Policía del Perú", "a joint effort between…"
            r"(?:trabajo|labor|esfuerzo|operación|operativo|investigación) conjunt[oa] entre|"
            # "una operación policial conjunta de la Policía Nacional y la Policía de Francia"
            r"(?:operación|operativo|investigación)(?: policial)? conjunt[oa] de|"
            # "en la que además ha participado Europol", "contó con la participación de Interpol"
            r"(?:ha|han|había|habían|has|have|had) participado|participación|participation|"
            r"joint (?:[\w-]+ )?(?:work|effort|operation|investigation) (?:between|by)|"
            r"incluyó|incluía|"
            r"together with|partnered|working together|alongside)\b",
        ),
        (
            "announced the results",
            r"\b(?:announced|announce|said|says|stated|reported|anunció|anunciaron|informó|informaron|ha informado|"
            r"han informado|han anunciado|dijo|añadió|"
            r"puntualizó|declaró|señaló|comunicó|según|according to|"
            # "La Procuraduría dio a conocer los resultados", "han dado a conocer la operación"
            r"(?:dio|dieron|da|dan|(?:ha|han) dado) a conocer)\b",
        ),
    )
)


#: A body as the subject of arrests: "la Guardia Civil ha detenido a…", "the FBI arrested…": it carried them out.
SUBJECT_ARRESTS = re.compile(
    # (its acronym may follow it: "The Central Bureau of Investigation (CBI) has so far apprehended…")
    r"^(?:\)|\s*\([A-Z]{2,8}\))?\s+(?:(?:also|también|later|then|luego)\s+)?"
    r"(?:(?:ha|han|has|have|had|había|habían)\s+)?"
    r"(?:(?:so far|already|ya|hasta ahora)\s+)?(?:[a-z]+ly\s+)?"
    r"(?:detenido|detuvo|detuvieron|arrestado|arrestó|arrestaron|arrested|detained|apprehended|"
    # "New Zealand Customs and Police made the successful arrest", "the FBI made 12 arrests"
    r"made\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,2}?arrests?)\b",
    re.I,
)
#: The body that opens the sentence and seizes, intercepts or rescues: "La Policía Nacional ha interceptado un
#: convoy…", "The FBI seized…" (inside a longer subject, "A joint operation between X and Y seized…", it did not).
_SUBJECT_SEIZES = re.compile(
    r"^\s+(?:(?:also|también)\s+)?(?:(?:ha|han|has|have|had|había|habían)\s+)?(?:[a-z]+ly\s+)?"
    r"(?:interceptado|interceptó|intercepted|incautado|incautó|seized|rescatado|rescató|rescued)\b",
    re.I,
)
#: The body that opens the sentence, then an aside, then its verb: "La Policía Nacional, en una operación
#: conjunta con Europol…, ha desarticulado…", "The FBI, working with partners in six countries, dismantled…".
#: ("Agentes de la Policía Nacional, …", "Officers from the FBI, …": the body's officers open it too.)
OPENING_SUBJECT = re.compile(
    r"^\s*(?:(?:agentes|efectivos|miembros|officers|agents|investigators)\s+(?:de|del|from|of)\s+)?"
    r"(?:(?:the|la|el|los|las)\s+)?$",
    re.I,
)
#: What the subject did after the aside: arrests, a takedown, seizures, interceptions, rescues
#: ("…, ha procedido a la detención de 6 personas", "…, logró la incautación de…", "…, seized 2 tonnes").
SUBJECT_ACTS_AFTER_ASIDE = re.compile(
    r"^\s*,[^;]{1,320}?,\s+(?:(?:also|también)\s+)?(?:(?:ha|han|has|have|had|había|habían)\s+)?"
    r"(?:detenido|detuvo|detuvieron|arrestado|arrestó|arrestaron|arrested|detained|apprehended|"
    r"desarticulado|desarticuló|desarticularon|desmantelado|desmanteló|desmantelaron|dismantled|"
    r"busted|took down|broke up|smashed|llevado a cabo|llevó a cabo|llevaron a cabo|carried out|conducted|"
    r"realizado|realizó|ejecutado|ejecutó|"
    r"procedido a la detención|procedió a la detención|procedieron a la detención|"
    r"incautado|incautó|incautaron|interceptado|interceptó|interceptaron|seized|intercepted|"
    r"rescatado|rescató|rescataron|liberado|liberó|liberaron|rescued|freed|"
    r"logrado|logró|lograron|conseguido|consiguió|managed)\b",
    re.I,
)
#: How far after the subject its verb may stand, past an aside listing its partners ("La Guardia Civil, en
#: colaboración con la Inspección…, la Oficina… y la Dirección…, ha desmantelado…").
ASIDE_REACH = 380
#: Words that make the bodies written after them the operation's partners ("the agency worked with
#: partners in…, as well as Europol"); the body before them is the one that worked, not a partner.
_PARTNERS_BEFORE = re.compile(
    r"\b(?:work(?:ed|ing)?\s+(?:closely\s+)?with|partners?|(?<!works )in partnership with|socios|"
    r"trabaj(?:ó|aron|a|an|ando)\s+(?:junto\s+)?con)\b",
    re.I,
)


#: The participle before "by"/"por" ("llevada a cabo" whole) and the body (or its officers: "llevada a cabo por
#: agentes de la Policía Nacional", "carried out by officers of the FBI").
_BY_BEFORE = re.compile(
    r"((?:llevad[oa]s?\s+a\s+|carried\s+)?[\w-]+)\s+(?:by|por)\s+"
    r"(?:(?:agentes|efectivos|miembros|officers|agents)\s+(?:de|del|of|from)\s+)?"
    r"(?:the\s+|la\s+|el\s+|los\s+|las\s+)?$",
    re.I,
)


#: "una operación de Interpol", "an operation of Europol": the body's own operation, which it coordinated.
OWN_OPERATION = re.compile(r"^['’]s\s+(?:[\w-]+\s+){0,3}?(?:operation|operations|campaign|crackdown)\b", re.I)
#: The body's own takedown, in the possessive: "the Narcotics Control Bureau's successful dismantling of a
#: syndicate", "the FBI's takedown of the forum": it carried the operation out.
_OWN_TAKEDOWN = re.compile(
    r"^['’]s\s+(?:[\w-]+\s+){0,2}?(?:dismantling|takedown|take-down|busting|bust|break-up|disruption)\s+of\b", re.I
)
#: The body that had others' help ran the operation: "la Guardia Civil, que ha contado con la colaboración de
#: cuerpos policiales de…", "la Policía contó con el apoyo de la DEA", "Australian authorities enlisted support
#: from the DHS" (its acronym may stand between).
_HAD_HELP = re.compile(
    r"^(?:\s*\([A-Z][\w-]{1,9}\))?\s*(?:,\s*(?:que|which|who)\s+)?(?:(?:también|also)\s+)?"
    r"(?:(?:ha|han|había|habían)\s+contado|contó|contaron|cuenta|cuentan|contaba|contaban)\s+con\s+"
    r"(?:la|el)\s+(?:[\w-]+\s+)?(?:colaboración|apoyo|ayuda|cooperación|asistencia|respaldo)\b"
    r"|^(?:\s*\([A-Z][\w-]{1,9}\))?\s*(?:,\s*(?:which|who)\s+)?"
    r"(?:had|has|have|received|enlisted|obtained|sought)\s+(?:the\s+)?(?:[\w-]+\s+)?"
    r"(?:support|help|assistance|cooperation)\s+(?:of|from)\b",
    re.I,
)
#: The body's name used as an adjective: "a National Crime Agency operation", "an FBI investigation".
_AN_BEFORE = re.compile(r"\b(?:a|an|the|una?)\s+$", re.I)
_OPERATION_AFTER = re.compile(r"^\s+(?:[\w-]+\s+)?(?:operation|investigation|probe|crackdown|campaign|sting)\b", re.I)
OPERATION_OF = re.compile(
    # also its action days: "los Días de Acción Conjunta de Europol", "the Joint Action Days of Europol"
    r"(?:\b(?:operación|operativo|operation)|\b(?:Días de Acción|Joint Action Days?)(?:\s+[Cc]onjunta)?[”\"»]?)"
    r"\s+(?:de|of)\s+(?:la\s+|the\s+)?$",
    re.I,
)


#: The words that make the body named after them the partner of the one that acted, in one clause (a list of
#: bodies may follow): "Una operación de la policía portuguesa, en colaboración con las autoridades españolas,
#: desmanteló…", "The FBI, with the assistance of Interpol and Dutch police, dismantled…".
_PARTNER_PHRASE_BEFORE = re.compile(
    r"\b(?:en (?:colaboración|cooperación|coordinación) con|in (?:collaboration|cooperation|coordination) with|"
    r"con (?:el |la )?(?:apoyo|ayuda|asistencia|colaboración) de|with the (?:support|assistance|help) of)\s+"
    r"(?:[^,;:.]|,\s+(?=(?:y|e|and|la|el|los|las|the)\s|(?-i:[A-ZÁÉÍÓÚ])))*$",
    re.I,
)


def role_of(sentence: str, start: int, end: int, named: bool = True) -> str | None:
    """The role verb nearest the body in its sentence (within 90 characters), if any; a body named
    by its own name (not "German authorities") that arrests carried the operation out."""
    partner = _PARTNER_PHRASE_BEFORE.search(sentence[max(0, start - 120) : start]) is not None
    if named and not partner and SUBJECT_ARRESTS.match(sentence[end : end + 40]):
        return "carried out the operation"  # (not "… en colaboración con la Policía de Francia ha detenido…")
    if named and OPENING_SUBJECT.match(sentence[:start]) and _SUBJECT_SEIZES.match(sentence[end : end + 40]):
        return "carried out the operation"
    if OPENING_SUBJECT.match(sentence[:start]) and SUBJECT_ACTS_AFTER_ASIDE.match(sentence[end : end + ASIDE_REACH]):
        return "carried out the operation"
    if named and _acts_with_partners(sentence, start, end):
        return "carried out the operation"
    if _HAD_HELP.match(sentence[end : end + 80]):
        return "carried out the operation"
    if named and _OWN_TAKEDOWN.match(sentence[end : end + 60]):
        return "carried out the operation"
    if named and (
        OWN_OPERATION.match(sentence[end : end + 60])
        or (_AN_BEFORE.search(sentence[max(0, start - 6) : start]) and _OPERATION_AFTER.match(sentence[end : end + 40]))
    ):
        return "coordinated the operation"  # "Interpol's Operation HAECHI VI": its own operation, as "una operación de Interpol"
    if OPERATION_OF.search(sentence[max(0, start - 45) : start]):
        # "una operación de Interpol": its own operation, which it coordinated; "una operación de la policía
        # portuguesa": a national force's own operation, which it carried out
        return "coordinated the operation" if named else "carried out the operation"
    by = _BY_BEFORE.search(sentence[max(0, start - 50) : start])
    if by:  # "liderada por Interpol y apoyada por la Agencia…": the participle right before "por" is its role
        for role, rx in ROLES:
            if rx.fullmatch(by.group(1)) or rx.search(by.group(0)):
                return role
    found = nearest_role(sentence, start, end)
    if found == "carried out the operation" and partner:
        return "supported the operation"  # the verb after the aside is the subject's, not the partner's
    if found is None and any(0 <= start - m.end() <= 90 for m in _PARTNERS_BEFORE.finditer(sentence[:start])):
        return "supported the operation"
    return found


#: A participle with its agent after it: "autoridades españolas y galas, coordinadas por Europol" — the body
#: written before it was coordinated, it did not coordinate.
_BY_AFTER = re.compile(r"\s+(?:directamente\s+|directly\s+)?(?:por|by)\b", re.I)


#: The words after a body that make the bodies named next its partners: "The CBI in coordination with the FBI …
#: arrested", "La Policía Nacional con apoyo de la DEA se incautó de…" (its acronym may stand between).
_PARTNERS_RIGHT_AFTER = re.compile(
    r"^(?:\s*\([A-Z][\w-]{1,9}\))?\s+(?:in (?:coordination|collaboration|cooperation|partnership) with|"
    r"en (?:coordinación|colaboración|cooperación) con|con (?:el\s+)?(?:apoyo|ayuda) de|"
    r"with (?:the\s+)?(?:support|help|assistance) (?:of|from)|junto (?:con|a)|together with|along with)\b",
    re.I,
)
#: Where the story was filed, before the sentence's subject: "New Delhi: ", "MADRID, 12 Mar. - ".
_FILED_AT = re.compile(r"^[A-Z][\w.' -]{2,30}(?:,\s*[\w.' -]{2,30})?\s*(?::|–|—|-{1,2})\s+")


def _acts_with_partners(sentence: str, start: int, end: int) -> bool:
    """The body opening the sentence and then naming its partners, without commas, arrested or seized: "The
    CBI in coordination with the FBI and INTERPOL arrested…" (its partners, not it, helped)."""
    filed = _FILED_AT.match(sentence[:start])
    opening = sentence[filed.end() if filed else 0 : start]
    if not OPENING_SUBJECT.match(opening) or not _PARTNERS_RIGHT_AFTER.match(sentence[end:]):
        return False
    rest = sentence[end:]
    return VERBS["arrest"].search(rest) is not None or VERBS["seize"].search(rest) is not None


#: Words in brackets: "(colaboración entre puertos)".
_BRACKETED = re.compile(r"\([^()]*\)")


def nearest_role(sentence: str, start: int, end: int) -> str | None:
    for role, rx in ROLES[:3]:  # leading, coordinating, initiating win when they are close ...
        for m in rx.finditer(sentence):
            if role != ROLES[2][0] and m.start() >= end and _BY_AFTER.match(sentence, m.end()):
                continue  # the body before "coordinated by …" is its object
            d = m.start() - end if m.start() >= end else start - m.end()
            between = sentence[m.end() : start] if m.end() <= start else sentence[end : m.start()]
            # ... unless another verb stands between ("led by the FBI and included the RCMP")
            if 0 <= d <= 40 and not any(other.search(between) for r, other in ROLES[3:6]):
                return role
            if d < 0:
                return role
    best: tuple[int, str] | None = None
    asides = [(a.start(), a.end()) for a in _BRACKETED.finditer(sentence)]
    for role, rx in ROLES:
        for m in rx.finditer(sentence):
            if role in (ROLES[0][0], ROLES[1][0]) and m.start() >= end and _BY_AFTER.match(sentence, m.end()):
                continue
            if any(a <= m.start() < b and not a <= start < b for a, b in asides):
                continue  # "el Proyecto SEACOP (colaboración entre puertos), y … la Policía Federal": the brackets'
            d = m.start() - end if m.start() >= end else start - m.end()
            if d < 0:
                d = 0
            if d <= 90 and (best is None or d < best[0]):
                best = (d, role)
    return best[1] if best else None
