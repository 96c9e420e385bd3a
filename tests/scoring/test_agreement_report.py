"""The agreement section of ScoreReport in every format, and its defaults."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import replace
from itertools import combinations
from pathlib import Path

import pytest
from sklearn.metrics import cohen_kappa_score

from guidekit.scoring import ScoreReport, score
from guidekit.scoring.agreement_format import PAIRS
from guidekit.scoring.formats import FORMATS
from guidekit.spec.loader import LoadedSpec

WriteCsv = Callable[..., Path]
CODERS = [f"c{n}" for n in range(6)]
ITEMS = ["g1", "g2", "g3", "g4", "g5", "é1", *(f"x{n}" for n in range(8))]
LABELS = ["pos", "neg", "café"]


def label(coder: int, item: int) -> str:
    return LABELS[(item + (coder * item) // 5) % 3]


@pytest.fixture
def report(spec: LoadedSpec, write_csv: WriteCsv) -> ScoreReport:
    rows = [f"{c},{i},{label(n, m)}" for n, c in enumerate(CODERS)
            for m, i in enumerate(ITEMS)]
    return score(spec, [write_csv("a.csv", *rows, "solo,only-me,pos")])


def test_score_fills_agreement_over_gold_and_other_items(report: ScoreReport) -> None:
    a = report.agreement
    assert a is not None
    assert (a.items, a.pairable, a.pairable_values) == (15, 14, 84)
    reason = a.fleiss_kappa.undefined or ""
    assert "'only-me'" in reason and "1 to 6 ratings" in reason
    assert a.pairs.qualifying == 15 > PAIRS
    by_pair = {(p.first, p.second): p for p in a.pairs.pairs}
    for x, y in combinations(range(6), 2):
        pair = by_pair[(CODERS[x], CODERS[y])]
        assert pair.shared == len(ITEMS)
        expected = cohen_kappa_score([label(x, m) for m in range(len(ITEMS))],
                                     [label(y, m) for m in range(len(ITEMS))])
        assert pair.kappa.value == pytest.approx(expected)


def test_json_holds_every_pair_and_the_bootstrap(report: ScoreReport) -> None:
    found = json.loads(FORMATS["json"](report))["agreement"]
    assert len(found["pairwise_kappa"]["pairs"]) == 15
    assert found["alpha"]["nominal_bootstrap"]["draws"] == 1000
    assert found["fleiss_kappa"]["value"] is None
    assert found["majority_vote"]["gold_items"] == 6
    assert report.agreement is not None
    assert found["alpha"]["ordinal"]["value"] == pytest.approx(
        report.agreement.alpha_ordinal.value)


@pytest.mark.parametrize("name", ["table", "markdown"])
def test_text_formats_cap_the_pairs(report: ScoreReport, name: str) -> None:
    text = FORMATS[name](report)
    assert "alpha nominal:" in text and "Fleiss' kappa: n/a (items have" in text
    assert f"lowest {PAIRS} shown" in text
    pair_lines = [line for line in text.splitlines()
                  if re.match(r"^(\| )?c\d +(\| )?c\d ", line)]
    assert len(pair_lines) == PAIRS


def test_a_report_without_agreement_still_formats(report: ScoreReport) -> None:
    bare = replace(report, agreement=None)
    assert json.loads(FORMATS["json"](bare))["agreement"] is None
    assert "alpha nominal" not in FORMATS["table"](bare)
    assert "Agreement among" not in FORMATS["markdown"](bare)
