"""tools/learn_counts.py (an experiment of round 8): the candidates it learns from carry the labelled classes."""

from __future__ import annotations

import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))

import learn_counts  # noqa: E402

ARTICLE = ROOT / "tests/fixtures/articles/dev/vibora-ap-abcnews"


def test_each_labelled_total_is_the_class_of_a_candidate_and_the_rest_are_none():
    rows, gold, rules = learn_counts.candidates(ARTICLE, use_drafter=True)
    labels = yaml.safe_load((ARTICLE / "expected.yaml").read_text(encoding="utf-8"))
    totals = {(t["metric"], float(t.get("count") or t.get("amount"))) for t in labels["totals"] if t["metric"] != "other"}
    assert gold == totals
    classed = {(r["y"], r["value"]) for r in rows if r["y"] != "none"}
    assert classed == totals  # every labelled total found among the numbers, with its metric
    assert any(r["y"] == "none" for r in rows)  # and numbers that are no total (dates, other counts)
    # what the rules drafted is a feature, and the rules' own totals are returned to compare with
    assert any(k.startswith("dr:tot=") for r in rows for k in r["x"])
    assert rules and all(isinstance(v, float) for _, v in rules)


def test_without_the_rules_no_feature_reads_them():
    rows, _, _ = learn_counts.candidates(ARTICLE, use_drafter=False)
    assert rows and not any(k.startswith("dr:") for r in rows for k in r["x"])
