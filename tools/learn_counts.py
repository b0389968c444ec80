"""An experiment (issue 10, round 8): can a classifier learned from the labelled articles pick the operation's
totals better than the rules, on sets it was not trained on?

    python tools/learn_counts.py [--sets dev,dev2,...] [--fresh SET] [--no-drafter]

Every number the drafter's number reader finds (`numbers.find_quantities`, sentence by sentence) is a
candidate. Its class is the metric of the labelled total with the same value whose quote holds it, else "none".
Features: the words around it (by position and as a bag), the word after it, the sentence's place in the
article, whether the sentence names a country, the number's size and form, and (unless `--no-drafter`) what the
rules drafted for it (a total of which metric, a country's, a town's). A logistic regression (scikit-learn) is
trained leaving one set out at a time and scored on the left-out set as `bench_draft.py` scores totals: the
(metric, value) pairs. `--fresh SET` trains on every other set and scores SET once.

Needs scikit-learn (not in requirements.txt: an experiment, not part of the product).
"""

from __future__ import annotations

import argparse
import math
import re
import sys
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tools"))

from bench_draft import _pub, labelled  # noqa: E402

from opsatlas.draft import Options, SourceInfo, draft_from_article  # noqa: E402
from opsatlas.draft.country_finder import find_countries  # noqa: E402
from opsatlas.draft.numbers import find_quantities  # noqa: E402
from opsatlas.draft.sentences import split_sentences  # noqa: E402
from opsatlas.draft.text import article_from_bytes  # noqa: E402

ARTICLES = ROOT / "tests/fixtures/articles"
DEV_SETS = (
    "dev dev2 dev3 dev4 dev5 dev6 holdout holdout2 holdout3 holdout4 holdout5 holdout6 holdout7 holdout8 "
    "holdout9 holdout10 holdout11 holdout12 holdout13 holdout14"
).split()
WORD = re.compile(r"[^\W\d_]+|\d[\d.,]*", re.U)


def _value(t: dict[str, Any]) -> float | None:
    v = t.get("count") if t.get("count") is not None else t.get("amount")
    return float(v) if v is not None else None


def candidates(folder: Path, use_drafter: bool) -> tuple[list[dict[str, Any]], set[tuple[str, float]], set[Any]]:
    """One article's candidate numbers (features, gold class, value), its labelled totals, the rules' totals."""
    exp = yaml.safe_load((folder / "expected.yaml").read_text(encoding="utf-8"))
    lang = exp.get("language") or "en"
    info = SourceInfo(url=exp.get("url"), publisher=exp.get("publisher"), published=_pub(exp.get("published")),
                      language=lang, kind=exp.get("kind"))
    result = draft_from_article(article_from_bytes((folder / "article.txt").read_bytes(), folder.name), info, Options())
    text = result.facts.text
    gold_spans: list[tuple[int, int, str, float]] = []
    for t in exp.get("totals") or []:
        v = _value(t)
        if t.get("metric") == "other" or v is None:
            continue
        at = text.find(t.get("quote") or "\0")
        gold_spans.append((at, at + len(t.get("quote") or ""), t["metric"], v))
    drafted = [
        (float(f.value), f.source.start, f.source.end, f"{'tot' if f.place is None else f.place.kind}={f.metric}")
        for f in result.facts.figures
        if f.value is not None
    ]
    rows: list[dict[str, Any]] = []
    sents = split_sentences(text)
    for i, s in enumerate(sents):
        toks = [(m.group(0).lower(), m.start()) for m in WORD.finditer(s.text)]
        has_country = bool(find_countries(s.text))
        for q in find_quantities(s.text, lang):
            a = s.start + q.num_start
            gold = "none"
            for g0, g1, metric, v in gold_spans:
                if v in (q.value, q.upper) and (g0 < 0 or g0 <= a < g1):
                    gold = metric
                    break
            idx = next((k for k, (_, p) in enumerate(toks) if p >= q.num_start), len(toks))
            feats: dict[str, Any] = {
                f"lang={lang}": 1,
                f"sent={min(i, 6)}": 1,
                f"country={has_country}": 1,
                f"mag={min(int(math.log10(q.value)) if q.value >= 1 else -1, 7)}": 1,
                f"year={1900 <= q.value <= 2100 and q.whole and not q.unit}": 1,
                f"unit={q.unit}": 1,
                f"qual={q.qualifier}": 1,
                f"words={q.words}": 1,
            }
            for k in range(1, 5):
                if idx - k >= 0:
                    feats[f"w-{k}={toks[idx - k][0]}"] = 1
                j = idx + k
                if j < len(toks):
                    feats[f"w+{k}={toks[j][0]}"] = 1
            for w, _ in toks[max(0, idx - 10) : idx]:
                feats[f"bag<{w}"] = 1
            for w, _ in toks[idx + 1 : idx + 10]:
                feats[f"bag>{w}"] = 1
            if use_drafter:
                for v, start, end, kind in drafted:
                    if v in (q.value, q.upper) and start <= a < end:
                        feats[f"dr:{kind}"] = 1
            rows.append({"x": feats, "y": gold, "value": q.value})
    lab = labelled(exp)
    rules = {(f.metric, f.value) for f in result.facts.figures if f.place is None and f.value is not None}
    return rows, lab["totals"], rules


def _score(pred: set[Any], gold: set[Any], acc: list[int]) -> None:
    acc[0] += len(pred & gold)
    acc[1] += len(pred - gold)
    acc[2] += len(gold - pred)


def _fmt(acc: list[int]) -> str:
    tp, fp, fn = acc
    p = 100 * tp / (tp + fp) if tp + fp else 0.0
    r = 100 * tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return f"{p:5.1f} / {r:5.1f} (F1 {f:4.1f})"


def main(argv: list[str] | None = None) -> int:
    from sklearn.feature_extraction import DictVectorizer  # type: ignore[import-untyped]
    from sklearn.linear_model import LogisticRegression  # type: ignore[import-untyped]

    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sets", default=",".join(DEV_SETS))
    ap.add_argument("--fresh", default=None, help="train on --sets, score this set once")
    ap.add_argument("--no-drafter", action="store_true")
    ap.add_argument("--threshold", type=float, default=0.5, help="least probability of a metric to draft it")
    args = ap.parse_args(argv)
    sets = args.sets.split(",")
    data: dict[str, list[tuple[list[dict[str, Any]], set[Any], set[Any]]]] = {}
    for name in sets + ([args.fresh] if args.fresh else []):
        data[name] = [candidates(d, not args.no_drafter) for d in sorted((ARTICLES / name).iterdir())
                      if (d / "expected.yaml").is_file()]

    def fit(train_sets: list[str]) -> tuple[Any, Any]:
        rows = [r for s in train_sets for art in data[s] for r in art[0]]
        vec = DictVectorizer()
        x = vec.fit_transform([r["x"] for r in rows])
        model = LogisticRegression(max_iter=2000, C=1.0)
        model.fit(x, [r["y"] for r in rows])
        return vec, model

    def predict(vec: Any, model: Any, art: tuple[list[dict[str, Any]], set[Any], set[Any]]) -> set[Any]:
        rows = art[0]
        if not rows:
            return set()
        probs = model.predict_proba(vec.transform([r["x"] for r in rows]))
        classes = list(model.classes_)
        out = set()
        for r, p in zip(rows, probs):
            best = max((c for c in classes if c != "none"), key=lambda c: p[classes.index(c)])
            if p[classes.index(best)] >= args.threshold:
                out.add((best, r["value"]))
        return out

    print("| set | articles | learned P / R | rules P / R |\n|---|---:|---|---|")
    folds = [args.fresh] if args.fresh else sets
    total_l, total_r = [0, 0, 0], [0, 0, 0]
    for held in folds:
        vec, model = fit([s for s in sets if s != held])
        acc_l, acc_r = [0, 0, 0], [0, 0, 0]
        for art in data[held]:
            _score(predict(vec, model, art), art[1], acc_l)
            _score(art[2], art[1], acc_r)
        for t, a in ((total_l, acc_l), (total_r, acc_r)):
            for k in range(3):
                t[k] += a[k]
        print(f"| {held} | {len(data[held])} | {_fmt(acc_l)} | {_fmt(acc_r)} |")
    print(f"| **all** | {sum(len(data[s]) for s in folds)} | {_fmt(total_l)} | {_fmt(total_r)} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
