"""multi_label, span and rating specs from quiz to score, through the CLI.

Quiz build and score handle every kind; gold import of the other kinds
is not built yet and says so in one line, never with a traceback.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from guidekit.cli import main

CASES = Path(__file__).resolve().parents[1] / "spec" / "cases"
KINDS = {"multi_label": CASES / "kind-multi-label-clean.yaml",
         "span": CASES / "kind-span-clean.yaml",
         "rating": CASES / "kind-rating-clean.yaml"}


def run(*args: str | Path) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, [str(a) for a in args])
    assert result.exception is None or isinstance(result.exception, SystemExit)
    return result.exit_code, result.stdout, result.stderr


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_a_quiz_answered_from_its_key_scores_every_answer_right(
        kind: str, tmp_path: Path) -> None:
    code, _, stderr = run("quiz", "build", KINDS[kind], "-o", tmp_path / "q")
    assert (code, stderr) == (0, "")
    key = json.loads((tmp_path / "q" / "key.json").read_text(encoding="utf-8"))
    answers = tmp_path / "answers.jsonl"
    answers.write_text("".join(
        json.dumps({"annotator": "ann", "item": q["id"], "label": _saved(kind, q)})
        + "\n" for q in key["questions"]), encoding="utf-8")

    code, stdout, stderr = run("score", KINDS[kind], answers, "--format", "json",
                               "--quiz-key", tmp_path / "q" / "key.json")
    assert (code, stderr) == (0, "")
    found = json.loads(stdout)["annotators"][0]
    assert found["gold_answered"] == found["correct"] == len(key["questions"])
    assert found["accuracy"]["value"] == pytest.approx(1.0)


def _saved(kind: str, question: dict[str, Any]) -> object:
    """The label as quiz.html saves it (templates/quiz/save.js)."""
    if kind == "rating":
        return str(question["answer"])
    return question["answer"]


def test_a_wrong_span_is_scored_not_refused(tmp_path: Path) -> None:
    answers = tmp_path / "a.jsonl"
    answers.write_text('{"annotator": "ann", "item": "g2", "label": '
                       '[{"start": 0, "end": 3, "label": "ORG"}]}\n',
                       encoding="utf-8")
    code, stdout, stderr = run("score", KINDS["span"], answers, "--format", "json")
    assert (code, stderr) == (0, "")
    assert json.loads(stdout)["annotators"][0]["correct"] == 0


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_quiz_build_works_for_every_kind(kind: str, tmp_path: Path) -> None:
    # quiz build supports every kind since issue 5 (tests/quiz/test_kinds.py)
    code, _, stderr = run("quiz", "build", KINDS[kind], "-o", tmp_path / "q")

    assert (code, stderr) == (0, "")
    assert (tmp_path / "q" / "quiz.html").is_file()


def test_gold_import_refuses_a_spec_of_another_kind(tmp_path: Path) -> None:
    table = tmp_path / "t.csv"
    table.write_text("id,answer,headline\ng9,sport,x\n", encoding="utf-8")
    code, _, stderr = run("gold", "import", table, "-o", tmp_path / "g.jsonl",
                          "--spec", KINDS["multi_label"], "--id-col", "id",
                          "--label-col", "answer")

    assert code == 1
    assert "spec 'kind-multi' is a multi_label task (not supported yet)" in stderr
    assert not (tmp_path / "g.jsonl").exists()


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_render_and_validate_work_for_every_kind(kind: str, tmp_path: Path) -> None:
    assert run("validate", KINDS[kind])[0] == 0
    code, _, stderr = run("render", KINDS[kind], "-o", tmp_path / "guide")
    assert (code, stderr) == (0, "")
    assert (tmp_path / "guide" / "guide.html").is_file()
