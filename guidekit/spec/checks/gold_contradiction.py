"""Two gold items are the same item with different answers."""

from __future__ import annotations

from collections.abc import Iterator

from guidekit.spec.checks.answers import show_answer
from guidekit.spec.checks.base import Check, Finding
from guidekit.spec.checks.same_item import place, same_items
from guidekit.spec.loader import LoadedSpec


def run(loaded: LoadedSpec) -> Iterator[Finding]:
    gold = loaded.spec.gold
    for pair in same_items(loaded):
        if pair.same_answer:
            continue
        this, other = gold[pair.later], gold[pair.earlier]
        yield Finding(("gold", pair.later, "item"),
                      f"gold '{this.id}' is the same item as gold '{other.id}' "
                      f"({place(loaded, pair.later, pair.earlier)}) but answers "
                      f"{show_answer(this)}, not {show_answer(other)}",
                      "decide the right answer and keep one of the two")


CHECK = Check(
    "gold-contradiction", "error",
    "Two gold items are the same item with different answers.", run,
    rationale="Whichever answer an annotator gives, one of the two items marks "
    "it wrong. Items count as the same after folding case, space and Unicode "
    "form, as for gold-leak.",
    fix="Settle the answer (use `also:` when both labels are right) and drop "
    "the duplicate.",
)
