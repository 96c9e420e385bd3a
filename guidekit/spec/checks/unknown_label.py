"""A gold item, example or `confused_with` names a label that is not defined.

Answers name labels in `label`, `also`, `labels` and each span's `label`.
A rating task has no labels, and `also` belongs to single_label and
multi_label; answer-shape and task-settings report those instead.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterator

from guidekit.spec.checks.answered import Owner, examples, owners
from guidekit.spec.checks.base import Check, Finding
from guidekit.spec.checks.memo import gold_column
from guidekit.spec.gold_columns import any_set
from guidekit.spec.loader import LoadedSpec
from guidekit.spec.models import LABEL_KINDS, Answered, GoldItem


def run(loaded: LoadedSpec) -> Iterator[Finding]:
    spec = loaded.spec
    known = spec.label_values()
    if spec.task.kind in LABEL_KINDS:
        yield from _answers(loaded, known)
    for i, label in enumerate(spec.labels):
        for j, other in enumerate(label.confused_with):
            yield from _check(other, ("labels", i, "confused_with", j), known)


def _answers(loaded: LoadedSpec, known: list[str]) -> Iterator[Finding]:
    spec, defined = loaded.spec, set(known)
    clean = _gold_clean(loaded, defined)  # all the gold at once
    for owner in examples(spec) if clean else owners(spec):
        if not _all_defined(owner.thing, defined):
            yield from _answer(owner, known, spec.task.kind != "span")


def _gold_clean(loaded: LoadedSpec, defined: set[str]) -> bool:
    """Whether no gold item has spans or names an undefined label in
    label, labels or also."""
    if any_set(gold_column(loaded, "spans")):
        return False
    named = set(gold_column(loaded, "label"))
    named.discard(None)
    for key in ("labels", "also"):
        named.update(*[values for values in gold_column(loaded, key) if values])
    return defined.issuperset(named)


def _all_defined(thing: Answered, defined: set[str]) -> bool:
    """A quick test that every label the answer names is defined."""
    if thing.label is not None and thing.label not in defined:
        return False
    if thing.labels and not defined.issuperset(thing.labels):
        return False
    if thing.spans and any(span.label not in defined for span in thing.spans):
        return False
    also = thing.also if isinstance(thing, GoldItem) else ()
    return not also or defined.issuperset(also)


def _answer(owner: Owner, known: list[str], with_also: bool) -> Iterator[Finding]:
    thing, at = owner.thing, owner.at
    if thing.label is not None:
        yield from _check(thing.label, (*at, "label"), known)
    also = thing.also if with_also and isinstance(thing, GoldItem) else []
    for j, other in enumerate(also):
        yield from _check(other, (*at, "also", j), known)
    for j, value in enumerate(thing.labels or ()):
        yield from _check(value, (*at, "labels", j), known)
    for j, span in enumerate(thing.spans or ()):
        yield from _check(span.label, (*at, "spans", j, "label"), known)


def _check(value: str, at: tuple[object, ...], known: list[str]) -> Iterator[Finding]:
    if value in known:
        return
    close = difflib.get_close_matches(value, known, n=1, cutoff=0.6)
    hint = f"did you mean '{close[0]}'?" if close else (
        "defined labels: " + ", ".join(f"'{k}'" for k in known)
        if known else "the spec defines no labels")
    yield Finding(at, f"label '{value}' is not defined", hint)


CHECK = Check(
    "unknown-label", "error",
    "A gold item, example or confused_with names an undefined label.", run,
    rationale="A gold answer no annotator can give marks everyone wrong; "
    "the hint names the closest defined label.",
    fix="Correct the spelling, or define the label.",
)
