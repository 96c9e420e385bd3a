"""Meaning checks over a loaded spec, one module each, in one registry."""

from __future__ import annotations

from guidekit.problems import Problem, sort_problems
from guidekit.spec.checks import (
    alias_conflict,
    duplicate_id,
    gold_leak,
    implicit_type,
    item_fields,
    label_without_gold,
    unknown_label,
    unknown_rule,
)
from guidekit.spec.checks.base import Check, Finding
from guidekit.spec.loader import LoadedSpec
from guidekit.spec.where import json_path

CHECKS: dict[str, Check] = {
    module.CHECK.code: module.CHECK
    for module in (
        unknown_label,
        unknown_rule,
        duplicate_id,
        alias_conflict,
        label_without_gold,
        gold_leak,
        item_fields,
        implicit_type,
    )
}


def run_checks(loaded: LoadedSpec) -> list[Problem]:
    """Every registered check's findings as problems, in reading order."""
    problems = []
    for check in CHECKS.values():
        for found in check.run(loaded):
            problems.append(_problem(loaded, check, found))
    return sort_problems(problems)


def _problem(loaded: LoadedSpec, check: Check, found: Finding) -> Problem:
    where = loaded.where
    pos = where.key_at(found.at) if found.on_key else where.at(found.at)
    return Problem(pos.path or str(loaded.path), pos.line, pos.col, check.level,
                   check.code, found.message, found.hint, json_path(found.at))


__all__ = ["CHECKS", "Check", "Finding", "run_checks"]
