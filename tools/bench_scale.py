"""Benchmark: how the package scales with the size of a record and the number of records.

    python tools/bench_scale.py [--figures 5000] [--operations 6,100,1000] [--skip-cold]

Prints figures, never pass or fail. Records come from `tools/synth.py` (real GeoNames towns,
invented figures, `random.Random(42)`) written into a temporary folder and read through
OPSATLAS_DATA_DIR, exactly as a user's folder would be.

- cold: a fresh `python -m opsatlas ...` process, so imports, the YAML parse and the gazetteer
  index (or its cache file) are included; the gazetteer cache folder is the one the package uses,
  so the first cold run may build it (its time is shown apart as "first cold run");
- warm: in this process, after one untimed run: what a long-lived server pays.

The YAML parse (ruamel, pure Python) is timed apart because `records/yamlio.py` owns it.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tools"))

import synth

CACHE_DIR: Path | None = None  # set in main(): a fresh record cache, the gazetteer index copied in


def cold(args: list[str], data_dir: Path | None = None, runs: int = 1) -> list[float]:
    """Wall-clock seconds of `python -m opsatlas ARGS` in fresh processes."""
    env = {**os.environ}
    if CACHE_DIR is not None:
        env["OPSATLAS_CACHE_DIR"] = str(CACHE_DIR)
    if data_dir is not None:
        env["OPSATLAS_DATA_DIR"] = str(data_dir)
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        out = subprocess.run([sys.executable, "-m", "opsatlas", *args], cwd=ROOT, env=env,
                             capture_output=True, text=True, check=False)
        times.append(time.perf_counter() - t0)
        if out.returncode != 0:
            raise SystemExit(f"opsatlas {' '.join(args)} failed ({out.returncode}):\n{out.stderr[-2000:]}")
    return times


def warm(fn: Callable[[], object], runs: int = 3) -> float:
    """Median seconds of `fn()` after one untimed call."""
    fn()
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def line(label: str, seconds: float, extra: str = "") -> None:
    print(f"  {label:<52} {seconds:9.3f} s" + (f"   {extra}" if extra else ""))


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--figures", type=int, default=5000, help="town figures in the large record")
    ap.add_argument("--operations", default="6,100,1000", help="record counts for the export CSV rows")
    ap.add_argument("--skip-cold", action="store_true", help="only the in-process (warm) figures")
    args = ap.parse_args()
    counts = [int(x) for x in args.operations.split(",") if x]

    from opsatlas.exports import export_bytes
    from opsatlas.records.plainyaml import load_plain
    from opsatlas.catalogue.store import RecordStore
    from opsatlas.catalogue.validate import check_bytes, load_file
    from opsatlas.records.yamlio import load_tree
    from opsatlas.summary import summary_text

    global CACHE_DIR
    with tempfile.TemporaryDirectory() as tmp:
        tmpdir = Path(tmp)
        # Cold runs start with no checked records (records.sqlite) but with the gazetteer index,
        # which is built once per machine (about 10 s), not per record.
        from opsatlas.geo import cityindex

        CACHE_DIR = tmpdir / "cache"
        CACHE_DIR.mkdir()
        cityindex.lookup(cityindex.fold("Madrid"), "ES")  # builds the index in the usual folder if missing
        index = cityindex.cache_path()
        if index.exists():
            shutil.copy(index, CACHE_DIR / index.name)
        towns_dir = tmpdir / "towns"
        path = synth.write_towns(towns_dir, args.figures)
        out_csv = str(tmpdir / "out.csv")
        print(f"large record: {args.figures:,} town figures, {path.stat().st_size:,} bytes ({path})")

        if not args.skip_cold:
            print("cold (fresh process, wall clock):")
            first = cold(["validate", str(path)])[0]
            line(f"validate {args.figures:,}-town record, not checked before", first)
            val = cold(["validate", str(path)])[0]
            line(f"validate {args.figures:,}-town record, from the record cache", val)
            summ = cold(["summary", synth.TOWNS_ID], towns_dir)[0]
            line(f"summary {args.figures:,}-town record", summ)
            exp = cold(["export", "--format", "csv", "--out", out_csv], towns_dir)[0]
            line(f"export --format csv {args.figures:,}-town record", exp)
            vib = statistics.median(cold(["summary", "vibora-2025"], runs=3))
            line("summary vibora-2025 (median of 3)", vib, f"large/vibora = {summ / vib:.1f}x")
            six = statistics.median(cold(["validate"], runs=3))
            line("validate the shipped records (median of 3)", six)

        print("warm (in this process, median of 3 after one untimed run):")
        text = path.read_text(encoding="utf-8")
        parse = warm(lambda: load_plain(text), runs=1)
        line("YAML read alone (records/plainyaml.py, libyaml events)", parse)
        rt = warm(lambda: load_tree(text), runs=1)
        line("YAML round-trip parse (records/yamlio.py, for saving only)", rt)
        record = RecordStore(towns_dir).get(synth.TOWNS_ID)
        line("check the file's bytes (parse + schema + references + places)",
             warm(lambda: check_bytes(path, path.read_bytes(), use_cache=False), runs=1))
        line("load_file from the record cache", warm(lambda: load_file(path), runs=3))
        summ_w = warm(lambda: summary_text(record))
        line("summary of the parsed record", summ_w)
        exp_w = warm(lambda: export_bytes([record], "csv"))
        line("export CSV of the parsed record", exp_w)
        vibora = RecordStore().get("vibora-2025")
        vib_w = warm(lambda: summary_text(vibora), runs=5)
        line("summary of vibora-2025", vib_w, f"large/vibora = {summ_w / vib_w:.1f}x")
        shipped = sorted(RecordStore().paths())
        line("validate the shipped records", warm(lambda: [load_file(p) for p in shipped]))

        print("export CSV of many operations (the shipped six, copied under new ids):")
        per_op: dict[int, float] = {}
        for n in counts:
            folder = tmpdir / f"ops{n}"
            synth.write_copies(folder, n)
            if not args.skip_cold:
                secs = cold(["export", "--format", "csv", "--out", out_csv], folder)[0]
                line(f"cold export --format csv, {n:,} operations, not checked before", secs,
                     f"{secs / n * 1000:.1f} ms per operation")
                secs = cold(["export", "--format", "csv", "--out", out_csv], folder)[0]
                line(f"cold export --format csv, {n:,} operations, record cache built", secs,
                     f"{secs / n * 1000:.1f} ms per operation")
            records = list(RecordStore(folder).load_all().records.values())
            secs = warm(lambda records=records: export_bytes(records, "csv"), runs=1)
            per_op[n] = secs / n
            line(f"warm CSV of {n:,} parsed operations", secs, f"{secs / n * 1000:.2f} ms per operation")
        if len(per_op) > 1:
            lo = min(per_op)
            print("  per-operation cost relative to " + f"{lo} operations: "
                  + ", ".join(f"{n}: {per_op[n] / per_op[lo]:.2f}x" for n in sorted(per_op)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
