"""The check registry, the lint table's levels, and checks beyond the corpus."""

from __future__ import annotations

import importlib
import pkgutil
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from guidekit.spec import checks as checks_package
from guidekit.spec.checks import CHECKS, Check, Finding, run_checks
from guidekit.spec.checks.version_semver import is_semver, nearest_semver
from guidekit.spec.codes import FIXED_CODES
from guidekit.spec.loader import LoadedSpec, read_spec
from guidekit.spec.models import Spec
from guidekit.spec.validate import validate_spec
from guidekit.spec.where import Where

CASES = Path(__file__).parent / "cases"
KEBAB = re.compile(r"[a-z][a-z0-9]*(-[a-z0-9]+)*")


def test_every_check_module_is_registered() -> None:
    found = {}
    for info in pkgutil.iter_modules(checks_package.__path__):
        module = importlib.import_module(f"guidekit.spec.checks.{info.name}")
        check = getattr(module, "CHECK", None)
        if isinstance(check, Check):
            found[check.code] = check
    assert found == CHECKS


@pytest.mark.parametrize("code", sorted(CHECKS))
def test_check_is_described(code: str) -> None:
    check = CHECKS[code]
    assert check.code == code and KEBAB.fullmatch(code)
    assert check.level in ("error", "warning")
    assert check.doc and "\n" not in check.doc and len(check.doc) <= 120
    assert code not in FIXED_CODES


@pytest.mark.parametrize("code", sorted(CHECKS))
def test_corpus_has_a_case_for_every_check(code: str) -> None:
    expected = [*CASES.glob("*.expected"), *CASES.glob("*/expected")]
    texts = " ".join(p.read_text(encoding="utf-8") for p in expected)
    assert re.search(rf"\s{re.escape(code)}(\s|$)", texts), (
        f"no corpus case expects '{code}': add one under tests/spec/cases")


def loaded(tmp_path: Path, text: str) -> LoadedSpec:
    path = tmp_path / "guideline.yaml"
    path.write_text(text, encoding="utf-8")
    spec, problems = read_spec(path)
    assert spec is not None and problems == []
    return spec


SPEC = """spec: guidekit/v1
id: s
title: S
version: "1.0.0"
task: {fields: [{name: text}]}
labels: [{value: "a"}]
gold: [{id: g1, item: {text: x}, label: "a"}]
scoring: {min_gold_per_label: 1}
"""


def test_a_check_set_off_is_not_run(tmp_path: Path,
                                    monkeypatch: pytest.MonkeyPatch) -> None:
    def explode(_: LoadedSpec) -> Iterator[Finding]:
        raise AssertionError("an 'off' check ran")

    fake = Check("label-no-definition", "warning", "Stand-in.", explode)
    monkeypatch.setitem(CHECKS, fake.code, fake)
    spec = loaded(tmp_path, SPEC + "lint: {label-no-definition: off}\n")
    assert run_checks(spec) == []


def test_lint_levels_replace_the_defaults(tmp_path: Path) -> None:
    default = [(p.level, p.code) for p in run_checks(loaded(tmp_path, SPEC))]
    assert default == [("warning", "label-no-definition")]
    raised = loaded(tmp_path, SPEC + "lint: {label-no-definition: error}\n")
    assert [(p.level, p.code) for p in run_checks(raised)] == [
        ("error", "label-no-definition")]


def test_unknown_and_fixed_codes_say_what_to_do(tmp_path: Path) -> None:
    spec = loaded(tmp_path, SPEC + "lint:\n  label-no-defintion: off\n"
                                   "  duplicate-key: off\n")
    found = {p.code: p for p in run_checks(spec)}
    unknown, fixed = found["unknown-check"], found["fixed-level"]
    assert (unknown.line, unknown.col) == (10, 3)
    assert unknown.hint == "did you mean 'label-no-definition'?"
    assert fixed.message == ("'duplicate-key' is a loader problem; its level "
                             "cannot be set to 'off'")
    assert "label-no-definition" in found  # the misspelt entry changed nothing


@pytest.mark.parametrize(("written", "meant"), [
    ("1.10", "1.10.0"), ("1", "1.0.0"), ("v1.2.3", "1.2.3"), ("01.02.3", "1.2.3"),
    ("1.0-rc.1", "1.0.0-rc.1"), ("1.2.3.4", None), ("latest", None), ("", None),
])
def test_nearest_semver(written: str, meant: str | None) -> None:
    assert not is_semver(written)
    assert nearest_semver(written) == meant


def test_contradiction_names_both_items_and_the_other_line() -> None:
    problems = [p for p in validate_spec(CASES / "check-gold-contradiction.yaml")
                if p.code == "gold-contradiction"]
    assert [p.message for p in problems] == [
        "gold 'g2' is the same item as gold 'g1' (line 13) but answers 'no', "
        "not 'yes'",
        "gold 'g3' is the same item as gold 'g1' (line 13) but answers 'yes' "
        "(also 'no'), not 'yes'"]


def test_imbalance_gives_the_counts() -> None:
    [problem] = [p for p in validate_spec(CASES / "check-gold-imbalance.yaml")
                 if p.code == "gold-imbalance"]
    assert problem.message == ("label 'b' has 2 gold item(s) against 11 for 'a' "
                               "[2:11], more than 5:1")


def big_spec(gold: int = 10_000, labels: int = 50, rules: int = 200) -> LoadedSpec:
    per_label = rules // labels
    data = {
        "spec": "guidekit/v1", "id": "big", "title": "Big", "version": "1.0.0",
        "task": {"fields": [{"name": "text"}, {"name": "hypothesis"}]},
        "labels": [{"value": f"l{i}", "definition": "D.",
                    "rules": [{"id": f"R{i}-{j}", "text": "T."}
                              for j in range(per_label)]} for i in range(labels)],
        "examples": [{"id": "ex", "item": {"text": "e", "hypothesis": "h"},
                      "label": "l0"}],
        "gold": [{"id": f"g{n}", "label": f"l{n % labels}",
                  "item": {"text": f"Text number {n} with some words",
                           "hypothesis": f"hypothesis {n % 977}"},
                  "rules": [f"R{n % labels}-{n // labels % per_label}"],
                  "difficulty": "hard", "rationale": "Because.",
                  "provenance": {"source": "llm", "reviewed_by": "kim"}}
                 for n in range(gold)],
        "changelog": [{"version": "1.0.0", "changes": ["First."]}],
    }
    return LoadedSpec(Spec.model_validate(data), Path("big.yaml"), Where())


def test_a_large_clean_spec_gives_no_problems() -> None:
    """The 10,000-item spec the benchmark times is clean (bench/validate.py
    prints how long the checks take; no test here is timed)."""
    assert run_checks(big_spec()) == []
