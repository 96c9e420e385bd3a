"""The broken-spec corpus: each case's problems are exactly its expected ones.

A case is `cases/NAME.yaml` with `cases/NAME.expected`, or a folder
`cases/NAME/` holding `guideline.yaml` and `expected` (for side files).
Each expected line is `[file:]line:col level code`.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from guidekit.spec.validate import validate_spec

CASES = Path(__file__).parent / "cases"


def discover() -> list[tuple[Path, Path]]:
    found = [(p, p.with_suffix(".expected")) for p in sorted(CASES.glob("*.yaml"))]
    found += [(d / "guideline.yaml", d / "expected")
              for d in sorted(CASES.iterdir()) if (d / "guideline.yaml").is_file()]
    return found


def expected_lines(spec: Path, expected: Path) -> list[str]:
    lines = []
    for raw in expected.read_text(encoding="utf-8").splitlines():
        if not raw.strip():
            continue
        place, level, code = raw.split()
        parts = place.split(":")
        file = spec if len(parts) == 2 else spec.parent / parts[0]
        lines.append(f"{file}:{parts[-2]}:{parts[-1]} {level} {code}")
    return sorted(lines)


@pytest.mark.parametrize(("spec", "expected"), discover(),
                         ids=lambda p: p.parent.name if p.name == "guideline.yaml"
                         else p.stem)
def test_case_gives_exactly_its_problems(spec: Path, expected: Path) -> None:
    found = sorted(f"{p.path}:{p.line}:{p.col} {p.level} {p.code}"
                   for p in validate_spec(spec))
    assert found == expected_lines(spec, expected)


def test_corpus_is_discovered() -> None:
    assert len(discover()) >= 10
