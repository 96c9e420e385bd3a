"""Precision, recall and F1 from per-label match counts, micro and macro.

For each label, over the gold items compared: tp counts answered labels
(or spans) that match gold, fp answered ones that match nothing, fn gold
ones that nothing matches. What a match is depends on the kind (sets.py,
spans.py). Then, as in labelscores.py:

    precision = tp / (tp + fp)       undefined when no answer has the label
    recall    = tp / (tp + fn)       undefined when gold never has it
    F1        = 2 tp / (2 tp + fp + fn), undefined when neither side has it

Micro figures apply the same formulas to tp, fp and fn summed over the
labels; macro-F1 is the plain mean of F1 over the labels that occur in
gold or in the answers (scikit-learn's average="macro" over those labels).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from guidekit.scoring.figures import Figure
from guidekit.scoring.labelscores import LabelScore

#: label -> [tp, fp, fn]
Counts = dict[str, list[int]]


@dataclass(frozen=True)
class MatchFigures:
    """P/R/F1 under one way of matching: "labels", "exact" or "overlap"."""

    matching: str
    per_label: tuple[LabelScore, ...]
    precision: Figure
    recall: Figure
    micro_f1: Figure
    macro_f1: Figure


def match_figures(matching: str, labels: Sequence[str],
                  counts: Mapping[str, Sequence[int]]) -> MatchFigures:
    """Figures for `labels` in order, from label -> (tp, fp, fn).

    >>> m = match_figures("exact", ["a", "b"], {"a": [2, 1, 1], "b": [0, 0, 2]})
    >>> m.micro_f1.text(), m.macro_f1.text()
    ('0.500', '0.333')
    """
    per_label = [_label(label, *counts.get(label, (0, 0, 0))) for label in labels]
    tp, fp, fn = (sum(c[k] for c in counts.values()) for k in range(3))
    scored = [s.f1.value for s in per_label if s.f1.value is not None]
    macro = (Figure.of(sum(scored) / len(scored)) if scored
             else Figure.missing("no labels in gold or answers"))
    return MatchFigures(matching, tuple(per_label),
                        _ratio(tp, tp + fp, "no answer has a label"),
                        _ratio(tp, tp + fn, "gold has no labels"),
                        _ratio(2 * tp, 2 * tp + fp + fn,
                               "no labels in gold or answers"), macro)


def add_counts(total: Counts, more: Mapping[str, Sequence[int]]) -> None:
    """Add `more` into `total`, label by label."""
    for label, (tp, fp, fn) in more.items():
        into = total.setdefault(label, [0, 0, 0])
        into[0] += tp
        into[1] += fp
        into[2] += fn


def _label(label: str, tp: int, fp: int, fn: int) -> LabelScore:
    return LabelScore(
        label, tp + fn, tp + fp, tp,
        _ratio(tp, tp + fp, f"no answer has '{label}'"),
        _ratio(tp, tp + fn, f"gold never has '{label}'"),
        _ratio(2 * tp, 2 * tp + fp + fn,
               f"'{label}' occurs in neither gold nor answers"))


def _ratio(top: int, bottom: int, reason: str) -> Figure:
    return Figure.of(top / bottom) if bottom else Figure.missing(reason)
