"""Where every row read goes, for every task kind, and the examples kept.

Each readable row lands in exactly one bucket, so
rows = gold + non_gold + unknown + duplicates + skipped. Notes (records a
tool marks: cancelled, rejected, ignored, ground truth) are not rows:
they are counted by kind, with a few examples of each. tables.py (single
label) and kinds/tally.py (the other kinds) both count into Buckets.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from guidekit.errors import InputError
from guidekit.scoring.rows import BadRow, Note

EXAMPLES = 5
UNKNOWN_VALUES = 20
#: Longer values are cut when shown: a runaway cell must not swamp a report.
SHOWN_CHARS = 80


@dataclass(frozen=True)
class RowRef:
    """A row worth showing: file, row number and what is wrong with it."""

    path: str
    row: int
    detail: str


@dataclass(kw_only=True)
class Buckets:
    """Per-annotator counts of the rows that are not gold answers, and more."""

    non_gold: Counter[str] = field(default_factory=Counter)
    unknown: Counter[str] = field(default_factory=Counter)
    duplicates: Counter[str] = field(default_factory=Counter)
    rows: int = 0
    duplicates_differing: int = 0
    unknown_values: Counter[str] = field(default_factory=Counter)
    unknown_examples: list[RowRef] = field(default_factory=list)
    duplicate_examples: list[RowRef] = field(default_factory=list)
    skipped: list[RowRef] = field(default_factory=list)
    notes: Counter[str] = field(default_factory=Counter)
    note_examples: list[RowRef] = field(default_factory=list)


def add_note(buckets: Buckets, note: Note) -> None:
    """Count a record the tool marks; keep the first few as examples."""
    buckets.notes[note.kind] += 1
    if buckets.notes[note.kind] <= EXAMPLES:
        buckets.note_examples.append(RowRef(note.path, note.row, note.detail))


def add_bad(buckets: Buckets, row: BadRow, lenient: bool) -> None:
    """InputError for a bad row, or (lenient) skip it and list it."""
    if not lenient:
        raise InputError(row.path, row.row, f"{row.reason}; fix the row, or use "
                         "--lenient to skip bad rows and list them")
    buckets.skipped.append(RowRef(row.path, row.row, row.reason))


def admit_unknown(buckets: Buckets, value: str, count: int) -> None:
    """Count an unknown label value; only the first UNKNOWN_VALUES are kept.

    The value is counted as it is shown (see `shorten`).
    """
    value = shorten(value)
    if value in buckets.unknown_values or len(buckets.unknown_values) < UNKNOWN_VALUES:
        buckets.unknown_values[value] += count


def shorten(value: str) -> str:
    """`value`, cut to SHOWN_CHARS characters with its length said if longer.

    >>> shorten("x" * 100)[-20:]
    '... (100 characters)'
    """
    if len(value) <= SHOWN_CHARS:
        return value
    return f"{value[:SHOWN_CHARS - 20]}... ({len(value)} characters)"


def add_duplicate(buckets: Buckets, annotator: str, differs: bool,
                  example: RowRef) -> None:
    """Count a repeated (annotator, item) row; keep the first few examples."""
    buckets.duplicates[annotator] += 1
    buckets.duplicates_differing += differs
    if len(buckets.duplicate_examples) < EXAMPLES:
        buckets.duplicate_examples.append(example)


def repeat_detail(annotator: str, item: str, note: str) -> str:
    """What a repeated row's example says; `note` names the answer given."""
    return (f"annotator '{annotator}' answered item '{item}' again with {note}; "
            "the first answer is kept")
