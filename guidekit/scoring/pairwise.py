"""Agreement between pairs of annotators: raw pair agreement, Cohen's kappa.

Items map annotator -> label index (0..K-1). Raw agreement counts, over
every item, each unordered pair of annotators who both rated it: the
share of those pairs that gave the same label. Each pair of annotators
who share at least `min_shared` items gets Cohen's kappa (see metrics)
on the K x K table of their labels on those items, rows the first
annotator (names in sorted order), columns the second.

`pair_table` tallies a dict per pair: the simple reference. pair_tally.py
makes the same table from code arrays, for many annotators; tests and
bench/pairwise.py hold the two to each other.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from itertools import combinations

import numpy as np
from numpy.typing import ArrayLike

from guidekit.scoring.figures import Figure
from guidekit.scoring.metrics import cohen_kappa, observed_agreement

Items = Mapping[str, Mapping[str, int]]
PAIR_BUDGET = 5_000_000


@dataclass(frozen=True)
class RawAgreement:
    """`agreeing` of `pairs` same-item annotator pairs gave the same label."""

    pairs: int
    agreeing: int
    value: Figure


@dataclass(frozen=True)
class PairKappa:
    """Two annotators, the items they share, and their agreement on them."""

    first: str
    second: str
    shared: int
    agreement: Figure
    kappa: Figure


@dataclass(frozen=True)
class PairTable:
    """Pairs sharing >= min_shared items, lowest kappa first (undefined last)."""

    min_shared: int
    overlapping: int
    qualifying: int
    pairs: tuple[PairKappa, ...]
    undefined: str | None = None


def same_item_pairs(counts: ArrayLike) -> int:
    """How many (item, pair of its annotators) there are, from counts m_uc."""
    sizes = np.asarray(counts, dtype=np.int64).reshape(-1, np.shape(counts)[-1])
    m = sizes.sum(axis=1)
    return int((m * (m - 1) // 2).sum())


def raw_agreement(counts: ArrayLike) -> RawAgreement:
    """From per-item label counts m_uc: agreeing pairs over all pairs.

    >>> raw_agreement([[2, 1], [0, 1]]).value.text()
    '0.333'
    """
    table = np.asarray(counts, dtype=np.int64)
    pairs = same_item_pairs(table)
    agreeing = int((table * (table - 1) // 2).sum())
    if pairs == 0:
        return RawAgreement(0, 0, Figure.missing(
            "no item has 2 or more ratings: no pairs to compare"))
    return RawAgreement(pairs, agreeing, Figure.of(agreeing / pairs))


def pair_table(items: Items, size: int, *, min_shared: int = 10,
               budget: int = PAIR_BUDGET, work: int | None = None) -> PairTable:
    """Cohen's kappa for every annotator pair sharing >= `min_shared` items.

    Undefined (no pairs, with the reason) when the items hold more than
    `budget` same-item pairs, to keep the work bounded; `work` is that
    number when the caller knows it and did not gather `items`.
    """
    if work is None:
        work = sum(len(r) * (len(r) - 1) // 2 for r in items.values())
    if work > budget:
        return over_budget(work, budget, min_shared)
    tallies = _tallies(items)
    pairs = [_pair(a, b, tally, size) for (a, b), tally in tallies.items()
             if sum(tally.values()) >= min_shared]
    pairs.sort(key=worst_first)
    return PairTable(min_shared, len(tallies), len(pairs), tuple(pairs))


def over_budget(work: int, budget: int, min_shared: int) -> PairTable:
    """The table left undefined: `work` same-item pairs exceed `budget`."""
    return PairTable(min_shared, 0, 0, (), (
        f"{work} same-item annotator pairs exceed the budget of {budget}; "
        "the pairwise kappa matrix is not computed"))


def _tallies(items: Items) -> dict[tuple[str, str], Counter[tuple[int, int]]]:
    tallies: dict[tuple[str, str], Counter[tuple[int, int]]] = {}
    for ratings in items.values():
        for a, b in combinations(sorted(ratings), 2):
            tally = tallies.setdefault((a, b), Counter())
            tally[(ratings[a], ratings[b])] += 1
    return tallies


def _pair(a: str, b: str, tally: Counter[tuple[int, int]], size: int) -> PairKappa:
    matrix = [[tally[(i, j)] for j in range(size)] for i in range(size)]
    return PairKappa(a, b, sum(tally.values()), observed_agreement(matrix),
                     cohen_kappa(matrix))


def worst_first(pair: PairKappa) -> tuple[bool, float, int, str, str]:
    """Sort key: lowest kappa first, undefined last, then most shared, names."""
    kappa = pair.kappa.value
    return (kappa is None, kappa or 0.0, -pair.shared, pair.first, pair.second)
