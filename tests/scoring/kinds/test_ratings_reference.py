"""rating figures against scikit-learn on seeded random ratings."""

from __future__ import annotations

import random
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from sklearn.metrics import cohen_kappa_score, confusion_matrix, mean_absolute_error
from statsmodels.stats.proportion import proportion_confint

from guidekit.scoring.kinds.api import score_kind
from guidekit.scoring.kinds.ratings import weighted_kappa

POINTS = [1, 2, 3, 4, 5]


def _noisy(rng: random.Random, gold: int, spread: int) -> int:
    return min(5, max(1, gold + rng.randint(-spread, spread)))


@pytest.mark.parametrize("seed", [4, 5, 6])
def test_rating_figures_match_sklearn(
        seed: int, kind_spec: Callable[..., Any], write: Callable[[str, str], Path],
        jsonl: Callable[[str, list[dict[str, Any]]], Path]) -> None:
    rng = random.Random(seed)
    gold = {f"g{i}": rng.randint(1, 5) for i in range(60)}
    spec = kind_spec("rating", [{"id": i, "item": {"text": i}, "rating": r}
                                for i, r in gold.items()], min_gold=5,
                     pass_={"accuracy": 0.5, "kappa": 0.6})
    answers = {name: {i: _noisy(rng, r, spread) for i, r in gold.items()
                      if rng.random() < 0.85}
               for name, spread in (("ann", 0), ("bea", 1), ("cal", 3))}
    answers["ann"]["g0"] = 1 + gold["g0"] % 5   # one miss, so kappa is not 1
    csv = write("a.csv", "annotator,item,label\n" + "".join(
        f"{n},{i},{r}\n" for n in ("ann", "bea") for i, r in answers[n].items()))
    lines = jsonl("b.jsonl", [{"annotator": "cal", "item": i, "label": r}
                              for i, r in answers["cal"].items()])
    report = score_kind(spec, [csv, lines])

    assert report.task is not None
    rows = {a.annotator: a for a in report.annotators}
    for figs in report.task.annotators:
        mine = answers[str(figs.annotator)]
        ref = _reference([gold[i] for i in mine], list(mine.values()))
        _same(figs, ref)
        row = rows[str(figs.annotator)]
        assert row.kappa.value == pytest.approx(ref["quadratic"])
        assert [list(r) for r in row.confusion] == ref["matrix"]
        assert row.accuracy == figs.exact_rate
    both = [(gold[i], r) for mine in answers.values() for i, r in mine.items()]
    ref = _reference([g for g, _ in both], [r for _, r in both])
    _same(report.task.pooled, ref)
    assert report.overall.kappa.value == pytest.approx(ref["quadratic"])


def _reference(gold: list[int], given: list[int]) -> dict[str, Any]:
    correct = sum(g == r for g, r in zip(gold, given, strict=True))
    return {"n": len(gold), "correct": correct,
            "linear": cohen_kappa_score(gold, given, weights="linear", labels=POINTS),
            "quadratic": cohen_kappa_score(gold, given, weights="quadratic",
                                           labels=POINTS),
            "mae": mean_absolute_error(gold, given),
            "matrix": confusion_matrix(gold, given, labels=POINTS).tolist(),
            "wilson": proportion_confint(correct, len(gold), method="wilson")}


def _same(figs: Any, ref: dict[str, Any]) -> None:
    rating = figs.rating
    assert (figs.items, figs.exact) == (ref["n"], ref["correct"])
    assert figs.exact_rate.value == pytest.approx(ref["correct"] / ref["n"])
    assert (figs.interval.low, figs.interval.high) == pytest.approx(ref["wilson"])
    assert rating.linear_kappa.value == pytest.approx(ref["linear"])
    assert rating.quadratic_kappa.value == pytest.approx(ref["quadratic"])
    assert rating.mean_absolute_error.value == pytest.approx(ref["mae"])
    assert [list(r) for r in rating.confusion] == ref["matrix"]
    assert rating.points == tuple(POINTS)


def test_weighted_kappa_is_undefined_on_one_point_only() -> None:
    kappa = weighted_kappa([[0, 0, 0], [0, 7, 0], [0, 0, 0]], 2)
    assert kappa.value is None
    assert kappa.undefined is not None and "one point only" in kappa.undefined
    assert weighted_kappa([[0, 0], [0, 0]], 1).undefined == "no items"


def test_weighted_kappa_handles_disagreement_on_a_constant_gold() -> None:
    # gold always 2, answers spread: chance disagreement > 0, kappa defined
    matrix = [[0, 0, 0], [1, 2, 1], [0, 0, 0]]
    gold, given = [2, 2, 2, 2], [1, 2, 2, 3]
    for power, weights in ((1, "linear"), (2, "quadratic")):
        ref = cohen_kappa_score(gold, given, weights=weights, labels=[1, 2, 3])
        assert weighted_kappa(matrix, power).value == pytest.approx(ref)
