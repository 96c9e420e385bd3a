"""A gold item marked hard that does not say why its answer is right."""

from __future__ import annotations

from collections.abc import Iterator

from guidekit.spec.checks.base import Check, Finding
from guidekit.spec.checks.memo import gold_column
from guidekit.spec.loader import LoadedSpec


def run(loaded: LoadedSpec) -> Iterator[Finding]:
    if "hard" not in gold_column(loaded, "difficulty"):
        return
    for i, gold in enumerate(loaded.spec.gold):
        if gold.difficulty == "hard" and not (gold.rationale or "").strip():
            yield Finding(("gold", i, "difficulty"),
                          f"hard gold '{gold.id}' has no rationale",
                          "add a rationale: it settles disputes over the answer "
                          "and practice quizzes show it")


CHECK = Check(
    "hard-no-rationale", "warning", "A gold item with difficulty hard has no "
    "rationale.", run,
    rationale="Hard items are the ones annotators and reviewers argue about; "
    "without a written reason the answer is one person's memory. Practice "
    "quizzes show the rationale after a wrong answer.",
    fix="Write a `rationale:` that names the rule that decides the item.",
)
