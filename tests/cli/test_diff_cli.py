"""`guidekit diff` in process: a revision against a file, formats, errors."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from guidekit.cli import main

SPEC = """\
spec: guidekit/v1
id: mini
title: Mini
version: "{version}"
task:
  fields: [{{name: text}}]
labels:
  - {{value: "yes", definition: "{definition}"}}
  - {{value: "no", definition: It is not.}}
gold:
  - {{id: g1, item: {{text: a}}, label: "{g1}"}}
  - {{id: g2, item: {{text: b}}, label: "no"}}
"""
PATH = "guideline.yaml"
needs_git = pytest.mark.skipif(shutil.which("git") is None, reason="needs git")


def spec_text(version: str = "1.0.0", g1: str = "yes",
              definition: str = "It is.") -> str:
    return SPEC.format(version=version, g1=g1, definition=definition)


def git(repo: Path, *args: str) -> None:
    subprocess.run(["git", "-c", "user.name=Test", "-c", "user.email=t@example.org",
                    "-c", "commit.gpgsign=false", "-c", "init.defaultBranch=main",
                    *args], cwd=repo, check=True, capture_output=True)


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("GIT_CONFIG_NOSYSTEM", "1")
    monkeypatch.setenv("HOME", str(tmp_path))
    (tmp_path / PATH).write_text(spec_text(), encoding="utf-8")
    git(tmp_path, "init", "-q")
    git(tmp_path, "add", PATH)
    git(tmp_path, "commit", "-q", "-m", "first")
    (tmp_path / PATH).write_text(spec_text("1.0.1", g1="no", definition="It is so."),
                                 encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def diff(*args: str) -> Result:
    return CliRunner().invoke(main, ["diff", *args])


@needs_git
def test_text_between_a_revision_and_a_file(repo: Path) -> None:
    result = diff(f"HEAD:{PATH}", PATH)
    assert (result.exit_code, result.output) == (0, (
        f"HEAD:{PATH} -> {PATH}\n"
        "needs a major bump; version 1.0.0 -> 1.0.1 (patch): not enough\n"
        "major: gold 'g1' answer changed 'yes' -> 'no' (gold-answer-changed)\n"
        "patch: label 'yes' definition changed (definition-changed)\n"
        "    - It is.\n"
        "    + It is so.\n"))


@needs_git
def test_markdown_for_a_pull_request(repo: Path) -> None:
    result = diff("--format", "markdown", f"HEAD:{PATH}", PATH)
    assert result.exit_code == 0
    assert result.output.startswith(
        "### Guideline mini: needs a **major** bump\n\n"
        "Version 1.0.0 → 1.0.1: patch, not enough: use 2.0.0 or later.\n")


@needs_git
def test_json(repo: Path) -> None:
    result = diff("--format", "json", f"HEAD:{PATH}", PATH)
    data = json.loads(result.output)
    assert (result.exit_code, data["format"], data["required"]) == (
        0, "guidekit.diff/v1", "major")
    assert [c["code"] for c in data["changes"]] == [
        "definition-changed", "gold-answer-changed"]


def test_two_files_and_no_git(tmp_path: Path) -> None:
    old, new = tmp_path / "a.yaml", tmp_path / "b.yaml"
    old.write_text(spec_text(), encoding="utf-8")
    new.write_text(spec_text("1.1.0"), encoding="utf-8")
    result = diff(str(old), str(new))
    assert (result.exit_code, result.output.splitlines()[1]) == (
        0, "no changes; version 1.0.0 -> 1.1.0 (minor)")


@needs_git
@pytest.mark.parametrize(("args", "message"), [
    (["nope:guideline.yaml", PATH], "guidekit: error: unknown git revision 'nope'"),
    (["HEAD:other.yaml", PATH], "guidekit: error: 'other.yaml' does not exist at HEAD"),
    (["HEAD:", PATH], "guidekit: error: 'HEAD:' names no file after the ':'"),
])
def test_revision_errors_exit_1_with_a_clear_message(
        repo: Path, args: list[str], message: str) -> None:
    result = diff(*args)
    assert result.exit_code == 1
    (line,) = result.stderr.splitlines()
    assert line.startswith(message)
    assert result.stdout == ""


@needs_git
def test_not_a_repository(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(tmp_path))
    (tmp_path / "lone").mkdir()
    monkeypatch.chdir(tmp_path / "lone")
    (tmp_path / "lone" / PATH).write_text(spec_text(), encoding="utf-8")
    result = diff(f"HEAD:{PATH}", PATH)
    assert (result.exit_code, result.stderr) == (
        1, f"guidekit: error: '{PATH}' is not in a git repository\n")


def test_a_side_that_does_not_load_lists_its_problems(tmp_path: Path) -> None:
    good = tmp_path / "a.yaml"
    good.write_text(spec_text(), encoding="utf-8")
    result = diff(str(good), str(tmp_path / "missing.yaml"))
    assert result.exit_code == 1
    assert result.stderr == (f"{tmp_path / 'missing.yaml'}:1:1: error: cannot read "
                             "file: no such file or directory (unreadable)\n")
    assert isinstance(result.exception, SystemExit)


def test_usage_errors_exit_2() -> None:
    assert diff("only-one.yaml").exit_code == 2
    assert diff("--format", "xml", "a", "b").exit_code == 2


def test_diff_is_listed_in_help() -> None:
    assert "diff" in CliRunner().invoke(main, ["--help"]).output
