"""`guidekit checks` in process: the listing, the Markdown page, -o."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from guidekit.cli import main
from guidekit.spec.checks import CHECKS
from guidekit.spec.checks.reference import entries, reference_markdown


def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.output


def test_lists_every_check_with_its_default_level() -> None:
    code, out = run("checks")
    assert code == 0
    rows = {line.split()[0]: line.split()[1] for line in out.splitlines()[1:]}
    assert {c: rows[c] for c in CHECKS} == {c: k.level for c, k in CHECKS.items()}
    assert rows["duplicate-key"] == "error"


def test_markdown_to_a_file(tmp_path: Path) -> None:
    target = tmp_path / "docs" / "checks.md"
    assert run("checks", "--format", "markdown", "-o", str(target)) == (0, "")
    assert target.read_text(encoding="utf-8") == reference_markdown(entries())


def test_unknown_format_is_a_usage_error() -> None:
    assert run("checks", "--format", "html")[0] == 2


def test_a_lint_level_decides_the_exit_code(tmp_path: Path) -> None:
    spec = tmp_path / "guideline.yaml"
    base = ('spec: guidekit/v1\nid: s\ntitle: S\nversion: "1.0.0"\n'
            'task: {fields: [{name: text}]}\nlabels: [{value: "a"}]\n'
            'gold: [{id: g1, item: {text: x}, label: "a"}]\n'
            'scoring: {min_gold_per_label: 1}\n')
    spec.write_text(base, encoding="utf-8")
    assert run("validate", str(spec))[0] == 0
    assert run("validate", "--strict", str(spec))[0] == 1
    spec.write_text(base + "lint: {label-no-definition: error}\n", encoding="utf-8")
    assert run("validate", str(spec))[0] == 1
    spec.write_text(base + "lint: {label-no-definition: off}\n", encoding="utf-8")
    assert run("validate", "--strict", str(spec)) == (0, "")
