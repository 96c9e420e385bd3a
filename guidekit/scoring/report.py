"""The score report: plain frozen records, the same for every format."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from guidekit.scoring.agreement import Agreement
from guidekit.scoring.buckets import RowRef
from guidekit.scoring.diagnostics import Diagnostics
from guidekit.scoring.figures import Figure, Interval
from guidekit.scoring.kinds.figures import TaskFigures
from guidekit.scoring.labelscores import LabelScore
from guidekit.scoring.provenance_report import Provenance

Verdict = Literal["pass", "fail", "borderline", "not enough gold"]
Matrix = tuple[tuple[int, ...], ...]
NOT_COMPUTED = Interval.missing("not computed", 0.95)


@dataclass(frozen=True)
class Flag:
    """A warning sign about an annotator, and the figures behind it."""

    name: str
    reason: str


@dataclass(frozen=True)
class Confusion:
    """Gold said `gold`, the annotator said `given`, `count` times."""

    gold: str
    given: str
    count: int


@dataclass(frozen=True)
class AnnotatorScore:
    """One annotator against gold; `confusion` rows gold, columns given."""

    annotator: str
    gold_answered: int
    correct: int
    accuracy: Figure
    interval: Interval
    kappa: Figure
    chance: Figure
    macro_f1: Figure
    verdict: Verdict
    reasons: tuple[str, ...]
    flags: tuple[Flag, ...]
    confusion: Matrix
    top_confusions: tuple[Confusion, ...]
    non_gold: int
    unknown_labels: int
    duplicates: int
    #: Seeded bootstrap intervals (see bootstrap_kappa); NOT_COMPUTED if absent.
    kappa_interval: Interval = NOT_COMPUTED
    macro_f1_interval: Interval = NOT_COMPUTED


@dataclass(frozen=True)
class Totals:
    """Where every row read went: rows = gold + non_gold + unknown + ...."""

    rows: int
    gold: int
    non_gold: int
    unknown_labels: int
    duplicates: int
    duplicates_differing: int
    skipped: int


@dataclass(frozen=True)
class SpecInfo:
    """Which guideline and which gold a report was made against."""

    id: str
    title: str
    version: str
    path: str
    gold_fingerprint: str
    gold_items: int
    min_gold: int
    pass_accuracy: float | None
    pass_kappa: float | None


@dataclass(frozen=True)
class Overall:
    """Every annotator's gold answers pooled into one confusion matrix."""

    accuracy: Figure
    kappa: Figure
    macro_f1: Figure
    per_label: tuple[LabelScore, ...]
    confusion: Matrix
    #: Seeded bootstrap intervals over the pooled matrix (see bootstrap_kappa).
    kappa_interval: Interval = NOT_COMPUTED
    macro_f1_interval: Interval = NOT_COMPUTED


@dataclass(frozen=True)
class ScoreReport:
    """Everything `guidekit score` reports; annotators worst first.

    Worst first means lowest accuracy first, then more gold answered
    first; annotators with no gold answered come last.
    """

    spec: SpecInfo
    files: tuple[str, ...]
    lenient: bool
    labels: tuple[str, ...]
    annotators: tuple[AnnotatorScore, ...]
    overall: Overall
    totals: Totals
    unknown_values: tuple[tuple[str, int], ...]
    unknown_examples: tuple[RowRef, ...]
    duplicate_examples: tuple[RowRef, ...]
    skipped: tuple[RowRef, ...]
    agreement: Agreement | None = None
    #: Records a tool export marks (kind, count): see rows.Note; not rows.
    notes: tuple[tuple[str, int], ...] = ()
    note_examples: tuple[RowRef, ...] = ()
    #: Guideline diagnostics (per rule, confusions, suspect gold): diagnostics.py.
    diagnostics: Diagnostics | None = None
    #: Figures by source, pre-labels, calibration, versions: provenance_report.py.
    provenance: Provenance | None = None
    #: multi_label, span and rating figures (kinds/figures.py); None for
    #: single_label. Those kinds leave agreement, diagnostics and provenance None.
    task: TaskFigures | None = None
