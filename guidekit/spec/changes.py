"""One change between two versions of a spec, and how to name things in it."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, Literal

from guidekit.spec.semver import RANK, Bump

Side = Literal["old", "new"]


@dataclass(frozen=True)
class Change:
    """A change with its stable code, the bump it needs and a message.

    `at` is the data path of the thing in the new spec, or in the old one
    (`side` "old") when it was removed. `old` and `new` hold the two texts
    of a wording change, for showing them side by side.

    >>> Change("label-added", "minor", "label 'spam' added", ("labels", 5)).bump
    'minor'
    """

    code: str
    bump: Bump
    message: str
    at: tuple[Any, ...] = ()
    side: Side = "new"
    old: str | None = None
    new: str | None = None


def highest(changes: Iterable[Change]) -> Bump | None:
    """The largest bump any of `changes` needs; None for no changes."""
    best: Bump | None = None
    for change in changes:
        if best is None or RANK[change.bump] > RANK[best]:
            best = change.bump
    return best


def quoted(value: object) -> str:
    """'value', shortened to one line of at most 60 characters."""
    return f"'{snippet(str(value), 60)}'"


def snippet(text: str, width: int) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 3].rstrip() + "..."


def names(values: Iterable[object]) -> str:
    """'a', 'b' and 'c' as a list for a message."""
    return ", ".join(quoted(v) for v in values)


def normal(text: str | None) -> str:
    """Text compared for meaning: case and runs of space ignored."""
    return " ".join((text or "").split()).casefold()


def same_words(old: str | None, new: str | None) -> bool:
    """Equal once runs of space are ignored: re-flowing a paragraph is no change."""
    if old is None or new is None:
        return old is new
    return old.split() == new.split()
