"""How far two labellers agree, and how far the drafter is from each of them.

    python tools/label_agreement.py SECOND [--first ROOT] [--misses]

SECOND holds one folder per article (`<slug>/expected.yaml`), labelled by a second labeller who never saw
the first labels; the first labels are found under ROOT (default `tests/fixtures/articles`) as
`<set>/<slug>/expected.yaml`. Facts are compared as `bench_draft.py` compares the drafter with the labels
(the same sets, built by `bench_draft.labelled`). For each kind of fact it prints the agreement between
the labellers (F1: 2·both / (first + second)), then the drafter's F1 against the first and against the
second labeller on the same articles: a drafter that disagrees with a label about as often as the two
labellers disagree with each other has reached what the labels can measure.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench_draft import KINDS, Score, fmt, labelled, match_places, score_article, score_bodies  # noqa: E402

from opsatlas.draft import Options  # noqa: E402

COMPARED = [k for k in KINDS if not k.startswith("quotes")]


def f1(s: Score) -> float | None:
    both = 2 * s.tp
    return both / (both + s.fp + s.fn) if both + s.fp + s.fn else None


def compare(first: dict, second: dict, where: str, scores: dict[str, Score]) -> None:
    """Score the second labeller's facts against the first's, kind by kind."""
    a, b = labelled(first), labelled(second)
    for kind in COMPARED:
        if kind == "coordinators":
            score_bodies(scores[kind], b[kind], a[kind], where)
        elif kind == "towns and provinces":
            mine = [({name}, name, iso3) for name, iso3 in b[kind]]
            scores[kind].add(match_places(mine, a[kind]), a[kind], where)
        else:
            scores[kind].add(b[kind], a[kind], where)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("second", type=Path)
    p.add_argument("--first", type=Path, default=Path(__file__).resolve().parent.parent / "tests/fixtures/articles")
    p.add_argument("--misses", action="store_true", help="list every fact the labellers disagree on")
    a = p.parse_args(argv)
    pairs = []
    for second in sorted(a.second.glob("*/expected.yaml")):
        slug = second.parent.name
        firsts = sorted(a.first.glob(f"*/{slug}/expected.yaml"))
        if len(firsts) != 1:
            print(f"{slug}: {len(firsts)} first labels under {a.first}; skipped", file=sys.stderr)
            continue
        pairs.append((firsts[0], second))
    if not pairs:
        print(f"no article labelled twice in {a.second}", file=sys.stderr)
        return 2
    between = {k: Score() for k in KINDS}
    vs_first = {k: Score() for k in KINDS}
    vs_second = {k: Score() for k in KINDS}
    for first, second in pairs:
        where = first.parent.name
        compare(
            yaml.safe_load(first.read_text(encoding="utf-8")), yaml.safe_load(second.read_text(encoding="utf-8")),
            where, between,
        )
        score_article(first.parent, Options(), vs_first, labels=first)
        score_article(first.parent, Options(), vs_second, labels=second)
    print(f"{len(pairs)} articles labelled twice (second labels in {a.second})")
    print("| kind of fact | labellers agree (F1) | first's facts the second found | second's facts the first has "
          "| drafter vs first (F1) | drafter vs second (F1) |")
    print("|---|---:|---:|---:|---:|---:|")
    for k in COMPARED:
        s = between[k]
        print(f"| {k} | {fmt(f1(s))} | {fmt(s.recall)} ({s.tp} of {s.tp + s.fn}) | {fmt(s.precision)} "
              f"({s.tp} of {s.tp + s.fp}) | {fmt(f1(vs_first[k]))} | {fmt(f1(vs_second[k]))} |")
    if a.misses:
        for k in COMPARED:
            for m in between[k].misses:
                print(f"  [{k}] {m.replace('missed', 'first only:').replace('extra', 'second only:')}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
