"""From `Facts` to a draft record: a plain dict in the project's schema, ready to dump as YAML.

The record is `status: draft` and every extracted item carries `unreviewed: true`, so `validate`
accepts it as a draft and the app shows it as one until a curator has checked each item. The
source entry comes from the caller's arguments (URL, title, publisher, date), never from guesses;
the texts the schema requires and the article cannot give (the summary, the crime description)
say plainly that they are a machine's placeholders.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Any

from ..geo.gazetteer import subdivision_anchor
from ..records.references import figure_key, figure_value
from ..records.schema import SCHEMA_VERSION, Claim
from ..records.vocab import METRIC, QUALIFIER
from .facts import Facts, Figure, PlaceRef

SOURCE_ID = "article"
CRIME_LABELS = {
    "child_sexual_exploitation": "Child sexual exploitation",
    "drug_trafficking": "Drug trafficking",
    "organised_crime": "Organised crime",
    "cybercrime": "Cybercrime",
    "other": "Other",
}


@dataclass(frozen=True)
class SourceInfo:
    """What the caller knows about the article (command-line arguments or the page's fields)."""

    url: str | None = None
    title: str | None = None
    publisher: str | None = None
    published: str | None = None  # partial date
    language: str = "en"
    kind: str | None = None  # a schema source kind; None: not given


def slug(text: str, fallback: str = "item") -> str:
    """A schema id from any text: ASCII, lower case, single hyphens, at most 60 characters."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    s = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")[:60].strip("-")
    return s or fallback


def _unique(base: str, taken: set[str]) -> str:
    out, n = base, 2
    while out in taken:
        out = f"{base}-{n}"
        n += 1
    taken.add(out)
    return out


def _source(info: SourceInfo, facts: Facts) -> dict[str, Any]:
    first_line = facts.text.split("\n", 1)[0].strip()
    title = info.title or (first_line if 0 < len(first_line) <= 200 else "Untitled article")
    src: dict[str, Any] = {
        "id": SOURCE_ID,
        "title": title,
        "publisher": info.publisher or "Publisher not given",
        "kind": info.kind or "newspaper",
    }
    if info.url:
        src["url"] = info.url
    if info.published:
        src["date"] = info.published
    src["language"] = info.language
    missing = [
        w
        for w, v in (
            ("address", info.url),
            ("title", info.title),
            ("publisher", info.publisher),
            ("publication date", info.published),
            ("kind", info.kind),
        )
        if not v
    ]
    if missing:
        note = "Not given to the draft tool: " + ", ".join(missing) + "."
        if not info.title:
            note += " The title is the article's first line."
        if not info.kind:
            note += " The kind 'newspaper' is a placeholder."
        src["note"] = note
        src["unreviewed"] = True
    return src


class _Places:
    """The record's places, each added once, with `within` up to its country."""

    def __init__(self) -> None:
        self.items: list[dict[str, Any]] = []
        self.ids: dict[tuple[Any, ...], str] = {}
        self.taken: set[str] = set()

    def add(self, p: PlaceRef) -> str:
        key = p.key
        if key in self.ids:
            return self.ids[key]
        if p.kind == "country":
            assert p.iso3 is not None
            pid = _unique(p.iso3.lower(), self.taken)
            item: dict[str, Any] = {"id": pid, "name": p.name, "precision": "country", "country": p.iso3}
            if p.as_written and p.as_written not in (p.name, p.iso3):
                item["as_written"] = p.as_written
        elif p.kind == "region":
            pid = _unique(slug(p.name, "region"), self.taken)
            item = {"id": pid, "name": p.name, "precision": "region"}
            if p.region:
                item["region"] = p.region
            else:
                item["scope_note"] = f"{p.as_written or p.name}, as the article names it; members not listed"
        else:
            assert p.iso3 is not None
            parent = self.add(PlaceRef("country", _country_name(p.iso3), iso3=p.iso3))
            pid = _unique(slug(p.name + ("-province" if p.kind == "province" else ""), "place"), self.taken)
            item = {"id": pid, "name": p.name}
            if p.as_written and p.as_written != p.name:
                item["as_written"] = p.as_written
            if p.kind == "province":
                assert p.subdivision is not None
                if subdivision_anchor(p.subdivision, p.name) is not None:
                    item.update({"precision": "subdivision", "country": p.iso3, "subdivision": p.subdivision})
                else:
                    item.update(
                        {
                            "precision": "area",
                            "country": p.iso3,
                            "code": p.subdivision,
                            "code_note": f"ISO 3166-2 {p.subdivision}; the offline gazetteer has no seat to "
                            "draw it around, so the draft lists it in its country",
                        }
                    )
            else:
                item.update({"precision": "point", "country": p.iso3})
            item["within"] = parent
        item["unreviewed"] = True
        self.ids[key] = pid
        self.items.append(item)
        return pid


def _country_name(iso3: str) -> str:
    from ..geo.gazetteer import country_name

    return country_name(iso3)


def _claim(f: Figure, cid: str, place_id: str | None) -> dict[str, Any]:
    c: dict[str, Any] = {"id": cid, "metric": f.metric}
    info = METRIC[f.metric]
    if f.value is None:
        c["qualifier"] = "unknown"
    else:
        measured = f.unit is not None and info.amounts
        if measured and not float(f.value).is_integer():
            c["amount"] = float(f.value)
        elif measured and f.unit not in ("EUR", "USD", "GBP", "AUD") and f.unit is not None:
            c["amount"] = float(f.value)
        else:
            c["count"] = int(f.value)
        if f.qualifier != "exact":
            c["qualifier"] = f.qualifier
        if f.qualifier == "range" and f.upper is not None:
            c["upper"] = int(f.upper)
        if measured:
            c["unit"] = f.unit
    if place_id:
        c["place"] = place_id
    if f.status and info.kind == "people" and f.metric != "platform_users":
        c["status"] = f.status
    if f.item and info.item is not False:
        c["item"] = f.item[:300]
    elif info.item is True:
        c["item"] = "not stated"
    c["source"] = SOURCE_ID
    c["quote"] = f.source.quote
    c["unreviewed"] = True
    return c


def build_record(facts: Facts, info: SourceInfo, record_id: str | None = None) -> dict[str, Any]:
    """The draft record as a dict in the schema's field order (`status: draft`, items unreviewed)."""
    name = facts.name
    rid = record_id or slug(name or (info.title or "draft-operation"), "draft-operation")
    if record_id is None and info.published and not re.search(r"\d{4}$", rid):
        rid = f"{rid}-{info.published[:4]}"
    rec: dict[str, Any] = {"schema_version": SCHEMA_VERSION, "id": rid, "status": "draft"}
    if name:
        rec["name"] = name if name.lower().startswith(("operation", "operación")) else f"Operation {name}"
    else:
        when = f", {info.published[:7]}" if info.published else ""
        lead = f"{facts.lead[0]}-led operation" if facts.lead else "Operation"
        rec["working_title"] = f"{lead} reported by {info.publisher or 'an article'}{when} (no name found)"[:300]
    rec["crime_type"] = facts.crime_type
    said = (
        f"{CRIME_LABELS[facts.crime_type]}, as the article's words suggest."
        if facts.crime_type != "other"
        else "The article's words name none of the atlas's crime types."
    )
    rec["crime_description"] = f"{said} Drafted by machine: a curator writes the description."
    if facts.lead:
        rec["lead_country"] = facts.lead
    places = _Places()
    claims: list[dict[str, Any]] = []
    taken: set[str] = set()
    for f in facts.figures:
        pid = places.add(f.place) if f.place is not None else None
        cid = _unique(slug(f"{pid or 'total'}-{f.metric.replace('_', '-')}"), taken)
        claims.append(_claim(f, cid, pid))
    for pf in facts.places:  # towns and provinces named without a figure are listed too
        places.add(pf.place)
    for c in facts.countries:  # countries mentioned only are listed, so the curator sees them
        places.add(PlaceRef("country", _country_name(c.iso3), iso3=c.iso3, as_written=c.as_written))
    coordinators = []
    for b in facts.coordinators:
        item: dict[str, Any] = {"body": b.body, "kind": b.kind}
        if b.iso3:
            item["country"] = b.iso3
        item.update(
            {
                "role": b.role[0].upper() + b.role[1:] + " (as the article says).",
                "evidence": [{"source": SOURCE_ID, "quote": b.source.quote}],
                "unreviewed": True,
            }
        )
        coordinators.append(item)
    if coordinators:
        rec["coordinators"] = coordinators
    n_countries = len({c.iso3 for c in facts.countries})
    rec["summary"] = (
        f"Draft from one article ({info.publisher or 'publisher not given'}"
        f"{', ' + info.published if info.published else ''}): {len(claims)} figure(s), "
        f"{n_countries} country(ies) named. Drafted by machine; every item awaits review."
    )
    rec["sources"] = [_source(info, facts)]
    if places.items:
        rec["places"] = places.items
    if claims:
        rec["claims"] = claims
    disputes = _disputes(claims, facts.figures)
    if disputes:
        rec["disputes"] = disputes
    phases = []
    ptaken: set[str] = set()
    for p in facts.phases:
        ph: dict[str, Any] = {"id": _unique(slug(p.name, "phase"), ptaken), "name": p.name, "kind": p.kind}
        if p.start:
            ph["start"] = p.start
            ph["start_as_reported"] = p.as_reported[:300]
        if p.end:
            ph["end"] = p.end
            ph["end_as_reported"] = p.as_reported[:300]
        if p.countries:
            ph["countries"] = sorted(set(p.countries))
        ph["description"] = f"{p.name}, dated as the article says: “{p.as_reported}”."
        ph["evidence"] = [{"source": SOURCE_ID, "quote": p.source.quote}]
        ph["unreviewed"] = True
        phases.append(ph)
    if phases:
        rec["phases"] = phases
    rec["notes"] = [
        "Drafted by machine from one article (python -m opsatlas draft); every item is marked "
        "unreviewed until a curator has checked it against the article."
    ] + facts.notes
    return rec


def interval(f: Figure) -> tuple[float, float] | None:
    """The values a figure allows, from its qualifier (`vocab.QUALIFIERS` bounds)."""
    if f.value is None:
        return None
    v = f.value
    bound = QUALIFIER[f.qualifier].bound
    if f.qualifier == "range" and f.upper is not None:
        return v, f.upper
    if bound == "exact":
        return v, v
    if bound == "lower":
        return (v + (1 if f.qualifier == "more_than" else 0)), float("inf")
    if bound == "upper":
        return 0.0, v
    if f.qualifier == "almost":
        return v * 0.85, v
    return v * 0.8, v * 1.2  # about


def _disputes(claims: list[dict[str, Any]], figures: list[Figure]) -> list[dict[str, Any]]:
    """A dispute for every figure the article gives differently (the validator's notion of the same
    figure, `references.figure_key`): the curator decides whether they really disagree."""
    groups: dict[tuple[Any, ...], list[int]] = {}
    for i, c in enumerate(claims):
        if c.get("qualifier") == "unknown":
            continue
        groups.setdefault(figure_key(Claim.model_validate(c)), []).append(i)
    out: list[dict[str, Any]] = []
    taken: set[str] = set()
    for idx in groups.values():
        values = {figure_value(Claim.model_validate(claims[i])) for i in idx}
        if len(values) < 2:
            continue
        figs = [figures[i] for i in idx]
        spans = [interval(f) for f in figs]
        common = max(s[0] for s in spans if s) <= min(s[1] for s in spans if s)
        f0 = figs[0]
        what = (
            METRIC[f0.metric].label
            + (f" ({f0.item})" if f0.item else "")
            + (f" in {f0.place.name}" if f0.place else "")
        )
        title = f"Do these figures for {what} agree?" if common else f"Which figure for {what}?"
        note = (
            "The article gives this figure in different words; they may agree (a rounded headline)."
            if common
            else "Sentences of the same article give different figures."
        )
        if METRIC[f0.metric].kind == "quantity":
            note += " Two amounts may also be two different seizures."
        item: dict[str, Any] = {"id": _unique(slug(title, "dispute"), taken), "title": title[:300]}
        isos = sorted({f.place.iso3 for f in figs if f.place is not None and f.place.iso3})
        if isos:
            item["countries"] = isos
        item["contested"] = [claims[i]["id"] for i in idx]
        item["positions"] = [
            {"says": _says(f), "claim": claims[i]["id"], "source": SOURCE_ID, "quote": f.source.quote}
            for i, f in zip(idx, figs)
        ]
        item["note"] = note
        item["unreviewed"] = True
        out.append(item)
    return out


def _says(f: Figure) -> str:
    from ..records.vocab import QUALIFIER

    value = "?" if f.value is None else (f"{f.value:g}" if not float(f.value).is_integer() else f"{int(f.value):,}")
    words = (
        QUALIFIER[f.qualifier].words.replace("{n}", value).replace("{upper}", f"{int(f.upper):,}" if f.upper else "?")
    )
    where = f" in {f.place.name}" if f.place else ""
    return f"The article gives {words} {METRIC[f.metric].label}{where}."
