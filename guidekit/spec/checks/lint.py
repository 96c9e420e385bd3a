"""The spec's `lint:` table: the level each check runs at, itself checked.

`lint: {rule-untested: off, gold-imbalance: error}` changes those checks'
levels for this spec; `off` does not run the check. Loader, schema and
lint codes keep their levels: naming one is a `fixed-level` problem, and a
code that does not exist is an `unknown-check` problem with a did-you-mean.
"""

from __future__ import annotations

import difflib
from collections.abc import Mapping

from guidekit.problems import Problem
from guidekit.spec.checks.base import Check
from guidekit.spec.codes import FIXED_CODES
from guidekit.spec.loader import LoadedSpec
from guidekit.spec.models import LintLevel
from guidekit.spec.where import json_path


def lint_levels(loaded: LoadedSpec, checks: Mapping[str, Check],
                ) -> tuple[dict[str, LintLevel], list[Problem]]:
    """Each check's level for this spec, and the lint table's own problems."""
    levels: dict[str, LintLevel] = {code: c.level for code, c in checks.items()}
    problems = []
    for code, level in loaded.spec.lint.items():
        if code in checks:
            levels[code] = level
        else:
            problems.append(_bad_code(loaded, code, level, checks))
    return levels, problems


def _bad_code(loaded: LoadedSpec, code: str, level: LintLevel,
              checks: Mapping[str, Check]) -> Problem:
    at = ("lint", code)
    pos = loaded.where.key_at(at)
    fixed = FIXED_CODES.get(code)
    if fixed is not None:
        what, message = "fixed-level", (
            f"'{code}' is a {fixed.stage} problem; its level cannot be set "
            f"to '{level}'")
        hint = f"remove '{code}' from lint: only meaning checks can be changed"
    else:
        what, message = "unknown-check", f"lint names unknown check '{code}'"
        hint = _did_you_mean(code, checks)
    return Problem(pos.path or str(loaded.path), pos.line, pos.col, "error",
                   what, message, hint, json_path(at))


def _did_you_mean(code: str, checks: Mapping[str, Check]) -> str:
    close = difflib.get_close_matches(code, list(checks), n=1, cutoff=0.6)
    if close:
        return f"did you mean '{close[0]}'?"
    return "run `guidekit checks` to list the check codes"
