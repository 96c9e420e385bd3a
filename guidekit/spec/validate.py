"""Validate spec files: loading, schema and meaning, all problems at once."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from guidekit.problems import Problem, sort_problems
from guidekit.spec.checks import run_checks
from guidekit.spec.collector import collector_paused
from guidekit.spec.loader import read_spec


def validate_spec(path: str | Path) -> list[Problem]:
    """Every problem in one spec, sorted by place.

    >>> [p.code for p in validate_spec("no/such/spec.yaml")]
    ['unreadable']
    """
    with collector_paused():
        problems = _problems(path)
    return sort_problems(problems)


def _problems(path: str | Path) -> list[Problem]:
    # the spec is freed on return, before the collector runs again
    loaded, problems = read_spec(path)
    if loaded is not None:
        problems = problems + run_checks(loaded)
    return problems


def validate_specs(paths: Iterable[str | Path]) -> list[Problem]:
    """Problems of several specs, each spec's in reading order."""
    found: list[Problem] = []
    for path in paths:
        found.extend(validate_spec(path))
    return found
