"""Work that several checks share, done once per loaded spec.

The checks run one after another over the same LoadedSpec, so keeping the
last result (by identity, through a weak reference) is enough.
"""

from __future__ import annotations

import functools
import weakref
from collections.abc import Callable
from typing import Any, TypeVar

from guidekit.spec.gold_columns import column
from guidekit.spec.loader import LoadedSpec

T = TypeVar("T")


def once_per_spec(compute: Callable[[LoadedSpec], T]) -> Callable[[LoadedSpec], T]:
    """Wrap `compute` so that a second call for the same spec reuses the first.

    >>> calls = []
    >>> twice = once_per_spec(lambda loaded: calls.append(1) or len(calls))
    >>> spec = LoadedSpec(None, None, None)  # type: ignore[arg-type]
    >>> twice(spec), twice(spec), len(calls)
    (1, 1, 1)
    """
    last: list[tuple[weakref.ref[LoadedSpec], T]] = []

    @functools.wraps(compute)
    def wrapper(loaded: LoadedSpec) -> T:
        if last and last[0][0]() is loaded:
            return last[0][1]
        value = compute(loaded)
        last[:] = [(weakref.ref(loaded), value)]
        return value

    return wrapper


@once_per_spec
def _gold_columns(loaded: LoadedSpec) -> dict[str, list[Any]]:
    return {}


def gold_column(loaded: LoadedSpec, name: str) -> list[Any]:
    """gold_columns.column of the spec's gold, read once for all the checks
    (so the list is shared: read it, never change it)."""
    found = _gold_columns(loaded)
    if name not in found:
        found[name] = column(loaded.spec.gold, name)
    return found[name]
