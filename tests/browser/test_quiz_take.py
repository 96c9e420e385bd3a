"""Take a single_label quiz in Chromium with the mouse and with the keyboard,
reload midway, save the answers file and score it with `guidekit score`."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

LABELS = ["yes", "no", "unknown"]


def plan(key: dict[str, Any]) -> list[str]:
    """Answers to give: right on odd positions, a wrong label on even ones."""
    answers = []
    for q in key["questions"]:
        accepted = {q["label"], *q["also"]}
        wrong = next(v for v in LABELS if v not in accepted)
        answers.append(q["label"] if q["position"] % 2 else wrong)
    return answers


def expected(key: dict[str, Any], answers: list[str]) -> int:
    """Right answers, counted directly from the key (answer or also)."""
    return sum(a == q["label"] or a in q["also"]
               for q, a in zip(key["questions"], answers, strict=True))


def check_scored(kit: Any, spec: Path, saved: Path, key: dict[str, Any],
                 answers: list[str], who: str) -> None:
    rows = kit.read_rows(saved)
    safe = who.replace(" ", "_")  # the file name's spelling of the id
    assert saved.name == f"answers-{safe}-{key['quiz']}.jsonl"
    assert [r["item"] for r in rows] == [q["id"] for q in key["questions"]]
    assert [r["label"] for r in rows] == answers
    assert {r["annotator"] for r in rows} == {who}
    assert {r["guideline_version"] for r in rows} == {key["spec"]["version"]}
    [annotator] = kit.score_json(spec, saved, saved.parent / "quiz" / "key.json")[
        "annotators"]
    right = expected(key, answers)
    assert annotator["annotator"] == who
    assert (annotator["gold_answered"], annotator["correct"]) == (len(rows), right)
    assert annotator["accuracy"]["value"] == pytest.approx(right / len(rows))


def test_take_with_the_mouse_and_reload_midway(open_page: Any, kit: Any,
                                               tmp_path: Path) -> None:
    key = kit.build(kit.small, tmp_path / "quiz", "--questions", "6", "--seed", "2")
    answers = plan(key)
    page = open_page(tmp_path / "quiz" / "quiz.html")
    assert page.evaluate("document.activeElement.id") == "annotator"
    page.fill("#annotator", "ann 7")
    half = len(answers) // 2
    for n, value in enumerate(answers[:half], start=1):
        page.click(f"#q-{n} input[value='{value}'] + span")
    assert page.inner_text("#progress-text") == f"{half} of 6 answered"
    page.reload()
    assert page.input_value("#annotator") == "ann 7"
    assert page.inner_text("#progress-text") == f"{half} of 6 answered"
    for n, value in enumerate(answers[:half], start=1):
        assert page.is_checked(f"#q-{n} input[value='{value}']")
    for n, value in enumerate(answers[half:], start=half + 1):
        page.click(f"#q-{n} input[value='{value}'] + span")
    assert page.inner_text("#progress-text") == "6 of 6 answered"
    saved = kit.save_answers(page, tmp_path)
    check_scored(kit, kit.small, saved, key, answers, "ann 7")


def test_take_with_the_keyboard_only(open_page: Any, kit: Any,
                                     tmp_path: Path) -> None:
    key = kit.build(kit.small, tmp_path / "quiz", "--questions", "5", "--seed", "4")
    answers = plan(key)
    page = open_page(tmp_path / "quiz" / "quiz.html")
    page.keyboard.type("kb-1")
    page.keyboard.press("Enter")
    for n, value in enumerate(answers, start=1):
        if n == 3:
            page.reload()  # picks up at the question the annotator was on
        focused = page.evaluate("document.activeElement.closest('fieldset').id")
        assert focused == f"q-{n}"
        page.keyboard.press(str(LABELS.index(value) + 1))
        page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "save"
    page.keyboard.press("p")  # back to the last question, then forward again
    assert page.evaluate("document.activeElement.closest('fieldset').id") == "q-5"
    page.keyboard.press("n")
    assert page.inner_text("#progress-text") == "5 of 5 answered"
    with page.expect_download() as caught:
        page.keyboard.press("Enter")  # on the focused Save answers button
    saved = tmp_path / caught.value.suggested_filename
    caught.value.save_as(saved)
    check_scored(kit, kit.small, saved, key, answers, "kb-1")


def test_arrows_move_the_choice_and_focus_is_visible(open_page: Any, kit: Any,
                                                     tmp_path: Path) -> None:
    kit.build(kit.small, tmp_path / "quiz")
    page = open_page(tmp_path / "quiz" / "quiz.html")
    page.fill("#annotator", "a")
    page.keyboard.press("Enter")
    page.keyboard.press("1")
    page.keyboard.press("ArrowRight")
    assert page.is_checked("#q-1 input[value='no']")
    outline = page.evaluate(
        "getComputedStyle(document.activeElement.closest('label')).outlineStyle")
    assert outline == "solid"


def test_unanswered_questions_are_listed_then_left_out(open_page: Any, kit: Any,
                                                       tmp_path: Path) -> None:
    key = kit.build(kit.small, tmp_path / "quiz", "--questions", "5")
    page = open_page(tmp_path / "quiz" / "quiz.html")
    page.click("#save")
    assert page.inner_text("#status") == "Enter your annotator id first."
    page.fill("#annotator", "half")
    page.click("#q-2 input[value='yes'] + span")
    page.click("#q-4 input[value='no'] + span")
    page.click("#save")
    status = page.inner_text("#status")
    assert status.startswith("3 of 5 question(s) unanswered (1, 3, 5)")
    assert page.locator("fieldset.missing").count() == 3
    saved = kit.save_answers(page, tmp_path)
    rows = kit.read_rows(saved)
    assert [(r["item"], r["label"]) for r in rows] == [
        (key["questions"][1]["id"], "yes"), (key["questions"][3]["id"], "no")]
    assert "3 question(s) left unanswered" in page.inner_text("#status")
