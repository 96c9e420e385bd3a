"""Gold made by a model, an LLM, a rule or a generator that no person checked."""

from __future__ import annotations

from collections.abc import Iterator

from guidekit.spec.checks.base import Check, Finding
from guidekit.spec.checks.memo import gold_column
from guidekit.spec.gold_columns import all_none
from guidekit.spec.loader import LoadedSpec

MACHINE = frozenset({"model", "llm", "rule", "synthetic"})


def run(loaded: LoadedSpec) -> Iterator[Finding]:
    if all_none(gold_column(loaded, "provenance")):
        return
    for i, gold in enumerate(loaded.spec.gold):
        made = gold.provenance
        if made is None or made.source not in MACHINE or (
                made.reviewed_by and made.reviewed_by.strip()):
            continue
        agent = f" (agent '{made.agent}')" if made.agent else ""
        yield Finding(("gold", i, "provenance", "source"),
                      f"gold '{gold.id}' has source '{made.source}'{agent} and "
                      "no reviewed_by", "once a person has checked it, add "
                      "provenance.reviewed_by")


CHECK = Check(
    "machine-gold-unreviewed", "warning",
    "A gold item from a model, llm, rule or synthetic source has no "
    "provenance.reviewed_by.", run,
    rationale="Annotators are judged against gold. Unchecked machine answers "
    "measure agreement with the machine, mistakes included. Set the check to "
    "`error` in `lint:` if your team never accepts unreviewed gold.",
    fix="Have a person check the item and record them in "
    "`provenance.reviewed_by` (and `reviewed_at`).",
)
