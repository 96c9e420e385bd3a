"""What an import is told: which columns hold what, and what items share."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from guidekit.spec.models import Pool, Source, Spec

FieldSpec = Mapping[str, str] | Sequence[str | tuple[str, str]]


@dataclass(frozen=True)
class GoldColumns:
    """Which columns hold what; `fields` pairs a column with an item field."""

    id: str
    label: str
    fields: tuple[tuple[str, str], ...]
    tags: Sequence[str] = ()
    rationale: str | None = None
    difficulty: str | None = None

    def used(self) -> list[str]:
        optional = [self.rationale, self.difficulty]
        return [self.id, self.label, *(col for col, _ in self.fields), *self.tags,
                *(name for name in optional if name is not None)]


@dataclass(frozen=True)
class GoldMeta:
    """What every imported item shares: pool, provenance, entity decoding.

    >>> GoldMeta(author="kim").provenance()
    {'source': 'human', 'author': 'kim'}
    """

    pool: Pool = "exam"
    source: Source | None = None
    author: str | None = None
    unescape_html: bool = False

    def provenance(self) -> dict[str, str] | None:
        if self.source is None and self.author is None:
            return None
        found = {"source": self.source or "human"}
        return found | ({"author": self.author} if self.author else {})


def field_pairs(fields: FieldSpec, spec: Spec | None) -> tuple[tuple[str, str], ...]:
    """(column, field name) pairs; the spec's task fields when none are given.

    >>> field_pairs(["text", ("hyp", "hypothesis")], None)
    (('text', 'text'), ('hyp', 'hypothesis'))
    """
    pairs = [(col, name) for col, name in (
        fields.items() if isinstance(fields, Mapping)
        else ((f, f) if isinstance(f, str) else f for f in fields))]
    if not pairs and spec is not None:
        pairs = [(name, name) for name in spec.field_names()]
    if not pairs:
        raise ValueError("no item fields given: name at least one field column")
    names = [name for _, name in pairs]
    twice = sorted({name for name in names if names.count(name) > 1})
    if twice:
        raise ValueError(f"item field name(s) {quoted(twice)} given twice")
    return tuple(pairs)


def check_fields(columns: GoldColumns, spec: Spec) -> None:
    """Raise ValueError when the item fields are not the spec's task fields."""
    wanted, given = spec.field_names(), [name for _, name in columns.fields]
    missing = [name for name in wanted if name not in given]
    extra = [name for name in given if name not in wanted]
    if missing or extra:
        parts = ([f"missing {quoted(missing)}"] if missing else []) + (
            [f"not task fields: {quoted(extra)}"] if extra else [])
        raise ValueError(f"item fields differ from the task fields of spec "
                         f"'{spec.id}' ({quoted(wanted)}): " + "; ".join(parts))


def quoted(names: Sequence[str]) -> str:
    return ", ".join(f"'{name}'" for name in names)
