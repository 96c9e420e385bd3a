"""Provenance tallies by agent, by reviewer, and confidence bins per group.

Fed by provenance.ProvenanceTables.add, one kept answer at a time:

- per `agent` (a model name and version, say): answers, gold answered,
  correct. Answers without an agent are not tallied here.
- per `reviewer`, over the rows that reviewer signed off (the row's
  label is the reviewed label): rows, gold answered, correct; and where
  the row has a pre-label a spelling matches, how often the reviewed
  label is the pre-label (kept), and on gold items whose pre-label gold
  does not accept, how often it was kept anyway (rubber-stamped).
- confidence bins per group (source, agent), a source missing as
  "unspecified" and an agent missing as "", beside the pooled bins.

Bins are ten equal-width [k/10, (k+1)/10), the last closed at 1.
"""

from __future__ import annotations

from dataclasses import dataclass, field

BINS = 10
Group = tuple[str, str]


@dataclass
class Bin:
    """Answers with a confidence in one bin: count, summed confidence, correct."""

    count: int = 0
    confidence: float = 0.0
    correct: int = 0


def new_bins() -> list[Bin]:
    return [Bin() for _ in range(BINS)]


def put(bins: list[Bin], confidence: float, right: bool) -> None:
    """Count one gold answer with its confidence in its bin."""
    slot = bins[min(int(confidence * BINS), BINS - 1)]
    slot.count += 1
    slot.confidence += confidence
    slot.correct += right


@dataclass
class Tally:
    """Answers, gold answered and correct."""

    answers: int = 0
    gold: int = 0
    correct: int = 0

    def add(self, gold: bool, right: bool) -> None:
        self.answers += 1
        self.gold += gold
        self.correct += right


@dataclass
class Review(Tally):
    """A reviewer's rows, and the pre-labels they let stand."""

    prelabelled: int = 0
    kept: int = 0
    wrong: int = 0
    stamped: int = 0

    def prelabel(self, kept: bool, wrong_on_gold: bool) -> None:
        self.prelabelled += 1
        self.kept += kept
        self.wrong += wrong_on_gold
        self.stamped += kept and wrong_on_gold


@dataclass
class GroupTables:
    """Tallies by agent and reviewer, and confidence bins by (source, agent)."""

    agents: dict[str, Tally] = field(default_factory=dict)
    reviewers: dict[str, Review] = field(default_factory=dict)
    calibration: dict[Group, list[Bin]] = field(default_factory=dict)

    def answer(self, agent: str | None, reviewer: str | None, gold: bool,
               right: bool) -> Review | None:
        """Tally one answer; the reviewer's Review (for its pre-label), if any."""
        if agent is not None:
            self.agents.setdefault(agent, Tally()).add(gold, right)
        if reviewer is None:
            return None
        review = self.reviewers.setdefault(reviewer, Review())
        review.add(gold, right)
        return review

    def confidence(self, group: Group, confidence: float, right: bool) -> None:
        put(self.calibration.setdefault(group, new_bins()), confidence, right)
