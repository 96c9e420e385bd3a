"""Bring a gold set in from a table: one row per gold item.

Each row gives an id, a label and the item's fields; other columns may
give tags, a rationale and a difficulty. Label cells go through a value
mapping and, when a spec is given, its labels and aliases. Every problem
names the file and the line its row starts on.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from pydantic import ValidationError

from guidekit.errors import GuidekitError, InputError
from guidekit.gold.cells import Cells
from guidekit.gold.filters import Filtered, Where, filter_rows
from guidekit.gold.labels import LabelMapper, LabelProblem
from guidekit.gold.options import (
    FieldSpec,
    GoldColumns,
    GoldMeta,
    check_fields,
    field_pairs,
)
from guidekit.gold.table import Row, Table, read_table
from guidekit.spec.models import GoldItem, Spec


def import_gold(path: str | Path, *, id_col: str, label_col: str,
                fields: FieldSpec = (), tag_cols: Sequence[str] = (),
                rationale_col: str | None = None,
                difficulty_col: str | None = None,
                label_map: Mapping[str, str] | None = None,
                strict_map: bool = False, spec: Spec | None = None,
                meta: GoldMeta | None = None, where: Where = ()) -> list[GoldItem]:
    """Read the table at `path` into gold items, in file order.

    `fields` names the columns that make the item: a column name, or a
    (column, field name) pair, or a mapping column -> field name; left
    empty, the spec's task fields are used. With a `spec`, labels must be
    its values or aliases after `label_map`, and the item fields must be
    its task fields; a spec of another kind than single_label raises
    GuidekitError. `meta` sets pool, provenance and entity decoding.
    `where` keeps only rows whose columns hold the given values; use
    `import_gold_counted` to learn how many rows it skipped.

    >>> import_gold("x.csv", id_col="id", label_col="gold")
    Traceback (most recent call last):
    ValueError: no item fields given: name at least one field column
    """
    return import_gold_counted(
        path, id_col=id_col, label_col=label_col, fields=fields,
        tag_cols=tag_cols, rationale_col=rationale_col,
        difficulty_col=difficulty_col, label_map=label_map,
        strict_map=strict_map, spec=spec, meta=meta, where=where).items


def import_gold_counted(path: str | Path, *, id_col: str, label_col: str,
                        fields: FieldSpec = (), tag_cols: Sequence[str] = (),
                        rationale_col: str | None = None,
                        difficulty_col: str | None = None,
                        label_map: Mapping[str, str] | None = None,
                        strict_map: bool = False, spec: Spec | None = None,
                        meta: GoldMeta | None = None,
                        where: Where = ()) -> GoldImport:
    """As `import_gold`, with the number of rows `where` skipped."""
    if spec is not None and spec.task.kind != "single_label":
        raise GuidekitError(f"gold import reads one label per row, for "
                            f"single_label tasks; spec '{spec.id}' is a "
                            f"{spec.task.kind} task (not supported yet)")
    columns = GoldColumns(id_col, label_col, field_pairs(fields, spec),
                          tuple(tag_cols), rationale_col, difficulty_col)
    if spec is not None:
        check_fields(columns, spec)
    mapper = LabelMapper(dict(label_map or {}), strict_map, spec)
    kept: Filtered = filter_rows(read_table(path), where)
    if kept.skipped and not kept.table.rows:
        raise InputError(kept.table.path, None, f"--where skipped all "
                         f"{kept.skipped} row(s); check the column values")
    items = gold_from_table(kept.table, columns, mapper, meta or GoldMeta())
    return GoldImport(items, kept.skipped)


@dataclass(frozen=True)
class GoldImport:
    """The imported items and the number of rows the row filter skipped."""

    items: list[GoldItem]
    skipped: int


def gold_from_table(table: Table, columns: GoldColumns, mapper: LabelMapper,
                    meta: GoldMeta) -> list[GoldItem]:
    """Gold items from the rows of `table`; ids must be unique."""
    if not table.rows:
        raise InputError(table.path, None, "table has no data rows")
    _check_columns(table, table.columns, columns.used(), None)
    first_line: dict[str, int] = {}
    items = []
    for row in table.rows:
        item = _gold_item(table, row, columns, mapper, meta)
        if item.id in first_line:
            raise InputError(table.path, row.line, f"duplicate id '{item.id}' "
                             f"(first on row {first_line[item.id]})")
        first_line[item.id] = row.line
        items.append(item)
    return items


def _gold_item(table: Table, row: Row, columns: GoldColumns, mapper: LabelMapper,
               meta: GoldMeta) -> GoldItem:
    _check_columns(table, list(row.cells), columns.used(), row.line)
    try:
        return GoldItem.model_validate(_row_data(table.path, row, columns, mapper,
                                                 meta))
    except LabelProblem as exc:
        raise InputError(table.path, row.line, str(exc)) from exc
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(part) for part in first["loc"])
        raise InputError(table.path, row.line,
                         f"{where}: {first['msg'].lower()}") from exc


def _row_data(path: str, row: Row, columns: GoldColumns, mapper: LabelMapper,
              meta: GoldMeta) -> dict[str, object]:
    cell = Cells(path, row)
    return {
        "id": cell.required(columns.id, "id"),
        "label": mapper.value(cell.required(columns.label, "label")),
        "item": {name: cell.field(col, meta.unescape_html)
                 for col, name in columns.fields},
        "tags": [tag for col in columns.tags if (tag := cell.text(col))],
        "rationale": cell.text(columns.rationale) or None,
        "difficulty": cell.difficulty(columns.difficulty),
        "pool": meta.pool,
        "provenance": meta.provenance(),
    }


def _check_columns(table: Table, present: list[str], wanted: list[str],
                   line: int | None) -> None:
    for name in wanted:
        if name not in present:
            raise InputError(table.path, line, f"no column '{name}'; columns: "
                             f"{', '.join(present) or '(none)'}")
