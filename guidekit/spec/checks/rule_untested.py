"""A rule with an id that no gold item cites in its `rules:`."""

from __future__ import annotations

from collections.abc import Iterator

from guidekit.spec.checks.base import Check, Finding
from guidekit.spec.checks.unknown_rule import cited_rules
from guidekit.spec.loader import LoadedSpec


def run(loaded: LoadedSpec) -> Iterator[Finding]:
    spec = loaded.spec
    cited = cited_rules(loaded)
    for i, label in enumerate(spec.labels):
        for part, rules in (("rules", label.rules), ("not", label.not_)):
            for j, rule in enumerate(rules):
                if rule.id is not None and rule.id not in cited:
                    yield Finding(("labels", i, part, j, "id"),
                                  f"rule '{rule.id}' is tested by no gold item",
                                  f"add rules: [{rule.id}] to a gold item that "
                                  "tests it")


CHECK = Check(
    "rule-untested", "warning", "A rule id is cited by no gold item's rules.",
    run,
    rationale="Per-rule accuracy is how a lead finds the rules people "
    "misread; a rule no gold item tests has no figure, and nobody learns "
    "whether it is understood. Rules without an id are not checked.",
    fix="Add the id to the `rules:` of gold items that test the rule, or add "
    "such items. If your gold does not cite rules at all, turn the check off.",
)
