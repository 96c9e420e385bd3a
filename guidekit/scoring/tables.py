"""Count tables: every submission row reduced to counts as it streams by.

The one table every figure comes from is `cube`, counting (annotator,
gold label, given label) over the gold items answered, in code order
(`answers` is the same counts by name); an answer that gold's `also`
accepts is counted as agreeing with gold.
Beside it, per annotator: rows for items that are not gold, rows with a
label no spelling matches, and repeated rows. Rows are never kept: each
annotator's first label per item is, as codes (`first`, see first.py),
to find repeats and for the figures that need items: agreement among
annotators and per-item diagnostics. `cube` and `non_gold` are made
from `first` once every file is read (`finish`).

Each readable row lands in exactly one bucket, so
rows = gold + non_gold + unknown_labels + duplicates + skipped.
A repeated (annotator, item) row is counted as a duplicate and left out:
the first answer is kept. A row whose label is unknown is not an answer
and does not claim its item. Notes (records a tool marks: cancelled,
rejected, ignored, ground truth) are not rows: they are counted by kind
in `notes`, with a few examples of each. counting.py reads the files.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

import numpy as np
from numpy.typing import NDArray

from guidekit.scoring.answer_counts import GoldCodes, gold_answers
from guidekit.scoring.buckets import (
    EXAMPLES,
    Buckets,
    RowRef,
    add_duplicate,
    admit_unknown,
    repeat_detail,
    shorten,
)
from guidekit.scoring.first import EMPTY, FirstAnswers
from guidekit.scoring.gold import GoldKey
from guidekit.scoring.provenance import ProvenanceTables
from guidekit.scoring.rows import Row


@dataclass(kw_only=True)
class CountTables(Buckets):
    """Counts gathered from every file; see the module text for buckets.

    `first` holds `labels` label codes; `annotators` lists every annotator
    seen on a readable row, in the order first seen.
    """

    first: FirstAnswers
    #: Gold answers, annotator code x gold label x given label (see finish).
    cube: NDArray[np.int64] = field(
        default_factory=lambda: np.zeros((0, 0, 0), dtype=np.int64))
    #: Optional provenance columns (source, prelabel, confidence, ...).
    provenance: ProvenanceTables = field(default_factory=ProvenanceTables)
    #: The label values behind the label codes.
    labels: tuple[str, ...] = ()
    #: Gold by item code, set by `finish` for the figures made after it.
    gold: GoldCodes | None = None

    @property
    def annotators(self) -> dict[str, int]:
        return self.first.annotator_codes

    @property
    def answers(self) -> Counter[tuple[str, str, str]]:
        """(annotator, gold label, given label) -> count, from `cube`."""
        names, found = self.first.annotators, Counter[tuple[str, str, str]]()
        cells = np.nonzero(self.cube)
        for a, g, y, n in zip(*(c.tolist() for c in cells),
                              self.cube[cells].tolist(), strict=True):
            found[(names[a], self.labels[g], self.labels[y])] = n
        return found

    def matrices(self) -> dict[str, list[list[int]]]:
        """Annotator -> k x k gold answers (rows gold, columns given), if any."""
        names = self.first.annotators
        return {names[a]: self.cube[a].tolist()
                for a in np.flatnonzero(self.cube.sum(axis=(1, 2))).tolist()}

    @classmethod
    def empty(cls, key: GoldKey) -> CountTables:
        return cls(first=FirstAnswers(len(key.labels)), labels=key.labels)


def add_row(tables: CountTables, key: GoldKey, row: Row) -> None:
    """Count one readable row: unknown label, repeat, or a kept first answer."""
    first = tables.first
    annotator = first.annotator(row.annotator)
    given = key.label_of(row.label)
    if given is None:
        _unknown(tables, row)
        return
    code = key.labels.index(given)
    earlier = first.claim(annotator, first.item(row.item), code)
    if earlier != EMPTY:
        _duplicate(tables, row, key.labels[earlier], given)
        return
    tables.provenance.add(key, row, given, key.answers.get(row.item))


def finish(tables: CountTables, key: GoldKey) -> CountTables:
    """Fill `cube`, `non_gold` and `gold` from the first answers; return `tables`."""
    first = tables.first
    tables.gold = gold = GoldCodes.of(first, key)
    names = first.annotators
    tables.cube, other = gold_answers(first, gold)
    for a, n in enumerate(other.tolist()):
        if n:
            tables.non_gold[names[a]] += n
    return tables


def _unknown(tables: CountTables, row: Row) -> None:
    tables.unknown[row.annotator] += 1
    value = row.label.strip()
    admit_unknown(tables, value, 1)
    if len(tables.unknown_examples) < EXAMPLES:
        tables.unknown_examples.append(RowRef(row.path, row.row,
                                              f"label '{shorten(value)}'"))


def _duplicate(tables: CountTables, row: Row, first: str, given: str) -> None:
    example = RowRef(row.path, row.row,
                     duplicate_detail(row.annotator, row.item, first, given))
    add_duplicate(tables, row.annotator, first != given, example)


def duplicate_detail(annotator: str, item: str, first: str, given: str) -> str:
    """What a repeated row's example says."""
    note = (f"a different label ('{given}', first '{first}')" if first != given
            else "the same label")
    return repeat_detail(annotator, item, note)
