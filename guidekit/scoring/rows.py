"""One submission row as read, or the reason it could not be read.

Row numbers are line numbers in the file, as an editor shows them: in a
CSV or TSV file the header is line 1, so the first data row is line 2
(a row with a quoted newline is numbered by the line it starts on); in a
JSONL file each line is numbered, blank lines included. Tool exports
without rows of their own (a Label Studio JSON list) number a record by
the line its task starts on and say which annotation in the reason.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass

from guidekit.scoring.columns import OPTIONS, Columns
from guidekit.spec.spellings import normal


@dataclass(frozen=True)
class Row:
    """A readable row: annotator and item in normal form, label as given."""

    path: str
    row: int
    annotator: str
    item: str
    label: str
    source: str | None = None
    agent: str | None = None
    prelabel: str | None = None
    confidence: float | None = None
    reviewer: str | None = None
    guideline_version: str | None = None


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
    """A Row from role -> raw value (and any PROVENANCE keys), or BadRow.

    A row is bad for an empty role value or a confidence not in 0..1.
    """
    for role in Columns.roles():
        raw = values.get(role)
        if raw is None or not raw.strip():
            return BadRow(path, number,
                          f"empty {role} (column '{columns.name(role)}')")
    extra = {name: normal(raw) or None for name in PROVENANCE
             if (raw := values.get(name))} if len(values) > len(OPTIONS) else {}
    confidence = _confidence(extra.get("confidence"))
    if isinstance(confidence, str):
        return BadRow(path, number, confidence)
    get = extra.get
    return Row(path, number, normal(values["annotator"] or ""),
               normal(values["item"] or ""), values["label"] or "",
               get("source"), get("agent"), get("prelabel"), confidence,
               get("reviewer"), get("guideline_version"))


#: Optional provenance columns (keys) of a long-format file, read when present.
PROVENANCE = ("source", "agent", "prelabel", "confidence", "reviewer",
              "guideline_version")


def _confidence(text: str | None) -> float | str | None:
    """The confidence as a number in 0..1, None if absent, or why it is bad."""
    if text is None:
        return None
    try:
        value = float(text)
    except ValueError:
        value = math.nan
    if not 0.0 <= value <= 1.0:
        return (f"confidence '{text}' (column 'confidence') is not a number "
                "from 0 to 1; write it as e.g. 0.85")
    return value
