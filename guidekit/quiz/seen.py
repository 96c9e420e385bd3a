"""Which gold items each annotator has seen, from earlier answers files.

Exposure control for `quiz build --exclude-seen`: a new quiz leaves out
the items an annotator (or, for a quiz for everyone, anyone) answered
before. Answers files are JSONL as quiz.html and `quiz take` save them
(one object per line with ``annotator`` and ``item``) or CSV/TSV with a
header that has ``annotator`` and ``item`` columns (a ``.csv`` may be
``;``-separated, sniffed as `guidekit score` does). Other columns are
ignored. A quiz's answers name its questions by opaque ids: `SeenMap`
(`guidekit.quiz.seenmap`) turns them back into gold ids with the quizzes'
keys.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from guidekit.errors import InputError
from guidekit.quiz.seenmap import SeenMap
from guidekit.scoring.delimited import header_delimiter

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


def read_seen(paths: Iterable[str | Path], ids: SeenMap | None = None) -> Seen:
    """Read every answers file in `paths`; with `ids`, items as gold ids.

    Without `ids` each row's item is taken as it is. Raises InputError
    naming the file and row of a row without an annotator or item (or,
    with `ids`, of a quiz whose key is missing), or a file that cannot
    be read.

    >>> read_seen([]).items()
    frozenset()
    """
    found: dict[str, set[str]] = {}
    for path in paths:
        for number, row in answer_rows(path):
            annotator, item = pair(path, number, row)
            gold = item if ids is None else ids.gold(str(path), number, row, item)
            if gold is not None:
                found.setdefault(annotator, set()).add(gold)
    return Seen({who: frozenset(items) for who, items in found.items()})


def answer_rows(path: str | Path) -> Iterator[tuple[int, dict[str, object]]]:
    """The rows of an answers file with their line numbers (from 1)."""
    path = Path(path)
    try:
        text = decoded(str(path), path.read_bytes())
    except OSError as exc:
        raise InputError(str(path), None, "cannot read file: "
                         f"{(exc.strerror or str(exc)).lower()}") from exc
    if path.suffix.lower() in JSONL_SUFFIXES:
        yield from _jsonl(path, text)
    else:
        yield from _table(path, text)


def decoded(shown: str, data: bytes) -> str:
    """`data` as UTF-8 text (a byte-order mark dropped), or InputError naming
    the line of the first byte that is not UTF-8, as `guidekit score` does."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise InputError(shown, line, f"byte {data[exc.start]:#04x} is not UTF-8; "
                         "save the file as UTF-8") from None


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
    first = text.split("\n", 1)[0]
    delimiter = "\t" if path.suffix.lower() == ".tsv" else header_delimiter(first)
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
        lines = decoded(str(path), Path(path).read_bytes()).splitlines()
    except OSError as exc:
        raise InputError(str(path), None, "cannot read the annotator ids: "
                         f"{(exc.strerror or str(exc)).lower()}") from exc
    ids = [line.strip() for line in lines if line.strip() and
           not line.lstrip().startswith("#")]
    if not ids:
        raise InputError(str(path), None, "no annotator ids; write one id a line")
    return list(dict.fromkeys(ids))
