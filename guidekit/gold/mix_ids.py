"""Ids for planted items that look like the batch's own.

Two schemes. "shape": each new id takes the length of a batch id drawn at
random and, at each position, a character drawn from those the batch's
ids of that length hold there, so a shared prefix stays, digits stay
digits and hex stays hex; an all-digit id also stays between the batch's
smallest and largest number. A candidate that is already an id, or holds
a planted gold item's id, is drawn again.

"opaque": when the batch's ids ascend in file order (1, 2, 3 or sorted
names, where a new id would stand out by its place), or when drawing
runs dry (dense numbers), every row, batch and planted alike, gets a
fresh random id of OPAQUE_LENGTH lowercase letters and digits; the
mapping then keeps each batch row's old id. Randomness comes only from
the caller's seeded generator, never from a hash of the gold id.
"""

from __future__ import annotations

import random
import string
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

ALPHABET = string.ascii_lowercase + string.digits
OPAQUE_LENGTH = 12
TRIES = 200

Scheme = Literal["shape", "opaque"]


@dataclass(frozen=True)
class IdPlan:
    """New ids for the planted rows and, for "opaque", for every batch row."""

    scheme: Scheme
    planted: tuple[str, ...]
    batch: tuple[str, ...] | None = None


def plan_ids(batch_ids: Sequence[str], count: int, avoid: Sequence[str],
             rng: random.Random) -> IdPlan:
    """Ids for `count` planted rows; none holds a string of `avoid`.

    >>> plan = plan_ids(["k7", "a2", "q9"], 2, ["g1"], random.Random(3))
    >>> plan.scheme, len(plan.planted), all(len(i) == 2 for i in plan.planted)
    ('shape', 2, True)
    >>> plan_ids(["1", "2", "3"], 1, [], random.Random(3)).scheme
    'opaque'
    """
    hidden = [text.lower() for text in avoid if text]
    if not _ascending(batch_ids):
        shaped = _shaped(batch_ids, count, hidden, rng)
        if shaped is not None:
            return IdPlan("shape", tuple(shaped))
    fresh = _opaque(len(batch_ids) + count, hidden, rng)
    return IdPlan("opaque", tuple(fresh[len(batch_ids):]),
                  tuple(fresh[: len(batch_ids)]))


def _ascending(ids: Sequence[str]) -> bool:
    if all(text.isdigit() for text in ids):
        numbers = [int(text) for text in ids]
        return all(a < b for a, b in zip(numbers, numbers[1:], strict=False))
    return all(a < b for a, b in zip(ids, ids[1:], strict=False))


def _shaped(ids: Sequence[str], count: int, hidden: list[str],
            rng: random.Random) -> list[str] | None:
    groups: dict[int, list[str]] = defaultdict(list)
    for text in ids:
        groups[len(text)].append(text)
    alphabets = {size: [sorted(set(chars)) for chars in zip(*group, strict=True)]
                 for size, group in groups.items()}
    bounds = _bounds(ids)
    taken, made = set(ids), []
    for _ in range(count):
        found = _draw(ids, alphabets, taken, hidden, bounds, rng)
        if found is None:
            return None
        taken.add(found)
        made.append(found)
    return made


def _draw(ids: Sequence[str], alphabets: dict[int, list[list[str]]],
          taken: set[str], hidden: list[str], bounds: tuple[int, int] | None,
          rng: random.Random) -> str | None:
    for _ in range(TRIES):
        columns = alphabets[len(rng.choice(ids))]
        found = "".join(rng.choice(chars) for chars in columns)
        if found in taken or _holds(found, hidden):
            continue
        if bounds is None or bounds[0] <= int(found) <= bounds[1]:
            return found
    return None


def _bounds(ids: Sequence[str]) -> tuple[int, int] | None:
    if not all(text.isdigit() for text in ids):
        return None
    numbers = [int(text) for text in ids]
    return min(numbers), max(numbers)


def _opaque(count: int, hidden: list[str], rng: random.Random) -> list[str]:
    made: dict[str, None] = {}
    while len(made) < count:
        found = "".join(rng.choice(ALPHABET) for _ in range(OPAQUE_LENGTH))
        if not _holds(found, hidden):
            made[found] = None
    return list(made)


def _holds(candidate: str, hidden: list[str]) -> bool:
    lowered = candidate.lower()
    return any(text in lowered for text in hidden)
