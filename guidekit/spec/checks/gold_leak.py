"""An example in the guide shows a gold item: it would leak the answer."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator, Mapping

from guidekit.spec.checks.base import Check, Finding
from guidekit.spec.loader import LoadedSpec


def item_key(item: Mapping[str, str]) -> tuple[tuple[str, str], ...]:
    """An item's fields after folding case, spaces and Unicode form."""
    return tuple(sorted((name, _fold(text)) for name, text in item.items()))


def _fold(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


def run(loaded: LoadedSpec) -> Iterator[Finding]:
    gold = {item_key(g.item): g.id for g in loaded.spec.gold}
    for i, example in enumerate(loaded.spec.examples):
        match = gold.get(item_key(example.item))
        if match is not None:
            yield Finding(("examples", i, "item"),
                          f"example '{example.id}' is the same item as gold "
                          f"'{match}'", "the guide would show the answer; "
                          "pick another example or drop the gold item")


CHECK = Check("gold-leak", "error", "An example is the same item as a gold item.",
              run)
