"""Deal drawn questions into K parallel forms, balanced three ways.

Each item has features: its answer (``label``), its ``difficulty``
(unset counts as a value) and each ``rule`` it tests. The rule, in two
steps:

1. Stratified round robin. Items are sorted by label, difficulty and
   rules (ties in a seeded order) and dealt in rounds of K: in a round
   every form takes one item, so form sizes never differ by more than
   one. Within a round each item goes to the open form that holds the
   fewest items sharing its label, then its difficulty, then its rules.
2. Repair by swaps. Two items in different forms trade places when that
   lowers the imbalance: first the label excess, then difficulty, then
   rule, where a feature's excess is how far its largest and smallest
   per-form counts differ beyond one; then the sum of squared counts.
   Swaps keep form sizes. It stops when no swap helps.

Where the pool allows, each feature's per-form counts then differ by at
most one (tested on labels and difficulties over many seeded pools).
"""

from __future__ import annotations

import random
from collections.abc import Sequence

from guidekit.spec.models import GoldItem

Feature = tuple[str, str]
DIMS = ("label", "difficulty", "rule")
MAX_PASSES = 200


def features(item: GoldItem) -> list[Feature]:
    """The features an item is balanced on."""
    answer = item.label if item.rating is None else str(item.rating)
    found = [("label", str(answer)), ("difficulty", item.difficulty or "unset")]
    return found + [("rule", rule) for rule in dict.fromkeys(item.rules)]


def deal(items: Sequence[GoldItem], forms: int, *, seed: int) -> list[list[GoldItem]]:
    """Share `items` among `forms` forms, balanced as the module says.

    Sizes differ by at most one. The same items and seed give the same
    forms.
    """
    if forms < 1:
        raise ValueError(f"forms must be at least 1, got {forms}")
    shuffled = list(items)
    random.Random(seed).shuffle(shuffled)
    order = sorted(shuffled, key=lambda g: [v for _, v in features(g)][:2] + [
        ",".join(g.rules)])
    table = Table(forms)
    dealt: list[list[GoldItem]] = [[] for _ in range(forms)]
    for start in range(0, len(order), forms):
        open_ = list(range(forms))
        for item in order[start:start + forms]:
            best = min(open_, key=lambda f: table.need(item, f))
            open_.remove(best)
            dealt[best].append(item)
            table.add(item, best, 1)
    _repair(dealt, table)
    return dealt


class Table:
    """Per-form counts of every feature."""

    def __init__(self, forms: int) -> None:
        self.forms = forms
        self.counts: dict[Feature, list[int]] = {}

    def add(self, item: GoldItem, form: int, step: int) -> None:
        for feature in features(item):
            self.counts.setdefault(feature, [0] * self.forms)[form] += step

    def need(self, item: GoldItem, form: int) -> tuple[int, ...]:
        got = {f: self.counts.get(f, [0] * self.forms)[form] for f in features(item)}
        return tuple(sum(n for (dim, _), n in got.items() if dim == d) for d in DIMS)

    def score(self, touched: Sequence[Feature]) -> tuple[int, ...]:
        """Excess per dimension, then squares, over the `touched` features."""
        excess = dict.fromkeys(DIMS, 0)
        squares = 0
        for feature in touched:
            row = self.counts.get(feature, [0] * self.forms)
            excess[feature[0]] += max(0, max(row) - min(row) - 1)
            squares += sum(n * n for n in row)
        return (*excess.values(), squares)


def _repair(dealt: list[list[GoldItem]], table: Table) -> None:
    for _ in range(MAX_PASSES):
        if not _one_pass(dealt, table):
            return


def _one_pass(dealt: list[list[GoldItem]], table: Table) -> bool:
    improved = False
    for i in range(len(dealt)):
        for j in range(i + 1, len(dealt)):
            for a in range(len(dealt[i])):
                for b in range(len(dealt[j])):
                    improved |= _try_swap(dealt, table, (i, a), (j, b))
    return improved


def _try_swap(dealt: list[list[GoldItem]], table: Table,
              left: tuple[int, int], right: tuple[int, int]) -> bool:
    (i, a), (j, b) = left, right
    one, two = dealt[i][a], dealt[j][b]
    touched = sorted(set(features(one)) ^ set(features(two)))
    if not touched:
        return False
    before = table.score(touched)
    _move(table, one, i, j)
    _move(table, two, j, i)
    if table.score(touched) < before:
        dealt[i][a], dealt[j][b] = two, one
        return True
    _move(table, one, j, i)
    _move(table, two, i, j)
    return False


def _move(table: Table, item: GoldItem, source: int, target: int) -> None:
    table.add(item, source, -1)
    table.add(item, target, 1)
