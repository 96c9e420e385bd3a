"""A gold item, example or `confused_with` names a label that is not defined."""

from __future__ import annotations

import difflib
from collections.abc import Iterator

from guidekit.spec.checks.base import Check, Finding
from guidekit.spec.loader import LoadedSpec


def run(loaded: LoadedSpec) -> Iterator[Finding]:
    spec = loaded.spec
    known = spec.label_values()
    for i, gold in enumerate(spec.gold):
        yield from _check(gold.label, ("gold", i, "label"), known)
        for j, other in enumerate(gold.also):
            yield from _check(other, ("gold", i, "also", j), known)
    for i, example in enumerate(spec.examples):
        yield from _check(example.label, ("examples", i, "label"), known)
    for i, label in enumerate(spec.labels):
        for j, other in enumerate(label.confused_with):
            yield from _check(other, ("labels", i, "confused_with", j), known)


def _check(value: str, at: tuple[object, ...], known: list[str]) -> Iterator[Finding]:
    if value in known:
        return
    close = difflib.get_close_matches(value, known, n=1, cutoff=0.6)
    hint = f"did you mean '{close[0]}'?" if close else (
        "defined labels: " + ", ".join(f"'{k}'" for k in known))
    yield Finding(at, f"label '{value}' is not defined", hint)


CHECK = Check("unknown-label", "error",
              "A gold item, example or confused_with names an undefined label.", run)
