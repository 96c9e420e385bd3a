"""Report formats: JSON shape, CSV rows, Markdown escaping, the terminal table."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable
from dataclasses import asdict, replace
from pathlib import Path

import pytest

from guidekit.scoring import FORMATS, ScoreReport, score
from guidekit.scoring.fmt_json import as_json
from guidekit.scoring.fmt_markdown import escape
from guidekit.scoring.layout import printable
from guidekit.scoring.report import Confusion, Flag
from guidekit.spec.loader import LoadedSpec

WriteCsv = Callable[..., Path]

ROWS = ("ann,g1,pos", "ann,g2,neg", "ann,g3,neg", "ann,g4,neg", "one,g1,pos",
        "ann,zz,pos", "ann,g1,neg", "ann,g2,what")


@pytest.fixture
def report(spec: LoadedSpec, write_csv: WriteCsv) -> ScoreReport:
    return score(spec, [write_csv("a.csv", *ROWS)])


def test_registry_has_the_four_formats() -> None:
    assert sorted(FORMATS) == ["csv", "html", "json", "markdown", "provenance-csv",
                              "table"]


def test_json_shape(report: ScoreReport, spec: LoadedSpec) -> None:
    data = json.loads(FORMATS["json"](report))
    assert data["format"] == "guidekit.score/v1"
    assert data["spec"]["id"] == "mini"
    assert data["spec"]["version"] == "2.1.0"
    assert data["spec"]["gold_fingerprint"] == spec.gold_fingerprint
    assert data["totals"] == {"rows": 8, "gold": 5, "non_gold": 1,
                              "unknown_labels": 1, "duplicates": 1,
                              "duplicates_differing": 1, "skipped": 0}
    ann, one = data["annotators"]
    assert (ann["annotator"], ann["gold_answered"], ann["correct"]) == ("ann", 4, 3)
    assert ann["accuracy"] == {"value": pytest.approx(0.75), "undefined": None}
    assert one["kappa"]["value"] is None
    assert one["kappa"]["undefined"].startswith("chance agreement is 1")
    assert data["overall"]["confusion"]["counts"] == [[2, 1, 0], [0, 2, 0], [0, 0, 0]]
    assert data["duplicates"]["kept"] == "first"
    assert data["unknown_labels"]["examples"][0] == {
        "file": data["files"][0], "row": 9, "detail": "label 'what'"}


def test_json_holds_exactly_the_report_one_annotator_a_line(
        report: ScoreReport) -> None:
    text = FORMATS["json"](report)
    assert json.loads(text) == json.loads(json.dumps(as_json(report)))
    lines = text.splitlines()
    assert (lines[0], lines[-1]) == ("{", "}")
    rows = [ln for ln in lines if ln.startswith('    {"annotator": ')]
    assert len(rows) == len(report.annotators) > 1


def test_csv_has_one_row_per_annotator(report: ScoreReport) -> None:
    rows = list(csv.DictReader(io.StringIO(FORMATS["csv"](report))))
    assert [r["annotator"] for r in rows] == ["ann", "one"]
    assert float(rows[0]["accuracy"]) == pytest.approx(0.75)
    assert rows[1]["kappa"] == "n/a"
    assert rows[0]["spec_id"] == "mini"
    assert rows[0]["guideline_version"] == "2.1.0"
    assert rows[0]["gold_fingerprint"] == report.spec.gold_fingerprint


def test_table_shows_figures_n_a_and_totals(report: ScoreReport) -> None:
    text = FORMATS["table"](report)
    lines = text.splitlines()
    assert lines[0] == "mini 2.1.0: Mini sentiment"
    assert lines[1] == f"gold: 6 items, {report.spec.gold_fingerprint}"
    ann = next(line for line in lines if line.startswith("ann "))
    assert ann.split()[:4] == ["ann", "4", "3", "0.750"]
    one = next(line for line in lines if line.startswith("one "))
    assert "n/a" in one.split()
    assert ("rows: 8 read = 5 gold + 1 non-gold + 1 unknown label + 1 duplicate + "
            "0 skipped") in lines
    assert any("the first answer is kept" in line for line in lines)


def test_markdown_names_the_spec_and_escapes(report: ScoreReport) -> None:
    text = FORMATS["markdown"](report)
    assert text.startswith("# Scores: Mini sentiment (mini 2.1.0)\n")
    assert f"`{report.spec.gold_fingerprint}`" in text
    assert "| ann | 4 | 3 | 0.750 |" in text
    assert escape("a|b <script>\n*x*") == "a\\|b \\<script\\> \\*x\\*"


def test_terminal_text_is_made_printable(spec: LoadedSpec, write_csv: WriteCsv) -> None:
    assert printable("ok\x1b[31m") == "ok\\x1b[31m"
    rows = ['"evil\x1b[2J",g1,pos']
    text = FORMATS["table"](score(spec, [write_csv("a.csv", *rows)]))
    assert "\x1b" not in text
    assert "evil\\x1b[2J" in text


def test_json_flags_and_confusions_hold_every_field(report: ScoreReport) -> None:
    first = replace(report.annotators[0], flags=(Flag("near chance", "why"),),
                    top_confusions=(Confusion("pos", "neg", 2),))
    mixed = replace(report, annotators=(first, *report.annotators[1:]))
    for row, a in zip(as_json(mixed)["annotators"], mixed.annotators, strict=True):
        assert row["flags"] == [asdict(f) for f in a.flags]
        assert row["top_confusions"] == [asdict(c) for c in a.top_confusions]
    assert as_json(mixed)["annotators"][0]["flags"] == [
        {"name": "near chance", "reason": "why"}]
