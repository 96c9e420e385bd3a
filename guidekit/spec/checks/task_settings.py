"""Task settings that do not fit the task kind.

Each kind has its own settings: min_choices and max_choices for
multi_label, text_field and overlap for span, scale for rating. A span
task needs a text_field that is one of the task fields, a rating task a
scale; label kinds need labels, and a rating task has none.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterator

from guidekit.spec.checks.base import Check, Finding
from guidekit.spec.loader import LoadedSpec
from guidekit.spec.models import LABEL_KINDS, Spec, Task

OWNERS = {"min_choices": "multi_label", "max_choices": "multi_label",
          "text_field": "span", "overlap": "span", "scale": "rating"}


def run(loaded: LoadedSpec) -> Iterator[Finding]:
    spec = loaded.spec
    yield from _foreign(spec.task)
    yield from _labels(spec)
    if spec.task.kind == "multi_label" and spec.labels:
        yield from _choices(spec)
    if spec.task.kind == "span":
        yield from _text_field(spec)
    if spec.task.kind == "rating" and spec.task.scale is None:
        yield Finding(("task",), "rating task has no scale",
                      "add scale: {min: 1, max: 5, anchors: {1: ..., 5: ...}}")


def _foreign(task: Task) -> Iterator[Finding]:
    """Settings of other kinds; a default written out (as a dump does) is fine."""
    for key, kind in OWNERS.items():
        default = Task.model_fields[key].default
        if kind != task.kind and getattr(task, key) != default:
            yield Finding(("task", key), f"'{key}' is a setting of {kind} tasks, "
                          f"not of {task.kind}",
                          f"remove it, or set task.kind to {kind}", on_key=True)


def _labels(spec: Spec) -> Iterator[Finding]:
    kind, count = spec.task.kind, len(spec.labels)
    if kind in LABEL_KINDS and not count:
        yield Finding(("labels",), f"task kind {kind} needs labels, found none",
                      "add labels: [{value: ...}, ...]")
    if kind == "rating" and count:
        yield Finding(("labels",), f"rating task has labels [{count}]; a rating "
                      "is a point of task.scale",
                      "say what each point means in task.scale.anchors and "
                      "remove labels", on_key=True)


def _choices(spec: Spec) -> Iterator[Finding]:
    task, count = spec.task, len(spec.labels)
    if task.max_choices is not None and task.max_choices > count:
        yield Finding(("task", "max_choices"), f"max_choices {task.max_choices} "
                      f"is more than the labels [{count}]",
                      "lower it, or leave it out to allow every label")
    low, high = spec.choice_range()
    if low > min(high, count):
        limit = (f"max_choices {high}" if high < count
                 else f"the labels [{count}]")
        yield Finding(("task", "min_choices"),
                      f"min_choices {low} is more than {limit}",
                      "no answer could have that many labels; lower it")


def _text_field(spec: Spec) -> Iterator[Finding]:
    field, names = spec.task.text_field, spec.field_names()
    if field is None:
        yield Finding(("task",), "span task has no text_field",
                      f"name the field span offsets count in: text_field: {names[0]}")
    elif field not in names:
        close = difflib.get_close_matches(field, names, n=1, cutoff=0.6)
        hint = (f"did you mean '{close[0]}'?" if close
                else "task fields: " + ", ".join(names))
        yield Finding(("task", "text_field"),
                      f"text_field '{field}' is not a task field", hint)


CHECK = Check(
    "task-settings", "error",
    "A task setting belongs to another kind, or one the kind needs (labels, "
    "text_field, scale) is missing or wrong.", run,
    rationale="A setting of another kind does nothing, which most likely means "
    "task.kind is not the kind meant. A span task counts offsets in "
    "text_field, a rating task needs its scale, and max_choices cannot "
    "exceed the labels.",
    fix="Set task.kind to the kind meant, or remove the setting; add the "
    "setting the message names.",
)
