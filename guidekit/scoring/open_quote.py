"""A CSV row the csv module cannot read, and why, when a quote is left open.

The csv module (strict, `"` quoting) reads a quoted value to its closing
quote across as many lines as it takes. When that quote is missing it
stops at the end of the file, or at its field size limit once the value
has swallowed the rows after it, and says that, not what is wrong. Here
the row is read again by the same rules (csv.reader with strict=True)
to find the line where the open quoted value starts, and the message
names that line and the quote. Other reasons keep the csv module's words.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from pathlib import Path

from guidekit.errors import InputError
from guidekit.scoring.resume import Start, lines_from

#: How the csv module's reason starts when a quoted value it reads is open.
CAUSES = ("unexpected end of data", "field larger than field limit")
HINT = "add the closing quote, or write a '\"' inside a value as '\"\"'"


def unreadable_row(path: Path, shown: str, start: Start, line: int,
                   delimiter: str, error: csv.Error) -> InputError:
    """The InputError for the row on line `line` that csv.reader refused."""
    reason = str(error)
    if delimiter != "\t" and reason.startswith(CAUSES):
        limit = csv.field_size_limit()
        opened = open_quote(lines_from(path, start, line), delimiter, limit)
        if opened is not None:
            where = ("the end of the file" if reason == CAUSES[0] else
                     f"the csv field size limit ({limit} characters)")
            return InputError(shown, line + opened, "quoted value not closed: "
                              f"the '\"' that opens it on this line has no "
                              f"closing '\"' before {where}; {HINT}")
    return InputError(shown, line, f"cannot read row: {reason}")


def open_quote(lines: Iterable[str], delimiter: str, limit: int) -> int | None:
    """Which of `lines` (0 the first) opens the quoted value csv.reader fails in.

    `lines` start with a row, split as csv.reader is given them; the
    value fails when it is open at their end or grows past `limit`
    characters. None when the row ends, or fails otherwise, before that.
    """
    opened, size = 0, -1  # the open quoted value: its line, its length so far
    for number, text in enumerate(lines):
        at = 0
        while at >= 0:
            if size < 0:
                at = _opening(text, at, delimiter, limit)
                if at < 0:
                    return None
                opened, size = number, 0
            at, size = _closing(text, at, size)
            if size > limit:
                return opened
            if at >= 0:
                if not text.startswith(delimiter, at):
                    return None  # the row ends at the closing quote, or csv fails
                at, size = at + 1, -1
    return opened if size >= 0 else None


def _opening(text: str, at: int, delimiter: str, limit: int) -> int:
    """Past the quote opening a value, from a field start at `at`; -1 if none.

    -1 too for an unquoted value longer than `limit`: csv fails there.
    """
    body = len(text.rstrip("\r\n"))
    while at < body and text[at] != '"':
        end = text.find(delimiter, at, body)
        end = body if end < 0 else end
        if end - at > limit or end == body:
            return -1
        at = end + 1
    return at + 1 if at < body else -1


def _closing(text: str, at: int, size: int) -> tuple[int, int]:
    """Past the quote closing a value read from `at` (-1 if not in `text`),
    and the value's length with it; a doubled quote is one character."""
    close = text.find('"', at)
    while close >= 0 and text.startswith('"', close + 1):
        size, at = size + close - at + 1, close + 2
        close = text.find('"', at)
    if close < 0:
        return -1, size + len(text) - at
    return close + 1, size + close - at
