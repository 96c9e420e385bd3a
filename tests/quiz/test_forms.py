"""The annotator's form and the lead's key: contents, leaks, determinism."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from guidekit.errors import SpecError
from guidekit.quiz import build_quiz, write_quiz
from guidekit.spec.loader import LoadedSpec, load_spec

Variant = Callable[[Callable[[dict[str, Any]], None]], Path]
FORM_KEYS = {"format", "quiz", "mode", "spec", "task", "labels", "questions"}
QUESTION_KEYS = {"position", "id", "item"}
# every rationale, rule id, tag and author in the fixture carries SECRET;
# practice and honeypot items carry PRACTICE-ONLY and HONEYPOT-ONLY
SECRETS = ("SECRET", "PRACTICE-ONLY", "HONEYPOT-ONLY", "g-11", "g-12", "g-13",
           "g-14", "double negation", "only excludes others")


def form_of(loaded: LoadedSpec, **options: Any) -> dict[str, Any]:
    form: dict[str, Any] = json.loads(build_quiz(loaded, **options).quiz_json)
    return form


def test_form_holds_only_what_an_annotator_needs(small: LoadedSpec) -> None:
    form = form_of(small, questions=50)
    assert set(form) == FORM_KEYS
    assert form["format"] == "guidekit.quiz/v1"
    assert form["spec"] == {"id": "claims", "title": "Claim support",
                            "version": "2.1.0"}
    assert form["mode"] == "qualification"
    assert form["task"] == {
        "kind": "single_label",
        "question": "Does the text support the claim?",
        "fields": [{"name": "text", "title": "Text"},
                   {"name": "claim", "title": "Claim"}]}
    assert [set(lb) for lb in form["labels"]] == [{"value", "title", "definition"}] * 3
    assert [lb["value"] for lb in form["labels"]] == ["yes", "no", "unknown"]
    for question in form["questions"]:
        assert set(question) == QUESTION_KEYS
        assert set(question["item"]) == {"text", "claim"}


def test_questions_match_the_gold_items(small: LoadedSpec) -> None:
    gold = {g.id: g for g in small.spec.gold}
    quiz = build_quiz(small)
    questions = json.loads(quiz.quiz_json)["questions"]
    key = {q["id"]: q["gold_id"] for q in json.loads(quiz.key_json)["questions"]}
    assert [q["position"] for q in questions] == [1, 2, 3, 4, 5]
    for question in questions:
        assert question["item"] == gold[key[question["id"]]].item


@pytest.mark.parametrize("questions", [5, 50])
def test_no_answer_or_rationale_in_the_form(small: LoadedSpec, questions: int) -> None:
    quiz = build_quiz(small, questions=questions, seed=4)
    for text in (quiz.quiz_json, quiz.quiz_html):
        for secret in SECRETS:
            assert secret not in text
    # the key does hold them: the markers are real
    assert "RATIONALE-SECRET" in quiz.key_json


def test_key_holds_the_answers(small: LoadedSpec) -> None:
    quiz = build_quiz(small, questions=50, seed=4)
    key = json.loads(quiz.key_json)
    form = json.loads(quiz.quiz_json)
    gold = {g.id: g for g in small.spec.gold}
    assert key["quiz"] == form["quiz"] == quiz.quiz_id
    assert key["gold_fingerprint"] == small.gold_fingerprint
    assert (key["seed"], key["requested"], key["exam_pool"]) == (4, 50, 10)
    assert key["pass"] == pytest.approx(0.8)
    assert [q["id"] for q in key["questions"]] == [q["id"] for q in form["questions"]]
    for entry in key["questions"]:
        item = gold[entry["gold_id"]]
        assert (entry["label"], entry["also"], entry["rules"], entry["rationale"]) == (
            item.label, item.also, item.rules, item.rationale)
    assert key["questions"][[q["gold_id"] for q in key["questions"]].index(
        "g-09")]["also"] == ["unknown"]


def test_same_seed_is_byte_identical(small_path: Path, tmp_path: Path) -> None:
    first = write_quiz(build_quiz(load_spec(small_path), seed=9), tmp_path / "a")
    second = write_quiz(build_quiz(load_spec(small_path), seed=9), tmp_path / "b")
    assert [p.name for p in first] == ["quiz.json", "quiz.html", "key.json"]
    for a, b in zip(first, second, strict=True):
        assert a.read_bytes() == b.read_bytes()


def test_different_seed_differs(small: LoadedSpec) -> None:
    one, two = build_quiz(small, seed=1), build_quiz(small, seed=2)
    assert one.quiz_id != two.quiz_id
    assert one.quiz_json != two.quiz_json
    assert one.key_json != two.key_json


def test_json_layout_is_fixed(small: LoadedSpec) -> None:
    quiz = build_quiz(small)
    assert re.fullmatch(r"[0-9a-f]{12}", quiz.quiz_id)
    for text in (quiz.quiz_json, quiz.key_json):
        again = json.dumps(json.loads(text), indent=2, sort_keys=True,
                           ensure_ascii=False) + "\n"
        assert text == again


def test_non_ascii_text_is_kept_as_is(variant: Variant) -> None:
    def edit(data: dict[str, Any]) -> None:
        data["title"] = "Stützung der Behauptung – café"
    quiz = build_quiz(load_spec(variant(edit)))
    assert "Stützung der Behauptung – café" in quiz.quiz_json
    assert "\\u" not in quiz.quiz_json


def test_spec_with_errors_is_refused(variant: Variant) -> None:
    def edit(data: dict[str, Any]) -> None:
        data["gold"][0]["label"] = "maybe"
    with pytest.raises(SpecError) as caught:
        build_quiz(load_spec(variant(edit)))
    assert [p.code for p in caught.value.problems] == ["unknown-label"]
