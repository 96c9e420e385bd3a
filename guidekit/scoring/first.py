"""Each annotator's first answer per item, kept as small integer codes.

Annotators and items get codes 0, 1, ... in the order first seen; a
label is its index in the spec's label order. The answers live in a
dense grid, annotator by item, of one small integer per cell (-1: no
answer yet), so the memory they take depends on how many annotators and
items there are, not on how many rows were read. When the grid would
pass CAP_CELLS cells (many annotators and items, few answers each), the
answers move to a dict keyed by (annotator, item), which grows with the
answers instead. Either way `chunks()` hands the answers out as numpy
arrays a bounded number at a time, so the figures made from them never
build a per-row table either.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping

import numpy as np
from numpy.typing import NDArray

from guidekit.scoring.first_rows import first_of_each

CAP_CELLS = 1 << 27
CHUNK_CELLS = 1 << 19
EMPTY = -1

Codes = NDArray[np.int64]
Triples = tuple[Codes, Codes, Codes]


class FirstAnswers:
    """(annotator, item) -> label code, first answer kept; see the module text.

    >>> first = FirstAnswers(labels=2)
    >>> first.claim(first.annotator("ann"), first.item("i1"), 1)
    -1
    >>> first.claim(first.annotator("ann"), first.item("i1"), 0)
    1
    """

    def __init__(self, labels: int, *, cap_cells: int = CAP_CELLS) -> None:
        self.labels = labels
        self.annotator_codes: dict[str, int] = {}
        self.item_codes: dict[str, int] = {}
        self.cap_cells = cap_cells
        self._dtype = np.int8 if labels < 127 else np.int32
        self._grid: NDArray[np.integer] | None = np.full((0, 0), EMPTY, self._dtype)
        self._sparse: dict[tuple[int, int], int] = {}

    @property
    def annotators(self) -> list[str]:
        return list(self.annotator_codes)

    @property
    def items(self) -> list[str]:
        return list(self.item_codes)

    def annotator(self, name: str) -> int:
        """The code of annotator `name`, given one when first seen."""
        return self.annotator_codes.setdefault(name, len(self.annotator_codes))

    def item(self, item_id: str) -> int:
        """The code of item `item_id`, given one when first seen."""
        return self.item_codes.setdefault(item_id, len(self.item_codes))

    def claim(self, annotator: int, item: int, label: int) -> int:
        """Keep `label` if this is the pair's first answer; return the first label.

        Returns -1 when the answer was new and is now kept.
        """
        grid = self._room(annotator + 1, item + 1)
        if grid is None:
            first = self._sparse.get((annotator, item), EMPTY)
            if first == EMPTY:
                self._sparse[(annotator, item)] = label
            return first
        first = int(grid[annotator, item])
        if first == EMPTY:
            grid[annotator, item] = label
        return first

    def claim_many(self, annotator: Codes, item: Codes,
                   label: Codes) -> tuple[Codes, Codes]:
        """`claim` for each row in order; the rows that repeat a pair, and labels.

        Returns where the rows are whose pair was answered before (in an
        earlier call or an earlier row), and the label kept for each; the
        answer of every other row is new and now kept.
        """
        grid = self._room(int(annotator.max(initial=-1)) + 1,
                          int(item.max(initial=-1)) + 1)
        if grid is None:
            found = np.fromiter(map(self.claim, annotator.tolist(), item.tolist(),
                                    label.tolist()), np.int64, len(label))
            again = np.flatnonzero(found != EMPTY)
            return again, found[again]
        pairs = annotator * grid.shape[1] + item
        open_rows = np.flatnonzero(grid.take(pairs) == EMPTY)
        fresh = open_rows[first_of_each(pairs[open_rows])]
        np.put(grid, pairs[fresh], label[fresh])
        kept = np.zeros(len(label), dtype=np.bool_)
        kept[fresh] = True
        again = np.flatnonzero(~kept)
        return again, grid.take(pairs[again]).astype(np.int64)

    def _room(self, annotators: int, items: int) -> NDArray[np.integer] | None:
        """The grid, grown to hold the codes given, or None once it is a dict."""
        grid = self._grid
        if grid is None:
            return None
        rows, cols = grid.shape
        if annotators <= rows and items <= cols:
            return grid
        if annotators > rows:
            rows = max(annotators, 2 * rows, 16)
        if items > cols:
            cols = max(items, 2 * cols, 64)
        if rows * cols > self.cap_cells:
            self._to_sparse(grid)
            return None
        grown = np.full((rows, cols), EMPTY, self._dtype)
        grown[:grid.shape[0], :grid.shape[1]] = grid
        self._grid = grown
        return grown

    def _to_sparse(self, grid: NDArray[np.integer]) -> None:
        for a, i, y in self.chunks():
            self._sparse.update(zip(zip(a.tolist(), i.tolist(), strict=True),
                                    y.tolist(), strict=True))
        self._grid = None

    def chunks(self) -> Iterator[Triples]:
        """Every kept answer as (annotator, item, label) code arrays, in pieces."""
        if self._grid is None:
            yield from _sparse_chunks(self._sparse)
            return
        grid = self._grid[:len(self.annotator_codes), :len(self.item_codes)]
        step = max(1, CHUNK_CELLS // max(1, grid.shape[1]))
        for start in range(0, grid.shape[0], step):
            block = grid[start:start + step]
            # flatnonzero and divmod: the same cells as a 2-D nonzero, faster
            rows, cols = np.divmod(np.flatnonzero(block != EMPTY), block.shape[1])
            yield rows + start, cols, block[rows, cols].astype(np.int64)

    @classmethod
    def of(cls, answers: Mapping[tuple[str, str], int], labels: int) -> FirstAnswers:
        """From (annotator, item) -> label code, in the mapping's order.

        >>> first = FirstAnswers.of({("a", "i"): 0, ("b", "i"): 1}, 2)
        >>> first.annotators, first.items
        (['a', 'b'], ['i'])
        """
        first = cls(labels)
        for (annotator, item), label in answers.items():
            first.claim(first.annotator(annotator), first.item(item), label)
        return first


def _sparse_chunks(sparse: Mapping[tuple[int, int], int]) -> Iterator[Triples]:
    pairs = list(sparse.items())
    step = CHUNK_CELLS // 4
    for start in range(0, len(pairs), step):
        part = pairs[start:start + step]
        a = np.fromiter((p[0][0] for p in part), np.int64, len(part))
        i = np.fromiter((p[0][1] for p in part), np.int64, len(part))
        y = np.fromiter((p[1] for p in part), np.int64, len(part))
        yield a, i, y
