"""The loader keeps codes and dates as written, refuses aliases and names lines."""

from __future__ import annotations

from conftest import minimal

from opsatlas.catalogue.validate import load_file, parse_text
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


def test_fast_reader_agrees_with_the_round_trip_parser_value_by_value_and_line_by_line():
    """Records are read from libyaml's events (plainyaml) and saved with ruamel's round trip
    (yamlio): both must see the same data, and name the same line for every value."""
    from opsatlas.records.plainyaml import load_plain
    from opsatlas.settings import DEFAULT_RECORDS_DIR

    odd = "a: NO\nb: yes\nc: 2024-12-01\nd: 0123\ne: 1.5\nf: .inf\ng: ~\nh:\ni: 0x1F\nj: '3'\nk: 1e3\nl: True\n"
    texts = [p.read_text(encoding="utf-8") for p in sorted(DEFAULT_RECORDS_DIR.glob("*.yaml"))] + [odd]
    for text in texts:
        parsed, tree = load_plain(text), load_tree(text)
        assert parsed.data == to_plain(tree)
        assert len(parsed.lines) > 10
        for path in parsed.lines:
            assert parsed.line_of(path) == line_of(tree, path), path


def test_fast_reader_refuses_what_records_may_not_hold():
    from opsatlas.records.plainyaml import PlainYAMLError, load_plain

    cases = {
        "a: &x [1]\nb: *x\n": "aliases",
        "a: !!binary aGVsbG8=\n": "tags",
        "? [a, b]\n: 1\n": "plain name",
        "a: 1\na: 2\n": "duplicate",
        "a: 1\n---\nb: 2\n": "one document",
        "a: " + "[" * 50 + "]" * 50 + "\n": "nested",
        "a:\n" + "".join("  " * (i + 1) + "b:\n" for i in range(300)): "nested",
        "a: [unclosed\n": "",
    }
    for text, word in cases.items():
        try:
            load_plain(text)
        except PlainYAMLError as exc:
            assert word in exc.message, (text[:30], exc.message)
        else:
            raise AssertionError(f"accepted: {text[:40]!r}")
