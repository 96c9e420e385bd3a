"""The tasks of a Label Studio export, each with where it sits in the file.

An export is one JSON array. It is walked one task at a time, so a task
that is not valid JSON is reported at its own line, and each task keeps
its span of the text: a bad row names the line its task starts on, and
a string with a lone surrogate is looked up in that span and named by
its own line (a long task spreads over many lines).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from guidekit.errors import InputError
from guidekit.scoring.rows import BadRow
from guidekit.scoring.toolrows import BadValue, Surrogate
from guidekit.surrogates import may_hold_one

_SPACE = re.compile(r"[ \t\n\r]*")
_STRING = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"')


@dataclass(frozen=True)
class Place:
    """Task `number` of file `shown`: the line it starts on, its text span."""

    shown: str
    number: int
    line: int
    whole: str
    start: int
    end: int

    def bad(self, where: str, exc: BadValue) -> BadRow:
        """The bad row for `exc`, at the line of the string it names if any."""
        line = self.line
        if isinstance(exc, Surrogate):
            line = self.line_of(exc.value)
        return BadRow(self.shown, line, f"{where}: {exc}")

    def line_of(self, value: str) -> int:
        """The line of the first JSON string in this task that decodes to `value`."""
        for found in _STRING.finditer(self.whole, self.start, self.end):
            token = found.group()
            if may_hold_one(token) and json.loads(token) == value:
                return self.line + self.whole.count("\n", self.start, found.start())
        return self.line


def tasks(shown: str, whole: str) -> Iterator[tuple[Place, Any]]:
    """(place, decoded task) for each element of the export's list."""
    decoder, at = json.JSONDecoder(), _skip(whole, 0)
    if at == len(whole) or whole[at] != "[":
        raise InputError(shown, None, "not a Label Studio JSON export: expected a "
                         "list of tasks; export the project as JSON")
    at, line, seen, number = at + 1, 1, 0, 0
    while True:
        at = _skip(whole, at)
        if whole.startswith("]", at):
            return
        if number and not whole.startswith(",", at):
            raise _broken(shown, whole, at, "expected ',' or ']' after a task")
        at = _skip(whole, at + (1 if number else 0))
        try:
            task, end = decoder.raw_decode(whole, at)
        except json.JSONDecodeError as exc:
            raise _broken(shown, whole, exc.pos, exc.msg) from None
        line, seen, number = line + whole.count("\n", seen, at), at, number + 1
        yield Place(shown, number, line, whole, at, end), task
        at = end


def _skip(whole: str, at: int) -> int:
    """The position of the first character at or after `at` that is not space."""
    match = _SPACE.match(whole, at)
    return match.end() if match else at


def _broken(shown: str, whole: str, at: int, why: str) -> InputError:
    line = whole.count("\n", 0, at) + 1
    return InputError(shown, line, f"not valid JSON: {why[:1].lower() + why[1:]}; "
                      "re-export the project as JSON")
