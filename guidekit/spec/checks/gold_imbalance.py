"""One label has far more gold items than another."""

from __future__ import annotations

from collections.abc import Iterator

from guidekit.spec.checks.answers import first_labels, label_counts
from guidekit.spec.checks.base import Check, Finding
from guidekit.spec.loader import LoadedSpec

MAX_RATIO = 5


def run(loaded: LoadedSpec) -> Iterator[Finding]:
    if loaded.dropped_gold:  # the counts miss the dropped items
        return
    counts = label_counts(loaded)
    present = [(v, n) for v, n in counts.items() if loaded.spec.label(v)]
    if len(present) < 2:
        return
    top, most = max(present, key=lambda pair: pair[1])
    for i, label in first_labels(loaded.spec):
        have = counts.get(label.value, 0)
        if have > 0 and have * MAX_RATIO < most:
            yield Finding(("labels", i, "value"),
                          f"label '{label.value}' has {have} gold item(s) against "
                          f"{most} for '{top}' [{have}:{most}], more than "
                          f"{MAX_RATIO}:1", f"add gold for '{label.value}' or "
                          "set lint: {gold-imbalance: off} if the task is skewed")


CHECK = Check(
    "gold-imbalance", "warning",
    f"A label has more than {MAX_RATIO} times the gold items of another.", run,
    rationale="A gold set dominated by one label rewards annotators who "
    "always answer it: accuracy looks high while the rare labels go untested.",
    fix="Add gold for the smaller labels; if the real data is that skewed "
    "and you want gold to match, turn the check off in `lint:`.",
)
