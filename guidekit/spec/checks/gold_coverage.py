"""A label with some gold, but fewer items than scoring.min_gold_per_label.

A label with no gold at all is `label-without-gold`; this check starts at
one item, so the two never report the same label.
"""

from __future__ import annotations

from collections.abc import Iterator

from guidekit.spec.checks.answers import first_labels, label_counts
from guidekit.spec.checks.base import Check, Finding
from guidekit.spec.loader import LoadedSpec


def run(loaded: LoadedSpec) -> Iterator[Finding]:
    if loaded.dropped_gold:  # the counts miss the dropped items
        return
    spec = loaded.spec
    counts = label_counts(loaded)
    wanted = spec.scoring.min_gold_per_label
    for i, label in first_labels(spec):
        have = counts.get(label.value, 0)
        if 0 < have < wanted:
            yield Finding(("labels", i, "value"),
                          f"label '{label.value}' has {have} gold item(s), "
                          f"fewer than {wanted} [{have}/{wanted}]",
                          f"add {wanted - have} more, or lower "
                          "scoring.min_gold_per_label")


CHECK = Check(
    "gold-coverage", "warning",
    "A label has fewer gold items than scoring.min_gold_per_label (default 5).",
    run,
    rationale="Per-label precision, recall and the quiz's label strata rest "
    "on the gold items of each label; with only one or two, one slip swings "
    "the figure and the quiz keeps asking the same items.",
    fix="Add gold items for the label, or set `scoring.min_gold_per_label` "
    "to the minimum your team accepts.",
)
