"""Snapshot render time per preset: SVG (layout and drawing) and PNG (the same, rasterised), the
best of a few warm runs (the machine is shared: the least disturbed run) of each record, summed.
Run from a checkout: `python tools/bench_snapshots.py [--runs N] [--root /work/main]`; `--root`
measures another checkout, to compare (the issue's budget: no preset more than half slower)."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

#: The checkout measured: this one, or the one named by --root (e.g. /work/main for "before").
ROOT = Path(sys.argv[sys.argv.index("--root") + 1]).resolve() if "--root" in sys.argv else Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

RECORDS = ("vibora-2025", "tantalio-2017", "trojan-shield-2021")


def main() -> int:
    from opsatlas.catalogue.validate import load_file
    from opsatlas.publish import PRESETS, SnapshotOptions, snapshot_bytes
    from opsatlas.publish.snapshot import view_for

    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--root", help="the checkout to measure (default: this one)")
    args = ap.parse_args()
    views = {}
    for rid in RECORDS:
        record = load_file(ROOT / "data" / "operations" / f"{rid}.yaml").record
        for preset in PRESETS:
            options = SnapshotOptions.for_preset(preset)
            views[rid, preset] = (view_for(record, options), options)
    snapshot_bytes(*views[RECORDS[0], "article"], "png")  # warm up: boundaries, fonts, vl-convert
    print(f"{'preset':8} {'svg ms':>8} {'png ms':>8}   (best of {args.runs} per record, summed over {', '.join(RECORDS)})")
    for preset in PRESETS:
        tot = {"svg": 0.0, "png": 0.0}
        for rid in RECORDS:
            view, options = views[rid, preset]
            for fmt in tot:
                times = []
                for _ in range(args.runs):
                    t0 = time.perf_counter()
                    snapshot_bytes(view, options, fmt)
                    times.append(time.perf_counter() - t0)
                tot[fmt] += min(times)
        print(f"{preset:8} {tot['svg'] * 1000:8.0f} {tot['png'] * 1000:8.0f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
