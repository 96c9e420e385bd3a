"""Majority vote per item against gold, ties counted rather than broken.

On every gold item that at least one annotator rated, the plurality
label is the one given most often. When two or more labels share the
top count the item is a tie: it is counted (and whether gold's answer is
among the tied labels), never settled by label order. Accuracy is the
share of decided items whose plurality label gold accepts (its label or
one in `also`), with a Wilson interval.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from numpy.typing import ArrayLike

from guidekit.scoring.figures import Figure, Interval
from guidekit.scoring.metrics import wilson_interval


@dataclass(frozen=True)
class MajorityVote:
    """Plurality label per gold item against gold; ties kept apart."""

    gold_items: int
    decided: int
    correct: int
    ties: int
    ties_with_gold: int
    accuracy: Figure
    interval: Interval


def majority_vote(counts: ArrayLike, gold: ArrayLike,
                  accepted: ArrayLike) -> MajorityVote:
    """Score the plurality label of each rated gold item.

    `counts` is n_ik (items x labels), `gold` each item's gold label
    index (-1: not a gold item) and `accepted` (items x labels) the
    labels gold accepts on it.

    >>> majority_vote([[2, 1], [1, 1]], [0, 0], [[True, False], [True, False]])
    ... # doctest: +ELLIPSIS
    MajorityVote(gold_items=2, decided=1, correct=1, ties=1, ties_with_gold=1, ...)
    """
    table = np.asarray(counts, dtype=np.int64)
    keep = (np.asarray(gold) >= 0) & (table.sum(axis=1) > 0)
    table, ok = table[keep], np.asarray(accepted, dtype=np.bool_)[keep]
    top = table == table.max(axis=1, keepdims=True)
    tied, hit = top.sum(axis=1) > 1, (top & ok).any(axis=1)
    decided, correct = int((~tied).sum()), int((hit & ~tied).sum())
    accuracy = (Figure.of(correct / decided) if decided else Figure.missing(
        "no gold item has a plurality label (none rated, or every one tied)"))
    return MajorityVote(len(table), decided, correct, int(tied.sum()),
                        int((hit & tied).sum()), accuracy,
                        wilson_interval(correct, decided))
