"""Read a record file as YAML 1.2, keeping dates and codes as written and refusing aliases.

PyYAML's YAML 1.1 turns Norway's code `NO` into False and `2024-12-01` into a date object;
ruamel.yaml in round-trip mode follows YAML 1.2 and, with the constructor below, leaves every
timestamp as the text that was typed. Aliases are refused outright: a record never needs them,
and nested aliases are the classic way to make a small upload expand without bound.
The round-trip tree also remembers the line of every key, which is how errors name a line.
"""

from __future__ import annotations

from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.composer import Composer, ComposerError
from ruamel.yaml.constructor import RoundTripConstructor
from ruamel.yaml.events import AliasEvent

#: Larger files are refused before parsing: a record is a few hundred lines.
MAX_BYTES = 2_000_000


class _NoAliasComposer(Composer):
    def compose_node(self, parent: Any, index: Any) -> Any:
        if self.parser.check_event(AliasEvent):
            event = self.parser.peek_event()
            raise ComposerError(
                None, None, "aliases (*name) are not allowed in records: write the value out", event.start_mark
            )
        return super().compose_node(parent, index)


class _TextDatesConstructor(RoundTripConstructor):
    pass


def _timestamp_as_text(constructor: RoundTripConstructor, node: Any) -> str:
    return str(constructor.construct_scalar(node))


_TextDatesConstructor.add_constructor("tag:yaml.org,2002:timestamp", _timestamp_as_text)


def _yaml() -> YAML:
    y = YAML(typ="rt", pure=True)
    y.Composer = _NoAliasComposer
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
