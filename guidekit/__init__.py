"""guidekit: labeling guidelines as versioned, checked, scored artifacts.

>>> import guidekit
>>> loaded = guidekit.load_spec("specs/triage/guideline.yaml")  # doctest: +SKIP
>>> report = guidekit.score(loaded, ["specs/triage/submissions.csv"])  # doctest: +SKIP

The names below are imported on first use (PEP 562), so `import guidekit`
and `guidekit validate` do not pay for the scoring code, Jinja2 or the
Markdown renderer.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from guidekit.errors import GuidekitError, InputError, SpecError
from guidekit.problems import Problem

if TYPE_CHECKING:
    from guidekit.scoring import Columns, ScoreReport, score
    from guidekit.spec.loader import LoadedSpec, gold_fingerprint, load_spec, read_spec
    from guidekit.spec.models import Spec

__version__ = "0.1.0"

_LAZY = {
    "Columns": "guidekit.scoring",
    "ScoreReport": "guidekit.scoring",
    "score": "guidekit.scoring",
    "LoadedSpec": "guidekit.spec.loader",
    "gold_fingerprint": "guidekit.spec.loader",
    "load_spec": "guidekit.spec.loader",
    "read_spec": "guidekit.spec.loader",
    "Spec": "guidekit.spec.models",
}

__all__ = [
    "Columns",
    "GuidekitError",
    "InputError",
    "LoadedSpec",
    "Problem",
    "ScoreReport",
    "Spec",
    "SpecError",
    "__version__",
    "gold_fingerprint",
    "load_spec",
    "read_spec",
    "score",
]


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'guidekit' has no attribute '{name}'")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
