"""The loader keeps codes and dates as written, refuses aliases and names lines."""

from __future__ import annotations

from conftest import minimal

from opsatlas.records.validate import load_file, parse_text
from opsatlas.records.yamlio import line_of, load_tree, to_plain


def test_yaml_1_1_surprises_do_not_happen():
    tree = to_plain(load_tree("code: NO\nother: yes\nday: 2024-12-01\nmonth: 2024-12\n"))
    assert tree == {"code": "NO", "other": "yes", "day": "2024-12-01", "month": "2024-12"}


def test_line_of_follows_the_path():
    tree = load_tree("a: 1\nlist:\n  - x: 1\n    y: 2\n  - x: 3\n")
    assert line_of(tree, ("list", 1, "x")) == 5
    assert line_of(tree, ("list", 0, "y")) == 4
    assert line_of(tree, ("list", 0, "missing")) == 3


def test_alias_is_refused_with_its_line(write_record):
    path = write_record(minimal() + "notes: &n [one]\nname_variants: *n\n")
    result = load_file(path)
    assert result.record is None
    [problem] = result.problems
    assert problem.line == 15
    assert "aliases" in problem.message


def test_alias_bomb_is_refused_before_expanding(write_record):
    bomb = 'a: &a ["x","x","x","x","x","x","x","x","x"]\n' + "".join(
        f"{chr(98 + i)}: &{chr(98 + i)} [*{chr(97 + i)},*{chr(97 + i)},*{chr(97 + i)}]\n" for i in range(8)
    )
    result = load_file(write_record(bomb))
    assert result.record is None and "aliases" in result.problems[0].message


def test_malformed_yaml_names_the_line(write_record):
    text = minimal() + "claims:\n  - id: c1\n    metric: [arrests\n"
    result = load_file(write_record(text))
    assert result.record is None
    [problem] = result.problems
    assert problem.path == "(yaml)"
    assert problem.line >= 16


def test_duplicate_key_is_an_error(write_record):
    result = load_file(write_record(minimal() + "summary: again\n"))
    assert result.record is None
    assert result.problems[0].path == "(yaml)"
    assert "duplicate" in result.problems[0].message


def test_not_a_mapping(write_record):
    result = load_file(write_record("- just\n- a list\n"))
    assert result.problems[0].path == "(record)"


def test_not_utf8(tmp_path):
    path = tmp_path / "test-op.yaml"
    path.write_bytes(b"id: x\nname: \xff\xfe\n")
    result = load_file(path)
    assert result.problems[0].line == 2
    assert "UTF-8" in result.problems[0].message


def test_oversized_text_is_refused_without_parsing():
    _, record, problems = parse_text("a: " + "x" * 2_100_000, "big.yaml")
    assert record is None and "larger than" in problems[0].message
