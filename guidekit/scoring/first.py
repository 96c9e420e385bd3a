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
                   label: Codes) -> tuple[NDArray[np.bool_], Codes]:
        """`claim` for each row in order: (kept as new, the pair's first label)."""
        grid = self._room(int(annotator.max(initial=-1)) + 1,
                          int(item.max(initial=-1)) + 1)
        if grid is None:
            firsts = [self.claim(int(a), int(i), int(y))
                      for a, i, y in zip(annotator, item, label, strict=True)]
            found = np.asarray(firsts, dtype=np.int64)
            return found == EMPTY, np.where(found == EMPTY, label, found)
        pairs = annotator * grid.shape[1] + item
        _, first_rows = np.unique(pairs, return_index=True)
        before = grid[annotator[first_rows], item[first_rows]].astype(np.int64)
        fresh = first_rows[before == EMPTY]
        grid[annotator[fresh], item[fresh]] = label[fresh]
        new = np.zeros(len(label), dtype=np.bool_)
        new[fresh] = True
        return new, grid[annotator, item].astype(np.int64)

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
            rows, cols = np.nonzero(block != EMPTY)
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
