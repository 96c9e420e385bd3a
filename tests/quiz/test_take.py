"""Taking a quiz in a terminal: answers per kind, commands, progress files."""

from __future__ import annotations

import json
from datetime import datetime, timezone
from pathlib import Path

import pytest

from guidekit.errors import InputError
from guidekit.quiz import build_quiz
from guidekit.quiz.answers import AnswerError, parse_answer
from guidekit.quiz.judge import is_right, touched
from guidekit.quiz.progress import Progress, load_progress, save_progress, state_path
from guidekit.quiz.show import printable, question_lines
from guidekit.quiz.take import (
    answer_rows,
    apply,
    write_answers,
)
from guidekit.quiz.takeform import TakeForm, load_form
from guidekit.spec.loader import LoadedSpec, load_spec

CASES = Path(__file__).resolve().parents[1] / "spec" / "cases"


KEYS: dict[str, dict[str, str]] = {}  # quiz id -> gold id -> question id


def form_of(loaded: LoadedSpec, tmp_path: Path, **options: object) -> TakeForm:
    quiz = build_quiz(loaded, **options)  # type: ignore[arg-type]
    path = tmp_path / "quiz.json"
    path.write_text(quiz.quiz_json, encoding="utf-8")
    KEYS[quiz.quiz_id] = {q["gold_id"]: q["id"]
                          for q in json.loads(quiz.key_json)["questions"]}
    return load_form(path)


def kind_form(name: str, tmp_path: Path) -> TakeForm:
    return form_of(load_spec(CASES / f"kind-{name}-clean.yaml"), tmp_path,
                   questions=50)


def question(form: TakeForm, gold_id: str) -> dict[str, object]:
    """The form's question for gold item `gold_id`, found through its key."""
    wanted = KEYS[form.quiz_id][gold_id]
    return next(q for q in form.questions if q["id"] == wanted)


def test_single_label_by_number_or_value(small: LoadedSpec, tmp_path: Path) -> None:
    form = form_of(small, tmp_path)
    q = form.questions[0]
    assert parse_answer(form, q, "2") == "no"
    assert parse_answer(form, q, " unknown ") == "unknown"
    assert parse_answer(form, q, "YES") == "yes"
    for bad in ("4", "0", "maybe"):
        with pytest.raises(AnswerError, match="is not a choice"):
            parse_answer(form, q, bad)


def test_multi_label_honours_min_and_max(tmp_path: Path) -> None:
    form = kind_form("multi-label", tmp_path)
    q = form.questions[0]
    assert parse_answer(form, q, "power 1") == ["sport", "power"]  # spec order
    assert parse_answer(form, q, "2,2") == ["money"]
    with pytest.raises(AnswerError, match="choose 1 to 2 label"):
        parse_answer(form, q, "1 2 3")
    step = apply(form, Progress(form.quiz_id, "a"), "/none")
    assert step.action == "error"  # min_choices is 1


def test_rating_takes_a_scale_point(tmp_path: Path) -> None:
    form = kind_form("rating", tmp_path)
    q = form.questions[0]
    assert parse_answer(form, q, "3") == "3"
    with pytest.raises(AnswerError):
        parse_answer(form, q, "5")
    assert "  4) 4 - Right and complete." in question_lines(form, q)


def test_spans_are_code_point_offsets_checked_against_the_text(
        tmp_path: Path) -> None:
    form = kind_form("span", tmp_path)
    q = question(form, "g2")  # "The University of Paris opened." overlap: nested
    spans = parse_answer(form, q, "18:23:LOC, 4:23:3")
    assert spans == [{"start": 4, "end": 23, "label": "ORG"},
                     {"start": 18, "end": 23, "label": "LOC"}]
    for bad, why in (("0:32:PER", "<= 31"), ("5:5:PER", "start < end"),
                     ("0-3-PER", "not start:end:label"), ("0:3:CAT", "not a choice"),
                     ("0:6:PER 4:10:LOC", "overlaps"), ("0:3:PER 0:3:PER", "overlaps")):
        with pytest.raises(AnswerError, match=why):
            parse_answer(form, q, bad)


def test_span_echo_shows_the_slice_in_code_points(tmp_path: Path) -> None:
    form = kind_form("span", tmp_path)
    text = "Zoë and 😀 Bob"
    q = {"position": 1, "id": "x", "item": {"text": text}}
    progress = Progress(form.quiz_id, "a")
    fake = TakeForm(**{**form.__dict__, "questions": (q,)})
    step = apply(fake, progress, "10:13:PER")
    assert text[10:13] == "Bob"  # Python slices code points, as the spec counts
    assert step.lines[0] == "answer: \u201cBob\u201d PER (10:13)"
    assert progress.answers["x"] == [{"start": 10, "end": 13, "label": "PER"}]
    assert apply(fake, Progress(form.quiz_id, "a"), "/none").lines[0] == (
        "answer: nothing to mark")


def test_commands_move_and_the_end_returns_to_unanswered(
        small: LoadedSpec, tmp_path: Path) -> None:
    form = form_of(small, tmp_path)
    progress = Progress(form.quiz_id, "a")
    assert apply(form, progress, "1").action == "answered"
    assert apply(form, progress, "").action == "moved"
    assert progress.current == 2
    assert apply(form, progress, "/back").action == "moved"
    assert progress.current == 1
    assert apply(form, progress, "/go 5").action == "moved"
    step = apply(form, progress, "2")
    assert (step.action, progress.current) == ("answered", 1)
    assert "3 question(s) unanswered (2, 3, 4)" in step.lines[-1]
    assert apply(form, progress, "/go 9").action == "error"
    assert apply(form, progress, "/what").action == "error"
    for _ in range(3):
        last = apply(form, progress, "yes")
    assert last.action == "done" and progress.unanswered(form) == []


def test_rows_have_the_shape_quiz_html_saves(small: LoadedSpec, tmp_path: Path) -> None:
    form = form_of(small, tmp_path)
    ids = [q["id"] for q in form.questions]
    progress = Progress(form.quiz_id, "ann é", {ids[2]: "no", ids[0]: "yes"})
    when = datetime(2026, 3, 4, 5, 6, 7, 890000, tzinfo=timezone.utc)
    out = tmp_path / "a.jsonl"
    write_answers(out, answer_rows(form, progress, when))
    lines = out.read_text(encoding="utf-8").splitlines()
    assert lines[0] == ('{"annotator":"ann é","item":"' + ids[0] + '","label":"yes",'
                        f'"quiz":"{form.quiz_id}","guideline_version":"2.1.0",'
                        '"submitted_at":"2026-03-04T05:06:07.890Z"}')
    assert [json.loads(line)["item"] for line in lines] == [ids[0], ids[2]]


def test_progress_round_trips_and_refuses_another_quiz(
        small: LoadedSpec, tmp_path: Path) -> None:
    form = form_of(small, tmp_path)
    state = state_path(tmp_path / "answers.jsonl")
    assert state.name == "answers.jsonl.progress.json"
    assert load_progress(state, form) is None
    progress = Progress(form.quiz_id, "a", {form.questions[1]["id"]: "no"}, 1)
    save_progress(state, progress)
    assert load_progress(state, form) == progress
    other = form_of(small, tmp_path, seed=99)
    with pytest.raises(InputError, match="progress of another quiz"):
        load_progress(state, other)
    state.write_text("{", encoding="utf-8")
    with pytest.raises(InputError, match="not a quiz progress file"):
        load_progress(state, form)


def test_practice_answers_get_feedback(small: LoadedSpec, tmp_path: Path) -> None:
    form = form_of(small, tmp_path, practice=True)
    q = question(form, "g-11")
    progress = Progress(form.quiz_id, "a", current=form.questions.index(q))
    assert apply(form, progress, "no").lines[:3] == (
        "answer: Refuted", "Not right.", "The answer: Supported")
    progress.current = form.questions.index(q)
    lines = apply(form, progress, "yes").lines
    assert lines[1] == "Right." and "RATIONALE-SECRET-p1" in lines


def test_qualification_answers_get_no_feedback(small: LoadedSpec,
                                               tmp_path: Path) -> None:
    form = form_of(small, tmp_path)
    lines = apply(form, Progress(form.quiz_id, "a"), "1").lines
    assert not any(line.startswith(("Right", "Not right")) for line in lines)


def test_control_characters_are_shown_not_sent() -> None:
    assert printable("red\x1b[31m\x07") == "red\\x1b[31m\\x07"
    assert printable("two\nlines\tok") == "two\nlines\tok"


def test_a_key_is_not_a_form(small: LoadedSpec, tmp_path: Path) -> None:
    key = tmp_path / "key.json"
    key.write_text(build_quiz(small).key_json, encoding="utf-8")
    with pytest.raises(InputError, match="not a quiz form"):
        load_form(key)


@pytest.mark.parametrize(("kind", "answer", "also", "given", "right", "labels"), [
    ("single_label", "a", ["b"], "b", True, ["a", "b"]),
    ("single_label", "a", [], None, False, ["a"]),
    ("multi_label", ["a", "b"], ["c"], ["a", "b", "c"], True, []),
    ("multi_label", ["a", "b"], [], ["a", "d"], False, ["b", "d"]),
    ("span", [{"start": 0, "end": 2, "label": "P"}], [],
     [{"start": 0, "end": 3, "label": "P"}, {"start": 5, "end": 6, "label": "L"}],
     False, ["L", "P"]),
    ("rating", "3", [], "3", True, ["3"]),
])
def test_judging_and_touched_labels(kind: str, answer: object, also: list[str],
                                    given: object, right: bool,
                                    labels: list[str]) -> None:
    assert is_right(kind, answer, also, given) is right
    if not right:
        assert touched(kind, answer, also, given) == labels
