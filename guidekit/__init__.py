"""guidekit: labeling guidelines as versioned, checked, scored artifacts.

>>> import guidekit
>>> loaded = guidekit.load_spec("specs/triage/guideline.yaml")  # doctest: +SKIP
>>> report = guidekit.score(loaded, ["specs/triage/submissions.csv"])  # doctest: +SKIP
"""

from guidekit.errors import GuidekitError, InputError, SpecError
from guidekit.problems import Problem
from guidekit.scoring import Columns, ScoreReport, score
from guidekit.spec.loader import LoadedSpec, gold_fingerprint, load_spec, read_spec
from guidekit.spec.models import Spec

__version__ = "0.1.0"

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
