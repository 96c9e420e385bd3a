"""Where the row reader starts in a CSV or TSV file, and the text from there.

The columnar reader (columnar.py) counts a file a block at a time and
hands what it cannot read to the row reader (delimited.py) at the first
byte of a line, with that line's number, so the rows before it are
parsed once. That line starts a record (outside quoted values, as
quoting.py finds them), so the csv module starts there in the state it
would be in reading from the top: at a new row. Line numbers are the
csv module's: a line ends at `\\n`, `\\r\\n` or a lone `\\r`.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from typing import TextIO


@dataclass(frozen=True)
class Start:
    """A byte offset where a line starts, and that line's number (from 1)."""

    offset: int = 0
    line: int = 1


#: The whole file, header included.
WHOLE = Start()


def open_text(path: Path, offset: int) -> TextIO:
    """The file as text from byte `offset`, lines split as the csv module wants.

    A byte-order mark is dropped at the start of the file only: further
    on it is a character of a value, as it is reading from the top.
    """
    raw = open(path, "rb")  # noqa: SIM115 - the text wrapper owns and closes it
    try:
        raw.seek(offset)
    except OSError:
        raw.close()
        raise
    encoding = "utf-8" if offset else "utf-8-sig"
    return io.TextIOWrapper(raw, encoding=encoding, newline="")


def lines_from(path: Path, start: Start, line: int) -> Iterator[str]:
    """The file's lines from line number `line` on (at or after `start`)."""
    with open_text(path, start.offset) as handle:
        yield from islice(handle, line - start.line, None)
