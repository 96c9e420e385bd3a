"""Meaning checks over a loaded spec, one module each, in one registry."""

from __future__ import annotations

from guidekit.problems import Problem, sort_problems
from guidekit.spec.checks import (
    alias_conflict,
    answer_shape,
    changelog_current,
    choice_count,
    duplicate_id,
    gold_contradiction,
    gold_coverage,
    gold_imbalance,
    gold_leak,
    gold_near_duplicate,
    hard_no_rationale,
    implicit_type,
    item_fields,
    label_no_definition,
    label_without_gold,
    machine_gold_unreviewed,
    quiz_cannot_pass,
    rating_range,
    rule_untested,
    span_bounds,
    span_overlap,
    span_text,
    task_settings,
    unknown_label,
    unknown_rule,
    version_semver,
)
from guidekit.spec.checks.base import Check, Finding
from guidekit.spec.checks.lint import lint_levels
from guidekit.spec.loader import LoadedSpec
from guidekit.spec.models import LintLevel
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
        task_settings,
        answer_shape,
        choice_count,
        span_bounds,
        span_text,
        span_overlap,
        rating_range,
        gold_coverage,
        gold_imbalance,
        gold_contradiction,
        gold_near_duplicate,
        machine_gold_unreviewed,
        hard_no_rationale,
        rule_untested,
        label_no_definition,
        version_semver,
        changelog_current,
        quiz_cannot_pass,
    )
}


def run_checks(loaded: LoadedSpec) -> list[Problem]:
    """Every registered check's findings as problems, in reading order.

    Each check runs at the level the spec's `lint:` table gives it, or its
    default; a check set to `off` is not run.
    """
    levels, problems = lint_levels(loaded, CHECKS)
    for check in CHECKS.values():
        level = levels[check.code]
        if level == "off":
            continue
        for found in check.run(loaded):
            problems.append(_problem(loaded, check.code, level, found))
    return sort_problems(problems)


def _problem(loaded: LoadedSpec, code: str, level: LintLevel,
             found: Finding) -> Problem:
    where = loaded.where
    pos = where.key_at(found.at) if found.on_key else where.at(found.at)
    return Problem(pos.path or str(loaded.path), pos.line, pos.col,
                   "warning" if level == "warning" else "error", code,
                   found.message, found.hint, json_path(found.at))


__all__ = ["CHECKS", "Check", "Finding", "run_checks"]
