"""A label that no gold item has: nobody can be checked on it."""

from __future__ import annotations

from collections.abc import Iterator

from guidekit.spec.checks.answers import label_counts
from guidekit.spec.checks.base import Check, Finding
from guidekit.spec.loader import LoadedSpec


def run(loaded: LoadedSpec) -> Iterator[Finding]:
    if loaded.dropped_gold:  # the counts miss the dropped items
        return
    used = label_counts(loaded)
    for i, label in enumerate(loaded.spec.labels):
        if label.value not in used:
            yield Finding(("labels", i, "value"),
                          f"label '{label.value}' has no gold item",
                          "add gold items so annotators are tested on it")


CHECK = Check(
    "label-without-gold", "warning", "A label has no gold item.", run,
    rationale="Nobody can be quizzed or scored on the label. A label with "
    "some gold, but too little, is `gold-coverage`.",
    fix="Add gold items with the label.",
)
