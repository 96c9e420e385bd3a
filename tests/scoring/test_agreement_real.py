"""Agreement on the real RTE and weather-sentiment crowd labels, against references.

The data live outside the repository, in ../shared/data; the specs are
built here from the files, and every reference figure is computed from
the raw files directly (krippendorff, statsmodels, sklearn, plain counts).
"""

from __future__ import annotations

import csv
import json
from collections import Counter
from collections.abc import Sequence
from itertools import combinations
from pathlib import Path
from typing import Any

import krippendorff
import numpy as np
import pytest
from click.testing import CliRunner
from sklearn.metrics import cohen_kappa_score
from statsmodels.stats.inter_rater import fleiss_kappa

from guidekit.cli import main

DATA = Path(__file__).resolve().parents[2].parent / "shared" / "data"
RTE, WEATHER = DATA / "snow2008-rte", DATA / "crowdflower-weather-sentiment"
pytestmark = pytest.mark.skipif(
    not (RTE.is_dir() and WEATHER.is_dir()),
    reason=f"real data folders under {DATA} are absent (they live outside the "
           "repository and cannot be committed)")
YES_NO = ("1", "0")  # 1 = entailed (yes), in the spec's order
MOODS = ("Negative", "Neutral / author is just sharing information", "Positive",
         "I can't tell", "Tweet not related to weather condition")


def read(path: Path, delimiter: str) -> list[dict[str, str]]:
    with open(path, encoding="utf-8", newline="") as handle:
        if delimiter == "\t":
            return list(csv.DictReader(handle, delimiter="\t",
                                       quoting=csv.QUOTE_NONE))
        return list(csv.DictReader(handle, delimiter=delimiter))


def write_spec(folder: Path, labels: Sequence[str], gold: dict[str, str]) -> Path:
    with open(folder / "gold.jsonl", "w", encoding="utf-8") as out:
        for item, label in gold.items():
            out.write(json.dumps({"id": item, "item": {"text": item},
                                  "label": label}) + "\n")
    shown = "\n".join(f"  - {{value: {json.dumps(v)}}}" for v in labels)
    (folder / "spec.yaml").write_text(
        "spec: guidekit/v1\nid: agree\ntitle: agreement check\nversion: '1.0.0'\n"
        f"task:\n  fields: [{{name: text}}]\nlabels:\n{shown}\n"
        "gold:\n  - include: gold.jsonl\n", encoding="utf-8")
    return folder / "spec.yaml"


def run(spec: Path, data: Path, *columns: str) -> Any:
    names = ("--annotator-col", "--item-col", "--label-col")
    options = [x for pair in zip(names, columns, strict=True) for x in pair]
    result = CliRunner().invoke(main, ["score", str(spec), str(data), *options,
                                       "--format", "json"])
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)["agreement"]


def matrix(rows: list[dict[str, str]], who: str, item: str, value: str,
           order: Sequence[str]) -> np.ndarray:
    """annotators x items, the label index, np.nan where missing."""
    coders = sorted({r[who] for r in rows})
    items = sorted({r[item] for r in rows})
    data = np.full((len(coders), len(items)), np.nan)
    where_c = {c: i for i, c in enumerate(coders)}
    where_i = {t: i for i, t in enumerate(items)}
    for r in rows:
        data[where_c[r[who]], where_i[r[item]]] = order.index(r[value])
    return data


def fleiss_table(data: np.ndarray, size: int) -> list[list[int]]:
    return [[int((column == c).sum()) for c in range(size)] for column in data.T]


@pytest.fixture(scope="module")
def rte(tmp_path_factory: pytest.TempPathFactory) -> tuple[Any, list[dict[str, str]]]:
    rows = read(RTE / "rte.standardized.tsv", "\t")
    gold = {r["orig_id"]: r["gold"] for r in rows}
    spec = write_spec(tmp_path_factory.mktemp("rte-agree"), YES_NO, gold)
    found = run(spec, RTE / "rte.standardized.tsv", "!amt_worker_ids", "orig_id",
                "response")
    return found, rows


def test_rte_alpha_matches_the_package(rte: tuple[Any, list[dict[str, str]]]) -> None:
    found, rows = rte
    data = matrix(rows, "!amt_worker_ids", "orig_id", "response", YES_NO)
    assert data.shape == (164, 800)
    for metric in ("nominal", "ordinal", "interval"):
        expected = krippendorff.alpha(reliability_data=data, value_domain=[0, 1],
                                      level_of_measurement=metric)
        assert found["alpha"][metric]["value"] == pytest.approx(expected)
    assert found["alpha"]["nominal"]["value"] == pytest.approx(0.2415, abs=1e-4)
    boot = found["alpha"]["nominal_bootstrap"]
    assert boot["low"] < found["alpha"]["nominal"]["value"] < boot["high"]
    assert (boot["draws"], boot["defined_draws"]) == (1000, 1000)
    assert (found["items"], found["pairable_values"]) == (800, 8000)


def test_rte_fleiss_raw_and_majority(rte: tuple[Any, list[dict[str, str]]]) -> None:
    found, rows = rte
    data = matrix(rows, "!amt_worker_ids", "orig_id", "response", YES_NO)
    assert found["ratings_per_item"] == {"min": 10, "max": 10}
    table = fleiss_table(data, 2)
    assert found["fleiss_kappa"]["value"] == pytest.approx(fleiss_kappa(table))
    agreeing = sum(c * (c - 1) // 2 for row in table for c in row)
    assert found["raw_agreement"]["pairs"] == 800 * 45
    assert found["raw_agreement"]["agreeing"] == agreeing
    votes: dict[str, Counter[str]] = {}
    gold = {r["orig_id"]: r["gold"] for r in rows}
    for r in rows:
        votes.setdefault(r["orig_id"], Counter())[r["response"]] += 1
    ties = [i for i, v in votes.items() if v["1"] == v["0"]]
    right = [i for i, v in votes.items() if i not in ties
             and v.most_common(1)[0][0] == gold[i]]
    vote = found["majority_vote"]
    assert (vote["ties"], vote["ties_with_gold"]) == (len(ties), len(ties)) == (65, 65)
    assert (vote["decided"], vote["correct"]) == (800 - 65, len(right))


def test_rte_pairwise_kappa_matches_sklearn(
        rte: tuple[Any, list[dict[str, str]]]) -> None:
    found, rows = rte
    labels: dict[str, dict[str, str]] = {}
    for r in rows:
        labels.setdefault(r["!amt_worker_ids"], {})[r["orig_id"]] = r["response"]
    expected = {}
    for a, b in combinations(sorted(labels), 2):
        shared = sorted(set(labels[a]) & set(labels[b]))
        if len(shared) >= 10:
            expected[(a, b)] = (len(shared), [labels[a][i] for i in shared],
                                [labels[b][i] for i in shared])
    pairs = found["pairwise_kappa"]
    assert pairs["qualifying_pairs"] == len(pairs["pairs"]) == len(expected)
    assert {(p["first"], p["second"]): p["shared"] for p in pairs["pairs"]} == {
        pair: count for pair, (count, _, _) in expected.items()}
    # sklearn on the 20 lowest kappas and every 25th pair after them
    for pair in pairs["pairs"][:20] + pairs["pairs"][20::25]:
        count, first, second = expected[(pair["first"], pair["second"])]
        assert pair["shared"] == count
        if len(set(first) | set(second)) > 1 and pair["kappa"]["value"] is not None:
            assert pair["kappa"]["value"] == pytest.approx(
                cohen_kappa_score(first, second))
        else:
            assert pair["kappa"]["undefined"]


@pytest.fixture(scope="module")
def weather(tmp_path_factory: pytest.TempPathFactory
            ) -> tuple[Any, list[dict[str, str]]]:
    rows = read(WEATHER / "weather-non-agg-DFE.csv", ",")
    checked = read(WEATHER / "weather-evaluated-agg-DFE.csv", ",")
    gold = {r["tweet_id"]: r["sentiment"] for r in checked
            if r["correct_category"] == "Yes"}
    spec = write_spec(tmp_path_factory.mktemp("weather-agree"), MOODS, gold)
    found = run(spec, WEATHER / "weather-non-agg-DFE.csv", "worker_id", "tweet_id",
                "emotion")
    return found, rows


def test_weather_alpha_and_fleiss(weather: tuple[Any, list[dict[str, str]]]) -> None:
    found, rows = weather
    data = matrix(rows, "worker_id", "tweet_id", "emotion", MOODS)
    assert data.shape == (102, 1000)
    for metric in ("nominal", "ordinal", "interval"):
        expected = krippendorff.alpha(reliability_data=data,
                                      level_of_measurement=metric,
                                      value_domain=list(range(5)))
        assert found["alpha"][metric]["value"] == pytest.approx(expected)
    assert found["ratings_per_item"] == {"min": 20, "max": 20}
    expected_fleiss = fleiss_kappa(fleiss_table(data, 5))
    assert found["fleiss_kappa"]["value"] == pytest.approx(expected_fleiss)
    boot = found["alpha"]["nominal_bootstrap"]
    assert boot["low"] < found["alpha"]["nominal"]["value"] < boot["high"]
    assert found["majority_vote"]["gold_items"] == 992
