"""Two things that must be told apart share an id or a value."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from guidekit.spec.checks.base import Check, Finding
from guidekit.spec.checks.memo import gold_column
from guidekit.spec.loader import LoadedSpec
from guidekit.spec.where import Where


def run(loaded: LoadedSpec) -> Iterator[Finding]:
    spec, where = loaded.spec, loaded.where
    yield from _duplicates(where, "label value", (
        (("labels", i, "value"), lb.value) for i, lb in enumerate(spec.labels)))
    ids = gold_column(loaded, "id")
    if len(set(ids)) < len(ids):  # the scan below only when there is a repeat
        yield from _duplicates(where, "gold id", (
            (("gold", i, "id"), gold_id) for i, gold_id in enumerate(ids)))
    yield from _duplicates(where, "example id", (
        (("examples", i, "id"), ex.id) for i, ex in enumerate(spec.examples)))
    yield from _duplicates(where, "rule id", (
        ((("labels", i, part, j, "id")), rule.id)
        for i, lb in enumerate(spec.labels)
        for part, rules in (("rules", lb.rules), ("not", lb.not_))
        for j, rule in enumerate(rules) if rule.id is not None))


def _duplicates(where: Where, what: str,
                places: Iterable[tuple[tuple[Any, ...], str]]) -> Iterator[Finding]:
    first: dict[str, tuple[Any, ...]] = {}
    for at, value in places:
        if value in first:
            yield Finding(at, f"duplicate {what} '{value}'",
                          f"first used at {_describe(where, first[value])}")
        else:
            first[value] = at


def _describe(where: Where, at: tuple[Any, ...]) -> str:
    """'line 12', or 'gold/a.jsonl:3' when the first one is in another file."""
    first, here = where.at(at), where.at(at[:1])
    return (f"line {first.line}" if first.path == here.path
            else f"{first.path}:{first.line}")


CHECK = Check(
    "duplicate-id", "error",
    "Label values, gold ids, example ids and rule ids are unique.", run,
    rationale="Submissions name gold items by id, scores are kept per label "
    "and per rule: two things with one name would be counted as one.",
    fix="Rename the second one; the hint says where the first is.",
)
