"""The four export formats. Record text is data in every one of them, never markup or a formula."""

from __future__ import annotations

import csv
import io
import json
import tempfile
from pathlib import Path
from typing import Any

from ..geo import boundaries
from ..geo.gazetteer import ResolvedPlace
from ..records.schema import Operation
from .rows import ROW_FIELDS, figure_rows, located
from .sqlite import write_sqlite

FORMATS = {"csv": "text/csv", "json": "application/json", "geojson": "application/geo+json",
           "sqlite": "application/vnd.sqlite3"}

# A spreadsheet runs a cell that starts with one of these as a formula (CSV injection).
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\n", "|", "%")


def neutralise(value: Any) -> Any:
    """Text that a spreadsheet would run as a formula gets a leading apostrophe; numbers pass."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def csv_bytes(records: list[Operation]) -> bytes:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=ROW_FIELDS, lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
    writer.writeheader()
    for row in figure_rows(records):
        writer.writerow({k: ("" if v is None else neutralise(v)) for k, v in row.items()})
    return ("\ufeff" + buf.getvalue()).encode("utf-8")  # the BOM makes spreadsheets read UTF-8


def json_bytes(records: list[Operation]) -> bytes:
    docs = [op.model_dump(mode="json", by_alias=True, exclude_none=True) for op in records]
    return (json.dumps({"operations": docs}, ensure_ascii=False, indent=2, sort_keys=True) + "\n").encode("utf-8")


def _geometry(rp: ResolvedPlace) -> dict[str, Any] | None:
    if rp.precision in ("point", "subdivision") and rp.lat is not None and rp.lon is not None:
        return {"type": "Point", "coordinates": [round(rp.lon, 5), round(rp.lat, 5)]}
    if rp.precision == "country" and rp.iso3:
        shape = boundaries.countries().get(rp.iso3)
        return shape.geometry if shape else None
    return None  # a region, or a country too small for the shipped boundaries: listed, not located


def geojson_bytes(records: list[Operation]) -> bytes:
    """One feature per placed figure. A subdivision is a Point at the ring's anchor (see `anchor`),
    a country its Natural Earth outline, a region a feature without geometry."""
    features = []
    places = {op.id: located(op) for op in records}
    for row in figure_rows(records):
        if row["place_id"] is None:
            continue
        props = {k: v for k, v in row.items() if k not in ("lat", "lon")}
        props["anchor"] = ("the ring's centre, not where the arrests were" if row["precision"] == "subdivision"
                           else None)
        features.append({"type": "Feature", "id": f"{row['operation_id']}/{row['claim_id']}",
                         "geometry": _geometry(places[row["operation_id"]][row["place_id"]]),
                         "properties": props})
    doc = {"type": "FeatureCollection", "features": features}
    return (json.dumps(doc, ensure_ascii=False, sort_keys=True, separators=(",", ":")) + "\n").encode("utf-8")


def sqlite_bytes(records: list[Operation]) -> bytes:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "export.sqlite"
        write_sqlite(records, path)
        return path.read_bytes()


_WRITERS = {"csv": csv_bytes, "json": json_bytes, "geojson": geojson_bytes, "sqlite": sqlite_bytes}


def export_bytes(records: list[Operation], fmt: str) -> bytes:
    if fmt not in _WRITERS:
        raise ValueError(f"unknown format {fmt!r}: use one of {', '.join(_WRITERS)}")
    return _WRITERS[fmt](sorted(records, key=lambda op: op.id))


def write_export(records: list[Operation], fmt: str, out: Path) -> int:
    """Write atomically (a temp file, then rename): a failed export never leaves half a file."""
    data = export_bytes(records, fmt)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(out.name + ".tmp")
    tmp.write_bytes(data)
    tmp.replace(out)
    return len(data)
