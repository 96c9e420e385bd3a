"""End to end on real data: the RTE guideline, gold built from rte1.tsv,
validated, rendered, quizzed and scored against 8,000 real Mechanical Turk
labels (Snow et al. 2008), every figure checked against a direct count.

The data live beside the repository in ../shared/data/snow2008-rte and are
not ours to commit; without that folder this module is skipped.
"""

from __future__ import annotations

import html
import json
from collections import Counter, defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from sklearn.metrics import cohen_kappa_score

Cli = Callable[..., str]
Table = Callable[[str], list[dict[str, str]]]
HEAVY = {"A18941IO2ZZWW6", "A11GX90QFWDLMM", "AXBQF8RALCIGV", "A1Q4VUJBMY78YR"}


@pytest.fixture
def spec(rte_spec: Path) -> Path:
    return rte_spec


@pytest.fixture
def pairs(rte_table: Table) -> dict[str, dict[str, str]]:
    return {row["id"]: row for row in rte_table("rte1.tsv")}


@pytest.fixture
def crowd(rte_table: Table) -> list[dict[str, str]]:
    return rte_table("rte.standardized.tsv")


def test_validate_is_clean(spec: Path, cli: Cli) -> None:
    assert cli("validate", str(spec)) == ""


def test_guide_shows_no_gold(spec: Path, tmp_path: Path, cli: Cli,
                             pairs: dict[str, dict[str, str]]) -> None:
    cli("render", str(spec), "-o", str(tmp_path))
    page = (tmp_path / "guide.html").read_text(encoding="utf-8")
    markdown = (tmp_path / "guide.md").read_text(encoding="utf-8")
    for pair in pairs.values():
        hypothesis = html.unescape(pair["hypothesis"])
        assert hypothesis not in markdown
        assert html.escape(hypothesis, quote=False) not in page


def test_quiz_items_are_decoded_and_hold_no_answers(
        spec: Path, tmp_path: Path, cli: Cli,
        pairs: dict[str, dict[str, str]]) -> None:
    for name in ("a", "b"):
        cli("quiz", "build", str(spec), "-o", str(tmp_path / name), "--seed", "5")
    for file in ("quiz.json", "quiz.html", "key.json"):
        assert (tmp_path / "a" / file).read_bytes() == (
            tmp_path / "b" / file).read_bytes()
    form = json.loads((tmp_path / "a" / "quiz.json").read_text(encoding="utf-8"))
    key = json.loads((tmp_path / "a" / "key.json").read_text(encoding="utf-8"))
    gold_of = {q["id"]: q["gold_id"] for q in key["questions"]}
    source = pairs
    assert form["questions"]
    for question in form["questions"]:
        assert set(question) == {"position", "id", "item"}
        assert question["id"] not in source  # an opaque id, not the pair's
        pair = source[gold_of[question["id"]]]
        assert question["item"] == {"text": html.unescape(pair["text"]),
                                    "hypothesis": html.unescape(pair["hypothesis"])}
        assert "&quot;" not in json.dumps(question["item"])


def test_score_matches_a_direct_count_for_every_worker(
        rte_report: dict[str, Any], crowd: list[dict[str, str]]) -> None:
    report = rte_report
    rows = crowd
    answered: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for row in rows:
        answered[row["!amt_worker_ids"]].append((row["gold"], row["response"]))
    found = {a["annotator"]: a for a in report["annotators"]}
    assert len(found) == len(answered) == 164
    assert report["totals"]["gold"] == len(rows) == 8000
    for worker, answers in answered.items():
        right = sum(gold == given for gold, given in answers)
        assert found[worker]["gold_answered"] == len(answers)
        assert found[worker]["correct"] == right
        assert found[worker]["accuracy"]["value"] == pytest.approx(
            right / len(answers))
        gold, given = zip(*answers, strict=True)
        if len(set(gold) | set(given)) > 1:
            assert found[worker]["kappa"]["value"] == pytest.approx(
                cohen_kappa_score(gold, given), abs=1e-9)


def test_heavy_near_chance_workers_are_flagged(
        rte_report: dict[str, Any], crowd: list[dict[str, str]]) -> None:
    report = rte_report
    found = {a["annotator"]: a for a in report["annotators"]}
    volume = Counter(row["!amt_worker_ids"] for row in crowd)
    assert {w for w, _ in volume.most_common(4)} == HEAVY
    for worker in HEAVY:
        assert found[worker]["verdict"] == "fail"
        assert "near chance" in [f["name"] for f in found[worker]["flags"]]
        assert found[worker]["interval"]["low"] < 0.6


def test_quiz_answers_file_scores_as_a_submission(spec: Path, tmp_path: Path,
                                                  cli: Cli) -> None:
    cli("quiz", "build", str(spec), "-o", str(tmp_path), "--questions", "20")
    key = json.loads((tmp_path / "key.json").read_text(encoding="utf-8"))
    answers = tmp_path / "answers-ann-1.jsonl"
    rows = [{"annotator": "ann-1", "item": q["id"], "label": q["label"],
             "quiz": key["quiz"], "submitted_at": "2026-12-03T10:00:00Z"}
            for q in key["questions"]]
    rows[0]["label"] = "no" if rows[0]["label"] == "yes" else "yes"
    answers.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    report = json.loads(cli("score", str(spec), str(answers), "--format", "json",
                            "--quiz-key", str(tmp_path / "key.json")))
    [annotator] = report["annotators"]
    assert (annotator["gold_answered"], annotator["correct"]) == (20, 19)
