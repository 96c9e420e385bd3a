"""`score_kind`: multi_label, span and rating submissions as one ScoreReport.

The report is the one single_label scoring makes, read as annotator.py
says (correct = exact matches, accuracy = exact-match rate), with the
kind's own figures in `report.task`. Agreement among annotators,
diagnostics and provenance are not computed for these kinds (None). A
kappa threshold in scoring.pass is applied to rating tasks (quadratic
weighted kappa) only; multi_label and span have no kappa, so the
threshold is left out of verdicts and `--check`, and a note says so.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from guidekit.scoring.annotators import worst_first
from guidekit.scoring.columns import Columns
from guidekit.scoring.kinds.annotator import annotator_score, overall
from guidekit.scoring.kinds.counts import pooled
from guidekit.scoring.kinds.figures import KindFigures, TaskFigures, kind_figures
from guidekit.scoring.kinds.key import Kind, SetKind, SpanKind, kind_for
from guidekit.scoring.kinds.tally import KindTables, tally
from guidekit.scoring.progress import Progress
from guidekit.scoring.read import reader_for
from guidekit.scoring.report import AnnotatorScore, ScoreReport, SpecInfo, Totals
from guidekit.spec.loader import LoadedSpec
from guidekit.spec.models import Scoring

DEFAULT_COLUMNS = Columns()
NOTES = {
    "multi_label": ("labels in a gold item's `also` count neither for nor against "
                    "an answer; exact match: the answer has every gold label and "
                    "no other except those", "the Jaccard index of two empty sets "
                    "is 1 (no label applies, none given)"),
    "span": ("exact: same start, end and label; overlap: same label and at least "
             "one shared character, matched one to one, largest overlap first",
             "an item is an exact match when its spans are exactly gold's"),
    "rating": ("weighted kappa (Cohen 1968) over the scale's points in order; "
               "mean absolute error in scale steps",),
}


def score_kind(loaded: LoadedSpec, paths: Sequence[str | Path], *,
               columns: Columns = DEFAULT_COLUMNS, lenient: bool = False,
               progress: Progress | None = None) -> ScoreReport:
    """Score a multi_label, span or rating spec's submissions against gold.

    Raises ScoringError for a single_label spec or gold without answers,
    InputError for an unreadable file, a missing column or (unless
    `lenient`) a bad row, as `guidekit.scoring.api.score` does.

    >>> report = score_kind(load_spec("spec.yaml"), ["a.jsonl"])  # doctest: +SKIP
    >>> report.task.pooled.exact_rate.text()  # doctest: +SKIP
    '0.700'
    """
    spec = loaded.spec
    kind = kind_for(spec)
    for path in paths:
        reader_for(path, columns.input_format)
    tables = tally(paths, kind, columns, lenient=lenient, progress=progress)
    no_kappa = isinstance(kind, SetKind | SpanKind)
    scoring = _without_kappa(spec.scoring) if no_kappa else spec.scoring
    scores, task = _figures(kind, tables, scoring)
    task = replace(task, notes=_notes(kind.name, spec.scoring, no_kappa))
    return ScoreReport(
        _spec_info(loaded, scoring), tuple(str(p) for p in paths), lenient,
        kind.labels, scores, overall(kind.name, task.pooled, kind.labels),
        _totals(tables, task.pooled), tuple(tables.unknown_values.most_common()),
        tuple(tables.unknown_examples), tuple(tables.duplicate_examples),
        tuple(tables.skipped), None, notes=tuple(sorted(tables.notes.items())),
        note_examples=tuple(tables.note_examples), task=task)


def _figures(kind: Kind[Any], tables: KindTables,
             scoring: Scoring) -> tuple[tuple[AnnotatorScore, ...], TaskFigures]:
    """Report rows worst first, and the task figures in the same order."""
    figures = {name: kind_figures(kind.name, name, t, kind.labels, kind.points)
               for name, t in tables.tallies.items()}
    scores = worst_first([annotator_score(kind.name, f, kind.labels, tables,
                                          scoring) for f in figures.values()])
    both = kind_figures(kind.name, None, pooled(list(tables.tallies.values())),
                        kind.labels, kind.points)
    return tuple(scores), TaskFigures(kind.name, (), both,
                                      tuple(figures[s.annotator] for s in scores))


def _without_kappa(scoring: Scoring) -> Scoring:
    thresholds = scoring.pass_.model_copy(update={"kappa": None})
    return scoring.model_copy(update={"pass_": thresholds})


def _notes(kind: str, scoring: Scoring, no_kappa: bool) -> tuple[str, ...]:
    kappa = scoring.pass_.kappa
    if no_kappa and kappa is not None:
        return (*NOTES[kind], f"the kappa threshold {kappa:g} is not applied: "
                f"{kind} tasks have no kappa")
    return NOTES[kind]


def _spec_info(loaded: LoadedSpec, scoring: Scoring) -> SpecInfo:
    spec = loaded.spec
    return SpecInfo(spec.id, spec.title, spec.version, str(loaded.path),
                    loaded.gold_fingerprint, len(spec.gold), scoring.min_gold,
                    scoring.pass_.accuracy, scoring.pass_.kappa)


def _totals(tables: KindTables, both: KindFigures) -> Totals:
    return Totals(tables.rows, both.items, sum(tables.non_gold.values()),
                  sum(tables.unknown.values()), sum(tables.duplicates.values()),
                  tables.duplicates_differing, len(tables.skipped))
