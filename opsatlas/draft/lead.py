"""The lead country and the coordinating bodies, read one sentence at a time.

`Lead` collects, across an article's sentences, the bodies a sentence says did something (the
coordinators) and the votes for the country that led: a country or body said to lead, where the case
began, a national body that carried it out or announced it. Countries' roles (arrests, participating,
mentioned) are `roles`'s; `extract` feeds both every sentence.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace

from . import bodies, countries, country_finder, led_by, metric_words
from .countries import CountryMention
from .facts import CoordinatorFact, Quoted
from .roles import VICTIMS_IN_BEFORE, police_after

#: Words that say the case began ("the investigation began in Spain"): weaker votes for the lead; `dating`
#: reads them too.
START_WORDS = re.compile(
    r"\b(?:began|begun|started|starting|initiated|launched|opened|since|comenzó|alerta fue dada|dio la alerta|"
    r"comenzaron|empezó|se inició|inició|iniciaron|arrancó|desde|origin|triggered|"
    # "La investigación tuvo su origen en los Carabinieri", "que se originó hace más de un año"
    r"(?:tuvo|tiene) su origen|se originó)\b",
    re.I,
)

#: What makes a body's statement an announcement of this operation's results (the labels count the
#: announcing body as a coordinator: "…fueron arrestadas en 11 países…, dijo la Interpol").
_OPERATION_NEWS = re.compile(
    metric_words.VERBS["arrest"].pattern
    + "|"
    + metric_words.VERBS["rescue"].pattern
    + "|"
    + metric_words.VERBS["seize"].pattern
    + r"|\b(?:operation|operación|operativo|takedown|crackdown|taken down|took down|dismantled|shut down|"
    r"desarticulad[oa]|desmantelad[oa]|desarticuló|desmanteló)\b",
    re.I,
)

#: Start words that start no case. "desde" that is no "since": a route or a place ("introducida en Francia desde
#: Marruecos", "coordinada desde su sede en La Haya", "desde su origen hasta su venta"); "desde 2019", "desde hace
#: meses", "desde el pasado mes de mayo" are times.
_NOT_A_START = re.compile(
    r"desde\b(?!\s+(?:hace\b|\d|el\s+(?:pasado|año|mes|verano|invierno|otoño|inicio|comienzo|principio)|"
    r"(?:el\s+)?(?:principios|finales|mediados|comienzos|inicios)\b|"
    r"(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre)\b|"
    r"entonces|que\b))"
    # an action that began, not the case: "The Colombian National Police began executing arrest warrants", "comenzó
    # a ejecutar las órdenes" (but "began investigating", "comenzó a investigar" start the case)
    r"|(?:began|started)\s+(?!investigat|prob|look)\w+ing\b"
    r"|(?:comenzó|comenzaron|empezó|empezaron)\s+a\s+(?!investig)\w+r\b"
    # the crime's own chain, not the case: "It started with the acquisition of narcotics in Bolivia", "el negocio
    # comenzaba con la compra de droga en Perú"
    r"|(?:began|started|begins|starts|comenzaba|comenzó|empezaba|empezó|se iniciaba)\s+(?:with|con)\s+"
    r"(?:the\s+|la\s+|el\s+)?"
    r"(?:acquisition|purchase|production|cultivation|buying|compra|adquisición|producción|cultivo|fabricación)\b",
    re.I,
)
#: How far (in characters) a place may stand from the word that says the case began there.
_START_NEAR = 60
#: A body named as a partner of the one that began the case: "in partnership with the Korean National Police",
#: "con el apoyo de la Policía Nacional", "en colaboración con los Carabineros", "con cooperación de agentes
#: paraguayos", "with support from Danish officers" (with or without the article).
_PARTNER_BEFORE = re.compile(
    r"\b(?:in partnership with|in (?:cooperation|collaboration|coordination) with|with (?:the )?(?:support|help|"
    r"assistance|cooperation|participation) (?:of|from)|en (?:colaboración|cooperación|coordinación) con|"
    r"con (?:(?:el|la) )?(?:apoyo|ayuda|colaboración|cooperación|asistencia|participación) de|junto (?:con|a))\s+"
    r"(?:the\s+|la\s+|el\s+|los\s+|las\s+)?"
    r"(?:[\w'’-]+\s+){0,4}$",
    re.I,
)


#: An operation the sentence calls joint between countries: "Autoridades de Costa Rica y Panamá detuvieron en
#: una operación conjunta…", "en una operación transnacional con las autoridades españolas", "a joint operation
#: between the Delhi Police and the FBI": the body announcing it says nothing of who led it.
_JOINT_OPERATION = re.compile(
    r"\b(?:(?:[Oo]peración|[Oo]perativo|[Ii]nvestigación)\s+(?:policial\s+)?(?:conjunt[oa]|transnacional|binacional)|"
    r"joint (?:[\w-]+\s+)?(?:operation|investigation|probe))\b"
    # "En una operación coordinada entre autoridades peruanas y mexicanas", "an operation coordinated between…"
    r"|\b(?:[Oo]peración|[Oo]perativo|operation)\s+(?:coordinad[oa]|coordinated)\s+(?:entre|between)\b"
)


#: One country's part of an international operation: "esta parte de la operación", "la pesquisa local",
#: "the national part of the investigation", "a nivel nacional", "parallel investigations".
_LOCAL_PART = re.compile(
    r"\b(?:(?:esta|la)\s+parte\s+(?:\w+\s+)?de\s+la\s+(?:operación|investigación|operativo)|"
    r"(?:this|the)\s+(?:\w+\s+)?part\s+of\s+the\s+(?:operation|investigation)|"
    r"(?:la\s+)?(?:pesquisa|investigación|operación)\s+(?:local|nacional)|"
    r"(?:the\s+)?(?:local|national|domestic)\s+(?:investigation|inquiry|leg|part)|"
    # "the Tonga Police conducts parallel investigations in Tonga", "investigaciones paralelas en Francia"
    r"parallel\s+(?:investigations?|inquiry|inquiries|probes?)|(?:investigaci[óo]n|investigaciones|pesquisas?)\s+paralelas?|"
    r"a nivel (?:local|nacional)|at (?:the )?(?:local|national) level)\b",
    re.I,
)

#: What is left of a country's police named by its country alone: "Policía de Ecuador", "Policía ecuatoriana",
#: "Dutch police", "police in Romania".
_BARE_POLICE = re.compile(r"\s*(?:polic[ií]a|police)(?:\s+(?:de|del|of|in)(?:\s+(?:la|el|the))?)?\s*", re.I)
#: The same for any generic noun of a country's bodies: "Brazilian authorities", "Portuguese investigators", "las
#: autoridades brasileñas".
_BARE_BODY = re.compile(
    r"\s*(?:polic[ií]a|police|authorities|autoridades|law enforcement|investigators)"
    r"(?:\s+(?:de|del|of|in)(?:\s+(?:la|el|the))?)?\s*",
    re.I,
)


def _without_country(body: str, iso3: str | None, kind: str) -> str | None:
    """A national body's name without its country's name or demonym; None where it names none."""
    if iso3 is None or kind != "national":
        return None
    rest = body
    for c in reversed(country_finder.find_countries(body)):
        if c.via in ("name", "demonym"):
            rest = rest[: c.start] + rest[c.end :]
    return rest if rest != body else None


def _police_of(b: bodies.BodyMention) -> str | None:
    """One key for a country's police however its country is written ("la Policía de Ecuador", "la Policía
    ecuatoriana"): one body."""
    rest = _without_country(b.body, b.iso3, b.kind)
    return f"police of {b.iso3}" if rest is not None and _BARE_POLICE.fullmatch(rest) else None


def _generic(b: CoordinatorFact, name: str) -> bool:
    """Whether a national body is named by its country and a generic noun only ("Brazilian authorities"), which
    `name` may stand for (a country's police only for a police: not "la Audiencia Nacional")."""
    rest = _without_country(b.body, b.iso3, b.kind)
    if rest is None or _BARE_BODY.fullmatch(rest) is None:
        return False
    return _BARE_POLICE.fullmatch(rest) is None or re.search(r"(?i)\bpolic", name) is not None


def _by_specific_names(found: list[CoordinatorFact], forces: dict[str, set[str]]) -> list[CoordinatorFact]:
    """A country's generic body ("Brazilian authorities", "French investigators") under the one name the article
    gives a force of that country ("Brazilian Federal Police"); one body however often it comes."""
    out: dict[str, CoordinatorFact] = {}
    for b in found:
        names = forces.get(b.iso3 or "", set())
        if len(names) == 1 and _generic(b, next(iter(names))):
            b = replace(b, body=next(iter(names)))
        out.setdefault(bodies.body_key(b.body), b)
    return list(out.values())


#: A country's authorities or investigators, not a body's name: "German authorities", "las autoridades chilenas",
#: "Australian investigators" (a body drafted only where they led: "led by the Lithuanian authorities").
_UNNAMED_BODY = re.compile(r"\b(?:authorities|autoridades|investigators)\b", re.I)

#: A start that only says who raised the alarm: "cuando las autoridades alemanas advirtieron sobre…", "after HSI
#: tipped off the Guardia Civil": the one alerted ran it.
_ALERTED = re.compile(
    r"\b(?:alerted|alerting|tipped off|raised the alarm|warned|alert[óa]\w*|advirti\w+|avis[óa]\w*|"
    r"dio la alerta|dieron la alerta|alerta fue dada)\b",
    re.I,
)


@dataclass
class Lead:
    """Coordinators and lead votes gathered over an article's sentences."""

    coordinators: dict[str, CoordinatorFact] = field(default_factory=dict)
    lead_votes: Counter[str] = field(default_factory=Counter)
    start_votes: Counter[str] = field(default_factory=Counter)  # "the investigation began in Spain": weaker
    lead_source: Quoted | None = None
    local: set[str] = field(default_factory=set)  # bodies that ran only one country's part of it
    owned: bool = False  # the operation is an international body's own ("INTERPOL's largest-ever operation")
    # "German authorities coordinated…": no body's name, so no coordinator, but it votes for the lead as one
    unnamed: dict[str, CoordinatorFact] = field(default_factory=dict)
    # countries whose start vote only says they alerted the others ("después de que el HSI advirtiera de la red")
    alerted: set[str] = field(default_factory=set)
    # the forces named with their country by their own name, whatever they did ("Brazilian Federal Police")
    forces: dict[str, set[str]] = field(default_factory=dict)
    # the table's agencies named, whatever they did, for a country with no force named as above
    agencies: dict[str, set[str]] = field(default_factory=dict)
    joint: bool = False  # a sentence calls the operation a joint one between countries
    began: bool = False  # a sentence tells how the case began ("La investigación se inició al detectar…")

    def read(self, sent: str, src: Quoted, cs: list[CountryMention]) -> None:
        """Read one sentence: the bodies it says did something, and its votes for the lead."""
        local = _LOCAL_PART.search(sent) is not None
        found = bodies.find_bodies(sent, cs)
        for iso3, name in bodies.named_forces(sent, cs):
            self.forces.setdefault(iso3, set()).add(name)
        for b in found:  # (the table's national agencies: "the Australian Federal Police")
            if b.iso3 and b.body in countries.AGENCIES:
                self.agencies.setdefault(b.iso3, set()).add(bodies.display_name(b.body))
        self.owned = self.owned or bodies.owns_the_operation(sent, found)
        # (between countries: not "en una operación conjunta con Europol")
        self.joint = self.joint or (_JOINT_OPERATION.search(sent) is not None and len({c.iso3 for c in cs}) > 1)
        for b in found:
            if b.role is None or (b.role == "announced the results" and not _OPERATION_NEWS.search(sent)):
                continue  # a body that only speaks is a coordinator when it announces the operation's results
            # ("FBI" and "Federal Bureau of Investigation" are one)
            key = self._force_named_before(b) or _police_of(b) or bodies.body_key(b.body)
            if local and b.iso3:
                self.local.update((key, bodies.body_key(b.body)))  # (the key `finish` reads it by too)
            kept = self.unnamed if _UNNAMED_BODY.search(b.body) and b.role != "led the operation" else self.coordinators
            if key not in self.coordinators and key not in kept:
                kept[key] = CoordinatorFact(bodies.display_name(b.body), b.kind, b.iso3, b.role, src)
        if local:
            return  # "En España, esta parte de la operación ha sido coordinada por…": not the whole operation's lead
        self._read_start(sent, src, cs, found)
        voted = [c.iso3 for c in led_by.lead_countries(sent, cs)]
        voted += [b.iso3 for b in bodies.led_by(sent, found) if b.iso3 and b.kind == "national"]
        for iso3 in dict.fromkeys(voted):
            self.lead_votes[iso3] += 1
            if self.lead_source is None:
                self.lead_source = src

    def _read_start(self, sent: str, src: Quoted, cs: list[CountryMention], found: list[bodies.BodyMention]) -> None:
        """Votes for the countries a sentence says the case began in or by ("the investigation began in Spain",
        "se inició cuando la Policía Federal Belga abrió una investigación")."""
        starts = [m for m in START_WORDS.finditer(sent) if not _NOT_A_START.match(sent, m.start())]
        if not starts:
            return
        self.began = True
        # (a force named with its country: "la Policía Federal Belga", "la Policía de Holanda")
        inside = {c.start for c in cs for b in found if b.kind == "national" and b.start <= c.start < b.end}
        for c in cs:
            located = (
                c.via == "name"
                and re.search(r"\b(?:in|en)\s+(?:the\s+)?$", sent[max(0, c.start - 10) : c.start])
                and not VICTIMS_IN_BEFORE.search(sent[max(0, c.start - 60) : c.start])  # "attacks in X since…"
                # "began last year in Spain", not "se inició en 2022 cuando … con vinculaciones en Portugal"
                and any(-_START_NEAR <= c.start - m.end() <= _START_NEAR for m in starts)
            )
            body = c.via == "agency" or (c.via == "demonym" and police_after(sent, c)) or c.start in inside
            if body and _PARTNER_BEFORE.search(sent[max(0, c.start - 60) : c.start]):
                continue  # "INTERPOL launched the operation in partnership with the Korean National Police Agency"
            if located or body:
                self.start_votes[c.iso3] += 1
                self.lead_source = self.lead_source or src
                if _ALERTED.search(sent):
                    self.alerted.add(c.iso3)

    def _force_named_before(self, b: bodies.BodyMention) -> str | None:
        """The key of the force a bare shared name stands for, named in full before with its country: "la
        Policía Nacional" after "La Policía Nacional de Colombia" is that one."""
        if b.body not in countries.SHARED_FORCE_NAMES or b.iso3 is None:
            return None
        return next(
            (k for k, c in self.coordinators.items() if c.iso3 == b.iso3 and c.body.startswith(f"{b.body} ")), None
        )

    def _joint_run(self) -> bool:
        """Whether the operation is a joint one between countries whose investigation's start the article does not
        tell: its carrier is no lead ("La Guardia Civil, en una operación conjunta con la Gendarmería francesa, ha
        detenido…")."""
        return self.joint and not self.began

    def _one_nation(self, coordinators: list[CoordinatorFact]) -> CoordinatorFact | None:
        """The body of the one country whose own bodies ran or announced the operation (not merely supported it,
        nor announced a joint one with another country), as the Justice Department announcing a
        US-led takedown; none where bodies of several countries did."""
        nations = [
            b
            for b in coordinators
            if b.iso3
            and b.role != "supported the operation"
            and not (b.role == "announced the results" and self.joint)
        ]
        # (a body that ran only its country's part is no lead, but its country acted too)
        own = [b for b in nations if bodies.body_key(b.body) not in self.local]
        return own[0] if own and len({b.iso3 for b in nations}) == 1 else None

    def _started_elsewhere(self, carried: set[str]) -> bool:
        """Whether the sentences that say where or by whom the operation began (not merely who alerted the
        others) name none of the countries whose bodies carried it out."""
        starters = set(self.start_votes) - self.alerted
        return bool(starters) and not carried & starters

    def finish(self) -> tuple[list[CoordinatorFact], list[str], Quoted | None]:
        """Coordinators, lead countries (strongest first), and the lead's quote."""
        coordinators = [*self.coordinators.values(), *self.unnamed.values()]  # (all of them vote)
        votes = Counter(self.lead_votes)
        source = self.lead_source
        # (an international body that carried it out ran it: "an operation carried out by INTERPOL in 19 nations")
        international = any(
            b.kind != "national"
            and b.role in ("led the operation", "coordinated the operation", "carried out the operation")
            for b in coordinators
        )
        if not votes:
            # no sentence says who led: a national body the article says led or carried out the operation;
            # bodies of several countries that carried out a joint operation say nothing of its lead
            national = [b for b in coordinators if b.iso3 and bodies.body_key(b.body) not in self.local]
            carried = {b.iso3 for b in national if b.iso3 is not None and b.role == "carried out the operation"}
            ran = any(b.kind != "national" and b.role == "carried out the operation" for b in coordinators)
            # "an operation carried out by INTERPOL in 19 nations", "on INTERPOL's largest-ever operation": its parts
            carried = set() if ran or self.owned else carried
            # "La investigación se inició cuando agentes polacos descubrieron la red", then Spain's force arrested:
            # the country that started it, not the one that carried out its part
            # "La Guardia Civil, en una operación conjunta con la Gendarmería francesa, ha detenido…": a joint
            # operation's carrier leads only where the article tells how its investigation began
            carried = set() if self._started_elsewhere(carried) or self._joint_run() else carried
            for b in national:
                if b.iso3 is not None and (
                    b.role == "led the operation" or (b.role == "carried out the operation" and len(carried) == 1)
                ):
                    votes[b.iso3] += 1
                    source = source or b.source
        if not votes and self.start_votes:
            top = self.start_votes.most_common(1)[0][1]
            votes.update({iso: n for iso, n in self.start_votes.items() if n == top})
        if not votes and not international:
            # a national body that coordinated it, where no international body did: "Eurojust supported the
            # German and Dutch authorities in a coordinated action"
            for b in coordinators:
                if b.iso3 and b.role == "coordinated the operation" and bodies.body_key(b.body) not in self.local:
                    votes[b.iso3] += 1
                    source = source or b.source
        if not votes and not international:
            only = self._one_nation(coordinators)
            if only is not None:
                votes[only.iso3 or ""] += 1
                source = source or only.source
        lead = [iso for iso, _ in votes.most_common()]
        coordinators = _by_specific_names(list(self.coordinators.values()), {**self.agencies, **self.forces})
        return coordinators, lead, source
