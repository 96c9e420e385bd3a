"""A multi_label answer with too few or too many labels, or one listed twice.

The range is task.min_choices (default 1) to task.max_choices (default:
every label). Labels in a gold item's `also` may be chosen or left out,
so only `labels` is counted.
"""

from __future__ import annotations

from collections.abc import Iterator

from guidekit.spec.checks.answered import Owner, owners
from guidekit.spec.checks.base import Check, Finding
from guidekit.spec.loader import LoadedSpec


def run(loaded: LoadedSpec) -> Iterator[Finding]:
    spec = loaded.spec
    if spec.task.kind != "multi_label":
        return
    low, high = spec.choice_range()
    possible = low <= min(high, len(spec.labels))  # else task-settings says so
    for owner in owners(spec):
        if owner.thing.labels is None:
            continue
        yield from _repeats(owner, owner.thing.labels)
        if possible:
            yield from _count(owner, len(set(owner.thing.labels)), low, high)


def _repeats(owner: Owner, labels: list[str]) -> Iterator[Finding]:
    seen: set[str] = set()
    for j, value in enumerate(labels):
        if value in seen:
            yield Finding((*owner.at, "labels", j),
                          f"{owner.name} lists label '{value}' more than once",
                          "list each label once")
        seen.add(value)


def _count(owner: Owner, n: int, low: int, high: int) -> Iterator[Finding]:
    if low <= n <= high:
        return
    wanted = f"exactly {low}" if low == high else f"{low} to {high}"
    hint = ("drop the labels that do not apply, or raise task.max_choices"
            if n > high else "add every label that applies, or lower "
            "task.min_choices")
    yield Finding((*owner.at, "labels"),
                  f"{owner.name} has {n} label(s), expected {wanted}", hint)


CHECK = Check(
    "choice-count", "error",
    "A multi_label answer has fewer labels than task.min_choices, more than "
    "task.max_choices, or one label twice.", run,
    rationale="Annotators are told to choose within the range; a gold answer "
    "outside it can never be matched. Labels in a gold item's `also` may be "
    "chosen or left out and are not counted.",
    fix="Drop or add labels, or change task.min_choices or task.max_choices.",
)
