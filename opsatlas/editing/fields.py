"""What the editor's forms show, read from the schema itself (pydantic fields, Literal choices).

A field added to `records/schema.py` appears in the forms with its choices, with no copy of them
here: `specs(Model)` describes every field of a model, `skeleton(Model)` is a new item with its
required fields present (empty where only a person can fill them in), and `from_form` turns a
form's text back into the value the record holds. Fields whose type carries `schema.RefersTo`
(a claim's `source`, a link's `from`, ...) are choosers of the ids the record holds in that
section (`reference_options`).
"""

from __future__ import annotations

import re
import types
import typing
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel

from ..records.schema import Operation, RefersTo


@dataclass(frozen=True)
class FieldSpec:
    name: str  # the Python attribute
    key: str  # the key written in YAML (the alias, e.g. `from`)
    kind: str  # choice, choices, ref, refs, int, float, number, bool, text, longtext, list, lines, codes, models
    required: bool
    choices: tuple[Any, ...] = ()
    model: type[BaseModel] | None = None  # for kind "models": the item model
    default: Any = None
    refers: str = ""  # for kinds "ref" (one id) and "refs" (a list of ids): the section the ids are in


def _refers(annotation: Any, metadata: list[Any] | None = None) -> tuple[str, bool] | None:
    """(section, is a list) when the field's type is marked `RefersTo`, wherever the mark sits
    (on the field, inside `X | None`, or on a list's items)."""
    for meta in metadata or []:
        if isinstance(meta, RefersTo):
            return meta.section, False
    origin = typing.get_origin(annotation)
    if origin is typing.Annotated:
        args = typing.get_args(annotation)
        return _refers(args[0], list(args[1:]))
    if origin in (typing.Union, types.UnionType):
        found = [r for a in typing.get_args(annotation) if a is not type(None) and (r := _refers(a)) is not None]
        return found[0] if len(found) == 1 else None
    if origin is list:
        inner = _refers(typing.get_args(annotation)[0])
        return (inner[0], True) if inner is not None and not inner[1] else None
    return None


def _unwrap(annotation: Any) -> list[Any]:
    """The alternatives of a field's type, without None and Annotated wrappers."""
    origin = typing.get_origin(annotation)
    if origin is typing.Annotated:
        return _unwrap(typing.get_args(annotation)[0])
    if origin in (typing.Union, types.UnionType):
        return [alt for a in typing.get_args(annotation) if a is not type(None) for alt in _unwrap(a)]
    return [annotation]


def _max_length(annotation: Any) -> int | None:
    if typing.get_origin(annotation) is typing.Annotated:
        for meta in typing.get_args(annotation)[1:]:
            for item in [meta, *getattr(meta, "metadata", [])]:
                value = getattr(item, "max_length", None)
                if isinstance(value, int):
                    return value
        return _max_length(typing.get_args(annotation)[0])
    if typing.get_origin(annotation) in (typing.Union, types.UnionType):
        found = [m for a in typing.get_args(annotation) if (m := _max_length(a)) is not None]
        return max(found) if found else None
    return None


def _kind(annotation: Any, metadata: list[Any] | None = None) -> tuple[str, tuple[Any, ...], type[BaseModel] | None]:
    alts = _unwrap(annotation)
    literals = [a for a in alts if typing.get_origin(a) is typing.Literal]
    lists = [a for a in alts if typing.get_origin(a) is list]
    if literals and len(alts) == 1:
        return "choice", typing.get_args(literals[0]), None
    if lists:
        inner = typing.get_args(lists[0])[0]
        inner_alts = _unwrap(inner)
        if len(inner_alts) == 1 and isinstance(inner_alts[0], type) and issubclass(inner_alts[0], BaseModel):
            return "models", (), inner_alts[0]
        if len(inner_alts) == 1 and typing.get_origin(inner_alts[0]) is typing.Literal:
            return "choices", typing.get_args(inner_alts[0]), None
        if len(alts) > 1:
            return "codes", (), None  # one value or a list (`lead_country: ESP` or `[NLD, FRA]`)
        limit = _max_length(inner)
        return ("lines" if limit is not None and limit > 80 else "list"), (), None
    if len(alts) == 1 and isinstance(alts[0], type) and issubclass(alts[0], BaseModel):
        return "model", (), alts[0]
    types_ = {a for a in alts if isinstance(a, type)}
    if bool in types_:
        return "bool", (), None
    if int in types_ and float in types_:
        return "number", (), None
    if int in types_:
        return "int", (), None
    if float in types_:
        return "float", (), None
    limit = _max_length(annotation) or next((m.max_length for m in metadata or [] if isinstance(
        getattr(m, "max_length", None), int)), None)
    return ("longtext" if limit is not None and limit > 300 else "text"), (), None


def specs(model: type[BaseModel]) -> list[FieldSpec]:
    out = []
    for name, info in model.model_fields.items():
        kind, choices, inner = _kind(info.annotation, list(info.metadata))
        refers = _refers(info.annotation, list(info.metadata))
        if refers is not None:
            kind = "refs" if refers[1] else "ref"
        default = None if info.is_required() else info.get_default(call_default_factory=True)
        out.append(FieldSpec(name, info.alias or name, kind, info.is_required(), choices, inner, default,
                             refers[0] if refers is not None else ""))
    return out


def reference_fields(model: type[BaseModel] = Operation, path: str = "") -> list[tuple[str, FieldSpec]]:
    """Every field that names an item of the record, with its path in the record (`claims[].source`,
    `disputes[].positions[].claim`), found by walking the schema from `model`."""
    out = []
    for spec in specs(model):
        here = f"{path}.{spec.key}" if path else spec.key
        if spec.refers:
            out.append((here, spec))
        if spec.model is not None:
            out += reference_fields(spec.model, f"{here}[]" if spec.kind == "models" else here)
    return out


def reference_options(data: dict[str, Any]) -> dict[str, dict[str, str]]:
    """For each section that reference fields point into: {id: label} of the items the record
    (as the editor holds it) has there, in the record's order."""
    out: dict[str, dict[str, str]] = {}
    for _path, spec in reference_fields():
        if spec.refers in out:
            continue
        items = data.get(spec.refers) or []
        out[spec.refers] = {str(i["id"]): label(i) for i in items
                            if isinstance(i, dict) and isinstance(i.get("id"), str) and i["id"]}
    return out


def sections() -> list[FieldSpec]:
    """The lists of items a record holds (sources, places, claims, ...), in the schema's order."""
    return [s for s in specs(Operation) if s.kind == "models"]


def facts() -> list[FieldSpec]:
    """The operation's own fields (everything that is not a list of items)."""
    return [s for s in specs(Operation) if s.kind != "models"]


def skeleton(model: type[BaseModel], new_id: str | None = None) -> dict[str, Any]:
    """A new item: required fields present (the first choice, or empty for a person to fill in)."""
    out: dict[str, Any] = {}
    for spec in specs(model):
        if not spec.required:
            continue
        if spec.key == "id" and new_id is not None:
            out["id"] = new_id
        elif spec.kind == "choice":
            out[spec.key] = spec.choices[0]
        elif spec.kind == "models":
            info = model.model_fields[spec.name]
            minimum = next((getattr(m, "min_length", 0) for m in info.metadata if hasattr(m, "min_length")), 0)
            out[spec.key] = [skeleton(spec.model) for _ in range(minimum or 0)] if spec.model else []
        elif spec.kind in ("list", "lines", "choices", "codes", "refs"):
            out[spec.key] = []
        else:
            out[spec.key] = ""
    return out


def new_id(prefix: str, taken: set[str]) -> str:
    n = 1
    while f"{prefix}-{n}" in taken:
        n += 1
    return f"{prefix}-{n}"


_INT = re.compile(r"^-?\d+$")
_FLOAT = re.compile(r"^-?\d+(\.\d+)?$")


def from_form(spec: FieldSpec, raw: Any) -> Any:
    """The value to store for what a form holds; `None` means "leave the field out".

    Text that is not a number stays text in a number field, so that validation names the problem
    beside the field instead of the form silently dropping it."""
    if spec.kind in ("choice", "bool"):
        if spec.kind == "bool" and raw is False and not spec.required and spec.default in (False, None):
            return None
        return raw
    if spec.kind in ("choices", "refs"):
        return list(raw or []) or None
    if spec.kind == "ref":
        text = str(raw or "").strip()
        return text if text else ("" if spec.required else None)
    if spec.kind in ("int", "float", "number"):
        text = str(raw or "").strip().replace("\u202f", "").replace(",", "") if raw is not None else ""
        if not text:
            return None
        if spec.kind in ("int", "number") and _INT.match(text):
            return int(text)
        if spec.kind in ("float", "number") and _FLOAT.match(text):
            return float(text)
        return text
    if spec.kind in ("list", "codes"):
        items = [p.strip() for p in str(raw or "").split(",") if p.strip()]
        if spec.kind == "codes" and len(items) == 1:
            return items[0]
        return items or None
    if spec.kind == "lines":
        items = [ln.strip() for ln in str(raw or "").splitlines() if ln.strip()]
        return items or None
    text = str(raw or "")
    if not text.strip():
        return "" if spec.required else None
    return text


def to_form(spec: FieldSpec, value: Any) -> Any:
    """What a form shows for a stored value (the inverse of `from_form`)."""
    if spec.kind in ("list", "codes"):
        return ", ".join(str(v) for v in value) if isinstance(value, list) else ("" if value is None else str(value))
    if spec.kind == "lines":
        return "\n".join(str(v) for v in value) if isinstance(value, list) else ""
    if spec.kind in ("choices", "refs"):
        return list(value) if isinstance(value, list) else ([] if value in (None, "") else [value])
    if spec.kind == "ref":
        return None if value in (None, "") else str(value)
    if spec.kind in ("int", "float", "number"):
        return "" if value is None else str(value)
    if spec.kind == "bool":
        return bool(value) if value is not None else bool(spec.default)
    if spec.kind == "choice":
        return value
    return "" if value is None else str(value)


def label(item: dict[str, Any]) -> str:
    """A short name for an item in a chooser: its id and what it says."""
    head = str(item.get("id") or item.get("body") or "(no id)")
    for key in ("name", "title", "metric", "role", "says", "quote", "description"):
        if item.get(key):
            tail = str(item[key])
            if key == "metric" and item.get("count") is not None:
                tail = f"{item['count']} {tail}"
            return f"{head} — {tail[:60]}"
    return head
