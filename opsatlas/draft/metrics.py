"""What a figure counts: the words around a number, read as a schema metric (`read`, `Reading`).

The metric names are the schema's (`opsatlas.records.schema.Metric`). A figure whose noun and verbs
say nothing the schema can hold (charges, warrants, officers deployed) is left out: the draft never
files a number under a guess. The words themselves (nouns, verbs, by class and language) and where
they stand are `metric_words`'s; whether a seizing verb reaches an amount is `seizing`'s; which count of
countries a number is, `country_counts`'s.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .country_counts import country_count
from .metric_words import (
    INVESTIGATED,
    NOT_ONE_THING,
    NOUNS,
    STOP,
    VERBS,
    demonyms,
    item_after,
    nearest_verb,
    noun_after,
    own_predicate,
    verb_before,
)
from .naming import CRIME_WORDS, ORDINALS
from .numbers import MONEY_UNITS, OPTIONAL_QUALIFIER, Quantity
from .seizing import (
    BULLET,
    RESTATING,
    SEIZED_PARTICIPLE,
    TOTAL_SEIZED_WAS,
    amount_seized,
    found_list,
    frozen_last,
    is_value,
    listed_then_seized,
    moved_by_another_verb,
    other_action_before,
    restated_list,
    seized_list_item,
    seized_object,
    subset_of_counted,
)

_MONEY_UNITS = MONEY_UNITS  # declared with the currencies, in numbers


#: "one of the", "una de las": a person picked out of a group, not a count.
ONE_OF = re.compile(r"^\s+(?:of|de)\s+(?:the|los|las|ellos|ellas|these|those|estos|estas)\b", re.I)


#: A group already counted, named again ("one of the eight arrested", "además de los 13 detenidos").
BACK_REFERENCE = re.compile(
    r"(?:\b(?:one|uno|una)\s+(?:of|de)\s+(?:the|los|las)|\b(?:además de|aparte de|besides|in addition to)\s+"
    r"(?:los|las|the))\s+$",
    re.I,
)


@dataclass(frozen=True)
class Reading:
    """What a quantity counts, as far as the words say: a schema metric, status, item, unit."""

    metric: str
    status: str | None = None
    item: str | None = None
    noun_end: int = 0  # where the counted noun ends (the quote's clause reaches at least there)
    elliptic: bool = False  # "three in El Salvador": the metric comes from the sentence


#: The noun before the figure: "el total de detenidos ha ascendido a 566", "the number of arrests rose to 566".
_NOUN_BEFORE = re.compile(
    r"\b(?:total|number|número|cifra|balance|count|tally)\s+(?:de|of)\s+(?P<noun>[^\W\d_]+)(?:\s+[^\W\d_]+){0,4}?\s+"
    r"(?:ha ascendido a|asciende a|ascendió a|se eleva a|se elevó a|se sitúa en|se situó en|es de|fue de|"
    r"rose to|stands at|stood at|reached|climbed to|came to|is|was|totals|totalled|totaled)\s*$",
    re.I,
)


#: A results line that names its count before a colon: "• total arrests : 1,062", "Víctimas rescatadas: 12",
#: "criminal merchandise seized: 801 (stolen firearms, vehicles etc.)".
_LABEL_COLON = re.compile(r"^[\s•·*–-]*(?P<label>[^\W\d_][^\W\d]*(?:\s+[^\W\d]+){0,5}?)\s*:\s*$")
#: The count ends its line, or only a bracket follows it.
_LINE_ENDS = re.compile(r"^\s*(?:\([^()]*\))?\s*\.?\s*$")


def _labelled_line(text: str, q: Quantity) -> Reading | None:
    """ "• total arrests : 1,062", "• human trafficking victims identified: 823", "• merchandise seized: 801": a
    results line whose words before the colon say what the count after it counts."""
    m = _LABEL_COLON.match(text[: q.start])
    if m is None or q.unit or not _LINE_ENDS.match(text[q.end :]):
        return None
    label = m.group("label")
    last = label.split()[-1]
    if NOUNS["arrest"].fullmatch(last) or VERBS["arrest"].fullmatch(last):
        return Reading("arrests", status="arrested", noun_end=q.end)
    if NOUNS["victim"].search(label) and (VERBS["identify"].search(label) or VERBS["rescue"].search(label)
                                          or label.lower().startswith(("victim", "víctim"))):
        return Reading("victims_identified", noun_end=q.end)
    if VERBS["seize"].fullmatch(last) and len(label.split()) > 1:
        return Reading("seizures", item=" ".join(label.split()[:-1]), noun_end=q.end)
    return None


#: "son ya 30 los detenidos", "han sido seis las personas detenidas": the verb "ser" before the count …
_IS_BEFORE = re.compile(r"\b(?:son|eran|fueron|han sido|habían sido|serían|suman|sumaban)\s+(?:ya\s+)?$", re.I)
#: … and after it, the people counted, with their article.
_THE_PEOPLE_AFTER = re.compile(
    r"^\s+(?:los|las)\s+(?:personas\s+|individuos\s+|sospechosos\s+)?(?P<word>detenid[oa]s|arrestad[oa]s|"
    r"capturad[oa]s|aprehendid[oa]s|investigad[oa]s|víctimas|rescatad[oa]s)\b",
    re.I,
)


def _counted_with_ser(text: str, q: Quantity) -> Reading | None:
    """ "Finalmente, han sido seis las personas detenidas", "Son ya 30 los arrestados": the count, then the people."""
    after = _THE_PEOPLE_AFTER.match(text[q.end :])
    if after is None or not _IS_BEFORE.search(text[max(0, q.start - 20) : q.start]):
        return None
    word, end = after.group("word").lower(), q.end + after.end()
    if word.startswith("investigad"):
        return Reading("suspects_identified", status="identified", noun_end=end)
    if word.startswith(("víctim", "rescatad")):
        return Reading("victims_identified", noun_end=end)
    return Reading("arrests", status="arrested", noun_end=end)


def _reading_before(text: str, q: Quantity) -> Reading | None:
    m = _NOUN_BEFORE.search(text[max(0, q.start - 90) : q.start])
    if m is None:
        return _labelled_line(text, q) or _counted_with_ser(text, q)
    noun = m.group("noun")
    if NOUNS["arrest"].fullmatch(noun):
        return Reading("arrests", status="arrested", noun_end=q.end)
    if NOUNS["victim"].fullmatch(noun) and noun.lower().startswith(("victim", "víctim")):
        return Reading("victims_identified", noun_end=q.end)
    if noun.lower().startswith(("suspect", "sospech", "investigad")):
        return Reading("suspects_identified", status="identified", noun_end=q.end)
    return None


#: A comparison that gives a size, not a count: "the equivalent of 30 lorries", "equivalente a 2.000 camiones".
_EQUIVALENT = re.compile(
    r"\b(?:equivalent (?:of|to)|equivalente (?:de|a)|equivalentes a|enough to fill|suficiente para llenar)\s+"
    r"(?:(?:some|about|around|unos|unas|cerca de|más de|more than|over)\s+)?$",
    re.I,
)
_INTERCEPTED = re.compile(r"\b(?:intercepted|interceptaron|interceptad[oa]s?|interceptó)\b[^.;]*$", re.I)
_STILL_TO = re.compile(
    r"\b(?:trying to|try to|seeking to|seek to|working to|aim to|hope to|intentan|intenta|tratan de|trata de|buscan|"
    r"procuran)\s+(?:\w+\s+)?(?:identify|locate|find|rescue|identificar|localizar|encontrar|rescatar)\s+"
    r"(?:(?:the|a|las|los|a las|a los|another|other|more|otr[oa]s|más)\s+)*$"
    # "are searching for 40 more victims": sought, not found yet
    r"|\b(?:searching for|looking for|search for|look for|buscan a|busca a|buscando a)\s+"
    r"(?:(?:the|another|other|more|otr[oa]s|más)\s+)*$",
    re.I,
)
_TAKEN_FROM = re.compile(
    r"\b(?:extorted|defrauded|scammed|swindled|stole|stolen|robbed|cheated|conned|extorting|defrauding|scamming|"
    r"swindling|stealing|robbing|cheating|estafó|estafaron|estafar|defraudó|"
    r"defraudaron|robó|robaron|extorsionó|extorsionaron|sustrajo|sustrajeron)\b(?:[^.;]|\.(?=\d)){0,60}\b(?:from|de|a)\s+"
    + OPTIONAL_QUALIFIER + r"$",
    re.I,
)
#: A part of a count just given: "26 women were rescued, including a minor", "incluida una menor".
_INCLUDING = re.compile(r"\b(?:including|among them|incluid[oa]s?|entre ell[oa]s|entre los que|entre las que)\s+$", re.I)


def _one_victim_found(text: str, q: Quantity, own: str | None) -> bool:
    """"a victim" / "una víctima" is a figure of one only where a verb finds or frees that one ("rescued a
    girl", "una víctima fue identificada"), not in the case's story ("tras la denuncia de una víctima") or as a
    part of a larger group ("incluida una menor")."""
    if _INCLUDING.search(text[max(0, q.start - 30) : q.start]):
        return False
    return own is not None or nearest_verb(text, q.start, ("identify", "rescue"), window=30) is not None


#: What follows users of a thing: " de ", " of the ".
_OF_AFTER = re.compile(r"\s+(?:de|of)\s+(?:la\s+|el\s+|the\s+)?", re.I)


def _drug_users(text: str, q: Quantity, n_start: int, n_end: int) -> bool:
    """The users counted take a drug ("1.8 million cocaine users", "8.000 usuarios de cocaína"): no platform's."""
    drug = CRIME_WORDS["drug_trafficking"]
    of = _OF_AFTER.match(text, n_end)
    return bool(drug.search(text, q.end, n_start) or (of and drug.match(text, of.end())))


#: Accounts at a bank: "30 bank accounts", "12 cuentas bancarias".
_BANK_ACCOUNTS = re.compile(r"\bbank\s+accounts?\b|\bcuentas?\s+(?:bancarias?|corrientes?)\b", re.I)
#: A group opening the sentence, of which the next count is a part: "Of the 25 defendants, 21 …", "De los 30
#: investigados, 12 …".
_OF_THE_GROUP = re.compile(r"(?:^|[.;:]\s*)\W*(?:of|among|de|entre)\s+(?:the|these|those|los|las|estos|estas)\s+$", re.I)
#: Suspects said to exist or sought, not arrested: "There are 269 suspects so far", "hay 40 sospechosos", "are
#: searching for at least 40 other suspects", "buscan a otros 12 sospechosos".
_THERE_ARE = re.compile(
    r"\b(?:there are|there were|there have been|hay|había|habría|existen|searching for|looking for|hunting for|"
    r"search for|look for|hunt for|buscan a|busca a|buscando a)\s+(?:now\s+|ya\s+|otros\s+)?"
    + OPTIONAL_QUALIFIER + r"$",
    re.I,
)
#: A people noun that names suspects: "suspects", "sospechosos", "presuntos".
_SUSPECT_WORD = re.compile(r"suspect|sospech|presunt", re.I)


_ARREST_OF = re.compile(
    r"\b(?:arrests?|detentions?|apprehension|detención|detenciones|arresto|arrestos|captura|capturas|aprehensión)\s+"
    r"(?:of|de)\s+" + OPTIONAL_QUALIFIER + r"$",
    re.I,
)
#: People put under investigation, named by the noun: "la investigación de otras 30", "la imputación de 12 personas".
_INVESTIGATION_OF = re.compile(
    r"\b(?:investigación|imputación)\s+(?:de|a)\s+(?:(?:otr[oa]s|los|las)\s+)?" + OPTIONAL_QUALIFIER + r"$",
    re.I,
)
#: No noun after the number: punctuation, a conjunction, or the place or time of the verb ("arrested 35 in",
#: "detuvo a 12, …", "en Portugal 4 y en Italia 2").
NO_NOUN = re.compile(
    r"\s*(?:[,.;:)]|$|(?:in|en|at|across|during|durante|since|desde|between|entre|and|y|e|or|o)\b)", re.I
)
_OBJECT_BEFORE = re.compile(
    r"\b(?:seized|seizing|confiscated|recovered|incautaron|incautó|decomisaron|intervinieron)\s+"
    r"(?P<item>[^\W\d_]+(?:\s+[^\W\d_]+){0,2}?)\s+(?:with a (?:total )?weight of|weighing|totalling|totaling|"
    r"con un peso (?:total )?de|por un total de|que pesaban)\s+" + OPTIONAL_QUALIFIER + r"$",
    re.I,
)
#: "las autoridades hallaron 376 kilos de cocaína": goods found by the police in the clause before the amount.
_FOUND_BEFORE = re.compile(
    r"\b(?:found|discovered|hallaron|halló|encontraron|encontró|descubrieron|descubrió|"
    # "fueron hallados 856 kilogramos de cocaína", "se han encontrado 40 kilos"
    r"(?:fueron|han sido|se han|se ha|were|was)\s+(?:hallad[oa]s?|encontrad[oa]s?|descubiert[oa]s?))\b[^,;.]{0,40}$",
    re.I,
)


#: Goods measured by weight or volume that "were found" (or "located", as New Zealand's police write): found by the
#: police, so seized; the later items of their list first: " and 1kg of methamphetamine was located".
_FOUND_AFTER = re.compile(
    r"^(?:\s*(?:,|\band\b|\by\b|\be\b)\s*" + OPTIONAL_QUALIFIER + r"\d[^\d,;:.]{0,50}?)*"
    r"\s*(?:(?:were|was|have been|had been|fueron|han sido|se)\s+)(?:also\s+)?(?:found|discovered|detected|located|"
    r"hallad[oa]s|encontrad[oa]s|hallaron|encontraron|descubiert[oa]s|localizad[oa]s)\b",
    re.I,
)
#: What money measures when it is harm done, not money held: "of social harm", "in damages", "en pérdidas".
_HARM = re.compile(r"\b(?:harm|damages?|losses|daños|pérdidas|perjuicios?)\b", re.I)
#: Money "in bank accounts", "en cuentas bancarias".
_IN_ACCOUNTS = re.compile(r"^(?:(?:frozen|blocked)\s+)?(?:bank\s+)?accounts?\b|^cuentas?(?:\s+bancarias?|\s+corrientes?)?\b", re.I)


#: Cash detained, in British usage, after the money: " cash was also detained", " in cash were detained".
_CASH_DETAINED = re.compile(
    r"^\s*(?:in\s+)?(?:cash|notes|banknotes)\s+(?:was|were|has been|have been|had been)\s+(?:also\s+)?detained\b",
    re.I,
)
#: The intercepting verb right before an amount: "Canada intercepted 18 tons", "fueron interceptados 300 kilos".
_INTERCEPTED_RIGHT_BEFORE = re.compile(r"\b(?:intercepted|interceptaron|interceptó|interceptad[oa]s?)\s+$", re.I)
#: A sentence that restates the amount seized before it: "Son 2 mil 470 kilos de cocaína", "Se trata de 3.100
#: kilos de hachís", "It was 1.2 tonnes of cocaine".
_AMOUNT_RESTATED = re.compile(RESTATING.pattern + OPTIONAL_QUALIFIER + r"$", re.I)


_ACRONYM = re.compile(r"^[A-Z]{2,4}(?:\s+[a-z]|$)")


#: "…, 13 vehículos y un arma de fuego", "además de un arma simulada": one thing, listed after others.
_LISTED_ONE = re.compile(r"(?:,|\b(?:and|y|e|plus|además de|as well as|así como|along with|junto (?:a|con)))\s+$", re.I)


def _single_seized(text: str, q: Quantity) -> Reading | None:
    """ "seis metralletas AK 47 y una pistola metralleta", "13 vehículos y un arma de fuego": a thing named with
    "a"/"un" after counted things in a list of what was seized is one of them; so is one right after its seizing
    verb: "Se incautó una pistola Glock", "La Armada decomisó una lancha rápida"."""
    listed = _LISTED_ONE.search(text[max(0, q.start - 16) : q.start])
    right_after_verb = verb_before(text, q, ("seize",)) == "seize"
    if not listed and not right_after_verb:
        return None
    item, end = item_after(text, q.end)
    if listed and listed.group(0).startswith(",") and not re.match(r"\s*(?:,|\b(?:and|y|e)\b)", text[end : end + 8]):
        return None  # "1.689 toneladas de marihuana, una cifra histórica": after a comma, a description, unless listed on
    if (
        not item
        or NOT_ONE_THING.match(item)
        or NOUNS["time"].match(item)
        or NOUNS["non_metric"].match(item)
        or any(NOUNS[c].match(item) for c in ("person", "victim", "arrest", "country", "subdivision", "user"))
        or STOP.match(item.split()[0])
        or item[0].isupper()
        or item.split()[0].lower() in demonyms()
    ):
        return None
    from .numbers import find_quantities

    clause = re.split(r"[;:]|(?<!\d)\.|\.(?!\d)", text[max(0, q.start - 240) : q.start])[-1]
    counted = [p for p in find_quantities(clause) if not p.weak]
    if not counted and not right_after_verb:
        return None  # a list of counted things comes first
    if counted and _said_words().search(clause, counted[-1].end):
        return None  # "… y 42 armas de fuego, agregó Interpol en un comunicado y un video": the list has ended
    if not seized_object(text, q, end):
        return None
    return Reading("seizures", item=item, noun_end=end)


@lru_cache(maxsize=1)
def _said_words() -> re.Pattern[str]:
    """The words that report a statement (`subjects.SAID_WORDS`): "said", "agregó", "según"."""
    from .subjects import SAID_WORDS

    return re.compile(r"\b(?:" + SAID_WORDS + r")\b", re.I)


def bullet_seized(text: str, q: Quantity) -> Reading | None:
    """ "• 387 kg of glass eels" in a bulleted list under "Seizures including:": an amount or a count of things
    the heading says were seized (what they were worth is not)."""
    if not BULLET.match(text) or q.weak:
        return None
    cls = noun_after(text, q)[0]
    if not q.unit and cls != "other":
        return None
    if q.unit in _MONEY_UNITS and is_value(text, q):
        return None
    item, end = item_after(text, q.end)
    if not item and q.unit not in _MONEY_UNITS:
        return None
    if item and (NOUNS["time"].match(item) or NOUNS["non_metric"].match(item)):
        return None
    return Reading("seizures", item=item or "cash", noun_end=end)


#: A figure that restates or compares the one before: "enough to fill 440 shipping containers", "que equivalen a
#: 4.600 millones de pesos".
_RESTATED = re.compile(
    r"\b(?:enough to fill|enough to load|equivalent to|equivalente a|equivalentes a|equivalen a|equivale a|"
    r"equivalían a|equivalía a|equal to|lo que supone|the size of|the weight of)\s+(?:the\s+|los\s+|las\s+)?$"
    r"|\d[^()]{0,30}\(\s*(?:or|o|i\.e\.|that is|es decir|o sea)\s+$",  # "60 kg (or about 180 000 specimens)"
    re.I,
)
#: Where goods were taken from: "29 tons of medicine were seized from two trucks" counts the trucks searched, not
#: things seized, nor "seized 3.7 kg of tramadol tablets from its two occupants" the people who had them (English
#: only: Spanish "se incautaron de 1.757 kilos" is the seizing verb itself).
_SEIZED_FROM = re.compile(
    r"\b(?:seized|recovered|confiscated|taken|removed|impounded)\b(?:\s(?:[^.;:,]|\.(?=\d)){0,60}?)?\s+from\s+"
    r"(?:the\s+|its\s+|their\s+|his\s+|her\s+|a\s+total\s+of\s+)?$",
    re.I,
)
#: What goods were kept or hidden in, right before its count: "almacenados en 136 canecas", "hidden in 23 bales".
_HELD_IN = re.compile(
    r"\b(?:almacenad[oa]s|guardad[oa]s|ocult[oa]s|escondid[oa]s|envasad[oa]s|empaquetad[oa]s|stored|packed|hidden|"
    r"concealed|stashed)\s+(?:en|in|into|inside)\s+$",
    re.I,
)
#: What a vessel or vehicle can carry, right before the amount: "used to transport up to 3 tonnes", "capable of carrying",
#: "con capacidad para 2 toneladas", "capaces de transportar".
_CAPACITY = re.compile(
    r"\b(?:to transport|to carry|capable of (?:carrying|transporting)|can (?:carry|transport)|could (?:carry|transport)|"
    r"para transportar|para cargar|capaz(?:es)? de (?:transportar|cargar)|con capacidad (?:para|de))\s+"
    r"(?:up to\s+|hasta\s+)?" + OPTIONAL_QUALIFIER + r"$",
    re.I,
)
#: The Spanish personal "a": "se ha interceptado a 745 inmigrantes" counts people, never things seized.
_PERSONAL_A = re.compile(r"\b[^\W\d_]{3,}(?:ado|ada|ados|adas|ido|ida|idos|idas|ó|aron|ieron)\s+a\s+$", re.I)


#: A figure summed over years: "en los últimos años", "in recent years", "over the past decade".
_YEARS_LONG = re.compile(
    r"^[^.;]{0,40}?\b(?:en los últimos (?:\w+\s+)?(?:años|lustros|decenios)|en (?:las|la) últimas? (?:\w+\s+)?décadas?|"
    r"in recent years|in the (?:last|past) (?:\w+\s+)?(?:years|decades?)|over the (?:last|past) (?:\w+\s+)?"
    r"(?:years|decades?)|since (?:its|it was) (?:creation|launch|inception))\b",
    re.I,
)
#: The seizure a case started from: "La pesquisa tuvo su origen en junio, con la incautación de", "The investigation
#: began after the seizure of".
_ORIGIN = re.compile(
    r"\b(?:tuvo su origen|tuvo origen|se originó|se inició|comenzó|arrancó|empezó|began|started|originated|"
    r"was (?:launched|opened|initiated))\b[^.;]{0,90}?\b(?:con|tras|después de|a raíz de|after|following|with)\s+"
    r"(?:la|el|the|a)\s+(?:incautación|aprehensión|decomiso|intervención|hallazgo|seizure|interception|discovery)\s+"
    r"(?:de|of)\s+$"
    # "the last stage started when the Guardia Civil found 1,540 pounds", "comenzó cuando los agentes hallaron 30 kilos"
    r"|\b(?:began|started|originated|comenzó|empezó|se inició|arrancó)\s+(?:when|after|cuando|después de que)\b"
    r"[^.;]{0,60}?\b(?:found|seized|discovered|intercepted|hallaron|halló|encontraron|encontró|incautaron|incautó|"
    r"interceptaron|interceptó|decomisaron|decomisó)\s+" + OPTIONAL_QUALIFIER + r"$",
    re.I,
)


#: "Twelve of those arrested", "doce de los detenidos": a part of the people arrested.
_PART_OF_ARRESTED = re.compile(
    r"^\s+(?:of|de)\s+(?:the|those|these|los|las|esos|esas|estos|estas)\s+(?:(?:people|persons|personas)\s+)?"
    r"(?:arrests|arrested|detained|detenid[oa]s|arrestad[oa]s|capturad[oa]s|detenciones|arrestos|capturas)\b",
    re.I,
)


def read(
    text: str, q: Quantity, previous: Reading | None = None, stated: frozenset[float] | None = None
) -> Reading | None:
    """The metric a quantity gives, or None when the article does not say what it counts. `stated`:
    the people counts the article gave before (a group named again is read only if it is new)."""
    reading = _read(text, q, previous, stated)
    if reading is None or reading.metric not in ("seizures", "assets_frozen"):
        return reading
    if _RESTATED.search(text[max(0, q.start - 40) : q.start]):
        return None  # "enough to fill 440 shipping containers": a comparison, not a second seizure
    if _SEIZED_FROM.search(text[max(0, q.start - 90) : q.start]):
        return None  # "seized from two trucks": where the goods were, not what was taken
    if not q.unit and _HELD_IN.search(text[max(0, q.start - 40) : q.start]):
        return None  # "3.400 litros de ácido sulfúrico almacenados en 136 canecas": what held the goods
    if _CAPACITY.search(text[max(0, q.start - 50) : q.start]):
        return None  # "narco-subs to transport up to 3 tonnes of cocaine": what a vessel can carry, not what was seized
    if subset_of_counted(text, q):
        return None  # "Eleven firearms, comprising nine handguns": the parts of a seizure counted already
    if not q.unit and _PERSONAL_A.search(text[max(0, q.start - 30) : q.start]):
        return None  # "se ha interceptado a 745 inmigrantes": people stopped, not things seized
    if _YEARS_LONG.match(text[reading.noun_end : reading.noun_end + 80]):
        return None  # "ha permitido recuperar más de 20.000 ejemplares en los últimos años": many years', not this one's
    if _ORIGIN.search(text[max(0, q.start - 160) : q.start]):
        return None  # "La pesquisa tuvo su origen … con la incautación de 23 kilos": the case's start, not its result
    return reading


#: People arrested or only identified or investigated, one combined count: " were arrested or identified", " had been
#: arrested or were under investigation", " arrested or placed under investigation", " detenidas o investigadas".
_ARRESTED_OR_IDENTIFIED = re.compile(
    r"\s+(?:(?:were|have been|had been|fueron|han sido|habían sido)\s+)?(?:arrested|detained|detenid[oa]s|arrestad[oa]s)"
    r"\s+(?:or|o|and/or|y/o)\s+(?:(?:were|have been|had been|been|fueron|han sido)\s+)?(?:(?:placed|put)\s+)?"
    r"(?:identified|identificad[oa]s|under investigation|investigated|investigad[oa]s|imputad[oa]s|bajo investigación)\b",
    re.I,
)


#: An ordinal right after "un"/"a": "un tercer detenido", "a third man".
_ORDINAL_AFTER = re.compile(r"\s+(?:" + "|".join(ORDINALS) + r")\b", re.I)
#: A nationality alone after the number (or with "citizens"), then the list goes on or ends: "18 Colombians, 22
#: Venezuelans and two Peruvians", "22 venezolanos y dos peruanos", "463 Myanmar citizens.".
_NATIONALITY_ALONE = re.compile(
    r"\s+(?P<word>[^\W\d_]+)(?P<citizens>\s+(?:citizens|nationals))?(?:\s*(?:[,;.)]|$)|\s+(?:and|y|e|or|o)\s+(?P<next>\S+))"
)


#: The next item of a list opens with its number: "… and two Peruvians", "y 3 peruanos", "and an Indonesian".
_LIST_NUMBER = re.compile(
    r"^(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|an?\b|un[oa]?|dos|tres|cuatro|cinco|seis|siete|ocho|"
    r"nueve|diez)",
    re.I,
)


def _nationals(text: str, q: Quantity) -> bool:
    """The figure counts people by nationality, a breakdown of a count given already, not a new figure (unless
    its own verb stands right before it)."""
    m = _NATIONALITY_ALONE.match(text, q.end)
    if m is None:
        return False
    word = m.group("word").lower()
    named = m.group("citizens") is not None and m.group("word")[0].isupper()  # "463 Myanmar citizens"
    if not (named or word in demonyms() or (word.endswith("s") and word[:-1] in demonyms())):
        return False
    if m.group("next") and not _LIST_NUMBER.match(m.group("next")):
        return False  # "16 Ecuadorian and Venezuelan citizens": the nationalities describe the noun counted
    return verb_before(text, q, ("arrest", "identify", "rescue")) is None  # "arrested 16 Colombians" counts them


#: "…, of which nearly", "de los cuales": a part of things counted before opens.
_OF_WHICH = re.compile(r"\b(?:of which|of these|de (?:los|las) cuales|de ell[oa]s)\s+" + OPTIONAL_QUALIFIER + r"$", re.I)
#: The part's own verb, a seizing one after its auxiliary: " were seized", " fueron incautados".
_WERE = re.compile(r"^\s+(?:were|have been|had been|fueron|han sido|habían sido)\s+(?:also\s+|también\s+)?", re.I)


def _part_seized(text: str, q: Quantity) -> Reading | None:
    """ "some 149,623 packages were inspected, of which nearly 50,068 were seized", "se revisaron 900 contenedores,
    de los cuales 14 fueron incautados": the part seized of things counted before, named by their noun."""
    if not _OF_WHICH.search(text[max(0, q.start - 30) : q.start]):
        return None
    aux = _WERE.match(text[q.end :])
    if aux is None or not VERBS["seize"].match(text, q.end + aux.end()):
        return None
    from .numbers import find_quantities

    wholes = [p for p in find_quantities(text[: q.start]) if not p.weak and not p.unit]
    item = item_after(text, wholes[-1].end)[0] if wholes else None
    return Reading("seizures", item=item, noun_end=q.end) if item else None


#: A count of warrants named by what they allow: "19 arrest warrants", "17 search and seizure warrants", "three
#: European Arrest Warrants" (no arrest or seizure is made by serving one).
_WARRANTS_AFTER = re.compile(
    r"^\s+(?:(?:international|european|eu|arrest|search|seizure|extradition|detention|and)\s+){1,4}warrants?\b", re.I
)


#: An arrest or a seizure aimed at, not made: "la intención era capturar a por lo menos 501", "planned to arrest 40".
_INTENDED = re.compile(
    r"\b(?:la intención era|el objetivo era|el objetivo es|pretendía|pretendían|buscaba|buscaban|intended to|"
    r"aimed to|aiming to|planned to|planning to|sought to|hoped to)\s+(?:[^\W\d_]+\s+)?"
    r"(?:capturar|detener|arrestar|incautar|decomisar|arrest|capture|detain|seize)\b[^.;\d]{0,25}$",
    re.I,
)


#: The arrest of an arrest warrant: "serve 19 arrest warrants" arrests no one yet.
_ARREST_WARRANT = re.compile(r"\barrest(?=\s+warrants?\b)", re.I)


def _read(
    text: str, q: Quantity, previous: Reading | None = None, stated: frozenset[float] | None = None
) -> Reading | None:
    if _WARRANTS_AFTER.match(text[q.end :]):
        return None  # "serve 19 arrest warrants": warrants, which the schema does not count
    if _INTENDED.search(text[max(0, q.start - 70) : q.start]):
        return None  # "aunque la intención era capturar a por lo menos 501": the aim, not the arrests made
    if not q.unit and _nationals(text, q):
        return None  # "the arrest of 43 people: 18 Colombians, 22 Venezuelans and two Peruvians"
    if q.weak and _ORDINAL_AFTER.match(text, q.end):
        return None  # "un tercer detenido", "a third suspect": one more of a group, not a count of its own
    cls, n_start, n_end = noun_after(text, q)
    if cls == "person" and _ARRESTED_OR_IDENTIFIED.match(text[n_end:]):
        # "645 suspects were arrested or identified": the wider count, of which the arrests are a part
        return Reading("suspects_identified", status="identified", noun_end=n_end)
    part_of = _PART_OF_ARRESTED.match(text[q.num_end :])
    if part_of and q.value != 1 and not q.unit:
        return Reading("arrests", status="arrested", noun_end=q.num_end + part_of.end())  # "Twelve of those arrested"
    if n_start == n_end and not q.unit and (part := _part_seized(text, q)) is not None:
        return part  # "of which nearly 50,068 were seized"
    if cls in (None, "other") and not q.unit:
        before = _reading_before(text, q)
        if before is not None:
            return before
    if not q.unit and not q.weak and cls in ("other", None) and _ARREST_OF.search(text[max(0, q.start - 30) : q.start]):
        return Reading("arrests", status="arrested", noun_end=n_end)  # "led to the arrest of 17 vendors and admins"
    if (
        not q.unit
        and not q.weak
        and (cls in ("person", None) or NO_NOUN.match(text[q.end :][:12]))
        and _INVESTIGATION_OF.search(text[max(0, q.start - 40) : q.start])
    ):
        # "la detención de 28 personas y la investigación de otras 30": the others are under investigation
        return Reading("suspects_identified", status="identified", noun_end=n_end)
    if n_start == n_end and not q.weak and own_predicate(text, q.end, ("arrest",)) == "arrest":
        return Reading("arrests", status="arrested", noun_end=q.end)  # "166 were arrested in all"
    rest = re.match(r"\s+(?:restantes|remaining)\b", text[q.end :], re.I)  # "a los tres restantes"
    if (
        (n_start == n_end or rest)
        and not q.weak
        and not q.unit
        and NO_NOUN.match(text[q.end + (rest.end() if rest else 0) :][:12])
        and verb_before(text, q, ("arrest",)) == "arrest"
    ):
        # "ha arrestado 35 en diferentes partes…", "arrested the remaining five"
        return Reading("arrests", status="arrested", noun_end=q.end + (rest.end() if rest else 0))
    if cls is None and not q.weak and previous is not None and previous.metric in ("arrests", "suspects_identified"):
        # "arrestó a 13 personas e investigó a otras cinco": the noun is left out, the verb says what it counts
        verb = verb_before(text, q, ("arrest", "identify"))
        if verb == "identify" and INVESTIGATED.search(text[max(0, q.start - 30) : q.start]):
            return Reading("suspects_identified", status="identified", noun_end=q.end)
        if verb == "arrest":
            return Reading("arrests", status="arrested", noun_end=q.end)
    if cls in ("time", "non_metric"):
        return None
    if _SEIZED_FROM.search(text[max(0, q.start - 30) : q.start]):
        return None  # "29 tons … were seized from two trucks": where the goods were found, not what was seized
    if not q.unit and _EQUIVALENT.search(text[max(0, q.start - 30) : q.start]):
        return None  # "la carga equivalente de 2.000 camiones": a measure by comparison, nothing counted
    if ONE_OF.match(text[q.num_end :]) and q.value == 1:
        return None  # "one of the 17 people arrested" is not a figure of one
    if BACK_REFERENCE.search(text[max(0, q.start - 24) : q.start]) and (stated is None or q.value in stated):
        return None  # "uno de los ocho arrestados", "besides the 13 arrested": the group named again
    if q.weak and cls in (None, "other") and not q.unit:
        return _single_seized(text, q)  # "una tonelada de cocaína" is one tonne; "una operación" counts nothing
    if q.unit in _MONEY_UNITS and is_value(text, q):
        return None  # "street value of $1.3 billion", "habría alcanzado 1.300 millones": what it is worth
    if q.unit in _MONEY_UNITS or (q.unit and not q.whole):
        verb = nearest_verb(text, q.start, ("seize", "freeze"))
        if verb is not None and q.unit in _MONEY_UNITS and moved_by_another_verb(text, q):
            return None  # "la organización ha movido alrededor de 12 millones de euros y la cocaína incautada …"
        if verb is None and _INTERCEPTED.search(text[max(0, q.start - 60) : q.start]):
            verb = "seize"  # "Police intercepted some USD 135 million": money stopped is money seized (people are not)
        if verb is None and q.unit in _MONEY_UNITS and _CASH_DETAINED.match(text[q.end : q.end + 60]):
            verb = "seize"  # "Approximately £30,000 cash was also detained": cash detained (British usage) is seized
        if verb is None and q.unit in _MONEY_UNITS and seized_list_item(text, q):
            verb = "seize"  # "Seized in the operation were over 3,000 pounds of cocaine, …, $5.5 million in cash"
        if verb is None and q.unit in _MONEY_UNITS:
            return None
        if verb is not None:  # else "5.125 Kg Heroin; … were recovered": an amount read below
            item, end = item_after(text, q.end)
            # the money's own words decide before the nearest verb: "over EUR 4 million in cash, … and close to
            # EUR 10 million in frozen bank accounts", after "seizures totalling at:"
            if VERBS["freeze"].search(text[q.end : end + 12]) or (item and _IN_ACCOUNTS.match(item)):
                verb = "freeze"  # "160.000 euros en cuentas bancarias": money held in accounts is blocked, not taken
            elif verb == "freeze" and not frozen_last(text, q) and seized_object(text, q, end):
                verb = "seize"
            if item and _HARM.search(item):
                return None  # "has prevented $13 million of social harm", "2 millones de euros en daños": no money held
            if verb == "freeze" and not (item and _IN_ACCOUNTS.match(item)) and _INTERCEPTED.search(
                text[max(0, q.start - 30) : q.start]
            ):
                verb = "seize"  # "intercepted an estimated HKD150 million in fraudulent funds and froze …": stopped
            if verb == "freeze":
                return Reading("assets_frozen", item=item or ("money" if q.unit in _MONEY_UNITS else None), noun_end=end)
            return Reading("seizures", item=item or ("cash" if q.unit in _MONEY_UNITS else None), noun_end=end)
    if q.unit:  # tonnes, kg of something
        item, end = item_after(text, q.end)
        if _FOUND_AFTER.match(text[end : end + 160]):
            return Reading("seizures", item=item, noun_end=end) if item else None  # "15,451 tons … were found"
        if other_action_before(text, q):
            return None  # "se logró la erradicación de hasta 1,689 toneladas": destroyed, not seized
        total = TOTAL_SEIZED_WAS.search(text[max(0, q.start - 120) : q.start])  # "el total de droga decomisada fue de"
        item = item or (total.group("item") if total else None)
        found_before = (
            _FOUND_BEFORE.search(text[max(0, q.start - 60) : q.start])
            or found_list(text, q)
            or (item and _AMOUNT_RESTATED.match(text[: q.start]))  # "Son 2 mil 470 kilos de cocaína …"
            or (item and restated_list(text, q))  # "Se trata de 24 toneladas de cocaína, 5,7 toneladas de hachís"
            or total
            # an amount of goods stopped is seized: "Canada intercepted 18 tons of eel meat", "5 tonnes of cocaine
            # were intercepted" (a vehicle or a person intercepted is not counted by its mass)
            or _INTERCEPTED_RIGHT_BEFORE.search(text[max(0, q.start - 30) : q.start])
            or SEIZED_PARTICIPLE.match(text[end:])
        )
        if nearest_verb(text, q.start, ("seize",)) is None and not seized_object(text, q, q.end) and not found_before:
            return None
        if not item:
            # "seized drugs with a total weight of 12 kg": the thing is the verb's object, before the amount
            obj = _OBJECT_BEFORE.search(text[max(0, q.start - 80) : q.start])
            item = obj.group("item") if obj else None
        if not item and amount_seized(text, q, end):
            return Reading("seizures", noun_end=end)  # "with more than 45 tonnes seized", "se interceptaron 814 kilos"
        return Reading("seizures", item=item, noun_end=end) if item else None
    if cls == "arrest":
        verb = nearest_verb(text, q.start, ("charge", "convict"), window=60)
        if verb == "convict":
            return Reading("convictions", status="convicted", noun_end=n_end)
        return Reading("arrests", status="arrested", noun_end=n_end)
    if cls == "person":
        if _THERE_ARE.search(text[max(0, q.start - 24) : q.start]) and _SUSPECT_WORD.match(text[n_start:n_end]):
            return Reading("suspects_identified", status="identified", noun_end=n_end)  # "There are 269 suspects"
        classes = ("arrest", "charge", "convict", "identify", "rescue")
        own = own_predicate(text, n_end, (*classes, "refer"))
        if own == "refer":
            own = None  # "information on 68 suspects was shared": read below, as suspects reported to partners
        elif own == "unknown":
            return None  # "27 people ... were intercepted": not a count the schema holds
        elif own == "charge" and verb_before(text, q, ("arrest",)) == "arrest":
            own = "arrest"  # "detuvo a 18 personas, una de ellas portuguesa, acusadas de narcotráfico": arrested
        if own is None and _OF_THE_GROUP.search(text[max(0, q.start - 30) : q.start]):
            return None  # "Of the 25 defendants, 21 are now in custody": the group the next count is a part of
        if own is None:
            own = verb_before(text, q, classes)
            if own == "unknown":
                return None  # "se han inspeccionado a 215.000 personas": the figure's verb is not an arrest
        if own is None and text[n_start:n_end].lower() in demonyms():
            return None  # "10 detenidos (siete colombianos)": nationalities of people counted already
        verb = own or nearest_verb(text, q.start, classes)
        if (own == "charge" and not VERBS["arrest"].search(text[n_end : n_end + 50])) or (
            verb == "charge" and nearest_verb(text, q.start, ("arrest",), window=40) is None
        ):
            # charged is not arrested, and the schema counts no charges: kept only where the article
            # arrests the same number of people ("16 people charged" and "arrested 16 people")
            return Reading("arrests", status="charged", noun_end=n_end)
        if verb in ("arrest", "charge"):
            return Reading("arrests", status="arrested", noun_end=n_end)
        if verb == "convict":
            return Reading("convictions", status="convicted", noun_end=n_end)
        if verb == "rescue":
            return Reading("victims_identified", noun_end=n_end)  # "se ha liberado a nueve mujeres"
        if verb == "identify":
            word = text[n_start:n_end].lower()
            if word.startswith(("suspect", "sospech", "offender", "perpetr", "presunt", "pedóf", "paedo", "pedo", "internaut")):
                return Reading("suspects_identified", status="identified", noun_end=n_end)
            if INVESTIGATED.search(text[max(0, q.start - 40) : n_end + 40]):
                return Reading("suspects_identified", status="identified", noun_end=n_end)  # "cinco personas investigadas"
            return None
        if verb is None and nearest_verb(text, q.start, ("refer",)) is not None:
            word = text[n_start:n_end].lower()
            if word.startswith(("suspect", "sospech")):
                return Reading("suspects_identified", status="identified", noun_end=n_end)  # reported to partners
        return None
    if cls == "victim":
        if _STILL_TO.search(text[max(0, q.start - 40) : q.start]):
            return None  # "Police are also trying to identify 100 more children": not identified yet
        if _TAKEN_FROM.search(text[max(0, q.start - 70) : q.start]):
            return None  # "extorted £27 million from 149 UK victims": people the crime harmed, not found
        own = own_predicate(text, n_end, ("identify", "rescue", "arrest"))
        if own in ("unknown", "arrest"):
            return None
        if q.weak and not _one_victim_found(text, q, own):
            return None  # "tras la denuncia de una víctima", "rescued 26 women, including a minor"
        verb = own or nearest_verb(text, q.start, ("identify", "rescue"))
        word = text[n_start:n_end].lower()
        if verb or word.startswith(("victim", "víctim")):
            return Reading("victims_identified", noun_end=n_end)
        return None
    if cls == "country":
        metric = country_count(text, q, n_start, n_end, previous.metric if previous else None)
        return Reading(metric, noun_end=n_end) if metric else None
    if cls == "subdivision":
        plain = _ARREST_WARRANT.sub(lambda m: "_" * len(m.group(0)), text)  # "19 arrest warrants … in three states"
        if nearest_verb(plain, q.start, ("arrest", "charge"), window=200) or (previous and previous.metric == "arrests"):
            return Reading("subdivisions_with_arrests", noun_end=n_end)
        return None
    if cls == "user":
        if _drug_users(text, q, n_start, n_end):
            return None  # "1.8 million cocaine users", "usuarios de cocaína": who takes a drug, no platform's
        if VERBS["freeze"].search(text[max(0, q.start - 40) : q.start]):
            item, end = item_after(text, q.end)
            return Reading("assets_frozen", item=(item or text[n_start:n_end]), noun_end=max(end, n_end))
        if nearest_verb(text, q.start, ("seize",), window=40) == "seize" and seized_object(text, q, n_end):
            item, end = item_after(text, q.end)
            return Reading("seizures", item=item, noun_end=max(end, n_end))  # "the seizure of 200 crypto accounts"
        if nearest_verb(text, q.start, ("freeze",), window=40):
            item, end = item_after(text, q.end)
            return Reading("assets_frozen", item=(item or text[n_start:n_end]), noun_end=max(end, n_end))  # "freezing 6,745 bank accounts"
        if nearest_verb(text, q.start, ("identify",), window=60):
            return Reading("suspects_identified", status="identified", noun_end=n_end)
        if _BANK_ACCOUNTS.search(text[q.end : n_end + 12]):
            return None  # "30 bank accounts were put under surveillance": where money is held, not a platform's users
        return Reading("platform_users", noun_end=n_end)
    if cls == "other" and (
        nearest_verb(text, q.start, ("seize",), window=500) is not None or listed_then_seized(text, item_after(text, q.end)[1])
    ):
        item, end = item_after(text, q.end)
        if (
            item
            and not NOUNS["time"].match(item)
            and not NOUNS["non_metric"].match(item)
            and not STOP.match(item.split()[0])
            # "1,000 SIM cards", not "1,000 Europol"; "87 Tablets, 122 Injections …, were recovered" is a list
            and (not item[0].isupper() or _ACRONYM.match(item) or listed_then_seized(text, end))
            and item.split()[0].lower() not in demonyms()
            and not other_action_before(text, q)  # "se han destruido 302 infraestructuras y se han incautado …"
            and seized_object(text, q, end)
        ):
            return Reading("seizures", item=item, noun_end=end)
    return None
