"""What a competent data scientist would write: pandas, scikit-learn per
annotator, statsmodels and the krippendorff package. Run as a script by
bench/score.py.

    python bench/score_reference.py GOLD.jsonl ANSWERS.csv

It makes the figures of guidekit's report that these libraries give
directly: per annotator accuracy with its Wilson interval, Cohen's kappa,
macro-F1 and the confusion matrix; pooled precision, recall and F1 per
label; Krippendorff's alpha, nominal, ordinal and interval; majority vote
against gold. It leaves out what guidekit adds on top: the bootstrap
intervals (500 resamples each of kappa, macro-F1 and alpha, which would
take this script far longer than the rest), pairwise agreement, and the
per-rule, suspect-gold and provenance diagnostics.
"""

from __future__ import annotations

import sys
from typing import Any

import krippendorff
import numpy as np
import pandas as pd
from sklearn.metrics import (
    accuracy_score,
    cohen_kappa_score,
    confusion_matrix,
    f1_score,
    precision_recall_fscore_support,
)
from statsmodels.stats.proportion import proportion_confint


def per_annotator(joined: pd.DataFrame, labels: list[str]) -> list[tuple[Any, ...]]:
    rows: list[tuple[Any, ...]] = []
    for annotator, part in joined.groupby("annotator"):
        gold, given = part["gold"], part["label"]
        correct = int((gold == given).sum())
        rows.append((annotator, len(part), accuracy_score(gold, given),
                     proportion_confint(correct, len(part), method="wilson"),
                     cohen_kappa_score(gold, given),
                     f1_score(gold, given, average="macro"),
                     confusion_matrix(gold, given, labels=labels)))
    return rows


def agreement(answers: pd.DataFrame, labels: list[str]) -> dict[str, float]:
    codes = {label: i for i, label in enumerate(labels)}
    wide = answers.assign(code=answers["label"].map(codes)).pivot(
        index="annotator", columns="item", values="code").to_numpy(dtype=float)
    return {level: krippendorff.alpha(reliability_data=wide,
                                      level_of_measurement=level)
            for level in ("nominal", "ordinal", "interval")}


def majority_accuracy(joined: pd.DataFrame) -> float:
    votes = joined.groupby(["item", "label"]).size().reset_index(name="votes")
    top = votes.sort_values(["item", "votes"], ascending=[True, False])
    winners = top.drop_duplicates("item").merge(
        joined[["item", "gold"]].drop_duplicates("item"), on="item")
    return float((winners["label"] == winners["gold"]).mean())


def main(gold_path: str, answers_path: str) -> None:
    gold = pd.read_json(gold_path, lines=True)[["id", "label"]]
    gold = gold.rename(columns={"id": "item", "label": "gold"})
    answers = pd.read_csv(answers_path, dtype=str)
    joined = answers.merge(gold, on="item", how="inner")
    labels = sorted(answers["label"].unique())
    rows = per_annotator(joined, labels)
    pooled = precision_recall_fscore_support(joined["gold"], joined["label"],
                                             labels=labels, zero_division=0)
    alpha = agreement(answers, labels)
    print(f"annotators {len(rows)}, alpha {alpha['nominal']:.4f}, "
          f"mean accuracy {np.mean([r[2] for r in rows]):.4f}, "
          f"pooled F1 {np.mean(pooled[2]):.4f}, "
          f"majority vote {majority_accuracy(joined):.4f}")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
