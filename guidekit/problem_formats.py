"""Formatters for problems: pure functions from a list to text."""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Callable
from dataclasses import asdict

from guidekit.problems import Problem

Formatter = Callable[[list[Problem]], str]
ZERO_WIDTH = frozenset({"Mn", "Me", "Cf"})
"""Unicode categories a terminal draws in no cell: marks, format characters."""


def format_text(problems: list[Problem]) -> str:
    """`path:line:col: level: message (code)`, one problem a line.

    >>> p = Problem("s.yaml", 3, 7, "error", "unknown-label", "no label 'x'")
    >>> format_text([p])
    "s.yaml:3:7: error: no label 'x' (unknown-label)\\n"
    """
    return "".join(_text_line(p) + "\n" for p in problems)


def format_text_with_source(problems: list[Problem],
                            read_line: Callable[[str, int], str | None]) -> str:
    """Text lines, each followed by its source line, a caret and the hint."""
    out: list[str] = []
    for p in problems:
        out.append(_text_line(p))
        source = read_line(p.path, p.line)
        if source is not None:
            shown = source.rstrip("\n").replace("\t", " ")
            out.append(f"  {shown}")
            out.append("  " + " " * _cells(shown, p.col - 1) + "^")
        if p.hint:
            out.append(f"  hint: {p.hint}")
    return "".join(line + "\n" for line in out)


def _cells(line: str, count: int) -> int:
    """Terminal cells taken by the first `count` characters of `line`.

    Wide and full-width characters (East Asian, most emoji) take two cells;
    combining marks and format characters (zero-width joiner...) none;
    characters past the end of the line one each.

    >>> _cells("日本 x", 3), _cells("e\u0301x", 2), _cells("ab", 4)
    (5, 1, 4)
    """
    cells = max(0, count - len(line))
    for char in line[:count]:
        if unicodedata.combining(char) or unicodedata.category(char) in ZERO_WIDTH:
            continue
        cells += 2 if unicodedata.east_asian_width(char) in "WF" else 1
    return cells


def _text_line(p: Problem) -> str:
    return f"{p.path}:{p.line}:{p.col}: {p.level}: {p.message} ({p.code})"


def format_json(problems: list[Problem]) -> str:
    return json.dumps([asdict(p) for p in problems], indent=2) + "\n"


def format_github(problems: list[Problem]) -> str:
    """GitHub Actions workflow commands, shown as annotations on the PR."""
    lines = []
    for p in problems:
        kind = "error" if p.is_error else "warning"
        message = _escape_data(f"{p.message} ({p.code})")
        where = f"file={_escape_prop(p.path)},line={p.line},col={p.col}"
        lines.append(f"::{kind} {where},title={p.code}::{message}\n")
    return "".join(lines)


def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_prop(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


FORMATTERS: dict[str, Formatter] = {
    "text": format_text,
    "json": format_json,
    "github": format_github,
}
