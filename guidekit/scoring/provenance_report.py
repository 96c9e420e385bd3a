"""Provenance figures for the report, from provenance.ProvenanceTables.

Per source, accuracy against gold with a Wilson interval, as for people;
the same per agent and per reviewer (provenance_figures). Per annotator,
pre-label acceptance (kept / prelabelled) and the rubber-stamp rate
(kept / gold items whose prelabel gold does not accept). Calibration:
a reliability table and expected calibration error, pooled and per
(source, agent). Rows labelled under a guideline version other than the
spec's are grouped.
"""

from __future__ import annotations

from dataclasses import dataclass

from guidekit.scoring.figures import Figure, Interval
from guidekit.scoring.metrics import wilson_interval
from guidekit.scoring.provenance import ProvenanceTables
from guidekit.scoring.provenance_figures import (
    AgentScore,
    CalibrationGroup,
    ReliabilityBin,
    ReviewerScore,
    agent_scores,
    calibration_groups,
    ece,
    ratio,
    reliability,
    reviewer_scores,
)

__all__ = ["AgentScore", "CalibrationGroup", "PrelabelScore", "Provenance",
           "ReliabilityBin", "ReviewerScore", "SourceScore", "ece", "ratio",
           "summarize"]


@dataclass(frozen=True)
class SourceScore:
    """One source (human, model, ...) against gold."""

    source: str
    answers: int
    gold_answered: int
    correct: int
    accuracy: Figure
    interval: Interval


@dataclass(frozen=True)
class PrelabelScore:
    """How one annotator treated the labels a model suggested."""

    annotator: str
    prelabelled: int
    kept: int
    acceptance: Figure
    wrong_prelabels: int
    stamped: int
    rubber_stamp: Figure


@dataclass(frozen=True)
class Provenance:
    """Provenance figures; `other_versions` are (version, rows), most first.

    `prelabels` come highest rubber-stamp rate first; `reliability` holds
    all ten bins, empty ones too.
    """

    rows: int
    sources: tuple[SourceScore, ...]
    prelabels: tuple[PrelabelScore, ...]
    unknown_prelabels: tuple[tuple[str, int], ...]
    unknown_examples: tuple[tuple[str, int, str], ...]
    calibrated: int
    reliability: tuple[ReliabilityBin, ...]
    ece: Figure
    spec_version: str
    other_versions: tuple[tuple[str, int], ...]
    #: By agent (name order) and by reviewer (lowest accuracy first).
    agents: tuple[AgentScore, ...] = ()
    reviewers: tuple[ReviewerScore, ...] = ()
    #: Calibration per (source, agent), by name; the pooled figures above.
    calibration_groups: tuple[CalibrationGroup, ...] = ()


def summarize(tables: ProvenanceTables, spec_version: str) -> Provenance | None:
    """The figures, or None when no answer carried any provenance value."""
    if tables.rows == 0:
        return None
    answers, gold, correct = tables.sourced()
    sources = tuple(_source(name, answers[name], gold[name], correct[name])
                    for name in sorted(answers))
    prelabels = tuple(sorted((_prelabel(tables, name) for name in tables.prelabelled),
                             key=_stamping_first))
    bins = reliability(tables.bins)
    others = [(v, n) for v, n in tables.versions.most_common() if v != spec_version]
    return Provenance(
        tables.rows, sources, prelabels, tuple(tables.unknown_prelabels.most_common()),
        tuple(tables.unknown_examples), sum(b.count for b in tables.bins), bins,
        ece(tables.bins), spec_version, tuple(others),
        agent_scores(tables.groups), reviewer_scores(tables.groups),
        calibration_groups(tables.groups))


def _source(name: str, answers: int, gold: int, correct: int) -> SourceScore:
    return SourceScore(name, answers, gold, correct,
                       ratio(correct, gold, "no gold answered"),
                       wilson_interval(correct, gold))


def _prelabel(tables: ProvenanceTables, name: str) -> PrelabelScore:
    shown, kept = tables.prelabelled[name], tables.kept[name]
    wrong, stamped = tables.wrong_prelabel[name], tables.stamped[name]
    return PrelabelScore(name, shown, kept, ratio(kept, shown, "no prelabels"),
                         wrong, stamped,
                         ratio(stamped, wrong, "no gold item with a wrong prelabel"))


def _stamping_first(p: PrelabelScore) -> tuple[float, float, str]:
    """Highest rubber-stamp rate first, then highest acceptance, then name."""
    stamp, accept = p.rubber_stamp.value, p.acceptance.value
    return (1.0 if stamp is None else -stamp,
            1.0 if accept is None else -accept, p.annotator)
