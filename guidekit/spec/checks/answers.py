"""What a gold item answers, apart from what it is and where it came from.

Shared by the gold checks, so that every task kind's answer fields (a
label, accepted alternatives, labels, spans, a rating) are compared alike.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from typing import Any

from pydantic import BaseModel

from guidekit.spec.checks.memo import gold_column, once_per_spec
from guidekit.spec.gold_columns import any_set
from guidekit.spec.loader import LoadedSpec
from guidekit.spec.models import GoldItem, Label, Spec

NOT_ANSWER = {"id", "item", "rules", "rationale", "difficulty", "pool", "tags",
              "provenance"}
ANSWER_FIELDS = [name for name in GoldItem.model_fields if name not in NOT_ANSWER]
Answer = tuple[tuple[str, Any], ...]


def answer_of(gold: GoldItem) -> Answer:
    """The answer fields that are set, lists in a fixed order; hashable.

    >>> answer_of(GoldItem(id="g", item={"t": "x"}, label="b", also=["c", "a"]))
    (('label', 'b'), ('also', ('a', 'c')))
    """
    found = []
    for name in ANSWER_FIELDS:
        value = getattr(gold, name)
        if value is not None and value != []:
            found.append((name, _canon(value)))
    return tuple(found)


def show_answer(gold: GoldItem) -> str:
    """The answer as a message shows it: 'yes' (also 'no')."""
    parts = []
    for key, value in answer_of(gold):
        if key == "label":
            parts.append(f"'{value}'")
        elif key == "also":
            parts.append("(also " + ", ".join(f"'{v}'" for v in value) + ")")
        elif isinstance(value, tuple) and all(isinstance(v, str) for v in value):
            parts.append(key + " " + ", ".join(f"'{v}'" for v in value))
        else:
            parts.append(f"{key} {_plain(value)}")
    return " ".join(parts) or "nothing"


@once_per_spec
def label_counts(loaded: LoadedSpec) -> Counter[str]:
    """How many gold items name each label in their answer (not in `also`).

    An item counts once per label, however many of its spans carry it.
    """
    gold = loaded.spec.gold
    if not (any_set(gold_column(loaded, "labels"))
            or any_set(gold_column(loaded, "spans"))):
        counts = Counter(gold_column(loaded, "label"))  # the same, in the same order
        del counts[None]
        return counts
    counts = Counter([g.label for g in gold if g.label is not None
                      and not g.labels and not g.spans])
    for g in gold:
        if g.labels or g.spans:
            counts.update(set(g.answer_labels()))
    return counts


def first_labels(spec: Spec) -> Iterator[tuple[int, Label]]:
    """Labels with their index, a value defined twice only the first time."""
    seen: set[str] = set()
    for i, label in enumerate(spec.labels):
        if label.value not in seen:
            seen.add(label.value)
            yield i, label


def _canon(value: Any) -> Any:
    if isinstance(value, list):
        return tuple(sorted((_canon(v) for v in value), key=repr))
    if isinstance(value, BaseModel):
        return tuple((k, v) for k, v in value.model_dump().items() if v is not None)
    return value


def _plain(value: Any) -> str:
    """Spans as [start:end] 'label', other values as written."""
    if isinstance(value, tuple) and value and isinstance(value[0], tuple):
        return ", ".join(_span(dict(v)) if isinstance(v[0], tuple) else str(v)
                         for v in value)
    return str(value)


def _span(fields: dict[str, Any]) -> str:
    return f"[{fields.get('start')}:{fields.get('end')}] '{fields.get('label')}'"
