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
from guidekit.spec.gold_columns import column
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
        values = _labelled(spec)
        labels = tuple(dict.fromkeys([*spec.label_values(), *values]))
        return cls(labels, label_spellings(spec), gold_answers(spec.gold, values))

    def label_of(self, given: str) -> str | None:
        """The label value that `given` spells, or None."""
        return self.spellings.get(normal(given))


def gold_answers(gold: list[GoldItem], values: list[str]) -> dict[str, Answer]:
    """Normal item id to answer, as answers_one_by_one makes it, a column at
    a time: one Answer for all the items of a label that have no `also`.

    `values` are the items' labels. When a normal id repeats, the plain
    way decides which item keeps it.
    """
    ids = list(map(normal, column(gold, "id")))
    shared = {value: Answer(value, frozenset([value])) for value in set(values)}
    found = [shared[value] if not also else Answer(value, frozenset([value, *also]))
             for value, also in zip(values, column(gold, "also"), strict=True)]
    answers = dict(zip(ids, found, strict=True))
    return answers if len(answers) == len(ids) else answers_one_by_one(gold, values)


def answers_one_by_one(gold: list[GoldItem], values: list[str]) -> dict[str, Answer]:
    """The plain way: the first item of a normal id keeps it."""
    answers: dict[str, Answer] = {}
    for item, value in zip(gold, values, strict=True):
        answer = Answer(value, frozenset([value, *item.also]))
        answers.setdefault(normal(item.id), answer)
    return answers


def _labelled(spec: Spec) -> list[str]:
    """Each gold item's label, or ScoringError for the first without one."""
    kind = spec.task.kind
    if kind != "single_label":
        raise ScoringError(f"scoring does not support {kind} tasks yet, only "
                           f"single_label (spec '{spec.id}')")
    values = column(spec.gold, "label")
    if None in values:
        item = spec.gold[values.index(None)]
        raise ScoringError(f"gold '{item.id}' has no label; a single_label "
                           "task needs one (run guidekit validate)")
    return values
