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
def collector_paused(*, keep: bool = False) -> Iterator[None]:
    """Run the block with the cycle collector off, then put it back as it was.

    keep=True is for a block whose objects outlive it, such as a loaded
    spec: they are moved straight to the oldest generation (gc.freeze,
    then gc.unfreeze), where the collector's first passes would have put
    them, without those passes. Not done when some objects are frozen
    already: unfreezing would give them back to the collector.

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
            if keep and not gc.get_freeze_count():
                gc.freeze()
                gc.unfreeze()
            gc.enable()


@contextmanager
def collector_spared() -> Iterator[None]:
    """Keep the cycle collector off every object alive now, until the block
    ends (gc.freeze, then gc.unfreeze): for a long step that makes many
    objects while older ones, a loaded spec, only wait. Nothing is done
    when some objects are frozen already.

    >>> with collector_spared():
    ...     gc.get_freeze_count() > 0
    True
    """
    if gc.get_freeze_count():
        yield
        return
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()
