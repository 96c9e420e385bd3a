"""Diagnostics that point at the guideline: plain frozen records.

Every figure here pools the first answer of every annotator to every
gold item (CountTables.given joined to the spec's gold); an answer that
gold's `also` accepts counts as right, as everywhere in scoring.

- `per_rule`, `per_tag`, `per_difficulty`: accuracy of the answers to
  the gold items that cite a rule id, carry a tag or a difficulty; an
  item citing two rules counts in both. Worst first: lowest accuracy,
  then more answers, then name.
- `confusions`: the off-diagonal cells of the pooled confusion matrix
  (gold said one label, the answer another), most frequent first, each
  with the rules that separate the two labels (see
  `guidekit.scoring.separating`).
- `suspect_gold`: gold items the annotators who pass overall mostly
  answer with one other label (see `guidekit.scoring.suspect_gold`).
- `flagged`: annotators flagged "near chance" or "one label", heaviest
  first, with how many items they answered in all (gold or not).

Built by `guidekit.scoring.diagnose.diagnose`.
"""

from __future__ import annotations

from dataclasses import dataclass

from guidekit.scoring.figures import Figure, Interval


@dataclass(frozen=True)
class GroupScore:
    """Pooled accuracy on the gold items of one rule, tag or difficulty."""

    name: str
    items: int
    answers: int
    correct: int
    accuracy: Figure
    interval: Interval


@dataclass(frozen=True)
class RuleRef:
    """A rule of the spec: its id (or place), its label and why it is listed."""

    rule: str
    label: str
    why: str


@dataclass(frozen=True)
class ConfusedPair:
    """Gold said `gold`, answers said `given` `count` times.

    `share` is count over the `gold` row of the pooled confusion matrix
    (an answer gold's `also` accepts sits in the row of the label given,
    as in that matrix); `declared` says whether either label lists the
    other in confused_with.
    """

    gold: str
    given: str
    count: int
    share: Figure
    declared: bool
    rules: tuple[RuleRef, ...]


@dataclass(frozen=True)
class SuspectItem:
    """A gold item that the passing annotators mostly answer otherwise."""

    item: str
    gold: str
    crowd: str
    agreeing: int
    passing: int
    counts: tuple[tuple[str, int], ...]


@dataclass(frozen=True)
class FlaggedAnnotator:
    """An annotator flagged near chance or one label, with their volume."""

    annotator: str
    flags: tuple[str, ...]
    answered: int
    gold_answered: int
    accuracy: Figure
    interval: Interval
    kappa: Figure


@dataclass(frozen=True)
class SuspectRule:
    """Who counts as passing, and how many agree before an item is suspect."""

    passing: int
    min_answers: int
    min_share: float


@dataclass(frozen=True)
class Diagnostics:
    """All of the above; see the module text."""

    per_rule: tuple[GroupScore, ...]
    per_tag: tuple[GroupScore, ...]
    per_difficulty: tuple[GroupScore, ...]
    confusions: tuple[ConfusedPair, ...]
    suspect_gold: tuple[SuspectItem, ...]
    suspect_rule: SuspectRule
    flagged: tuple[FlaggedAnnotator, ...]
