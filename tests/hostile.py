"""A hostile record: every text field of a shipped record set to script, images, links and RTL tricks.

Built from the schema's own verdict rather than a list of field names: each text value of the
record is replaced by the longest hostile payload the schema accepts there, and kept only if the
record still validates. New text fields are therefore covered as soon as they exist.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

from opsatlas.records.problems import Finding
from opsatlas.records.references import check_references
from opsatlas.records.schema import Operation
from opsatlas.records.yamlio import load_tree, to_plain
from opsatlas.settings import DEFAULT_RECORDS_DIR

OUTSIDE_HOST = "evil.example"
PAYLOAD = (
    '<script>window.__pwned="script"</script>'
    f'<img src="http://{OUTSIDE_HOST}/img.png" onerror="window.__pwned=\'img\'">'
    f" ![x](http://{OUTSIDE_HOST}/md.png) [a link](javascript:window.__pwned='md-link')"
    ' <a href="javascript:alert(1)">html link</a> javascript:alert(2)'
    f" <iframe src=\"http://{OUTSIDE_HOST}/frame\"></iframe> <style>@import url(http://{OUTSIDE_HOST}/css);</style>"
    " \u202egnp.exe\u202c :red[colour] $x^2$ </script>"
)
LONG = (PAYLOAD + " ") * (10_000 // len(PAYLOAD) + 1)
# Identifiers and codes stay as they are: the schema refuses anything else there.
_SKIP_KEYS = {"id", "schema_version"}


def _leaves(node: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    out = []
    if isinstance(node, dict):
        for k, v in node.items():
            if k not in _SKIP_KEYS:
                out += _leaves(v, path + (k,))
    elif isinstance(node, list):
        for i, v in enumerate(node):
            out += _leaves(v, path + (i,))
    elif isinstance(node, str):
        out.append(path)
    return out


def _set(node: Any, path: tuple[Any, ...], value: Any) -> None:
    for step in path[:-1]:
        node = node[step]
    node[path[-1]] = value


def _get(node: Any, path: tuple[Any, ...]) -> Any:
    for step in path:
        node = node[step]
    return node


def _valid(data: dict) -> bool:
    try:
        op = Operation.model_validate(data)
    except ValueError:
        return False
    findings: list[Finding] = check_references(op)
    return not findings


def hostile_data(base: str = "vibora-2025", new_id: str = "hostile-op") -> tuple[dict, list[tuple[Any, ...]]]:
    """The record as plain data, and the paths of the text values that now hold a payload."""
    data = to_plain(load_tree((DEFAULT_RECORDS_DIR / f"{base}.yaml").read_text(encoding="utf-8")))
    data["id"] = new_id
    assert _valid(data)
    replaced = []
    for path in _leaves(data):
        original = _get(data, path)
        for candidate in (LONG, PAYLOAD, PAYLOAD[:290], PAYLOAD[:120]):
            _set(data, path, candidate)
            if _valid(data):
                replaced.append(path)
                break
        else:
            _set(data, path, original)
    return data, replaced


def write_hostile(folder: Path, base: str = "vibora-2025", new_id: str = "hostile-op") -> tuple[Path, int]:
    """Write the hostile record as `<new_id>.yaml` (JSON is YAML 1.2); return its path and how many
    text values hold a payload. Places whose names the gazetteer then cannot find keep their names."""
    from opsatlas.catalogue.validate import check_bytes

    data, replaced = hostile_data(base, new_id)
    path = folder / f"{new_id}.yaml"
    for _ in range(3):
        path.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
        loaded = check_bytes(path, path.read_bytes())
        if loaded.record is not None:
            return path, len(replaced)
        # A town's name is how the gazetteer finds it: restore the ones it could not find.
        original = to_plain(load_tree((DEFAULT_RECORDS_DIR / f"{base}.yaml").read_text(encoding="utf-8")))
        for problem in loaded.problems:
            if problem.path.startswith("places["):
                index = int(problem.path.split("[")[1].split("]")[0])
                data["places"][index] = copy.deepcopy(original["places"][index])
                replaced = [p for p in replaced if p[:2] != ("places", index)]
    raise AssertionError("the hostile record does not validate:\n" + "\n".join(str(p) for p in loaded.problems))
