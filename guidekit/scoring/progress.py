"""A light hook to follow a long read: where in which file it has got to.

`count_tables(..., progress=callback)` calls `callback(path, line)` every
EVERY records and once at the end of each file, with the line number of
the last record read (row numbers are line numbers, see rows.py). The
library draws nothing; the command line turns the calls into a bar.
Without a callback the rows pass through untouched, at no cost per row.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Protocol, TypeVar

EVERY = 2048

Progress = Callable[[str, int], None]


class _Numbered(Protocol):
    @property
    def row(self) -> int: ...


T = TypeVar("T", bound=_Numbered)


def reporting(records: Iterator[T], path: str,
              progress: Progress | None) -> Iterator[T]:
    """`records` as they come, telling `progress` how far the read is.

    >>> seen = []
    >>> rows = reporting(iter([]), "a.csv", lambda p, n: seen.append((p, n)))
    >>> list(rows), seen
    ([], [('a.csv', 0)])
    """
    if progress is None:
        return records
    return _reporting(records, path, progress)


def _reporting(records: Iterator[T], path: str, progress: Progress) -> Iterator[T]:
    line, count = 0, 0
    for record in records:
        line, count = record.row, count + 1
        if count % EVERY == 0:
            progress(path, line)
        yield record
    progress(path, line)
