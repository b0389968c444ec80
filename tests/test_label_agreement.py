"""tools/label_agreement.py: two labellers' facts compared as the benchmark compares the drafter's."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))

import label_agreement  # noqa: E402

sys.path.insert(0, str(ROOT / "tests/fixtures/articles"))
import check_labels  # noqa: E402

ARTICLE = ROOT / "tests/fixtures/articles/dev/karavanke-antena3"


def _row(out: str, kind: str) -> list[str]:
    line = next(ln for ln in out.splitlines() if ln.startswith(f"| {kind} |"))
    return [c.strip() for c in line.strip("|").split("|")]


def _second(tmp_path: Path, change=None) -> Path:
    labels = yaml.safe_load((ARTICLE / "expected.yaml").read_text(encoding="utf-8"))
    if change:
        change(labels)
    folder = tmp_path / "second" / ARTICLE.name
    folder.mkdir(parents=True)
    (folder / "expected.yaml").write_text(yaml.safe_dump(labels, allow_unicode=True), encoding="utf-8")
    return tmp_path / "second"


def test_the_same_labels_agree_fully(tmp_path, capsys):
    assert label_agreement.main([str(_second(tmp_path))]) == 0
    out = capsys.readouterr().out
    for kind in ("totals", "countries", "country roles", "per-country counts", "towns and provinces", "coordinators"):
        row = _row(out, kind)
        assert row[1] == "100.0%", (kind, row)
        assert row[4] == row[5], (kind, row)  # the drafter is as far from one copy as from the other


def test_a_dropped_total_and_a_changed_role_are_disagreements(tmp_path, capsys):
    def change(labels):
        labels["totals"] = [t for t in labels["totals"] if t["metric"] != "seizures"]
        labels["countries"][0]["role"] = "mentioned"
        labels["places"] = [p for p in labels["places"] if p["name"] != "Barcelona"]

    assert label_agreement.main([str(_second(tmp_path, change)), "--misses"]) == 0
    out = capsys.readouterr().out
    totals = _row(out, "totals")
    assert totals[2].startswith("50.0% (1 of 2)") and totals[3].startswith("100.0% (1 of 1)")
    assert _row(out, "country roles")[1] != "100.0%"
    assert _row(out, "towns and provinces")[2].startswith("66.7% (2 of 3)")
    assert _row(out, "countries")[1] == "100.0%"
    assert "[totals] karavanke-antena3: first only: ('seizures', 102.0)" in out
    assert "[country roles] karavanke-antena3: second only: ('ESP', 'mentioned')" in out


def test_no_article_labelled_twice_is_an_error(tmp_path, capsys):
    (tmp_path / "empty").mkdir()
    assert label_agreement.main([str(tmp_path / "empty")]) == 2
    assert "no article labelled twice" in capsys.readouterr().err


SECOND = ROOT / "tests/fixtures/second_labels"
#: Labelled a second time to the round-8 conventions (`../articles/CONVENTIONS.md`): 16 of `holdout14/`.
SECOND_ROUND8 = ROOT / "tests/fixtures/second_labels_round8"


@pytest.mark.parametrize("folder, count", [(SECOND, 50), (SECOND_ROUND8, 16)])
def test_every_second_label_pairs_with_one_article_and_passes_the_label_checker(folder, count):
    seconds = sorted(folder.glob("*/expected.yaml"))
    assert len(seconds) == count  # 20 drawn in round 5, 30 in round 6; 16 of holdout14 in round 8 (README)
    for second in seconds:
        firsts = list((ROOT / "tests/fixtures/articles").glob(f"*/{second.parent.name}/article.txt"))
        assert len(firsts) == 1, second
        # structure, allowed values, and every quote verbatim in the first set's article
        assert check_labels.check_one(second.parent, article=firsts[0]) == [], second
