"""Which column of a submission holds the annotator, the item and the label."""

from __future__ import annotations

from dataclasses import dataclass

#: Role of each column, and the command-line option that names it.
OPTIONS = {
    "annotator": "--annotator-col",
    "item": "--item-col",
    "label": "--label-col",
}

#: The roles, in order; looked up on every row, so kept as a constant.
ROLES = tuple(OPTIONS)

#: What `input_format` may name; "auto" picks by suffix and content (read.py).
INPUT_FORMATS = ("auto", "long", "labelstudio", "prodigy", "mturk")


@dataclass(frozen=True)
class Columns:
    """Column names (CSV/TSV header) or keys (JSONL) to read.

    >>> Columns(annotator="!amt_worker_ids").annotator
    '!amt_worker_ids'
    """

    annotator: str = "annotator"
    item: str = "item"
    label: str = "label"
    input_format: str = "auto"

    def __post_init__(self) -> None:
        if self.input_format not in INPUT_FORMATS:
            raise ValueError(f"unknown input format '{self.input_format}'; "
                             f"use one of {', '.join(INPUT_FORMATS)}")
        for role in self.roles():
            if not getattr(self, role).strip():
                raise ValueError(f"column name for '{role}' is empty")
        names = [getattr(self, role).strip() for role in self.roles()]
        if len(set(names)) != len(names):
            raise ValueError(f"one column cannot play two roles ({', '.join(names)})")

    @staticmethod
    def roles() -> tuple[str, ...]:
        return ROLES

    def name(self, role: str) -> str:
        """The column name for `role`, without surrounding spaces."""
        return str(getattr(self, role)).strip()

    def given(self, role: str) -> str | None:
        """The name for `role` if it was changed from the default, else None.

        Tool formats (Label Studio, Prodigy, MTurk) have their own default
        places for each role; a name left at the default means "use those".
        """
        name = self.name(role)
        return None if name == getattr(Columns, role) else name
