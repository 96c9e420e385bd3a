"""Parallel forms, per-annotator order and exposure control."""

from __future__ import annotations

import hashlib
import json
import random
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from guidekit.errors import InputError
from guidekit.quiz import BuiltQuiz, QuizError, build_quiz
from guidekit.quiz.balance import deal, features
from guidekit.quiz.parallel import annotator_seed, build_for_annotator, build_forms
from guidekit.quiz.seen import read_ids, read_seen
from guidekit.spec.loader import LoadedSpec, load_spec
from guidekit.spec.models import GoldItem

Variant = Callable[[Callable[[dict[str, Any]], None]], Path]


def gold(n: int, label: str, difficulty: str | None = None,
         rules: list[str] | None = None) -> GoldItem:
    return GoldItem(id=f"{label}{difficulty}{n}", item={"t": str(n)}, label=label,
                    difficulty=difficulty, rules=rules or [])


def spread(forms: list[list[GoldItem]], feature: tuple[str, str]) -> int:
    row = [sum(feature in features(g) for g in form) for form in forms]
    return max(row) - min(row)


def ids(quiz: BuiltQuiz) -> list[str]:
    """The gold ids of a quiz's questions in form order, through its key."""
    key = json.loads(quiz.key_json)["questions"]
    form = json.loads(quiz.quiz_json)["questions"]
    assert [q["id"] for q in form] == [q["id"] for q in key]
    return [q["gold_id"] for q in key]


def test_round_robin_alone_would_fail_this_case() -> None:
    # a: easy, hard; b: easy, hard. Dealt in sorted order to two forms one by
    # one, form 1 would get both easy items; the forms must get one of each.
    items = [gold(1, "a", "easy"), gold(2, "a", "hard"), gold(3, "b", "easy"),
             gold(4, "b", "hard")]
    forms = deal(items, 2, seed=0)
    for form in forms:
        assert sorted((g.label, g.difficulty) for g in form) in (
            [("a", "easy"), ("b", "hard")], [("a", "hard"), ("b", "easy")])


def test_rules_are_balanced_where_each_item_tests_one() -> None:
    items = [gold(n, "ab"[n % 2], rules=[f"R{n % 3}"]) for n in range(12)]
    forms = deal(items, 3, seed=5)
    for rule in ("R0", "R1", "R2"):
        assert spread(forms, ("rule", rule)) <= 1


@pytest.mark.parametrize("trial", range(30))
def test_labels_and_difficulties_differ_by_at_most_one(trial: int) -> None:
    rng = random.Random(trial)
    labels = ["a", "b", "c", "d"][:rng.randint(2, 4)]
    items = [gold(n, rng.choice(labels), rng.choice(["easy", "hard", None]),
                  rng.sample(["R1", "R2", "R3"], rng.randint(0, 2)))
             for n in range(rng.randint(4, 40))]
    forms = deal(items, rng.randint(2, 5), seed=trial)
    sizes = [len(form) for form in forms]
    assert max(sizes) - min(sizes) <= 1
    assert Counter(g.id for form in forms for g in form) == Counter(
        g.id for g in items)
    for feature in {f for g in items for f in features(g) if f[0] != "rule"}:
        assert spread(forms, feature) <= 1, feature


def test_forms_are_disjoint_exam_only_and_balanced(small: LoadedSpec) -> None:
    quizzes = build_forms(small, 2)
    exam = {g.id: g for g in small.spec.gold if g.pool == "exam"}
    drawn = [ids(q) for q in quizzes]
    assert [len(d) for d in drawn] == [5, 5]
    assert not set(drawn[0]) & set(drawn[1])
    assert set(drawn[0]) | set(drawn[1]) <= set(exam)
    for value in ("yes", "no", "unknown"):
        per_form = [sum(exam[i].label == value for i in d) for d in drawn]
        assert max(per_form) - min(per_form) <= 1
    for quiz, items in zip(quizzes, drawn, strict=True):
        key = json.loads(quiz.key_json)
        assert [q["gold_id"] for q in key["questions"]] == items
        assert (key["form"], key["forms"], key["quiz"]) == (quiz.form, 2, quiz.quiz_id)
    assert quizzes[0].quiz_id != quizzes[1].quiz_id


def test_a_small_pool_is_shared_equally(small: LoadedSpec) -> None:
    quizzes = build_forms(small, 3, questions=5)  # 10 exam items: 3 forms of 3
    assert [len(ids(q)) for q in quizzes] == [3, 3, 3]
    with pytest.raises(QuizError, match="11 forms need at least 11 exam items"):
        build_forms(small, 11)


def test_practice_forms_hold_practice_items_only(small: LoadedSpec) -> None:
    quizzes = build_forms(small, 2, practice=True)
    assert sorted(i for q in quizzes for i in ids(q)) == ["g-11", "g-12"]
    honeypots = {g.id for g in small.spec.gold if g.pool == "honeypot"}
    for quiz in build_forms(small, 2) + [build_for_annotator(small, "a")]:
        assert not set(ids(quiz)) & honeypots
        assert json.loads(quiz.key_json)["pool"] == "exam"


def test_each_annotator_has_a_seeded_order(small: LoadedSpec) -> None:
    digest = hashlib.sha256(b"11:ann").digest()
    assert annotator_seed(11, "ann") == int.from_bytes(digest[:8], "big")
    plain = ids(build_quiz(small))
    ann, bea = (ids(build_for_annotator(small, who))
                for who in ("ann", "bea"))
    assert sorted(ann) == sorted(bea) == sorted(plain)
    assert ann != bea
    expected = plain[:]
    random.Random(annotator_seed(11, "ann")).shuffle(expected)
    assert ann == expected
    assert ids(build_for_annotator(small, "ann")) == ann
    form = json.loads(build_for_annotator(small, "ann").quiz_json)
    assert form["annotator"] == "ann"


def test_exclusion_per_annotator_and_for_everyone(small: LoadedSpec,
                                                  tmp_path: Path) -> None:
    first = tmp_path / "first.jsonl"
    first.write_text('{"annotator": "ann", "item": "g-01", "label": "yes"}\n\n'
                     '{"annotator": "bea", "item": "g-07", "label": "no"}\n',
                     encoding="utf-8")
    second = tmp_path / "second.csv"
    second.write_text("item,label,annotator\ng-02,yes,ann\n", encoding="utf-8")
    seen = read_seen([first, second])
    assert seen.items("ann") == {"g-01", "g-02"}
    assert seen.items() == {"g-01", "g-02", "g-07"}
    quiz = build_for_annotator(small, "ann", questions=8, exclude=seen.items("ann"))
    assert quiz.excluded == 2
    assert not {"g-01", "g-02"} & set(ids(quiz))
    assert "g-07" in ids(quiz)  # bea saw it, not ann
    [everyone] = build_forms(small, 1, questions=7, exclude=seen.items())
    assert (everyone.excluded, len(ids(everyone))) == (3, 7)
    assert not {"g-01", "g-02", "g-07"} & set(ids(everyone))


def test_too_few_unseen_items_fail(small: LoadedSpec) -> None:
    seen = {f"g-0{n}" for n in range(1, 8)}
    with pytest.raises(QuizError, match=r"only 3 exam item\(s\) were not seen before "
                       r"\(7 of 10 left out\), 5 needed"):
        build_for_annotator(small, "a", exclude=seen)
    with pytest.raises(QuizError, match="6 needed"):
        build_forms(small, 2, questions=3, exclude=seen)
    practice = build_for_annotator(small, "a", practice=True, exclude=seen)
    assert practice.excluded == 0  # exam items seen leave the practice pool alone


def test_bad_seen_rows_name_file_and_row(tmp_path: Path) -> None:
    bad = tmp_path / "a.jsonl"
    bad.write_text('{"annotator": "a", "item": "g-01"}\n{"item": "g-02"}\n',
                   encoding="utf-8")
    with pytest.raises(InputError, match=r"a\.jsonl:2: a row needs an annotator"):
        read_seen([bad])
    table = tmp_path / "a.csv"
    table.write_text("worker,item\nw,g-01\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"a\.csv:1: the header needs"):
        read_seen([table])


def test_annotator_ids_file(tmp_path: Path) -> None:
    path = tmp_path / "ids.txt"
    path.write_text("# team\nann\n\n bea \nann\n", encoding="utf-8")
    assert read_ids(path) == ["ann", "bea"]
    path.write_text("# nobody\n", encoding="utf-8")
    with pytest.raises(InputError, match="no annotator ids"):
        read_ids(path)


def test_forms_balance_rating_points(tmp_path: Path) -> None:
    spec = Path(__file__).resolve().parents[1] / "spec" / "cases"
    quizzes = build_forms(load_spec(spec / "kind-rating-clean.yaml"), 2, questions=1)
    assert sorted(len(ids(q)) for q in quizzes) == [1, 1]
