"""The floor: a columnar read into count tables (pyarrow + numpy) and
accuracy per annotator from them, nothing else. Run by bench/score.py.

    python bench/score_floor.py GOLD.jsonl ANSWERS.csv

Each column is dictionary-encoded and only its distinct values are coded
in Python. pyarrow.array and Array.to_numpy are avoided: they import
pandas when it is installed, which takes longer than the read itself.
"""

from __future__ import annotations

import json
import sys
from typing import Any

import numpy as np
from numpy.typing import NDArray
from pyarrow import csv


def indices(encoded: Any) -> NDArray[np.int32]:
    """A dictionary array's int32 indices as numpy, read from the buffer."""
    at = encoded.indices
    return np.frombuffer(at.buffers()[1], dtype=np.int32,
                         count=len(at) + at.offset)[at.offset:]


def codes(column: Any, code_of: dict[str, int]) -> NDArray[np.int64]:
    """Each row's code from `code_of`, -1 for a value it lacks."""
    encoded = column.combine_chunks().dictionary_encode()
    mapped = np.array([code_of.get(v, -1) for v in encoded.dictionary.to_pylist()],
                      dtype=np.int64)
    return mapped[indices(encoded)]


def main(gold_path: str, answers_path: str) -> None:
    with open(gold_path, encoding="utf-8") as handle:
        gold = [json.loads(line) for line in handle]
    labels = sorted({g["label"] for g in gold})
    label_code = {label: i for i, label in enumerate(labels)}
    gold_at = {g["id"]: i for i, g in enumerate(gold)}
    gold_codes = np.array([label_code[g["label"]] for g in gold])

    table = csv.read_csv(answers_path)
    names = table["annotator"].combine_chunks().dictionary_encode()
    who = indices(names)
    item = codes(table["item"], gold_at)
    given = codes(table["label"], label_code)

    keep = (item >= 0) & (given >= 0)
    k = len(labels)
    cells = (who[keep] * k + gold_codes[item[keep]]) * k + given[keep]
    counts = np.bincount(cells, minlength=len(names.dictionary) * k * k)
    counts = counts.reshape(-1, k, k)
    accuracy = np.trace(counts, axis1=1, axis2=2) / counts.sum(axis=(1, 2))
    print(f"annotators {len(accuracy)}, mean accuracy {accuracy.mean():.4f}")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
