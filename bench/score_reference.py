"""What a competent data scientist would write: pandas, scikit-learn per
annotator, the krippendorff package. Run as a script by bench/score.py.

    python bench/score_reference.py GOLD.jsonl ANSWERS.csv
"""

from __future__ import annotations

import sys

import krippendorff
import numpy as np
import pandas as pd
from sklearn.metrics import accuracy_score, cohen_kappa_score, f1_score


def main(gold_path: str, answers_path: str) -> None:
    gold = pd.read_json(gold_path, lines=True)[["id", "label"]]
    gold = gold.rename(columns={"id": "item", "label": "gold"})
    answers = pd.read_csv(answers_path, dtype=str)
    joined = answers.merge(gold, on="item", how="inner")
    rows = []
    for annotator, part in joined.groupby("annotator"):
        rows.append((annotator, len(part),
                     accuracy_score(part["gold"], part["label"]),
                     cohen_kappa_score(part["gold"], part["label"]),
                     f1_score(part["gold"], part["label"], average="macro")))
    codes = {label: i for i, label in enumerate(sorted(answers["label"].unique()))}
    wide = answers.assign(code=answers["label"].map(codes)).pivot(
        index="annotator", columns="item", values="code")
    alpha = krippendorff.alpha(reliability_data=wide.to_numpy(dtype=float),
                               level_of_measurement="nominal")
    print(f"annotators {len(rows)}, alpha {alpha:.4f}, "
          f"mean accuracy {np.mean([r[2] for r in rows]):.4f}")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
