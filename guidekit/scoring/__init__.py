"""Scoring annotators against a spec's gold set.

Submissions (CSV, TSV, JSONL; one row per annotator per item) are read
one row at a time and reduced to count tables; every figure is computed
from those tables. `score` returns a plain ScoreReport, and `FORMATS`
turns one into text.
"""

from guidekit.scoring.api import score
from guidekit.scoring.columns import Columns
from guidekit.scoring.figures import Figure, Interval
from guidekit.scoring.formats import FORMATS
from guidekit.scoring.gold import ScoringError
from guidekit.scoring.labelscores import LabelScore
from guidekit.scoring.report import AnnotatorScore, ScoreReport

__all__ = [
    "FORMATS",
    "AnnotatorScore",
    "Columns",
    "Figure",
    "Interval",
    "LabelScore",
    "ScoreReport",
    "ScoringError",
    "score",
]
