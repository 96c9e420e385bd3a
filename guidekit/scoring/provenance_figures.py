"""Provenance figures by agent, by reviewer and calibration per group.

Accuracy by agent and by reviewer is correct / gold answered with a
Wilson interval, as for people. A reviewer's acceptance is kept /
prelabelled over the rows they signed off, their rubber-stamp rate
kept / gold rows whose pre-label gold does not accept. Calibration:
per bin the count, mean confidence and accuracy, and the expected
calibration error ECE = sum_b n_b / N * |acc_b - conf_b| (Guo et al.
2017, "On calibration of modern neural networks"), pooled and per
(source, agent) group.
"""

from __future__ import annotations

from dataclasses import dataclass

from guidekit.scoring.figures import Figure, Interval
from guidekit.scoring.metrics import wilson_interval
from guidekit.scoring.provenance_tally import BINS, Bin, GroupTables, Review, Tally


@dataclass(frozen=True)
class AgentScore:
    """One agent (a model name and version, say) against gold."""

    agent: str
    answers: int
    gold_answered: int
    correct: int
    accuracy: Figure
    interval: Interval


@dataclass(frozen=True)
class ReviewerScore:
    """The rows one reviewer signed off: the reviewed label against gold."""

    reviewer: str
    reviewed: int
    gold_reviewed: int
    correct: int
    accuracy: Figure
    interval: Interval
    prelabelled: int
    kept: int
    acceptance: Figure
    wrong_prelabels: int
    stamped: int
    rubber_stamp: Figure


@dataclass(frozen=True)
class ReliabilityBin:
    """Answers with confidence in [low, high): mean confidence and accuracy."""

    low: float
    high: float
    count: int
    confidence: Figure
    accuracy: Figure
    correct: int = 0


@dataclass(frozen=True)
class CalibrationGroup:
    """Calibration of one (source, agent); agent "" when rows name none."""

    source: str
    agent: str
    calibrated: int
    reliability: tuple[ReliabilityBin, ...]
    ece: Figure


def ratio(part: int, whole: int, reason: str) -> Figure:
    """part / whole, or undefined with `reason` when whole is 0."""
    return Figure.of(part / whole) if whole else Figure.missing(reason)


def ece(bins: list[Bin]) -> Figure:
    """Expected calibration error over the bins; undefined with no answers."""
    total = sum(b.count for b in bins)
    if total == 0:
        return Figure.missing("no gold answers with a confidence")
    gap = sum(abs(b.correct - b.confidence) for b in bins if b.count)
    return Figure.of(gap / total)


def reliability(bins: list[Bin]) -> tuple[ReliabilityBin, ...]:
    """Every bin, empty ones too, with its mean confidence and accuracy."""
    empty = "no answers in this bin"
    return tuple(ReliabilityBin(
        k / BINS, (k + 1) / BINS, b.count,
        Figure.of(b.confidence / b.count) if b.count else Figure.missing(empty),
        ratio(b.correct, b.count, empty), b.correct) for k, b in enumerate(bins))


def agent_scores(groups: GroupTables) -> tuple[AgentScore, ...]:
    """Every agent, by name."""
    return tuple(_agent(name, t) for name, t in sorted(groups.agents.items()))


def reviewer_scores(groups: GroupTables) -> tuple[ReviewerScore, ...]:
    """Every reviewer, lowest accuracy first (undefined last), then name."""
    found = [_reviewer(name, r) for name, r in groups.reviewers.items()]
    return tuple(sorted(found, key=lambda r: (
        r.accuracy.value is None, r.accuracy.value or 0.0, r.reviewer)))


def calibration_groups(groups: GroupTables) -> tuple[CalibrationGroup, ...]:
    """Every (source, agent) with a gold answer carrying a confidence, by name."""
    return tuple(CalibrationGroup(source, agent, sum(b.count for b in bins),
                                  reliability(bins), ece(bins))
                 for (source, agent), bins in sorted(groups.calibration.items()))


def _agent(name: str, t: Tally) -> AgentScore:
    return AgentScore(name, t.answers, t.gold, t.correct,
                      ratio(t.correct, t.gold, "no gold answered"),
                      wilson_interval(t.correct, t.gold))


def _reviewer(name: str, r: Review) -> ReviewerScore:
    return ReviewerScore(
        name, r.answers, r.gold, r.correct,
        ratio(r.correct, r.gold, "no gold item reviewed"),
        wilson_interval(r.correct, r.gold), r.prelabelled, r.kept,
        ratio(r.kept, r.prelabelled, "no reviewed row with a known prelabel"),
        r.wrong, r.stamped,
        ratio(r.stamped, r.wrong, "no reviewed gold item with a wrong prelabel"))
