"""The bootstraps run with one BLAS thread, and their figures do not
depend on the thread count (their sums are exact integers)."""

from __future__ import annotations

from contextlib import nullcontext

import numpy as np
import pytest
from threadpoolctl import threadpool_info, threadpool_limits

from guidekit.scoring import bootstrap, bootstrap_kappa
from guidekit.scoring.blas import one_thread
from guidekit.scoring.bootstrap import bootstrap_alpha
from guidekit.scoring.bootstrap_kappa import bootstrap_matrices


def blas_threads() -> list[int]:
    return [pool["num_threads"] for pool in threadpool_info()
            if pool["user_api"] == "blas"]


def test_one_thread_inside_and_the_callers_setting_back_after() -> None:
    with threadpool_limits(limits=2, user_api="blas"):
        before = blas_threads()
        with one_thread():
            assert blas_threads() and set(blas_threads()) == {1}
        assert blas_threads() == before


def test_figures_the_same_with_one_thread_or_two(
        monkeypatch: pytest.MonkeyPatch) -> None:
    rng = np.random.default_rng(7)
    # one size of matrix, so they share products large enough for threads
    cube = rng.multinomial(400, np.full(25, 1 / 25), size=300).reshape(-1, 5, 5)
    units = rng.integers(0, 4, size=(4000, 5))
    one = bootstrap_matrices(cube), bootstrap_alpha(units)
    for module in (bootstrap, bootstrap_kappa):
        monkeypatch.setattr(module, "one_thread", nullcontext)
    with threadpool_limits(limits=2, user_api="blas"):
        two = bootstrap_matrices(cube), bootstrap_alpha(units)
    assert one == two
