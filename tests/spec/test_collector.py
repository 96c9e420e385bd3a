"""The cycle collector is paused and spared, and always put back as it was."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest

from guidekit.spec.collector import collector_paused, collector_spared


@pytest.fixture(autouse=True)
def _collector_as_found() -> Iterator[None]:
    was_on = gc.isenabled()
    yield
    gc.unfreeze()
    if was_on:
        gc.enable()


def test_kept_objects_go_to_the_oldest_generation_uncounted() -> None:
    gc.enable()
    with collector_paused(keep=True):
        assert not gc.isenabled()
        made = [[n] for n in range(1000)]
    assert gc.isenabled() and gc.get_freeze_count() == 0
    oldest = {id(x) for x in gc.get_objects(generation=2)}
    assert all(id(x) in oldest for x in made)
    assert gc.get_count()[0] < 100  # no collection is owed for them


def test_a_collector_turned_off_stays_off() -> None:
    gc.disable()
    with collector_paused(keep=True):
        pass
    assert not gc.isenabled()


def test_objects_frozen_before_stay_frozen() -> None:
    gc.enable()
    gc.freeze()
    frozen = gc.get_freeze_count()
    with collector_paused(keep=True):
        [[n] for n in range(10)]
    assert gc.get_freeze_count() == frozen and gc.isenabled()
    with collector_spared():
        assert gc.get_freeze_count() == frozen
    assert gc.get_freeze_count() == frozen


def test_spared_objects_are_frozen_for_the_block_only() -> None:
    gc.unfreeze()
    before = [[n] for n in range(3)]
    with collector_spared():
        assert gc.get_freeze_count() >= len(before)
    assert gc.get_freeze_count() == 0
