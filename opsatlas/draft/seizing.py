"""Whether a seizing verb reaches a figure: the amount or the thing counted is what was seized.

The verb before it across a list, or its participle after it; goods found (so seized), not destroyed,
sold or merely worth a sum; money frozen or seized by the last verb; a part of a seizure counted already; the
heading that opens a bulleted list of seizures. Every reader here answers yes or no; the `Reading` of a seizure is
made in `metrics`.
"""

from __future__ import annotations

import re

from .metric_words import FOUND_VERB, VERBS, verb_before
from .numbers import MONEY_UNITS, OPTIONAL_QUALIFIER, Quantity

_LIST_ITEM = re.compile(
    r"^\s*(?:and\s+|y\s+|plus\s+)?" + OPTIONAL_QUALIFIER + r"(?:\d|(?:one|two|three|four|five|six|seven|eight|"
    r"nine|ten|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|un|una|a)\b|$)",
    re.I,
)
#: Words that give what seized goods are worth on the street, what a crime cost or what it earned ("could have
#: generated illicit profits of"): never money seized.
_VALUE_OF = re.compile(
    r"\b(?:street value|market value|value of|a value|un valor|avalúo|avaluad[oa]s?|estimated (?:value )?at|"
    r"would (?:have )?fetch(?:ed)?|"
    r"(?:generated|generate|made|obtained|reaped|earned|generado|obtenido|generó|obtuvo)\s+(?:[^\W\d_]+\s+){0,2}?"
    r"(?:profits?|beneficios|ganancias)|"
    r"losses of|"
    r"losses|valor de|valor (?:estimado )?de|mercado negro|habría alcanzado|habrían alcanzado|alcanzaría|"
    r"pérdidas de|perjuicio de|estafado|defraudado|defrauded|swindled|precio|price|"
    r"(?:cuyo|su|sus|whose|its|their) (?:valor|value))\b[^.;,]{0,45}$",
    re.I,
)


def found_list(text: str, q: Quantity) -> bool:
    """ "Raids uncovered six laboratories, eight cannabis factories, 32 kilos of synthetic drugs": an amount in the
    list of things the police found."""
    before = re.split(r"[;:]|(?<!\d)\.|\.(?!\d)", text[max(0, q.start - 200) : q.start])[-1]
    verbs = list(FOUND_VERB.finditer(before))
    return bool(verbs) and _listed(before[verbs[-1].end() :])


def _listed(items: str) -> bool:
    """The words up to a figure are the items of a list before it, each with its number: "six laboratories, eight
    cannabis factories, " (after the verb or the words that open the list)."""
    first, *rest = _LIST_SPLIT.split(items)
    return (
        bool(rest)
        and not rest[-1].strip()
        and all(_LIST_ITEM.match(p) and not _CLAUSE_VERB.search(p) for p in (first, *rest[:-1]))
    )


#: The words that open a sentence restating the amount seized before it: "Son", "Se trata de", "It was".
RESTATING = re.compile(
    r"^\W*(?:en total\s+)?(?:son|eran|fueron|se trata de|it was|they were|that is|this is)\s+", re.I
)


def restated_list(text: str, q: Quantity) -> bool:
    """ "Se trata de 24 toneladas de cocaína, 5,7 toneladas de hachís y cuatro kilos de heroína": an amount in the
    list of a sentence that restates what was seized (its first item is read with `RESTATING`)."""
    head = RESTATING.match(text[: q.start])
    return head is not None and _listed(text[head.end() : q.start])


#: "worth", "valued at", "valuados en" right before the money.
_WORTH = re.compile(
    r"\b(?:worth|valued at|valorad[oa]s? en|valuad[oa]s? en|tasad[oa]s? en|por valor de)\s+"
    r"(?:an estimated\s+|some\s+|about\s+|unos\s+|unas\s+)?$",
    re.I,
)

#: A seizing participle right after an amount: " seized", " were confiscated", " fueron incautados".
SEIZED_PARTICIPLE = re.compile(
    r"^\s*(?:(?:were|was|have been|had been|fueron|fue|han sido|ha sido)\s+)?(?:seized|confiscated|recovered|"
    r"intercepted|incautad[oa]s?|intervenid[oa]s?|decomisad[oa]s?|secuestrad[oa]s?|interceptad[oa]s?)\b",
    re.I,
)


#: The Spanish passive with "se" right after an amount, set apart or not: "de 300 kilogramos, se incautó en Brasil",
#: "otros 200 kilos se intervinieron en el puerto".
_SE_SEIZED_AFTER = re.compile(
    r"^\s*,?\s*se\s+(?:incautó|incautaron|intervino|intervinieron|decomisó|decomisaron|aprehendió|aprehendieron|"
    r"secuestró|secuestraron)\b",
    re.I,
)


#: Seizures and the amount they add up to: "11 incautaciones de cocaína que totalizaron aproximadamente una tonelada",
#: "seizures of cannabis totalling 950 kg".
_SEIZURES_TOTALLING = re.compile(
    r"(?<!further )(?<!additional )(?<!other )(?<!otras )(?<!nuevas )"  # "two further seizures": parts of a sum told
    r"\b(?:seizures|incautaciones|decomisos|alijos)\b[^.;]{0,60}?\b(?:totall?ing|totali[sz]ing|amounting to|"
    r"que totalizaron|que totalizan|que sumaron|que suman|por un total de)\s+" + OPTIONAL_QUALIFIER + r"$",
    re.I,
)


def amount_seized(text: str, q: Quantity, end: int) -> bool:
    """An amount that names no thing, told as seized by the verb right before or the participle right after it:
    "with more than 45 tonnes seized", "se interceptaron más de 814 kilos y 497 plantas"."""
    return bool(
        SEIZED_PARTICIPLE.match(text[end:])
        or _SE_SEIZED_AFTER.match(text[end:])
        or _SEIZURES_TOTALLING.search(text[max(0, q.start - 100) : q.start])
        or verb_before(text, q, ("seize",)) == "seize"
        or re.search(r"\b(?:intercepted|interceptaron|interceptó)\s+$", text[max(0, q.start - 30) : q.start], re.I)
    )


#: Besides `FOUND_VERB`, a participle that finds or stops goods: the money after it may be seized though its verb is
#: of no class ("se han hallado 20.000 euros").
_FOUND_OR_STOPPED = re.compile(
    r"^(?:located|intercepted|hallad[oa]s?|encontrad[oa]s?|descubiert[oa]s?|localizad[oa]s?|interceptad[oa]s?|"
    r"interceptaron)$",
    re.I,
)


def moved_by_another_verb(text: str, q: Quantity) -> bool:
    """Money right after a verb of another kind ("ha movido", "laundered", "generated"), with no seizing verb before it
    in the sentence: what the network moved or made, though a seizing verb follows."""
    if verb_before(text, q, ("seize", "freeze")) != "unknown" or VERBS["seize"].search(text, 0, q.start):
        return False
    verb = re.search(r"([^\W\d_]+)\s+$", text[max(0, q.start - 40) : q.start])
    return not (verb and (FOUND_VERB.fullmatch(verb.group(1)) or _FOUND_OR_STOPPED.match(verb.group(1))))


#: The total seized, then the amount: "el total de droga decomisada fue de 7,297 kilos", "the total amount of drugs
#: seized was 3.5 tonnes", "la cantidad de cocaína incautada asciende a 900 kilos".
TOTAL_SEIZED_WAS = re.compile(
    r"\b(?:total|cantidad|amount|volumen|volume)\s+(?:de|of)\s+(?P<item>[^\d,;:.]{0,40}?)\s+(?:decomisad|incautad|intervenid|"
    r"seized|confiscated|recovered)\w*\s+(?:fue de|es de|ha sido de|ascendió a|asciende a|was|is|totall?ed|came to|"
    r"amounted to|stood at)\s+" + OPTIONAL_QUALIFIER + r"$",
    re.I,
)
#: Seizures told by their total value: "Seizures of various assets for a total value of approximately 900,000 euros",
#: "incautaciones de bienes por un valor total de 2 millones" (the money is what was seized, unless goods are counted).
_SEIZED_AT_A_VALUE = re.compile(
    r"\b(?:seizures?|incautaciones|decomisos)\s+(?:of|de)\s+(?:[^\W\d_]+\s+){0,3}?(?:for|with|por|con)\s+(?:a|un)\s+"
    r"(?:total\s+)?(?:value|valor)\s+(?:total\s+)?(?:of|de)\s+"
    + OPTIONAL_QUALIFIER + r"$",
    re.I,
)


#: After a seizing participle, only where, then the worth: " in Brazil worth in excess of ", " en España, valoradas en ".
_PARTICIPLE_THEN_WORTH = re.compile(
    r"\s*(?:(?:in|en|at|across)\s+(?:the\s+)?(?-i:[A-ZÁÉÍÓÚ])[\w-]*(?:\s+(?-i:[A-ZÁÉÍÓÚ])[\w-]*)*)?\s*,?\s*"
    r"(?:worth|valued at|valorad[oa]s? en|valuad[oa]s? en|tasad[oa]s? en|por valor de)\b",
    re.I,
)


#: What gives a sum again in another currency, right before it: ", which is almost ", " (", ", es decir, ".
_IN_ANOTHER_CURRENCY = re.compile(
    r"(?:,\s*(?:which is|which was|that is|or|i\.e\.|es decir|o sea|lo que equivale a)\s*,?|\()\s*"
    + OPTIONAL_QUALIFIER + r"$",
    re.I,
)

#: The words of a currency after its sum: " Philippine pesos", " NZ dollars", " de pesos" (or none).
_CURRENCY_NAME = re.compile(r"(?:\s+[^\W\d_]+){0,3}\s*")


def _restated_sum(text: str, q: Quantity) -> Quantity | None:
    """The sum a figure gives again in another currency: "149,600,000 million Philippine pesos" before ", which is
    almost $4 million Australian dollars" (the figure must follow it at once)."""
    window = text[max(0, q.start - 40) : q.start]
    link = _IN_ANOTHER_CURRENCY.search(window)
    if link is None:
        return None
    from .numbers import find_quantities

    start = q.start - len(window) + link.start()
    earlier = [p for p in find_quantities(text[:start]) if not p.weak]
    return earlier[-1] if earlier and _CURRENCY_NAME.fullmatch(text[earlier[-1].end : start]) else None


def is_value(text: str, q: Quantity) -> bool:
    """ "2 tonnes of cocaine worth $50 million", "15,000 tons of food and drink worth $60 million": the worth of
    goods counted just before; "549,000 euros in cash and gold worth 10 million euros" counts the gold by its
    worth (money is not worth money), and so does "gold worth 10 million" alone; and a worth given again in
    another currency ("valued at 149 million pesos, which is almost $4 million")."""
    earlier = _restated_sum(text, q)
    if earlier is not None and is_value(text, earlier):
        return True
    before = text[max(0, q.start - 70) : q.start]
    if _VALUE_OF.search(before) and not _SEIZED_AT_A_VALUE.search(before):
        return True
    if not (_WORTH.search(before) or _SEIZED_AT_A_VALUE.search(before)):
        return False
    from .numbers import find_quantities

    clause = re.split(r"[;.]\s|\(|\)", before)[-1]
    verbs = list(VERBS["seize"].finditer(clause))
    if verbs and not _PARTICIPLE_THEN_WORTH.match(clause, verbs[-1].end()):
        # "raided 15 locations…, seizing money and properties worth 21 million yuan": the goods come after ("163
        # houses seized in Brazil worth R$132 million": the goods came before the participle)
        clause = clause[verbs[-1].end() :]
    counted = [p for p in find_quantities(clause) if not p.weak]
    return bool(counted) and counted[-1].unit not in MONEY_UNITS
_LIST_THEN_VERB = re.compile(
    r"[^.;:]{0,160}?\b(?:have been|has been|had been|were|was|han sido|fueron|se han)\s+"
    r"(?:(?:also|too|además|también)\s+)?",
    re.I,
)
#: A segment of a list that has a verb of its own is a clause, not an item ("…; the suspects were charged").
_CLAUSE_VERB = re.compile(
    r"\b(?:is|are|was|were|has|have|had|will|said|says|es|son|fue|fueron|ha|han|había|habían|será|dijo|"
    r"informó|señaló)\b",
    re.I,
)

_SEIZED_AFTER = re.compile(r"^\s*(?:(?:were|was|have been|had been|han sido|fueron|se han|were also)\s+)?", re.I)


#: The end of a sentence's clause: a full stop that is no decimal point, a colon, a dash between spaces.
_CLAUSE_END = re.compile(r"(?<!\d)\.|\.(?!\d)|:|\s[–—-]\s")
_AUX_END = re.compile(
    r",?\s*(?:(?:were|was|have been|has been|had been|han sido|fueron|se han|se)\s+)?"
    r"(?:(?:also|too|además|también)\s+)?$",
    re.I,
)
_LIST_SPLIT = re.compile(r"[;,]|\b(?:and|y|e)\b", re.I)


def _has_object(text: str, verb_end: int) -> bool:
    """The seizing verb counts its own things: "se clausuraron dos locales y secuestraron cuatro vehículos"."""
    rest = re.sub(r"^\s*(?:de|a|the|also|también)\s+", " ", text[verb_end : verb_end + 40])
    return bool(re.match(r"\s*\w", rest)) and bool(_LIST_ITEM.match(rest))


def listed_then_seized(text: str, item_end: int) -> bool:
    """The item is one of a list of counted things that ends with its seizing verb: "8,263 illegally held
    firearms and over 300,000 rounds of ammunition confiscated", "5.1 Kg Heroin; 33.9 Kg Ganja; … and 1,039
    Pills, were recovered". Every later item of the list starts with its number."""
    after = text[item_end : item_end + 600]
    end = _CLAUSE_END.search(after)
    after = after[: end.start()] if end else after
    verb = VERBS["seize"].search(after)
    if verb is None or _has_object(after, verb.end()):
        return False
    between = after[: verb.start()]
    between = between[: _AUX_END.search(between).start()]  # type: ignore[union-attr]
    first, *rest = _LIST_SPLIT.split(between)
    if _CLAUSE_VERB.search(first) or len(first) > 60:
        return False  # the rest of this item has a verb of its own: a clause, not an item
    return all(
        not part.strip() or (_LIST_ITEM.match(part) or _ITEM_WORDS.match(part)) and not _CLAUSE_VERB.search(part)
        for part in rest
    ) and not any(VERBS[c].search(between) for c in ("arrest", "charge", "convict", "rescue", "freeze"))


#: A piece of an item split at "and" or a comma, a few lowercase words with no preposition: "1492 unconverted
#: and converted alarm and signal weapons", "24 735 rounds of unconverted, converted, and live ammunition".
_ITEM_WORDS = re.compile(
    r"^\s*(?!(?:in|at|on|from|to|into|with|by|for|en|de|del|desde|con|por|para|the|el|la|los|las)\b)"
    r"[a-záéíóúñü][\w-]*(?:\s+(?!(?:in|at|on|from|to|into|with|by|for|en|desde|con|por|para)\b)[a-záéíóúñü][\w-]*){0,3}\s*$"
)


#: Actions on things that are not seizures: what follows them was destroyed, closed, inspected.
_OTHER_ACTION = re.compile(
    r"(?<![\w-])(?:destroyed|destroying|destruction|destruyeron|destruyó|destruid[oa]s?|destrucción|dismantled|"
    r"dismantling|desmantelad[oa]s?|desmantelaron|desmanteló|desmantelamiento|clausuraron|clausuró|clausurad[oa]s?|"
    r"clausura|closed|shut down|taken down|took down|eradicated|erradicad[oa]s?|erradicación|erradicaron|inspected|"
    r"inspeccionad[oa]s?|burned|quemad[oa]s?|incinerad[oa]s?|incineraron|"
    # the infinitives: "recuperar 97 millones de dólares y desmantelar 11.432 infraestructuras"
    r"destroy|dismantle|eradicate|destruir|desmantelar|clausurar|erradicar|incinerar)(?![\w-])",
    re.I,
)  # "closed-circuit cameras" are things; "la inspección de 300 vehículos" may stand inside a list of what was seized


#: What a network sold or moved, said after what was seized, is not seized: "se han incautado 350 armas, se
#: sospecha que la organización ha suministrado más de 1.500 armas", "had sold more than 2,000 pistols".
_TRADED = re.compile(
    r"\b(?:(?:ha|han|había|habían|habría|habrían|has|have|had|would have)\s+(?:\w+\s+)?"
    r"(?:suministrado|vendido|distribuido|traficado|introducido|exportado|importado|supplied|sold|smuggled|"
    r"trafficked|shipped|distributed|imported|exported)|suministró|suministraron|vendió|vendieron|distribuyó|"
    r"distribuyeron|introdujo|introdujeron|exportó|exportaron)\b",
    re.I,
)


def other_action_before(text: str, q: Quantity) -> bool:
    """An amount right after a verb of destroying or eradicating, with no seizing verb between, is what was
    destroyed: "se logró la erradicación de hasta 1.689 toneladas de marihuana", "destroyed 40 kg of heroin"."""
    before = text[max(0, q.start - 40) : q.start]
    last = None
    for last in _OTHER_ACTION.finditer(before):
        pass
    return last is not None and not VERBS["seize"].search(before, last.end())


#: The head of a sentence that opens with its seizing participle, up to its auxiliary: "Seized in the operation were",
#: "Incautados durante los registros fueron".
_INVERTED_HEAD = re.compile(r"[^,;:.]{0,60}?\b(?:were|was|fueron|fue)\b", re.I)


def _inverted_head(before: str, verb: re.Match[str]) -> int:
    """Where the list starts after a seizing participle that opens the sentence ("Seized in the operation were over
    3,000 pounds of cocaine, …"): past its auxiliary, which is no verb of the list's own; else right after the verb."""
    if before[: verb.start()].strip() or not verb.group(0)[:1].isupper():
        return 0
    head = _INVERTED_HEAD.match(before, verb.end())
    return head.end() - verb.end() if head else 0


#: A list's separator right before an item: "…, ", "… and ", "… y ".
_AFTER_AN_ITEM = re.compile(r"(?:,|\band|\by|\be)\s+$", re.I)


def seized_list_item(text: str, q: Quantity) -> bool:
    """An item far down a list of things seized, with no verb of the list's own between it and the seizing verb:
    "Seized in the operation were over 3,000 pounds of cocaine, …, 216 pounds of marijuana, $5.5 million in cash"."""
    if not _AFTER_AN_ITEM.search(text[max(0, q.start - 6) : q.start]):
        return False
    before = text[max(0, q.start - 500) : q.start]
    verbs = list(VERBS["seize"].finditer(before))
    if not verbs:
        return False
    listed = before[verbs[-1].end() + _inverted_head(before, verbs[-1]) :]
    return not (re.search(r"[;:]", listed) or _CLAUSE_VERB.search(listed) or _OTHER_ACTION.search(listed)
                or _TRADED.search(listed))


#: A clause of another verb after a comma ends the list of what was seized: "seized 39 servers, depriving criminals
#: of control of more than 50,000 computers" (not a gerund that opens the list's parts: "including", "totalling").
_GERUND_CLAUSE = re.compile(
    r",\s+(?!(?:including|comprising|containing|totall?ing|amounting|incluyendo|sumando|totalizando|during|according|"
    r"morning|evening|building)\b)"
    r"(?:[a-z]{3,}ing|[a-záéíóú]{3,}(?:ando|iendo))\b",
)


#: A part of the things just counted follows, with its own verb: "…, of which 2,100 were seized", "de los cuales".
_PART_FOLLOWS = re.compile(r"^[^.;]*?,\s*(?:of which|of these|de (?:los|las) cuales)\b", re.I)


def seized_object(text: str, q: Quantity, item_end: int) -> bool:
    """The thing counted is what was seized: the seizing verb comes before it in the sentence, with
    no clause end between ("se incautaron seis ordenadores, 21 teléfonos"), or right after it
    ("57 vehicles were seized", "6.000 dispositivos confiscados"). "Searches in 114 homes, resulting
    in the seizure of…" counts homes, not things seized."""
    before = text[max(0, q.start - 500) : q.start]
    for m in VERBS["seize"].finditer(before):
        between = before[m.end() :]
        if _OTHER_ACTION.search(between) or _TRADED.search(between) or _GERUND_CLAUSE.search(between):
            continue  # "se aprehendió a 174 personas y se destruyeron dos laboratorios": the later verb's object
        its_list = between[_inverted_head(before, m) :]
        if not re.search(r"[;:]", between) and (
            len(between) <= 200 or (len(between) <= 500 and not _CLAUSE_VERB.search(its_list))
        ):
            return True  # a long list of what was seized, with no verb of its own between
        # "authorities seized €184 million …; over two tonnes of drugs …; 12,500 counterfeit products": a
        # list whose items are set apart by semicolons, every item a quantity (a colon may open the list)
        items = re.split(r"[;:]", between)[1:]
        if items and all(_LIST_ITEM.match(i) or not _CLAUSE_VERB.search(i) for i in items):
            return True
    if VERBS["seize"].search(text[q.end : item_end]):
        return True  # "6.000 dispositivos confiscados": the participle is read as part of the item
    if _PART_FOLLOWS.match(text[item_end : item_end + 160]):
        return False  # "60,000 parcels were screened, of which 2,100 were seized": the verb is the part's
    clause = re.match(r"[^,;:.()\d]{0,80}", text[item_end:])
    verb = VERBS["seize"].search(clause.group(0)) if clause else None
    if verb and not _has_object(text, item_end + verb.end()):
        return True  # "495 unconverted and converted alarm weapons seized;": the clause ends with the verb
    # "$4.37 million of assets, four firearms and almost 19 kg of drugs have been seized": the list, then its verb
    listed = _LIST_THEN_VERB.match(text[item_end : item_end + 200])
    if listed and VERBS["seize"].match(text, item_end + listed.end()):
        return True
    after = text[item_end : item_end + 40]
    aux = _SEIZED_AFTER.match(after)
    hit = VERBS["seize"].match(after, aux.end() if aux else 0)
    return hit is not None or listed_then_seized(text, item_end)


#: Words that open the parts of a counted whole: "Eleven firearms, comprising nine handguns and two revolvers", "23
#: operaciones, de las que 20 continúan activas".
_SUBSET_OPEN = re.compile(
    r"\b(?:(?P<strict>comprising|consisting of|among them|of which|entre ell[oa]s|de (?:los|las) (?:cuales|que))|"
    r"including|incl\.|incluid[oa]s|incluyendo)\s+",
    re.I,
)
#: A number right before "of them", "de ellas": "36 embarcaciones, nueve de ellas narcolanchas", "15 of which were".
_OF_THEM = re.compile(r"^\s+(?:of them|of which|de ell[oa]s|de (?:los|las) cuales)\b", re.I)

#: A list item that is money: "₹1.5 crore", "USD 3 million", "€400,000".
_MONEY_ITEM = re.compile(r"^\s*" + OPTIONAL_QUALIFIER + r"(?:[^\w\s]{1,2}|[A-Z]{1,3}\$?\s?)\d")


def subset_of_counted(text: str, q: Quantity) -> bool:
    """The figure is a part of a whole counted just before it in its clause: "Eleven firearms, comprising
    nine handguns and two revolvers", "A total of ₹3 crore, including ₹1.5 crore and 1.5 kg of gold". A part of
    a whole given without a number ("un arsenal de armas, entre ellas seis metralletas") is a figure."""
    if _OF_THEM.match(text[q.num_end :]):
        return True
    before = text[max(0, q.start - 200) : q.start]
    before = re.split(r"[;:]|(?<!\d)\.|\.(?!\d)", before)[-1]
    opened = list(_SUBSET_OPEN.finditer(before))
    if not opened:
        return False
    m = opened[-1]
    first, *rest = _LIST_SPLIT.split(before[m.end() :])
    if any(part.strip() and not _LIST_ITEM.match(part) and not _MONEY_ITEM.match(part) for part in (first, *rest[:-1])) or (
        rest and rest[-1].strip()
    ):
        return False  # the figure is not an item of the list the word opens
    from .numbers import find_quantities

    counted = [p for p in find_quantities(before[: m.start()]) if not p.weak or p.unit]
    if not counted:
        return False
    whole = counted[-1]
    gap = before[whole.end : m.start()]
    if len(gap) > 60 or re.search(r"\b(?:and|y|e)\b|\d", gap):
        return False  # "14 arrests and seizures including 47,660 liters": the count before is of something else
    # "including" opens the parts of a whole of its own kind ("₹3 crore, including ₹1.5 crore and 1.5 kg of gold":
    # the list's first item says which); after "a tonne of drugs", "including 626 kg of cocaine" says which drugs,
    # as a figure of its own
    listed = find_quantities(before[m.end() :])
    return bool(m.group("strict")) or whole.unit == (listed[0].unit if listed else q.unit)


def frozen_last(text: str, q: Quantity) -> bool:
    """The last verb before the money freezes, after any that seizes: "se han llegado a intervenir 400.000 euros y
    se han bloqueado varios inmuebles, valorados en 13 millones" (the 13 million are frozen)."""
    before = text[max(0, q.start - 200) : q.start]
    frozen = [m.end() for m in VERBS["freeze"].finditer(before)]
    seized = [m.end() for m in VERBS["seize"].finditer(before)]
    return bool(frozen) and (not seized or frozen[-1] > seized[-1])


#: The seizing verb of such a heading: "se incautaron", "se han intervenido", "officers seized", "los agentes incautaron".
_HEADING_VERB = (
    r"se incaut(?:ó|aron)|se interv(?:ino|inieron)|se han (?:incautado|intervenido|decomisado)|"
    r"(?:officers|police|agents)\s+(?:seized|recovered)|(?:los agentes\s+)?(?:incautaron|intervinieron)"
)
#: A heading that opens a list of what was seized: "Seizures including:", "Incautaciones:", "Se intervino:", after a
#: few opening words too: "Durante la operación, se han incautado:", "In the searches, officers seized:", "Police seized
#: drugs and assets, including:".
SEIZED_HEADING = re.compile(
    r"^\W*(?:[^.:;\d]{0,60}?[\s,]\s*)?"
    r"(?:(?:(?:the\s+)?seizures?|seized|items seized|assets seized|incautaciones|decomisos|efectos intervenidos|"
    r"material intervenido|" + _HEADING_VERB + r")\b"
    # a semicolon for the colon, as typed: "se han incautado;"
    r"[^.:;]{0,30}"
    # a seizing verb, what it seized, then the word that opens the list: "police seized drugs and assets, including:"
    r"|(?:" + _HEADING_VERB + r")\b[^.:;\d]{0,90}?\b(?:including|incluyendo|such as|the following|lo siguiente|"
    r"entre (?:ell[oa]s|los que|las que)))[:;]\s*$",
    re.I,
)
#: A line of a bulleted list.
BULLET = re.compile(r"^\s*[•·*–-]\s*")
