"""The columnar pairwise table (pair_tally) against the dict reference."""

from __future__ import annotations

import random
from itertools import combinations

import pytest
from sklearn.metrics import cohen_kappa_score

from guidekit.scoring import pair_tally
from guidekit.scoring.first import FirstAnswers
from guidekit.scoring.pair_tally import pair_table_of
from guidekit.scoring.pairwise import PairTable, pair_table

Ratings = dict[tuple[str, str], int]
#: Names whose sorted order is not the order first seen, nor their codes'.
NAMES = ("a9", "a10", "B", "b", "Z", "é", "e", "ä", "ann 1", "ann", "", "10",
         "9", "z", "Ω", "a", "ab", "A", "_", "-x")


def random_ratings(rng: random.Random, k: int, most: int = len(NAMES)) -> Ratings:
    """Items rated by random subsets of annotators, some by one or none."""
    people = rng.sample(NAMES, rng.randint(2, most))
    found: Ratings = {}
    for n in range(rng.randint(1, 60)):
        lean = rng.randrange(k)
        for who in rng.sample(people, rng.randint(0, len(people))):
            label = lean if rng.random() < rng.random() else rng.randrange(k)
            found[(who, f"i{n}")] = label
    shuffled = list(found.items())
    rng.shuffle(shuffled)
    return dict(shuffled)


def first_answers(ratings: Ratings, k: int, cap_cells: int) -> FirstAnswers:
    first = FirstAnswers(k, cap_cells=cap_cells)
    for (who, item), label in ratings.items():
        first.claim(first.annotator(who), first.item(item), label)
    return first


def reference(ratings: Ratings, k: int, min_shared: int,
              budget: int = 10**9) -> PairTable:
    items: dict[str, dict[str, int]] = {}
    for (who, item), label in ratings.items():
        items.setdefault(item, {})[who] = label
    return pair_table(items, k, min_shared=min_shared, budget=budget)


def bits(table: PairTable) -> list[tuple[str | None, str | None]]:
    """Each pair's agreement and kappa as exact float hex (or None)."""
    return [(None if p.agreement.value is None else p.agreement.value.hex(),
             None if p.kappa.value is None else p.kappa.value.hex())
            for p in table.pairs]


def assert_same(found: PairTable, expected: PairTable) -> None:
    # The fast path must give the reference's figures to the bit, so this
    # compares exact bits, not values within a tolerance.
    assert found == expected
    assert bits(found) == bits(expected)


@pytest.mark.parametrize("seed", range(80))
def test_same_table_as_the_dict_reference(seed: int,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    rng = random.Random(seed)
    k = rng.choice((1, 2, 3, 5, 9, 130))  # 130: labels held as int32
    ratings = random_ratings(rng, k, 5 if k > 9 else len(NAMES))
    monkeypatch.setattr(pair_tally, "BLOCK", rng.choice((1, 3, 64, 1 << 20)))
    if seed % 4 == 0:  # the argsort layout, as when keys pass an int64
        monkeypatch.setattr(pair_tally, "KEY_LIMIT", 0)
    first = first_answers(ratings, k, rng.choice((1, 1 << 27)))
    most = max(reference(ratings, k, 1).pairs, key=lambda p: p.shared, default=None)
    top = most.shared if most else 0
    for min_shared in (-1, 0, 1, 2, 3, top, top + 1, 10):
        assert_same(pair_table_of(first, min_shared=min_shared),
                    reference(ratings, k, min_shared))


def test_undefined_kappas_sort_last_by_shared_then_names() -> None:
    ratings = {(who, f"i{n}"): 0 for who in ("b", "a", "c") for n in range(4)}
    ratings |= {("b", "j"): 1, ("c", "j"): 0}
    table = pair_table_of(FirstAnswers.of(ratings, 2), min_shared=1)
    assert_same(table, reference(ratings, 2, 1))
    assert [(p.first, p.second, p.shared) for p in table.pairs] == [
        ("b", "c", 5), ("a", "b", 4), ("a", "c", 4)]
    assert table.pairs[0].kappa.value == pytest.approx(0.0)
    assert table.pairs[1].kappa.undefined is not None


def test_budget_counts_pairs_of_every_item() -> None:
    ratings = {(who, f"i{n}"): n % 2 for who in "xyz" for n in range(9)}
    first = FirstAnswers.of(ratings, 2)
    at = pair_table_of(first, min_shared=9, budget=27)
    assert (at.overlapping, at.qualifying, at.undefined) == (3, 3, None)
    over = pair_table_of(first, min_shared=9, budget=26)
    assert_same(over, reference(ratings, 2, 9, budget=26))
    assert over.pairs == () and "27 same-item" in (over.undefined or "")


def test_no_item_rated_twice_gives_an_empty_table() -> None:
    first = FirstAnswers.of({("a", "i"): 0, ("b", "j"): 1}, 2)
    table = pair_table_of(first, min_shared=0)
    assert (table.overlapping, table.qualifying, table.pairs) == (0, 0, ())
    assert pair_table_of(FirstAnswers(3), min_shared=0) == table


def test_kappa_matches_sklearn() -> None:
    rng = random.Random(5)
    ratings = random_ratings(rng, 4)
    table = pair_table_of(FirstAnswers.of(ratings, 4), min_shared=5)
    people = sorted({who for who, _ in ratings})
    items = sorted({item for _, item in ratings})
    checked = 0
    for a, b in combinations(people, 2):
        both = [i for i in items if (a, i) in ratings and (b, i) in ratings]
        found = [p for p in table.pairs if (p.first, p.second) == (a, b)]
        assert len(found) == (len(both) >= 5)
        if found and found[0].kappa.value is not None:
            expected = cohen_kappa_score([ratings[(a, i)] for i in both],
                                         [ratings[(b, i)] for i in both])
            assert found[0].kappa.value == pytest.approx(expected)
            checked += 1
    assert checked > 10
