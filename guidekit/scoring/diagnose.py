"""`diagnose`: the guideline diagnostics of one scoring run.

See `guidekit.scoring.diagnostics` for what each part holds. Passing
annotators, whose answers decide suspect gold, are those whose verdict
is "pass" (the low end of their accuracy interval meets the threshold).
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from guidekit.scoring.answer_counts import ItemTable
from guidekit.scoring.diagnostics import Diagnostics, FlaggedAnnotator, SuspectRule
from guidekit.scoring.gold import GoldKey
from guidekit.scoring.per_rule import gold_items, group_scores, groups, tally
from guidekit.scoring.report import AnnotatorScore
from guidekit.scoring.separating import confusions
from guidekit.scoring.suspect_gold import MIN_ANSWERS, MIN_SHARE, suspect_gold
from guidekit.scoring.tables import CountTables
from guidekit.spec.models import Spec

WATCHED = ("near chance", "one label")


def diagnose(spec: Spec, key: GoldKey, tables: CountTables,
             scores: Sequence[AnnotatorScore], *,
             table: ItemTable | None = None) -> Diagnostics:
    """Per-rule, per-tag and per-difficulty accuracy, confusions, suspect gold.

    `table` is ItemTable.of(tables.first, key), when the caller has it.

    >>> diagnose(spec, key, tables, report.annotators)  # doctest: +SKIP
    """
    items = gold_items(spec)
    table = table or ItemTable.of(tables.first, key)
    rules, tags, levels = groups(items)
    tallies = tally(table) if rules or tags or levels else {}
    passing = {s.annotator for s in scores if s.verdict == "pass"}
    who = np.array([name in passing for name in tables.first.annotator_codes],
                   dtype=np.bool_)
    citing = {item for ids in rules.values() for item in ids}
    return Diagnostics(
        group_scores(rules, tallies), group_scores(tags, tallies),
        group_scores(levels, tallies),
        confusions(spec, key, table, items, citing),
        suspect_gold(key, table.only(tables.first, who)),
        SuspectRule(len(passing), MIN_ANSWERS, float(MIN_SHARE)),
        flagged(scores))


def flagged(scores: Sequence[AnnotatorScore]) -> tuple[FlaggedAnnotator, ...]:
    """Annotators flagged near chance or one label, most items answered first."""
    found = []
    for s in scores:
        names = tuple(f.name for f in s.flags if f.name in WATCHED)
        if names:
            found.append(FlaggedAnnotator(
                s.annotator, names, s.gold_answered + s.non_gold, s.gold_answered,
                s.accuracy, s.interval, s.kappa))
    return tuple(sorted(found, key=lambda f: (-f.answered, f.annotator)))
