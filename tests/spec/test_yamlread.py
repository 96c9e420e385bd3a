"""The YAML reader keeps strings as written and fails fast on bad input."""

from __future__ import annotations

import pytest

from guidekit.spec.yamlread import YamlProblem, read_yaml_text


@pytest.mark.parametrize("raw", ["no", "yes", "on", "off", "y", "n", "1.10",
                                 "2024-01-03", "0x1F", "1e3", "TRUE", "012"])
def test_plain_scalars_stay_the_text_written(raw: str) -> None:
    doc = read_yaml_text("s.yaml", f"value: {raw}\n".encode())
    assert doc.data == {"value": raw}


def test_quoted_and_null_scalars() -> None:
    doc = read_yaml_text("s.yaml", b"a: 'no'\nb: ~\nc:\nd: \"1.10\"\n")
    assert doc.data == {"a": "no", "b": None, "c": None, "d": "1.10"}


def test_yaml11_readings_are_noted_for_plain_scalars_only() -> None:
    doc = read_yaml_text("s.yaml", b"a: no\nb: 'no'\nc: 1.10\nd: text\n")
    assert doc.where.notes() == {("a",): ("no", "a boolean"),
                                 ("c",): ("1.10", "a number")}


def test_positions_start_at_one() -> None:
    doc = read_yaml_text("s.yaml", b"labels:\n  - value: x\n    title: y\n")
    pos = doc.where.at(("labels", 0, "title"))
    assert (pos.line, pos.col) == (3, 12)
    key = doc.where.key_at(("labels", 0, "title"))
    assert (key.line, key.col) == (3, 5)


def test_duplicate_key_names_both_lines_and_keeps_first() -> None:
    doc = read_yaml_text("s.yaml", b"a: 1\nb: 2\na: 3\n")
    assert doc.data == {"a": "1", "b": "2"}
    [problem] = doc.problems
    assert (problem.line, problem.col, problem.code) == (3, 1, "duplicate-key")
    assert problem.message == "duplicate key 'a' (first at line 1)"


def test_merge_keys_do_not_override_explicit_ones() -> None:
    doc = read_yaml_text("s.yaml", b"b: &b {x: 1, y: 2}\nd:\n  <<: *b\n  y: 3\n")
    assert doc.data["d"] == {"x": "1", "y": "3"}


def test_alias_bomb_is_refused_before_expansion() -> None:
    lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
    for i in range(1, 9):
        refs = ", ".join([f"*a{i - 1}"] * 10)
        lines.append(f"a{i}: &a{i} [{refs}]")
    with pytest.raises(YamlProblem) as caught:
        read_yaml_text("s.yaml", "\n".join(lines).encode())
    assert caught.value.problem.code == "alias-bomb"


def test_too_large_file_is_refused_before_parsing() -> None:
    with pytest.raises(YamlProblem) as caught:
        read_yaml_text("s.yaml", b"a: " + b"x" * (33 * 1024 * 1024))
    assert caught.value.problem.code == "file-too-large"


def test_utf16_is_named() -> None:
    with pytest.raises(YamlProblem) as caught:
        read_yaml_text("s.yaml", "a: 1\n".encode("utf-16"))
    assert caught.value.problem.message == "file is UTF-16, expected UTF-8"
