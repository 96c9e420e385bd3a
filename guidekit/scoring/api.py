"""`score`: submissions against a spec's gold, as one ScoreReport."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from guidekit.scoring.agreement import agreement
from guidekit.scoring.annotator_batch import score_all
from guidekit.scoring.annotators import frozen, with_intervals, worst_first
from guidekit.scoring.answer_counts import ItemTable
from guidekit.scoring.columns import Columns
from guidekit.scoring.counting import count_tables
from guidekit.scoring.diagnose import diagnose
from guidekit.scoring.gold import GoldKey
from guidekit.scoring.labelscores import label_scores, macro_f1
from guidekit.scoring.metrics import cohen_kappa, observed_agreement
from guidekit.scoring.progress import Progress
from guidekit.scoring.provenance_report import summarize
from guidekit.scoring.read import reader_for
from guidekit.scoring.report import (
    Overall,
    ScoreReport,
    SpecInfo,
    Totals,
)
from guidekit.scoring.tables import CountTables
from guidekit.spec.loader import LoadedSpec

DEFAULT_COLUMNS = Columns()


def score(loaded: LoadedSpec, paths: Sequence[str | Path], *,
          columns: Columns = DEFAULT_COLUMNS, lenient: bool = False,
          progress: Progress | None = None) -> ScoreReport:
    """Score every annotator in the submission files against the spec's gold.

    Specs of the other task kinds are scored by kinds.score_kind. Raises
    InputError for an unreadable file, a missing column,
    or (unless `lenient`) a bad row; `lenient` skips bad rows and lists them.
    `progress(path, line)` is called now and then as the files are read.

    >>> report = score(load_spec("spec.yaml"), ["answers.csv"])  # doctest: +SKIP
    >>> report.annotators[0].accuracy.text()  # doctest: +SKIP
    '0.850'
    """
    if loaded.spec.task.kind != "single_label":
        from guidekit.scoring.kinds.api import score_kind  # only for these kinds
        return score_kind(loaded, paths, columns=columns, lenient=lenient,
                          progress=progress)
    key = GoldKey.from_spec(loaded.spec)
    for path in paths:
        reader_for(path, columns.input_format)
    tables = count_tables(paths, key, columns, lenient=lenient,
                          progress=progress)
    scores = score_all(tables, key.labels, loaded.spec.scoring)
    table = ItemTable.of(tables.first, key, gold=tables.gold)
    return ScoreReport(
        _spec_info(loaded), tuple(str(p) for p in paths), lenient, key.labels,
        tuple(worst_first(scores)), _overall(tables, key.labels),
        _totals(tables), tuple(tables.unknown_values.most_common()),
        tuple(tables.unknown_examples), tuple(tables.duplicate_examples),
        tuple(tables.skipped), agreement(tables.first, key, table=table),
        notes=tuple(sorted(tables.notes.items())),
        note_examples=tuple(tables.note_examples),
        diagnostics=diagnose(loaded.spec, key, tables, scores, table=table),
        provenance=summarize(tables.provenance, loaded.spec.version))


def _spec_info(loaded: LoadedSpec) -> SpecInfo:
    spec = loaded.spec
    return SpecInfo(spec.id, spec.title, spec.version, str(loaded.path),
                    loaded.gold_fingerprint, len(spec.gold), spec.scoring.min_gold,
                    spec.scoring.pass_.accuracy, spec.scoring.pass_.kappa)


def _overall(tables: CountTables, labels: tuple[str, ...]) -> Overall:
    pooled = tables.cube.sum(axis=0).tolist() if len(tables.cube) else [
        [0] * len(labels) for _ in labels]
    per_label = label_scores(labels, pooled)
    return with_intervals(Overall(
        observed_agreement(pooled), cohen_kappa(pooled), macro_f1(per_label),
        tuple(per_label), frozen(pooled)))


def _totals(tables: CountTables) -> Totals:
    return Totals(tables.rows, int(tables.cube.sum()),
                  sum(tables.non_gold.values()), sum(tables.unknown.values()),
                  sum(tables.duplicates.values()), tables.duplicates_differing,
                  len(tables.skipped))
