"""An output that would land on an input is refused before anything runs."""

from __future__ import annotations

import os
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from guidekit.cli import main
from guidekit.cli.paths import refuse_clobbering

TRIAGE = Path(__file__).resolve().parents[2] / "specs" / "triage"


def test_the_same_file_under_other_names_is_one_file(tmp_path: Path) -> None:
    target = tmp_path / "a.csv"
    target.write_text("x\n", encoding="utf-8")
    link = tmp_path / "link.csv"
    os.symlink(target, link)
    for spelled in (target, f"{tmp_path}/./a.csv", link):
        with pytest.raises(click.UsageError, match="is also the table"):
            refuse_clobbering({"-o": spelled}, {"the table": target})
    with pytest.raises(click.UsageError, match="-o '.*' is also --key"):
        refuse_clobbering({"--key": target, "-o": link}, {})
    refuse_clobbering({"-o": tmp_path / "b.csv", "--key": None}, {"the table": target})


@pytest.mark.parametrize("fmt", ["html", "csv"])
def test_score_will_not_write_its_report_over_a_submission(
        fmt: str, tmp_path: Path) -> None:
    answers = tmp_path / "answers.csv"
    text = (TRIAGE / "submissions.csv").read_text(encoding="utf-8")
    answers.write_text(text, encoding="utf-8")
    result = CliRunner().invoke(main, [
        "score", str(TRIAGE / "guideline.yaml"), str(answers), "--format", fmt,
        "-o", f"{tmp_path}/./answers.csv"])
    assert result.exit_code == 2
    assert "is also submission file" in result.stderr
    assert answers.read_text(encoding="utf-8") == text


def test_score_will_not_write_its_report_over_the_spec(tmp_path: Path) -> None:
    spec = tmp_path / "guideline.yaml"
    spec.write_bytes((TRIAGE / "guideline.yaml").read_bytes())
    before = spec.read_bytes()
    result = CliRunner().invoke(main, [
        "score", str(spec), str(TRIAGE / "submissions.csv"), "-o", str(spec)])
    assert result.exit_code == 2 and "is also the spec" in result.stderr
    assert spec.read_bytes() == before
