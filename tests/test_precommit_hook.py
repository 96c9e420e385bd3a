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


def hook() -> dict[str, Any]:
    text = (ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8")
    hooks = yaml.safe_load(text)
    [found] = [h for h in hooks if h["id"] == "guidekit-validate"]
    return dict(found)


def matched(paths: list[str]) -> list[str]:
    definition = hook()
    pattern = re.compile(definition.get("files", ""))
    exclude = re.compile(definition["exclude"]) if "exclude" in definition else None
    return [p for p in paths if pattern.search(p)
            and not (exclude and exclude.search(p))]


def command(files: list[str]) -> list[str]:
    definition = hook()
    argv = [*shlex.split(definition["entry"]), *definition.get("args", [])]
    if definition.get("pass_filenames", True):
        argv += files
    beside = Path(sys.executable).with_name(argv[0])
    argv[0] = str(beside) if beside.exists() else (shutil.which(argv[0]) or argv[0])
    return argv


def run_hook(files: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command(files), cwd=cwd, capture_output=True, text=True,
                          encoding="utf-8", timeout=120, check=False)


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
