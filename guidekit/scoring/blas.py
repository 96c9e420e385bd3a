"""One BLAS thread for the bootstraps' matrix products.

The bootstraps make many small products (bootstrap_kappa, bootstrap).
Given two threads, OpenBLAS's second one spins while it waits for work,
so on a 2-core machine with anything else running they took three times
as long (bench/score.py), and an idle machine gained nothing from it.
threadpoolctl sets the limit for whichever BLAS numpy was built with, and
puts the caller's own setting back on exit.
"""

from __future__ import annotations

from contextlib import AbstractContextManager

from threadpoolctl import threadpool_limits


def one_thread() -> AbstractContextManager[object]:
    """A context in which numpy's BLAS uses one thread."""
    limits: AbstractContextManager[object] = threadpool_limits(
        limits=1, user_api="blas")
    return limits
