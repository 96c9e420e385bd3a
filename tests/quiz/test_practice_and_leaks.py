"""Practice quizzes come from the practice pool only; a qualification
quiz's files hold no answer, rationale or hash of one, for every kind."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from guidekit.quiz import QuizError, build_quiz, write_quiz
from guidekit.spec.loader import LoadedSpec, load_spec

Variant = Callable[[Callable[[dict[str, Any]], None]], Path]
CASES = Path(__file__).resolve().parents[1] / "spec" / "cases"
KINDS = ["kind-multi-label-clean.yaml", "kind-span-clean.yaml",
         "kind-rating-clean.yaml"]


def gold_ids(key_json: str) -> dict[str, str]:
    """Question id -> gold id, from a key."""
    return {q["id"]: q["gold_id"] for q in json.loads(key_json)["questions"]}


def test_practice_quiz_holds_only_practice_items(small: LoadedSpec) -> None:
    quiz = build_quiz(small, practice=True, questions=50)
    form = json.loads(quiz.quiz_json)
    asked = gold_ids(quiz.key_json)
    pools = {g.id: g.pool for g in small.spec.gold}
    assert form["mode"] == "practice"
    assert sorted(asked[q["id"]] for q in form["questions"]) == ["g-11", "g-12"]
    assert {pools[asked[q["id"]]] for q in form["questions"]} == {"practice"}
    for item in small.spec.gold:
        if item.pool != "practice" and item.rationale:
            assert item.rationale not in quiz.quiz_html
    assert json.loads(quiz.key_json)["pool"] == "practice"


def test_practice_feedback_is_the_gold(small: LoadedSpec) -> None:
    quiz = build_quiz(small, practice=True)
    asked = gold_ids(quiz.key_json)
    form = json.loads(quiz.quiz_json)
    by_id = {asked[q["id"]]: q["feedback"] for q in form["questions"]}
    assert by_id["g-11"] == {"answer": "yes", "also": [],
                             "rationale": "RATIONALE-SECRET-p1", "rules": []}
    assert by_id["g-12"]["answer"] == "no"


def test_practice_needs_a_practice_pool(variant: Variant) -> None:
    def edit(data: dict[str, Any]) -> None:
        for item in data["gold"]:
            if item.get("pool") == "practice":
                item["pool"] = "exam"
    with pytest.raises(QuizError, match="no gold items in the practice pool"):
        build_quiz(load_spec(variant(edit)), practice=True)


def secrets(loaded: LoadedSpec) -> list[str]:
    found = []
    for item in loaded.spec.gold:
        found += [item.rationale or "", *item.rules, *item.tags]
    return [s for s in found if s]


@pytest.mark.parametrize("name", ["small", *KINDS])
def test_qualification_files_hold_no_answers(name: str, small: LoadedSpec) -> None:
    loaded = small if name == "small" else load_spec(CASES / name)
    quiz = build_quiz(loaded, questions=50)
    form = json.loads(quiz.quiz_json)
    assert form["mode"] == "qualification"
    for question in form["questions"]:
        assert set(question) == {"position", "id", "item"}
    for text in (quiz.quiz_json, quiz.quiz_html):
        for secret in secrets(loaded):
            assert secret not in text
        assert "sha256" not in text
        assert re.search(r"[0-9a-f]{32}", text) is None
        assert '"feedback"' not in text


def test_form_does_not_depend_on_the_answers(variant: Variant) -> None:
    """Changing every gold answer leaves the form and page byte-identical:
    nothing in them (the quiz id included) is made from an answer."""
    def flip(data: dict[str, Any]) -> None:
        data["quiz"]["stratify"] = []
        for item in data["gold"]:
            item["label"] = "unknown" if item["label"] != "unknown" else "no"
            item.pop("also", None)

    def same(data: dict[str, Any]) -> None:
        data["quiz"]["stratify"] = []

    one = build_quiz(load_spec(variant(same)))
    two = build_quiz(load_spec(variant(flip)))
    assert json.loads(one.key_json)["questions"] != json.loads(
        two.key_json)["questions"]
    assert (one.quiz_id, one.quiz_json, one.quiz_html) == (
        two.quiz_id, two.quiz_json, two.quiz_html)


def test_key_can_be_written_outside_the_quiz_folder(small: LoadedSpec,
                                                    tmp_path: Path) -> None:
    quiz = build_quiz(small)
    paths = write_quiz(quiz, tmp_path / "quiz", tmp_path / "private" / "k.json")
    assert sorted(p.name for p in (tmp_path / "quiz").iterdir()) == [
        "quiz.html", "quiz.json"]
    assert paths[-1] == tmp_path / "private" / "k.json"
    key = json.loads(paths[-1].read_text(encoding="utf-8"))
    assert key["private"].startswith("The answers to this quiz")
