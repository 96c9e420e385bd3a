"""The floor: a columnar read into count tables (pyarrow + numpy) and
accuracy per annotator from them, nothing else. Run by bench/score.py.

    python bench/score_floor.py GOLD.jsonl ANSWERS.csv
"""

from __future__ import annotations

import json
import sys

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
from pyarrow import csv


def main(gold_path: str, answers_path: str) -> None:
    with open(gold_path, encoding="utf-8") as handle:
        gold = [json.loads(line) for line in handle]
    labels = sorted({g["label"] for g in gold})
    label_code = {label: i for i, label in enumerate(labels)}
    gold_ids = [g["id"] for g in gold]
    gold_codes = np.array([label_code[g["label"]] for g in gold])

    table = csv.read_csv(answers_path)
    annotators = table["annotator"].combine_chunks().dictionary_encode()
    item_index = pc.index_in(table["item"], value_set=pa.array(gold_ids)).to_numpy(
        zero_copy_only=False)
    given = pc.index_in(table["label"], value_set=pa.array(labels)).to_numpy(
        zero_copy_only=False)
    who = annotators.indices.to_numpy(zero_copy_only=False)

    keep = ~(np.isnan(item_index.astype(float)) | np.isnan(given.astype(float)))
    k = len(labels)
    cells = (who[keep] * k + gold_codes[item_index[keep].astype(int)]) * k
    cells += given[keep].astype(int)
    counts = np.bincount(cells, minlength=len(annotators.dictionary) * k * k)
    counts = counts.reshape(-1, k, k)
    accuracy = np.trace(counts, axis1=1, axis2=2) / counts.sum(axis=(1, 2))
    print(f"annotators {len(accuracy)}, mean accuracy {accuracy.mean():.4f}")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
