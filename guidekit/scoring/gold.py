"""What scoring needs from a spec: the label axis, aliases and gold answers.

Submitted labels are matched after NFC normalisation and stripping of
outer spaces, exactly and case-sensitively, against each label's value
and then its aliases; the first label to claim a spelling keeps it (the
spec check `alias-conflict` reports such clashes). Item ids are matched
in the same normal form. A gold item whose `also` lists other values
accepts those answers as right.
"""

from __future__ import annotations

from dataclasses import dataclass

from guidekit.scoring.rows import normal
from guidekit.spec.models import Spec


@dataclass(frozen=True)
class Answer:
    """The gold answer for one item: its label and the others accepted."""

    label: str
    accepted: frozenset[str]


@dataclass(frozen=True)
class GoldKey:
    """Labels in the spec's order, spellings to labels, item id to answer."""

    labels: tuple[str, ...]
    spellings: dict[str, str]
    answers: dict[str, Answer]

    @classmethod
    def from_spec(cls, spec: Spec) -> GoldKey:
        labels = list(spec.label_values())
        labels += [g.label for g in spec.gold if g.label not in labels]
        spellings: dict[str, str] = {}
        for label in spec.labels:
            spellings.setdefault(normal(label.value), label.value)
        for label in spec.labels:
            for alias in label.aliases:
                spellings.setdefault(normal(alias), label.value)
        answers: dict[str, Answer] = {}
        for gold in spec.gold:
            answer = Answer(gold.label, frozenset([gold.label, *gold.also]))
            answers.setdefault(normal(gold.id), answer)
        return cls(tuple(dict.fromkeys(labels)), spellings, answers)

    def label_of(self, given: str) -> str | None:
        """The label value that `given` spells, or None."""
        return self.spellings.get(normal(given))
