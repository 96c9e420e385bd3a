"""Suspect gold: items that the annotators who pass overall answer otherwise.

For each gold item, take the answers of the passing annotators (their
first answer, as everywhere). The item is suspect when at least
MIN_ANSWERS of them answered it and at least MIN_SHARE of those answers
(2 of 3, 4 of 6, ...) agree on one label that gold does not accept.
Those annotators are, on the rest of the gold, reliable; when most of
them agree against gold, the gold answer or the rule behind it is the
first thing to check. Most agreeing share first, then most answers,
then item id.
"""

from __future__ import annotations

from fractions import Fraction

import numpy as np
from numpy.typing import NDArray

from guidekit.scoring.answer_counts import ItemTable
from guidekit.scoring.diagnostics import SuspectItem
from guidekit.scoring.gold import GoldKey

MIN_ANSWERS = 3
MIN_SHARE = Fraction(2, 3)


def suspect_gold(key: GoldKey, passing: ItemTable) -> tuple[SuspectItem, ...]:
    """The suspect gold items, see the module text.

    `passing` counts only the answers of the annotators who pass.
    """
    labels = key.labels
    found = []
    for i in _candidates(passing).tolist():
        row = passing.counts[i]
        counts = {labels[k]: int(n) for k, n in enumerate(row.tolist()) if n}
        suspect = _suspect(key, passing.items[i], counts)
        if suspect is not None:
            found.append(suspect)
    return tuple(sorted(found, key=lambda s: (-s.agreeing / s.passing,
                                              -s.passing, s.item)))


def _candidates(passing: ItemTable) -> NDArray[np.int64]:
    """Gold items with enough answers and enough of them on one other label."""
    rows = passing.gold_rows()
    counts = passing.counts[rows]
    other = np.where(passing.gold.accepted[rows], 0, counts).max(axis=1, initial=0)
    total = counts.sum(axis=1)
    share = MIN_SHARE.denominator * other >= MIN_SHARE.numerator * total
    found: NDArray[np.int64] = rows[(total >= MIN_ANSWERS) & share]
    return found


def _suspect(key: GoldKey, item: str, counts: dict[str, int]) -> SuspectItem | None:
    answer = key.answers[item]
    total = sum(counts.values())
    if total < MIN_ANSWERS:
        return None
    others = [(n, label) for label, n in counts.items()
              if label not in answer.accepted]
    if not others:
        return None
    agreeing, crowd = max(others, key=lambda pair: (pair[0], -_at(key, pair[1])))
    if agreeing < MIN_SHARE * total:
        return None
    order = sorted(counts.items(), key=lambda kv: (-kv[1], _at(key, kv[0])))
    return SuspectItem(item, answer.label, crowd, agreeing, total, tuple(order))


def _at(key: GoldKey, label: str) -> int:
    return key.labels.index(label) if label in key.labels else len(key.labels)
