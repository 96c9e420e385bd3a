"""Feedback after a quiz: pass or not, what to re-read, nothing of the key."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from guidekit.errors import InputError
from guidekit.quiz import build_quiz
from guidekit.quiz.advice import Advice, Answers, advise_one, read_answers, read_key
from guidekit.quiz.advice_notes import html_note, markdown_note, names_of
from guidekit.spec.loader import LoadedSpec, load_spec

CASES = Path(__file__).resolve().parents[1] / "spec" / "cases"


def key_of(loaded: LoadedSpec, **options: Any) -> dict[str, Any]:
    return json.loads(build_quiz(loaded, **options).key_json)


def by_gold(key: dict[str, Any], given: dict[str, Any]) -> dict[str, Any]:
    """Answers keyed by gold id, re-keyed by the quiz's own question ids."""
    qid = {q["gold_id"]: q["id"] for q in key["questions"]}
    return {qid.get(gold, gold): answer for gold, answer in given.items()}


def test_misses_rank_rules_and_labels(small: LoadedSpec) -> None:
    key = key_of(small, questions=50)  # all ten exam items
    given = {q["gold_id"]: q["label"] for q in key["questions"]}
    # g-01 and g-02 test R-YES-SECRET; answered "no" (gold yes); g-10 left out
    given |= {"g-01": "no", "g-02": "unknown"}
    del given["g-10"]
    advice = advise_one(key, "ann", by_gold(key, given))
    assert (advice.right, advice.questions, advice.passed) == (7, 10, False)
    assert advice.rules == ("R-YES-SECRET", "R-UNK-SECRET")  # 2 misses, then 1
    # yes: g-01, g-02; no: g-01; unknown: g-02, g-10
    assert advice.labels == ("unknown", "yes", "no")


def test_pass_mark_is_exact(small: LoadedSpec) -> None:
    assert Advice("a", 7, 10, 0.7, (), ()).passed  # 0.7 * 10 is 7.000000000000001
    assert not Advice("a", 6, 10, 0.7, (), ()).passed
    key = key_of(small, questions=50)
    right = {q["gold_id"]: q["label"] for q in key["questions"]}
    right["g-09"] = "unknown"  # in `also`
    assert advise_one(key, "a", by_gold(key, right)).right == 10


@pytest.mark.parametrize(("case", "given", "labels"), [
    ("kind-multi-label-clean.yaml", {"g1": ["power", "money"], "g2": ["power"],
                                     "g3": ["sport"]}, ("money",)),
    ("kind-span-clean.yaml", {"g1": [{"start": 0, "end": 3, "label": "PER"},
                                     {"start": 22, "end": 28, "label": "LOC"}]},
     ("LOC", "ORG", "PER")),  # one miss each; g3's "nothing" touches none
    ("kind-rating-clean.yaml", {"g1": "2", "g2": "3"}, ("1", "2")),
])
def test_other_kinds(case: str, given: dict[str, Any], labels: tuple[str, ...]) -> None:
    key = key_of(load_spec(CASES / case), questions=50)
    assert key["kind"] != "single_label"
    advice = advise_one(key, "a", by_gold(key, given))
    assert not advice.passed
    assert advice.labels == labels


def test_notes_name_rules_and_labels_never_items(small: LoadedSpec) -> None:
    key = key_of(small, questions=50)
    given = {q["id"]: q["label"] for q in key["questions"]}
    missed = {"g-01": "no", "g-07": "yes", "g-10": "no"}
    advice = advise_one(key, "ann <b>", given | by_gold(key, missed))
    names = names_of(small.spec)
    gold = {g.id: g for g in small.spec.gold}
    for note in (markdown_note(advice, names), html_note(advice, names)):
        for rule in ("R-YES-SECRET", "R-NO-SECRET", "R-UNK-SECRET"):
            assert rule in note
        assert "Every part of the claim is stated or implied." in note
        for title in ("Supported", "Refuted", "Not enough information"):
            assert title in note
        for item_id in gold:
            assert item_id not in note
        for item in gold.values():
            for text in item.item.values():
                assert text not in note
            assert not item.rationale or item.rationale not in note
        assert "RATIONALE" not in note and "answer" not in note.lower()
        assert "Question" not in note and "position" not in note
    assert "<b>" not in html_note(advice, names)
    assert "ann &lt;b&gt;" in html_note(advice, names)
    assert "ann \\<b\\>" in markdown_note(advice, names)


def test_a_pass_gets_a_short_note(small: LoadedSpec) -> None:
    key = key_of(small)
    given = {q["id"]: q["label"] for q in key["questions"]}
    note = markdown_note(advise_one(key, "bea", given), names_of(small.spec))
    assert note == ("# Quiz: bea\n\nYou passed: 5 of 5 right; the pass mark is "
                    "80%. Thank you.\n")


def test_answers_of_other_quizzes_are_skipped(small: LoadedSpec,
                                              tmp_path: Path) -> None:
    key = key_of(small)
    path = tmp_path / "a.jsonl"
    first = key["questions"][0]["id"]
    path.write_text("".join(json.dumps(row) + "\n" for row in [
        {"annotator": "a", "item": first, "label": "no", "quiz": key["quiz"]},
        {"annotator": "a", "item": first, "label": "yes", "quiz": key["quiz"]},
        {"annotator": "b", "item": first, "label": "yes", "quiz": "other"}]),
        encoding="utf-8")
    found = read_answers([path], key["quiz"])
    assert found == Answers({"a": {first: "no"}}, 1)  # first answer kept


def test_a_form_is_not_a_key(small: LoadedSpec, tmp_path: Path) -> None:
    path = tmp_path / "quiz.json"
    path.write_text(build_quiz(small).quiz_json, encoding="utf-8")
    with pytest.raises(InputError, match="not a quiz key"):
        read_key(path)
