"""docs/checks.md is the reference page made from the checks, and current."""

from __future__ import annotations

from pathlib import Path

from guidekit.spec.checks import CHECKS
from guidekit.spec.checks.reference import entries, reference_markdown, reference_text
from guidekit.spec.codes import FIXED_CODES

ROOT = Path(__file__).resolve().parents[2]
PAGE = ROOT / "docs" / "checks.md"


def test_committed_reference_page_is_current() -> None:
    assert PAGE.read_text(encoding="utf-8") == reference_markdown(entries()), (
        "docs/checks.md is stale: run "
        "`guidekit checks --format markdown -o docs/checks.md`")


def test_page_lists_every_code_once_with_its_level() -> None:
    page = reference_markdown(entries())
    for code, check in CHECKS.items():
        assert page.count(f"\n### {code}\n") == 1
        assert f"| [`{code}`](#{code}) | {check.level} |" in page
    for code, fixed in FIXED_CODES.items():
        assert page.count(f"| `{code}` | {fixed.stage} | {fixed.level} |") == 1


def test_text_lists_every_code_in_one_line() -> None:
    lines = reference_text(entries()).splitlines()
    assert lines[0].split() == ["code", "level", "stage", "doc"]
    codes = [line.split()[0] for line in lines[1:]]
    assert sorted(codes) == sorted([*CHECKS, *FIXED_CODES])
    gold_leak = next(line for line in lines if line.startswith("gold-leak "))
    assert gold_leak.split()[1:3] == ["error", "check"]
