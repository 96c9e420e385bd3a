"""What scoring needs from a spec: the label axis, aliases and gold answers.

Submitted labels are matched after NFC normalisation and stripping of
outer spaces, exactly and case-sensitively, against each label's value
and then its aliases; the first label to claim a spelling keeps it (the
spec check `alias-conflict` reports such clashes). Item ids are matched
in the same normal form. A gold item whose `also` lists other values
accepts those answers as right. Only single_label tasks are scored for
now; other task kinds raise ScoringError.
"""

from __future__ import annotations

from dataclasses import dataclass

from guidekit.errors import GuidekitError
from guidekit.spec.models import GoldItem, Spec
from guidekit.spec.spellings import label_spellings, normal


class ScoringError(GuidekitError):
    """A spec that scoring cannot use, and why."""


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
        """The key of a single_label spec; raise ScoringError for any other."""
        gold = _labelled(spec)
        labels = list(spec.label_values())
        labels += [value for _, value in gold if value not in labels]
        spellings = label_spellings(spec)
        answers: dict[str, Answer] = {}
        for item, value in gold:
            answer = Answer(value, frozenset([value, *item.also]))
            answers.setdefault(normal(item.id), answer)
        return cls(tuple(dict.fromkeys(labels)), spellings, answers)

    def label_of(self, given: str) -> str | None:
        """The label value that `given` spells, or None."""
        return self.spellings.get(normal(given))


def _labelled(spec: Spec) -> list[tuple[GoldItem, str]]:
    kind = spec.task.kind
    if kind != "single_label":
        raise ScoringError(f"scoring does not support {kind} tasks yet, only "
                           f"single_label (spec '{spec.id}')")
    found = []
    for item in spec.gold:
        if item.label is None:
            raise ScoringError(f"gold '{item.id}' has no label; a single_label "
                               "task needs one (run guidekit validate)")
        found.append((item, item.label))
    return found
