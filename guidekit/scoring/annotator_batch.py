"""Every annotator's figures in one pass over the count cube.

`score_annotator` (annotators.py) makes one annotator's record from its
matrix and stays the reference; `score_all` makes the same records for
every annotator of a CountTables at once. The margins of all matrices
(N, the diagonal, row and column sums, sum_i r_i c_i) are exact integers
from numpy over the cube, and each figure is then divided out by the
same functions metrics.py and labelscores.py use, so the floats are the
same bits. The bootstrap draws are made once for all (bootstrap_kappa).
"""

from __future__ import annotations

import numpy as np
from numpy.typing import NDArray

from guidekit.scoring.annotators import TOP_CONFUSIONS, frozen
from guidekit.scoring.bootstrap_kappa import MatrixBootstrap, bootstrap_matrices
from guidekit.scoring.labelscores import macro_f1_from
from guidekit.scoring.metrics import (
    agreement_from,
    chance_from,
    kappa_from,
    wilson_interval,
)
from guidekit.scoring.report import AnnotatorScore, Confusion
from guidekit.scoring.tables import CountTables
from guidekit.scoring.verdicts import flags, verdict
from guidekit.spec.models import Scoring

Cube = NDArray[np.int64]


def score_all(tables: CountTables, labels: tuple[str, ...],
              scoring: Scoring) -> list[AnnotatorScore]:
    """score_annotator for every annotator of `tables`, in code order."""
    names, k = tables.first.annotators, len(labels)
    cube = tables.cube if len(tables.cube) == len(names) else np.zeros(
        (len(names), k, k), dtype=np.int64)
    boots = bootstrap_matrices(cube) if len(cube) else []
    rows, cols = cube.sum(axis=2), cube.sum(axis=1)
    diagonal = cube.diagonal(axis1=1, axis2=2)
    columns = zip(names, cube.tolist(), rows.tolist(), cols.tolist(),
                  diagonal.tolist(), (rows * cols).sum(axis=1).tolist(), boots,
                  top_confusions_all(cube, labels), strict=True)
    return [_record(tables, labels, scoring, *column) for column in columns]


def _record(tables: CountTables, labels: tuple[str, ...], scoring: Scoring,
            name: str, matrix: list[list[int]], rows: list[int], cols: list[int],
            diagonal: list[int], products: int, boot: MatrixBootstrap,
            tops: tuple[Confusion, ...]) -> AnnotatorScore:
    n, correct = sum(rows), sum(diagonal)
    accuracy, kappa = agreement_from(n, correct), kappa_from(n, correct, products)
    status, reasons = verdict(n, accuracy, kappa, scoring, kappa_interval=boot.kappa)
    return AnnotatorScore(
        name, n, correct, accuracy, wilson_interval(correct, n), kappa,
        chance_from(n, products), macro_f1_from(diagonal, rows, cols), status,
        reasons, flags(n, kappa, cols, labels, scoring.min_gold) if n else (),
        frozen(matrix), tops, tables.non_gold[name], tables.unknown[name],
        tables.duplicates[name], boot.kappa, boot.macro_f1)


def top_confusions_all(cube: Cube,
                       labels: tuple[str, ...]) -> list[tuple[Confusion, ...]]:
    """annotators.top_confusions for each matrix of `cube`.

    A stable sort on the count, most first, keeps ties in row-major cell
    order: the (-count, gold, given) order top_confusions takes.
    """
    k = len(labels)
    flat = cube.reshape(len(cube), k * k).copy()
    flat[:, ::k + 1] = 0
    order = np.argsort(-flat, axis=1, kind="stable")[:, :TOP_CONFUSIONS]
    counts = np.take_along_axis(flat, order, axis=1)
    return [tuple(Confusion(labels[cell // k], labels[cell % k], count)
                  for cell, count in zip(cells, found, strict=True) if count)
            for cells, found in zip(order.tolist(), counts.tolist(), strict=True)]
