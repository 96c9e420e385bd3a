"""Task changes: kind, item fields, question and each kind's settings.

A kind's own settings are compared only when both sides are of that kind
(a kind change is major anyway). A multi_label choice range or a span
overlap policy that only widens keeps old answers valid: minor; one that
narrows: major. A rating scale's points changing is major; only the
anchor wording changing is patch.
"""

from __future__ import annotations

from collections.abc import Iterator

from guidekit.spec.changes import Change, names, quoted, same_words
from guidekit.spec.models import ItemField, Spec, Task
from guidekit.spec.semver import Bump

OVERLAP_ORDER = ("forbid", "nested", "allow")
COMPARED = {"kind", "fields", "question", "min_choices", "max_choices",
            "text_field", "overlap", "scale"}


def task_changes(old: Spec, new: Spec) -> list[Change]:
    """Changes to the task, each with its bump."""
    a, b = old.task, new.task
    found: list[Change] = []
    if a.kind != b.kind:
        found.append(Change("task-kind-changed", "major", f"task kind changed "
                            f"{quoted(a.kind)} -> {quoted(b.kind)}", ("task", "kind")))
    found += _fields(a.fields, b.fields)
    if not same_words(a.question, b.question):
        found.append(Change("task-question-changed", "patch", "task question changed",
                            ("task", "question"), old=a.question or "",
                            new=b.question or ""))
    if a.kind == b.kind:
        found += _settings(old, new)
    found += _others(a, b)
    return found


def _fields(was: list[ItemField], now: list[ItemField]) -> Iterator[Change]:
    before = {f.name: f for f in was}
    after = {f.name: (i, f) for i, f in enumerate(now)}
    for i, f in enumerate(was):
        if f.name not in after:
            yield Change("task-field-removed", "major",
                         f"task field {quoted(f.name)} removed", ("task", "fields", i),
                         "old")
    for name, (i, f) in after.items():
        old = before.get(name)
        at = ("task", "fields", i)
        if old is None:
            yield Change("task-field-added", "major", f"task field {quoted(name)} "
                         "added", at)
        elif not (same_words(old.title, f.title) and same_words(old.help, f.help)):
            yield Change("task-field-wording", "patch",
                         f"task field {quoted(name)} title or help changed", at)
    common = [f.name for f in was if f.name in after]
    common_now = [f.name for f in now if f.name in before]
    if common != common_now:
        yield Change("task-fields-reordered", "patch", "task fields reordered "
                     f"[{names(common)}] -> [{names(common_now)}]", ("task", "fields"))


def _settings(old: Spec, new: Spec) -> Iterator[Change]:
    a, b = old.task, new.task
    if a.kind == "multi_label" and old.choice_range() != new.choice_range():
        (lo, hi), (lo2, hi2) = old.choice_range(), new.choice_range()
        bump: Bump = "minor" if lo2 <= lo and hi2 >= hi else "major"
        yield Change("task-choices-changed", bump, f"task choices changed "
                     f"{lo}..{hi} -> {lo2}..{hi2}", ("task",))
    if a.kind == "span" and a.overlap != b.overlap:
        wider = OVERLAP_ORDER.index(b.overlap) > OVERLAP_ORDER.index(a.overlap)
        yield Change("task-overlap-changed", "minor" if wider else "major",
                     f"task overlap changed {quoted(a.overlap)} -> "
                     f"{quoted(b.overlap)}", ("task", "overlap"))
    if a.kind == "span" and a.text_field != b.text_field:
        yield Change("task-setting-changed", "major", "task text_field changed "
                     f"{quoted(a.text_field)} -> {quoted(b.text_field)}",
                     ("task", "text_field"))
    if a.kind == "rating":
        yield from _scale(a, b)


def _scale(a: Task, b: Task) -> Iterator[Change]:
    was = (a.scale.min, a.scale.max) if a.scale else None
    now = (b.scale.min, b.scale.max) if b.scale else None
    if was != now:
        shown = [f"{p[0]}..{p[1]}" if p else "none" for p in (was, now)]
        yield Change("task-scale-changed", "major",
                     f"task scale changed {shown[0]} -> {shown[1]}", ("task", "scale"))
    elif a.scale and b.scale and a.scale.anchors != b.scale.anchors:
        yield Change("task-scale-wording", "patch", "task scale anchors reworded",
                     ("task", "scale", "anchors"))


def _others(a: Task, b: Task) -> Iterator[Change]:
    old, new = a.model_dump(by_alias=True), b.model_dump(by_alias=True)
    for key in sorted((old.keys() | new.keys()) - COMPARED):
        if old.get(key) != new.get(key):
            yield Change("task-setting-changed", "major", f"task {key} changed "
                         f"{quoted(old.get(key))} -> {quoted(new.get(key))}",
                         ("task", key))
