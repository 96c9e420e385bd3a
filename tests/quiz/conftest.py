"""Fixtures for the quiz tests: the small spec and variants of it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from guidekit.spec.loader import LoadedSpec, load_spec

SMALL = Path(__file__).resolve().parent / "fixtures" / "small.yaml"

Variant = Callable[[Callable[[dict[str, Any]], None]], Path]


@pytest.fixture
def small_path() -> Path:
    return SMALL


@pytest.fixture
def small() -> LoadedSpec:
    return load_spec(SMALL)


@pytest.fixture
def variant(tmp_path: Path) -> Variant:
    """Write the small spec, changed by `edit`, into tmp_path; return its path."""
    def make(edit: Callable[[dict[str, Any]], None]) -> Path:
        with open(SMALL, encoding="utf-8") as handle:
            data = yaml.safe_load(handle)
        edit(data)
        path = tmp_path / "variant.yaml"
        with open(path, "w", encoding="utf-8") as handle:
            yaml.safe_dump(data, handle, allow_unicode=True, sort_keys=False)
        return path
    return make
