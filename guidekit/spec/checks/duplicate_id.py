"""Two things that must be told apart share an id or a value."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from guidekit.spec.checks.base import Check, Finding
from guidekit.spec.loader import LoadedSpec


def run(loaded: LoadedSpec) -> Iterator[Finding]:
    spec = loaded.spec
    yield from _duplicates("label value", (
        (("labels", i, "value"), lb.value) for i, lb in enumerate(spec.labels)))
    yield from _duplicates("gold id", (
        (("gold", i, "id"), g.id) for i, g in enumerate(spec.gold)))
    yield from _duplicates("example id", (
        (("examples", i, "id"), ex.id) for i, ex in enumerate(spec.examples)))
    yield from _duplicates("rule id", (
        ((("labels", i, part, j, "id")), rule.id)
        for i, lb in enumerate(spec.labels)
        for part, rules in (("rules", lb.rules), ("not", lb.not_))
        for j, rule in enumerate(rules) if rule.id is not None))


def _duplicates(what: str, places: Iterable[tuple[tuple[Any, ...], str]],
                ) -> Iterator[Finding]:
    first: dict[str, tuple[Any, ...]] = {}
    for at, value in places:
        if value in first:
            yield Finding(at, f"duplicate {what} '{value}'",
                          f"first used at {_describe(first[value])}")
        else:
            first[value] = at


def _describe(at: tuple[Any, ...]) -> str:
    return ".".join(str(part) for part in at)


CHECK = Check("duplicate-id", "error",
              "Label values, gold ids, example ids and rule ids are unique.", run)
