"""Read a record's YAML fast, as YAML 1.2 plain data with the line of every value.

ruamel.yaml's round-trip parser is pure Python, about 100 KB a second here: 12 s for a 1.2 MB
record of 5,000 figures, 90 s for a thousand operations. Reading needs neither its comments nor
its formatting (saving, which does, still uses `yamlio.load_tree`), so records are read from
libyaml's event stream (PyYAML's C parser, 0.14 s for that record) and built into plain data
here, with the same rules as `yamlio`:

- YAML 1.2 core schema: only `true`/`false` are booleans (`NO` stays Norway's code), only
  `null`/`~`/empty is null, and dates stay the text that was typed;
- no aliases, no tags, no lists or mappings as keys, no duplicate keys, one document;
- at most `MAX_DEPTH` levels and `MAX_NODES` values, checked as events arrive, so nothing is
  built past a limit and nothing recurses.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

import yaml
from yaml import events

from .yamlio import (
    ALIASES,
    KEY_NOT_A_NAME,
    KEY_TOO_LONG,
    MAX_DEPTH,
    MAX_KEY_CHARS,
    MAX_NODES,
    TOO_DEEP,
    TOO_MANY,
    tag_refused,
)

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # the pure-Python parser when libyaml is missing

_NULL = {"", "~", "null", "Null", "NULL"}
_BOOL = {"true": True, "True": True, "TRUE": True, "false": False, "False": False, "FALSE": False}
_INT = re.compile(r"[-+]?[0-9]+")
_OCT = re.compile(r"0o[0-7]+")
_HEX = re.compile(r"0x[0-9a-fA-F]+")
_FLOAT = re.compile(r"[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?")
_INF = re.compile(r"[-+]?\.(?:inf|Inf|INF)")
_NAN = re.compile(r"\.(?:nan|NaN|NAN)")


class PlainYAMLError(ValueError):
    """Malformed YAML or a value outside what a record may hold: `line` (1-based) and `message`."""

    def __init__(self, line: int, message: str, *, syntax: bool = False) -> None:
        super().__init__(f"line {line}: {message}")
        self.line = line
        self.message = message
        self.syntax = syntax  # a YAML syntax error (its message gains "fix the YAML syntax")


@dataclass
class Parsed:
    """Plain data (dicts, lists, str, int, float, bool, None) and the line of each path in it."""

    data: Any
    lines: dict[tuple[Any, ...], int] = field(default_factory=dict)

    def line_of(self, path: tuple[Any, ...]) -> int:
        """1-based line of the deepest part of `path` present in the data (1 when nothing matches)."""
        for end in range(len(path), -1, -1):
            line = self.lines.get(tuple(path[:end]))
            if line is not None:
                return line
        return 1


def _scalar(event: events.ScalarEvent) -> Any:
    value = event.value
    if not event.implicit[0]:  # quoted or block scalars: always text
        return value
    if value in _NULL:
        return None
    if value in _BOOL:
        return _BOOL[value]
    if _INT.fullmatch(value):
        return int(value)
    if _OCT.fullmatch(value):
        return int(value[2:], 8)
    if _HEX.fullmatch(value):
        return int(value[2:], 16)
    if _FLOAT.fullmatch(value):
        return float(value)
    if _INF.fullmatch(value):
        return float("-inf") if value.startswith("-") else float("inf")
    if _NAN.fullmatch(value):
        return float("nan")
    return value


def _line(event: events.Event) -> int:
    mark = event.start_mark
    assert mark is not None  # the parser (pure Python or libyaml) marks every event it emits
    return mark.line + 1


class _Frame:
    __slots__ = ("container", "is_map", "key", "path")

    def __init__(self, container: Any, path: tuple[Any, ...]) -> None:
        self.container = container
        self.path = path
        self.is_map = isinstance(container, dict)
        self.key: Any = _NO_KEY


_NO_KEY = object()


def load_plain(text: str) -> Parsed:
    """Parse YAML text into plain data with lines; raises PlainYAMLError."""
    lines: dict[tuple[Any, ...], int] = {}
    stack: list[_Frame] = []
    root: Any = _NO_KEY
    nodes = 0
    documents = 0
    try:
        for event in yaml.parse(text, Loader=_Loader):
            kind = type(event)
            if kind in (events.StreamStartEvent, events.StreamEndEvent, events.DocumentEndEvent):
                continue
            if kind is events.DocumentStartEvent:
                documents += 1
                if documents > 1:
                    raise PlainYAMLError(_line(event), "a record file holds one document: remove the second '---'")
                continue
            if kind in (events.SequenceEndEvent, events.MappingEndEvent):
                stack.pop()
                continue
            if kind is events.AliasEvent:
                raise PlainYAMLError(_line(event), ALIASES)
            tag = getattr(event, "tag", None)
            if tag is not None and tag != "!":
                raise PlainYAMLError(_line(event), tag_refused(tag))
            nodes += 1
            if nodes > MAX_NODES:
                raise PlainYAMLError(_line(event), TOO_MANY)
            if len(stack) + 1 > MAX_DEPTH:
                raise PlainYAMLError(_line(event), TOO_DEEP)
            if isinstance(event, events.ScalarEvent):
                value: Any = _scalar(event)
            elif kind is events.SequenceStartEvent:
                value = []
            else:
                value = {}
            parent = stack[-1] if stack else None
            if parent is None:
                root = value
                path: tuple[Any, ...] = ()
            elif parent.is_map and parent.key is _NO_KEY:
                if kind is not events.ScalarEvent:
                    raise PlainYAMLError(_line(event), KEY_NOT_A_NAME)
                key = value if isinstance(value, (str, int)) else str(value)
                if len(str(key)) > MAX_KEY_CHARS:
                    raise PlainYAMLError(_line(event), KEY_TOO_LONG)
                if key in parent.container:
                    raise PlainYAMLError(_line(event), f"found duplicate key {key!r}: keep one of them",
                                         syntax=True)
                parent.key = key
                lines[parent.path + (key,)] = _line(event)
                continue
            elif parent.is_map:
                path = parent.path + (parent.key,)
                parent.container[parent.key] = value
                parent.key = _NO_KEY
            else:
                path = parent.path + (len(parent.container),)
                parent.container.append(value)
                lines[path] = _line(event)
            if kind is not events.ScalarEvent:
                lines.setdefault(path, _line(event))
                stack.append(_Frame(value, path))
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        what = (exc.problem or exc.context or "malformed YAML").strip()
        raise PlainYAMLError(mark.line + 1 if mark is not None else 1, what, syntax=True) from None
    except yaml.YAMLError as exc:  # e.g. a reader error for a control character, at a character position
        position = getattr(exc, "position", None)
        line = text[:position].count("\n") + 1 if isinstance(position, int) else 1
        raise PlainYAMLError(line, str(exc).splitlines()[0] + ": remove it", syntax=True) from None
    return Parsed(None if root is _NO_KEY else root, lines)
