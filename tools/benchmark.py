"""Benchmark: server-side time of the main page against a bare Streamlit page, map bytes, and one
replay step (time and bytes).

    python tools/benchmark.py [--runs 15]

Both pages run through Streamlit's AppTest (the script run on the server, no browser). The first
run of each is reported apart (cold: imports, loading and caching the records); the ratio uses the
median of the warm runs. Bytes are the deck JSON that st.pydeck_chart sends, plus the boundaries
file the browser fetches once from static/ (and then caches).

How the package scales with record size and record count: tools/bench_scale.py.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def _time_runs(script: str, runs: int, query: dict[str, str] | None = None) -> tuple[float, list[float]]:
    from streamlit.testing.v1 import AppTest

    at = AppTest.from_file(script, default_timeout=120)
    for key, value in (query or {}).items():
        at.query_params[key] = value
    t0 = time.perf_counter()
    at.run()
    cold = time.perf_counter() - t0
    if at.exception:
        raise SystemExit(f"{script} raised: {at.exception}")
    warm = []
    for _ in range(runs):
        t0 = time.perf_counter()
        at.run()
        warm.append(time.perf_counter() - t0)
    return cold, warm


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=15)
    args = ap.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        bare = Path(tmp) / "bare.py"
        bare.write_text("import streamlit as st\nst.title('Bare page')\nst.write('hello')\n", encoding="utf-8")
        bare_cold, bare_warm = _time_runs(str(bare), args.runs)
    main_cold, main_warm = _time_runs(str(ROOT / "pages" / "map.py"), args.runs)

    from opsatlas.geo.boundaries import BOUNDARIES_FILE
    from opsatlas.maps import build_deck
    from opsatlas.catalogue.store import RecordStore
    from opsatlas.view import build_view

    view = build_view(RecordStore().get("vibora-2025"))
    world = len(build_deck(view).to_json().encode())
    close = len(build_deck(view, focus="ESP", width=300, height=320).to_json().encode())
    base = BOUNDARIES_FILE.stat().st_size

    # One replay step: what the fragment does for a new step (a view for that day, both decks, the
    # timeline spec, the table), without Streamlit, cold (first time for that day) per step.
    import json as _json

    from opsatlas.explore import replay_steps
    from opsatlas.frames import countries_table
    from opsatlas.reconcile import Window
    from opsatlas.timeline import phases_chart, with_now

    record = view.record
    step_times, step_bytes = [], []
    base_spec = phases_chart(record, brush=True).to_dict()  # built once per record, as the app does
    for step in replay_steps(record):
        t0 = time.perf_counter()
        v = build_view(record, None, None, Window(None, step.day))
        w = build_deck(v).to_json()
        c = build_deck(v, focus="ESP", width=300, height=320).to_json()
        spec = _json.dumps(with_now(base_spec, step.day))
        table = countries_table(v).to_json()
        step_times.append(time.perf_counter() - t0)
        step_bytes.append(len(w) + len(c) + len(spec) + len(table))
    _, step_warm = _time_runs(str(ROOT / "pages" / "map.py"), args.runs,
                                      {"op": "vibora-2025", "step": "2025-05-31"})

    # Snapshots: cold is the first render in this process (boundaries loaded, vl-convert started).
    from opsatlas.publish import SnapshotOptions, snapshot_bytes

    options = SnapshotOptions()
    snap: dict[str, tuple[float, list[float], int]] = {}
    for fmt in ("svg", "png", "html", "pdf"):
        t0 = time.perf_counter()
        data = snapshot_bytes(view, options, fmt)
        cold = time.perf_counter() - t0
        warm = []
        for _ in range(5):
            t0 = time.perf_counter()
            snapshot_bytes(view, options, fmt)
            warm.append(time.perf_counter() - t0)
        snap[fmt] = (cold, warm, len(data))

    bm, mm = statistics.median(bare_warm), statistics.median(main_warm)
    print(f"runs per page (warm): {args.runs}")
    print(f"bare page   cold {bare_cold * 1000:8.1f} ms   warm median {bm * 1000:7.1f} ms")
    print(f"main page   cold {main_cold * 1000:8.1f} ms   warm median {mm * 1000:7.1f} ms "
          f"(min {min(main_warm) * 1000:.1f}, max {max(main_warm) * 1000:.1f})")
    print(f"ratio main/bare (warm medians): {mm / bm:.1f}x")
    print(f"map bytes per run: world deck {world:,} + close-up deck {close:,} = {world + close:,}")
    print(f"boundaries fetched once from static/: {base:,} bytes")
    print(f"replay: {len(step_times)} steps for vibora-2025; one step builds in median "
          f"{statistics.median(step_times) * 1000:.1f} ms (max {max(step_times) * 1000:.1f}) and sends about "
          f"{statistics.median(step_bytes):,.0f} bytes (map decks, timeline spec, table)")
    for fmt, (cold, warm, size) in snap.items():
        print(f"snapshot {fmt:4} 1600x900: {size:,} bytes; cold {cold * 1000:.0f} ms, warm median "
              f"{statistics.median(warm) * 1000:.0f} ms")
    print(f"page run with a replay step (cached views): warm median {statistics.median(step_warm) * 1000:.1f} ms, "
          f"{statistics.median(step_warm) / bm:.1f}x the bare page")
    return 0


if __name__ == "__main__":
    sys.exit(main())
