"""A gold item cites a rule id that no label defines."""

from __future__ import annotations

from collections.abc import Iterator

from guidekit.spec.checks.base import Check, Finding
from guidekit.spec.checks.memo import gold_column, once_per_spec
from guidekit.spec.loader import LoadedSpec
from guidekit.spec.models import Spec


def rule_ids(spec: Spec) -> set[str]:
    return {rule.id for label in spec.labels for rule in (*label.rules, *label.not_)
            if rule.id is not None}


@once_per_spec
def cited_rules(loaded: LoadedSpec) -> set[str]:
    """Every rule id some gold item cites; worked out once per spec."""
    return set().union(*gold_column(loaded, "rules"))


def run(loaded: LoadedSpec) -> Iterator[Finding]:
    known = rule_ids(loaded.spec)
    if cited_rules(loaded) <= known:
        return
    for i, gold in enumerate(loaded.spec.gold):
        for j, rule in enumerate(gold.rules):
            if rule not in known:
                yield Finding(("gold", i, "rules", j),
                              f"rule '{rule}' is not defined",
                              "give the rule an id under a label's rules or not")


CHECK = Check(
    "unknown-rule", "error", "A gold item cites an undefined rule id.", run,
    rationale="Per-rule accuracy is kept by rule id; an id no label defines "
    "is counted for nothing.",
    fix="Correct the id, or give the rule that id under a label's `rules` or "
    "`not`.",
)
