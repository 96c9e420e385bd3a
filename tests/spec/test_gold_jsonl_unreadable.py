"""Gold JSONL lines Python cannot take in: a huge integer, a lone surrogate."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from guidekit.cli import main
from guidekit.problems import Problem
from guidekit.spec.gold_jsonl import read_jsonl

SPEC = """\
spec: guidekit/v1
id: u
title: U
version: "1.0.0"
task:
  fields: [{name: text}]
labels:
  - {value: a, definition: "label a"}
  - {value: b, definition: "label b"}
gold:
  - include: gold.jsonl
"""
GOOD = '{"id": "g1", "item": {"text": "x"}, "label": "a"}\n'
HUGE = "9" * (sys.get_int_max_str_digits() + 1)


def problems_of(text: str) -> tuple[list[object], list[Problem]]:
    problems: list[Problem] = []
    rows, _ = read_jsonl(text.encode("utf-8"), "g.jsonl", problems)
    return rows, problems


def run(tmp_path: Path, line: str, *command: str) -> Result:
    (tmp_path / "spec.yaml").write_text(SPEC, encoding="utf-8")
    (tmp_path / "gold.jsonl").write_text(GOOD + line + "\n", encoding="utf-8")
    args = [*command, str(tmp_path / "spec.yaml")]
    if command == ("score",):
        answers = tmp_path / "a.csv"
        answers.write_text("annotator,item,label\nw,g1,a\n", encoding="utf-8")
        args.append(str(answers))
    return CliRunner().invoke(main, args)


@pytest.mark.parametrize("line", [
    '{"id": "g2", "item": {"text": "y"}, "label": "b", "n": ' + HUGE + "}",
    '{"id": ' + HUGE + ', "item": {"text": "y"}, "label": "b"}',
])
def test_a_huge_integer_is_a_json_problem_at_its_line(line: str) -> None:
    rows, problems = problems_of(GOOD + line + "\n" + GOOD.replace("g1", "g3"))
    assert [row["id"] for row in rows] == ["g1", "g3"]  # type: ignore[index]
    assert [(p.line, p.col, p.level, p.code) for p in problems] == [
        (2, 1, "error", "json-syntax")]
    limit = sys.get_int_max_str_digits()
    assert problems[0].message == f"a number is too long: more than {limit} digits"


@pytest.mark.parametrize(("escape", "shown"), [
    (r"\ud800", r"\ud800"), (r"\uDC00", r"\udc00"), (r"\uDbFf", r"\udbff")])
def test_a_lone_surrogate_is_a_problem_at_its_line(escape: str, shown: str) -> None:
    line = '{"id": "g2", "item": {"text": "y' + escape + '"}, "label": "b"}'
    rows, problems = problems_of(GOOD + line + "\n")
    assert len(rows) == 1
    assert [(p.line, p.col, p.level, p.code) for p in problems] == [
        (2, 1, "error", "not-utf8")]
    assert problems[0].message == (
        f"'{shown}' is half of a UTF-16 surrogate pair alone, not valid Unicode")


def test_a_surrogate_pair_and_an_escaped_backslash_are_fine() -> None:
    rows, problems = problems_of(
        '{"id": "g\\ud83d\\ude00", "item": {"text": "\\\\ud800"}, "label": "a"}\n')
    assert problems == []
    assert rows == [{"id": "g\U0001f600", "item": {"text": "\\ud800"}, "label": "a"}]


@pytest.mark.parametrize("command", [("validate",), ("score",)])
@pytest.mark.parametrize(("line", "message"), [
    ('{"id": "g\\ud800", "item": {"text": "y"}, "label": "b"}',
     "'\\ud800' is half of a UTF-16 surrogate pair alone"),
    ('{"id": "g2", "item": {"text": "y"}, "label": "b", "n": ' + HUGE + "}",
     "a number is too long"),
])
def test_the_cli_names_file_and_line_without_a_traceback(
        tmp_path: Path, command: tuple[str, ...], line: str, message: str) -> None:
    result = run(tmp_path, line, *command)
    assert result.exit_code == 1
    assert isinstance(result.exception, SystemExit)
    assert f"{tmp_path / 'gold.jsonl'}:2:1: error: {message}" in result.output
    assert "Traceback" not in result.output
