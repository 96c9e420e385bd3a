"""Fixtures shared across the test folders: the CLI in process, and the
real RTE data with a copy of specs/rte whose gold is built from it.

The data live beside the repository in ../shared/data and are not ours to
commit; tests that ask for them are skipped, saying why, where they are
absent.
"""

from __future__ import annotations

import csv
import json
import shutil
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from guidekit.cli import main

ROOT = Path(__file__).resolve().parents[1]
RTE = ROOT.parent / "shared" / "data" / "snow2008-rte"
RTE_SCORE_COLUMNS = ("--annotator-col", "!amt_worker_ids", "--item-col", "orig_id",
                     "--label-col", "response")

Cli = Callable[..., str]
Table = Callable[[str], list[dict[str, str]]]


def run_cli(*args: str) -> str:
    """stdout of `guidekit ARGS` run in process; fails the test unless exit 0."""
    result = CliRunner().invoke(main, list(args))
    assert result.exit_code == 0, result.output + result.stderr
    return result.stdout


@cache
def _rte_table(name: str) -> tuple[dict[str, str], ...]:
    with open(RTE / name, encoding="utf-8", newline="") as handle:
        rows = csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        return tuple(rows)


@pytest.fixture(scope="session")
def cli() -> Cli:
    return run_cli


@pytest.fixture(scope="session")
def rte_dir() -> Path:
    if not (RTE / "rte1.tsv").is_file():
        pytest.skip(f"real data not present at {RTE} (it lives outside the "
                    "repository)")
    return RTE


@pytest.fixture(scope="session")
def rte_table(rte_dir: Path) -> Table:
    """Rows of an RTE file, read faithfully (tabs, no quoting), once each."""
    return lambda name: list(_rte_table(name))


@pytest.fixture(scope="session")
def rte_spec(rte_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """specs/rte/guideline.yaml copied, with its gold imported as the README says."""
    folder = tmp_path_factory.mktemp("rte")
    spec = folder / "guideline.yaml"
    shutil.copy(ROOT / "specs" / "rte" / "guideline.yaml", spec)
    run_cli("gold", "import", str(rte_dir / "rte1.tsv"),
            "-o", str(folder / "gold" / "rte1.jsonl"), "--id-col", "id",
            "--label-col", "value", "--field", "text", "--field", "hypothesis",
            "--tag-col", "task", "--map", "TRUE=yes", "--map", "FALSE=no",
            "--unescape-html", "--spec", str(spec))
    return spec


@pytest.fixture(scope="session")
def rte_report(rte_spec: Path, rte_dir: Path) -> dict[str, Any]:
    """The JSON score report of the raw crowd file against that spec."""
    return json.loads(run_cli("score", str(rte_spec),
                              str(rte_dir / "rte.standardized.tsv"),
                              *RTE_SCORE_COLUMNS, "--format", "json"))
