"""The real RTE-1 crowd labels (Snow et al. 2008), read raw, against a direct count.

The data live outside the repository, in ../shared/data/snow2008-rte; the
spec is built here from rte1.tsv, so this test does not depend on specs/.
"""

from __future__ import annotations

import csv
import json
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from sklearn.metrics import cohen_kappa_score

from guidekit.cli import main

DATA = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "snow2008-rte"
pytestmark = pytest.mark.skipif(
    not DATA.is_dir(), reason=f"real data folder {DATA} is absent (it lives outside "
                              "the repository and cannot be committed)")

SPEC = """\
spec: guidekit/v1
id: rte-check
title: RTE-1 for the score test
version: "0.1.0"
task:
  fields: [{name: text}, {name: hypothesis}]
labels:
  - {value: "yes", aliases: ["1", "TRUE"]}
  - {value: "no", aliases: ["0", "FALSE"]}
gold:
  - include: gold.jsonl
scoring:
  pass: {accuracy: 0.85, kappa: 0.7}
  min_gold: 10
"""


def read_tsv(name: str) -> list[dict[str, str]]:
    with open(DATA / name, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))


@pytest.fixture(scope="module")
def spec(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("rte")
    with open(folder / "gold.jsonl", "w", encoding="utf-8") as out:
        for row in read_tsv("rte1.tsv"):
            label = {"TRUE": "yes", "FALSE": "no"}[row["value"]]
            item = {"text": row["text"], "hypothesis": row["hypothesis"]}
            line = {"id": row["id"], "item": item, "label": label}
            out.write(json.dumps(line) + "\n")
    (folder / "guideline.yaml").write_text(SPEC, encoding="utf-8")
    return folder / "guideline.yaml"


def score(spec: Path, *extra: str) -> Any:
    result = CliRunner().invoke(main, [
        "score", str(spec), str(DATA / "rte.standardized.tsv"),
        "--annotator-col", "!amt_worker_ids", "--item-col", "orig_id",
        "--label-col", "response", *extra])
    assert (result.exit_code, result.stderr) == (0, "")
    return result.stdout


def direct_answers() -> dict[str, list[tuple[str, str]]]:
    """worker -> (gold, given) as 1/0, gold joined from rte1.tsv by id."""
    gold = {r["id"]: {"TRUE": "1", "FALSE": "0"}[r["value"]]
            for r in read_tsv("rte1.tsv")}
    out: dict[str, list[tuple[str, str]]] = {}
    for row in read_tsv("rte.standardized.tsv"):
        out.setdefault(row["!amt_worker_ids"], []).append(
            (gold[row["orig_id"]], row["response"]))
    return out


def test_the_table_command_runs_on_the_raw_file(spec: Path) -> None:
    text = score(spec)
    assert "rows: 8000 read = 8000 gold + 0 non-gold" in text
    assert "rte-check 0.1.0" in text


@pytest.fixture(scope="module")
def report(spec: Path) -> Any:
    return json.loads(score(spec, "--format", "json"))


def test_every_worker_matches_a_direct_count(report: Any) -> None:
    found = {a["annotator"]: a for a in report["annotators"]}
    answers = direct_answers()
    assert len(found) == len(answers) == 164
    for worker, pairs in answers.items():
        correct = sum(g == s for g, s in pairs)
        got = found[worker]
        assert (got["gold_answered"], got["correct"]) == (len(pairs), correct)
        assert got["accuracy"]["value"] == pytest.approx(correct / len(pairs))
        truth, said = zip(*pairs, strict=True)
        if len(set(truth) | set(said)) > 1:
            assert got["kappa"]["value"] == pytest.approx(
                cohen_kappa_score(truth, said))


def test_heavy_workers_are_flagged_near_chance(report: Any) -> None:
    heavy = [a for a in report["annotators"] if a["gold_answered"] >= 500]
    assert sorted(a["gold_answered"] for a in heavy) == [540, 700, 760, 800]
    for a in heavy:
        assert 0.49 < a["accuracy"]["value"] < 0.59
        assert "near chance" in [f["name"] for f in a["flags"]]
        assert a["verdict"] == "fail"


def test_pooled_confusion_matches_the_file(report: Any) -> None:
    pairs = Counter(p for ps in direct_answers().values() for p in ps)
    counts = report["overall"]["confusion"]["counts"]
    assert report["overall"]["confusion"]["labels"] == ["yes", "no"]
    assert counts == [[pairs[("1", "1")], pairs[("1", "0")]],
                      [pairs[("0", "1")], pairs[("0", "0")]]]
