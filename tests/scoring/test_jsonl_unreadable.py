"""Submission JSONL rows Python cannot take in: a huge integer, a lone surrogate."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from guidekit.cli import main
from guidekit.scoring.columns import Columns
from guidekit.scoring.jsonl import read_jsonl
from guidekit.scoring.rows import BadRow, Row
from guidekit.spec.loader import LoadedSpec

Writer = Callable[[str, str], Path]

GOOD = '{"annotator": "w", "item": "g1", "label": "pos"}\n'
HUGE = "9" * (sys.get_int_max_str_digits() + 1)
LIMIT = sys.get_int_max_str_digits()
BAD_LINES = [
    ('{"annotator": "w", "item": "g2", "label": "neg", "n": ' + HUGE + "}",
     f"a number is too long to read (more than {LIMIT} digits)"),
    ('{"annotator": "w", "item": "g\\ud800", "label": "neg"}',
     "'\\ud800' in key 'item' is half of a UTF-16 surrogate pair alone, "
     "not valid Unicode"),
    ('{"annotator": "w", "item": "g2", "label": "n\\uDFFF"}',
     "'\\udfff' in key 'label' is half of a UTF-16 surrogate pair alone, "
     "not valid Unicode"),
]


def run(*args: str | Path) -> Result:
    # long: the format sniffer reads the first line with json.loads itself
    return CliRunner().invoke(main, ["score", *map(str, args),
                                     "--input-format", "long"])


@pytest.mark.parametrize(("line", "message"), BAD_LINES)
def test_the_reader_makes_a_bad_row_at_the_line(write: Writer, line: str,
                                                message: str) -> None:
    path = write("a.jsonl", GOOD + line + "\n" + GOOD.replace("g1", "g3"))
    found = list(read_jsonl(path, str(path), Columns()))
    assert found == [Row(str(path), 1, "w", "g1", "pos"),
                     BadRow(str(path), 2, message),
                     Row(str(path), 3, "w", "g3", "pos")]


def test_a_surrogate_pair_and_an_escaped_backslash_are_read(write: Writer) -> None:
    path = write("a.jsonl", '{"annotator": "w\\ud83d\\ude00", "item": "g1", '
                            '"label": "\\\\udfff"}\n')
    found = list(read_jsonl(path, str(path), Columns()))
    assert found == [Row(str(path), 1, "w\U0001f600", "g1", "\\udfff")]


@pytest.mark.parametrize(("line", "message"), BAD_LINES)
def test_strict_names_file_and_line_without_a_traceback(
        spec: LoadedSpec, write: Writer, line: str, message: str) -> None:
    path = write("a.jsonl", GOOD + line + "\n")
    result = run(spec.path, path, "--format", "json")
    assert result.exit_code == 1
    assert isinstance(result.exception, SystemExit)
    assert result.stderr.startswith(
        f"guidekit: error: {path}:2: {message}; fix the row")
    assert "Traceback" not in result.output


@pytest.mark.parametrize(("line", "message"), BAD_LINES)
def test_lenient_skips_and_lists_the_row(spec: LoadedSpec, write: Writer,
                                         line: str, message: str) -> None:
    path = write("a.jsonl", GOOD + line + "\n")
    result = run(spec.path, path, "--format", "json", "--lenient")
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["skipped"]["rows"] == [
        {"file": str(path), "row": 2, "detail": message}]
    assert report["totals"]["gold"] == 1


def test_the_format_sniffer_takes_a_huge_first_line_as_long_rows(
        spec: LoadedSpec, write: Writer) -> None:
    path = write("a.jsonl", BAD_LINES[0][0] + "\n" + GOOD)
    result = CliRunner().invoke(main, ["score", str(spec.path), str(path)])
    assert result.exit_code == 1
    assert isinstance(result.exception, SystemExit)
    assert f"a.jsonl:1: {BAD_LINES[0][1]}" in result.output


def test_a_prodigy_line_with_a_huge_number_is_a_bad_row(
        spec: LoadedSpec, write: Writer) -> None:
    line = ('{"text": "t", "answer": "accept", "_input_hash": 1, "_task_hash": 2, '
            '"label": "pos", "n": ' + HUGE + "}")
    path = write("p.jsonl", line + "\n")
    result = CliRunner().invoke(main, ["score", str(spec.path), str(path),
                                       "--input-format", "prodigy"])
    assert result.exit_code == 1
    assert isinstance(result.exception, SystemExit)
    assert f"p.jsonl:1: {BAD_LINES[0][1]}" in result.output
