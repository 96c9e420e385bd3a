"""Gold items that are the same item, found in one pass over the gold set.

Items are compared as `gold_leak.item_key` folds them: case, runs of space
and Unicode form do not count. Each later copy is paired with an earlier one:
one with the same answer when there is one, else the first with another.
The pairs are worked out once per spec for the two checks that use them.
"""

from __future__ import annotations

from dataclasses import dataclass

from guidekit.spec.checks.answers import Answer, answer_of
from guidekit.spec.checks.gold_leak import ItemKey, gold_keys
from guidekit.spec.checks.memo import once_per_spec
from guidekit.spec.loader import LoadedSpec


@dataclass(frozen=True)
class Pair:
    later: int
    earlier: int
    same_answer: bool


@once_per_spec
def same_items(loaded: LoadedSpec) -> list[Pair]:
    """Every gold item that repeats an earlier one, with the one it repeats.

    Answers are only worked out for items whose key was seen before.
    """
    gold, keys = loaded.spec.gold, gold_keys(loaded)
    if len(set(keys)) == len(keys):  # no item repeats: the usual case
        return []
    first: dict[ItemKey, int] = {}
    groups: dict[ItemKey, dict[Answer, int]] = {}
    pairs = []
    for i, key in enumerate(keys):
        if first.setdefault(key, i) == i:
            continue
        answers = groups.get(key) or {answer_of(gold[first[key]]): first[key]}
        groups[key] = answers
        answer = answer_of(gold[i])
        if answer in answers:
            pairs.append(Pair(i, answers[answer], True))
        else:
            pairs.append(Pair(i, first[key], False))
            answers[answer] = i
    return pairs


def place(loaded: LoadedSpec, later: int, earlier: int) -> str:
    """'line 12' for the earlier item, or 'file:12' when in another file."""
    first = loaded.where.at(("gold", earlier))
    here = loaded.where.at(("gold", later))
    return f"line {first.line}" if first.path == here.path else (
        f"{first.path}:{first.line}")
