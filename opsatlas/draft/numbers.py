"""Figures in a sentence: digits, number words (English and Spanish), scales, units, qualifiers.

"more than 20", "casi veinte", "a dozen", "between 10 and 15", "2.5 tonnes", "€3 million",
"1.200 detenidos" (a Spanish thousands point), "30-odd". Each `Quantity` keeps its character
span so the figure's quote and highlight come from the article itself.

Number words are read by the small tables below (`backend="rules"`); `backend="text2num"`
reads them with the text2num library instead. Both were measured on the evaluation set
(tools/bench_draft.py --numbers text2num); see the closing note of issue 10.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

# --- number words ---------------------------------------------------------------------------

def _joins(current: float, small: int) -> bool:
    """A unit or a ten can follow what is read so far: a unit after tens ("treinta y dos", "twenty-five"), a ten or
    a unit after hundreds ("one hundred and five"); not a unit after a unit ("uno y dos", "one and two")."""
    return current == 0 or (small < 10 and current % 10 == 0) or (small < 100 and current % 100 == 0)


_EN_UNITS = {
    w: i
    for i, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
        "sixteen seventeen eighteen nineteen".split()
    )
}
_EN_TENS = {w: 10 * (i + 2) for i, w in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split())}
_ES_UNITS = {
    "cero": 0,
    "un": 1,
    "uno": 1,
    "una": 1,
    "dos": 2,
    "tres": 3,
    "cuatro": 4,
    "cinco": 5,
    "seis": 6,
    "siete": 7,
    "ocho": 8,
    "nueve": 9,
    "diez": 10,
    "once": 11,
    "doce": 12,
    "trece": 13,
    "catorce": 14,
    "quince": 15,
    "dieciséis": 16,
    "dieciseis": 16,
    "diecisiete": 17,
    "dieciocho": 18,
    "diecinueve": 19,
    "veinte": 20,
    "veintiún": 21,
    "veintiuno": 21,
    "veintiuna": 21,
    "veintidós": 22,
    "veintidos": 22,
    "veintitrés": 23,
    "veintitres": 23,
    "veinticuatro": 24,
    "veinticinco": 25,
    "veintiséis": 26,
    "veintiseis": 26,
    "veintisiete": 27,
    "veintiocho": 28,
    "veintinueve": 29,
}
_ES_TENS = {"treinta": 30, "cuarenta": 40, "cincuenta": 50, "sesenta": 60, "setenta": 70, "ochenta": 80, "noventa": 90}
_ES_HUNDREDS = {
    "cien": 100,
    "ciento": 100,
    "doscientos": 200,
    "doscientas": 200,
    "trescientos": 300,
    "trescientas": 300,
    "cuatrocientos": 400,
    "cuatrocientas": 400,
    "quinientos": 500,
    "quinientas": 500,
    "seiscientos": 600,
    "seiscientas": 600,
    "setecientos": 700,
    "setecientas": 700,
    "ochocientos": 800,
    "ochocientas": 800,
    "novecientos": 900,
    "novecientas": 900,
}
_SCALES = {
    "hundred": 100,
    "thousand": 1_000,
    "mil": 1_000,
    "million": 1_000_000,
    "millions": 1_000_000,
    "millón": 1_000_000,
    "millon": 1_000_000,
    "millones": 1_000_000,
    "billion": 1_000_000_000,
    "bn": 1_000_000_000,
    "m": 1_000_000,
    "mn": 1_000_000,
    "k": 1_000,
    "crore": 10_000_000,  # Indian English: ₹36,000 crore
    "crores": 10_000_000,
    "lakh": 100_000,
    "lakhs": 100_000,
}
_DOZEN = {"dozen": 12, "docena": 12}
_SMALL = {**_EN_UNITS, **_EN_TENS, **_ES_UNITS, **_ES_TENS}
#: Words that are numbers only when a noun they count follows directly ("one of them" is not 1).
WEAK = frozenset({"one", "un", "una", "uno", "a", "an"})
_JOIN = {"and", "y", "-"}

_NUMBER_WORDS = sorted(
    {
        *_SMALL,
        *_ES_HUNDREDS,
        "hundred",
        "thousand",
        "mil",
        "million",
        "millions",
        "millón",
        "millones",
        "billion",
        "dozen",
        "docena",
    },
    key=lambda w: (-len(w), w),  # longest first; ties in a fixed order, so the pattern is the same every run
)
_WORDS_RE = "|".join(_NUMBER_WORDS)
#: A number word, alone or compound ("twenty-five"); after a double dash too ("seis detenidos --tres en Madrid…").
_WORD_NUMBER = re.compile(
    rf"(?:(?<![\w-])|(?<=\s--))(?:(?:a|an|una)\s+(?:dozen|docena)|(?:{_WORDS_RE})(?:(?:\s+(?:and|y)\s+|[\s-]+)(?:{_WORDS_RE}))*)(?![\w-])",
    re.I,
)

#: Counting nouns with an article: "a dozen", "media docena", "un centenar", "medio millar" (plurals such
#: as "dozens of" or "centenares de" give no number and are left out).
_GROUPS = {"dozen": 12, "docena": 12, "centenar": 100, "millar": 1000, "decena": 10, "veintena": 20, "treintena": 30}
#: Collective nouns that give a round number, not a count: "una veintena de detenidos" is about twenty.
_ROUGH_GROUPS = frozenset({"decena", "veintena", "treintena"})
_GROUP_NUMBER = re.compile(
    r"(?<![\w-])(?P<art>half\s+a|medio|media|a|an|un|una|one)\s+(?P<noun>dozen|docena|centenar|millar|decena|veintena|treintena)(?![\w-])", re.I
)

# --- digits --------------------------------------------------------------------------------

_DIGITS = re.compile(
    r"(?:(?<![\w.,])|(?<=\bR)|(?<=\b[A-Z]{3})|(?<=[^\W\d_],))"  # "HKD150 million": a code glued to its amount
    # both marks, the last the decimal one: "7,297.16 kilos", "1.234,5 toneladas"
    r"(?P<num>\d{1,3}(?:(?:,\d{3})+\.\d+|(?:\.\d{3})+,\d+)(?![\d.,]\d)|"
    r"\d{1,3}(?:(?:,\d{3})+|(?:\.\d{3})+|(?:[ \u202f]\d{3})+)(?![\d])|\d+(?:[.,]\d+)?)"
    r"(?:\s*(?P<scale>million|millions|millón|millon|millones|billion|bn|mn|m|k|mil millones|billones|billón|mil|"
    r"thousand|crore|crores|lakh|lakhs)(?![\w]))?",
    re.I,
)

#: Money, declared once: every way a currency is written (symbol, code, name in English and Spanish),
#: lower-cased, to its ISO 4217 code. `MONEY_UNITS` is what the metrics read as money.
CURRENCIES: dict[str, str] = {
    "€": "EUR", "eur": "EUR", "euro": "EUR", "euros": "EUR",
    "$": "USD", "usd": "USD", "us$": "USD", "dollar": "USD", "dollars": "USD", "dólares": "USD",
    "£": "GBP", "gbp": "GBP", "pounds": "GBP", "libras": "GBP",
    "a$": "AUD", "aud": "AUD",
    "cad": "CAD", "chf": "CHF", "jpy": "JPY", "yen": "JPY", "cny": "CNY", "yuan": "CNY",
    "ngn": "NGN", "naira": "NGN", "inr": "INR", "₹": "INR", "rupees": "INR", "rupias": "INR",
    "zar": "ZAR", "rand": "ZAR",
    "brl": "BRL", "r$": "BRL", "reais": "BRL", "reales": "BRL", "mxn": "MXN", "cop": "COP", "ars": "ARS",
    "hkd": "HKD", "hk$": "HKD",
}  # fmt: skip
MONEY_UNITS = frozenset(CURRENCIES.values())
_SYMBOLS = "".join(re.escape(k) for k in CURRENCIES if len(k) == 1)
#: Codes written before the number: "US$", "A$" and the ISO codes themselves ("USD 257 million").
_CODES = "|".join(
    re.escape(k.upper())
    for k in sorted(CURRENCIES, key=len, reverse=True)
    if len(k) > 1 and (not k.isalpha() or k.upper() == CURRENCIES[k])
)
_WORDS_CUR = "|".join(sorted((k for k in CURRENCIES if k.isalpha()), key=len, reverse=True))
_CURRENCY_BEFORE = re.compile(rf"(?:(?P<sym>[{_SYMBOLS}])|\b(?P<code>{_CODES})\s?|\b(?P<rand>R))$")
#: A unit after the number: "€", "euros", "tonnes", "12 metric tons", "12 toneladas métricas", and pounds that
#: weigh something ("1,540 pounds of cocaine", "300 libras de marihuana": pounds as money are "£" or "pounds" alone).
_UNIT_AFTER = re.compile(
    rf"^\s*(?:(?P<u>(?:pounds?|libras?)(?=\s+(?:of|de)\s+(?!(?:cash|efectivo|dinero|money)\b)))|"
    rf"(?P<cur>{_WORDS_CUR})\b|(?P<sym>[{_SYMBOLS}])|(?:metric\s+(?=tons?\b|tonnes?\b))?(?P<u2>tonnes?|tons?|toneladas?|"
    r"kilos?|kilograms?|kilogrammes?|kilogramos?|kg|kgs|grams?|grammes?|gramos?|g|gms?|litres?|liters?|litros?|gallons?|"
    r"galones?|lbs?)\b"
    r"(?:\s+m[ée]tric[oa]s\b)?)",  # "3 toneladas métricas de cocaína": the unit's adjective after it
    re.I,
)
_UNIT_NAMES = {
    "tonne": "tonnes",
    "tonnes": "tonnes",
    "ton": "tonnes",
    "tons": "tonnes",
    "tonelada": "tonnes",
    "toneladas": "tonnes",
    "kilo": "kg",
    "kilos": "kg",
    "kilogram": "kg",
    "kilograms": "kg",
    "kilogramme": "kg",  # British: "261 kilogrammes of crystal methamphetamine", "18 grammes"
    "kilogrammes": "kg",
    "gramme": "g",
    "grammes": "g",
    "kilogramo": "kg",
    "kilogramos": "kg",
    "kg": "kg",
    "gram": "g",
    "grams": "g",
    "gramo": "g",
    "gramos": "g",
    "g": "g",
    "gm": "g",
    "gms": "g",
    "kgs": "kg",
    "lb": "lb",
    "lbs": "lb",
    "pound": "lb",
    "pounds": "lb",
    "libra": "lb",
    "libras": "lb",
    "litre": "litres",
    "litres": "litres",
    "liter": "litres",
    "liters": "litres",
    "litro": "litres",
    "litros": "litres",
    "gallon": "gallons",
    "gallons": "gallons",
    "galón": "gallons",
    "galones": "gallons",
}

# --- qualifiers ----------------------------------------------------------------------------

#: Words before a figure, and the qualifier they give (schema: claim.qualifier).
QUALIFIERS_BEFORE: dict[str, str] = {
    "more than": "more_than",
    "over": "more_than",
    "upwards of": "more_than",
    "in excess of": "more_than",
    "más de": "more_than",
    "mas de": "more_than",
    "over the": "more_than",
    "at least": "at_least",
    "no fewer than": "at_least",
    "no less than": "at_least",
    "a minimum of": "at_least",
    "al menos": "at_least",
    "por lo menos": "at_least",
    "como mínimo": "at_least",
    "como minimo": "at_least",
    "approximately": "about",
    "about": "about",
    "around": "about",
    "roughly": "about",
    "some": "about",
    "an estimated": "about",
    "estimated": "about",
    "approx.": "about",
    "aproximadamente": "about",
    "alrededor de": "about",
    "unos": "about",
    "unas": "about",
    "en torno a": "about",
    "cerca de": "almost",
    "almost": "almost",
    "nearly": "almost",
    "close to": "almost",
    "just under": "almost",
    "casi": "almost",
    "poco menos de": "almost",
    "up to": "up_to",
    "as many as": "up_to",
    "hasta": "up_to",
}
_AFTER = {
    "or more": "at_least",
    "o más": "at_least",
    "o mas": "at_least",
    "plus": "more_than",
    "-plus": "more_than",
    "+": "more_than",
    "-odd": "about",
    "odd": "about",
}
#: The qualifier words written before a number ("more than", "casi", …), as one alternation: the patterns
#: that look past them (metrics) read this, not a copy of the list.
QUALIFIER_WORDS = "(?:" + "|".join(re.escape(k) for k in sorted(QUALIFIERS_BEFORE, key=len, reverse=True)) + ")"
#: An optional qualifier and its space right before a number (a regex fragment): "more than ", "casi ", "".
OPTIONAL_QUALIFIER = "(?:" + QUALIFIER_WORDS + r"\s+)?"
_BEFORE_RE = re.compile(
    r"(?:^|[^\w])(" + "|".join(re.escape(k) for k in sorted(QUALIFIERS_BEFORE, key=len, reverse=True)) + r")\s*$", re.I
)
_AFTER_RE = re.compile(
    r"^\s*(" + "|".join(re.escape(k) for k in sorted(_AFTER, key=len, reverse=True)) + r")(?!\w)", re.I
)
_RANGE_JOIN = re.compile(r"^\s*(?:-|–|to|and|y|a|or|o)\s*$", re.I)
_RANGE_LEAD = re.compile(r"(?:between|entre|from|de)\s*$", re.I)


_MONTHS = (
    r"January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|"
    r"Jul|Aug|Sep|Sept|Oct|Nov|Dec|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|"
    r"noviembre|diciembre"
)
_MONTH_BEFORE = re.compile(
    rf"\b(?:{_MONTHS})\.?\s+(?:\d{{1,2}}(?:st|nd|rd|th)?\s*(?:and|to|until|through|–|-|y|al|a)\s+)?$"
)  # "May 12", "between March 18 and 28"
_MONTH_AFTER = re.compile(rf"^(?:st|nd|rd|th)?\s+(?:de\s+)?(?:{_MONTHS})\b", re.I)
#: The units after "mil" in "4 mil 419", "12 mil 992": three digits at most, not a year or another count.
_MIL_REST = re.compile(r"\s+(\d{1,3})(?![\d.,])(?!\s*(?:mil|millones|millón|%))")
_AGE_AFTER = re.compile(r"^(?:-|\s)(?:years?-old|months?-old|year old|años de edad)\b", re.I)
#: Before a number, an age: "in his mid 20s", "in their early-30s", "aged 34".
_AGE_BEFORE = re.compile(r"\b(?:in\s+(?:his|her|their)\s+(?:(?:early|mid|late)[\s-]+)?|aged\s+)$", re.I)
#: A person's age in an apposition after the name (or its redaction), then what the person did or where from:
#: "John Smith, 32, was arrested", "[name withheld], 41, from Wahroonga".
AGE_AFTER_NAME = re.compile(
    r"(?:\]|\b[A-ZÁÉÍÓÚÑ][^\W\d_]+)\s*,\s*(?P<age>\d{2})\s*,"
    r"(?=\s*(?:was|has|had|is|who|of|from|fue|ha|había|quien|vecin[oa]|natural)\b|\s*$)"  # (a subject cut before its verb)
)
_PERCENT = re.compile(r"^\s*(?:por ciento|percent|per cent|pc\b)", re.I)
#: A model or code written with a hyphen before its digits: "AK-47", "F-16", "Covid-19" (no count of anything).
_CODE_HYPHEN = re.compile(r"(?<![\w-])[A-Z][A-Za-z]{0,5}-$")
#: A number that gives a thing's size, not how many: "motores de 350 CV", "250 hp outboards", "a 9mm pistol", a
#: length: "un velero de 15 metros de eslora", "a 20-metre yacht", "a boat 12 metres long".
_SPEC_AFTER = re.compile(
    r"^[\s-]?(?:CV|HP|hp|bhp|cc|c\.c\.|caballos|horsepower|mm|milímetros|millimetre|millimeter|"
    r"metros\s+de\s+(?:eslora|largo|longitud)|(?:metres|meters|feet)\s+(?:long|in length)|metre|meter|foot)\b"
)


@dataclass(frozen=True)
class Quantity:
    """A figure as the article writes it. `value` is whole or not; `upper` only for ranges."""

    value: float
    start: int  # span of the figure with its qualifier and unit, in the text searched
    end: int
    num_start: int  # span of the number itself
    num_end: int
    qualifier: str = "exact"
    upper: float | None = None
    unit: str | None = None  # "tonnes", "kg", "EUR", ...
    words: bool = False  # written in words
    weak: bool = False  # "one"/"un"/"a": a number only before the noun it counts

    @property
    def whole(self) -> bool:
        return float(self.value).is_integer() and (self.upper is None or float(self.upper).is_integer())


def _words_value(phrase: str, backend: str) -> float | None:
    """The value of a run of number words, or None."""
    words = [w for w in re.split(r"[\s-]+", phrase.lower()) if w]
    if backend == "text2num":
        return _text2num(words)
    total = 0.0
    current = 0.0
    seen = False
    for i, w in enumerate(words):
        if w in _JOIN:
            continue
        if w in ("a", "an") and i + 1 < len(words) and words[i + 1] in _DOZEN:
            current += 1
            seen = True
            continue
        if w in _DOZEN:
            current = max(current, 1) * 12
        elif w in _SMALL:
            if not _joins(current, _SMALL[w]):
                return None  # "escopetas de uno y dos cañones": two numbers, not one
            current += _SMALL[w]
        elif w in _ES_HUNDREDS:
            current += _ES_HUNDREDS[w]
        elif w == "hundred":
            current = max(current, 1) * 100
        elif w in _SCALES:
            total += max(current, 1) * _SCALES[w]
            current = 0
        else:
            return None
        seen = True
    return total + current if seen else None


def _text2num(words: list[str]) -> float | None:
    from text_to_num import text2num  # optional backend, measured against the rules

    phrase = " ".join(w for w in words if w not in ("a", "an"))
    dozen = phrase.endswith(("dozen", "docena"))
    if dozen:
        phrase = phrase.rsplit(" ", 1)[0] if " " in phrase else ""
    for lang in ("en", "es"):
        try:
            value = text2num(phrase, lang) if phrase else 1
        except ValueError:
            continue
        return float(value * (12 if dozen else 1))
    return None


def _digits_value(num: str, scale: str | None, lang: str) -> float:
    if "," in num and "." in num:  # "7,297.16", "1.234,5": the last mark is the decimal one
        decimal = max(num.rfind(","), num.rfind("."))
        value = float(re.sub(r"[,.]", "", num[:decimal]) + "." + num[decimal + 1 :])
    elif re.fullmatch(r"\d{1,3}(?:([,. \u202f])\d{3})+", num):
        sep = re.search(r"[,. \u202f]", num).group(0)  # type: ignore[union-attr]
        decimal_sep = "," if lang == "es" else "."
        # "1.200" is 1,200 in Spanish and "2,500" is 2,500 in English; a scale after it
        # ("1.5 million", "2,5 millones") means the separator is a decimal mark.
        if scale and sep == decimal_sep and num.count(sep) == 1:
            value = float(num.replace(sep, "."))
        else:
            value = float(re.sub(r"[,. \u202f]", "", num))
    else:
        value = float(num.replace(",", "."))
    if scale:
        s = scale.lower()
        value *= 1_000_000_000 if s == "mil millones" else 1_000_000_000_000 if s in ("billones", "billón") else _SCALES.get(s, 1)
    return value


def find_quantities(text: str, lang: str = "en", backend: str = "rules") -> list[Quantity]:
    """Every figure in `text` (a sentence), in order, with qualifiers, ranges and units read."""
    raw: list[Quantity] = []
    for m in _DIGITS.finditer(text):
        if raw and m.start() < raw[-1].end:
            continue  # the "419" of "4 mil 419", read with it
        glued = text[max(0, m.start() - 3) : m.start()]
        if glued.isalpha() and not (glued.isupper() and glued.lower() in CURRENCIES):
            continue  # "ABC123", "iOS17": a code, not an amount ("HKD150 million" is money)
        if _CODE_HYPHEN.search(text[max(0, m.start() - 8) : m.start()]):
            continue  # "AK-47 rifles": a model's name
        num = m.group("num")
        # Years, times and percentages are not counts of anything an operation reports.
        after = text[m.end() : m.end() + 2]
        if (
            after.startswith("%")
            or after.startswith(" %")
            or re.match(r"^[:/]\d", text[m.end() : m.end() + 2])
            or re.match(r"\d[:/]$", text[max(0, m.start() - 2) : m.start()])  # the "12" of "el 1/12", of "10:12"
            or _PERCENT.match(text[m.end() : m.end() + 12])
        ):
            continue
        if re.match(r"^(?:19|20)\d\d$", num) and not m.group("scale"):
            continue
        if _MONTH_BEFORE.search(text[max(0, m.start() - 26) : m.start()]) or _MONTH_AFTER.match(
            text[m.end() : m.end() + 16]
        ):
            continue  # "on May 12", "el 15 de junio": a day of a date, not a count
        if _AGE_AFTER.match(text[m.end() : m.end() + 16]) or _AGE_BEFORE.search(
            text[max(0, m.start() - 24) : m.start()]
        ):
            continue  # "a 14-year-old girl", "de 17 años", "a man in his mid 20s", "aged 34": an age
        if any(a.start("age") == m.start() for a in AGE_AFTER_NAME.finditer(text, max(0, m.start() - 30), m.end() + 20)):
            continue  # "[name withheld], 32, was arrested": the person's age
        if not m.group("scale") and _SPEC_AFTER.match(text[m.end() : m.end() + 24]):
            continue  # "ocho motores de 350 CV": the engines' power, not a count
        value = _digits_value(num, m.group("scale"), lang)
        end = m.end()
        rest = _MIL_REST.match(text, end) if (m.group("scale") or "").lower() == "mil" else None
        if rest:  # "4 mil 419 víctimas" (Latin American style): 4,419
            value += float(rest.group(1))
            end = rest.end()
        raw.append(Quantity(value, m.start(), end, m.start(), end))
    for m in _GROUP_NUMBER.finditer(text):
        if any(q.num_start < m.end() and m.start() < q.num_end for q in raw):
            continue
        half = m.group("art").lower() in ("half a", "medio", "media")
        value = _GROUPS[m.group("noun").lower()] * (0.5 if half else 1)
        rough = "about" if m.group("noun").lower() in _ROUGH_GROUPS else "exact"
        raw.append(Quantity(float(value), m.start(), m.end(), m.start(), m.end(), qualifier=rough, words=True))
    for m in _WORD_NUMBER.finditer(text):
        phrase = m.group(0)
        if any(q.num_start < m.end() and m.start() < q.num_end for q in raw):
            continue
        if phrase.lower() in ("mil", "m", "k", "millions", "millones"):
            continue  # "millions in cash", "millones de euros": no number is given
        if phrase.lower() in ("ciento", "cien") and text[max(0, m.start() - 4) : m.start()].lower() == "por ":
            continue  # "por ciento": per cent
        words_value = _words_value(phrase, backend)
        if words_value is None:
            continue
        weak = phrase.lower() in WEAK
        raw.append(Quantity(words_value, m.start(), m.end(), m.start(), m.end(), words=True, weak=weak))
    raw.sort(key=lambda q: q.start)
    return _bracketed_units(
        text,
        _elliptic_units(
            text, _conversions_dropped(text, _joined(text, _qualify(text, _ranges(text, raw), lang), lang))
        ),
    )


#: Between an amount's thing and the next figure of the list: " de heroína, ", " de hachís y ".
_LISTED_THING = re.compile(r"\s+de\s+[^\W\d_][^,;.\d()]{0,40}?(?:,\s*|\s+(?:y|e)\s+)", re.I)
#: A thing named right after a bare figure: " de cocaína" (not " de ellos", " de los detenidos").
_THING_AFTER = re.compile(r"\s+de\s+(?!(?:los|las|ellos|ellas|el|la|sus|estos|estas)\b)[^\W\d_]", re.I)
#: The units of mass a bare figure of a list may take from the amount before it: "121 kilos …, casi 702 de …".
_MASSES = ("kg", "tonnes", "g")


def _elliptic_units(text: str, qs: list[Quantity]) -> list[Quantity]:
    """ "121 kilos de heroína, casi 702 de cocaína", "650 kilos de hachís, 24 de cocaína": a bare figure of a list
    of masses, its thing after it, is in the unit of the amount before it."""
    out: list[Quantity] = []
    for q in qs:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.unit in _MASSES
            and q.unit is None
            and not q.words
            and _LISTED_THING.fullmatch(text[prev.end : q.start])
            and _THING_AFTER.match(text[q.end :])
        ):
            q = replace(q, unit=prev.unit)
        out.append(q)
    return out


#: A bare figure placed in a bracket's breakdown: "cinco mil en Italia" of "nueve mil euros (cinco mil en Italia y
#: cuatro mil en España)", "4 in Spain" of "€9,000 (5,000 in Italy and 4 in Spain)".
_PLACED_AFTER = re.compile(r"\s+(?:en|in)\s+[A-ZÁÉÍÓÚ]")


def _bracketed_units(text: str, qs: list[Quantity]) -> list[Quantity]:
    """ "nueve mil euros (cinco mil en Italia y cuatro mil en España)": the bare figures of a bracket that breaks an
    amount down by place are in the amount's unit."""
    out: list[Quantity] = []
    amount: Quantity | None = None  # the amount whose bracket is open
    for q in qs:
        if q.unit is not None:
            amount = q if text[q.end : q.end + 3].lstrip().startswith("(") else None
        elif (
            amount is not None
            and "(" in text[amount.end : q.start]
            and ")" not in text[amount.end : q.start]
            and _PLACED_AFTER.match(text[q.end :])
        ):
            q = replace(q, unit=amount.unit)
        out.append(q)
    return out


#: "1.874 kilogramos con 749 gramos", "1 tonelada y 120 kilos": an amount and the smaller unit that completes it.
_WITH_GRAMS = re.compile(r"\s+(?:con|and|y)\s+$", re.I)
#: "1 '3 kilos", "1'3 toneladas": the Spanish apostrophe written as a decimal mark.
_APOSTROPHE = re.compile(r"\s?['’´]$")


def _joined(text: str, qs: list[Quantity], lang: str) -> list[Quantity]:
    """One amount written in two parts: "1.874 kilogramos con 749 gramos" is 1,874.749 kg, "1 tonelada y 120 kilos"
    1,120 kg, and in Spanish "1 '3 kilos" is 1.3 kg."""
    out: list[Quantity] = []
    for q in qs:
        prev = out[-1] if out else None
        between = text[prev.end : q.start] if prev is not None else ""
        if (
            prev is not None
            and prev.unit == "kg"
            and q.unit == "g"
            and q.value < 1000
            and _WITH_GRAMS.fullmatch(between)
        ):
            out[-1] = replace(prev, value=prev.value + q.value / 1000, end=q.end)
            continue
        if (
            prev is not None
            and prev.unit == "tonnes"
            and prev.qualifier == "exact"
            and q.unit == "kg"
            and q.value < 1000
            and _WITH_GRAMS.fullmatch(between)
        ):
            # "1 tonelada y 120 kilos de cocaína", "2 tonnes and 300 kg": one amount, in kilograms
            out[-1] = replace(prev, value=prev.value * 1000 + q.value, end=q.end, unit="kg")
            continue
        digits = text[q.num_start : q.num_end]
        if (
            lang == "es"
            and prev is not None
            and not prev.unit
            and not prev.words
            and prev.whole
            and prev.end == prev.num_end
            and q.start == q.num_start
            and re.fullmatch(r"\d{1,2}", digits)
            and q.unit
            and _APOSTROPHE.fullmatch(text[prev.num_end : q.start])
        ):
            value = float(f"{int(prev.value)}.{digits}")
            out[-1] = replace(prev, value=value, end=q.end, unit=q.unit)
            continue
        out.append(q)
    return out


#: A place after a bracketed amount: a part of the amount before, not its conversion: " in Italy", " en España".
_PART_IN_A_PLACE = re.compile(r"\s+(?:in|en)\s+(?:the\s+)?(?-i:[A-ZÁÉÍÓÚ])", re.I)


def _conversions_dropped(text: str, qs: list[Quantity]) -> list[Quantity]:
    """ "8 million euros ($8.92 million)", "1.8 tonnes (1.98 tons)": the bracketed amount converts the one before;
    it is no second figure."""
    out: list[Quantity] = []
    for q in qs:
        prev = out[-1] if out else None
        if (
            prev is not None
            and q.unit
            and prev.unit
            and (q.unit != prev.unit or prev.end == prev.num_end or prev.unit not in MONEY_UNITS)
            and re.fullmatch(r"\s*\(\s*(?:about|approx\.|approximately|some|unos|aprox\.)?\s*", text[prev.end : q.start], re.I)
            and not _PART_IN_A_PLACE.match(text, q.end)  # "€9,000 (€5,000 in Italy and €4,000 in Spain)": its parts
        ):
            continue
        out.append(q)
    return out


def _ranges(text: str, qs: list[Quantity]) -> list[Quantity]:
    out: list[Quantity] = []
    i = 0
    while i < len(qs):
        q = qs[i]
        if i + 1 < len(qs):
            nxt = qs[i + 1]
            between = text[q.end : nxt.start]
            lead = _RANGE_LEAD.search(text[max(0, q.start - 12) : q.start])
            joined = _RANGE_JOIN.match(between)
            dash = between.strip() in ("-", "–")
            word = between.strip().lower() in ("to", "and", "y", "a", "or", "o")
            if (
                joined
                and (dash or (word and (lead or between.strip().lower() in ("to", "or", "o"))))
                and nxt.value > q.value
            ):
                start = lead.start() + max(0, q.start - 12) if lead else q.start
                out.append(
                    replace(
                        q,
                        start=start,
                        end=nxt.end,
                        qualifier="range",
                        upper=nxt.value,
                        words=q.words and nxt.words,
                        weak=False,
                    )
                )
                i += 2
                continue
        out.append(q)
        i += 1
    return out


#: "una tonelada y media", "millón y medio de dólares", "two and a half tonnes": a half more of the last word.
_HALF = re.compile(r"^\s+(?:y\s+medi[oa]|and\s+a\s+half)(?![\w])", re.I)
_SCALE_END = re.compile(r"(?:millions?|millón|millon|millones|mil|thousand|billion)$", re.I)
#: "5.125 Kg(approx)": an approximation written after the unit, in brackets.
_APPROX_AFTER = re.compile(r"^\s*\(+\s*(?:approx|aprox|approximately|aproximadamente)\.?\s*\)", re.I)
_MASS = frozenset({"kg", "g", "tonnes", "lb"})
#: A number with a decimal point that cannot be a thousands point: "3.29", "0.9", "33.80".
_DECIMAL_POINT = re.compile(r"(?<![\d.,])\d+\.(?:\d{1,2}|\d{4,})(?![\d.,])")


def _qualify(text: str, qs: list[Quantity], lang: str = "en") -> list[Quantity]:
    out = []
    for q in qs:
        start, end, qualifier, unit = q.start, q.end, q.qualifier, q.unit
        value, weak = q.value, q.weak
        scale_word = _SCALE_END.search(text[q.num_start : q.num_end])
        half = _HALF.match(text[end : end + 20]) if scale_word and not unit else None
        if half and scale_word:  # "millón y medio de dólares": 1.5 million
            value += 0.5 * _SCALES.get(scale_word.group(0).lower(), 1)
            end += half.end()
        cur = _CURRENCY_BEFORE.search(text[max(0, start - 4) : start])
        if cur:
            unit = "ZAR" if cur.group("rand") else CURRENCIES[(cur.group("sym") or cur.group("code")).lower()]
            start -= len(cur.group(0))
        u = _UNIT_AFTER.match(text[end : end + 30])
        if u:
            weight = u.group("u") or u.group("u2")
            key = (u.group("cur") or u.group("sym") or weight).lower()
            unit = _UNIT_NAMES.get(key) if weight else CURRENCIES.get(key)
            end += u.end()
        elif re.match(r"^\s+(?:de\s+)?(?:euros|dólares|dollars)\b", text[end : end + 20], re.I):
            m = re.match(r"^\s+(?:de\s+)?(euros|dólares|dollars)\b", text[end : end + 20], re.I)
            unit = CURRENCIES[m.group(1).lower()]  # type: ignore[union-attr]
            end += m.end()  # type: ignore[union-attr]
        if unit in _MASS:
            half = _HALF.match(text[end : end + 20])
            if half:  # "una tonelada y media de hachís": 1.5 tonnes
                value, weak, end = value + 0.5, False, end + half.end()
            if (
                lang == "en"
                and not q.words
                and re.fullmatch(r"\d{1,3}\.\d{3}", text[q.num_start : q.num_end])
                and _DECIMAL_POINT.search(text)
            ):
                # "5.125 Kg(approx) Heroin; 3.29 Kg(approx) Charas": a sentence that writes "3.29" uses the point
                # as its decimal mark ("Europol seized 5.789 kg" alone is 5,789 kg, a European thousands point)
                value = float(text[q.num_start : q.num_end])
            approx = _APPROX_AFTER.match(text[end : end + 30])
            if approx and qualifier == "exact":
                qualifier, end = "about", end + approx.end()
        if qualifier == "exact":
            b = _BEFORE_RE.search(text[max(0, start - 25) : start])
            if b:
                qualifier = QUALIFIERS_BEFORE[b.group(1).lower()]
                start = max(0, start - 25) + b.start(1)
            else:
                a = _AFTER_RE.match(text[q.num_end : q.num_end + 10])
                if a:
                    qualifier = _AFTER[a.group(1).lower()]
                    end = max(end, q.num_end + a.end())
        out.append(replace(q, start=start, end=end, qualifier=qualifier, unit=unit, value=value, weak=weak))
    return out
