"""Report formats: pure functions from a ScoreReport to text, by name."""

from __future__ import annotations

from collections.abc import Callable

from guidekit.scoring.fmt_csv import format_csv
from guidekit.scoring.fmt_csv_provenance import format_provenance_csv
from guidekit.scoring.fmt_html import format_html
from guidekit.scoring.fmt_json import format_json
from guidekit.scoring.fmt_markdown import format_markdown
from guidekit.scoring.fmt_table import format_table
from guidekit.scoring.report import ScoreReport

Formatter = Callable[[ScoreReport], str]

FORMATS: dict[str, Formatter] = {
    "table": format_table,
    "json": format_json,
    "csv": format_csv,
    "markdown": format_markdown,
    "html": format_html,
    "provenance-csv": format_provenance_csv,
}
