"""One submission row as read, or the reason it could not be read.

Row numbers are line numbers in the file, as an editor shows them: in a
CSV or TSV file the header is line 1, so the first data row is line 2
(a row with a quoted newline is numbered by the line it starts on); in a
JSONL file each line is numbered, blank lines included. Tool exports
without rows of their own (a Label Studio JSON list) number a record by
the line its task starts on and say which annotation in the reason.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass

from guidekit.scoring.columns import Columns


def normal(text: str) -> str:
    """The form item ids and labels are matched in: NFC, no outer spaces."""
    return unicodedata.normalize("NFC", text).strip()


@dataclass(frozen=True)
class Row:
    """A readable row: annotator and item in normal form, label as given."""

    path: str
    row: int
    annotator: str
    item: str
    label: str
    source: str | None = None


@dataclass(frozen=True)
class BadRow:
    """A row that cannot be read, and why."""

    path: str
    row: int
    reason: str


@dataclass(frozen=True)
class Note:
    """A record the tool itself marks, not an error: counted and reported.

    `kind` is one of "cancelled" (Label Studio, left out), "reject" and
    "ignore" (Prodigy, left out), "rejected assignment" (MTurk, left out)
    and "ground truth" (Label Studio, kept: its answer is a Row too).
    """

    path: str
    row: int
    kind: str
    detail: str


def make_row(path: str, number: int, values: Mapping[str, str | None],
             columns: Columns) -> Row | BadRow:
    """A Row from the role -> raw value map, or BadRow for an empty value."""
    for role in Columns.roles():
        raw = values.get(role)
        if raw is None or not raw.strip():
            return BadRow(path, number,
                          f"empty {role} (column '{columns.name(role)}')")
    return Row(path, number, normal(values["annotator"] or ""),
               normal(values["item"] or ""), values["label"] or "")
