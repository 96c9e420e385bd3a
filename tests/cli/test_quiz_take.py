"""`guidekit quiz take` in process: scripted answers, resume, the saved file."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

from guidekit.cli import main

SMALL = Path(__file__).resolve().parents[1] / "quiz" / "fixtures" / "small.yaml"
CASES = Path(__file__).resolve().parents[1] / "spec" / "cases"
KEYS = ("annotator", "item", "label", "quiz", "guideline_version", "submitted_at")


def run(*args: str | Path, input: str | None = None) -> Result:
    return CliRunner().invoke(main, [str(a) for a in args], input=input)


def built(tmp_path: Path, spec: Path = SMALL,
          *extra: str) -> tuple[Path, dict[str, Any]]:
    out = tmp_path / "q"
    assert run("quiz", "build", spec, "-o", out, "--questions", "50",
               *extra).exit_code == 0
    return out / "quiz.json", json.loads((out / "key.json").read_text(encoding="utf-8"))


def rows(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_a_taken_quiz_is_scored(tmp_path: Path) -> None:
    quiz, key = built(tmp_path)
    labels = ["yes", "no", "unknown"]
    given = [q["label"] if q["position"] % 2 else
             next(v for v in labels if v not in {q["label"], *q["also"]})
             for q in key["questions"]]
    typed = [str(labels.index(g) + 1) if n % 3 else g for n, g in enumerate(given)]
    out = tmp_path / "answers.jsonl"
    result = run("quiz", "take", quiz, "-o", out,
                 input="ann\n" + "\n".join(typed) + "\n")
    assert result.exit_code == 0, result.output
    saved = rows(out)
    assert [tuple(r) for r in saved] == [KEYS] * len(key["questions"])
    assert [r["label"] for r in saved] == given
    assert {r["annotator"] for r in saved} == {"ann"}
    assert not Path(f"{out}.progress.json").exists()

    scored = run("score", SMALL, out, "--format", "json", "--quiz-key",
                 quiz.parent / "key.json")
    [found] = json.loads(scored.stdout)["annotators"]
    right = sum(g == q["label"] or g in q["also"]
                for g, q in zip(given, key["questions"], strict=True))
    assert found["correct"] == right
    assert found["accuracy"]["value"] == pytest.approx(right / len(given))


def test_a_stopped_quiz_resumes_where_it_was(tmp_path: Path) -> None:
    quiz, key = built(tmp_path)
    out = tmp_path / "a.jsonl"
    first = run("quiz", "take", quiz, "-o", out, input="ann\n1\n2\n")  # then EOF
    assert first.exit_code == 1
    assert "2 answer(s) kept; run the same command to resume" in first.stderr
    assert not out.exists()
    state = json.loads(Path(f"{out}.progress.json").read_text(encoding="utf-8"))
    assert state["answers"] == {key["questions"][0]["id"]: "yes",
                                key["questions"][1]["id"]: "no"}

    left = len(key["questions"]) - 2
    second = run("quiz", "take", quiz, "-o", out, input="3\n" * left)
    assert second.exit_code == 0, second.output
    assert "resuming as ann: 2 of 10 answered" in second.stdout
    assert [r["label"] for r in rows(out)] == ["yes", "no"] + ["unknown"] * left


def test_progress_of_another_annotator_is_not_taken_over(tmp_path: Path) -> None:
    quiz, _ = built(tmp_path)
    out = tmp_path / "a.jsonl"
    assert run("quiz", "take", quiz, "-o", out, input="ann\n1\n").exit_code == 1
    result = run("quiz", "take", quiz, "-o", out, "--annotator", "bea", input="1\n")
    assert result.exit_code == 1
    assert "the progress kept here is ann's, not bea's" in result.stderr


def test_quit_saves_what_is_answered_and_keeps_progress(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    quiz, key = built(tmp_path)
    monkeypatch.chdir(tmp_path)
    result = run("quiz", "take", quiz, input="ann lee\n\n2\n/quit\n")
    assert result.exit_code == 0, result.output
    name = f"answers-ann_lee-{key['quiz']}.jsonl"
    saved = rows(tmp_path / name)
    assert [(r["item"], r["label"]) for r in saved] == [
        (key["questions"][1]["id"], "no")]
    assert (tmp_path / f"{name}.progress.json").exists()
    again = run("quiz", "take", quiz, "--annotator", "ann lee", input="/q\n")
    assert "resuming as ann lee: 1 of 10 answered" in again.stdout


def test_a_bad_answer_is_asked_again(tmp_path: Path) -> None:
    quiz, key = built(tmp_path)
    out = tmp_path / "a.jsonl"
    result = run("quiz", "take", quiz, "-o", out, "--annotator", "a",
                 input="7\nperhaps\n2\n/quit\n")
    assert "'7' is not a choice" in result.stdout
    assert "'perhaps' is not a choice" in result.stdout
    assert [r["label"] for r in rows(out)] == ["no"]


def test_a_finished_file_is_not_overwritten(tmp_path: Path) -> None:
    quiz, _ = built(tmp_path)
    out = tmp_path / "a.jsonl"
    out.write_text("kept\n", encoding="utf-8")
    result = run("quiz", "take", quiz, "-o", out, "--annotator", "a", input="1\n")
    assert result.exit_code == 1
    assert "already exists and no progress of it is kept" in result.stderr
    assert out.read_text(encoding="utf-8") == "kept\n"


def test_a_key_given_as_the_quiz_fails_clearly(tmp_path: Path) -> None:
    quiz, _ = built(tmp_path)
    result = run("quiz", "take", quiz.parent / "key.json", "--annotator", "a")
    assert result.exit_code == 1
    assert result.stderr.startswith(f"guidekit: error: {quiz.parent / 'key.json'}: "
                                    "not a quiz form")


def test_practice_shows_feedback(tmp_path: Path) -> None:
    quiz, key = built(tmp_path, SMALL, "--practice")
    answers = {"g-11": "yes", "g-12": "yes"}
    typed = "".join(answers[q["gold_id"]] + "\n" for q in key["questions"])
    result = run("quiz", "take", quiz, "-o", tmp_path / "a.jsonl",
                 "--annotator", "a", input=typed)
    assert result.exit_code == 0
    assert result.stdout.count("Right.") == 1
    assert result.stdout.count("Not right.") == 1
    assert "RATIONALE-SECRET-p1" in result.stdout


@pytest.mark.parametrize(("kind", "typed"), [
    ("multi-label", {"g1": "power", "g2": "2 3", "g3": "sport"}),
    ("rating", {"g1": "1", "g2": "3"}),
    ("span", {"g1": "0:12:PER 22:28:LOC", "g2": "4:23:ORG 18:23:LOC", "g3": "/none"}),
])
def test_every_kind_from_the_terminal_scores_right(kind: str, typed: dict[str, str],
                                                   tmp_path: Path) -> None:
    spec = CASES / f"kind-{kind}-clean.yaml"
    quiz, key = built(tmp_path, spec)
    out = tmp_path / "a.jsonl"
    lines = "".join(typed[q["gold_id"]] + "\n" for q in key["questions"])
    result = run("quiz", "take", quiz, "-o", out, "--annotator", "a", input=lines)
    assert result.exit_code == 0, result.output
    gold_of = {q["id"]: q["gold_id"] for q in key["questions"]}
    saved = {gold_of[r["item"]]: r["label"] for r in rows(out)}
    if kind == "multi-label":  # saved in the spec's label order
        assert saved["g2"] == ["money", "power"]
        saved["g2"] = ["power", "money"]
    assert saved == {q["gold_id"]: q["answer"] for q in key["questions"]}
    if kind == "span":
        assert "answer: \u201cAda Lovelace\u201d PER (0:12); \u201cLondon\u201d" in (
            result.stdout)
    found = json.loads(run("score", spec, out, "--format", "json", "--quiz-key",
                           quiz.parent / "key.json").stdout)
    assert found["annotators"][0]["correct"] == len(key["questions"])
    assert found["annotators"][0]["non_gold"] == 0
