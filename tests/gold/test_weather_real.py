"""The real CrowdFlower weather tweets: gold import with --where, then score.

Runs wherever ../shared/data/crowdflower-weather-sentiment/ sits next to the
repository; skipped, with the reason, where it does not. Every figure is
checked against a direct count made here with the csv module.
"""

from __future__ import annotations

import csv
import shutil
from collections import Counter
from pathlib import Path

import pytest
from scipy.stats import spearmanr
from sklearn.metrics import cohen_kappa_score

from guidekit.gold import GoldMeta, import_gold_counted, write_gold
from guidekit.scoring.api import score
from guidekit.scoring.columns import Columns
from guidekit.scoring.report import ScoreReport
from guidekit.spec.loader import load_spec
from guidekit.spec.validate import validate_spec

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT.parent / "shared" / "data" / "crowdflower-weather-sentiment"
EVALUATED = DATA / "weather-evaluated-agg-DFE.csv"
RAW = DATA / "weather-non-agg-DFE.csv"
CODES = {"Negative": "negative", "Positive": "positive",
         "Neutral / author is just sharing information": "neutral",
         "Tweet not related to weather condition": "unrelated",
         "I can't tell": "cant_tell"}

pytestmark = pytest.mark.skipif(
    not (EVALUATED.is_file() and RAW.is_file()),
    reason=f"shared CrowdFlower weather data not present at {DATA}")


def read(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


@pytest.fixture(scope="module")
def spec_dir(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, int]:
    folder = tmp_path_factory.mktemp("weather")
    shutil.copy(ROOT / "specs" / "weather" / "guideline.yaml",
                folder / "guideline.yaml")
    spec = load_spec(folder / "guideline.yaml").spec
    done = import_gold_counted(EVALUATED, id_col="tweet_id", label_col="sentiment",
                               fields={"tweet_body": "text"}, spec=spec,
                               meta=GoldMeta(unescape_html=True),
                               where=[("correct_category", "Yes")])
    write_gold(folder / "gold" / "weather.jsonl", done.items)
    return folder, done.skipped


@pytest.fixture(scope="module")
def direct_gold() -> dict[str, str]:
    return {row["tweet_id"]: CODES[row["sentiment"]] for row in read(EVALUATED)
            if row["correct_category"] == "Yes"}


@pytest.fixture(scope="module")
def report(spec_dir: tuple[Path, int]) -> ScoreReport:
    loaded = load_spec(spec_dir[0] / "guideline.yaml")
    columns = Columns(annotator="worker_id", item="tweet_id", label="emotion")
    return score(loaded, [RAW], columns=columns)


def test_992_confirmed_gold_items_and_8_skipped(
        spec_dir: tuple[Path, int], direct_gold: dict[str, str]) -> None:
    folder, skipped = spec_dir
    gold = load_spec(folder / "guideline.yaml").spec.gold
    assert len(gold) == 992 == len(direct_gold)
    assert skipped == 8
    assert {g.id: g.label for g in gold} == direct_gold
    assert not any("&amp;" in g.item["text"] for g in gold)
    errors = [p for p in validate_spec(folder / "guideline.yaml")
              if p.level == "error"]
    assert errors == []


def test_every_worker_accuracy_matches_a_direct_count(
        report: ScoreReport, direct_gold: dict[str, str]) -> None:
    answered: Counter[str] = Counter()
    correct: Counter[str] = Counter()
    for row in read(RAW):
        if row["tweet_id"] in direct_gold:
            answered[row["worker_id"]] += 1
            correct[row["worker_id"]] += (
                CODES[row["emotion"]] == direct_gold[row["tweet_id"]])
    scores = {a.annotator: a for a in report.annotators}
    assert set(scores) == set(answered) and len(scores) == 102
    for worker, n in answered.items():
        assert scores[worker].gold_answered == n
        assert scores[worker].accuracy.value == pytest.approx(correct[worker] / n)


def test_kappa_matches_sklearn_and_trust_correlation(
        report: ScoreReport, direct_gold: dict[str, str]) -> None:
    pairs: dict[str, tuple[list[str], list[str]]] = {}
    trust: dict[str, float] = {}
    for row in read(RAW):
        trust[row["worker_id"]] = float(row["trust"])
        if row["tweet_id"] in direct_gold:
            gold, given = pairs.setdefault(row["worker_id"], ([], []))
            gold.append(direct_gold[row["tweet_id"]])
            given.append(CODES[row["emotion"]])
    kappas = {a.annotator: a.kappa.value for a in report.annotators}
    for worker, (gold, given) in pairs.items():
        assert kappas[worker] == pytest.approx(cohen_kappa_score(gold, given),
                                               abs=1e-9)
    workers = sorted(kappas)
    rho = spearmanr([trust[w] for w in workers], [kappas[w] for w in workers])
    assert rho.statistic == pytest.approx(0.457, abs=0.001)  # README figure
