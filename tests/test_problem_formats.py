"""Problem formatters, byte for byte: the text line is an API."""

from __future__ import annotations

import json

import pytest

from guidekit.problem_formats import (
    format_github,
    format_json,
    format_text,
    format_text_with_source,
)
from guidekit.problems import Problem

PROBLEM = Problem("specs/a.yaml", 12, 5, "error", "unknown-label",
                  "label 'entialed' is not defined", "did you mean 'entailed'?",
                  "$.gold[3].label")
WARNING = Problem("specs/a.yaml", 2, 1, "warning", "byte-order-mark", "has a BOM")


def test_text_line() -> None:
    assert format_text([PROBLEM, WARNING]) == (
        "specs/a.yaml:12:5: error: label 'entialed' is not defined (unknown-label)\n"
        "specs/a.yaml:2:1: warning: has a BOM (byte-order-mark)\n")


def test_text_with_source_shows_a_caret_and_the_hint() -> None:
    text = format_text_with_source([PROBLEM], lambda path, line: "    label: entialed")
    assert text.splitlines() == [
        "specs/a.yaml:12:5: error: label 'entialed' is not defined (unknown-label)",
        "      label: entialed",
        "      ^",
        "  hint: did you mean 'entailed'?",
    ]


@pytest.mark.parametrize(("source", "col", "caret"), [
    # 18 characters before 'label', three of them wide: 21 cells
    ('  - {text: "日本語", label: x}', 19, "  " + " " * 21 + "^"),
    ("  - {text: 😀, label: x}", 15, "  " + " " * 15 + "^"),
    # the combining acute accent takes no cell
    ("  - {text: cafe\u0301, label: x}", 19, "  " + " " * 17 + "^"),
    ("  - {text: ＡＢ, label: x}", 16, "  " + " " * 17 + "^"),
    ("x\ty: z", 6, "  " + " " * 5 + "^"),
])
def test_caret_pads_by_terminal_cells(source: str, col: int, caret: str) -> None:
    problem = Problem("s.yaml", 1, col, "error", "unknown-key", "found it")
    text = format_text_with_source([problem], lambda path, line: source)
    assert source[col - 1] in "lz"
    assert text == (f"s.yaml:1:{col}: error: found it (unknown-key)\n"
                    + "  " + source.replace("\t", " ") + "\n" + caret + "\n")


def test_json_keeps_every_field() -> None:
    [row] = json.loads(format_json([PROBLEM]))
    assert row == {"path": "specs/a.yaml", "line": 12, "col": 5, "level": "error",
                   "code": "unknown-label",
                   "message": "label 'entialed' is not defined",
                   "hint": "did you mean 'entailed'?", "json_path": "$.gold[3].label"}


def test_github_annotations_escape_their_properties() -> None:
    odd = Problem("a,b:c.yaml", 1, 2, "warning", "x", "50% done\nnext")
    assert format_github([odd]) == (
        "::warning file=a%2Cb%3Ac.yaml,line=1,col=2,title=x::50%25 done%0Anext (x)\n")
