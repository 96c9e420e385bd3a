"""An example in the guide shows a gold item: it would leak the answer."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterator, Mapping, Sequence
from operator import itemgetter
from typing import Any

from guidekit.spec.checks.base import Check, Finding
from guidekit.spec.checks.memo import gold_column, once_per_spec
from guidekit.spec.gold_columns import same_fields
from guidekit.spec.loader import LoadedSpec

ItemKey = tuple[Any, ...]


def item_key(item: Mapping[str, str], fields: Sequence[str] = ()) -> ItemKey:
    """An item's texts after folding case, spaces and Unicode form (NFKC).

    >>> item_key({"text": "The  ﬁle "}) == item_key({"text": "the file"})
    True
    >>> same = item_keyer(["a", "b"])
    >>> same({"a": "x", "b": "Y"}) == same({"b": "y", "a": "x"})
    True
    """
    return item_keyer(fields)(item)


def item_keyer(fields: Sequence[str]) -> Callable[[Mapping[str, str]], ItemKey]:
    """item_key for many items of one task: an item with exactly its fields
    gives the folded texts in field order; any other, sorted (name, text)
    pairs, which never equal such a key."""
    names = list(fields)
    wanted = set(names)
    exact = len(wanted) == len(names)

    def key(item: Mapping[str, str]) -> ItemKey:
        if exact and item.keys() == wanted:
            return tuple([_fold(item[name]) for name in names])
        return tuple(sorted([(name, _fold(text)) for name, text in item.items()]))

    return key


def _fold(text: str) -> str:
    if not text.isascii():
        text = unicodedata.normalize("NFKC", text)
    return " ".join(text.casefold().split())


def _fold_all(texts: list[str]) -> list[str]:
    """_fold over a column of texts, without a call per ASCII text."""
    return [" ".join(t.casefold().split()) if t.isascii() else _fold(t)
            for t in texts]


@once_per_spec
def gold_keys(loaded: LoadedSpec) -> list[ItemKey]:
    """item_key of every gold item, in order; worked out once per spec.

    When every item has exactly the task's fields (the usual case), the
    texts are folded a field at a time, which is the same key, faster.
    """
    fields = loaded.spec.field_names()
    gold = loaded.spec.gold
    wanted = set(fields)
    items = gold_column(loaded, "item")
    if len(wanted) < len(fields) or not same_fields(items, wanted):
        key = item_keyer(fields)
        return [key(g.item) for g in gold]
    columns = [_fold_all(list(map(itemgetter(name), items))) for name in fields]
    return list(zip(*columns, strict=True))


def run(loaded: LoadedSpec) -> Iterator[Finding]:
    if not loaded.spec.examples:
        return
    key_of = item_keyer(loaded.spec.field_names())
    gold: dict[ItemKey, str] = {}
    for g, key in zip(loaded.spec.gold, gold_keys(loaded), strict=True):
        gold.setdefault(key, g.id)
    for i, example in enumerate(loaded.spec.examples):
        match = gold.get(key_of(example.item))
        if match is not None:
            yield Finding(("examples", i, "item"),
                          f"example '{example.id}' is the same item as gold "
                          f"'{match}'", "the guide would show the answer; "
                          "pick another example or drop the gold item")


CHECK = Check(
    "gold-leak", "error", "An example is the same item as a gold item.", run,
    rationale="Examples are printed in the guide; a gold item among them "
    "hands annotators the answer before the quiz. Items are compared after "
    "folding case, space and Unicode form (NFKC).",
    fix="Pick another example, or drop the gold item.",
)
