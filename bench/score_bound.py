"""The seeded bootstraps guidekit's report must hold, timed alone on the
benchmark's own count tables. Run by bench/score.py.

    python bench/score_bound.py GOLD.jsonl ANSWERS.csv

It reads the answers as the floor does (score_floor.py), then times, in
this process, only guidekit's two bootstrap calls: kappa and macro-F1 for
each annotator's confusion matrix (bootstrap_kappa.bootstrap_matrices,
500 draws each) and nominal alpha over the items (bootstrap.bootstrap_alpha,
1,000 draws). It prints their seconds. bench/score.py adds the imports
guidekit cannot do without and the floor's own read: the least time any
guidekit score run could take, whatever else were made faster.
"""

from __future__ import annotations

import json
import sys
import time

import numpy as np
from pyarrow import csv
from score_floor import codes, indices

from guidekit.scoring.bootstrap import bootstrap_alpha
from guidekit.scoring.bootstrap_kappa import bootstrap_matrices


def count_tables(gold_path: str, answers_path: str) -> tuple[np.ndarray, np.ndarray]:
    """(annotators x k x k gold-by-given cube, items x k answer counts)."""
    with open(gold_path, encoding="utf-8") as handle:
        gold = [json.loads(line) for line in handle]
    labels = sorted({g["label"] for g in gold})
    label_code = {label: i for i, label in enumerate(labels)}
    gold_codes = np.array([label_code[g["label"]] for g in gold])
    table = csv.read_csv(answers_path)
    names = table["annotator"].combine_chunks().dictionary_encode()
    who = indices(names)
    item = codes(table["item"], {g["id"]: i for i, g in enumerate(gold)})
    given = codes(table["label"], label_code)
    keep = (item >= 0) & (given >= 0)
    who, item, given = who[keep], item[keep], given[keep]
    k = len(labels)
    cells = (who * k + gold_codes[item]) * k + given
    cube = np.bincount(cells, minlength=len(names.dictionary) * k * k)
    units = np.bincount(item * k + given, minlength=len(gold) * k)
    return cube.reshape(-1, k, k), units.reshape(-1, k)


def main(gold_path: str, answers_path: str) -> None:
    cube, units = count_tables(gold_path, answers_path)
    start = time.perf_counter()
    bootstrap_matrices(cube)
    bootstrap_alpha(units)
    print(f"{time.perf_counter() - start:.4f}")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
