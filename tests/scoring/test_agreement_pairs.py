"""Fleiss' kappa, raw pair agreement, pairwise Cohen's kappa and majority vote."""

from __future__ import annotations

import random
from itertools import combinations

import pytest
from sklearn.metrics import cohen_kappa_score
from statsmodels.stats.inter_rater import fleiss_kappa as statsmodels_fleiss

from guidekit.scoring.agreement import agreement
from guidekit.scoring.first import FirstAnswers
from guidekit.scoring.fleiss import fleiss_kappa
from guidekit.scoring.gold import Answer, GoldKey
from guidekit.scoring.majority import majority_vote
from guidekit.scoring.pairwise import pair_table, raw_agreement

Given = dict[tuple[str, str], str]


def counts_table(rng: random.Random, items: int, raters: int,
                 k: int) -> list[list[int]]:
    table = []
    for _ in range(items):
        lean = rng.randrange(k)
        row = [0] * k
        for _ in range(raters):
            row[lean if rng.random() < 0.5 else rng.randrange(k)] += 1
        table.append(row)
    return table


@pytest.mark.parametrize("seed", range(30))
def test_fleiss_matches_statsmodels(seed: int) -> None:
    rng = random.Random(seed)
    table = counts_table(rng, rng.randint(1, 60), rng.randint(2, 12), rng.randint(2, 6))
    found = fleiss_kappa(table)
    if len({j for row in table for j, c in enumerate(row) if c}) < 2:
        assert found.undefined is not None
        return
    assert found.value == pytest.approx(statsmodels_fleiss(table), abs=1e-12)


def test_fleiss_undefined_cases_and_bad_rows() -> None:
    assert fleiss_kappa([]).undefined == "no items"
    one = fleiss_kappa([[3, 0], [3, 0]])
    assert one.value is None and "one category" in (one.undefined or "")
    assert "2 or more" in (fleiss_kappa([[1, 0], [0, 1]]).undefined or "")
    with pytest.raises(ValueError, match="summing to 3"):
        fleiss_kappa([[3, 0], [1, 1]])


def random_given(rng: random.Random, labels: tuple[str, ...], coders: int,
                 items: int, missing: float) -> Given:
    given = {}
    for i in range(items):
        lean = rng.choice(labels)
        for c in range(coders):
            if rng.random() >= missing:
                label = lean if rng.random() < 0.6 else rng.choice(labels)
                given[(f"c{c}", f"i{i}")] = label
    return given


def test_raw_agreement_counts_every_same_item_pair() -> None:
    rng = random.Random(7)
    given = random_given(rng, ("a", "b", "c"), 6, 50, 0.3)
    items: dict[str, list[str]] = {}
    for (_, item), label in given.items():
        items.setdefault(item, []).append(label)
    pairs = [x == y for labels in items.values() for x, y in combinations(labels, 2)]
    counts = [[labels.count(v) for v in "abc"] for labels in items.values()]
    found = raw_agreement(counts)
    assert (found.pairs, found.agreeing) == (len(pairs), sum(pairs))
    assert found.value.value == pytest.approx(sum(pairs) / len(pairs))
    assert raw_agreement([[1, 0], [0, 0]]).value.undefined is not None


def test_pairwise_kappa_matches_sklearn() -> None:
    rng = random.Random(11)
    given = random_given(rng, ("a", "b", "c"), 7, 40, 0.5)
    index = {"a": 0, "b": 1, "c": 2}
    items: dict[str, dict[str, int]] = {}
    for (coder, item), label in given.items():
        items.setdefault(item, {})[coder] = index[label]
    table = pair_table(items, 3, min_shared=12)
    coders = sorted({c for c, _ in given})
    expected = {}
    for a, b in combinations(coders, 2):
        shared = [i for i in items if a in items[i] and b in items[i]]
        if len(shared) >= 12:
            expected[(a, b)] = (len(shared), cohen_kappa_score(
                [items[i][a] for i in shared], [items[i][b] for i in shared]))
    assert table.qualifying == len(expected) > 0
    for pair in table.pairs:
        count, kappa = expected[(pair.first, pair.second)]
        assert pair.shared == count
        assert pair.kappa.value == pytest.approx(kappa)
    kappas = [p.kappa.value for p in table.pairs if p.kappa.value is not None]
    assert kappas == sorted(kappas)


def test_pairs_below_the_minimum_and_over_the_budget() -> None:
    items = {f"i{n}": {"x": n % 2, "y": n % 2, "z": 0} for n in range(9)}
    table = pair_table(items, 2, min_shared=10)
    assert (table.overlapping, table.qualifying, table.pairs) == (3, 0, ())
    over = pair_table(items, 2, budget=26)
    assert over.pairs == () and "27 same-item annotator pairs" in (over.undefined or "")


def test_majority_vote_counts_ties_and_accepts_also() -> None:
    answers = {"g1": Answer("a", frozenset({"a"})),
               "g2": Answer("a", frozenset({"a", "b"})),
               "g3": Answer("a", frozenset({"a"})),
               "g4": Answer("b", frozenset({"b"})),
               "g5": Answer("a", frozenset({"a"}))}
    items = {"g1": {"x": "a", "y": "a", "z": "b"},   # right
             "g2": {"x": "b", "y": "b", "z": "a"},   # right: gold accepts b
             "g3": {"x": "b", "y": "b"},             # wrong
             "g4": {"x": "a", "y": "b"},             # tie, gold among them
             "g5": {"x": "b", "y": "c"},             # tie, gold not among them
             "other": {"x": "a"}}                    # not gold
    vote = majority_vote(*vote_inputs(items, answers, ("a", "b", "c")))
    assert (vote.gold_items, vote.decided, vote.correct) == (5, 3, 2)
    assert (vote.ties, vote.ties_with_gold) == (2, 1)
    assert vote.accuracy.value == pytest.approx(2 / 3)
    tied = vote_inputs({"g4": {"x": "a", "y": "b"}}, answers, ("a", "b", "c"))
    assert majority_vote(*tied).accuracy.undefined


def vote_inputs(items: dict[str, dict[str, str]], answers: dict[str, Answer],
                labels: tuple[str, ...]) -> tuple[list[list[int]], list[int],
                                                  list[list[bool]]]:
    """n_ik, gold index (-1: not gold) and accepted labels, item by item."""
    counts = [[sum(v == label for v in r.values()) for label in labels]
              for r in items.values()]
    gold = [labels.index(answers[i].label) if i in answers else -1 for i in items]
    accepted = [[i in answers and label in answers[i].accepted for label in labels]
                for i in items]
    return counts, gold, accepted


def coded(given: Given, labels: tuple[str, ...]) -> FirstAnswers:
    return FirstAnswers.of({pair: labels.index(v) for pair, v in given.items()},
                           len(labels))


def key(labels: tuple[str, ...], gold: dict[str, str]) -> GoldKey:
    answers = {i: Answer(v, frozenset({v})) for i, v in gold.items()}
    return GoldKey(labels, {v: v for v in labels}, answers)


def test_fleiss_not_applicable_names_the_items() -> None:
    given = {("x", "i1"): "a", ("y", "i1"): "a", ("x", "i2"): "b",
             ("y", "i2"): "a", ("x", "i3"): "b"}
    found = agreement(coded(given, ("a", "b")), key(("a", "b"), {}))
    assert found.fleiss_kappa.value is None
    reason = found.fleiss_kappa.undefined or ""
    assert "1 to 2 ratings" in reason and "'i3'" in reason and "'i1'" not in reason
    assert (found.items, found.pairable, found.pairable_values) == (3, 2, 4)
    assert found.alpha_nominal.defined


def test_no_pairable_items_are_all_explicit() -> None:
    given = {("x", "i1"): "a", ("y", "i2"): "b"}
    found = agreement(coded(given, ("a", "b")), key(("a", "b"), {"i1": "a"}))
    for figure in (found.alpha_nominal, found.alpha_ordinal, found.alpha_interval,
                   found.raw.value):
        assert figure.value is None and figure.undefined
    assert found.alpha_nominal_bootstrap.interval.undefined
    assert found.fleiss_kappa.undefined and "2 or more" in found.fleiss_kappa.undefined
    assert (found.majority.decided, found.majority.correct) == (1, 1)
