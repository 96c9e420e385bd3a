"""The installed `guidekit` console script, run for real as a subprocess."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import guidekit

ROOT = Path(__file__).resolve().parents[1]


def script() -> str:
    beside = Path(sys.executable).with_name("guidekit")
    found = str(beside) if beside.exists() else shutil.which("guidekit")
    assert found, "the guidekit console script is not installed"
    return found


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([script(), *args], cwd=ROOT, capture_output=True,
                          text=True, encoding="utf-8", timeout=60, check=False)


def test_version() -> None:
    done = run("--version")
    assert (done.returncode, done.stdout) == (0, f"guidekit, version "
                                                 f"{guidekit.__version__}\n")


def test_validate_exit_codes() -> None:
    assert run("validate", "specs/triage/guideline.yaml").returncode == 0
    bad = run("validate", "tests/spec/cases/typo-label.yaml")
    assert bad.returncode == 1
    assert "tests/spec/cases/typo-label.yaml:14:12: error:" in bad.stdout
    assert run("validate", "--no-such-option", "x.yaml").returncode == 2


def test_score_bundled_example() -> None:
    done = run("score", "specs/triage/guideline.yaml", "specs/triage/submissions.csv",
               "--format", "csv")
    assert done.returncode == 0
    assert done.stdout.splitlines()[0].startswith("annotator,")
