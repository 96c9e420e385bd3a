"""What a mix needs settled before drawing: how many, which columns, traps.

The rate is the share of the output's rows that are planted: a batch of
N rows at rate r gets round(r * N / (1 - r)) honeypots, so 1000 rows at
0.05 get 53 (53 of 1053 rows). Each honeypot-pool gold item is planted
at most once; a pool too small for the rate is an error, not a repeat
an annotator could notice.
"""

from __future__ import annotations

import math
import random
from collections.abc import Mapping

from guidekit.errors import GuidekitError, InputError
from guidekit.gold.mix_batch import Batch
from guidekit.spec.models import GoldItem, Spec


def planted_count(rows: int, rate: float, pool: int, shown: str) -> int:
    """How many honeypots a batch of `rows` gets at `rate`.

    >>> planted_count(1000, 0.05, 60, "b.csv")
    53
    """
    if not 0 < rate < 1:
        raise ValueError(f"rate {rate} is not between 0 and 1 (exclusive)")
    count = math.floor(rate * rows / (1 - rate) + 0.5)
    if count == 0:
        raise InputError(shown, None, f"a rate of {rate} over {rows} row(s) "
                         "plants no item; raise --rate")
    if count > pool:
        raise GuidekitError(f"a rate of {rate} over {rows} row(s) needs {count} "
                            f"honeypot(s); the spec's honeypot pool has {pool}: "
                            "lower --rate or add gold items with pool: honeypot")
    return count


def field_columns(spec: Spec, batch: Batch,
                  renamed: Mapping[str, str]) -> dict[str, str]:
    """Task field -> the batch column it goes in (its own name by default)."""
    unknown = sorted(set(renamed) - set(spec.field_names()))
    if unknown:
        raise ValueError(f"--field names '{unknown[0]}', which is not a task "
                         f"field of the spec ({', '.join(spec.field_names())})")
    found = {}
    for name in spec.field_names():
        column = renamed.get(name, name)
        if column not in batch.columns:
            raise InputError(batch.path, None, f"the batch has no column "
                             f"'{column}' for the task field '{name}' (columns: "
                             f"{', '.join(batch.columns)}); map it with --field "
                             f"{name}=COLUMN")
        found[name] = column
    return found


def item_text(item: GoldItem, field: str, spec_path: str) -> str:
    """The text of one field of a gold item; InputError if it has none."""
    if field not in item.item:
        raise InputError(spec_path, None, f"gold item '{item.id}' has no field "
                         f"'{field}'; every item needs each task field")
    return item.item[field]


def trap_label(spec: Spec, item: GoldItem, rng: random.Random) -> str:
    """A label gold rejects for `item`, drawn from the spec's other labels."""
    accepted = {item.label, *item.also}
    wrong = [value for value in spec.label_values() if value not in accepted]
    if not wrong:
        raise GuidekitError(f"gold item '{item.id}' accepts every label; it "
                            "cannot be a trap")
    return rng.choice(wrong)


def check_prelabels(spec: Spec, prelabelled: bool, traps: int, count: int,
                    where: str) -> None:
    """Refuse traps that cannot be planted, and pre-labels of other kinds."""
    if traps < 0 or traps > count:
        raise ValueError(f"--traps {traps} is not between 0 and the {count} "
                         "honeypot(s) planted (traps are honeypots too)")
    if traps and not prelabelled:
        raise GuidekitError(f"--traps needs a batch with pre-labels: {where}")
    if prelabelled and spec.task.kind != "single_label":
        raise GuidekitError(f"the batch has pre-labels ({where}); planted items "
                            "are pre-labelled for single_label tasks only, and "
                            f"spec '{spec.id}' is a {spec.task.kind} task")
