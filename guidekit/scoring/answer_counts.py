"""Count tables made from the first answers (first.py), with numpy.

Shapes: A annotators, I items, K labels, all in code order. Gold is
joined by item code (GoldCodes, gold_codes.py). An answer gold accepts
counts as agreeing with gold: it lands on the diagonal.

Going over the answers costs more than counting them, so `gold_answers`
counts n_ik in the same pass and leaves it on its GoldCodes for the
next `ItemTable.of` of the same answers.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from guidekit.scoring.first import FirstAnswers
from guidekit.scoring.gold import GoldKey
from guidekit.scoring.gold_codes import Counts, GoldCodes

__all__ = ["Counts", "GoldCodes", "ItemTable", "gold_answers", "item_label_counts"]


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
    given) and answers to items that are not gold, per annotator (A).

    The pass also counts n_ik and leaves it on `gold` (see the module text).
    """
    k, people = first.labels, len(first.annotator_codes)
    width = k * k + 1
    slots = _slots(gold, k)
    per_person = np.zeros(people * width, dtype=np.int64)
    items = np.zeros(len(first.item_codes) * k, dtype=np.int64)
    for a, i, y in first.chunks():
        cells = i * k + y
        items += np.bincount(cells, minlength=items.size)
        per_person += np.bincount(a * width + slots[cells],
                                  minlength=per_person.size)
    gold.leave_counts(first, items.reshape(-1, k))
    table = per_person.reshape(people, width)
    return table[:, :-1].reshape(people, k, k).copy(), table[:, -1].copy()


def _slots(gold: GoldCodes, k: int) -> Counts:
    """Where answer cell i * K + y lands among an annotator's K * K + 1 counts:
    row * K + y on a gold item (row y if gold accepts y, else gold's label),
    K * K on an item that is not gold."""
    given = np.arange(k)
    row = np.where(gold.accepted, given, gold.gold[:, None])
    slots: Counts = row * k + given
    slots[gold.gold < 0] = k * k
    return slots.ravel()


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
        gold = gold or GoldCodes.of(first, key)
        counts = gold.counts_left(first) if who is None else None
        if counts is None:
            counts = item_label_counts(first, who)
        return cls(first.items, counts, gold)

    def only(self, first: FirstAnswers, who: NDArray[np.bool_]) -> ItemTable:
        """The same table counting only the annotators in `who` (by code)."""
        return ItemTable(self.items, item_label_counts(first, who), self.gold)

    def gold_rows(self) -> NDArray[np.int64]:
        """Codes of the gold items that have at least one answer."""
        return np.flatnonzero((self.gold.gold >= 0) & (self.counts.sum(axis=1) > 0))
