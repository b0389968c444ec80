"""Dates as articles write them, turned into the record's partial dates without adding precision.

"6 June 2025" -> '2025-06-06'; "December 2024" -> '2024-12'; "late 2024" -> '2024' (the wording
kept as reported); "last year" -> the year before publication; "in December" -> the last December
on or before publication; "on Friday" / "este viernes" -> the last Friday on or before
publication (only when the publication day is known); "between March and May 2025" -> a span.
Without a publication date a relative date stays unresolved (value None), never guessed.
dateparser was measured against these rules (tools/bench_draft.py --dates dateparser): it fills a
missing year or day from today's date and reads nothing for "late 2024".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

MONTHS: dict[str, int] = {
    **{
        m: i + 1
        for i, m in enumerate(
            "january february march april may june july august september october november december".split()
        )
    },
    **{m: i + 1 for i, m in enumerate("jan feb mar apr may jun jul aug sep oct nov dec".split())},
    "sept": 9,
    **{
        m: i + 1
        for i, m in enumerate(
            "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split()
        )
    },
    "setiembre": 9,
}
WEEKDAYS: dict[str, int] = {
    **{d: i for i, d in enumerate("monday tuesday wednesday thursday friday saturday sunday".split())},
    **{d: i for i, d in enumerate("lunes martes miércoles jueves viernes sábado domingo".split())},
    "miercoles": 2,
    "sabado": 5,
}
_M = "|".join(sorted(MONTHS, key=len, reverse=True))
_D = "|".join(sorted(WEEKDAYS, key=len, reverse=True))
_PART = (
    r"(?P<part>early|mid|late|(?:the\s+)?(?:end|beginning|start|middle)\s+of|"
    r"(?:a\s+)?(?:principios|mediados|finales|fines|comienzos|inicios)\s+del?)"
)
_Y = r"(?P<y>(?:19|20)\d\d)"
#: The year written as relative to the publication after a day and month: "18 December last year",
#: "el 4 de marzo del año pasado".
_REL_YEAR = (
    r"(?P<rel>(?:of\s+)?last year|(?:of\s+)?this year|del año pasado|del pasado año|de este año|"
    r"de(?:l)? presente año)"
)

_RULES: list[tuple[str, re.Pattern[str]]] = [
    (k, re.compile(p, re.I))
    for k, p in [
        ("iso", r"\b(?P<y>(?:19|20)\d\d)-(?P<mo>[01]\d)-(?P<d>[0-3]\d)\b"),
        (
            "span_days",
            rf"\b(?:del|from|between|entre el|entre)?\s*(?P<d1>[0-3]?\d)\s+(?:al|to|and|y|until|-|–)\s+"
            rf"(?:el\s+)?(?P<d2>[0-3]?\d)\s+(?:de\s+)?(?P<mo>{_M})\.?(?:,?\s+(?:de\s+|del\s+)?{_Y})?\b",
        ),
        (
            # "between 1 June and 31 October 2020", "del 1 de junio al 31 de octubre de 2020": the year is both ends'
            "span_dmy",
            rf"\b(?:between|from|entre el|entre|del|desde el)\s+(?P<d1>[0-3]?\d)\s+(?:de\s+)?(?P<m1>{_M})\.?"
            rf"(?:\s+(?:de\s+)?(?P<y1>(?:19|20)\d\d))?\s+(?:and|to|until|through|al|y|hasta el|a)\s+(?:el\s+)?"
            rf"(?P<d2>[0-3]?\d)\s+(?:de\s+)?(?P<m2>{_M})\.?(?:,?\s+(?:de\s+|del\s+)?(?P<y2>(?:19|20)\d\d))?\b",
        ),
        (
            # "between June 1 and October 31, 2020"
            "span_mdmy",
            rf"\b(?:between|from)\s+(?P<m1>{_M})\.?\s+(?P<d1>[0-3]?\d)(?:st|nd|rd|th)?(?:,?\s+(?P<y1>(?:19|20)\d\d))?"
            rf"\s+(?:and|to|until|through)\s+(?P<m2>{_M})\.?\s+(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?"
            rf"(?:,?\s+(?P<y2>(?:19|20)\d\d))?\b",
        ),
        (
            # "between June 3 and 9", "from June 3 to 9", "June 3-9, 2024" (the month written once, first)
            "span_mdd",
            rf"\b(?:(?:between|from)\s+(?P<mo>{_M})\.?\s+(?P<d1>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:and|to|until|through)"
            rf"|(?P<mo2>{_M})\.?\s+(?P<d1b>[0-3]?\d)\s*[-–])\s*(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?(?![\d.,]\d)"
            rf"(?:,?\s+{_Y})?\b",
        ),
        (
            "span_months",
            rf"\b(?:between|from|entre|de)\s+(?P<m1>{_M})(?:\s+(?:de\s+)?(?P<y1>(?:19|20)\d\d))?\s+"
            # "from May through to September"
            rf"(?:and|to|until|through(?:\s+to)?|y|a|hasta)\s+(?P<m2>{_M})"
            rf"(?:\s+(?:de\s+|del\s+)?(?P<y2>(?:19|20)\d\d))?\b",
        ),
        (
            # "in April and May", "en julio y agosto de 2024": the two months, as a span
            "months_and",
            rf"\b(?:in|en|during|durante)\s+(?P<m1>{_M})\s+(?:and|y)\s+(?P<m2>{_M})"
            rf"(?:,?\s+(?:de\s+|del\s+)?(?P<y2>(?:19|20)\d\d))?\b",
        ),
        (
            "dmy",
            rf"\b(?:(?P<wd>{_D}),?\s+)?(?P<d>[0-3]?\d)(?:st|nd|rd|th|º)?\s+(?:de\s+)?(?P<mo>{_M})\.?"
            rf"(?:,?\s+(?:de\s+|del\s+)?{_Y}|\s+{_REL_YEAR})?\b",
        ),
        (
            "mdy",
            rf"\b(?:(?P<wd>{_D}),?\s+)?(?P<mo>{_M})\.?\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)?"
            rf"(?:,?\s+{_Y}|\s+{_REL_YEAR})?\b",
        ),
        (
            # a wire dateline giving only the day: "MADRID, 24 (EUROPA PRESS)"
            "dateline_day",
            r"^\s*[A-ZÁÉÍÓÚÑ]{3,}(?:\s+[A-ZÁÉÍÓÚÑ]{2,}){0,2},\s+(?P<d>[0-3]?\d)(?=\s*\([A-Za-z .]{2,20}\))",
        ),
        (
            # a day of the month alone: "said on the 5th", "on the 11th of last month", "el pasado día 12"
            "day_only",
            r"\b(?:on\s+the|el\s+(?:pasado\s+)?día)\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\b"
            r"(?:\s+(?:of\s+(?P<rel>last month|this month)|del\s+(?P<rel_es>mes pasado|pasado mes|presente mes)))?"
            # ... ending its clause, not "on the 5th of May" nor "on the 5th floor"
            r"(?=\s*[,.;:()]|\s*$|\s+(?:that|when|and|at|in|on|after|before|while|que|en|a|y|cuando)\b)",
        ),
        # "late 2024", "a finales del pasado año 2023"
        (
            "part_year",
            rf"\b{_PART}[\s-]+(?:the\s+)?(?:(?:past\s+|last\s+)?year\s+|(?:pasado\s+)?año\s+(?:de\s+)?)?{_Y}\b",
        ),
        (
            "part_rel",
            rf"\b{_PART}\s+(?:the\s+|el\s+)?(?P<rel>last year|this year|año pasado|pasado año|"
            r"este año|last month|mes pasado)\b",
        ),
        ("part_month", rf"\b{_PART}[\s-]+(?P<mo>{_M})(?:,?\s+(?:de\s+|del\s+)?{_Y})?\b"),
        (
            "month_rel",
            rf"\b(?P<mo>{_M})\s+(?:of\s+|del?\s+)?(?P<rel>last year|this year|(?:el\s+)?año pasado|"
            r"(?:el\s+)?pasado año|este año)\b",
        ),
        ("month_year", rf"\b(?P<mo>{_M})\.?,?\s+(?:de\s+|del\s+)?{_Y}\b"),
        (
            "year",
            rf"\b(?:in|since|during|en|desde|durante|from|de|of|del)\s+(?:(?:the\s+|el\s+)?(?:year|año)\s+(?:de\s+)?)?"
            rf"{_Y}\b",
        ),
        (
            "rel",
            r"\b(?P<rel>last year|this year|el año pasado|año pasado|pasado año|este año|last month|el mes pasado|"
            r"this month|este mes|yesterday|ayer|today|hoy|tomorrow|"
            # "mañana" is tomorrow, except "esta mañana", "por la mañana", "pasado mañana", "mañana del lunes"
            r"(?<!la )(?<!esta )(?<!una )(?<!esa )(?<!pasado )mañana(?!\s+del?\b))\b",
        ),
        (
            "weekday",
            # "on Friday", "el pasado viernes", "la madrugada del miércoles"
            rf"\b(?:(?:on|last|this|past|el|del|este|pasado|el pasado)\s+)+(?P<wd>{_D})(?:\s+pasado)?\b"
            # wire style: "the Justice Department said Tuesday", "announced Friday"
            rf"|(?:(?<=\bsaid )|(?<=\bsays )|(?<=\bannounced )|(?<=\breported ))(?P<wd2>{_D})\b"
            # ... and a capitalised English weekday alone: "arrested 15 suspects Thursday", "Wednesday's raids"
            # (not "Black Friday", "Good Friday", "Easter Sunday")
            r"|(?<![\w’'-])(?<!Black )(?<!Good )(?<!Holy )(?<!Ash )(?<!Super )(?<!Cyber )(?<!Easter )(?<!Palm )"
            r"(?<!Bloody )(?<!Giving )"
            r"(?P<wd3>(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b",
        ),
        # "detained 53 people this week", "desarticulado esta semana": the publication's week, read as its month
        ("this_week", r"\b(?:this\s+week(?![’']s)|esta\s+semana)\b"),
        (
            "month",
            rf"\b(?:in|since|during|throughout|en|desde|durante|de|last|el pasado)\s+(?:(?:el\s+)?mes\s+de\s+)?"
            rf"(?P<mo>{_M})\b",
        ),
    ]
]


@dataclass(frozen=True)
class DateMention:
    """A date in the text: `value` a partial date or span ('2024-12', '2025-03/2025-05'), or None
    when it cannot be resolved; `as_reported` the article's own words."""

    value: str | None
    as_reported: str
    start: int
    end: int
    kind: str
    vague: bool = False  # "late 2024": the value is less precise than the words

    @property
    def first(self) -> str | None:
        return self.value.split("/")[0] if self.value else None

    @property
    def last(self) -> str | None:
        return self.value.split("/")[-1] if self.value else None


def _ym(y: int, m: int) -> str:
    return f"{y:04d}-{m:02d}"


def _last_month_before(month: int, published: date) -> int:
    return published.year if month <= published.month else published.year - 1


def _day_of_month(day: int, last_month: bool, published: date | None) -> str | None:
    """The day `day` of the publication's month, or of the month before when it is later than the publication
    day or the text says "of last month"."""
    if published is None:
        return None
    first = published.replace(day=1)
    month = first - timedelta(days=1) if last_month or day > published.day else first
    try:
        return month.replace(day=day).isoformat()
    except ValueError:
        return None


def _resolve(kind: str, g: dict[str, str | None], published: date | None) -> tuple[str | None, bool]:
    pub_year = published.year if published else None
    if kind in ("iso", "dmy", "mdy"):
        mo_text = g["mo"]
        if mo_text is None:
            return None, False
        mo = MONTHS[mo_text.lower().rstrip(".")] if kind != "iso" else int(mo_text)
        d = int(g["d"])  # type: ignore[arg-type]
        y_text = g.get("y")
        if y_text:
            y = int(y_text)
        elif g.get("rel"):  # "18 December last year"
            if published is None:
                return None, False
            y = published.year - 1 if re.search(r"last|pasado", g["rel"] or "", re.I) else published.year
        elif published:
            y = _last_month_before(mo, published)
        else:
            return None, False
        try:
            return date(y, mo, d).isoformat(), False
        except ValueError:
            return None, False
    if kind == "this_week":
        # the month, when the week (from its Monday) up to publication lies in it; else it stays unknown
        if published is None or (published - timedelta(days=published.weekday())).month != published.month:
            return None, True
        return _ym(published.year, published.month), True
    if kind == "dateline_day":
        return _day_of_month(int(g["d"]), False, published), False  # type: ignore[arg-type]
    if kind == "day_only":
        last_month = bool(re.search(r"last|pasado", f"{g.get('rel') or ''} {g.get('rel_es') or ''}", re.I))
        return _day_of_month(int(g["d"]), last_month, published), False  # type: ignore[arg-type]
    if kind == "span_days":
        mo = MONTHS[g["mo"].lower().rstrip(".")]  # type: ignore[union-attr]
        y_text = g.get("y")
        span_y = int(y_text) if y_text else (_last_month_before(mo, published) if published else None)
        if span_y is None:
            return None, False
        try:
            a, b = date(span_y, mo, int(g["d1"])), date(span_y, mo, int(g["d2"]))  # type: ignore[arg-type]
        except ValueError:
            return None, False
        return (f"{a.isoformat()}/{b.isoformat()}" if b > a else None), False
    if kind in ("span_dmy", "span_mdmy"):
        m1, m2 = MONTHS[g["m1"].lower().rstrip(".")], MONTHS[g["m2"].lower().rstrip(".")]  # type: ignore[union-attr]
        y2_text, y1_text = g.get("y2"), g.get("y1")
        y2 = int(y2_text) if y2_text else (_last_month_before(m2, published) if published else None)
        if y2 is None:
            return None, False
        y1 = int(y1_text) if y1_text else (y2 if m1 <= m2 else y2 - 1)
        try:
            a, b = date(y1, m1, int(g["d1"])), date(y2, m2, int(g["d2"]))  # type: ignore[arg-type]
        except ValueError:
            return None, False
        return (f"{a.isoformat()}/{b.isoformat()}" if b > a else None), False
    if kind == "span_mdd":
        g = {**g, "mo": g.get("mo") or g.get("mo2"), "d1": g.get("d1") or g.get("d1b")}
        return _resolve("span_days", g, published)
    if kind in ("span_months", "months_and"):
        m1, m2 = MONTHS[g["m1"].lower()], MONTHS[g["m2"].lower()]  # type: ignore[union-attr]
        y2_text, y1_text = g.get("y2"), g.get("y1")
        y2 = int(y2_text) if y2_text else (_last_month_before(m2, published) if published else None)
        if y2 is None:
            return None, False
        y1 = int(y1_text) if y1_text else (y2 if m1 <= m2 else y2 - 1)
        return f"{_ym(y1, m1)}/{_ym(y2, m2)}", False
    if kind == "part_month":
        mo = MONTHS[g["mo"].lower()]  # type: ignore[union-attr]
        if g.get("y"):
            return _ym(int(g["y"]), mo), True  # type: ignore[arg-type]
        if published is None:
            return None, True
        return _ym(_last_month_before(mo, published), mo), True
    if kind == "month_year":
        return _ym(int(g["y"]), MONTHS[g["mo"].lower().rstrip(".")]), False  # type: ignore[arg-type, union-attr]
    if kind == "part_year":
        return g["y"], True
    if kind == "year":
        return g["y"], False
    if kind in ("part_rel", "rel"):
        rel = (g["rel"] or "").lower()
        if pub_year is None or published is None:
            return None, kind == "part_rel"
        if "last year" in rel or "pasado" in rel and "año" in rel:
            return str(pub_year - 1), kind == "part_rel"
        if "this year" in rel or "este año" in rel:
            return str(pub_year), kind == "part_rel"
        if "last month" in rel or "mes pasado" in rel:
            first = published.replace(day=1) - timedelta(days=1)
            return _ym(first.year, first.month), kind == "part_rel"
        if rel in ("this month", "este mes"):
            return _ym(published.year, published.month), False
        if rel in ("yesterday", "ayer"):
            return (published - timedelta(days=1)).isoformat(), False
        if rel in ("today", "hoy"):
            return published.isoformat(), False
        if rel in ("tomorrow", "mañana"):
            return (published + timedelta(days=1)).isoformat(), False
        return None, False
    if kind == "weekday":
        if published is None:
            return None, False
        wd = WEEKDAYS[(g.get("wd") or g.get("wd2") or g["wd3"]).lower()]  # type: ignore[union-attr]
        back = (published.weekday() - wd) % 7
        if back == 1 and g.get("last"):
            # "last Friday" written on a Saturday: a writer says "yesterday" for the day before, so it may
            # be the Friday a week earlier; left unresolved
            return None, False
        return (published - timedelta(days=back)).isoformat(), False
    if kind == "month_rel":
        if published is None:
            return None, False
        rel = (g["rel"] or "").lower()
        year = published.year - 1 if ("last" in rel or "pasado" in rel) else published.year
        return _ym(year, MONTHS[g["mo"].lower()]), False  # type: ignore[union-attr]
    if kind == "month":
        if published is None:
            return None, False
        mo = MONTHS[g["mo"].lower()]  # type: ignore[union-attr]
        return _ym(_last_month_before(mo, published), mo), False
    return None, False


#: The kinds of date that lack only their year ("17 September", "between July and October"), which the year
#: the article itself writes may give when the publication date is unknown.
_YEARLESS = frozenset({"dmy", "mdy", "span_days", "span_dmy", "span_mdmy", "span_mdd", "span_months", "months_and",
                       "month", "part_month"})


def year_of_text(text: str, name: str | None = None) -> int | None:
    """The year an article without a publication date writes itself in: the latest year among its full dates
    ("since March, 2024", "on 16 October, 2024") and its operation's name ("Screen West Africa 2025"), the way
    a reader dates "17 September" in it. None when it writes no year."""
    # a bare year or a part of one ("a finales de 2020") is often background, not the year the story is in
    years = [
        int(d.value[:4]) for d in find_dates(text)
        if d.value and d.kind not in ("year", "part_year") and d.value[:4].isdigit()
    ]
    if name and (m := re.search(r"\b((?:19|20)\d\d)$", name)):
        years.append(int(m.group(1)))
    return max(years) if years else None


def find_dates(
    text: str, published: date | None = None, precise_publication: bool = True, text_year: int | None = None
) -> list[DateMention]:
    """Dates in `text`, in order, none overlapping another (the earlier rule wins).

    `precise_publication` False when only the publication's month or year is known: weekdays
    and "yesterday" then stay unresolved. `text_year` (`year_of_text`), without a publication date, gives
    the year a date without one is read in; relative dates ("last year", "on Friday") stay unresolved."""
    taken: list[tuple[int, int]] = []
    out: list[DateMention] = []
    for kind, rx in _RULES:
        for m in rx.finditer(text):
            if any(a < m.end() and m.start() < b for a, b in taken):
                continue
            g: dict[str, str | None] = dict(m.groupdict())
            if kind == "mdy" and (g["mo"] or "").lower() in _SPANISH_MONTHS and not g.get("y") and not g.get("wd"):
                continue  # "en febrero 28 toneladas": Spanish writes the day first; a number after a month counts
            if kind == "dmy" and not g.get("y") and _AMONG_NAMES_BEFORE.search(text[: m.start()]) and (
                _AMONG_NAMES_AFTER.match(text[m.end() :])
            ):
                taken.append((m.start(), m.end()))  # nor a month in it
                continue  # "Río Turbio, 28 de Noviembre, Río Gallegos": a town named after a date, in a list of towns
            if kind == "months_and" and any(g[k] in ("may", "mar") for k in ("m1", "m2")):
                continue  # "in March and may": the verb
            if kind == "weekday" and re.search(r"\b(?:last|past|pasado)\b", m.group(0), re.I):
                g["last"] = "last"
            month_word = g.get("mo") or ""
            if (
                kind in ("dmy", "mdy")
                and month_word.lower() in ("may", "mar")
                and not g.get("y")
                and not g.get("wd")
            ):
                # "may 3" could be the verb; only trust it with a year or a weekday
                if month_word[0].islower():
                    continue
            if kind == "month" and month_word[0].islower() and month_word.lower() in ("may", "mar"):
                continue
            if kind == "month" and _IN_A_NAME.search(text[: m.start("mo")]) and month_word[:1].isupper() and (
                month_word.lower() in _SPANISH_MONTHS
            ):
                continue  # "Campo de Mayo", "Plaza de Mayo": Spanish writes months in lower case, a name's in capitals
            if kind == "month" and month_word.lower() in (
                "mar",
                "jan",
                "feb",
                "apr",
                "jun",
                "jul",
                "aug",
                "sep",
                "oct",
                "nov",
                "dec",
                "sept",
            ):
                continue  # English abbreviations after "in" are too often something else ("May" is a month)
            if (
                not precise_publication
                and kind in ("weekday", "rel", "day_only", "this_week")
                and (
                    g.get("wd") or g.get("wd2") or g.get("wd3") or kind in ("day_only", "this_week")
                    or (g.get("rel") or "").lower() in _DAY_WORDS
                )
            ):
                value, vague = None, False
            elif published is None and text_year is not None and kind in _YEARLESS and not g.get("rel"):
                value, vague = _resolve(kind, g, date(text_year, 12, 31))
            else:
                value, vague = _resolve(kind, g, published)
            taken.append((m.start(), m.end()))
            out.append(DateMention(value, m.group(0), m.start(), m.end(), kind, vague))
    # "FEB 12 -- DALLAS – … announced today", "BEIJING, May 29 (Xinhua) -- … said on Wednesday": a release's
    # dateline gives the day its "today" and weekdays are counted from, whenever the page was published
    dateline = next(
        (d for d in out if d.kind in ("dmy", "mdy") and d.value and _DATELINE_AT.fullmatch(text[: d.start])
         and _DATELINE_AFTER.match(text[d.end :])),
        None,
    )
    if dateline is not None:
        day = date.fromisoformat(dateline.value)  # type: ignore[arg-type]
        for i, d in enumerate(out):
            if d.kind == "weekday" or (d.kind == "rel" and d.as_reported.lower() in _DAY_WORDS):
                g = dict(_RULES_BY_KIND[d.kind].match(text, d.start).groupdict())  # type: ignore[union-attr]
                value, _ = _resolve(d.kind, g, day)
                out[i] = DateMention(value, d.as_reported, d.start, d.end, d.kind, d.vague)
    if published is not None and len(out) == 1 and out[0].value == published.isoformat() and _DATE_LINE.fullmatch(
        text[: out[0].start] + text[out[0].end :]
    ):
        return []  # "22 de noviembre de 2017, 4:00 AM": the page's own date line, not a date of the operation
    return sorted(out, key=lambda d: d.start)


_RULES_BY_KIND = dict(_RULES)
#: Before a dateline's date: nothing, or a place in capitals or title case and a comma ("BEIJING, ").
_DATELINE_AT = re.compile(r"\s*(?:[A-ZÁÉÍÓÚÑ][\w'’. -]{1,30},\s*)?")
#: After it: the agency in parentheses, then a dash ("May 29 (Xinhua) --", "FEB 12 --").
_DATELINE_AFTER = re.compile(r"\s*(?:\([^)\n]{1,30}\)\s*)?(?:--|[-–—])")
_SPANISH_MONTHS = frozenset(
    "enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre".split()
)
#: A date between two capitalised names of a list: "Río Turbio, " before and ", Río Gallegos" after it.
_AMONG_NAMES_BEFORE = re.compile(r"[A-ZÁÉÍÓÚÑ][\wáéíóúñ]+,\s+$")
_AMONG_NAMES_AFTER = re.compile(r"\s*(?:,|\by\b|\band\b)\s*[A-ZÁÉÍÓÚÑ]")
#: A capitalised word (not opening the sentence) and "de" before a month: "Campo de " in "“Campo de Mayo”".
_IN_A_NAME = re.compile(r"(?:(?<=[^.!?\s]\s)|(?<=[“\"«']))[A-ZÁÉÍÓÚÑ][\wáéíóúñ]+\s+de\s+$")
_DAY_WORDS = ("yesterday", "ayer", "today", "hoy", "tomorrow", "mañana")
#: What may stand beside a date in a date line: a time, a weekday, "Published", "Actualizado", punctuation.
#: ... and after the time its seconds, its time zone and the place the page was filed from:
#: "Published - November 02, 2023 02:57 am IST - NEW DELHI", "2015-08-28 7:25:00".
_DATE_LINE = re.compile(
    rf"[\s,.|·:-]*(?:(?:published|updated|publicado|actualizado)(?:\s+(?:on|el))?[\s:–-]*)?(?:(?:{_D})[\s,]*)?"
    r"(?:\d{1,2}[:.h]\d{2}(?::\d{2})?\s*(?:am|pm|a\.\s?m\.|p\.\s?m\.|h|hrs?)?(?-i:\s*[A-Z]{2,4}\b)?)?"
    r"(?-i:\s*[-–—]\s*[A-ZÁÉÍÓÚÑ][A-ZÁÉÍÓÚÑ .'-]{1,30})?[\s,.|·(a-zA-Z)-]{0,12}",
    re.I,
)


def parse_published(text: str | None) -> tuple[date | None, bool]:
    """A --published argument ('2025-06-06', '2025-06', '2025') as (a day to resolve against,
    whether that day is exact). A month resolves "last year" but not "on Friday"."""
    if not text:
        return None, False
    m = re.fullmatch(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", text.strip())
    if not m:
        raise ValueError(f"{text!r} is not a date: write YYYY-MM-DD, YYYY-MM or YYYY")
    y, mo, d = int(m.group(1)), int(m.group(2) or 12), m.group(3)
    if d:
        return date(y, mo, int(d)), True
    import calendar

    return date(y, mo, calendar.monthrange(y, mo)[1]), False


def find_dates_dateparser(text: str, published: date | None = None, lang: str = "en") -> list[DateMention]:
    """The measured alternative: dateparser's search_dates, relative to the publication day."""
    from datetime import datetime

    from dateparser.search import search_dates

    settings = {"PREFER_DATES_FROM": "past", "RETURN_AS_TIMEZONE_AWARE": False}
    if published:
        settings["RELATIVE_BASE"] = datetime(published.year, published.month, published.day)
    found = search_dates(text, languages=[lang], settings=settings) or []
    out = []
    pos = 0
    for words, when in found:
        i = text.find(words, pos)
        if i < 0:
            continue
        pos = i + len(words)
        if not re.search(r"\d|" + _M + "|" + _D + r"|year|año|ayer|yesterday|today|hoy", words, re.I):
            continue
        out.append(DateMention(when.date().isoformat(), words, i, i + len(words), "dateparser"))
    return out
