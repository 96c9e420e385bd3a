"""Commands that handle single_label tasks only refuse the other kinds.

Scoring and gold import of multi_label, span and rating tasks are not
built yet (quiz build is): each command says so in one line and exits 1, never
with a traceback.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from guidekit.cli import main
from guidekit.scoring import ScoringError, score
from guidekit.spec.loader import load_spec

CASES = Path(__file__).resolve().parents[1] / "spec" / "cases"
KINDS = {"multi_label": CASES / "kind-multi-label-clean.yaml",
         "span": CASES / "kind-span-clean.yaml",
         "rating": CASES / "kind-rating-clean.yaml"}


def run(*args: str | Path) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, [str(a) for a in args])
    assert result.exception is None or isinstance(result.exception, SystemExit)
    return result.exit_code, result.stdout, result.stderr


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_score_says_the_kind_is_not_supported_yet(kind: str, tmp_path: Path) -> None:
    answers = tmp_path / "a.csv"
    answers.write_text("annotator,item,label\nann,g1,x\n", encoding="utf-8")
    code, stdout, stderr = run("score", KINDS[kind], answers)

    assert (code, stdout) == (1, "")
    assert stderr == (f"guidekit: error: scoring does not support {kind} tasks "
                      f"yet, only single_label (spec 'kind-{kind.split('_')[0]}')\n")


def test_score_refuses_before_reading_submissions(tmp_path: Path) -> None:
    with pytest.raises(ScoringError, match="multi_label"):
        score(load_spec(KINDS["multi_label"]), [tmp_path / "missing.csv"])


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
