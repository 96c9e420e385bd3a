"""Which old label became which new one: kept, declared renamed, or inferred.

The rule, applied in this order to labels whose value is gone from the new
spec ("gone", in old order) and labels whose value is new ("fresh", in new
order):

1. Declared: a fresh label whose `aliases` list a gone value renames that
   label (its first such alias wins; each label pairs at most once).
2. Inferred: a gone label and a fresh one with the same title (case and
   runs of space ignored), or whose definitions are at least 90% alike
   (difflib's SequenceMatcher ratio, same normalising), are a rename. Each
   gone label takes the best-scoring fresh one (a title match scores 1.0),
   the first in new order on a tie.

Every other gone label was removed and every other fresh one added.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher

from guidekit.spec.changes import normal, quoted
from guidekit.spec.models import Label

SIMILAR = 0.9


@dataclass(frozen=True)
class Rename:
    old: str
    new: str
    reason: str


def match_labels(old: Sequence[Label], new: Sequence[Label],
                 ) -> tuple[dict[str, str], list[Rename]]:
    """Old value -> new value for kept and renamed labels, and the renames.

    >>> a = [Label(value="bug", title="Bug")]
    >>> b = [Label(value="defect", title="bug ")]
    >>> match_labels(a, b)[0]
    {'bug': 'defect'}
    """
    new_values = {lb.value for lb in new}
    old_values = {lb.value for lb in old}
    kept = {lb.value: lb.value for lb in old if lb.value in new_values}
    gone = [lb for lb in old if lb.value not in new_values]
    fresh = [lb for lb in new if lb.value not in old_values]
    renames = _declared(gone, fresh)
    taken = {r.old for r in renames} | {r.new for r in renames}
    renames += _inferred([g for g in gone if g.value not in taken],
                         [f for f in fresh if f.value not in taken])
    return kept | {r.old: r.new for r in renames}, renames


def _declared(gone: list[Label], fresh: list[Label]) -> list[Rename]:
    found: list[Rename] = []
    free = {lb.value for lb in gone}
    for label in fresh:
        alias = next((a for a in label.aliases if a in free), None)
        if alias is not None:
            free.discard(alias)
            found.append(Rename(alias, label.value, "its old value is an alias"))
    return found


def _inferred(gone: list[Label], fresh: list[Label]) -> list[Rename]:
    found: list[Rename] = []
    free = list(fresh)
    for label in gone:
        scored = [(_likeness(label, f), -i, f) for i, f in enumerate(free)]
        best = max(scored, default=None, key=lambda s: (s[0][0], s[1]))
        if best is None or best[0][0] < SIMILAR:
            continue
        free.remove(best[2])
        found.append(Rename(label.value, best[2].value, best[0][1]))
    return found


def _likeness(old: Label, new: Label) -> tuple[float, str]:
    if normal(old.title) and normal(old.title) == normal(new.title):
        return 1.0, f"same title {quoted(new.title)}"
    a, b = normal(old.definition), normal(new.definition)
    if not (a and b):
        return 0.0, ""
    ratio = SequenceMatcher(None, a, b, autojunk=False).ratio()
    return ratio, f"definition {int(ratio * 100)}% alike"
