"""The reading bar of `guidekit score`, drawn on a terminal only.

The bar goes to stderr, and only when stderr is a terminal and neither
CI is set nor TERM is dumb: piped, redirected or CI output never holds
progress text. Its length is the line count of the files (a quick count
of newlines before the read), and it moves with the line numbers that
`guidekit.scoring.progress` reports, so quoted newlines cost nothing.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import TextIO

import click

from guidekit.scoring.progress import Progress

CHUNK = 1 << 20


def on_terminal(stream: TextIO) -> bool:
    """Whether a bar may be drawn on `stream`."""
    if os.environ.get("CI") or os.environ.get("TERM") == "dumb":
        return False
    return bool(getattr(stream, "isatty", lambda: False)())


@contextmanager
def reading_bar(paths: Sequence[str], stream: TextIO | None = None,
                ) -> Iterator[Progress | None]:
    """A progress callback drawing a bar on `stream` (stderr), or None."""
    target = stream if stream is not None else sys.stderr
    if not on_terminal(target):
        yield None
        return
    offsets, total = _offsets(paths)
    with click.progressbar(length=max(total, 1), label="reading",
                           file=target) as bar:
        def update(path: str, line: int) -> None:
            bar.update(min(offsets.get(path, 0) + line, total) - bar.pos)
        yield update
        bar.update(max(total, 1) - bar.pos)


def _offsets(paths: Sequence[str]) -> tuple[dict[str, int], int]:
    offsets: dict[str, int] = {}
    total = 0
    for path in paths:
        offsets.setdefault(str(path), total)
        total += line_count(path)
    return offsets, total


def line_count(path: str) -> int:
    """Lines in the file at `path` (0 when it cannot be read)."""
    count, last = 0, b"\n"
    try:
        with open(path, "rb") as handle:
            while chunk := handle.read(CHUNK):
                count, last = count + chunk.count(b"\n"), chunk[-1:]
    except OSError:
        return 0
    return count + (last != b"\n")
