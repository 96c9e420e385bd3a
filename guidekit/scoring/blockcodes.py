"""One block of columns, as pyarrow parsed it, turned into codes (a Batch).

Each column is dictionary-encoded, so a value is looked at once per
block however often it repeats, and the values the file had in earlier
blocks are looked up all at once (rawcodes.py): only values new to the
file are checked and normalised in Python. The codes are the ones the
row reader gives (tables.add_row): annotators in the order first seen,
items in the order first seen with a known label, labels by spelling.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import numpy as np
from numpy.typing import NDArray

from guidekit.scoring.batch import Batch
from guidekit.scoring.first_rows import first_of_each
from guidekit.scoring.gold import GoldKey
from guidekit.scoring.rawcodes import NEW, Codes, RawCodes, indices, take
from guidekit.scoring.tables import CountTables
from guidekit.spec.spellings import normal

Memo = dict[str, RawCodes]


@dataclass(frozen=True)
class _Column:
    """One mapped column of a block, and what the memo knows of it."""

    memo: RawCodes
    #: The block's distinct values, in the order first seen.
    entries: Any
    #: Each row's index into `entries`.
    rows: Codes
    #: Each entry's code, NEW while it has none.
    codes: Codes
    #: Where the entries new to the file are, and their text.
    new: Codes
    texts: list[str]

    def learn(self, at: Codes, codes: Codes) -> None:
        """Give the entries at `at` their `codes`, and remember them."""
        self.codes[at] = codes
        self.memo.remember(take(self.entries, at), codes)


def new_memo() -> Memo:
    """An empty memo for each mapped column, for one file."""
    return {role: RawCodes() for role in ("annotator", "item", "label")}


def code_block(block: dict[str, Any], line: int, tables: CountTables,
               key: GoldKey, memo: Memo, lines: Codes | None = None) -> Batch | None:
    """Codes for one block's rows, or None when a mapped value is empty.

    `block` holds each mapped column, dictionary-encoded; the rows are
    on the lines from `line` on, one each, or on `lines`.
    """
    columns = {role: _column(encoded, memo[role]) for role, encoded in block.items()}
    if not all(_readable(column.texts) for column in columns.values()):
        return None
    first, names, labels = tables.first, columns["annotator"], columns["label"]
    names.learn(names.new, _coded(names.texts, lambda v: first.annotator(normal(v))))
    labels.learn(labels.new, _coded(labels.texts, lambda v: _label(key, v)))
    label = labels.codes[labels.rows]
    item = _items(tables, columns["item"], label >= 0)
    return Batch(line, names.codes[names.rows], item, label,
                 labels.entries.to_pylist(), labels.rows, lines)


def _column(encoded: Any, memo: RawCodes) -> _Column:
    entries = encoded.dictionary
    codes = memo.find(entries)
    new = np.flatnonzero(codes == NEW)
    return _Column(memo, entries, indices(encoded.indices), codes, new,
                   take(entries, new).to_pylist())


def _readable(values: list[str]) -> bool:
    # a field past the csv limit never gets here: blockparse hands its
    # block to the row reader whole
    return all(value.strip() for value in values)


def _coded(texts: list[str], code_of: Callable[[str], int]) -> Codes:
    return np.fromiter(map(code_of, texts), np.int64, len(texts))


def _label(key: GoldKey, value: str) -> int:
    found = key.label_of(value)
    return -1 if found is None else key.labels.index(found)


def _items(tables: CountTables, items: _Column, known: NDArray[np.bool_]) -> Codes:
    """Item codes per row, -1 where the label is unknown and the item new.

    Items new to the file get codes in the order first seen with a known
    label; dictionary entries come in the order first seen, so when every
    label is known that order is the one wanted as it is.
    """
    if known.all():
        order = items.new
    else:
        rows = items.rows[known & (items.codes[items.rows] == NEW)]
        order = rows[np.sort(first_of_each(rows))]
    if len(order):
        texts = [items.texts[j] for j in np.searchsorted(items.new, order).tolist()]
        items.learn(order, _coded(texts, lambda v: tables.first.item(normal(v))))
    codes = np.where(items.codes == NEW, -1, items.codes)
    return codes[items.rows]
