"""The cells of one table row, read as text, with the row's place in errors."""

from __future__ import annotations

import html

from guidekit.errors import InputError
from guidekit.gold.table import Row

DIFFICULTIES = ("easy", "medium", "hard")


class Cells:
    """Text of the cells of `row`; a bad cell raises InputError at its line."""

    def __init__(self, path: str, row: Row) -> None:
        self.path, self.row = path, row

    def text(self, column: str | None) -> str:
        """The cell stripped; "" for no column or a JSON null."""
        if column is None:
            return ""
        value = self.row.cells[column]
        if value is None:
            return ""
        if isinstance(value, bool) or not isinstance(value, (str, int)):
            raise self._error(f"column '{column}' holds {type(value).__name__}, "
                              "expected text")
        return str(value).strip()

    def required(self, column: str, what: str) -> str:
        value = self.text(column)
        if not value:
            raise self._error(f"empty {what} in column '{column}'; every row "
                              "needs one")
        return value

    def field(self, column: str, unescape: bool) -> str:
        value = self.text(column)
        return html.unescape(value) if unescape else value

    def difficulty(self, column: str | None) -> str | None:
        value = self.text(column).lower()
        if value and value not in DIFFICULTIES:
            raise self._error(f"difficulty '{value}' in column '{column}' is not "
                              f"one of {', '.join(DIFFICULTIES)}")
        return value or None

    def _error(self, message: str) -> InputError:
        return InputError(self.path, self.row.line, message)
