"""Edited data back into YAML text, keeping the file's comments, key order, quoting and layout.

An editor works on plain data (dicts, lists, scalars). `render` writes it back by changing the
record's round-trip tree in place, only where a value differs: an unchanged value keeps its
ruamel object (so its quoting and number format), a changed string keeps its quoting style, a
new key goes where the schema puts it among its neighbours, and list items that have an `id`
are matched by id (deleting claim 3 does not rewrite claims 4 to 40).

ruamel re-flows plain strings that a person wrapped over several lines. So that the first save of
a hand-written file is not a thousand-line diff, `keep_layout` merges three texts like `diff3`:
the file as written, the tree dumped before the edit, and the tree dumped after it. Lines the
edit did not touch stay exactly as written; the result is checked to hold the same data as the
plain dump, and the plain dump is used whenever it does not.
"""

from __future__ import annotations

import io
from difflib import SequenceMatcher
from typing import Any

from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.scalarstring import ScalarString

from ..records.yamlio import _yaml, load_tree, to_plain

#: Long lines stay long: a record's quotes and summaries are not re-wrapped.
WIDTH = 4096


def _dumper() -> Any:
    y = _yaml()
    y.width = WIDTH
    y.indent(mapping=2, sequence=4, offset=2)
    y.preserve_quotes = True
    return y


def load(text: str) -> Any:
    """The round-trip tree of a record's text, with quoting kept (raises ruamel's errors)."""
    y = _dumper()
    return y.load(text)


def dump(tree: Any) -> str:
    buf = io.StringIO()
    _dumper().dump(tree, buf)
    return buf.getvalue()


def _kind(value: Any) -> type:
    for t in (bool, int, float, str):
        if isinstance(value, t):
            return t
    return type(value)


def _same(old: Any, new: Any) -> bool:
    return _kind(old) is _kind(new) and to_plain(old) == to_plain(new)


def _fresh(value: Any) -> Any:
    """A new value for the tree: short lists of plain values are written in flow style ([ESP, FRA])."""
    if isinstance(value, dict):
        out = CommentedMap()
        for k, v in value.items():
            out[k] = _fresh(v)
        return out
    if isinstance(value, list):
        seq = CommentedSeq(_fresh(v) for v in value)
        if value and all(isinstance(v, (str, int, float)) and not isinstance(v, bool) and len(str(v)) <= 40
                         for v in value) and len(value) <= 12:
            seq.fa.set_flow_style()
        return seq
    return value


def _scalar(old: Any, new: Any) -> Any:
    if _same(old, new):
        return old
    if isinstance(old, ScalarString) and isinstance(new, str) and "\n" not in new:
        return type(old)(new)  # keeps 'single', "double", > folded or | literal style
    return _fresh(new)


def _ids(items: list[Any]) -> list[Any] | None:
    ids = [i.get("id") if isinstance(i, dict) else None for i in items]
    return ids if ids and all(isinstance(x, str) for x in ids) and len(set(ids)) == len(ids) else None


def _update_seq(seq: CommentedSeq, new: list[Any]) -> CommentedSeq:
    old_ids, new_ids = _ids(list(seq)), _ids(new)
    if old_ids is not None and new_ids is not None:
        wanted = set(new_ids)
        for i in range(len(seq) - 1, -1, -1):
            if seq[i]["id"] not in wanted:
                del seq[i]
        kept = [item["id"] for item in seq]
        if [i for i in new_ids if i in set(kept)] == kept:  # same order: update, insert the new ones
            for pos, value in enumerate(new):
                if pos < len(seq) and seq[pos]["id"] == value["id"]:
                    seq[pos] = update(seq[pos], value)
                else:
                    seq.insert(pos, _fresh(value))
            return seq
    for pos, value in enumerate(new):
        if pos < len(seq):
            seq[pos] = update(seq[pos], value)
        else:
            seq.append(_fresh(value))
    while len(seq) > len(new):
        del seq[len(seq) - 1]
    return seq


def update(node: Any, new: Any) -> Any:
    """`node` changed in place to hold `new` (returned; a scalar or a changed type is replaced)."""
    if isinstance(node, CommentedMap) and isinstance(new, dict):
        for key in [k for k in node if k not in new]:
            del node[key]
        previous = None
        for key, value in new.items():
            if key in node:
                node[key] = update(node[key], value)
            else:
                pos = list(node).index(previous) + 1 if previous is not None else 0
                node.insert(pos, key, _fresh(value))
            previous = key
        return node
    if isinstance(node, CommentedSeq) and isinstance(new, list):
        return _update_seq(node, new)
    if isinstance(node, (dict, list)) or isinstance(new, (dict, list)):
        return _fresh(new)
    return _scalar(node, new)


def _matches(base: list[str], other: list[str]) -> dict[int, int]:
    out: dict[int, int] = {}
    for block in SequenceMatcher(None, base, other, autojunk=False).get_matching_blocks():
        for t in range(block.size):
            out[block.a + t] = block.b + t
    return out


def keep_layout(written: str, before: str, after: str) -> str:
    """`after` with every line the edit did not touch as it was `written` (a three-way merge)."""
    if written == before:
        return after
    a, b, c = (t.splitlines(keepends=True) for t in (written, before, after))
    ma, mc = _matches(b, a), _matches(b, c)
    out: list[str] = []
    i = j = k = 0
    while True:
        nxt = next((x for x in range(i, len(b)) if x in ma and x in mc and ma[x] >= j and mc[x] >= k), None)
        stop_b, stop_a, stop_c = (len(b), len(a), len(c)) if nxt is None else (nxt, ma[nxt], mc[nxt])
        region_b, region_a, region_c = b[i:stop_b], a[j:stop_a], c[k:stop_c]
        out += region_a if region_c == region_b else region_c
        if nxt is None:
            break
        out.append(a[ma[nxt]])
        i, j, k = nxt + 1, ma[nxt] + 1, mc[nxt] + 1
    merged = "".join(out)
    try:
        if to_plain(load_tree(merged)) == to_plain(load_tree(after)):
            return merged
    except Exception:  # noqa: BLE001 - a merge that does not parse is simply not used
        pass
    return after


def render(text: str, new: dict[str, Any]) -> str:
    """The record's YAML `text` changed to hold the plain data `new`, with the least change of lines."""
    tree = load(text)
    before = dump(tree)
    after = dump(update(tree, new))
    return keep_layout(text, before, after)


def plain(text: str) -> dict[str, Any]:
    """The plain data of a record's text (what the editor's forms change)."""
    data = to_plain(load_tree(text))
    if not isinstance(data, dict):
        raise ValueError("a record is a mapping of fields (id:, name:, ...)")
    return data


def new_text(data: dict[str, Any]) -> str:
    """YAML text for a record that has no file yet (an import, a new record)."""
    return dump(_fresh(data))
