"""Every docstring example in the package runs and holds."""

from __future__ import annotations

import doctest
import importlib
import os
import pkgutil
from pathlib import Path

import pytest

import guidekit

ROOT = Path(__file__).resolve().parents[1]
MODULES = sorted(m.name for m in pkgutil.walk_packages(guidekit.__path__, "guidekit.")
                 if m.name not in {"guidekit.__main__"})


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)  # examples name files as the README does
    result = doctest.testmod(importlib.import_module(name))
    assert result.failed == 0


def test_modules_are_found() -> None:
    assert "guidekit.spec.yamlread" in MODULES
    assert os.sep not in "".join(MODULES)
