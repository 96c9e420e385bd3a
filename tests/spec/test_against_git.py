"""`guidekit validate --against REV` in a real git repository."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from guidekit.cli import main

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="needs git")

SPEC = """\
spec: guidekit/v1
id: mini
title: Mini
version: "{version}"
task:
  fields:
    - {{name: text}}
labels:
  - value: "yes"
    definition: It is.
    rules:
      - {{id: R1, text: Say yes when it is.}}
  - value: "no"
    definition: It is not.
gold:
  - {{id: g1, item: {{text: a}}, label: "{g1}", rules: [R1]}}
  - {{id: g2, item: {{text: b}}, label: "no"}}
changelog:
{changelog}
"""


def spec_text(version: str = "1.0.0", g1: str = "yes",
              changelog: tuple[str, ...] = ("1.0.0",)) -> str:
    entries = "\n".join(f'  - {{version: "{v}", changes: [x]}}' for v in changelog)
    return SPEC.format(version=version, g1=g1, changelog=entries)


def git(repo: Path, *args: str) -> None:
    subprocess.run(["git", "-c", "user.name=Test", "-c", "user.email=t@example.org",
                    "-c", "commit.gpgsign=false", "-c", "init.defaultBranch=main",
                    *args], cwd=repo, check=True, capture_output=True)


def commit(repo: Path, files: dict[str, str], message: str = "change") -> None:
    for name, text in files.items():
        (repo / name).parent.mkdir(parents=True, exist_ok=True)
        (repo / name).write_text(text, encoding="utf-8")
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", message)


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("GIT_CONFIG_NOSYSTEM", "1")
    monkeypatch.setenv("HOME", str(tmp_path))
    root = tmp_path / "repo"
    root.mkdir()
    git(root, "init", "-q")
    commit(root, {"specs/mini/guideline.yaml": spec_text()}, "first")
    monkeypatch.chdir(root)
    return root


def validate(*args: str) -> Result:
    return CliRunner().invoke(main, ["validate", *args])


def lines_with(result: Result, code: str) -> list[str]:
    return [line for line in result.output.splitlines() if f"({code})" in line]


SPEC_PATH = "specs/mini/guideline.yaml"


def test_gold_answer_change_with_a_patch_bump_fails_naming_the_change(
        repo: Path) -> None:
    commit(repo, {SPEC_PATH: spec_text("1.0.1", g1="no",
                                       changelog=("1.0.1", "1.0.0"))})
    result = validate("--against", "HEAD~1", SPEC_PATH)
    assert result.exit_code == 1
    assert lines_with(result, "version-bump") == [
        f"{SPEC_PATH}:4:10: error: gold 'g1' answer changed 'yes' -> 'no' needs a "
        "major bump; version went 1.0.0 -> 1.0.1 (patch) (version-bump)"]


def test_the_same_change_with_a_major_bump_passes(repo: Path) -> None:
    commit(repo, {SPEC_PATH: spec_text("2.0.0", g1="no",
                                       changelog=("2.0.0", "1.0.0"))})
    result = validate("--against", "HEAD~1", SPEC_PATH)
    assert (result.exit_code, lines_with(result, "version-bump")) == (0, [])


def test_a_bump_without_a_changelog_entry_fails(repo: Path) -> None:
    commit(repo, {SPEC_PATH: spec_text("2.0.0", g1="no")})
    result = validate("--against", "HEAD~1", SPEC_PATH)
    assert result.exit_code == 1
    assert lines_with(result, "version-bump") == [
        f"{SPEC_PATH}:18:1: error: changelog has no entry for version '2.0.0' "
        "(the version at HEAD~1 was '1.0.0') (version-bump)"]


def test_uncommitted_changes_count_against_head(repo: Path) -> None:
    (repo / SPEC_PATH).write_text(spec_text("1.0.0", g1="no"), encoding="utf-8")
    result = validate("--against", "HEAD", SPEC_PATH)
    assert result.exit_code == 1
    assert "needs a major bump; version stayed 1.0.0" in result.output


def test_version_that_went_down_fails(repo: Path) -> None:
    commit(repo, {SPEC_PATH: spec_text("0.9.0", changelog=("0.9.0",))})
    result = validate("--against", "HEAD~1", SPEC_PATH)
    assert result.exit_code == 1
    assert "error: version went down 1.0.0 -> 0.9.0 (version-bump)" in result.output


def test_no_change_needs_no_bump(repo: Path) -> None:
    result = validate("--against", "HEAD", SPEC_PATH)
    assert (result.exit_code, lines_with(result, "version-bump")) == (0, [])


def test_a_spec_new_since_rev_has_nothing_to_check(repo: Path) -> None:
    commit(repo, {"specs/other/guideline.yaml": spec_text()})
    result = validate("--against", "HEAD~1", "specs/other/guideline.yaml")
    assert (result.exit_code, lines_with(result, "version-bump")) == (0, [])


def test_paths_are_relative_to_the_current_folder(
        repo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    commit(repo, {SPEC_PATH: spec_text("1.0.1", g1="no",
                                       changelog=("1.0.1", "1.0.0"))})
    monkeypatch.chdir(repo / "specs")
    result = validate("--against", "HEAD~1", "mini/guideline.yaml")
    assert result.exit_code == 1
    assert "needs a major bump" in result.output


def test_unknown_revision_is_a_clear_error(repo: Path) -> None:
    result = validate("--against", "no-such-branch", SPEC_PATH)
    assert result.exit_code == 1
    assert "guidekit: error: unknown git revision 'no-such-branch'" in result.output
    assert "Traceback" not in result.output


def test_not_a_repository_is_a_clear_error(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(tmp_path))
    (tmp_path / "alone").mkdir()
    (tmp_path / "alone" / "s.yaml").write_text(spec_text(), encoding="utf-8")
    monkeypatch.chdir(tmp_path / "alone")
    result = validate("--against", "HEAD", "s.yaml")
    assert result.exit_code == 1
    assert "guidekit: error: 's.yaml' is not in a git repository" in result.output


def test_json_problem_has_the_hint_and_the_data_path(repo: Path) -> None:
    commit(repo, {SPEC_PATH: spec_text("1.0.1", g1="no",
                                       changelog=("1.0.1", "1.0.0"))})
    result = validate("--format", "json", "--against", "HEAD~1", SPEC_PATH)
    (problem,) = [p for p in json.loads(result.output) if p["code"] == "version-bump"]
    assert (problem["json_path"], problem["hint"]) == ("$.version", (
        "set version to '2.0.0' or later and add a changelog entry; `guidekit diff "
        f"HEAD~1:{SPEC_PATH} {SPEC_PATH}` lists every change"))


def test_an_old_version_that_does_not_load_is_a_warning(repo: Path) -> None:
    commit(repo, {SPEC_PATH: "spec: [broken\n"})
    commit(repo, {SPEC_PATH: spec_text()})
    result = validate("--against", "HEAD~1", SPEC_PATH)
    (line,) = lines_with(result, "version-bump")
    assert line.startswith(f"{SPEC_PATH}:4:10: warning: cannot check the version "
                           "against HEAD~1: the spec there does not load (")
    assert result.exit_code == 0
    assert validate("--strict", "--against", "HEAD~1", SPEC_PATH).exit_code == 1


def test_a_new_version_that_is_not_semver_cannot_be_checked(repo: Path) -> None:
    commit(repo, {SPEC_PATH: spec_text("next", g1="no")})
    result = validate("--against", "HEAD~1", SPEC_PATH)
    assert result.exit_code == 1
    assert lines_with(result, "version-bump") == [
        f"{SPEC_PATH}:4:10: error: cannot check the version bump since HEAD~1: "
        "version 'next' is not MAJOR.MINOR.PATCH (version-bump)"]
