"""Count tables made from the first answers (first.py), with numpy.

Shapes: A annotators, I items, K labels, all in code order. Gold is
joined by item code: `GoldCodes.gold[i]` is gold's label for item i (-1
when i is not a gold item) and `GoldCodes.accepted[i, k]` says whether
gold accepts label k on item i (its label or one in `also`). An answer
gold accepts counts as agreeing with gold: it lands on the diagonal.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from guidekit.scoring.first import FirstAnswers
from guidekit.scoring.gold import GoldKey

Counts = NDArray[np.int64]


@dataclass(frozen=True)
class GoldCodes:
    """Gold per item code: its label (-1: not gold) and the labels accepted."""

    gold: NDArray[np.int64]
    accepted: NDArray[np.bool_]

    @classmethod
    def of(cls, first: FirstAnswers, key: GoldKey) -> GoldCodes:
        at = {label: k for k, label in enumerate(key.labels)}
        gold = np.full(len(first.item_codes), -1, dtype=np.int64)
        accepted = np.zeros((len(first.item_codes), len(key.labels)), np.bool_)
        rows, labels, cells = [], [], []
        for item, code in first.item_codes.items():
            answer = key.answers.get(item)
            if answer is not None:
                rows.append(code)
                labels.append(at[answer.label])
                cells += [(code, at[v]) for v in answer.accepted if v in at]
        gold[rows] = labels
        if cells:
            accepted[tuple(np.array(cells, dtype=np.int64).T)] = True
        return cls(gold, accepted)


def item_label_counts(first: FirstAnswers,
                      who: NDArray[np.bool_] | None = None) -> Counts:
    """n_ik, shape I x K: answers of label k to item i (by annotators in `who`)."""
    size = len(first.item_codes) * first.labels
    total = np.zeros(size, dtype=np.int64)
    for a, i, y in first.chunks():
        cells = i * first.labels + y
        if who is not None:
            cells = cells[who[a]]
        total += np.bincount(cells, minlength=size)
    return total.reshape(len(first.item_codes), first.labels)


def gold_answers(first: FirstAnswers, gold: GoldCodes) -> tuple[Counts, Counts]:
    """In one pass: gold answers A x K x K (annotator, gold's label, label
    given) and answers to items that are not gold, per annotator (A)."""
    k, people = first.labels, len(first.annotator_codes)
    cube = np.zeros(people * k * k, dtype=np.int64)
    other = np.zeros(people, dtype=np.int64)
    for a, i, y in first.chunks():
        on_gold = gold.gold[i] >= 0
        other += np.bincount(a[~on_gold], minlength=people)
        a, i, y = a[on_gold], i[on_gold], y[on_gold]
        row = np.where(gold.accepted[i, y], y, gold.gold[i])
        cube += np.bincount((a * k + row) * k + y, minlength=people * k * k)
    return cube.reshape(people, k, k), other


@dataclass(frozen=True)
class ItemTable:
    """n_ik with the id and the gold of each item row, in item code order."""

    items: list[str]
    counts: Counts
    gold: GoldCodes

    @classmethod
    def of(cls, first: FirstAnswers, key: GoldKey,
           who: NDArray[np.bool_] | None = None,
           gold: GoldCodes | None = None) -> ItemTable:
        """The table of every item, counting only annotators in `who` if given.

        `gold` is GoldCodes.of(first, key), when the caller has it already.
        """
        return cls(first.items, item_label_counts(first, who),
                   gold or GoldCodes.of(first, key))

    def only(self, first: FirstAnswers, who: NDArray[np.bool_]) -> ItemTable:
        """The same table counting only the annotators in `who` (by code)."""
        return ItemTable(self.items, item_label_counts(first, who), self.gold)

    def gold_rows(self) -> NDArray[np.int64]:
        """Codes of the gold items that have at least one answer."""
        return np.flatnonzero((self.gold.gold >= 0) & (self.counts.sum(axis=1) > 0))
