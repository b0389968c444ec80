"""Benchmark the article drafter against hand-labelled articles.

    python tools/bench_draft.py DIR [--numbers rules|text2num] [--countries rules|names-only|cc|geonames]
                                    [--dates rules|dateparser] [--sentences rules|spacy] [--per-article]

DIR holds one folder per article with `article.txt` and `expected.yaml` (the labels, written by hand
before the extractor ran on them; format in the evaluation set's README). For each kind of fact it
prints precision (how many drafted facts are in the labels) and recall (how many labelled facts
were drafted), and the time per article. Figures the schema cannot hold (`metric: other` in the
labels: charges, warrants, officers deployed) are not counted: the drafter leaves them out on purpose.
Matching rules, per kind:
- name: the operation's name, case and accents ignored, without "Operation"; null must stay null;
- totals: (metric, number) of figures for the whole operation;
- countries: ISO codes; roles: (ISO code, role); per-country counts: (ISO code, metric, number);
- towns and provinces: the labelled name (or the drafted spelling as written) and the country;
- dates: every partial date (a span counts as its two ends);
- coordinators: bodies by name (one name inside the other, the same acronym, or most words shared), one to one;
- quotes verbatim: every drafted quote is an exact substring of the article (precision), and every
  labelled figure that was matched has a drafted quote overlapping the labelled one (recall).
"""

from __future__ import annotations

import argparse
import re
import statistics
import sys
import time
import unicodedata
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from opsatlas.draft import Options, SourceInfo, draft_from_article, draft_from_bytes  # noqa: E402
from opsatlas.draft.text import article_from_bytes  # noqa: E402

KINDS = (
    "name",
    "crime type",
    "lead country",
    "totals",
    "countries",
    "country roles",
    "per-country counts",
    "towns and provinces",
    "dates",
    "coordinators",
    "quotes verbatim",
    "quotes agreeing with the label",
)


def fold(text: str) -> str:
    t = unicodedata.normalize("NFKD", str(text)).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", " ", t).strip()


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    misses: list[str] = field(default_factory=list)

    def add(self, mine: set[Any], expected: set[Any], where: str) -> None:
        self.tp += len(mine & expected)
        self.fp += len(mine - expected)
        self.fn += len(expected - mine)
        self.misses += [f"{where}: missed {x}" for x in sorted(map(str, expected - mine))]
        self.misses += [f"{where}: extra {x}" for x in sorted(map(str, mine - expected))]

    @property
    def precision(self) -> float | None:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def recall(self) -> float | None:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None


def _value(fig: dict[str, Any]) -> float | None:
    v = fig.get("count") if fig.get("count") is not None else fig.get("amount")
    return float(v) if v is not None else None


def _pub(value: Any) -> str | None:
    if value is None:
        return None
    return value.isoformat() if isinstance(value, date) else str(value)


def _dates(values: list[Any]) -> set[str]:
    out: set[str] = set()
    for v in values:
        if v is None:
            continue
        for part in str(_pub(v)).split("/"):
            out.add(part)
    return out


#: Words that say nothing of which body a name is: shared, they do not pair two names.
_BODY_STOPWORDS = frozenset({"of", "de", "the", "la", "el", "del", "and", "y", "e", "in", "en", "for", "para", "s", "d"})


def _body_words(name: str) -> tuple[set[str], set[str]]:
    """A body's name as its words (country names and demonyms left out) and the countries it names, its
    agencies' countries included ("Federal Bureau of Investigation": USA); a shared force name ("Policía
    Nacional") names none."""
    from opsatlas.draft.countries import SHARED_FORCE_NAMES
    from opsatlas.draft.country_finder import find_countries

    found = [c for c in find_countries(name, shared_forces=False) if c.text not in SHARED_FORCE_NAMES]
    for c in found:
        if c.via in ("name", "demonym"):
            name = name[: c.start] + " " * (c.end - c.start) + name[c.end :]
    return set(fold(name).split()) - _BODY_STOPWORDS, {c.iso3 for c in found}


#: An acronym alone in brackets: "(EAPCCO)" (not "(ECI / joint investigation team)").
_BRACKETED_ACRONYM = re.compile(r"\(([A-ZÁÉÍÓÚŚ][A-ZÁÉÍÓÚŚ0-9]+)\)")


def _acronym_form(name: str) -> str:
    """ "J-CAT" and "JCAT" are one acronym: the hyphen between capitals goes."""
    return re.sub(r"(?<=[A-Z])-(?=[A-Z])", "", name)


def _same_body(a: str, b: str) -> bool:
    """One name inside the other, the same acronym, or the shorter name's words shared (more than half, and
    two at least; or all, where both name the same country: "Korean police", "Korean National Police
    Agency"); never two names of different countries ("Policía Nacional de Colombia", "Policía Nacional del
    Ecuador"; the FBI and India's Central Bureau of Investigation) nor two with different acronyms in brackets
    ("… Police Chiefs Cooperation Organisation (EAPCCO)" and "(SARPCCO)")."""
    fa, fb = fold(_acronym_form(a)), fold(_acronym_form(b))
    if not fa or not fb:
        return False
    (wa, ca), (wb, cb) = _body_words(a), _body_words(b)
    if ca and cb and not ca & cb:
        return False
    ka, kb = set(_BRACKETED_ACRONYM.findall(_acronym_form(a))), set(_BRACKETED_ACRONYM.findall(_acronym_form(b)))
    if ka and kb and not ka & kb:
        return False
    if fa in fb or fb in fa:
        return True
    acr = lambda s: "".join(w[0] for w in s.split() if w not in ("of", "de", "the", "la", "del", "and", "y"))  # noqa: E731
    if acr(fa) == fb.replace(" ", "") or acr(fb) == fa.replace(" ", ""):
        return True
    shared, fewer = len(wa & wb), min(len(wa), len(wb))
    return (shared >= 2 and 2 * shared > fewer) or bool(ca & cb and shared >= 1 and shared == fewer)


def _overlap(a: str, b: str) -> bool:
    return (
        a in b
        or b in a
        or bool(
            set(re.findall(r"\w{4,}", a.lower())) & set(re.findall(r"\w{4,}", b.lower()))
            and (
                len(set(re.findall(r"\w+", a.lower())) & set(re.findall(r"\w+", b.lower())))
                >= min(4, len(re.findall(r"\w+", b)))
            )
        )
    )


_OPERATION_WORD = re.compile(r"^(?:operation|operacion|operación)\s+", re.I)


def folded_name(name: Any) -> str | None:
    return fold(_OPERATION_WORD.sub("", str(name))) if name else None


def labelled(exp: dict[str, Any]) -> dict[str, set[Any]]:
    """One article's labels, per kind of fact, as the benchmark compares them (the drafter's side is built
    the same way in `score_article`; `tools/label_agreement.py` compares two labellers with it)."""
    op = exp.get("operation") or {}
    lead = op.get("lead_country") or []
    return {
        "name": {folded_name(op.get("name"))} - {None},
        "crime type": {op.get("crime_type")} - {None},
        "lead country": set([lead] if isinstance(lead, str) else lead),
        "totals": {
            (t["metric"], _value(t))
            for t in exp.get("totals") or []
            if t.get("metric") != "other" and _value(t) is not None
        },
        "countries": {c["iso3"] for c in exp.get("countries") or []},
        "country roles": {(c["iso3"], c["role"]) for c in exp.get("countries") or []},
        "per-country counts": {
            (c["iso3"], c["metric"], _value(c))
            for c in exp.get("country_figures") or []
            if c.get("metric") != "other" and _value(c) is not None
        },
        "towns and provinces": {(fold(p["name"]), p.get("iso3")) for p in exp.get("places") or []},
        "dates": _dates([d.get("value") for d in exp.get("dates") or []]),
        "coordinators": {c["body"] for c in exp.get("coordinators") or [] if c.get("body")},
    }


def _body_pairs(mine: set[str], expected: set[str]) -> dict[str, str]:
    """Each labelled body paired with at most one drafted body and each drafted body with at most one label
    (as many pairs as can be made): one drafted "Policía Nacional" is not both Spain's and Peru's, and a body
    drafted twice ("Korean police", "Korean National Police Agency") pairs once."""
    def closeness(e: str, m: str) -> tuple[int, str]:  # the same name first, then one inside the other
        fe, fm = fold(_acronym_form(e)), fold(_acronym_form(m))
        return (0 if fe == fm else 1 if fe in fm or fm in fe else 2, m)

    options = {
        e: sorted((m for m in mine if _same_body(e, m)), key=lambda m: closeness(e, m)) for e in sorted(expected)
    }
    pair: dict[str, str] = {}  # drafted -> labelled

    def place(e: str, seen: set[str]) -> bool:
        for m in options[e]:
            if m in seen:
                continue
            seen.add(m)
            if m not in pair or place(pair[m], seen):
                pair[m] = e
                return True
        return False

    for e in options:
        place(e, set())
    return {e: m for m, e in pair.items()}


def score_bodies(score: Score, mine: set[str], expected: set[str], where: str) -> None:
    """Bodies match by name (one name inside the other, the same acronym, most words shared), one to one."""
    pairs = _body_pairs(mine, expected)
    matched_exp, matched_my = set(pairs), set(pairs.values())
    score.tp += len(matched_exp)
    score.fn += len(expected - matched_exp)
    score.fp += len(mine - matched_my)
    score.misses += [f"{where}: missed body {b}" for b in sorted(expected - matched_exp)]
    score.misses += [f"{where}: extra body {b}" for b in sorted(mine - matched_my)]


def match_places(mine: list[tuple[set[str], str, Any]], expected: set[tuple[str, Any]]) -> set[tuple[str, Any]]:
    """Each place (its spellings, the one to show, its country) as the label it matches: an exact name first,
    then one name inside the other, in a fixed order so that every run scores the same; unmatched, as shown."""
    out: set[tuple[str, Any]] = set()
    for names, shown, iso3 in mine:
        hit = next((e for e in sorted(expected, key=str) if e[1] == iso3 and e[0] in names), None) or next(
            (e for e in sorted(expected, key=str) if e[1] == iso3 and any(e[0] in n or n in e[0] for n in names)),
            None,
        )
        out.add(hit or (shown, iso3))
    return out


def score_article(folder: Path, options: Options, scores: dict[str, Score], labels: Path | None = None) -> float:
    """Draft `folder`/article.txt, score it against `labels` (default `folder`/expected.yaml) into `scores`,
    and return the time the draft took."""
    exp = yaml.safe_load((labels or folder / "expected.yaml").read_text(encoding="utf-8"))
    raw = (folder / "article.txt").read_bytes()
    text = raw.decode("utf-8")
    info = SourceInfo(
        url=exp.get("url"),
        publisher=exp.get("publisher"),
        published=_pub(exp.get("published")),
        language=exp.get("language") or "en",
        kind=exp.get("kind"),
    )
    t0 = time.perf_counter()
    result = draft_from_article(article_from_bytes(raw, folder.name), info, options)
    elapsed = time.perf_counter() - t0
    facts = result.facts
    where = folder.name
    lab = labelled(exp)

    scores["name"].add({folded_name(facts.name)} - {None}, lab["name"], where)
    scores["crime type"].add({facts.crime_type}, lab["crime type"], where)
    scores["lead country"].add(set(facts.lead), lab["lead country"], where)
    scores["totals"].add(
        {(f.metric, f.value) for f in facts.figures if f.place is None and f.value is not None}, lab["totals"], where
    )
    scores["countries"].add({c.iso3 for c in facts.countries}, lab["countries"], where)
    scores["country roles"].add({(c.iso3, c.role) for c in facts.countries}, lab["country roles"], where)
    my_cf = {
        (f.place.iso3, f.metric, f.value)
        for f in facts.figures
        if f.place is not None and f.place.kind == "country" and f.value is not None
    }
    scores["per-country counts"].add(my_cf, lab["per-country counts"], where)
    my_places = [
        ({fold(p.name), fold(p.as_written or p.name)}, fold(p.as_written or p.name), p.iso3)
        for p in [f.place for f in facts.figures] + [pf.place for pf in facts.places]
        if p is not None and p.kind in ("town", "province")
    ]
    scores["towns and provinces"].add(match_places(my_places, lab["towns and provinces"]), lab["towns and provinces"], where)
    scores["dates"].add(_dates([d.value for d in facts.dates]), lab["dates"], where)
    score_bodies(scores["coordinators"], {c.body for c in facts.coordinators}, lab["coordinators"], where)

    # quotes: every drafted quote verbatim; each matched labelled figure quoted where the label quotes it
    q = scores["quotes verbatim"]
    quotes = (
        [f.source.quote for f in facts.figures]
        + [c.source.quote for c in facts.countries]
        + [c.source.quote for c in facts.coordinators]
    )
    for quote in quotes:
        if quote in text:
            q.tp += 1
        else:
            q.fp += 1
            q.misses.append(f"{where}: quote not verbatim: {quote[:60]!r}")
    labelled_figures = [
        (t["metric"], _value(t), None, t["quote"])
        for t in exp.get("totals") or []
        if t.get("metric") != "other" and _value(t) is not None
    ] + [
        (c["metric"], _value(c), c["iso3"], c["quote"])
        for c in exp.get("country_figures") or []
        if c.get("metric") != "other" and _value(c) is not None
    ]
    agree = scores["quotes agreeing with the label"]
    for metric, value, iso3, quote in labelled_figures:
        mine = [
            f
            for f in facts.figures
            if f.metric == metric
            and f.value == value
            and (f.place.iso3 if f.place and f.place.kind == "country" else None) == iso3
        ]
        if not mine:
            continue  # a missed figure is counted under totals or per-country counts
        if any(_overlap(f.source.quote, quote) for f in mine):
            agree.tp += 1
        else:
            agree.fn += 1
            agree.misses.append(f"{where}: quote differs for {metric} {value}")
    return elapsed


def fmt(x: float | None) -> str:
    return "   –  " if x is None else f"{100 * x:5.1f}%"


def run(folder: Path, options: Options, per_article: bool = False, show_misses: bool = False) -> dict[str, Score]:
    dirs = sorted(p for p in folder.iterdir() if (p / "expected.yaml").is_file() and (p / "article.txt").is_file())
    if not dirs:
        print(f"no article folders (article.txt + expected.yaml) in {folder}", file=sys.stderr)
        raise SystemExit(2)
    scores = {k: Score() for k in KINDS}
    # warm the caches (the town index, the country patterns) once, as a running app would be
    warm_start = time.perf_counter()
    draft_from_article(
        article_from_bytes(b"Police in Spain arrested 3 people in Madrid on Friday.", "warm"),
        SourceInfo(published="2025-06-06"),
        options,
    )
    warm = time.perf_counter() - warm_start
    times = []
    for d in dirs:
        times.append(score_article(d, options, scores))
        if per_article:
            print(f"  {d.name}: {times[-1] * 1000:.0f} ms", file=sys.stderr)
    print(f"{len(dirs)} articles in {folder}; options: {options}")
    print("| kind of fact | precision | recall | drafted right | drafted | labelled |")
    print("|---|---:|---:|---:|---:|---:|")
    for k in KINDS:
        sc = scores[k]
        drafted = "–" if k == "quotes agreeing with the label" else sc.tp + sc.fp
        labelled = "–" if k == "quotes verbatim" else sc.tp + sc.fn
        precision = fmt(None) if k == "quotes agreeing with the label" else fmt(sc.precision)
        recall = fmt(None) if k == "quotes verbatim" else fmt(sc.recall)
        print(f"| {k} | {precision} | {recall} | {sc.tp} | {drafted} | {labelled} |")
    print(
        f"\ntime per article: mean {statistics.mean(times) * 1000:.0f} ms, max {max(times) * 1000:.0f} ms "
        f"(one core, caches warm; first call in the process {warm * 1000:.0f} ms)"
    )
    big = b"Spanish police arrested 12 people in Madrid. " * 22_000  # about 1 MB: read up to the cut, with a note
    t0 = time.perf_counter()
    draft_from_bytes(big, SourceInfo())
    print(f"a 1 MB article (cut with a note): {time.perf_counter() - t0:.2f} s")
    if show_misses:
        for k in KINDS:
            for m in scores[k].misses:
                print(f"  [{k}] {m}")
    return scores


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("dir", type=Path)
    p.add_argument("--numbers", default="rules", choices=["rules", "text2num"])
    p.add_argument("--countries", default="rules", choices=["rules", "names-only", "cc", "geonames", "spacy"])
    p.add_argument("--dates", default="rules", choices=["rules", "dateparser"])
    p.add_argument("--sentences", default="rules", choices=["rules", "spacy"])
    p.add_argument("--per-article", action="store_true", help="print each article's time")
    p.add_argument("--misses", action="store_true", help="list every missed and extra fact")
    a = p.parse_args(argv)
    run(a.dir, Options(a.numbers, a.countries, a.dates, a.sentences), a.per_article, a.misses)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
