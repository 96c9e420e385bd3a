"""The diagnostics as short titled tables for the table and Markdown reports.

Each section shows at most TEXT_ROWS rows, worst first, and says how
many it left out; the JSON report holds every row.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from fractions import Fraction

from guidekit.scoring.diagnostics import Diagnostics, GroupScore
from guidekit.scoring.layout import align

TEXT_ROWS = 10


@dataclass(frozen=True)
class Section:
    """A titled table of text cells; `cut` rows were left out."""

    title: str
    rows: list[list[str]]
    right: frozenset[int]
    cut: int


def sections(d: Diagnostics | None, rows: int = TEXT_ROWS) -> list[Section]:
    """The sections that have rows, in report order, `rows` rows at most each."""
    if d is None:
        return []
    found = [_groups(f"accuracy per {what}, all answers pooled, worst first",
                     what, groups)
             for what, groups in (("rule", d.per_rule), ("tag", d.per_tag),
                                  ("difficulty", d.per_difficulty))]
    found += [_confusions(d), _suspects(d), _flagged(d)]
    return [cut(s, rows) for s in found if len(s.rows) > 1]


def cut(s: Section, rows: int) -> Section:
    """`s` with its header and at most `rows` of its (uncut) body rows."""
    return Section(s.title, s.rows[:rows + 1], s.right,
                   s.cut + max(0, len(s.rows) - 1 - rows))


def share(value: float) -> str:
    """A share as a small fraction when it is one (2/3), else a percentage."""
    exact = Fraction(value).limit_denominator(12)
    if abs(float(exact) - value) < 1e-9 and exact.denominator > 1:
        return f"{exact.numerator}/{exact.denominator}"
    return f"{value:.0%}"


def diagnostics_table(d: Diagnostics | None) -> list[str]:
    """Plain-text lines for the terminal report, each section after a blank."""
    lines: list[str] = []
    for s in sections(d):
        lines += ["", f"{s.title}:", *align(s.rows, s.right)]
        lines += [f"... and {s.cut} more (all in --format json)"] if s.cut else []
    return lines


def _cap(title: str, header: Sequence[str], body: list[list[str]],
         right: frozenset[int]) -> Section:
    return Section(title, [list(header), *body], right, 0)


def _groups(title: str, what: str, groups: Sequence[GroupScore]) -> Section:
    body = [[g.name, str(g.items), str(g.answers), str(g.correct),
             g.accuracy.text(), g.interval.text()] for g in groups]
    return _cap(title, (what, "items", "answers", "correct", "accuracy",
                        "95% interval"), body, frozenset({1, 2, 3, 4, 5}))


def _confusions(d: Diagnostics) -> Section:
    body = [[c.gold, c.given, str(c.count), c.share.text(),
             "yes" if c.declared else "no",
             ", ".join(r.rule for r in c.rules) or "none found"]
            for c in d.confusions]
    return _cap("most confused labels (gold said, answer said), with the rules "
                "that separate them", ("gold", "given", "count", "share of gold",
                                       "in confused_with", "rules"),
                body, frozenset({2, 3}))


def _suspects(d: Diagnostics) -> Section:
    rule = d.suspect_rule
    body = [[s.item, s.gold, s.crowd, f"{s.agreeing} of {s.passing}",
             ", ".join(f"{label} {n}" for label, n in s.counts)]
            for s in d.suspect_gold]
    title = (f"suspect gold: at least {rule.min_answers} of the {rule.passing} "
             f"passing annotators answered, and {share(rule.min_share)} or more of "
             "them agree against gold")
    return _cap(title, ("item", "gold", "crowd", "agreeing", "passing answers"),
                body, frozenset({3}))


def _flagged(d: Diagnostics) -> Section:
    body = [[f.annotator, ", ".join(f.flags), str(f.answered), str(f.gold_answered),
             f.accuracy.text(), f.interval.text(), f.kappa.text()]
            for f in d.flagged]
    return _cap("annotators near chance or always one label, most answers first",
                ("annotator", "flags", "answered", "gold", "accuracy",
                 "95% interval", "kappa"), body, frozenset({2, 3, 4, 5, 6}))
