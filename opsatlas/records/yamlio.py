"""The round-trip YAML tree of a record (ruamel.yaml): for saving with comments and order kept.

Reading records for display goes through `plainyaml.py` (libyaml's events, 20x faster); both
follow the same rules, and a test holds them to the same data and the same lines.

PyYAML's YAML 1.1 turns Norway's code `NO` into False and `2024-12-01` into a date object;
ruamel.yaml in round-trip mode follows YAML 1.2 and, with the constructor below, leaves every
timestamp as the text that was typed. Aliases are refused outright: a record never needs them,
and nested aliases are the classic way to make a small upload expand without bound.
Tags (`!!binary`, `!!python/...`) are refused too: a record holds plain text, numbers, lists and
mappings, and a tag would silently change what a value means. Nesting deeper than `MAX_DEPTH` and
more than `MAX_NODES` values are refused while composing, before any recursive step (the
constructor, `to_plain`, pydantic) can run out of stack: 300 nested `notes:` once took every page
down with a RecursionError.
The round-trip tree also remembers the line of every key, which is how errors name a line.
"""

from __future__ import annotations

from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.composer import Composer, ComposerError
from ruamel.yaml.constructor import RoundTripConstructor
from ruamel.yaml.events import AliasEvent

#: Larger files are refused before parsing (and never read past this): a record is a few hundred lines.
MAX_BYTES = 2_000_000
#: A record nests about six levels (claims > item > place > ...); twenty is generous.
MAX_DEPTH = 20
#: Values (scalars, lists, mappings) in one file: a 2 MB record of 5,000 figures has about 60,000.
MAX_NODES = 400_000
#: Mapping keys are field names or ids.
MAX_KEY_CHARS = 200


# What a record may not hold, in words: read by both readers (this round-trip one and plainyaml.py).
ALIASES = "aliases (*name) are not allowed in records: write the value out"
TOO_MANY = f"more than {MAX_NODES:,} values in one file: split the record"
TOO_DEEP = f"nested more than {MAX_DEPTH} levels deep: a record never needs this; flatten the value"
KEY_NOT_A_NAME = "a key must be a plain name, not a list or a mapping: write it as text"
KEY_TOO_LONG = f"a key longer than {MAX_KEY_CHARS} characters: keys are field names or ids"


def tag_refused(tag: object) -> str:
    return (f"YAML tags ({str(tag).replace('tag:yaml.org,2002:', '!!')}) are not allowed in records: "
            "remove the tag and write the value as plain text")


class LimitError(ComposerError):
    """A file that is well-formed YAML but outside what a record may contain (its message says what to do)."""


class _SafeComposer(Composer):
    """Refuses aliases, tags, non-text keys, deep nesting and too many values, each at its line."""

    _depth = 0
    _nodes = 0

    def _refuse(self, message: str, event: Any) -> None:
        raise LimitError(None, None, message, event.start_mark)

    def compose_node(self, parent: Any, index: Any) -> Any:
        event = self.parser.peek_event()
        if self.parser.check_event(AliasEvent):
            self._refuse(ALIASES, event)
        tag = getattr(event, "ctag", None) or getattr(event, "tag", None)
        if tag is not None and str(tag) != "!":
            self._refuse(tag_refused(tag), event)
        self._nodes += 1
        if self._nodes > MAX_NODES:
            self._refuse(TOO_MANY, event)
        self._depth += 1
        try:
            if self._depth > MAX_DEPTH:
                self._refuse(TOO_DEEP, event)
            return super().compose_node(parent, index)
        finally:
            self._depth -= 1

    def compose_mapping_node(self, anchor: Any) -> Any:
        node = super().compose_mapping_node(anchor)
        for key, _value in node.value:
            if key.id != "scalar":
                self._refuse(KEY_NOT_A_NAME, key)
            if len(str(key.value)) > MAX_KEY_CHARS:
                self._refuse(KEY_TOO_LONG, key)
        return node


class _TextDatesConstructor(RoundTripConstructor):
    pass


def _timestamp_as_text(constructor: RoundTripConstructor, node: Any) -> str:
    return str(constructor.construct_scalar(node))


_TextDatesConstructor.add_constructor("tag:yaml.org,2002:timestamp", _timestamp_as_text)


def _yaml() -> YAML:
    y = YAML(typ="rt", pure=True)
    y.Composer = _SafeComposer
    y.Constructor = _TextDatesConstructor
    y.allow_duplicate_keys = False
    return y


def load_tree(text: str) -> Any:
    """Parse YAML text into a round-trip tree (raises ruamel's MarkedYAMLError on bad YAML)."""
    return _yaml().load(text)


def to_plain(node: Any) -> Any:
    """The tree as plain dicts, lists and scalars (what pydantic validates)."""
    if isinstance(node, dict):
        return {str(k) if not isinstance(k, (str, int)) else k: to_plain(v) for k, v in node.items()}
    if isinstance(node, list):
        return [to_plain(v) for v in node]
    if isinstance(node, str):
        return str(node)  # drop ruamel's scalar-string subclasses
    return node


def line_of(tree: Any, path: tuple[Any, ...]) -> int:
    """1-based line of the deepest part of `path` present in the tree (1 when nothing matches)."""
    line = 0
    node = tree
    if isinstance(node, (CommentedMap, CommentedSeq)):
        line = node.lc.line
    for step in path:
        try:
            if isinstance(node, CommentedMap) and step in node:
                line = node.lc.key(step)[0]
                node = node[step]
            elif isinstance(node, CommentedSeq) and isinstance(step, int) and 0 <= step < len(node):
                line = node.lc.item(step)[0]
                node = node[step]
            else:
                break
        except (KeyError, TypeError, AttributeError):
            break
    return line + 1
