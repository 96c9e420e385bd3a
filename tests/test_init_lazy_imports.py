"""guidekit/__init__.py imports its public names on first use (PEP 562)."""

from __future__ import annotations

import subprocess
import sys

import pytest

import guidekit

HEAVY = ("guidekit.scoring", "jinja2", "markdown_it", "guidekit.render")


def imported_after(code: str) -> set[str]:
    probe = f"{code}\nimport sys\nprint('\\n'.join(sorted(sys.modules)))"
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True,
                          text=True, encoding="utf-8", timeout=60, check=True)
    return set(done.stdout.split())


def test_validate_path_does_not_import_scoring_or_templates() -> None:
    modules = imported_after("import guidekit, guidekit.cli.validate")
    assert "guidekit.spec.validate" in modules
    assert sorted(m for m in modules if m.startswith(HEAVY)) == []


def test_public_names_still_resolve() -> None:
    from guidekit import LoadedSpec, Spec, load_spec, score
    from guidekit.scoring import score as scoring_score
    from guidekit.spec.loader import LoadedSpec as Loaded

    assert score is scoring_score and LoadedSpec is Loaded
    assert guidekit.load_spec is load_spec and Spec.__name__ == "Spec"
    assert set(guidekit.__all__) <= set(dir(guidekit))
    assert all(getattr(guidekit, name) is not None for name in guidekit.__all__)


def test_an_unknown_name_is_an_attribute_error() -> None:
    with pytest.raises(AttributeError, match="has no attribute 'nothing_here'"):
        guidekit.nothing_here  # noqa: B018
