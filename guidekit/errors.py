"""Typed errors the library raises; the CLI turns them into messages."""

from __future__ import annotations

from guidekit.problems import Problem


class GuidekitError(Exception):
    """Base of every error guidekit raises on purpose."""


class SpecError(GuidekitError):
    """A spec that could not be loaded; carries every problem found."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        first = problems[0] if problems else None
        where = f"{first.path}:{first.line}:{first.col}: " if first else ""
        text = f"{where}{first.message}" if first else "invalid spec"
        super().__init__(f"{text} ({len(problems)} problem(s))")


class InputError(GuidekitError):
    """A bad input file or row: names the file, the row and what to do."""

    def __init__(self, path: str, row: int | None, message: str) -> None:
        self.path = path
        self.row = row
        self.message = message
        place = f"{path}:{row}" if row is not None else path
        super().__init__(f"{place}: {message}")
