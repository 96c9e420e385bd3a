"""Count tables from the first answers, against plain loops over the answers.

Seeded random answers, gold with `also` labels, items nobody answered
and items that are not gold; the grid and the dict form of FirstAnswers.
"""

from __future__ import annotations

import random

import numpy as np
import pytest

from guidekit.scoring.answer_counts import (
    GoldCodes,
    ItemTable,
    gold_answers,
    item_label_counts,
)
from guidekit.scoring.first import FirstAnswers
from guidekit.scoring.gold import Answer, GoldKey

LABELS = ("a", "b", "c", "d", "e")
Triple = tuple[int, int, int]


def made(seed: int, cap: int = 1 << 27) -> tuple[FirstAnswers, GoldKey]:
    """40 items (25 gold, some not answered), 12 annotators, 5 labels."""
    rng = random.Random(seed)
    answers = {}
    for n in range(25):
        label = rng.choice(LABELS)
        also = {rng.choice(LABELS)} if rng.random() < 0.3 else set()
        answers[f"i{n}"] = Answer(label, frozenset({label, *also}))
    # not its own label, and a value no label has: only what it lists counts
    answers["i0"] = Answer("a", frozenset({"c", "zz"}))
    key = GoldKey(LABELS, {v: v for v in LABELS}, answers)
    first = FirstAnswers(len(LABELS), cap_cells=cap)
    for _ in range(300):
        first.claim(first.annotator(f"p{rng.randrange(12)}"),
                    first.item(f"i{rng.randrange(40)}"), rng.randrange(5))
    return first, key


def triples(first: FirstAnswers) -> list[Triple]:
    return [t for a, i, y in first.chunks()
            for t in zip(a.tolist(), i.tolist(), y.tolist(), strict=True)]


def plain_gold(first: FirstAnswers, key: GoldKey) -> tuple[list[int],
                                                           list[list[bool]]]:
    gold, accepted = [], []
    for item in first.item_codes:
        answer = key.answers.get(item)
        gold.append(-1 if answer is None else key.labels.index(answer.label))
        accepted.append([answer is not None and v in answer.accepted
                         for v in key.labels])
    return gold, accepted


def plain_cube(first: FirstAnswers, key: GoldKey) -> tuple[list[list[list[int]]],
                                                           list[int]]:
    gold, accepted = plain_gold(first, key)
    k = len(key.labels)
    cube = [[[0] * k for _ in range(k)] for _ in first.annotator_codes]
    other = [0] * len(first.annotator_codes)
    for a, i, y in triples(first):
        if gold[i] < 0:
            other[a] += 1
        else:
            cube[a][y if accepted[i][y] else gold[i]][y] += 1
    return cube, other


def plain_items(first: FirstAnswers, who: list[bool] | None = None) -> list[list[int]]:
    counts = [[0] * first.labels for _ in first.item_codes]
    for a, i, y in triples(first):
        if who is None or who[a]:
            counts[i][y] += 1
    return counts


CASES = [(seed, cap) for seed in range(5) for cap in (1 << 27, 100)]


@pytest.mark.parametrize(("seed", "cap"), CASES)
def test_gold_codes_match_a_plain_loop(seed: int, cap: int) -> None:
    first, key = made(seed, cap)
    codes = GoldCodes.of(first, key)
    gold, accepted = plain_gold(first, key)
    assert codes.gold.tolist() == gold
    assert codes.accepted.tolist() == accepted
    assert 0 < (codes.gold >= 0).sum() < len(gold)


@pytest.mark.parametrize(("seed", "cap"), CASES)
def test_one_pass_gives_the_cube_the_rest_and_the_item_table(seed: int,
                                                            cap: int) -> None:
    first, key = made(seed, cap)
    codes = GoldCodes.of(first, key)
    cube, other = gold_answers(first, codes)
    assert (cube.tolist(), other.tolist()) == plain_cube(first, key)
    assert cube.dtype == other.dtype == np.int64 and cube.flags.c_contiguous
    table = ItemTable.of(first, key, gold=codes)
    assert table.counts.tolist() == plain_items(first)
    assert table.items == first.items and table.gold is codes


def test_the_counts_of_the_pass_are_handed_out_once() -> None:
    first, key = made(7)
    codes = GoldCodes.of(first, key)
    gold_answers(first, codes)
    assert codes.counts_left(first) is not None
    assert codes.counts_left(first) is None
    again = ItemTable.of(first, key, gold=codes)
    assert again.counts.tolist() == plain_items(first)


def test_the_counts_of_the_pass_are_not_used_for_other_answers() -> None:
    first, key = made(8)
    other, _ = made(9)
    codes = GoldCodes.of(first, key)
    gold_answers(first, codes)
    assert codes.counts_left(other) is None
    gold_answers(first, codes)
    first.claim(first.annotator("late"), first.item("i3"), 2)
    table = ItemTable.of(first, key, gold=codes)
    assert table.counts.tolist() == plain_items(first)


@pytest.mark.parametrize(("seed", "cap"), CASES)
def test_tables_of_some_annotators_match_a_plain_loop(seed: int, cap: int) -> None:
    first, key = made(seed, cap)
    who = [random.Random(seed).random() < 0.4 for _ in first.annotator_codes]
    mask = np.array(who, dtype=np.bool_)
    assert item_label_counts(first, mask).tolist() == plain_items(first, who)
    table = ItemTable.of(first, key, mask)
    assert table.counts.tolist() == plain_items(first, who)
    everyone = ItemTable.of(first, key)
    assert everyone.only(first, mask).counts.tolist() == plain_items(first, who)


def test_no_answers_give_empty_tables() -> None:
    first, key = FirstAnswers(len(LABELS)), made(0)[1]
    codes = GoldCodes.of(first, key)
    cube, other = gold_answers(first, codes)
    assert (cube.shape, other.shape) == ((0, 5, 5), (0,))
    assert ItemTable.of(first, key, gold=codes).counts.shape == (0, 5)
