"""`guidekit score` in process: formats, output file, errors and exit codes."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from guidekit.cli import main
from guidekit.spec.loader import LoadedSpec

Writer = Callable[[str, str], Path]
WriteCsv = Callable[..., Path]


def run(*args: str | Path) -> Result:
    return CliRunner().invoke(main, ["score", *map(str, args)])


@pytest.fixture
def answers(write_csv: WriteCsv) -> Path:
    return write_csv("a.csv", "ann,g1,pos", "ann,g2,pos", "ann,g3,0")


@pytest.mark.parametrize("fmt,start", [("table", "mini 2.1.0: Mini sentiment\n"),
                                       ("json", "{\n"),
                                       ("csv", "annotator,gold_answered,"),
                                       ("markdown", "# Scores: Mini sentiment")])
def test_each_format_goes_to_stdout(spec: LoadedSpec, answers: Path, fmt: str,
                                    start: str) -> None:
    result = run(spec.path, answers, "--format", fmt)
    assert (result.exit_code, result.stderr) == (0, "")
    assert result.stdout.startswith(start)


def test_table_is_the_default(spec: LoadedSpec, answers: Path) -> None:
    result = run(spec.path, answers)
    assert result.exit_code == 0
    row = next(line for line in result.stdout.splitlines() if line.startswith("ann "))
    assert row.split()[:4] == ["ann", "3", "3", "1.000"]


def test_output_file(spec: LoadedSpec, answers: Path, tmp_path: Path) -> None:
    target = tmp_path / "out" / "report.json"
    result = run(spec.path, answers, "--format", "json", "-o", target)
    assert (result.exit_code, result.stdout) == (0, "")
    data = json.loads(target.read_text(encoding="utf-8"))
    assert data["annotators"][0]["correct"] == 3


def test_column_options(spec: LoadedSpec, write: Writer) -> None:
    path = write("raw.tsv", "!worker\torig_id\tresponse\nw1\tg1\t1\nw1\tg3\t1\n")
    result = run(spec.path, path, "--annotator-col", "!worker", "--item-col",
                 "orig_id", "--label-col", "response", "--format", "json")
    assert result.exit_code == 0
    assert json.loads(result.stdout)["annotators"][0]["correct"] == 1


def test_missing_column_exits_1_with_file_and_row(spec: LoadedSpec,
                                                  write_csv: WriteCsv) -> None:
    path = write_csv("raw.csv", "w1,g1,1", header="worker,item,label")
    result = run(spec.path, path)
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr == (
        f"guidekit: error: {path}:1: no column 'annotator' for the annotator "
        "(columns: 'worker', 'item', 'label'); name the annotator column with "
        "--annotator-col\n")


def test_bad_row_exits_1_unless_lenient(spec: LoadedSpec, write_csv: WriteCsv) -> None:
    path = write_csv("a.csv", "ann,g1,pos", "ann,g2,")
    result = run(spec.path, path)
    assert result.exit_code == 1
    assert result.stderr.startswith(
        f"guidekit: error: {path}:3: empty label (column 'label'); fix the row")
    lenient = run(spec.path, path, "--lenient")
    assert lenient.exit_code == 0
    assert f"  {path}:3: empty label (column 'label')" in lenient.stdout.splitlines()


def test_bad_spec_prints_its_problems(answers: Path, write: Writer) -> None:
    spec = write("bad.yaml", "spec: guidekit/v1\nid: x\n")
    result = run(spec, answers)
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr.startswith(f"{spec}:")
    assert ": error: " in result.stderr


def test_usage_errors_exit_2(spec: LoadedSpec, answers: Path) -> None:
    assert run(spec.path).exit_code == 2
    assert run(spec.path, answers, "--format", "xml").exit_code == 2
    same = run(spec.path, answers, "--item-col", "x", "--label-col", "x")
    assert same.exit_code == 2
    assert "one column cannot play two roles" in same.stderr


def test_unwritable_output_exits_1(spec: LoadedSpec, answers: Path,
                                   tmp_path: Path) -> None:
    (tmp_path / "plain").write_text("x", encoding="utf-8")
    result = run(spec.path, answers, "-o", tmp_path / "plain" / "report.txt")
    assert result.exit_code == 1
    assert result.stderr.startswith(f"guidekit: error: cannot write {tmp_path}")
    assert run(spec.path, answers, "-o", tmp_path).exit_code == 2


def test_a_folder_as_submissions_is_a_bad_input_not_a_usage_error(
        tmp_path: Path) -> None:
    spec = Path(__file__).resolve().parents[2] / "specs" / "triage" / "guideline.yaml"
    result = CliRunner().invoke(main, ["score", str(spec), str(tmp_path)])
    assert result.exit_code == 1
    assert result.stderr == (f"guidekit: error: {tmp_path}: is a folder, expected "
                             "a submissions file; name the files in it instead\n")
