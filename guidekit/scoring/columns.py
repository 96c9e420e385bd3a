"""Which column of a submission holds the annotator, the item and the label."""

from __future__ import annotations

from dataclasses import dataclass, fields

#: Role of each column, and the command-line option that names it.
OPTIONS = {
    "annotator": "--annotator-col",
    "item": "--item-col",
    "label": "--label-col",
}


@dataclass(frozen=True)
class Columns:
    """Column names (CSV/TSV header) or keys (JSONL) to read.

    >>> Columns(annotator="!amt_worker_ids").annotator
    '!amt_worker_ids'
    """

    annotator: str = "annotator"
    item: str = "item"
    label: str = "label"

    def __post_init__(self) -> None:
        for role in self.roles():
            if not getattr(self, role).strip():
                raise ValueError(f"column name for '{role}' is empty")
        names = [getattr(self, role).strip() for role in self.roles()]
        if len(set(names)) != len(names):
            raise ValueError(f"one column cannot play two roles ({', '.join(names)})")

    @staticmethod
    def roles() -> tuple[str, ...]:
        return tuple(f.name for f in fields(Columns))

    def name(self, role: str) -> str:
        """The column name for `role`, without surrounding spaces."""
        return str(getattr(self, role)).strip()
