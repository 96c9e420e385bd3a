"""Specs read at a git revision: side files from the same revision, confined."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from guidekit.errors import SpecError
from guidekit.spec.diff import diff_sources
from guidekit.spec.gitread import RevisionError
from guidekit.spec.revisions import AtRevision, parse_source, spec_at

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="needs git")

SPEC = """\
spec: guidekit/v1
id: side
title: Side files
version: "1.0.0"
task:
  fields: [{name: text}]
labels:
  - {value: "yes", definition: It is.}
  - {value: "no", definition: It is not.}
gold:
  - {id: g1, item: {text: a}, label: "yes"}
  - include: INCLUDE
"""
FOLDER = "specs/side"
PATH = f"{FOLDER}/guideline.yaml"


def rows(label: str) -> str:
    return json.dumps({"id": "g2", "item": {"text": "b"}, "label": label}) + "\n"


def git(repo: Path, *args: str) -> None:
    subprocess.run(["git", "-c", "user.name=Test", "-c", "user.email=t@example.org",
                    "-c", "commit.gpgsign=false", "-c", "init.defaultBranch=main",
                    *args], cwd=repo, check=True, capture_output=True)


def commit(repo: Path, files: dict[str, str]) -> None:
    for name, text in files.items():
        (repo / name).parent.mkdir(parents=True, exist_ok=True)
        (repo / name).write_text(text, encoding="utf-8")
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", "change")


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("GIT_CONFIG_NOSYSTEM", "1")
    monkeypatch.setenv("HOME", str(tmp_path))
    root = tmp_path / "repo"
    root.mkdir()
    git(root, "init", "-q")
    commit(root, {PATH: SPEC.replace("INCLUDE", "gold/more.jsonl"),
                  f"{FOLDER}/gold/more.jsonl": rows("no")})
    monkeypatch.chdir(root)
    return root


def test_side_files_are_read_from_the_same_revision(repo: Path) -> None:
    commit(repo, {f"{FOLDER}/gold/more.jsonl": rows("yes")})
    (repo / FOLDER / "gold" / "more.jsonl").write_text(rows("maybe"), encoding="utf-8")
    between = diff_sources(f"HEAD~1:{PATH}", f"HEAD:{PATH}")
    assert [c.message for c in between.changes] == [
        "gold 'g2' answer changed 'no' -> 'yes'"]
    assert diff_sources(f"HEAD~1:{PATH}", f"HEAD~1:{PATH}").changes == ()
    on_disk = diff_sources(f"HEAD:{PATH}", PATH)
    assert [c.message for c in on_disk.changes] == [
        "gold 'g2' answer changed 'yes' -> 'maybe'"]


def test_a_spec_missing_at_the_revision_is_none(repo: Path) -> None:
    assert spec_at("HEAD", "specs/none/guideline.yaml") is None
    with pytest.raises(RevisionError, match="'specs/none/guideline.yaml' does not "
                                            "exist at HEAD"):
        diff_sources("HEAD:specs/none/guideline.yaml", PATH)


def test_problems_at_a_revision_name_the_revision(repo: Path) -> None:
    commit(repo, {PATH: SPEC.replace("INCLUDE", "gold/gone.jsonl")})
    with pytest.raises(SpecError) as caught:
        spec_at("HEAD", PATH)
    (problem,) = caught.value.problems
    assert (problem.path, problem.line, problem.code) == (
        f"HEAD:{PATH}", 12, "include-missing")


def test_row_problems_in_side_files_name_the_revision(repo: Path) -> None:
    commit(repo, {f"{FOLDER}/gold/more.jsonl": rows("no") + "{broken\n"})
    with pytest.raises(SpecError) as caught:
        spec_at("HEAD", PATH)
    assert [(p.path, p.line, p.code) for p in caught.value.problems] == [
        (f"HEAD:{FOLDER}/gold/more.jsonl", 2, "json-syntax")]


def test_include_confinement_still_applies(repo: Path) -> None:
    commit(repo, {"specs/outside.jsonl": rows("no"),
                  PATH: SPEC.replace("INCLUDE", "../outside.jsonl")})
    with pytest.raises(SpecError) as caught:
        spec_at("HEAD", PATH)
    assert [p.code for p in caught.value.problems] == ["include-path"]


@pytest.mark.skipif(os.name == "nt", reason="symbolic links")
def test_links_in_the_revision_are_followed_only_inside_the_folder(
        repo: Path) -> None:
    gold = repo / FOLDER / "gold"
    (gold / "inside.jsonl").symlink_to("more.jsonl")
    commit(repo, {PATH: SPEC.replace("INCLUDE", "gold/inside.jsonl")})
    spec = spec_at("HEAD", PATH)
    assert spec is not None and [g.id for g in spec.gold] == ["g1", "g2"]
    (repo / "secret.jsonl").write_text(rows("no"), encoding="utf-8")
    (gold / "out.jsonl").symlink_to("../../../secret.jsonl")
    commit(repo, {PATH: SPEC.replace("INCLUDE", "gold/out.jsonl")})
    with pytest.raises(RevisionError, match="links outside 'specs/side'"):
        spec_at("HEAD", PATH)


def test_unknown_revision(repo: Path) -> None:
    with pytest.raises(RevisionError, match="unknown git revision 'v9'"):
        spec_at("v9", PATH)
    with pytest.raises(RevisionError, match="'--help' is not a git revision"):
        spec_at("--help", PATH)


def test_a_folder_is_not_a_spec(repo: Path) -> None:
    with pytest.raises(RevisionError, match="'specs/side' is not a file at HEAD"):
        spec_at("HEAD", FOLDER + "/x/..")


def test_source_parsing() -> None:
    assert parse_source("main:a/b.yaml") == AtRevision("main", "a/b.yaml")
    assert parse_source("a/b.yaml") == Path("a/b.yaml")
    assert parse_source(":a.yaml") == Path(":a.yaml")
    with pytest.raises(RevisionError, match="names no file after the ':'"):
        parse_source("HEAD:")


def test_an_existing_file_with_a_colon_wins(tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    Path("v1:spec.yaml").write_text("x", encoding="utf-8")
    assert parse_source("v1:spec.yaml") == Path("v1:spec.yaml")


def test_an_ignored_side_file_is_the_working_trees_on_both_sides(repo: Path) -> None:
    built = SPEC.replace("INCLUDE", "gold/built.jsonl") + "    optional: true\n"
    commit(repo, {".gitignore": f"{FOLDER}/gold/built.jsonl\n", PATH: built})
    (repo / FOLDER / "gold" / "built.jsonl").write_text(rows("no"), encoding="utf-8")
    spec = spec_at("HEAD", PATH)
    assert spec is not None and [g.id for g in spec.gold] == ["g1", "g2"]
    assert diff_sources(f"HEAD:{PATH}", PATH).changes == ()


def test_an_untracked_side_file_that_is_not_ignored_is_new(repo: Path) -> None:
    built = SPEC.replace("INCLUDE", "gold/new.jsonl") + "    optional: true\n"
    commit(repo, {PATH: built})
    (repo / FOLDER / "gold" / "new.jsonl").write_text(rows("no"), encoding="utf-8")
    assert [c.code for c in diff_sources(f"HEAD:{PATH}", PATH).changes] == [
        "gold-added"]
