"""An item whose fields are not the task's fields."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from guidekit.spec.checks.base import Check, Finding
from guidekit.spec.checks.memo import gold_column
from guidekit.spec.gold_columns import same_fields
from guidekit.spec.loader import LoadedSpec


def run(loaded: LoadedSpec) -> Iterator[Finding]:
    spec = loaded.spec
    wanted = spec.field_names()
    exact = set(wanted)
    if not same_fields(gold_column(loaded, "item"), exact):  # all the gold at once
        for i, gold in enumerate(spec.gold):
            if gold.item.keys() != exact:
                yield from _check(gold.item, ("gold", i, "item"), wanted)
    for i, example in enumerate(spec.examples):
        yield from _check(example.item, ("examples", i, "item"), wanted)


def _check(item: Mapping[str, str], at: tuple[Any, ...],
           wanted: list[str]) -> Iterator[Finding]:
    for name in item:
        if name not in wanted:
            yield Finding((*at, name), f"field '{name}' is not a task field",
                          "task fields: " + ", ".join(wanted), on_key=True)
    missing = [name for name in wanted if name not in item]
    if missing:
        yield Finding(at, "item lacks field(s) " +
                      ", ".join(f"'{m}'" for m in missing) + f" [{len(missing)}]")


CHECK = Check(
    "item-fields", "error",
    "An item's fields differ from the fields in task.fields.", run,
    rationale="The guide, quiz forms and scoring show an item through the "
    "task's fields; an extra field is never shown and a missing one leaves "
    "a blank.",
    fix="Rename or add the field in the item, or in `task.fields`.",
)
