"""Per-label precision, recall and F1, and their macro average.

Input is a confusion matrix n[i][j] (rows gold, columns given, k x k) as
in `guidekit.scoring.metrics`. For label i, with tp = n[i][i]:

    precision = tp / c_i   (undefined when no answer gave label i)
    recall    = tp / r_i   (undefined when gold never has label i)
    F1        = 2 tp / (r_i + c_i)

F1 in that form equals the harmonic mean of precision and recall when
both exist, is 0 when the label occurs on one side only, and is
undefined only when the label occurs on neither side. Macro-F1 is the
plain mean of F1 over the labels that occur in gold or in the answers;
labels absent from both are left out of the mean, the same labels
scikit-learn's f1_score(average="macro") uses when not told otherwise.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from guidekit.scoring.figures import Figure
from guidekit.scoring.metrics import Matrix, check_matrix


@dataclass(frozen=True)
class LabelScore:
    """How well answers match gold for one label."""

    label: str
    gold: int
    given: int
    correct: int
    precision: Figure
    recall: Figure
    f1: Figure


def label_scores(labels: Sequence[str], matrix: Matrix) -> list[LabelScore]:
    """Precision, recall and F1 for each of `labels`, in their order.

    >>> [s.f1.text() for s in label_scores(["y", "n"], [[3, 1], [0, 4]])]
    ['0.857', '0.889']
    """
    check_matrix(matrix)
    if len(labels) != len(matrix):
        raise ValueError(f"labels has {len(labels)} names for a "
                         f"{len(matrix)}-row matrix")
    golds, givens = list(map(sum, matrix)), list(map(sum, zip(*matrix, strict=True)))
    return [_one(label, matrix[i][i], golds[i], givens[i])
            for i, label in enumerate(labels)]


def _one(label: str, tp: int, gold: int, given: int) -> LabelScore:
    precision = (Figure.of(tp / given) if given
                 else Figure.missing(f"no answer gave '{label}'"))
    recall = (Figure.of(tp / gold) if gold
              else Figure.missing(f"gold never has '{label}'"))
    value = f1_value(tp, gold, given)
    f1 = (Figure.missing(f"'{label}' occurs in neither gold nor answers")
          if value is None else Figure.of(value))
    return LabelScore(label, gold, given, tp, precision, recall, f1)


def f1_value(tp: int, gold: int, given: int) -> float | None:
    """2 tp / (r_i + c_i), or None when the label occurs on neither side."""
    return 2 * tp / (gold + given) if gold + given else None


def macro_f1(scores: Sequence[LabelScore]) -> Figure:
    """Mean F1 over the labels that occur in gold or answers."""
    return _mean([s.f1.value for s in scores if s.f1.value is not None])


def macro_f1_from(tps: Sequence[int], golds: Sequence[int],
                  givens: Sequence[int]) -> Figure:
    """macro_f1 from each label's tp, gold and given counts, no records made."""
    values = (f1_value(*counts) for counts in zip(tps, golds, givens, strict=True))
    return _mean([v for v in values if v is not None])


def _mean(values: list[float]) -> Figure:
    if not values:
        return Figure.missing("no items")
    return Figure.of(sum(values) / len(values))
