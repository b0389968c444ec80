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

A changed folded string (`summary: >-`) stays folded, with its line breaks where the words around
them did not change, and its changed lines filled to the width of its longest line (`refold`): a
word changed in a paragraph is a one-line diff.
"""

from __future__ import annotations

import io
import re
from difflib import SequenceMatcher
from itertools import pairwise
from typing import Any

from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.scalarstring import FoldedScalarString, LiteralScalarString, ScalarString

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


_WORD = re.compile(r"[^ ]+")


def _can_fold(text: str, pos: int) -> bool:
    """Whether a folded string may break at `pos`: a single space between two visible characters
    (the rule ruamel's representer applies to `fold_pos`)."""
    return (0 < pos < len(text) - 1 and text[pos] == " " and not text[pos - 1].isspace()
            and not text[pos + 1].isspace())


def _kept_breaks(old: str, folds: list[int], new: str) -> set[int]:
    """The old line breaks carried into `new` where the word before (or else after) them is unchanged."""
    ow, nw = list(_WORD.finditer(old)), list(_WORD.finditer(new))
    before = {m.end(): k for k, m in enumerate(ow)}  # a break at a space follows word k
    pairs = {}
    for block in SequenceMatcher(None, [m[0] for m in ow], [m[0] for m in nw], autojunk=False).get_matching_blocks():
        for t in range(block.size):
            pairs[block.a + t] = block.b + t
    kept = set()
    for pos in folds:
        k = before.get(pos)
        if k is None:
            continue
        if k in pairs and pairs[k] + 1 < len(nw):
            candidate = nw[pairs[k]].end()
        elif k + 1 in pairs and pairs[k + 1] > 0:
            candidate = nw[pairs[k + 1]].start() - 1
        else:
            continue
        if _can_fold(new, candidate):
            kept.add(candidate)
    return kept


def _fill(text: str, breaks: set[int], width: int) -> list[int]:
    """`breaks`, plus a break wherever a line would be longer than `width` (at its last space that
    fits, or its first one when a word is longer than the line)."""
    out = sorted(breaks)
    start, i = 0, 0
    ends = sorted({*breaks, *(m.start() for m in re.finditer("\n", text)), len(text)})
    for end in ends:
        while end - start > width:
            room = [p for p in range(start + 1, min(start + width, end - 1) + 1) if _can_fold(text, p)]
            pos = room[-1] if room else next((p for p in range(start + width, end) if _can_fold(text, p)), None)
            if pos is None:
                break
            out.append(pos)
            start = pos + 1
        start, i = end + 1, i + 1
    return sorted(set(out))


def refold(old: FoldedScalarString, new: str) -> FoldedScalarString:
    """`new` as a folded string laid out like `old`: its line breaks kept where the text around them
    did not change, and overlong lines filled to the width of `old`'s longest line. A string that
    was written on one line stays on one line."""
    out = FoldedScalarString(new)
    text = str(old)
    folds = [p for p in (getattr(old, "fold_pos", None) or []) if _can_fold(text, p)]
    if not folds:
        return out
    cuts = [-1, *folds, len(text)]
    width = max(max(len(line) for line in text[a + 1:b].split("\n")) for a, b in pairwise(cuts))
    out.fold_pos = _fill(new, _kept_breaks(text, folds, new), width)
    return out


def _scalar(old: Any, new: Any) -> Any:
    if _same(old, new):
        return old
    if isinstance(old, FoldedScalarString) and isinstance(new, str) and new.strip() and not re.search(
            r"(^|\n)[ \t]|[ \t]$", new):
        return refold(old, new)  # stays > folded, with its line breaks where the words did not change
    if isinstance(old, LiteralScalarString) and isinstance(new, str) and new.strip():
        return LiteralScalarString(new)  # | literal: its lines are the text's lines
    if isinstance(old, ScalarString) and isinstance(new, str) and "\n" not in new:
        return type(old)(new)  # keeps 'single' or "double" quotes
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
