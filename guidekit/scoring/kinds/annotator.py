"""A kind's figures as the report's AnnotatorScore and Overall.

The columns every format shows mean, for these kinds: gold answered =
gold items answered; correct = exact matches; accuracy = exact-match
rate with its Wilson interval; macro-F1 = macro-F1 under "labels"
(multi_label), "exact" (span) or over scale points as classes (rating).
Kappa is the quadratic weighted kappa for rating; multi_label and span
have no kappa (Figure.missing), and a kappa threshold is not applied to
them (api.py leaves it out). Confusion is over scale points for rating
and empty otherwise; flags ("near chance", "one label") are for rating.
"""

from __future__ import annotations

from guidekit.scoring.annotators import frozen, top_confusions
from guidekit.scoring.figures import Figure
from guidekit.scoring.kinds.figures import KindFigures
from guidekit.scoring.kinds.tally import KindTables
from guidekit.scoring.labelscores import label_scores, macro_f1
from guidekit.scoring.metrics import chance_agreement
from guidekit.scoring.report import AnnotatorScore, Flag, Overall
from guidekit.scoring.verdicts import flags, verdict
from guidekit.spec.models import Scoring


def no_kappa(kind: str) -> Figure:
    return Figure.missing(f"no kappa for {kind} tasks; see the task figures")


def annotator_score(kind: str, figs: KindFigures, labels: tuple[str, ...],
                    tables: KindTables, scoring: Scoring) -> AnnotatorScore:
    """The report row of one annotator, from its kind figures."""
    name, n = figs.annotator or "", figs.items
    matrix = [list(row) for row in figs.rating.confusion] if figs.rating else []
    kappa = figs.rating.quadratic_kappa if figs.rating else no_kappa(kind)
    status, reasons = verdict(n, figs.exact_rate, kappa, scoring)
    return AnnotatorScore(
        name, n, figs.exact, figs.exact_rate, figs.interval, kappa,
        chance_agreement(matrix) if matrix else no_kappa(kind),
        _macro(figs, labels), status, reasons,
        _flags(n, kappa, matrix, labels, scoring) if matrix else (),
        frozen(matrix), top_confusions(matrix, labels) if matrix else (),
        tables.non_gold[name], tables.unknown[name], tables.duplicates[name])


def overall(kind: str, figs: KindFigures, labels: tuple[str, ...]) -> Overall:
    """The pooled block of the report, from the pooled kind figures."""
    if figs.rating is not None:
        matrix = [list(row) for row in figs.rating.confusion]
        per_label = label_scores(labels, matrix)
        return Overall(figs.exact_rate, figs.rating.quadratic_kappa,
                       macro_f1(per_label), tuple(per_label), frozen(matrix))
    main = figs.matches[0]
    return Overall(figs.exact_rate, no_kappa(kind), main.macro_f1,
                   main.per_label, ())


def _macro(figs: KindFigures, labels: tuple[str, ...]) -> Figure:
    if figs.rating is None:
        return figs.matches[0].macro_f1
    matrix = [list(row) for row in figs.rating.confusion]
    return macro_f1(label_scores(labels, matrix))


def _flags(n: int, kappa: Figure, matrix: list[list[int]], labels: tuple[str, ...],
           scoring: Scoring) -> tuple[Flag, ...]:
    given = [sum(row[j] for row in matrix) for j in range(len(labels))]
    return flags(n, kappa, given, labels, scoring.min_gold)
