"""Which gold items each annotator has seen, from earlier answers files.

Exposure control for `quiz build --exclude-seen`: a new quiz leaves out
the items an annotator (or, for a quiz for everyone, anyone) answered
before. Answers files are JSONL as quiz.html and `quiz take` save them
(one object per line with ``annotator`` and ``item``) or CSV/TSV with a
header that has ``annotator`` and ``item`` columns. Other columns are
ignored.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from guidekit.errors import InputError

JSONL_SUFFIXES = (".jsonl", ".ndjson", ".json")


@dataclass(frozen=True)
class Seen:
    """Item ids seen, per annotator id."""

    by_annotator: dict[str, frozenset[str]]

    def items(self, annotator: str | None = None) -> frozenset[str]:
        """What `annotator` saw; with None, what anyone saw."""
        if annotator is not None:
            return self.by_annotator.get(annotator, frozenset())
        return frozenset().union(*self.by_annotator.values())


def read_seen(paths: Iterable[str | Path]) -> Seen:
    """Read every answers file in `paths`.

    Raises InputError naming the file and row of a row without an
    annotator or item, or a file that cannot be read.

    >>> read_seen([]).items()
    frozenset()
    """
    found: dict[str, set[str]] = {}
    for path in paths:
        for number, row in answer_rows(path):
            annotator, item = pair(path, number, row)
            found.setdefault(annotator, set()).add(item)
    return Seen({who: frozenset(items) for who, items in found.items()})


def answer_rows(path: str | Path) -> Iterator[tuple[int, dict[str, object]]]:
    """The rows of an answers file with their line numbers (from 1)."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(str(path), None,
                         f"cannot read the answers file: {exc}") from exc
    if path.suffix.lower() in JSONL_SUFFIXES:
        yield from _jsonl(path, text)
    else:
        yield from _table(path, text)


def _jsonl(path: Path, text: str) -> Iterator[tuple[int, dict[str, object]]]:
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(str(path), number, f"not a JSON object ({exc.msg}); "
                             "an answers file has one object per line") from exc
        if not isinstance(row, dict):
            raise InputError(str(path), number, "not a JSON object; an answers "
                             "file has one object per line")
        yield number, row


def _table(path: Path, text: str) -> Iterator[tuple[int, dict[str, object]]]:
    delimiter = "\t" if path.suffix.lower() == ".tsv" else ","
    reader = csv.DictReader(io.StringIO(text, newline=""), delimiter=delimiter)
    names = reader.fieldnames or []
    if "annotator" not in names or "item" not in names:
        raise InputError(str(path), 1, "the header needs 'annotator' and 'item' "
                         f"columns, found {names}")
    for row in reader:
        yield reader.line_num, dict(row)


def pair(path: str | Path, number: int, row: dict[str, object]) -> tuple[str, str]:
    """A row's annotator and item, stripped; InputError if either is missing."""
    who, what = (str(row.get(key) or "").strip() for key in ("annotator", "item"))
    if not who or not what:
        raise InputError(str(path), number, "a row needs an annotator and an item "
                         "id; fix the row or leave the file out")
    return who, what


def read_ids(path: str | Path) -> list[str]:
    """Annotator ids, one a line; blank lines and ``#`` comments are skipped,
    repeats kept once. Raises InputError when the file has no id."""
    try:
        lines = Path(path).read_text(encoding="utf-8-sig").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(str(path), None,
                         f"cannot read the annotator ids: {exc}") from exc
    ids = [line.strip() for line in lines if line.strip() and
           not line.lstrip().startswith("#")]
    if not ids:
        raise InputError(str(path), None, "no annotator ids; write one id a line")
    return list(dict.fromkeys(ids))
