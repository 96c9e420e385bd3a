"""The pre-commit hook, run from its own definition in .pre-commit-hooks.yaml.

pre-commit is not installed: the test does what it would do with the
hook, that is pick the staged files its `files` pattern matches, append
them to `entry` and `args`, and run that with the installed console
script.
"""

from __future__ import annotations

import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[1]
STAGED = ["README.md", "specs/triage/guideline.yaml", "specs/triage/guideline.yaml.bak",
          "docs/myguideline.yaml", "team/guideline.yml", "guideline.yaml",
          "specs/guidekit.schema.json"]


def hook(hook_id: str = "guidekit-validate") -> dict[str, Any]:
    text = (ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8")
    hooks = yaml.safe_load(text)
    [found] = [h for h in hooks if h["id"] == hook_id]
    return dict(found)


def matched(paths: list[str], hook_id: str = "guidekit-validate") -> list[str]:
    definition = hook(hook_id)
    pattern = re.compile(definition.get("files", ""))
    exclude = re.compile(definition["exclude"]) if "exclude" in definition else None
    return [p for p in paths if pattern.search(p)
            and not (exclude and exclude.search(p))]


def command(files: list[str], hook_id: str = "guidekit-validate") -> list[str]:
    definition = hook(hook_id)
    argv = [*shlex.split(definition["entry"]), *definition.get("args", [])]
    if definition.get("pass_filenames", True):
        argv += files
    beside = Path(sys.executable).with_name(argv[0])
    argv[0] = str(beside) if beside.exists() else (shutil.which(argv[0]) or argv[0])
    return argv


def run_hook(files: list[str], cwd: Path,
             hook_id: str = "guidekit-validate") -> subprocess.CompletedProcess[str]:
    return subprocess.run(command(files, hook_id), cwd=cwd, capture_output=True,
                          text=True, encoding="utf-8", timeout=120, check=False)


def test_the_hook_is_a_python_hook_named_guidekit_validate() -> None:
    definition = hook()
    assert definition["language"] == "python"
    assert shlex.split(definition["entry"]) == ["guidekit", "validate"]
    assert definition["pass_filenames"] is True


def test_files_pattern_picks_guideline_specs_only() -> None:
    assert matched(STAGED) == ["specs/triage/guideline.yaml", "team/guideline.yml",
                               "guideline.yaml"]


def test_a_clean_spec_passes(tmp_path: Path) -> None:
    spec = tmp_path / "specs" / "triage"
    shutil.copytree(ROOT / "specs" / "triage", spec)
    done = run_hook(matched(STAGED[:3]), tmp_path)
    assert (done.returncode, done.stdout) == (0, "")


def test_a_broken_spec_fails_and_says_where(tmp_path: Path) -> None:
    shutil.copyfile(ROOT / "tests" / "spec" / "cases" / "typo-label.yaml",
                    tmp_path / "guideline.yaml")
    (tmp_path / "README.md").write_text("not a spec\n", encoding="utf-8")
    done = run_hook(matched(["README.md", "guideline.yaml"]), tmp_path)
    assert done.returncode == 1
    assert re.search(r"^guideline\.yaml:\d+:\d+: error: .*\(unknown-label\)$",
                     done.stdout, re.M)
    assert "README.md" not in done.stdout


ALL = "guidekit-validate-all"
SIDE = ["specs/triage/gold/batch.jsonl", "gold/extra.yaml", "a/gold/b/c.csv",
        "gold.jsonl", "notes/batch.jsonl", "specs/triage/gold/readme.md"]


def test_the_all_hook_runs_once_without_file_names() -> None:
    definition = hook(ALL)
    assert definition["language"] == "python"
    assert shlex.split(definition["entry"]) + definition["args"] == [
        "guidekit", "validate", "--all", "."]
    assert definition["pass_filenames"] is False
    assert definition["always_run"] is False
    assert "types" not in definition  # JSONL and CSV side files are not YAML


def test_the_all_hook_matches_specs_and_gold_side_files() -> None:
    assert matched(STAGED, ALL) == ["specs/triage/guideline.yaml",
                                    "team/guideline.yml", "guideline.yaml"]
    assert matched(SIDE, ALL) == SIDE[:3]


def write_spec_with_side_file(folder: Path, row: str) -> None:
    (folder / "gold").mkdir(parents=True)
    shutil.copyfile(ROOT / "tests" / "spec" / "cases" / "clean.yaml",
                    folder / "guideline.yaml")
    with open(folder / "guideline.yaml", "a", encoding="utf-8") as handle:
        handle.write("  - include: gold/batch.jsonl\n")
    (folder / "gold" / "batch.jsonl").write_text(row + "\n", encoding="utf-8")


def test_a_broken_side_file_alone_fails_the_all_hook(tmp_path: Path) -> None:
    write_spec_with_side_file(tmp_path / "specs" / "mini", '{"id": "g99", '
                              '"item": {"text": "z"}, "label": "maybe"}')
    write_spec_with_side_file(tmp_path / "other", '{"id": "g99", '
                              '"item": {"text": "z"}, "label": "no"}')
    staged = matched(["specs/mini/gold/batch.jsonl"], ALL)
    assert staged and matched(staged) == []  # the per-file hook would not run
    done = run_hook(staged, tmp_path, ALL)
    assert done.returncode == 1
    assert re.fullmatch(r"specs/mini/gold/batch\.jsonl:1:\d+: error: .*"
                        r"\(unknown-label\)\n", done.stdout)


def test_the_all_hook_passes_clean_specs_and_skips_dot_folders(
        tmp_path: Path) -> None:
    write_spec_with_side_file(tmp_path / "specs" / "mini", '{"id": "g99", '
                              '"item": {"text": "z"}, "label": "no"}')
    (tmp_path / ".cache").mkdir()
    (tmp_path / ".cache" / "guideline.yaml").write_text("a: [\n", encoding="utf-8")
    done = run_hook([], tmp_path, ALL)
    assert (done.returncode, done.stdout) == (0, "")
