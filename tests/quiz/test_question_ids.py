"""Question ids on a quiz are opaque: no gold id, nothing about the answer.

specs/triage numbers its gold in blocks by label (g-001 ... g-007 are all
"billing"), so a form that showed gold ids, or ids made from them, would
give answers away.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from guidekit.quiz import BuiltQuiz, build_quiz
from guidekit.quiz.parallel import build_for_annotator, build_forms
from guidekit.quiz.qids import TOKEN_LENGTH, question_ids
from guidekit.spec.loader import LoadedSpec, load_spec

Variant = Callable[[Callable[[dict[str, Any]], None]], Path]
ROOT = Path(__file__).resolve().parents[2]
TRIAGE = ROOT / "specs" / "triage" / "guideline.yaml"
CASES = ROOT / "tests" / "spec" / "cases"
KINDS = ["kind-multi-label-clean.yaml", "kind-span-clean.yaml",
         "kind-rating-clean.yaml"]


@pytest.fixture(scope="module")
def triage() -> LoadedSpec:
    return load_spec(TRIAGE)


def asked(quiz: BuiltQuiz) -> list[tuple[str, str]]:
    """(question id, gold id) in quiz order, from the key."""
    return [(q["id"], q["gold_id"]) for q in json.loads(quiz.key_json)["questions"]]


def page_ids(quiz: BuiltQuiz) -> list[str]:
    """The question ids in the JSON quiz.html embeds."""
    found = re.search(r'<script type="application/json" id="quiz-data">(.*?)'
                      r"</script>", quiz.quiz_html, re.S)
    assert found is not None
    return [q["id"] for q in json.loads(found[1])["questions"]]


def all_quizzes(loaded: LoadedSpec) -> list[BuiltQuiz]:
    return [build_quiz(loaded, questions=50), *build_forms(loaded, 2),
            build_for_annotator(loaded, "ann")]


@pytest.mark.parametrize("name", ["triage", *KINDS])
def test_no_question_id_is_or_holds_a_gold_id(name: str, triage: LoadedSpec) -> None:
    loaded = triage if name == "triage" else load_spec(CASES / name)
    gold = [g.id for g in loaded.spec.gold]
    for quiz in all_quizzes(loaded):
        form = [q["id"] for q in json.loads(quiz.quiz_json)["questions"]]
        assert form == page_ids(quiz) == [qid for qid, _ in asked(quiz)]
        assert len(set(form)) == len(form)
        assert {len(qid) for qid in form} == {TOKEN_LENGTH}
        for qid in form:
            assert not any(g in qid for g in gold), qid
        if name == "triage":  # g-001 ... g-040 are long enough to look for
            for text in (quiz.quiz_json, quiz.quiz_html):
                assert not any(g in text for g in gold)


def test_the_key_maps_each_question_to_its_item(triage: LoadedSpec) -> None:
    quiz = build_quiz(triage)
    by_id = {g.id: g for g in triage.spec.gold}
    form = json.loads(quiz.quiz_json)["questions"]
    for question, (qid, gold) in zip(form, asked(quiz), strict=True):
        assert question["id"] == qid
        assert question["item"] == {k: by_id[gold].item[k] for k in question["item"]}


def test_ids_are_not_in_label_order(triage: LoadedSpec) -> None:
    """Sorted by question id, the answers are not in blocks (as gold ids are):
    over 20 seeds, every quiz's labels sorted by id make more runs than
    there are labels. A blocked order by chance is about 2e-7 per quiz."""
    label = {g.id: g.label for g in triage.spec.gold}
    for seed in range(20):
        pairs = sorted(asked(build_quiz(triage, seed=seed)))
        labels = [label[gold] for _, gold in pairs]
        runs = 1 + sum(a != b for a, b in zip(labels, labels[1:], strict=False))
        assert runs > len(set(labels)), (seed, labels)
        by_gold = [label[gold] for gold in sorted(gold for _, gold in pairs)]
        assert labels != by_gold


def test_different_seeds_give_unrelated_ids(triage: LoadedSpec) -> None:
    one, two = (dict((gold, qid) for qid, gold in asked(build_quiz(triage, seed=s)))
                for s in (1, 2))
    common = one.keys() & two.keys()
    assert len(common) >= 4  # the same gold items asked in both
    assert all(one[gold] != two[gold] for gold in common)
    assert not set(one.values()) & set(two.values())


def test_same_seed_same_ids(triage: LoadedSpec) -> None:
    assert asked(build_quiz(triage, seed=3)) == asked(build_quiz(triage, seed=3))


def test_renaming_gold_ids_leaves_the_form_byte_identical(variant: Variant) -> None:
    """Nothing on the form, the quiz id included, is made from a gold id."""
    def rename(data: dict[str, Any]) -> None:
        for item in data["gold"]:
            item["id"] = "renamed-" + item["id"][::-1]

    one = build_quiz(load_spec(variant(lambda data: None)))
    two = build_quiz(load_spec(variant(rename)))
    assert [g for _, g in asked(one)] != [g for _, g in asked(two)]
    assert (one.quiz_id, one.quiz_json, one.quiz_html) == (
        two.quiz_id, two.quiz_json, two.quiz_html)


def test_forms_and_annotators_get_ids_of_their_own(triage: LoadedSpec) -> None:
    forms = build_forms(triage, 2)
    people = [build_for_annotator(triage, who) for who in ("ann", "bea")]
    ids = [qid for quiz in forms + people for qid, _ in asked(quiz)]
    assert len(set(ids)) == len(ids)


def test_tokens_avoid_gold_ids_they_would_hold() -> None:
    plain = question_ids("basis", 40)
    piece = plain[0][2:5]  # a gold id that the first token holds
    avoided = question_ids("basis", 40, avoid=[piece])
    assert piece in plain[0]
    assert not any(piece in token for token in avoided)
    assert len(set(avoided)) == 40
