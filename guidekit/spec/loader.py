"""Load a spec file: YAML with positions, side files, then the models."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

from pydantic import ValidationError

from guidekit.errors import SpecError
from guidekit.problems import Problem, has_errors, sort_problems
from guidekit.spec.includes import expand_gold
from guidekit.spec.models import GoldInclude, Spec, SpecFile
from guidekit.spec.pydantic_problems import problems_from
from guidekit.spec.where import Where
from guidekit.spec.yamlread import YamlProblem, read_yaml_text


@dataclass(frozen=True)
class LoadedSpec:
    """A validated spec, its file, and where each of its values stood."""

    spec: Spec
    path: Path
    where: Where

    @property
    def gold_fingerprint(self) -> str:
        return gold_fingerprint(self.spec)


def read_spec(path: str | Path) -> tuple[LoadedSpec | None, list[Problem]]:
    """Load `path`; return the spec (None when it has errors) and all problems.

    The problems are the loader's and the schema's; the meaning checks are
    in `guidekit.spec.checks`.
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
    if isinstance(doc.data, dict):
        expand_gold(doc.data, doc.where, path, problems)
    try:
        spec = Spec.model_validate(doc.data)
    except ValidationError as exc:
        problems += problems_from(exc, doc.where, [SpecFile, GoldInclude])
        return None, sort_problems(problems)
    if has_errors(problems):
        return None, sort_problems(problems)
    return LoadedSpec(spec, path, doc.where), sort_problems(problems)


def load_spec(path: str | Path) -> LoadedSpec:
    """Load and schema-check a spec; raise SpecError listing every problem.

    >>> load_spec("specs/triage/guideline.yaml").spec.id  # doctest: +SKIP
    'triage'
    """
    loaded, problems = read_spec(path)
    if loaded is None:
        raise SpecError([p for p in problems if p.is_error])
    return loaded


def gold_fingerprint(spec: Spec) -> str:
    """sha256 over the gold items in a canonical JSON form."""
    gold = [item.model_dump(mode="json", by_alias=True) for item in spec.gold]
    blob = json.dumps(gold, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return "sha256:" + hashlib.sha256(blob.encode("utf-8")).hexdigest()
