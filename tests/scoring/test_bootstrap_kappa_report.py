"""Kappa and macro-F1 intervals in the score report and its formats."""

from __future__ import annotations

import csv
import io
import json
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from types import SimpleNamespace
from typing import cast

import pytest

from guidekit.scoring import score
from guidekit.scoring.annotators import score_annotator, with_intervals
from guidekit.scoring.bootstrap_kappa import bootstrap_matrices, by_annotator
from guidekit.scoring.fmt_csv import format_csv
from guidekit.scoring.fmt_json import as_json
from guidekit.scoring.fmt_table import format_table
from guidekit.scoring.tables import CountTables
from guidekit.spec.loader import LoadedSpec

MakeSpec = Callable[..., LoadedSpec]
WriteCsv = Callable[..., Path]
GOLD = ["g1", "g2", "g3", "g4"]


@pytest.fixture
def report_path(make_spec: MakeSpec, write_csv: WriteCsv) -> tuple[LoadedSpec, Path]:
    spec = make_spec(min_gold=2, pass_="{accuracy: 0.5, kappa: 0.3}")
    answers = {"right": ["pos", "pos", "neg", "neg"],
               "mixed": ["pos", "neg", "neg", "neg"],
               "same": ["pos", "pos", "pos", "pos"]}
    rows = [f"{who},{g},{lb}" for who, labels in answers.items()
            for g, lb in zip(GOLD, labels, strict=True)]
    return spec, write_csv("a.csv", *rows)


def test_every_annotator_gets_its_matrix_intervals(
        report_path: tuple[LoadedSpec, Path]) -> None:
    report = score(report_path[0], [report_path[1]])
    for a in report.annotators:
        expected = bootstrap_matrices([a.confusion])[0]
        assert a.kappa_interval == expected.kappa
        assert a.macro_f1_interval == expected.macro_f1
    found = {a.annotator: a for a in report.annotators}
    # all four right: kappa 1 in every resample with both labels
    assert (found["right"].kappa_interval.low,
            found["right"].kappa_interval.high) == pytest.approx((1.0, 1.0))
    # always "pos" against pos, pos, neg, neg: kappa 0 in every resample
    assert found["same"].kappa_interval.high == pytest.approx(0.0)


def test_json_csv_and_table_show_the_intervals(
        report_path: tuple[LoadedSpec, Path]) -> None:
    report = score(report_path[0], [report_path[1]])
    data = json.loads(json.dumps(as_json(report)))
    first, got = report.annotators[0], data["annotators"][0]
    assert got["kappa_interval"] == {
        "low": first.kappa_interval.low, "high": first.kappa_interval.high,
        "level": 0.95, "undefined": first.kappa_interval.undefined}
    assert set(got["macro_f1_interval"]) == {"low", "high", "level", "undefined"}
    assert set(data["overall"]["kappa_interval"]) == {"low", "high", "level",
                                                      "undefined"}
    rows = list(csv.DictReader(io.StringIO(format_csv(report))))
    assert float(rows[0]["kappa_low"]) == pytest.approx(first.kappa_interval.low)
    assert float(rows[0]["macro_f1_high"]) == pytest.approx(
        first.macro_f1_interval.high)
    table = format_table(report)
    assert "kappa 95% interval" in table
    assert first.kappa_interval.text() in table


def test_batch_intervals_give_the_same_scores(
        report_path: tuple[LoadedSpec, Path]) -> None:
    spec = report_path[0]
    report = score(spec, [report_path[1]])
    matrices = {a.annotator: [list(r) for r in a.confusion] for a in report.annotators}
    batch = by_annotator(matrices)
    # score_annotator reads only these three counters from the tables
    tables = cast(CountTables, SimpleNamespace(
        non_gold=Counter[str](), unknown=Counter[str](), duplicates=Counter[str]()))
    for name, matrix in matrices.items():
        alone = score_annotator(name, matrix, report.labels, tables, spec.spec.scoring)
        batched = score_annotator(name, matrix, report.labels, tables,
                                  spec.spec.scoring, bootstrap=batch[name])
        assert alone == batched


def test_overall_intervals_over_the_pooled_matrix(
        report_path: tuple[LoadedSpec, Path]) -> None:
    report = score(report_path[0], [report_path[1]])
    overall = with_intervals(report.overall)
    pooled = bootstrap_matrices([report.overall.confusion])[0]
    assert overall.kappa_interval == pooled.kappa
    assert overall.macro_f1_interval == pooled.macro_f1
    assert overall.kappa.value is not None
    assert overall.kappa_interval.contains(overall.kappa.value)
