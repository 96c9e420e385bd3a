"""Pause Python's cycle collector while a spec is read and checked.

Reading a large spec makes hundreds of thousands of small objects (nodes,
dicts, tuples, models) that stay alive until the end. Each collection
walks all of them, so the collector's work grows with the square of the
spec's size. None of them form cycles (a recursive alias is refused), so
reference counting frees them; the collector runs again afterwards.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused() -> Iterator[None]:
    """Run the block with the cycle collector off, then put it back as it was.

    >>> with collector_paused():
    ...     gc.isenabled()
    False
    """
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()
