"""The HTML report on the real RTE crowd labels: the heavy workers near chance
stand out, and its pictures hold the figures of a direct count.

The data live outside the repository in ../shared/data/snow2008-rte; the
gold is built into a temporary copy of specs/rte, as the end-to-end test does.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import pytest
from statsmodels.stats.proportion import (  # type: ignore[import-untyped]
    proportion_confint,
)

from guidekit.scoring.svg_accuracy import MAX_ROWS, VOL_W

Direct = tuple[Counter[str], Counter[str], Counter[tuple[str, str]]]
COLUMNS = ["--annotator-col", "!amt_worker_ids", "--item-col", "orig_id",
           "--label-col", "response"]


@pytest.fixture(scope="module")
def page(rte_spec: Path, rte_dir: Path, cli: Callable[..., str]) -> str:
    return cli("score", str(rte_spec), str(rte_dir / "rte.standardized.tsv"),
               *COLUMNS, "--format", "html")


@pytest.fixture(scope="module")
def direct(rte_table: Callable[[str], list[dict[str, str]]]) -> Direct:
    """Per worker answers and correct ones, and (gold, given) counts, by hand."""
    gold = {r["id"]: {"TRUE": "yes", "FALSE": "no"}[r["value"]]
            for r in rte_table("rte1.tsv")}
    answers, correct, cells = Counter[str](), Counter[str](), Counter[tuple[str, str]]()
    for row in rte_table("rte.standardized.tsv"):
        worker, given = row["!amt_worker_ids"], {"1": "yes", "0": "no"}[row["response"]]
        answers[worker] += 1
        correct[worker] += given == gold[row["orig_id"]]
        cells[gold[row["orig_id"]], given] += 1
    return answers, correct, cells


def test_heaviest_workers_lead_the_near_chance_box(page: str, direct: Direct) -> None:
    answers = direct[0]
    heavy = [w for w, _ in answers.most_common(4)]
    box = page.split('<section class="watch">')[1].split("</section>")[0]
    listed = re.findall(
        r"<tr><td><code[^>]*>([^<]+)</code></td><td class=\"num\">(\d+)", box)
    assert [(w, int(n)) for w, n in listed[:4]] == [(w, answers[w]) for w in heavy]
    assert all(answers[w] >= 540 for w in heavy)


def test_heavy_rows_are_marked_and_long(page: str, direct: Direct) -> None:
    answers, correct, _ = direct
    busiest = max(answers.values())
    for worker, n in answers.most_common(4):
        row = re.search(r'<g class="row tone-(\w+) near">\s*<title>'
                        + re.escape(worker) + r":.*?</g>", page, re.S)
        assert row is not None, worker
        assert row.group(1) == "fail"
        width = float(re.search(r'class="vol"[^>]*width="([\d.]+)"',
                                row.group(0)).group(1))  # type: ignore[union-attr]
        assert width == pytest.approx(VOL_W * n / busiest, abs=0.06)
        low, high = proportion_confint(correct[worker], n, method="wilson")
        assert f"[{low:.3f}, {high:.3f}]" in row.group(0)


def test_chart_is_capped_and_says_how_many_more(page: str, direct: Direct) -> None:
    assert page.count('<rect class="bar"') == MAX_ROWS
    assert f"{len(direct[0]) - MAX_ROWS} more annotator(s)" in page


def test_heat_map_holds_the_direct_counts(page: str, direct: Direct) -> None:
    cells = direct[2]
    shown = [int(n) for n in re.findall(r'<text class="count"[^>]*>(\d+)<', page)]
    assert shown == [cells["yes", "yes"], cells["yes", "no"],
                     cells["no", "yes"], cells["no", "no"]]
