"""Per-annotator figures, all from the (annotator, gold, given) counts."""

from __future__ import annotations

import heapq
from collections import Counter
from dataclasses import replace

from guidekit.scoring.bootstrap_kappa import MatrixBootstrap, bootstrap_matrices
from guidekit.scoring.labelscores import label_scores, macro_f1
from guidekit.scoring.metrics import (
    chance_agreement,
    cohen_kappa,
    observed_agreement,
    wilson_interval,
)
from guidekit.scoring.report import AnnotatorScore, Confusion, Matrix, Overall
from guidekit.scoring.tables import CountTables
from guidekit.scoring.verdicts import flags, verdict
from guidekit.spec.models import Scoring

TOP_CONFUSIONS = 3


def confusion_matrices(answers: Counter[tuple[str, str, str]],
                       labels: tuple[str, ...]) -> dict[str, list[list[int]]]:
    """annotator -> k x k counts, rows gold and columns given, in `labels` order."""
    at = {label: i for i, label in enumerate(labels)}
    size = len(labels)
    out: dict[str, list[list[int]]] = {}
    for (annotator, gold, given), count in answers.items():
        matrix = out.setdefault(annotator, [[0] * size for _ in range(size)])
        matrix[at[gold]][at[given]] += count
    return out


def score_annotator(annotator: str, matrix: list[list[int]], labels: tuple[str, ...],
                    tables: CountTables, scoring: Scoring, *,
                    bootstrap: MatrixBootstrap | None = None) -> AnnotatorScore:
    """Every figure, the verdict and the flags for one annotator.

    `bootstrap` is this matrix's bootstrap_kappa result when computed in a
    batch (bootstrap_kappa.by_annotator, faster); the same when left out.
    """
    n = sum(map(sum, matrix))
    correct = sum(matrix[i][i] for i in range(len(labels)))
    accuracy, kappa = observed_agreement(matrix), cohen_kappa(matrix)
    interval, chance = wilson_interval(correct, n), chance_agreement(matrix)
    given = [sum(row[j] for row in matrix) for j in range(len(labels))]
    boot = bootstrap or bootstrap_matrices([matrix])[0]
    status, reasons = verdict(n, accuracy, kappa, scoring,
                              kappa_interval=boot.kappa)
    return AnnotatorScore(
        annotator, n, correct, accuracy, interval, kappa, chance,
        macro_f1(label_scores(labels, matrix)), status, reasons,
        flags(n, kappa, given, labels, scoring.min_gold) if n else (),
        frozen(matrix), top_confusions(matrix, labels),
        tables.non_gold[annotator], tables.unknown[annotator],
        tables.duplicates[annotator], boot.kappa, boot.macro_f1)


def with_intervals(overall: Overall) -> Overall:
    """`overall` with bootstrap intervals over its pooled confusion matrix."""
    boot = bootstrap_matrices([overall.confusion])[0]
    return replace(overall, kappa_interval=boot.kappa,
                   macro_f1_interval=boot.macro_f1)


def top_confusions(matrix: list[list[int]],
                   labels: tuple[str, ...]) -> tuple[Confusion, ...]:
    """The most frequent (gold, given) disagreements, most frequent first."""
    cells = ((-count, i, j) for i, row in enumerate(matrix)
             for j, count in enumerate(row) if i != j and count)
    return tuple(Confusion(labels[i], labels[j], -count)
                 for count, i, j in heapq.nsmallest(TOP_CONFUSIONS, cells))


def worst_first(scores: list[AnnotatorScore]) -> list[AnnotatorScore]:
    """Lowest accuracy first, then more gold answered; no gold answered last."""
    def key(s: AnnotatorScore) -> tuple[bool, float, int, str]:
        value = s.accuracy.value
        missing = value is None
        return missing, 0.0 if value is None else value, -s.gold_answered, s.annotator
    return sorted(scores, key=key)


def frozen(matrix: list[list[int]]) -> Matrix:
    return tuple(tuple(row) for row in matrix)
