"""What a check is: a code, a default level, a doc line and a function."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from guidekit.problems import Level
from guidekit.spec.loader import LoadedSpec
from guidekit.spec.models import LintLevel

LINT_LEVELS: tuple[LintLevel, ...] = ("error", "warning", "off")


@dataclass(frozen=True)
class Finding:
    """One thing a check found, at a data path such as ('gold', 3, 'label').

    `on_key` places it on the key rather than the value.
    """

    at: tuple[Any, ...]
    message: str
    hint: str | None = None
    on_key: bool = False


@dataclass(frozen=True)
class Check:
    """One meaning check. `doc` is one line; `rationale` and `fix` feed the
    reference page (`guidekit checks --format markdown`)."""

    code: str
    level: Level
    doc: str
    run: Callable[[LoadedSpec], Iterable[Finding]]
    rationale: str = ""
    fix: str = ""
