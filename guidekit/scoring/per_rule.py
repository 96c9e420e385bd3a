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

from collections.abc import Iterable, Mapping

from guidekit.scoring.answer_counts import ItemTable
from guidekit.scoring.diagnostics import GroupScore
from guidekit.scoring.figures import Figure
from guidekit.scoring.metrics import wilson_interval
from guidekit.spec.models import GoldItem, Spec
from guidekit.spec.spellings import normal

Tally = dict[str, tuple[int, int]]
Groups = dict[str, list[str]]


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


def groups(items: Mapping[str, GoldItem]) -> tuple[Groups, Groups, Groups]:
    """Gold item ids per rule id, per tag and per difficulty, in item order.

    One loop for the three: each item is looked at once.
    """
    rules: Groups = {}
    tags: Groups = {}
    levels: Groups = {}
    for item_id, item in items.items():
        if item.rules:
            _add(rules, item.rules, item_id)
        if item.tags:
            _add(tags, item.tags, item_id)
        if item.difficulty is not None:
            levels.setdefault(item.difficulty, []).append(item_id)
    return rules, tags, levels


def group_scores(groups: Groups, tallies: Tally) -> tuple[GroupScore, ...]:
    """One GroupScore per group, worst first."""
    scores = [_score(name, ids, tallies) for name, ids in groups.items()]
    return tuple(sorted(scores, key=_worst))


def _add(groups: Groups, names: Iterable[str], item_id: str) -> None:
    for name in dict.fromkeys(names):
        groups.setdefault(name, []).append(item_id)


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
