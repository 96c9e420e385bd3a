"""Report formats: pure functions from a ScoreReport to text, by name.

Each formatter is imported when first used: the HTML one brings in
Jinja2 and Markdown, which a JSON or table run has no need to load.
"""

from __future__ import annotations

from collections.abc import Callable
from importlib import import_module

from guidekit.scoring.report import ScoreReport

Formatter = Callable[[ScoreReport], str]

#: Format name -> (module in guidekit.scoring, function).
PLACES = {
    "table": ("fmt_table", "format_table"),
    "json": ("fmt_json", "format_json"),
    "csv": ("fmt_csv", "format_csv"),
    "markdown": ("fmt_markdown", "format_markdown"),
    "html": ("fmt_html", "format_html"),
    "provenance-csv": ("fmt_csv_provenance", "format_provenance_csv"),
}


def _lazy(module: str, name: str) -> Formatter:
    def run(report: ScoreReport) -> str:
        found: Formatter = getattr(import_module(f"guidekit.scoring.{module}"), name)
        return found(report)
    run.__name__ = name
    return run


FORMATS: dict[str, Formatter] = {fmt: _lazy(*place) for fmt, place in PLACES.items()}
