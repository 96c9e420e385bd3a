"""First answers as codes: a block at a time equals one row at a time."""

from __future__ import annotations

import random

import numpy as np
import pytest

from guidekit.scoring.first import FirstAnswers
from guidekit.scoring.first_rows import first_of_each


def rows(seed: int, n: int = 600) -> list[tuple[int, int, int]]:
    rng = random.Random(seed)
    return [(rng.randrange(30), rng.randrange(80), rng.randrange(4)) for _ in range(n)]


def answers(first: FirstAnswers) -> dict[tuple[int, int], int]:
    found: dict[tuple[int, int], int] = {}
    for a, i, y in first.chunks():
        found.update(zip(zip(a.tolist(), i.tolist(), strict=True), y.tolist(),
                         strict=True))
    return found


def sequential(data: list[tuple[int, int, int]]) -> tuple[list[bool], list[int],
                                                           dict[tuple[int, int], int]]:
    """The rule written out plainly: the first label per pair is kept."""
    kept: dict[tuple[int, int], int] = {}
    new, firsts = [], []
    for a, i, y in data:
        new.append((a, i) not in kept)
        firsts.append(kept.setdefault((a, i), y))
    return new, firsts, kept


def coded(first: FirstAnswers, data: list[tuple[int, int, int]]) -> None:
    for a, i, _ in data:
        first.annotator(f"a{a}")
        first.item(f"i{i}")


@pytest.mark.parametrize("step", [1, 97, 600])
@pytest.mark.parametrize("cap", [1 << 27, 200])
@pytest.mark.parametrize("seed", [1, 2, 3])
def test_blocks_keep_the_same_first_answers_as_rows(seed: int, cap: int,
                                                     step: int) -> None:
    data = rows(seed)
    new, firsts, kept = sequential(data)
    first = FirstAnswers(4, cap_cells=cap)
    coded(first, data)
    repeats: list[tuple[int, int]] = []
    for start in range(0, len(data), step):
        block = np.array(data[start:start + step], dtype=np.int64)
        again, earlier = first.claim_many(block[:, 0], block[:, 1], block[:, 2])
        repeats += zip((again + start).tolist(), earlier.tolist(), strict=True)
    assert repeats == [(row, firsts[row]) for row, fresh in enumerate(new)
                       if not fresh]
    assert len(repeats) > 50
    assert answers(first) == kept


@pytest.mark.parametrize("seed", [1, 2, 3])
@pytest.mark.parametrize("high", [1, 50, 1 << 40, 1 << 62])
def test_first_of_each_finds_what_unique_finds(seed: int, high: int) -> None:
    values = np.random.default_rng(seed).integers(0, high, 5000, dtype=np.int64)
    expected = np.unique(values, return_index=True)[1]
    assert first_of_each(values).tolist() == expected.tolist()
    assert first_of_each(values[:0]).tolist() == []


def test_one_at_a_time_and_the_move_to_a_dict() -> None:
    data = rows(7)
    first = FirstAnswers(4, cap_cells=500)
    coded(first, data)
    earlier = [first.claim(a, i, y) for a, i, y in data]
    _, firsts, kept = sequential(data)
    assert [f if e == -1 else e for e, f in zip(earlier, firsts, strict=True)] \
        == firsts
    assert answers(first) == kept
    assert first.annotators[:2] == [f"a{data[0][0]}", f"a{data[1][0]}"]


def test_of_keeps_names_in_order() -> None:
    first = FirstAnswers.of({("b", "x"): 1, ("a", "y"): 0, ("b", "y"): 1}, 2)
    assert (first.annotators, first.items) == (["b", "a"], ["x", "y"])
    assert answers(first) == {(0, 0): 1, (1, 1): 0, (0, 1): 1}
