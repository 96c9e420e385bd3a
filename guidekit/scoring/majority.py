"""Majority vote per item against gold, ties counted rather than broken.

On every gold item that at least one annotator rated, the plurality
label is the one given most often. When two or more labels share the
top count the item is a tie: it is counted (and whether gold's answer is
among the tied labels), never settled by label order. Accuracy is the
share of decided items whose plurality label gold accepts (its label or
one in `also`), with a Wilson interval.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass

from guidekit.scoring.figures import Figure, Interval
from guidekit.scoring.gold import Answer
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


def majority_vote(items: Mapping[str, Mapping[str, str]],
                  answers: Mapping[str, Answer]) -> MajorityVote:
    """Score the plurality label of each rated gold item (annotator -> label).

    >>> gold = {"g": Answer("a", frozenset({"a"}))}
    >>> majority_vote({"g": {"x": "a", "y": "a", "z": "b"}}, gold).correct
    1
    """
    rated = decided = correct = ties = ties_with_gold = 0
    for item, ratings in items.items():
        answer = answers.get(item)
        if answer is None or not ratings:
            continue
        rated += 1
        top = _top(Counter(ratings.values()))
        hit = bool(top & answer.accepted)
        if len(top) > 1:
            ties, ties_with_gold = ties + 1, ties_with_gold + hit
        else:
            decided, correct = decided + 1, correct + hit
    accuracy = (Figure.of(correct / decided) if decided else Figure.missing(
        "no gold item has a plurality label (none rated, or every one tied)"))
    return MajorityVote(rated, decided, correct, ties, ties_with_gold, accuracy,
                        wilson_interval(correct, decided))


def _top(counts: Counter[str]) -> frozenset[str]:
    best = max(counts.values())
    return frozenset(label for label, n in counts.items() if n == best)
