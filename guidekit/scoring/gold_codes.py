"""Gold joined to the first answers by item code (first.py), with numpy.

`GoldCodes.gold[i]` is gold's label for item code i (-1 when item i is
not gold) and `GoldCodes.accepted[i, k]` says whether gold accepts label
k on item i: its label or one in `also`. A GoldCodes can also hold, for
one hand-out, the per-item label counts n_ik (I x K) that a pass over
the answers made on the way (answer_counts.gold_answers), so that the
next table of every item (answer_counts.ItemTable.of) need not go over
the answers again.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
from numpy.typing import NDArray

from guidekit.scoring.first import FirstAnswers
from guidekit.scoring.gold import GoldKey

Counts = NDArray[np.int64]
Odd = list[tuple[int, frozenset[str]]]


@dataclass(frozen=True)
class _Left:
    """n_ik counted on `first` while it had `annotators` annotators."""

    first: FirstAnswers
    annotators: int
    counts: Counts


@dataclass(frozen=True)
class GoldCodes:
    """Gold per item code: its label (-1: not gold) and the labels accepted."""

    gold: NDArray[np.int64]
    accepted: NDArray[np.bool_]
    _left: list[_Left] = field(default_factory=list, init=False, repr=False,
                               compare=False)

    @classmethod
    def of(cls, first: FirstAnswers, key: GoldKey) -> GoldCodes:
        codes, labels, odd = _gold_items(first, key)
        rows = np.array(codes, dtype=np.int64)
        gold = np.full(len(first.item_codes), -1, dtype=np.int64)
        gold[rows] = labels
        accepted = np.zeros((len(first.item_codes), len(key.labels)), np.bool_)
        accepted[rows, np.array(labels, dtype=np.int64)] = True
        if odd:
            _accept(accepted, odd, key.labels)
        return cls(gold, accepted)

    def leave_counts(self, first: FirstAnswers, counts: Counts) -> None:
        """Keep n_ik of `first`, as it is now, for one `counts_left`."""
        self._left[:] = [_Left(first, len(first.annotator_codes), counts)]

    def counts_left(self, first: FirstAnswers) -> Counts | None:
        """The n_ik left for `first` (handed out once), or None.

        None too when `first` has gained annotators or items since.
        """
        left = self._left.pop() if self._left else None
        if left is None or left.first is not first:
            return None
        if left.annotators != len(first.annotator_codes):
            return None
        return left.counts if len(left.counts) == len(first.item_codes) else None


def _gold_items(first: FirstAnswers, key: GoldKey) -> tuple[list[int], list[int], Odd]:
    """Codes and gold label codes of the gold items answered, and the items
    whose accepted labels are more (or other) than their label."""
    at = {label: k for k, label in enumerate(key.labels)}
    get = key.answers.get
    codes, labels, odd = [], [], []
    # one loop that touches each answer once: the objects are spread in memory
    for item, code in first.item_codes.items():
        answer = get(item)
        if answer is not None:
            label, accepted = answer.label, answer.accepted
            codes.append(code)
            labels.append(at[label])
            if len(accepted) != 1 or label not in accepted:
                odd.append((code, accepted))
    return codes, labels, odd


def _accept(accepted: NDArray[np.bool_], odd: Odd, labels: tuple[str, ...]) -> None:
    """Redo the rows of the `odd` items: exactly their accepted labels."""
    at = {label: k for k, label in enumerate(labels)}
    accepted[[code for code, _ in odd]] = False
    cells = [(code, at[v]) for code, values in odd for v in values if v in at]
    if cells:
        accepted[tuple(np.array(cells, dtype=np.int64).T)] = True
