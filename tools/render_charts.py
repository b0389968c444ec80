"""Render the timeline and the Compare chart to PNG and SVG with vl-convert, to look at them.

    python tools/render_charts.py out/ tantalio-2017 vibora-2025 [--width 340 --width 620] [--compare]

Each chart is drawn as the app builds it (as wide as its container), at each plot width given:
340 px is a 390 px phone, 620 px the map page's left column at 1440 px, 940 px the Compare page.
With --compare, one Compare chart of all the named operations is drawn as well.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import vl_convert

from opsatlas.compare import phases_compare_chart
from opsatlas.catalogue.store import RecordStore
from opsatlas.timeline import phases_chart, with_now


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("out", type=Path)
    ap.add_argument("ids", nargs="+")
    ap.add_argument("--width", type=int, action="append")
    ap.add_argument("--compare", action="store_true")
    args = ap.parse_args()
    store = RecordStore()
    records = [store.get(i) for i in args.ids]
    args.out.mkdir(parents=True, exist_ok=True)
    charts = {op.id: with_now(phases_chart(op, brush=True).to_dict(), None) for op in records}
    if args.compare:
        charts["compare-" + "+".join(args.ids)] = phases_compare_chart(records).to_dict()
    for name, spec in charts.items():
        for width in args.width or [340, 620]:
            sized = {**spec, "width": width}
            (args.out / f"{name}-{width}.png").write_bytes(vl_convert.vegalite_to_png(sized, scale=1))
            (args.out / f"{name}-{width}.svg").write_text(vl_convert.vegalite_to_svg(sized), encoding="utf-8")
            print(args.out / f"{name}-{width}.png")
    return 0


if __name__ == "__main__":
    sys.exit(main())
