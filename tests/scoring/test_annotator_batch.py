"""score_all (every annotator from the cube at once) against score_annotator."""

from __future__ import annotations

import numpy as np
import pytest

from guidekit.scoring.annotator_batch import score_all, top_confusions_all
from guidekit.scoring.annotators import score_annotator, top_confusions
from guidekit.scoring.first import FirstAnswers
from guidekit.scoring.tables import CountTables
from guidekit.spec.models import Scoring

SCORING = Scoring.model_validate({"pass": {"accuracy": 0.7, "kappa": 0.4},
                                  "min_gold": 5})


def _tables(cube: np.ndarray, labels: tuple[str, ...]) -> CountTables:
    tables = CountTables(first=FirstAnswers(len(labels)), labels=labels)
    for a in range(len(cube)):
        name = f"ann{a}"
        tables.first.annotator(name)
        tables.non_gold[name], tables.unknown[name] = a % 3, a % 2
        tables.duplicates[name] = a % 5
    tables.cube = cube
    return tables


def _random_cube(rng: np.random.Generator, annotators: int, k: int) -> np.ndarray:
    """Skilled, random, one-label and empty annotators, sizes 0 to 60."""
    cube = np.zeros((annotators, k, k), dtype=np.int64)
    for a in range(annotators):
        n, kind = int(rng.integers(0, 60)), a % 4
        gold = rng.integers(0, k, size=n)
        given = {0: np.where(rng.random(n) < 0.8, gold, rng.integers(0, k, size=n)),
                 1: rng.integers(0, k, size=n),
                 2: np.full(n, int(rng.integers(0, k))),
                 3: gold[:0]}[kind]
        np.add.at(cube[a], (gold[:len(given)], given), 1)
    return cube


@pytest.mark.parametrize("k", [2, 3, 5, 8])
def test_every_record_equals_the_one_at_a_time_reference(k: int) -> None:
    rng = np.random.default_rng(k)
    labels = tuple(f"l{i}" for i in range(k))
    cube = _random_cube(rng, 40, k)
    tables = _tables(cube, labels)
    batch = score_all(tables, labels, SCORING)
    alone = [score_annotator(f"ann{a}", cube[a].tolist(), labels, tables, SCORING)
             for a in range(len(cube))]
    assert batch == alone
    assert {s.verdict for s in batch} >= {"not enough gold", "fail"}
    assert any(s.kappa.undefined for s in batch)


def test_ties_keep_the_reference_order() -> None:
    labels = ("a", "b", "c")
    cube = np.array([[[0, 2, 2], [2, 0, 1], [0, 2, 9]],
                     [[5, 0, 0], [0, 5, 0], [0, 0, 5]]], dtype=np.int64)
    found = top_confusions_all(cube, labels)
    assert found == [top_confusions(m.tolist(), labels) for m in cube]
    assert [(c.gold, c.given) for c in found[0]] == [("a", "b"), ("a", "c"),
                                                       ("b", "a")]
    assert found[1] == ()


def test_no_gold_rows_at_all() -> None:
    labels = ("a", "b")
    tables = _tables(np.zeros((0, 0, 0), dtype=np.int64), labels)
    tables.first.annotator("late")
    (only,) = score_all(tables, labels, SCORING)
    assert only.gold_answered == 0
    assert only.accuracy.undefined == "no items"
    assert only.kappa_interval.undefined == "no gold answered"
