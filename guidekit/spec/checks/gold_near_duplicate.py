"""Two gold items are the same item, up to case, space and Unicode form."""

from __future__ import annotations

from collections.abc import Iterator

from guidekit.spec.checks.base import Check, Finding
from guidekit.spec.checks.same_item import place, same_items
from guidekit.spec.loader import LoadedSpec


def run(loaded: LoadedSpec) -> Iterator[Finding]:
    gold = loaded.spec.gold
    for pair in same_items(loaded):
        if not pair.same_answer:
            continue
        this, other = gold[pair.later], gold[pair.earlier]
        yield Finding(("gold", pair.later, "item"),
                      f"gold '{this.id}' repeats gold '{other.id}' "
                      f"({place(loaded, pair.later, pair.earlier)}) with the "
                      "same answer", "drop one: a repeated item counts twice "
                      "in every score")


CHECK = Check(
    "gold-near-duplicate", "warning",
    "Two gold items are the same item (up to case, space and Unicode form) "
    "with the same answer.", run,
    rationale="A repeated item weighs twice in accuracy and kappa, and a quiz "
    "may ask it twice. Differences of case, spacing or Unicode form (NFKC) are "
    "not counted as differences.",
    fix="Keep one of the two items.",
)
