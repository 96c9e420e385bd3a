"""A label without a definition."""

from __future__ import annotations

from collections.abc import Iterator

from guidekit.spec.checks.base import Check, Finding
from guidekit.spec.loader import LoadedSpec


def run(loaded: LoadedSpec) -> Iterator[Finding]:
    for i, label in enumerate(loaded.spec.labels):
        if not (label.definition or "").strip():
            yield Finding(("labels", i, "value"),
                          f"label '{label.value}' has no definition",
                          "add a definition: the guide shows it first")


CHECK = Check(
    "label-no-definition", "warning", "A label has no definition.", run,
    rationale="The definition is what the guide shows first for each label; "
    "without it annotators learn the label from its name and examples only.",
    fix="Add `definition:` to the label.",
)
