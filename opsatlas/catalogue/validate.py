"""Turn a record file into an `Operation`, or into problems that name file, line and field."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import ValidationError
from pydantic_core import ErrorDetails

from ..geo.gazetteer import ResolvedPlace, remember_places, resolve_places
from ..records.files import FileProblem, decode, read_record_bytes, record_stem
from ..records.plainyaml import Parsed, PlainYAMLError, load_plain
from ..records.problems import Finding, Problem, display_path, dotted
from ..records.references import check_references, unreviewed_items
from ..records.schema import Operation
from ..records.yamlio import MAX_BYTES
from . import cache


@dataclass
class Loaded:
    """A record file after validation: `record` is None when any problem was found."""

    path: Path
    record: Operation | None
    problems: list[Problem] = field(default_factory=list)
    content_hash: str = ""  # SHA-256 of the bytes checked ("" when the file could not be read)
    #: Every place of a valid record, located (None when places were not checked): nothing needs
    #: to resolve them again (the gazetteer's memo is seeded with them).
    places: dict[str, ResolvedPlace] | None = None

    @property
    def ok(self) -> bool:
        return self.record is not None and not self.problems


def _pydantic_message(err: ErrorDetails) -> str:
    kind = err["type"]
    if kind == "extra_forbidden":
        return "unknown field: remove it or check its spelling against data/README.md"
    if kind == "missing":
        return "required field is missing: add it"
    msg = err["msg"].removeprefix("Value error, ")
    if kind == "literal_error":
        msg = msg.replace("Input should be", "use one of")
    given = err.get("input")
    if kind in ("int_type", "float_type") and isinstance(given, bool):
        return "write a number: true and false are not counts"
    if kind in ("int_type", "float_type") and isinstance(given, str):
        return f"write the number without quotes (got the text {given[:20]!r})"
    if kind == "int_type" and isinstance(given, float):
        return f"counts are whole numbers: {given} is not"
    if kind in ("string_type", "int_type", "list_type", "dict_type", "model_type"):
        msg += f" (got {type(err.get('input')).__name__}: quote text values, e.g. 'NO')"
    if kind == "greater_than_equal" and "count" in str(err["loc"][-1:]):
        msg += ": counts are whole numbers of people or things, never negative"
    return msg


def _loc_without_model_tags(loc: tuple[Any, ...]) -> tuple[Any, ...]:
    # Validators on Annotated types can add steps such as 'function-after[...]'; they are no field.
    return tuple(s for s in loc if not (isinstance(s, str) and "[" in s))


def parse_text(text: str, name: str) -> tuple[Parsed | None, Operation | None, list[Problem]]:
    """Parse and schema-check YAML text; `name` is what problems call the file. Returns the parsed
    data with its lines (None when the YAML cannot be read), the record, and the problems."""
    if len(text.encode("utf-8")) > MAX_BYTES:
        return None, None, [Problem(name, 1, "(file)", f"file is larger than {MAX_BYTES:,} bytes: split it or trim it")]
    try:
        parsed = load_plain(text)
    except PlainYAMLError as exc:
        advice = ": fix the YAML syntax on this line" if exc.syntax else ""
        return None, None, [Problem(name, exc.line, "(yaml)", f"{exc.message}{advice}")]
    if not isinstance(parsed.data, dict):
        return parsed, None, [Problem(name, 1, "(record)", "a record is a mapping of fields (id:, name:, ...): "
                                                           "see data/operations/vibora-2025.yaml")]
    try:
        record = Operation.model_validate(parsed.data)
    except ValidationError as exc:
        problems = []
        for err in exc.errors():
            loc = _loc_without_model_tags(tuple(err["loc"]))
            problems.append(Problem(name, parsed.line_of(loc), dotted(loc), _pydantic_message(err)))
        return parsed, None, sorted(set(problems))
    return parsed, record, []


def findings_to_problems(parsed: Parsed | None, name: str, findings: list[Finding]) -> list[Problem]:
    return sorted({Problem(name, parsed.line_of(f.loc) if parsed is not None else 1, dotted(f.loc), f.message)
                   for f in findings})


def load_file(path: Path, check_places: bool = True, folder: Path | None = None) -> Loaded:
    """Read, parse and check one record file; never raises for bad content.

    With `folder`, the file must lie inside it (links that leave it are refused). Results for
    bytes checked before come from the record cache (`cache.py`)."""
    name = display_path(path)
    try:
        raw = read_record_bytes(path, folder)
    except FileProblem as exc:
        return Loaded(path, None, [Problem(name, 1, "(file)", f"{path.name} {exc}")])
    return check_bytes(path, raw, check_places)


def draft_notes(item: Loaded) -> list[Problem]:
    """For a valid draft: one line per unreviewed item (FILE:LINE: field: ... is unreviewed)."""
    if item.record is None or not item.record.is_draft:
        return []
    items = unreviewed_items(item.record)
    name = display_path(item.path)
    try:
        parsed = load_plain(decode(read_record_bytes(item.path)))
    except (FileProblem, PlainYAMLError, UnicodeDecodeError):
        parsed = None
    return findings_to_problems(parsed, name, [Finding(loc, f"draft: {what}") for loc, what in items])


def check_bytes(path: Path, raw: bytes, check_places: bool = True, use_cache: bool = True) -> Loaded:
    """Check a record file's bytes (already read); never raises for bad content."""
    name = display_path(path)
    content_hash = hashlib.sha256(raw).hexdigest()
    use_cache = use_cache and check_places
    if use_cache:
        hit = cache.get(content_hash, name)
        if hit is not None:
            record, problems, places = hit
            if record is not None and places is not None:
                remember_places(record, places)
            return Loaded(path, record, problems, content_hash, places)
    places = None
    try:
        record, problems, places = _check(path, name, raw, check_places)
    except RecursionError:
        record, problems = None, [Problem(name, 1, "(file)", "nested too deeply to read: flatten the record")]
    if use_cache:
        cache.put(content_hash, name, record, problems, places)
    return Loaded(path, record, problems, content_hash, places)


def _check(path: Path, name: str, raw: bytes,
           check_places: bool) -> tuple[Operation | None, list[Problem], dict[str, ResolvedPlace] | None]:
    try:
        text = decode(raw)
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        return None, [Problem(name, line, "(file)", "not UTF-8 text: save the file as UTF-8")], None
    tree, record, problems = parse_text(text, name)
    if record is None:
        return None, problems, None
    findings = check_references(record)
    stem = record_stem(path)
    if record.id != stem:
        findings.append(Finding(("id",), f"id {record.id!r} does not match the file name {path.name!r}: "
                                         f"rename the file to {record.id}.yaml or change the id"))
    places = None
    if check_places and not findings:  # geography only once references hold
        places, place_findings = resolve_places(record)
        findings += place_findings
    problems = findings_to_problems(tree, name, findings)
    return (None, problems, None) if problems else (record, problems, places)
