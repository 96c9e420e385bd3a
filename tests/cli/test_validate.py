"""`guidekit validate` in process: output lines and exit codes."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from guidekit.cli import main

CASES = Path(__file__).resolve().parents[1] / "spec" / "cases"


def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.output


def test_clean_spec_exits_0_and_prints_nothing() -> None:
    assert run("validate", str(CASES / "clean.yaml")) == (0, "")


def test_typo_label_exits_1_with_line_and_column() -> None:
    spec = CASES / "typo-label.yaml"
    code, out = run("validate", str(spec))
    assert code == 1
    assert f"{spec}:14:12: error: label 'entialed' is not defined (unknown-label)" in (
        out.splitlines())


def test_warnings_alone_exit_0_unless_strict() -> None:
    spec = str(CASES / "check-hard-no-rationale.yaml")
    assert run("validate", spec)[0] == 0
    assert run("validate", "--strict", spec)[0] == 1


def test_several_specs_report_all_problems() -> None:
    code, out = run("validate", str(CASES / "typo-label.yaml"),
                    str(CASES / "duplicate-key.yaml"))
    assert code == 1
    assert {line.split(" ")[-1] for line in out.splitlines()} == {
        "(unknown-label)", "(label-without-gold)", "(duplicate-key)",
        "(gold-coverage)"}


def test_json_format() -> None:
    code, out = run("validate", "--format", "json", str(CASES / "typo-label.yaml"))
    assert code == 1
    assert [(p["line"], p["col"], p["code"]) for p in json.loads(out)] == [
        (9, 12, "label-without-gold"), (14, 12, "unknown-label")]


def test_usage_errors_exit_2() -> None:
    assert run("validate")[0] == 2
    assert run("validate", "--format", "xml", str(CASES / "clean.yaml"))[0] == 2


def test_missing_file_is_a_problem_not_a_traceback() -> None:
    code, out = run("validate", "no/such.yaml")
    assert (code, out) == (1, "no/such.yaml:1:1: error: cannot read file: "
                              "no such file or directory (unreadable)\n")


def test_all_checks_every_spec_under_a_folder_once(tmp_path: Path) -> None:
    for folder in ("a", "b/c", ".hidden"):
        (tmp_path / folder).mkdir(parents=True)
    (tmp_path / "a" / "guideline.yaml").write_bytes(
        (CASES / "clean.yaml").read_bytes())
    (tmp_path / "b" / "c" / "guideline.yml").write_bytes(
        (CASES / "typo-label.yaml").read_bytes())
    (tmp_path / ".hidden" / "guideline.yaml").write_text("a: [\n", encoding="utf-8")
    (tmp_path / "a" / "other.yaml").write_text("a: [\n", encoding="utf-8")
    spec = str(tmp_path / "b" / "c" / "guideline.yml")
    code, out = run("validate", spec, "--all", str(tmp_path), "--format", "json")
    assert code == 1
    assert [(p["path"], p["code"]) for p in json.loads(out)] == [
        (spec, "label-without-gold"), (spec, "unknown-label")]


def test_all_wants_an_existing_folder() -> None:
    assert run("validate", "--all", str(CASES / "clean.yaml"))[0] == 2
    assert run("validate", "--all", "no/such/folder")[0] == 2


def test_source_lines_are_counted_as_editors_count_them(tmp_path: Path) -> None:
    from guidekit.cli.validate import _source_line

    spec = tmp_path / "s.yaml"
    spec.write_text("a: x\u2028y\nb: 2\r\nc: 3\n", encoding="utf-8", newline="")
    assert [_source_line(str(spec), n) for n in (1, 2, 3)] == [
        "a: x\u2028y", "b: 2", "c: 3"]
