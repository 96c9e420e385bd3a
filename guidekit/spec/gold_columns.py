"""Gold fields a column at a time, for the quick whole-set test of a check.

A check over a big gold set first asks one question of whole columns (no
undefined label, no item with spans) with no Python step per item; only
when that fails does it walk the items one by one, which stays the plain,
reference way to find what it reports.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import repeat
from operator import attrgetter, eq
from typing import Any

from guidekit.spec.models import GoldItem


def column(gold: Sequence[GoldItem], name: str) -> list[Any]:
    """The field `name` of every gold item, in order.

    >>> column([GoldItem(id="g1", item={}, label="a")], "label")
    ['a']
    """
    return list(map(attrgetter(name), gold))


def all_none(values: list[Any]) -> bool:
    """Whether every value is None (every item left the field out)."""
    return values.count(None) == len(values)


def any_set(values: list[Any]) -> bool:
    """Whether some value is neither None nor empty."""
    return any(values)


def same_fields(items: list[dict[str, str]], names: set[str]) -> bool:
    """Whether the fields of every item (column "item") are exactly `names`."""
    return all(map(eq, map(dict.keys, items), repeat(names)))
