"""The pre-label a planted row carries: traps wrong, the rest like the batch.

A honeypot whose pre-label were its gold label would be passed by an
annotator who accepts every pre-label unread. So an ordinary honeypot's
pre-label is drawn (seeded) from the batch's own pre-label distribution:
each spec label weighted by how many batch rows carry it as pre-label,
spelled as its value or an alias (empty and unknown pre-labels are not
counted). It is then right about as often as the batch's pre-labels are
right by chance, and it looks like theirs. A trap's pre-label is always
one gold rejects (mix_plan.trap_label). When no batch row carries a
countable pre-label, ordinary honeypots get none either.
"""

from __future__ import annotations

import random
from collections import Counter
from dataclasses import dataclass
from typing import Any

from guidekit.gold.mix_batch import Batch
from guidekit.gold.mix_labelstudio import task_prelabel
from guidekit.gold.mix_plan import trap_label
from guidekit.spec.models import GoldItem, Spec
from guidekit.spec.spellings import label_spellings, normal


@dataclass(frozen=True)
class Prelabel:
    """A planted row's pre-label and whether gold accepts it."""

    value: str
    right: bool


def batch_prelabels(spec: Spec, batch: Batch, column: str) -> Counter[str]:
    """How many batch rows carry each spec label value as pre-label.

    A table's pre-label is in `column`; a Label Studio task's is its first
    choices prediction (mix_labelstudio.task_prelabel).
    """
    spellings = label_spellings(spec)
    found: Counter[str] = Counter()
    for record in batch.records:
        raw = _raw(batch, record, column)
        value = None if raw is None else spellings.get(normal(raw))
        if value is not None:
            found[value] += 1
    return found


def draw_prelabel(spec: Spec, item: GoldItem, *, trap: bool,
                  counts: Counter[str], rng: random.Random) -> Prelabel | None:
    """The pre-label of one planted item; None when the batch has none.

    >>> spec = Spec.model_validate({"spec": "guidekit/v1", "id": "x",
    ...     "title": "X", "version": "1", "task": {"kind": "single_label",
    ...     "fields": [{"name": "text"}]}, "labels": [{"value": "a"},
    ...     {"value": "b"}]})
    >>> item = GoldItem(id="g", item={"text": "t"}, label="b")
    >>> draw_prelabel(spec, item, trap=False, counts=Counter(a=9),
    ...               rng=random.Random(1))
    Prelabel(value='a', right=False)
    """
    if trap:
        return Prelabel(trap_label(spec, item, rng), False)
    values = [value for value in spec.label_values() if counts[value]]
    if not values:
        return None
    value = rng.choices(values, weights=[counts[v] for v in values])[0]
    return Prelabel(value, value in {item.label, *item.also})


def _raw(batch: Batch, record: dict[str, Any], column: str) -> str | None:
    if batch.kind == "labelstudio":
        return task_prelabel(record)
    cell = record.get(column)
    return None if cell is None else str(cell)
