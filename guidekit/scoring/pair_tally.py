"""The pairwise kappa table (pairwise.py) from code arrays, for many annotators.

pairwise.pair_table keeps a Counter per annotator pair: gigabytes once
millions of pairs share an item. Here each same-item pair of ratings is
one int64, for A annotators (rank: place in sorted name order) and K labels:

    key = (rank_a * A + rank_b) * K**2 + label_a * K + label_b,  rank_a < rank_b

Sorted, a pair's keys sit together: the run's length is the items the
two share; the K x K margins of pairs sharing >= `min_shared` are counted
with bincount. N, the diagonal and sum_i r_i c_i are exact integers given
to the kappa_from and agreement_from that cohen_kappa uses, so each figure
is the reference's to the bit (tests/scoring/test_pair_tally.py). Memory
follows the same-item pairs, which the budget bounds.
"""

from __future__ import annotations

from collections.abc import Iterator

import numpy as np

from guidekit.scoring.first import Codes, FirstAnswers
from guidekit.scoring.metrics import agreement_from, kappa_from
from guidekit.scoring.pairwise import (
    PAIR_BUDGET,
    PairKappa,
    PairTable,
    over_budget,
    worst_first,
)

#: Same-item pairs (or pair x label margins) made at a time.
BLOCK = 1 << 20
#: Keys above this do not fit an int64: then pairs are sorted by argsort.
KEY_LIMIT = 1 << 63


def pair_table_of(first: FirstAnswers, *, min_shared: int = 10,
                  budget: int = PAIR_BUDGET) -> PairTable:
    """pairwise.pair_table of each annotator's first answers, from codes.

    >>> first = FirstAnswers.of({("b", "i"): 0, ("a", "i"): 1,
    ...                          ("b", "j"): 1, ("a", "j"): 1}, 2)
    >>> [(p.first, p.second, p.shared, p.agreement.text())
    ...  for p in pair_table_of(first, min_shared=2).pairs]
    [('a', 'b', 2, '0.500')]
    """
    (annotator, item, label), work = _rated_twice(first)
    if work > budget:
        return over_budget(work, budget, min_shared)
    names = first.annotators
    order = sorted(range(len(names)), key=names.__getitem__)
    rank = np.empty(len(names), dtype=np.int64)
    rank[order] = np.arange(len(names))

    pair, cell = _sorted_pairs(rank[annotator], item, label, len(names),
                               first.labels)
    return _table(pair, cell, [names[n] for n in order], first.labels,
                  min_shared)


def _rated_twice(first: FirstAnswers) -> tuple[tuple[Codes, Codes, Codes], int]:
    """The answers on items answered twice or more, and their same-item pairs."""
    sizes = np.zeros(len(first.item_codes), dtype=np.int64)
    for _, i, _ in first.chunks():
        sizes += np.bincount(i, minlength=len(sizes))
    kept = (np.stack([a, i, y])[:, sizes[i] >= 2] for a, i, y in first.chunks())
    a, i, y = np.concatenate([np.zeros((3, 0), np.int64), *kept], axis=1)
    return (a, i, y), int((sizes * (sizes - 1) // 2).sum())


def _sorted_pairs(rank: Codes, item: Codes, label: Codes, people: int,
                  k: int) -> tuple[Codes, Codes]:
    """Every same-item pair's id and cell, ordered by pair id."""
    order = np.argsort(item * people + rank)
    rank, label, item = rank[order], label[order], item[order]
    ends = np.flatnonzero(np.diff(item, append=-1)) + 1
    later = np.repeat(ends, np.diff(ends, prepend=0)) - np.arange(len(item)) - 1
    none = np.zeros((2, 0), np.int64)
    blocks = (_block(rank, label, later, start, end, people, k)
              for start, end in _blocks(later))
    if people * people * k * k > KEY_LIMIT:
        pair, cell = np.concatenate([none, *blocks], axis=1)
        order = np.argsort(pair, kind="stable")
        return pair[order], cell[order]
    key = np.concatenate([none[0], *(pair * k * k + cell for pair, cell in blocks)])
    key.sort()
    cell = key % (k * k)
    key //= k * k  # in place: the pair ids
    return key, cell


def _block(rank: Codes, label: Codes, later: Codes, start: int, end: int,
           people: int, k: int) -> Codes:
    """Pair ids and cells of rows start..end-1 with each later row of their item."""
    second, owner = _spans(np.arange(start + 1, end + 1), later[start:end])
    first = owner + start
    return np.stack([rank[first] * people + rank[second],
                     label[first] * k + label[second]])


def _table(pair: Codes, cell: Codes, names: list[str], k: int,
           min_shared: int) -> PairTable:
    """The table from the pair ids and cells, grouped by pair."""
    starts = np.flatnonzero(np.diff(pair, prepend=-1))
    shared = np.diff(starts, append=len(pair))
    keep = np.flatnonzero(shared >= min_shared)
    lo, hi = np.divmod(pair[starts[keep]], len(names))
    counted = zip(lo.tolist(), hi.tolist(), shared[keep].tolist(),
                  *_margins(cell, starts[keep], shared[keep], k), strict=True)
    pairs = [PairKappa(names[a], names[b], n, agreement_from(n, diagonal),
                       kappa_from(n, diagonal, products))
             for a, b, n, diagonal, products in counted]
    pairs.sort(key=worst_first)
    return PairTable(min_shared, len(starts), len(pairs), tuple(pairs))


def _margins(cell: Codes, starts: Codes, shared: Codes,
             k: int) -> tuple[list[int], list[int]]:
    """Per pair (its cells at starts, shared long): sum_i n_ii, sum_i r_i c_i."""
    diagonal: list[int] = []
    products: list[int] = []
    for start, end in _blocks(shared + k):
        at, owner = _spans(starts[start:end], shared[start:end])
        row, col = np.divmod(cell[at], k)
        size = (end - start) * k
        rows = np.bincount(owner * k + row, minlength=size)
        cols = np.bincount(owner * k + col, minlength=size)
        products += (rows * cols).reshape(-1, k).sum(axis=1).tolist()
        diagonal += np.bincount(owner[row == col], minlength=end - start).tolist()
    return diagonal, products


def _spans(starts: Codes, lengths: Codes) -> tuple[Codes, Codes]:
    """Each index start..start+length-1 of every span, and the span it is in."""
    owner = np.repeat(np.arange(len(starts)), lengths)
    offset = np.arange(len(owner)) - np.repeat(np.cumsum(lengths) - lengths, lengths)
    return starts[owner] + offset, owner


def _blocks(weights: Codes) -> Iterator[tuple[int, int]]:
    """(start, end) spans of the indices of `weights`, about BLOCK weight each."""
    total = np.cumsum(weights)
    cuts = np.searchsorted(total, np.arange(BLOCK, total[-1:].sum(), BLOCK),
                           side="right")
    edges = np.unique(np.concatenate([[0], cuts, [len(weights)]])).tolist()
    return zip(edges[:-1], edges[1:], strict=True)
