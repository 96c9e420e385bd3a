"""Load a spec file: YAML with positions, side files, then the models."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from pydantic import TypeAdapter, ValidationError

from guidekit.errors import SpecError
from guidekit.problems import Problem, has_errors, sort_problems
from guidekit.spec.collector import collector_paused
from guidekit.spec.includes import expand_gold
from guidekit.spec.models import GoldInclude, GoldItem, Spec, SpecFile
from guidekit.spec.pydantic_problems import problems_from
from guidekit.spec.where import Where
from guidekit.spec.yamlread import YamlProblem, read_yaml_text


@dataclass(frozen=True)
class LoadedSpec:
    """A validated spec, its file, where each of its values stood, and the
    warnings found while loading it.

    `dropped_gold` counts the gold items left out because they failed the
    schema: checks that count gold per label stay silent when it is not 0.
    """

    spec: Spec
    path: Path
    where: Where
    warnings: tuple[Problem, ...] = ()
    dropped_gold: int = 0

    @property
    def gold_fingerprint(self) -> str:
        return gold_fingerprint(self.spec)


GOLD_LIST = TypeAdapter(list[GoldItem])


def read_spec(path: str | Path) -> tuple[LoadedSpec | None, list[Problem]]:
    """Load `path`; return the spec and every loading and schema problem.

    The spec is None when its top level does not validate. When only some
    gold items are bad, they are reported and left out, and the rest is
    returned, so the meaning checks (`guidekit.spec.checks`) can still run
    on it: check the problems for errors before trusting the spec.
    """
    path = Path(path)
    shown = str(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        reason = exc.strerror or str(exc)
        return None, [Problem(shown, 1, 1, "error", "unreadable",
                              f"cannot read file: {reason.lower()}")]
    try:
        doc = read_yaml_text(shown, raw)
    except YamlProblem as exc:
        return None, [exc.problem]
    problems = list(doc.problems)
    data = doc.data
    gold: list[GoldItem] = []
    dropped = 0
    if isinstance(data, dict):
        expand_gold(data, doc.where, path, problems)
        if isinstance(data.get("gold"), list):
            gold = _valid_gold(data["gold"], doc.where, problems)
            dropped = len(data["gold"]) - len(gold)
            data = {**data, "gold": []}
    try:
        spec = Spec.model_validate(data)
    except ValidationError as exc:
        problems += problems_from(exc, doc.where, [SpecFile, GoldInclude])
        return None, sort_problems(problems)
    spec = spec.model_copy(update={"gold": gold})
    loaded = LoadedSpec(spec, path, doc.where, dropped_gold=dropped)
    return loaded, sort_problems(problems)


def _valid_gold(rows: list[Any], where: Where,
                problems: list[Problem]) -> list[GoldItem]:
    """The gold items that validate; the others become problems.

    One batch call when all are good (the usual case); else the bad rows
    are reported, dropped, and the places of the rest renumbered.
    """
    try:
        return GOLD_LIST.validate_python(rows)
    except ValidationError as exc:
        problems += problems_from(exc, where, [GoldItem], ("gold",))
        bad = {detail["loc"][0] for detail in exc.errors()}
    kept = [i for i in range(len(rows)) if i not in bad]
    where.renumber(("gold",), {old: new for new, old in enumerate(kept)})
    return GOLD_LIST.validate_python([rows[i] for i in kept])


def load_spec(path: str | Path, *, checks: bool = True) -> LoadedSpec:
    """Load a spec and run every check; raise SpecError on any error.

    Warnings come back on the result, in `warnings`. With checks=False only
    the file and its schema must be sound (for diffs of work in progress).

    >>> load_spec("specs/triage/guideline.yaml").spec.id
    'triage'
    """
    # the checks import this module for LoadedSpec: import them late
    from guidekit.spec.checks import run_checks

    with collector_paused(keep=True):
        loaded, problems = read_spec(path)
        if checks and loaded is not None and not has_errors(problems):
            problems = sort_problems(problems + run_checks(loaded))
    errors = [p for p in problems if p.is_error]
    if loaded is None or errors:
        raise SpecError(errors)
    return replace(loaded, warnings=tuple(problems))


def gold_fingerprint(spec: Spec) -> str:
    """sha256 over the gold items in a canonical JSON form.

    Values left at their defaults are not part of it, so a field added to
    the format later does not change the fingerprint of existing gold.
    """
    gold = GOLD_LIST.dump_python(spec.gold, mode="json", by_alias=True,
                                 exclude_defaults=True)  # one call, not one per item
    blob = json.dumps(gold, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return "sha256:" + hashlib.sha256(blob.encode("utf-8")).hexdigest()
