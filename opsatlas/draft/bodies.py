"""Coordinating bodies and their roles, and the lead country where the article states it.

A body is drafted as a coordinator only when its sentence says what it did (led, coordinated,
supported, initiated, took part); a body that is merely named is not a coordinator. International
and regional bodies are declared below; national ones are the agencies of `countries.AGENCIES`,
or "<demonym> police" / "police in <country>" when such a phrase leads or coordinates; ministries and a
country's offices abroad named with their country ("el Ministerio francés del Interior", "la Agregaduría de
España en Rumanía"); and a body outside the tables named right after "coordinada por", "led by",
"llevada a cabo por". The role verbs and the reading of the one nearest a body are `body_roles`'.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise

from .body_roles import (
    ASIDE_REACH,
    OPENING_SUBJECT,
    OPERATION_OF,
    OWN_OPERATION,
    ROLES,
    SUBJECT_ACTS_AFTER_ASIDE,
    SUBJECT_ARRESTS,
    nearest_role,
    role_of,
)
from .countries import AGENCIES, DEMONYMS, SHARED_FORCE_NAMES, CountryMention
from .led_by import CRIME_LED, GENERIC_BODY, LEAD_AFTER, LIST_GAP, lead_countries

#: International and regional bodies: written form -> (display name, kind).
INTERNATIONAL: dict[str, tuple[str, str]] = {
    "INTERPOL": ("INTERPOL", "international"),
    "Interpol": ("INTERPOL", "international"),
    "interpol": ("INTERPOL", "international"),  # "la interpol detuvo a…"
    "Europol": ("Europol", "regional"),
    "EUROPOL": ("Europol", "regional"),
    "Eurojust": ("Eurojust", "regional"),
    "EUROJUST": ("Eurojust", "regional"),
    "Ameripol": ("Ameripol", "regional"),
    "AMERIPOL": ("Ameripol", "regional"),
    "Afripol": ("Afripol", "regional"),
    "AFRIPOL": ("Afripol", "regional"),
    "Aseanapol": ("Aseanapol", "regional"),
    "ASEANAPOL": ("Aseanapol", "regional"),
    "European Cybercrime Centre": ("Europol (EC3)", "regional"),
    "EC3": ("Europol (EC3)", "regional"),
    "Frontex": ("Frontex", "regional"),
    "UNODC": ("UNODC", "international"),
    "United Nations Office on Drugs and Crime": ("UNODC", "international"),
    "Oficina de las Naciones Unidas contra la Droga y el Delito": ("UNODC", "international"),
    # the Lisbon centre where European navies and police watch drug boats at sea
    "Maritime Analysis and Operations Centre": ("MAOC-N", "regional"),
    "MAOC-N": ("MAOC-N", "regional"),
    "European Multidisciplinary Platform Against Criminal Threats": ("EMPACT", "regional"),
    "Joint Cybercrime Action Taskforce": ("Joint Cybercrime Action Taskforce (J-CAT), Europol", "regional"),
    "J-CAT": ("Joint Cybercrime Action Taskforce (J-CAT), Europol", "regional"),
    "JCAT": ("Joint Cybercrime Action Taskforce (J-CAT), Europol", "regional"),
    # its Spanish names ("el Grupo de Acción Contra el Cibercrimen de La Haya")
    "Grupo de Acción Contra el Cibercrimen": ("Joint Cybercrime Action Taskforce (J-CAT), Europol", "regional"),
    "Grupo de Acción contra el Cibercrimen": ("Joint Cybercrime Action Taskforce (J-CAT), Europol", "regional"),
    "Grupo de Acción Conjunta contra el Cibercrimen": ("Joint Cybercrime Action Taskforce (J-CAT), Europol", "regional"),
    "Eurojust's": ("Eurojust", "regional"),
    # a joint investigation team (JIT) set up between countries' judicial authorities, written as a name
    "Joint Investigation Team": ("Joint investigation team (JIT)", "regional"),
    "Equipo Conjunto de Investigación": ("Joint investigation team (JIT)", "regional"),
    # the centre in Vienna where the region's liaison officers work against migrant smuggling
    "Joint Operational Office": ("Joint Operational Office (Vienna)", "regional"),
    "CARICOM IMPACS": ("CARICOM Implementation Agency for Crime and Security (IMPACS)", "regional"),
    "IMPACS": ("CARICOM Implementation Agency for Crime and Security (IMPACS)", "regional"),
    "Impacs": ("CARICOM Implementation Agency for Crime and Security (IMPACS)", "regional"),
    "CARICOM Implementation Agency for Crime and Security": (
        "CARICOM Implementation Agency for Crime and Security (IMPACS)",
        "regional",
    ),
    "World Customs Organization": ("World Customs Organization", "international"),
    "World Customs Organisation": ("World Customs Organization", "international"),
    "Organización Mundial de Aduanas": ("World Customs Organization", "international"),
    "WCO": ("World Customs Organization", "international"),
    # Africa's regional police chiefs' organisations (the rest of their long names varies between copies)
    "Southern African Regional Police Chiefs": (
        "Southern African Regional Police Chiefs Cooperation Organisation (SARPCCO)",
        "regional",
    ),
    "SARPCCO": ("Southern African Regional Police Chiefs Cooperation Organisation (SARPCCO)", "regional"),
    "Eastern African Police Chiefs": ("Eastern African Police Chiefs Cooperation Organisation (EAPCCO)", "regional"),
    "East African Police Chiefs": ("Eastern African Police Chiefs Cooperation Organisation (EAPCCO)", "regional"),
    "EAPCCO": ("Eastern African Police Chiefs Cooperation Organisation (EAPCCO)", "regional"),
    "West African Police Chiefs": ("West African Police Chiefs Committee (WAPCCO)", "regional"),
    "WAPCCO": ("West African Police Chiefs Committee (WAPCCO)", "regional"),
    "Central African Police Chiefs": ("Central African Police Chiefs Committee (CAPCCO)", "regional"),
    "CAPCCO": ("Central African Police Chiefs Committee (CAPCCO)", "regional"),
    "Agencia Caribeña de Implementación para el Crimen y la Seguridad": (
        "CARICOM Implementation Agency for Crime and Security (IMPACS)",
        "regional",
    ),
}



@dataclass(frozen=True)
class BodyMention:
    body: str
    kind: str  # international, regional, national
    iso3: str | None
    role: str | None
    start: int
    end: int


def _national_names() -> dict[str, str]:
    return {k: v for k, v in AGENCIES.items() if v}


_PATTERN = re.compile(
    r"(?<![\w])(?:"
    + "|".join(re.escape(k) for k in sorted({*INTERNATIONAL, *_national_names()}, key=lambda k: (-len(k), k)))
    + r")(?![\w])"
)


_NATIONAL_ROLES = (
    "led the operation",
    "coordinated the operation",
    "initiated the investigation",
    "carried out the operation",
)
#: A force written after its demonym with words of its name between: "South Korean National Police",
#: "French cyber police", "Italian Financial Police" (case-sensitive: capitalised words or these few).
_NAMED_FORCE = re.compile(
    r"^\s+((?:(?:[A-Z][a-z]+|cyber|federal|national|judicial|criminal|financial|border)\s+){1,3}(?:Police|police))\b"
)
_DEMONYM_SEP = re.compile(r"^(?:\s*,\s*(?:(?:and|y|e)\s+)?|\s+(?:and|y|e)\s+)(?:the\s+|la\s+|el\s+)?$", re.I)


#: A force written as a name (capitalised) before its country, any role but speaking makes it a body: "la
#: Policía de Holanda", "the Police of Finland", "la Policía Nacional del Ecuador", "la Policía Federal de Brasil",
#: "la Prefectura Naval de Argentina" (by name, up to two words of its name between), "la Gendarmería francesa",
#: "la Policía Nacional ecuatoriana", "la Armada colombiana" (by demonym).
_FORCE_NAME_BEFORE: dict[str, re.Pattern[str]] = {
    "name": re.compile(
        r"((?:Policía|Polícia|Police|Gendarmería|Prefectura)(?:\s+[A-ZÁÉÍÓÚ][\w-]*){0,2})\s+(?:de|del|of)\s+"
        r"(?:la\s+|el\s+|the\s+)?$"
    ),
    "demonym": re.compile(r"(Gendarmer[ií]a|Policía(?:\s+Nacional|\s+Federal)?|Armada|Prefectura)\s+$"),
}
_FORCE_BEFORE_DEMONYM = re.compile(r"(polic[ií]a|autoridades)\s+$", re.I)
#: "police in Romania", "las autoridades de Chile", "judicial authorities in Thessaloniki (Greece)" (a town, then its
#: country in brackets).
_FORCE_IN = re.compile(
    r"(police|polic[ií]a|authorities|autoridades) (?:in|of|de)\s+(?:(?-i:[A-ZÁÉÍÓÚ])[\w-]+\s*\(\s*)?$", re.I
)
_OF_COUNTRY = re.compile(r"^(police|authorities|law enforcement)\s+(?:in|of)\s+", re.I)


def _body_name(written: str, c: CountryMention) -> str:
    """An English "police in Nigeria" is named as a reader names it, "Nigerian police" (the text keeps
    the words as written in the body's quote)."""
    g = _OF_COUNTRY.match(written)
    english = DEMONYMS.get(c.iso3, ("",))[0]
    if g is None or c.via != "name" or not english[:1].isupper() or " " in english.strip():
        return written
    return f"{english} {g.group(1).lower()}"


_INSTITUTION_HEAD = (
    r"(?:(?:Ministerio|Ministry|Secretaría|Dirección General|Fiscalía General|Procuraduría General)"
    r"\s+(?:de|del|of|for)\s+(?:la\s+|el\s+|the\s+)?[A-ZÁÉÍÓÚ][\w-]*"
    r"(?:\s+(?:(?:y|e|de|del|and|of|la|el)\s+)?[A-ZÁÉÍÓÚ][\w-]*){0,4}?"
    # a country's office abroad: "la Agregaduría de Interior de España en Perú", "la Embajada de Estados Unidos"
    r"|(?:Agregadurí?a|Consejería|Embajada|Consulado|Embassy|Consulate)(?:\s+(?:de|del)\s+Interior)?"
    # a prosecution service named by its country alone: "la Fiscalía General de la República de El Salvador",
    # "el Ministerio Público de Guatemala"
    r"|Fiscalía General|Procuraduría General|Ministerio P[úu]blico"
    # an agency by its capitalised name, then its country: "la Dirección Ejecutiva Antidrogas del Perú", "la
    # Unidad de Investigaciones Especiales de Honduras", "la Dirección Nacional Antinarcóticos ecuatoriana"
    r"|(?:Dirección|Unidad|Agencia|Servicio|Brigada|Fuerza|Oficina|Departamento|Superintendencia|Comisión)"
    r"(?:\s+(?:(?:de|del|de la|contra el|contra la)\s+)?[A-ZÁÉÍÓÚ][\w-]*){1,4}?"
    # an English name ending in its kind of body, after its article: "the Financial Intelligence Unit (FIU) of
    # Cyprus" (not opening with a demonym: "the British Police Service of Northern Ireland" is read by its name)
    r"|(?:(?<=the )|(?<=The )|(?<=la )|(?<=el ))(?!(?:" + "|".join(re.escape(d[0]) for d in DEMONYMS.values()) + r")\b)"
    r"(?:[A-Z][\w-]*\s+){1,4}(?:Unit|Agency|Office|Bureau|Directorate|Service|Authority))"
)
#: A ministry or directorate named with its country: "el Ministerio de Seguridad de Costa Rica", "la Dirección
#: General de Migración y Extranjería costarricense", "Costa Rica's Ministry of Public Security".
#: (its acronym may stand before its country: "la Brigada Investigadora del Cíber Crimen (BRICIB) de Chile")
_INSTITUTION_BEFORE_NAME = re.compile(
    rf"({_INSTITUTION_HEAD})(?:\s+\([A-Z][\w-]{{1,9}}\))?\s+(?:de|del|of)\s+(?:la\s+|el\s+|the\s+)?$"
)
_INSTITUTION_BEFORE_DEMONYM = re.compile(rf"({_INSTITUTION_HEAD})\s+$")
_MINISTRY_BEFORE_DEMONYM = re.compile(r"\b((?:M|m)inisterio|(?:S|s)ecretaría)\s+$")
_MINISTRY_AFTER_DEMONYM = re.compile(
    r"^\s+(?:de|del)\s+(?:la\s+|el\s+)?[A-ZÁÉÍÓÚ][\w-]*(?:\s+(?:(?:y|e|de|del|la|el)\s+)?[A-ZÁÉÍÓÚ][\w-]*){0,4}"
)
_INSTITUTION_AFTER_NAME = re.compile(
    # "Costa Rica's Ministry of Public Security", "the United Arab Emirates (UAE) Ministry of Interior"
    r"^(?:['’]s|\s*\([A-Z]{2,6}\))\s+(?:(?:Ministry|Department|Directorate)\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w-]*"
    r"(?:\s+(?:and\s+)?[A-Z][\w-]*){0,3}"
    # a force by its own capitalised name: "Germany's Federal Criminal Police", "Peru's National Police"
    r"|(?:[A-Z][\w-]*\s+){1,3}(?:Police|Gendarmerie|Guard)\b)"
)


#: The acronym in brackets right after a body's name: "la Agencia Antidroga de EEUU (DEA)".
_ACRONYM_AFTER = re.compile(r"\s*\([A-Z][\w-]{1,9}\)")


def _institutions(sentence: str, countries: list[CountryMention], found: list[BodyMention]) -> list[BodyMention]:
    """Ministries and directorates named with their country, with the role the sentence gives them."""
    out: list[BodyMention] = []
    for c in countries:
        before = sentence[max(0, c.start - 90) : c.start]
        around: re.Match[str] | None = None
        tail: re.Match[str] | None = None
        if c.via == "name":
            m = _INSTITUTION_BEFORE_NAME.search(before)
            after = _INSTITUTION_AFTER_NAME.match(sentence[c.end : c.end + 80]) if m is None else None
        elif c.via == "demonym" and c.text[:1].islower():
            m, after = _INSTITUTION_BEFORE_DEMONYM.search(before), None
            # "el Ministerio francés del Interior", "el ministerio brasileño de Justicia y Seguridad Pública"
            around = _MINISTRY_BEFORE_DEMONYM.search(before) if m is None else None
            tail = _MINISTRY_AFTER_DEMONYM.match(sentence[c.end : c.end + 80]) if around else None
            if around is not None and tail is not None:
                m = around
        else:
            continue
        if m is not None:
            start, end = c.start - len(before) + m.start(1), c.end + (tail.end() if m is around and tail else 0)
        elif after is not None:
            start, end = c.start, c.end + after.end()
        else:
            continue
        acronym = _ACRONYM_AFTER.match(sentence, end)
        reach = acronym.end() if acronym else end
        if any(b.start < reach and start < b.end for b in found):
            continue  # an agency already read inside it, or named by its acronym after it ("… de EEUU (DEA)")
        role = role_of(sentence, start, end)
        if role is not None:
            out.append(BodyMention(sentence[start:end], "national", c.iso3, role, start, end))
    return out


#: A force written as its country's name and its own: "New Zealand Customs Service", "Fiji Police Force", "Tanzania
#: Police Force", "New Zealand Customs and Police" (both of that country; case-sensitive).
_FORCE_AFTER_NAME = re.compile(
    r"^\s+(?:[A-Z][a-z]+\s+){0,2}(?:Police|Customs)(?:\s+(?:Force|Service|Authority|Department))?"
    r"(?:\s+and\s+(?:Police|Customs)\b(?!\s+(?:of|in|from)\b))?\b(?!['’]s)"
)
#: A capitalised word right before a country's name makes it a part's name: "Western Australia Police Force".
_PART_OF_NAME_BEFORE = re.compile(r"\b(?!The\b)[A-Z][a-z]+\s+$")


def _forces_after_their_country(
    sentence: str, countries: list[CountryMention], found: list[BodyMention]
) -> list[BodyMention]:
    """Forces named by their country's name and their own ("New Zealand Customs", "Fiji Police Force") that the
    sentence says did more than help (one that only helped is drafted where named in full elsewhere)."""
    out: list[BodyMention] = []
    for c in countries:
        if c.via != "name" or _PART_OF_NAME_BEFORE.search(sentence[max(0, c.start - 20) : c.start]):
            continue
        m = _FORCE_AFTER_NAME.match(sentence[c.end : c.end + 60])
        if m is None:
            continue
        start, end = c.start, c.end + m.end()
        if any(b.start < end and start < b.end for b in found):
            continue
        role = role_of(sentence, start, end)
        if role is not None and role != "supported the operation":
            out.append(BodyMention(sentence[start:end], "national", c.iso3, role, start, end))
    return out


def _initials(name: str) -> str:
    """ "Federal Bureau of Investigation" -> "FBI" (capitalised words only)."""
    return "".join(w[0] for w in re.findall(r"\b[A-ZÁÉÍÓÚ][\w-]*", name))


#: A national agency's acronym and its full name in the table are one body: "FBI" and "Federal Bureau of
#: Investigation", "NCA" and "National Crime Agency".
_FULL_NAMES: dict[str, str] = {
    short: full
    for short, iso3 in AGENCIES.items()
    if short.isupper() and iso3
    for full, iso in AGENCIES.items()
    if iso == iso3 and full != short and " " in full and _initials(full) == short
}


_SHORT_NAMES: dict[str, str] = {full: short for short, full in _FULL_NAMES.items()}
#: Short names of a table agency that are no acronym of its name: "Garda" is "An Garda Síochána", the "Dijín"
#: Colombia's "Dirección de Investigación Criminal e Interpol".
_SHORT_FORMS: dict[str, str] = {
    "Garda": "An Garda Síochána",
    "Justice Department": "Department of Justice",
    "Buró Federal de Investigaciones": "Federal Bureau of Investigation",  # the FBI in the Latin American press
    "DIJIN": "Dirección de Investigación Criminal e Interpol",
    "Dijín": "Dirección de Investigación Criminal e Interpol",
}
#: Every name of such a body (its acronym, its full name, both together) -> its full name.
_KEYS: dict[str, str] = {
    **_FULL_NAMES,
    **{f"{full} ({short})": full for short, full in _FULL_NAMES.items()},
    **_SHORT_FORMS,
    "Cuerpo Nacional de Policía": "Policía Nacional",  # its formal name (kept as written)
}


def body_key(name: str) -> str:
    """The key one body goes by, whether written as its acronym, in full or with both."""
    return _KEYS.get(name, name).lower()


def display_name(name: str) -> str:
    """A table agency with both its names, "Federal Bureau of Investigation (FBI)", however it was written."""
    full = _FULL_NAMES.get(name) or _SHORT_FORMS.get(name, name)
    return f"{full} ({_SHORT_NAMES[full]})" if full in _SHORT_NAMES else full


def _agency_country(word: str, m: re.Match[str], countries: list[CountryMention]) -> str | None:
    """The agency's country; none for a force name several states share ("Policía Nacional") where the
    article's countries do not read it as Spain's (a Colombian story's "la Policía Nacional")."""
    read = next((c for c in countries if c.via == "agency" and c.start == m.start()), None)
    if word in SHARED_FORCE_NAMES:
        return read.iso3 if read else None  # "la Policía Nacional de Ecuador" is Ecuador's
    return AGENCIES[word]


def find_bodies(sentence: str, countries: list[CountryMention]) -> list[BodyMention]:
    """Bodies in one sentence with the role it gives them (None when it gives none)."""
    out = _table_bodies(sentence, countries)
    forces, by_name = _country_forces(sentence, countries)
    out += forces
    out += _institutions(sentence, countries, out)
    out += _forces_after_their_country(sentence, countries, out)
    out += _named_leaders(sentence, countries, out)
    out = _one_body_two_names(sentence, _units_of(sentence, _outer_names(out + by_name)))
    return _roles_along_lists(sentence, _inside_the_aside(sentence, sorted(out, key=lambda b: b.start)))


def _table_bodies(sentence: str, countries: list[CountryMention]) -> list[BodyMention]:
    """The international bodies and national agencies of the tables, with their roles."""
    out: list[BodyMention] = []
    for m in _PATTERN.finditer(sentence):
        word = m.group(0)
        if out and re.fullmatch(r"\s*\(", sentence[out[-1].end : m.start()]):
            continue  # "Customs and Border Protection (CBP)": the acronym is the same body
        own = _THEIR_OPERATION.match(sentence[m.end() : m.end() + 160]) is not None
        if word in INTERNATIONAL:
            name, kind = INTERNATIONAL[word]
            role = role_of(sentence, m.start(), m.end())
            if own and role in (None, "announced the results"):
                role = "coordinated the operation"  # "Interpol and the WCO released details of their joint operation"
            out.append(BodyMention(name, kind, None, role, m.start(), m.end()))
        else:
            role = role_of(sentence, m.start(), m.end())
            if own and role in (None, "announced the results"):
                role = "carried out the operation"  # "La Guardia Civil y la GNR han culminado su dispositivo conjunto"
            own_op = OPERATION_OF.search(sentence[max(0, m.start() - 45) : m.start()]) is not None
            if role == "coordinated the operation" and own_op:
                role = "carried out the operation"  # "la operación de la Guardia Civil": a national force's own
            # one name for "Mossos d’Esquadra" and "Mossos d'Esquadra"
            name = word.replace("’", "'")
            out.append(BodyMention(name, "national", _agency_country(word, m, countries), role, m.start(), m.end()))
    return out


def _country_forces(sentence: str, countries: list[CountryMention]) -> tuple[list[BodyMention], list[BodyMention]]:
    """Forces named by their country, and (apart) those written as a name before their country ("la Policía Federal
    de Brasil", whose longer name around it decides later).

    "Spanish police", "la Policía española", "police in Spain": a national body only when it leads or coordinates
    a country the sentence says led ("led by the FBI and Dutch police", "Nigerian police … is spearheading");
    "at the request of the French authorities" makes a lead country, not a leading body."""
    out: list[BodyMention] = []
    by_name: list[BodyMention] = []
    leads = ROLES[0][1].search(sentence) is not None
    leading = {c.start for c in lead_countries(sentence, countries)} if leads else set()
    for i, c in enumerate(countries):
        if c.via == "agency":
            continue
        last = c  # "the Swedish and Dutch police": the police word after the list is every demonym's
        for n in countries[i + 1 :]:
            if c.via == "demonym" and n.via == "demonym" and _DEMONYM_SEP.match(sentence[last.end : n.start]):
                last = n
            else:
                break
        if last is not c:
            g = re.match(rf"^\s+({GENERIC_BODY})\b", sentence[last.end : last.end + 30], re.I)
            role = role_of(sentence, c.start, last.end + (g.end() if g else 0), named=False) if g else None
            role = "led the operation" if g and c.start in leading else role
            if g and role in _NATIONAL_ROLES:
                out.append(BodyMention(f"{c.text} {g.group(1)}", "national", c.iso3, role, c.start, c.end))
            continue
        after = sentence[c.end : c.end + 30]
        before = sentence[max(0, c.start - 45) : c.start]
        g = re.match(rf"^\s+({GENERIC_BODY})\b", after, re.I) if c.via == "demonym" else None
        # a force named after its demonym: "South Korean National Police", "French cyber police"
        named_force = _NAMED_FORCE.match(sentence[c.end : c.end + 60]) if c.via == "demonym" else None
        g = g or named_force
        # a force written as a name before its country: "la Policía de Finlandia", "la Gendarmería francesa"
        written = _FORCE_NAME_BEFORE.get(c.via)
        named_force = named_force or (written.search(before) if written and not g else None)
        g = g or named_force
        # "la Policía española", "las autoridades chilenas"
        g = g or (_FORCE_BEFORE_DEMONYM.search(before) if c.via == "demonym" else None)
        g = g or (_FORCE_IN.search(before) if c.via == "name" else None)
        if not g:
            continue
        start = min(c.start, c.start - (len(before) - g.start()) if g.re.pattern.endswith("$") else c.start)
        end = max(c.end, c.end + g.end()) if g.re.pattern.startswith("^") else c.end
        role = "led the operation" if c.start in leading else _force_role(sentence, start, end, named_force)
        by_its_name = named_force is not None and named_force.re is written
        # (a force written as a name before its country may announce: "La Policía de Ecuador informó de 26
        # detenciones"; `roles` keeps it only where it announces the operation's results)
        named_role = named_force is not None and role is not None and (role != "announced the results" or by_its_name)
        if role not in _NATIONAL_ROLES and not named_role:
            continue
        body = BodyMention(_body_name(sentence[start:end], c), "national", c.iso3, role, start, end)
        if by_its_name and named_force is not None and role is not None and c.via == "name":
            force = named_force.group(1)
            prefix = f"{force} {'of' if force.startswith('Police') else 'de'}"
            by_name += [body, *_forces_of_the_list(sentence, countries[i + 1 :], c, prefix, role)]
        else:
            out.append(body)
            if g.re is _FORCE_IN and role is not None:
                out += _forces_of_the_list(sentence, countries[i + 1 :], c, g.group(0).strip(), role)
    return out, by_name


def named_forces(sentence: str, countries: list[CountryMention]) -> list[tuple[str, str]]:
    """Every force the sentence names by its own name with its country, whatever it did: (country, name) for
    "Brazilian Federal Police", "la Policía Federal de Brasil" (a list of a release's partners names them
    without a verb; `lead` prefers them to a country's bare "authorities")."""
    out: list[tuple[str, str]] = []
    for c in countries:
        if c.via == "demonym" and (m := _NAMED_FORCE.match(sentence[c.end : c.end + 60])) is not None:
            out.append((c.iso3, sentence[c.start : c.end + m.end()]))
        elif c.via == "name" and (b := _FORCE_NAME_BEFORE["name"].search(sentence[max(0, c.start - 45) : c.start])):
            if " " in b.group(1):  # (not the bare "Police of Latvia")
                out.append((c.iso3, sentence[max(0, c.start - 45) + b.start(1) : c.end]))
    return out


def owns_the_operation(sentence: str, found: list[BodyMention]) -> bool:
    """An international body whose own operation the sentence names ("INTERPOL's largest-ever operation", "una
    operación de Interpol"): the national forces in it ran their parts of that body's operation."""
    return any(
        b.kind != "national"
        and (
            OWN_OPERATION.match(sentence[b.end : b.end + 60]) is not None
            or OPERATION_OF.search(sentence[max(0, b.start - 45) : b.start]) is not None
        )
        for b in found
    )


def _force_role(sentence: str, start: int, end: int, named_force: re.Match[str] | None) -> str | None:
    """The role of a force named by its country; one written as a name is named ("la Prefectura Naval de Argentina
    incautó…" carried it out), and so is "the Romanian Police arrested…"."""
    role = role_of(sentence, start, end, named=named_force is not None)
    if role is None and re.search(r"\b(?:Police|Policía)$", sentence[start:end]) and SUBJECT_ARRESTS.match(
        sentence[end : end + 40]
    ):
        return "carried out the operation"
    return role


def _forces_of_the_list(
    sentence: str, rest: list[CountryMention], first: CountryMention, prefix: str, role: str
) -> list[BodyMention]:
    """A force written before the first country of a list is each listed country's own, with the same role: "la
    Policía del Reino Unido y Chipre" ("Policía de Chipre"), "authorities in Romania, Hungary and Germany have
    dismantled…" ("authorities in Hungary"). `prefix` is each body's name before its country's."""
    out: list[BodyMention] = []
    last = first
    for n in rest:
        if n.via != "name" or not _DEMONYM_SEP.match(sentence[last.end : n.start]):
            break
        out.append(BodyMention(_body_name(f"{prefix} {n.text}", n), "national", n.iso3, role, n.start, n.end))
        last = n
    return out


#: Between a national body and its own unit that did the work: "la Policía Nacional a través de la Dirección de
#: Investigación Criminal", "the FBI, through its Cyber Division".
_THROUGH_UNIT = re.compile(r"\s*,?\s+(?:a través de|por medio de|through)\s+(?:la\s+|el\s+|su\s+|its\s+|the\s+)?")


def _units_of(sentence: str, found: list[BodyMention]) -> list[BodyMention]:
    """A national body's unit named after "a través de" is that body, not a second one (nor is the unit's
    acronym after a dash: "… e Interpol–Dijín"); a shared force name takes its unit's country ("la Policía
    Nacional a través de la Dirección de Investigación Criminal e Interpol" is Colombia's)."""
    ordered = sorted(found, key=lambda b: b.start)
    units: set[int] = set()
    country: dict[int, str] = {}  # parent (by id) -> its unit's country
    for b, u in pairwise(ordered):
        gap = sentence[b.end : u.start]
        if b.kind != "national" or u.kind != "national" or (b.iso3 and u.iso3 and b.iso3 != u.iso3):
            continue
        if _THROUGH_UNIT.fullmatch(gap):
            units.add(id(u))
            if b.iso3 is None and u.iso3:
                country[id(b)] = u.iso3
        elif id(b) in units and re.fullmatch(r"\s*[–—-]\s*", gap):
            units.add(id(u))
    return [
        BodyMention(b.body, b.kind, country[id(b)], b.role, b.start, b.end) if id(b) in country else b
        for b in found
        if id(b) not in units
    ]


def _one_body_two_names(sentence: str, found: list[BodyMention]) -> list[BodyMention]:
    """One national body read twice: a name overlapping another ("French Gendarmerie Nationale": the longer
    stays), its own name in brackets after it ("the Spanish National Police (Policía Nacional)"), or a parent
    and its unit written as one name ("Immigration and Customs Enforcement Homeland Security Investigations":
    the unit stays)."""
    ordered = sorted(found, key=lambda b: (b.start, -b.end))
    drop: set[int] = set()
    for b, u in pairwise(ordered):
        if b.kind != "national" or u.kind != "national" or (b.iso3 and u.iso3 and b.iso3 != u.iso3):
            continue
        if u.start < b.end:
            drop.add(id(u) if u.end - u.start <= b.end - b.start else id(b))
        elif re.fullmatch(r"\s*\(", sentence[b.end : u.start]):
            drop.add(id(u))
        elif sentence[b.end : u.start] == " ":
            drop.add(id(b))
    return [b for b in found if id(b) not in drop]


def _outer_names(found: list[BodyMention]) -> list[BodyMention]:
    """A body named inside a longer one is the longer one ("la Policía Nacional del Ecuador" is no Spanish
    "Policía Nacional", "el Departamento de Investigación Criminal de la Policía Judicial de Portugal" is one
    body), except a table name followed by its own country: "la Policía Judiciaria de Portugal" is the table's
    "Policía Judiciaria"."""

    def inside(b: BodyMention, o: BodyMention) -> bool:
        return o is not b and o.start <= b.start and b.end <= o.end and o.end - o.start > b.end - b.start

    def own_country(b: BodyMention, o: BodyMention) -> bool:
        # (a shared name stands for the table's country only: "la Policía Nacional de Perú" is no "Policía Nacional")
        shared = b.body in SHARED_FORCE_NAMES and AGENCIES[b.body] != b.iso3
        return o.start == b.start and b.iso3 == o.iso3 and not shared

    drop = {id(b) for b in found for o in found if inside(b, o) and not own_country(b, o)}
    drop |= {id(o) for b in found for o in found if inside(b, o) and own_country(b, o)}
    return [b for b in found if id(b) not in drop]


#: A body the table does not know, named after the words that make it lead or coordinate: "una operación
#: coordinada por la Agencia Federal de Inteligencia (AFI)", "the operation was led by the Office of…".
#: The name of a body outside the table: its head noun, maybe its acronym, and capitalised words or numbers
#: ("la Agencia Federal de Inteligencia (AFI)", "el Juzgado de Instrucción número 3 de Cambados", "the Public
#: Prosecutor's Office (PPO) of Amsterdam" — English names may open with their own words).
_UNLISTED_NAME = (
    r"((?:[A-Z][\w’'-]*\s+){0,3}"
    r"(?:Agencia|Fiscalía|Prefectura|Gendarmería|Dirección|Secretaría|Unidad|Brigada|Comisaría|Policía|Guardia|"
    r"Armada|Juzgado|Tribunal|Procuraduría|Police|Agency|Office|"
    # its acronym or its name in its own language in brackets: "(AFI)", "(Landelijk Parket)"
    r"Bureau|Directorate|Unit|Service)(?:\s+\((?:[A-Z]{2,6}|[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3})\))?"
    r"(?:\s+(?:(?:de|del|de la|of|of the|for|contra|contra la|contra el|against)\s+)?"
    r"(?:[A-ZÁÉÍÓÚ][\w-]*|(?:número|Número|nº|n\.º)\s+\d+|\d+\b))+)"
)
#: A body the table does not know, named after the words that make it lead or coordinate: "una operación
#: coordinada por la Agencia Federal de Inteligencia (AFI)", "the operation was led by the Office of…",
#: "coordinado por el titular del Juzgado de Instrucción número 3".
_LED_BY_NAMED = re.compile(
    r"\b(?:coordinad[oa]s?|dirigid[oa]s?|liderad[oa]s?|encabezad[oa]s?|coordinated|co-ordinated|led|headed|directed|"
    r"llevad[oa]s? a cabo|carried out|conducted)\s+"
    r"(?:por|by)\s+(?:la\s+|el\s+|the\s+)?(?:titular\s+del?\s+)?" + _UNLISTED_NAME
)
#: The next body of the same list, which shares the verb: "coordinated by the Public Prosecutor's Office (PPO) of
#: Amsterdam and the National Prosecution Service of the Netherlands", "dirigida por la Fiscalía X y la Brigada Y".
_NAMED_LIST_NEXT = re.compile(
    r"\s*(?:,\s*(?:and\s+|y\s+|e\s+)?|\s+(?:and|y|e)\s+)(?:the\s+|la\s+|el\s+)?" + _UNLISTED_NAME
)
#: The same body after its verb, the Spanish way: "La operación, que dirige el Juzgado de Instrucción número 3",
#: "La operación la coordina el Juzgado…", "la investigación la ha liderado el Tribunal de Instrucción 2".
_NAMED_AFTER_VERB = re.compile(
    r"\b(?:que|la|lo)\s+(?:(?:ha|han)\s+)?"
    r"(?:coordina|coordinaba|coordinó|coordinado|dirige|dirigía|dirigió|dirigido|"
    r"lidera|lideraba|lideró|liderado|instruye|instruía)\s+(?:la\s+|el\s+)(?:titular\s+del?\s+)?" + _UNLISTED_NAME
)

#: The same body as the subject that ran the operation, maybe with its acronym: "la Fiscalía General de la
#: República (FGR) llevó a cabo una operación", "The Anti-Narcotics Directorate (DAN) dismantled…".
_NAMED_SUBJECT = re.compile(
    r"(?:^|[,;:]\s+|\b(?:y|and)\s+)(?:la\s+|el\s+|the\s+|La\s+|El\s+|The\s+)" + _UNLISTED_NAME
    + r"(?:\s*\([A-Z][\w/-]{1,10}\))?\s+(?:(?:ha|han|has|have)\s+)?"
    r"(?:llevó a cabo|llevado a cabo|llev[óo] adelante|realizó|realizado|ejecutó|ejecutado|"
    r"desarticuló|desarticulado|"
    r"desmanteló|desmantelado|coordinó|coordinado|lideró|liderado|dirigió|dirigido|encabezó|"
    r"led|coordinated|carried out|conducted|dismantled|spearheaded)\b"
)


def _named_leaders(sentence: str, countries: list[CountryMention], found: list[BodyMention]) -> list[BodyMention]:
    """Bodies outside the table that the sentence says led or coordinated the operation, with the country
    named inside their name ("Policía Nacional de Colombia") when there is one."""
    out: list[BodyMention] = []
    named = (_LED_BY_NAMED, _NAMED_AFTER_VERB, _NAMED_SUBJECT)
    for m in (found_name for rx in named for found_name in rx.finditer(sentence)):
        start, end = m.span(1)
        verb = sentence[m.start() : start] if m.re is not _NAMED_SUBJECT else sentence[end : m.end()]
        role = _named_role(verb)
        if m.re is not _NAMED_SUBJECT:
            out += _named_list_after(sentence, countries, found, m.end(), role)
        if any(b.start < end and start < b.end for b in found):
            continue
        iso3 = next((c.iso3 for c in countries if start <= c.start < end), None)
        out.append(BodyMention(m.group(1), "national", iso3, role, start, end))
    return out


def _named_list_after(
    sentence: str, countries: list[CountryMention], found: list[BodyMention], at: int, role: str
) -> list[BodyMention]:
    """The unlisted bodies listed from `at` on, after one the sentence gave `role`: they share it."""
    out: list[BodyMention] = []
    while nxt := _NAMED_LIST_NEXT.match(sentence, at):
        at = nxt.end()
        start, end = nxt.span(1)
        if any(b.start < end and start < b.end for b in found):
            continue
        iso3 = next((c.iso3 for c in countries if start <= c.start < end), None)
        out.append(BodyMention(nxt.group(1), "national", iso3, role, start, end))
    return out


def _named_role(verb: str) -> str:
    """The role the words before (or after) an unlisted body's name give it."""
    if re.search(r"\b(?:dirig|lider|encabez|led\b|headed|directed)", verb, re.I):
        return ROLES[0][0]
    if re.search(r"\b(?:llev|carried|conducted|realiz|ejecut|desarticul|desmantel|dismantled)", verb, re.I):
        return ROLES[3][0]
    return ROLES[1][0]


#: The body (and those listed with it) did the operation it calls its own: "… have released details of their
#: joint operation", "… han culminado su primer dispositivo conjunto".
_THEIR_OPERATION = re.compile(
    r"^[^.;]{0,100}?\b(?:their|its|su|sus)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:operation|operación|operativo|dispositivo|campaign|crackdown)\b",
    re.I,
)


_WITH_ASIDE = re.compile(
    r"^\s*,\s*(?:con|with|along with|alongside|together with|junto a|junto con|"
    # "La Policía Nacional, en colaboración con la Brigada Central y la Policía de Finlandia, ha desarticulado…"
    r"en (?:colaboración|cooperación|coordinación) con|in (?:collaboration|cooperation|coordination) with)\b",
    re.I,
)


def _inside_the_aside(sentence: str, found: list[BodyMention]) -> list[BodyMention]:
    """ "La Guardia Civil, junto con la Policía del Perú, ha desarticulado…": the verb after the aside is the
    opening body's; a body inside the aside takes its role from the aside's own words."""
    if not found or not OPENING_SUBJECT.match(sentence[: found[0].start]):
        return found
    aside = SUBJECT_ACTS_AFTER_ASIDE.match(sentence[found[0].end : found[0].end + ASIDE_REACH])
    if aside is None:
        return found
    close = found[0].end + sentence[found[0].end : found[0].end + aside.end()].rfind(",")
    # "Los Mossos, con efectivos de la Guardia di Finanza, han detenido…": the body acting with the subject
    # took part, though the aside has no verb of its own
    along = _WITH_ASIDE.match(sentence[found[0].end : close]) is not None
    out = [found[0]]
    for b in found[1:]:
        if b.end <= close:
            role = nearest_role(sentence[:close], b.start, b.end)
            if role is None and along:
                role = "took part in the operation"
            b = BodyMention(b.body, b.kind, b.iso3, role, b.start, b.end)
        out.append(b)
    return out




def _roles_along_lists(sentence: str, found: list[BodyMention]) -> list[BodyMention]:
    """ "with the assistance of HSI, INTERPOL and EUROPOL": a body listed next to one with a role
    shares it (the verb is often far from the end of the list)."""
    out = list(found)
    for i in range(1, len(out)):
        if (
            out[i].role is None
            and out[i - 1].role is not None
            and LIST_GAP.match(sentence[out[i - 1].end : out[i].start])
        ):
            out[i] = BodyMention(out[i].body, out[i].kind, out[i].iso3, out[i - 1].role, out[i].start, out[i].end)
    return out


def led_by(sentence: str, found: list[BodyMention]) -> list[BodyMention]:
    """The bodies named right after the words that make them the operation's lead ("coliderada por la Unidad
    Financiera de la Policía de Grecia", "led by the Cyber Unit of the Police of Malta"), not a crime group's."""
    return [
        b
        for b in found
        if LEAD_AFTER.search(sentence[max(0, b.start - 40) : b.start])
        and not CRIME_LED.search(sentence[max(0, b.start - 90) : b.start])
    ]
