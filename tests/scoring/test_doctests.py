"""The examples in the score package's docstrings run and hold."""

from __future__ import annotations

import doctest
import importlib
import pkgutil

import pytest

import guidekit.scoring

MODULES = sorted(m.name for m in pkgutil.iter_modules(guidekit.scoring.__path__,
                                                      "guidekit.scoring."))


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name: str) -> None:
    result = doctest.testmod(importlib.import_module(name))
    assert result.failed == 0
