"""Pooled accuracy per rule id, per tag and per difficulty of gold items.

An answer is one annotator's first label for one gold item (the first
answers, as per-item counts: answer_counts.ItemTable); it is right when
gold accepts it (its label or one in `also`).
For a group of gold items G (those citing rule R, say):

    answers = sum over items i in G of the answers to i
    accuracy = right answers / answers, with a Wilson 95% interval

An item in two groups (two rules cited) counts in both; an item nobody
answered adds to `items` but not to `answers`, and a group nobody
answered has an undefined accuracy.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping

from guidekit.scoring.answer_counts import ItemTable
from guidekit.scoring.diagnostics import GroupScore
from guidekit.scoring.figures import Figure
from guidekit.scoring.metrics import wilson_interval
from guidekit.spec.models import GoldItem, Spec
from guidekit.spec.spellings import normal

Tally = dict[str, tuple[int, int]]
Grouper = Callable[[GoldItem], Iterable[str]]


def gold_items(spec: Spec) -> dict[str, GoldItem]:
    """Gold item by id in normal form; the first of a repeated id wins."""
    found: dict[str, GoldItem] = {}
    for item in spec.gold:
        found.setdefault(normal(item.id), item)
    return found


def tally(table: ItemTable) -> Tally:
    """Gold item -> (answers, right answers), pooled over annotators."""
    rows = table.gold_rows()
    counts = table.counts[rows]
    right = (counts * table.gold.accepted[rows]).sum(axis=1)
    return {table.items[i]: (n, r) for i, n, r in
            zip(rows.tolist(), counts.sum(axis=1).tolist(), right.tolist(),
                strict=True)}


def group_scores(items: Mapping[str, GoldItem], tallies: Tally,
                 grouper: Grouper) -> tuple[GroupScore, ...]:
    """One GroupScore per name `grouper` gives any item, worst first."""
    groups: dict[str, list[str]] = {}
    for item_id, item in items.items():
        for name in dict.fromkeys(grouper(item)):
            groups.setdefault(name, []).append(item_id)
    scores = [_score(name, ids, tallies) for name, ids in groups.items()]
    return tuple(sorted(scores, key=_worst))


def by_rule(item: GoldItem) -> list[str]:
    return list(item.rules)


def by_tag(item: GoldItem) -> list[str]:
    return list(item.tags)


def by_difficulty(item: GoldItem) -> list[str]:
    return [] if item.difficulty is None else [item.difficulty]


def _score(name: str, ids: list[str], tallies: Tally) -> GroupScore:
    answers = sum(tallies.get(i, (0, 0))[0] for i in ids)
    right = sum(tallies.get(i, (0, 0))[1] for i in ids)
    accuracy = (Figure.of(right / answers) if answers
                else Figure.missing("no answers to these gold items"))
    return GroupScore(name, len(ids), answers, right, accuracy,
                      wilson_interval(right, answers))


def _worst(score: GroupScore) -> tuple[bool, float, int, str]:
    value = score.accuracy.value
    return value is None, 0.0 if value is None else value, -score.answers, score.name
