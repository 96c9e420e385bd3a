"""U+0085, U+2028 and U+2029 are ordinary characters, as in editors."""

from __future__ import annotations

import pytest

from guidekit.spec.yamlread import YamlProblem, read_yaml_text


@pytest.mark.parametrize("char", ["\x85", "\u2028", "\u2029"])
def test_break_is_kept_in_the_value_and_later_lines_keep_their_number(
        char: str) -> None:
    raw = f"a: x{char}y\nb: 'p {char} q'\nc: 3\n".encode()
    doc = read_yaml_text("s.yaml", raw)
    assert doc.data == {"a": f"x{char}y", "b": f"p {char} q", "c": "3"}
    pos = doc.where.at(("c",))
    assert (pos.line, pos.col) == (3, 4)
    places = [(p.line, p.col, p.level, p.code) for p in doc.problems]
    assert places == [(1, 5, "warning", "unicode-line-break"),
                      (2, 7, "warning", "unicode-line-break")]


def test_warning_lines_count_crlf_and_cr_as_editors_do() -> None:
    raw = "a: 1\r\nb: 2\rc: x\u2028y\n".encode()
    doc = read_yaml_text("s.yaml", raw)
    [problem] = doc.problems
    assert (problem.line, problem.col) == (3, 5)
    assert "U+2028 (line separator)" in problem.message
    assert problem.hint is not None and "\\L" in problem.hint


def test_keys_and_problem_messages_show_the_real_character() -> None:
    raw = "k\u2028v: 1\nk\u2028v: 2\n".encode()
    doc = read_yaml_text("s.yaml", raw)
    assert doc.data == {"k\u2028v": "1"}
    duplicate = [p for p in doc.problems if p.code == "duplicate-key"]
    assert len(duplicate) == 1 and "k\u2028v" in duplicate[0].message
    assert (duplicate[0].line, duplicate[0].col) == (2, 1)


def test_fatal_problem_after_a_break_is_at_the_editor_line() -> None:
    raw = "a: x\u2028y\nb: 'open\n".encode()
    with pytest.raises(YamlProblem) as caught:
        read_yaml_text("s.yaml", raw)
    problem = caught.value.problem
    assert (problem.line, problem.col, problem.code) == (2, 4, "yaml-syntax")


def test_top_level_plain_break_is_not_a_syntax_error() -> None:
    # YAML 1.1 would start a new line at column 0 inside the value of `a`
    doc = read_yaml_text("s.yaml", "a: one\u2028two\n".encode())
    assert doc.data == {"a": "one\u2028two"}
