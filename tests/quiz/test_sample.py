"""Drawing questions: exam pool only, stratified, seeded."""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from guidekit.quiz import QuizError, sample_questions
from guidekit.spec.loader import LoadedSpec, load_spec
from guidekit.spec.models import Spec

EXAM = {f"g-{n:02d}" for n in range(1, 11)}
NOT_EXAM = {"g-11", "g-12", "g-13", "g-14"}
Variant = Callable[[Callable[[dict[str, Any]], None]], Path]


def ids(spec: Spec, **options: Any) -> list[str]:
    return [item.id for item in sample_questions(spec, **options).items]


def labels(spec: Spec, **options: Any) -> Counter[str]:
    return Counter(item.label for item in sample_questions(spec, **options).items)


def test_fixture_is_what_the_hand_worked_cases_assume(small: LoadedSpec) -> None:
    exam = [g for g in small.spec.gold if g.pool == "exam"]
    assert {g.id for g in exam} == EXAM
    assert Counter(g.label for g in exam) == {"yes": 6, "no": 3, "unknown": 1}
    assert Counter((g.label, g.difficulty) for g in exam) == {
        ("yes", "easy"): 3, ("yes", "medium"): 2, ("yes", "hard"): 1,
        ("no", "easy"): 1, ("no", "hard"): 2, ("unknown", "medium"): 1}


@pytest.mark.parametrize(("questions", "expected"), [
    (5, {"yes": 3, "no": 1, "unknown": 1}),   # quotas 3, 1.5, .5
    (4, {"yes": 2, "no": 1, "unknown": 1}),   # quotas 2.4, 1.2, .4
    (2, {"yes": 1, "no": 1}),                 # fewer seats than strata
    (9, {"yes": 5, "no": 3, "unknown": 1}),   # quotas 5.4, 2.7, .9
])
def test_stratified_by_label(small: LoadedSpec, questions: int,
                             expected: dict[str, int]) -> None:
    for seed in range(5):
        assert labels(small.spec, questions=questions, seed=seed) == expected


def test_stratified_by_label_and_difficulty(variant: Variant) -> None:
    def edit(data: dict[str, Any]) -> None:
        data["quiz"]["stratify"] = ["label", "difficulty"]
    spec = load_spec(variant(edit)).spec
    selection = sample_questions(spec, questions=8, seed=3)
    drawn = Counter((g.label, g.difficulty) for g in selection.items)
    # worked in test_allocate: sizes 3,2,1,1,2,1 and 8 seats give 2,2,1,1,1,1
    assert drawn == {("yes", "easy"): 2, ("yes", "medium"): 2, ("yes", "hard"): 1,
                     ("no", "easy"): 1, ("no", "hard"): 1, ("unknown", "medium"): 1}
    assert [(s.describe(), s.size, s.chosen) for s in selection.strata] == [
        ("label=yes difficulty=easy", 3, 2), ("label=yes difficulty=medium", 2, 2),
        ("label=yes difficulty=hard", 1, 1), ("label=no difficulty=easy", 1, 1),
        ("label=no difficulty=hard", 2, 1), ("label=unknown difficulty=medium", 1, 1)]


def test_defaults_come_from_the_spec(small: LoadedSpec) -> None:
    selection = sample_questions(small.spec)
    assert (selection.requested, selection.seed) == (5, 11)
    assert ids(small.spec) == ids(small.spec, questions=5, seed=11)


def test_practice_and_honeypot_are_never_drawn(small: LoadedSpec) -> None:
    for seed in range(40):
        drawn = set(ids(small.spec, questions=7, seed=seed))
        assert drawn <= EXAM
        assert not drawn & NOT_EXAM


def test_more_questions_than_the_pool_take_the_whole_pool(small: LoadedSpec) -> None:
    selection = sample_questions(small.spec, questions=50, seed=1)
    assert sorted(g.id for g in selection.items) == sorted(EXAM)
    assert selection.whole_pool
    assert (selection.requested, selection.pool_size) == (50, 10)
    assert not sample_questions(small.spec, questions=9).whole_pool


def test_same_seed_same_questions_whatever_the_global_random(
        small: LoadedSpec) -> None:
    random.seed(1)
    first = ids(small.spec, questions=6, seed=42)
    random.seed(2)
    random.random()
    assert ids(small.spec, questions=6, seed=42) == first
    assert len(set(first)) == 6


def test_different_seeds_give_different_quizzes(small: LoadedSpec) -> None:
    drawn = {tuple(ids(small.spec, questions=6, seed=seed)) for seed in range(10)}
    assert len(drawn) > 5


def test_no_stratification_is_one_stratum(variant: Variant) -> None:
    def edit(data: dict[str, Any]) -> None:
        data["quiz"]["stratify"] = []
    selection = sample_questions(load_spec(variant(edit)).spec, questions=4)
    assert [(s.describe(), s.size, s.chosen) for s in selection.strata] == [
        ("all", 10, 4)]


def test_no_exam_gold_is_an_error(variant: Variant) -> None:
    def edit(data: dict[str, Any]) -> None:
        for item in data["gold"]:
            item["pool"] = "practice"
    spec = load_spec(variant(edit)).spec
    with pytest.raises(QuizError, match="no gold items in the exam pool"):
        sample_questions(spec)


def test_zero_questions_is_an_error(small: LoadedSpec) -> None:
    with pytest.raises(QuizError, match="at least 1"):
        sample_questions(small.spec, questions=0)
