"""Uploads turned into a record's new text, checked and previewed; nothing is written here.

Three kinds of upload:
- a record file (`.yaml`/`.yml`): taken as written;
- the project's JSON export (`{"operations": [...]}`, or one record object): written as YAML, and
  onto the existing file when the record exists (its comments and layout kept);
- a CSV of claims (the columns of the CSV export) for an existing record: each row updates the
  claim with its `claim_id`, or adds it; claims not in the CSV are kept.

Problems carry the upload's name and its line (the CSV row of a claim), like `validate`'s.
A preview is saved with `service.save(..., action="import")`, which checks everything again.
"""

from __future__ import annotations

import csv
import io
import json
import types
import typing
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from ..exports.writers import _FORMULA_START
from ..records.files import decode
from ..records.problems import Problem
from ..records.schema import Claim, Operation
from ..catalogue.validate import parse_text
from ..records.yamlio import MAX_BYTES
from . import roundtrip
from .auth import Identity, require_editor
from .service import check, open_record, unified_diff

#: Uploads larger than this are refused unread (the limit of a record file).
MAX_UPLOAD_BYTES = MAX_BYTES
#: Rows in a CSV of claims.
MAX_CSV_ROWS = 20_000
KINDS = {".yaml": "yaml", ".yml": "yaml", ".json": "json", ".csv": "csv"}

#: CSV export columns that name a claim's field differently.
CSV_RENAMES = {"claim_id": "id", "place_id": "place", "source_id": "source"}


@dataclass
class ImportPreview:
    """What an upload would change: the record's new text and the diff, or the problems."""

    upload: str
    kind: str
    record_id: str = ""
    text: str = ""
    base_hash: str = ""  # the hash of the file the preview was made from ("" for a new record)
    diff: str = ""
    problems: list[Problem] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems and bool(self.text)


def _problem(upload: str, line: int, path: str, message: str) -> Problem:
    return Problem(upload, line, path, message)


def _list_model(annotation: Any) -> type[BaseModel] | None:
    """The model inside `list[Model]` or `list[Model] | None`, if any."""
    for arg in typing.get_args(annotation) or ():
        inner = _list_model(arg) if isinstance(arg, types.UnionType) or typing.get_origin(arg) is not None else None
        if inner is not None:
            return inner
        if isinstance(arg, type) and issubclass(arg, BaseModel):
            return arg
    return None


def drop_defaults(new: Any, old: Any, model: type[BaseModel]) -> Any:
    """`new` without fields at their schema default that `old` (the file's data) does not write:
    an export lists every default (`qualifier: exact`, `countries: []`); a file usually does not."""
    if not isinstance(new, dict):
        return new
    old = old if isinstance(old, dict) else {}
    out = {}
    for key, value in new.items():
        name = next((n for n, f in model.model_fields.items() if (f.alias or n) == key), key)
        info = model.model_fields.get(name)
        if info is not None and not info.is_required() and key not in old:
            default = info.get_default(call_default_factory=True)
            if value == default or (value == [] and default in (None, [])):
                continue
        if isinstance(value, list) and len(value) == 1 and isinstance(old.get(key), str) and old[key] == value[0]:
            value = old[key]  # `lead_country: ESP` is exported as [ESP]: keep the file's form
        inner = _list_model(info.annotation) if info is not None else None
        if inner is not None and isinstance(value, list):
            olds = old.get(key) if isinstance(old.get(key), list) else []
            by_id = {o.get("id"): o for o in olds if isinstance(o, dict) and "id" in o}
            value = [drop_defaults(v, by_id.get(v.get("id")) if isinstance(v, dict) and "id" in v
                                   else (olds[i] if i < len(olds) else None), inner)
                     for i, v in enumerate(value)]
        elif info is not None and isinstance(value, dict):
            sub = next((a for a in typing.get_args(info.annotation) if isinstance(a, type)
                        and issubclass(a, BaseModel)), info.annotation)
            if isinstance(sub, type) and issubclass(sub, BaseModel):
                value = drop_defaults(value, old.get(key), sub)
        out[key] = value
    return out


def _finish(preview: ImportPreview, folder: Path | None,
            rename_problems: dict[int, int] | None = None) -> ImportPreview:
    """Validate the preview's text as the record's file and fill in its diff."""
    loaded = check(preview.record_id, preview.text, folder)
    if not loaded.ok:
        out = []
        for p in loaded.problems:
            line = p.line
            if rename_problems is not None:
                index = _claim_index(p.path)
                line = rename_problems.get(index, 1) if index is not None else 1
            out.append(Problem(preview.upload, line, p.path, p.message))
        preview.problems = sorted(set(out))
        return preview
    opened = open_record(preview.record_id, folder)
    preview.diff = unified_diff(opened.text, preview.text, opened.path.name)
    if not preview.diff:
        preview.notes.append("the upload holds exactly what the record already holds: importing changes nothing")
    return preview


def _claim_index(path: str) -> int | None:
    if path.startswith("claims["):
        try:
            return int(path[len("claims["):path.index("]")])
        except ValueError:
            return None
    return None


def _yaml(upload: str, text: str, folder: Path | None) -> ImportPreview:
    preview = ImportPreview(upload, "yaml")
    _parsed, record, problems = parse_text(text, upload)
    if record is None:
        preview.problems = problems
        return preview
    preview.record_id = record.id
    preview.text = text if text.endswith("\n") else text + "\n"
    preview.base_hash = open_record(record.id, folder).base_hash
    return _finish(preview, folder)


def _json(upload: str, text: str, folder: Path | None, target: str | None) -> ImportPreview:
    preview = ImportPreview(upload, "json")
    try:
        doc = json.loads(text)
    except json.JSONDecodeError as exc:
        preview.problems = [_problem(upload, exc.lineno, "(json)", f"{exc.msg}: fix the JSON on this line")]
        return preview
    except RecursionError:
        preview.problems = [_problem(upload, 1, "(json)", "nested too deeply to read: a record never needs this")]
        return preview
    records = doc.get("operations") if isinstance(doc, dict) and "operations" in doc else [doc]
    if not isinstance(records, list) or not all(isinstance(r, dict) for r in records) or not records:
        preview.problems = [_problem(upload, 1, "(json)", "not a record: upload the app's JSON export "
                                                          "({\"operations\": [...]}) or one record object")]
        return preview
    ids = [str(r.get("id", "")) for r in records]
    if len(records) > 1:
        if target not in ids:
            preview.problems = [_problem(upload, 1, "operations", f"the file holds {len(records)} records "
                                         f"({', '.join(ids[:10])}): choose which one to import")]
            return preview
        chosen = records[ids.index(target)]
    else:
        chosen = records[0]
    preview.record_id = str(chosen.get("id", ""))
    try:
        opened = open_record(preview.record_id, folder)
    except ValueError as exc:
        preview.problems = [_problem(upload, 1, "id", str(exc))]
        return preview
    preview.base_hash = opened.base_hash
    if opened.text:
        old = roundtrip.plain(opened.text)
        preview.text = roundtrip.render(opened.text, drop_defaults(chosen, old, Operation))
        preview.notes.append(f"updates the existing record {opened.path.name}, keeping its comments and layout")
    else:
        preview.text = roundtrip.new_text(drop_defaults(chosen, {}, Operation))
        preview.notes.append(f"adds a new record, {opened.path.name}")
    return _finish(preview, folder)


def base_types(annotation: Any) -> set[type]:
    """The plain types a field takes: `Annotated[int, ...] | None` -> {int, NoneType}; a Literal: its
    values' types."""
    origin = typing.get_origin(annotation)
    if origin is typing.Annotated:
        return base_types(typing.get_args(annotation)[0])
    if origin is typing.Literal:
        return {type(v) for v in typing.get_args(annotation)}
    if origin in (typing.Union, types.UnionType):
        return set().union(*(base_types(a) for a in typing.get_args(annotation)))
    if origin is not None:
        return {origin}
    return {annotation} if isinstance(annotation, type) else set()


def _cell(model: type[BaseModel], key: str, raw: str) -> Any:
    """A CSV cell as the field's type: whole numbers, numbers, true/false, or text."""
    name = next((n for n, f in model.model_fields.items() if (f.alias or n) == key), key)
    kinds = base_types(model.model_fields[name].annotation)
    text = raw[1:] if raw.startswith("'") and raw[1:2] and raw[1] in _FORMULA_START else raw
    if bool in kinds and text.lower() in ("true", "false"):
        return text.lower() == "true"
    if int in kinds and str not in kinds and float not in kinds:
        if not text.strip().lstrip("-").isdecimal():
            raise ValueError(f"write a whole number (got {text[:20]!r})")
        return int(text)
    if float in kinds and str not in kinds:
        try:
            value = float(text)
        except ValueError:
            raise ValueError(f"write a number (got {text[:20]!r})") from None
        return int(value) if int in kinds and value.is_integer() and text.strip().lstrip("-").isdecimal() else value
    return text


def _csv(upload: str, text: str, folder: Path | None, target: str | None) -> ImportPreview:
    preview = ImportPreview(upload, "csv")
    reader = csv.DictReader(io.StringIO(text.removeprefix("\ufeff"), newline=""))
    columns = reader.fieldnames or []
    fields = {(f.alias or n) for n, f in Claim.model_fields.items()}
    if "claim_id" not in columns and "id" not in columns:
        preview.problems = [_problem(upload, 1, "(header)", "a CSV of claims needs a claim_id column "
                                     "(download the record's CSV from the Data page to start from)")]
        return preview
    # The export's `place` and `source_*` columns are derived; `place_id` and `source_id` are the fields.
    shadowed = {CSV_RENAMES[c] for c in columns if c in CSV_RENAMES}
    used = {c: CSV_RENAMES.get(c, c) for c in columns
            if CSV_RENAMES.get(c, c) in fields and not (c not in CSV_RENAMES and c in shadowed)}
    ignored = [c for c in columns if c not in used and c != "operation_id"]
    if ignored:
        preview.notes.append("columns not used (derived or belonging to other parts of the record): "
                             + ", ".join(ignored[:20]))
    rows: list[tuple[int, dict[str, Any]]] = []
    problems: list[Problem] = []
    ops: set[str] = set()
    for row in reader:
        line = reader.line_num
        if len(rows) >= MAX_CSV_ROWS:
            problems.append(_problem(upload, line, "(file)", f"more than {MAX_CSV_ROWS:,} rows: split the file"))
            break
        if None in row:
            problems.append(_problem(upload, line, "(row)", "more cells than columns: check the quoting"))
            continue
        if row.get("operation_id"):
            ops.add(row["operation_id"])
        claim: dict[str, Any] = {}
        for column, key in used.items():
            raw = (row.get(column) or "")
            if raw == "":
                continue
            try:
                claim[key] = _cell(Claim, key, raw)
            except ValueError as exc:
                problems.append(_problem(upload, line, f"{column}", str(exc)))
        if not claim.get("id"):
            problems.append(_problem(upload, line, "claim_id", "every row needs a claim_id"))
            continue
        rows.append((line, claim))
    record_id = target or (next(iter(ops)) if len(ops) == 1 else "")
    if len(ops) > 1 or (target and ops and ops != {target}):
        problems.append(_problem(upload, 1, "operation_id", "the rows belong to other records "
                                 f"({', '.join(sorted(ops)[:5])}): upload only the chosen record's claims"))
    if problems:
        preview.problems = sorted(set(problems))
        return preview
    try:
        opened = open_record(record_id, folder) if record_id else None
    except ValueError as exc:
        preview.problems = [_problem(upload, 1, "operation_id", str(exc))]
        return preview
    if opened is None or not opened.text:
        preview.problems = [_problem(upload, 1, "operation_id", "a CSV of claims adds to an existing record: "
                                     "choose the record first")]
        return preview
    preview.record_id, preview.base_hash = record_id, opened.base_hash
    data = roundtrip.plain(opened.text)
    claims = list(data.get("claims") or [])
    index = {c.get("id"): i for i, c in enumerate(claims) if isinstance(c, dict)}
    lines: dict[int, int] = {}
    seen: set[str] = set()
    for line, claim in rows:
        if claim["id"] in seen:
            preview.problems.append(_problem(upload, line, "claim_id", f"{claim['id']!r} is on two rows: keep one"))
            continue
        seen.add(claim["id"])
        old = claims[index[claim["id"]]] if claim["id"] in index else {}
        source_dates = {src.get("id"): src.get("date") for src in data.get("sources") or [] if isinstance(src, dict)}
        if "reported_on" not in old and claim.get("reported_on") == source_dates.get(claim.get("source")):
            claim.pop("reported_on", None)  # the export fills it from the source's date
        if claim["id"] in index:
            i = index[claim["id"]]
            claims[i] = drop_defaults(claim, claims[i], Claim)
        else:
            i = len(claims)
            claims.append(drop_defaults(claim, {}, Claim))
        lines[i] = line
    if preview.problems:
        return preview
    data["claims"] = claims
    preview.text = roundtrip.render(opened.text, data)
    return _finish(preview, folder, rename_problems=lines)


def preview_upload(identity: Identity, upload: str, raw: bytes, folder: Path | None = None,
                   target: str | None = None) -> ImportPreview:
    """Check an upload and show what it would change; writes nothing. `target`: the record chosen
    (needed for a CSV of claims, and for a JSON export holding several records)."""
    require_editor(identity)
    name = Path(upload).name or "upload"
    kind = KINDS.get(Path(name).suffix.lower())
    if kind is None:
        return ImportPreview(name, "?", problems=[_problem(name, 1, "(file)", "upload a .yaml record, the app's "
                                                           ".json export, or a .csv of claims")])
    if len(raw) > MAX_UPLOAD_BYTES:
        return ImportPreview(name, kind, problems=[_problem(name, 1, "(file)", f"larger than {MAX_UPLOAD_BYTES:,} "
                                                            "bytes: split the upload")])
    try:
        text = decode(raw)
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        return ImportPreview(name, kind, problems=[_problem(name, line, "(file)", "not UTF-8 text: save the file "
                                                                                  "as UTF-8")])
    if kind == "yaml":
        return _yaml(name, text, folder)
    if kind == "json":
        return _json(name, text, folder, target)
    return _csv(name, text, folder, target)
