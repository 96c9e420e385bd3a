"""One annotator's counts over the gold items answered, for any task kind.

Counts, not rows: a handful of integers per annotator and label, so the
memory a tally takes does not grow with the rows read. Which fields a
kind fills: multi_label items, exact, jaccard and labels; span items,
exact, labels (exact matching) and overlap; rating items, exact and
ratings.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from guidekit.scoring.kinds.prf import Counts, add_counts


@dataclass
class Tally:
    """Counts over gold items; `labels` and `overlap` map label -> [tp, fp, fn]."""

    items: int = 0
    exact: int = 0
    #: Sum over items of the per-item Jaccard index (multi_label).
    jaccard: float = 0.0
    labels: Counts = field(default_factory=dict)
    overlap: Counts = field(default_factory=dict)
    #: (gold point, given point) -> answers (rating).
    ratings: Counter[tuple[int, int]] = field(default_factory=Counter)

    def merge(self, other: Tally) -> None:
        """Add `other`'s counts to these (to pool annotators)."""
        self.items += other.items
        self.exact += other.exact
        self.jaccard += other.jaccard
        add_counts(self.labels, other.labels)
        add_counts(self.overlap, other.overlap)
        self.ratings.update(other.ratings)


def pooled(tallies: list[Tally]) -> Tally:
    """Every tally added into one."""
    total = Tally()
    for one in tallies:
        total.merge(one)
    return total


def bump(counts: Counts, label: str, slot: int) -> None:
    """Add one to `label`'s tp (slot 0), fp (1) or fn (2)."""
    row = counts.get(label)
    if row is None:
        row = counts[label] = [0, 0, 0]
    row[slot] += 1
