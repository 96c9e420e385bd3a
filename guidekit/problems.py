"""The one record every check, loader and reader reports a problem with."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

Level = Literal["error", "warning"]


@dataclass(frozen=True)
class Problem:
    """A problem at a place in a file; line and col start at 1.

    >>> Problem("a.yaml", 3, 5, "error", "unknown-label", "no such label").line
    3
    """

    path: str
    line: int
    col: int
    level: Level
    code: str
    message: str
    hint: str | None = None
    json_path: str | None = None

    @property
    def is_error(self) -> bool:
        return self.level == "error"


def sort_problems(problems: Iterable[Problem]) -> list[Problem]:
    """Problems in reading order: by file, line, column, then code."""
    return sorted(problems, key=lambda p: (p.path, p.line, p.col, p.code, p.message))


def has_errors(problems: Iterable[Problem]) -> bool:
    return any(p.is_error for p in problems)
