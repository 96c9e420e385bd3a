"""Hide honeypot-pool gold items among a production batch.

One seeded `random.Random(seed)` makes every choice, in a fixed order:
which honeypots (mix_plan.planted_count of them), which are traps, their
ids (mix_ids), their places among the batch rows, and each one's
pre-label. The same spec, batch and seed give the same output; without
the seed, nobody can tell the planted rows from the ids. A planted row
fills the id column, the task field columns (--field maps a field to
another column) and, when the batch is pre-labelled, the pre-label
(mix_prelabels): for a trap a label gold rejects; for an ordinary
honeypot one drawn from the batch's own pre-labels, never simply the
gold label, so accepting every pre-label does not pass the honeypots.
Other columns are left empty and listed in `Mixed.empty`. The mapping
(mix_mapping) is private and says which pre-labels were right.
"""

from __future__ import annotations

import random
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from guidekit.gold.mix_batch import Batch, batch_text, read_batch
from guidekit.gold.mix_ids import IdPlan, plan_ids
from guidekit.gold.mix_labelstudio import planted_task, prediction_shape
from guidekit.gold.mix_mapping import Planted, mapping_of
from guidekit.gold.mix_plan import (
    check_prelabels,
    field_columns,
    item_text,
    planted_count,
)
from guidekit.gold.mix_prelabels import Prelabel, batch_prelabels, draw_prelabel
from guidekit.spec.loader import LoadedSpec
from guidekit.spec.models import GoldItem


@dataclass(frozen=True)
class MixOptions:
    """How to mix: rate, seed, traps and the batch's column names."""

    rate: float
    seed: int
    traps: int = 0
    id_col: str = "id"
    fields: Mapping[str, str] = field(default_factory=dict)
    prelabel_col: str = "prelabel"


@dataclass(frozen=True)
class Mixed:
    """The output file's text, the private mapping and what was done."""

    text: str
    mapping: dict[str, Any]
    rows: int
    planted: int
    traps: int
    scheme: str
    empty: tuple[str, ...]


@dataclass(frozen=True)
class _Plant:
    item: GoldItem
    new_id: str
    prelabel: Prelabel | None
    trap: bool


def mix_batch(loaded: LoadedSpec, batch_path: str | Path, *,
              options: MixOptions) -> Mixed:
    """Plant honeypots in the batch at `batch_path`; nothing is written.

    Raises InputError for a bad batch row or a missing column, and
    GuidekitError for a pool too small for the rate.

    >>> mixed = mix_batch(load_spec("spec.yaml"), "batch.csv",
    ...                   options=MixOptions(rate=0.05, seed=7))  # doctest: +SKIP
    """
    spec, batch = loaded.spec, read_batch(batch_path, options.id_col)
    pool = [item for item in spec.gold if item.pool == "honeypot"]
    count = planted_count(len(batch.ids), options.rate, len(pool), batch.path)
    columns = field_columns(spec, batch, options.fields)
    shape = prediction_shape(batch.records) if batch.kind == "labelstudio" else None
    prelabelled = shape is not None or options.prelabel_col in batch.columns
    check_prelabels(spec, prelabelled, options.traps, count,
                    _prelabel_place(batch, options.prelabel_col))
    rng = random.Random(options.seed)
    chosen = rng.sample(pool, count)
    traps = set(rng.sample(range(count), options.traps))
    ids = plan_ids(batch.ids, count, [item.id for item in chosen], rng)
    slots = set(rng.sample(range(len(batch.ids) + count), count))
    counts = batch_prelabels(spec, batch, options.prelabel_col)
    plants = [_Plant(item, new_id, draw_prelabel(spec, item, trap=n in traps,
                                                 counts=counts, rng=rng),
                     n in traps)
              for n, (item, new_id) in enumerate(zip(chosen, ids.planted,
                                                     strict=True))]
    made = [_planted(batch, plant, columns, options, str(loaded.path), shape)
            for plant in plants]
    records = _merge(_renamed(batch, ids, options.id_col), made, slots)
    used = {options.id_col, options.prelabel_col, *columns.values()}
    return Mixed(batch_text(batch, records),
                 mapping_of(loaded, batch, options, ids, plants_of(plants)),
                 len(records), count, len(traps), ids.scheme,
                 tuple(name for name in batch.columns if name not in used))


def plants_of(plants: list[_Plant]) -> list[Planted]:
    """What the mapping records of each planted row."""
    return [Planted(plant.new_id, plant.item.id, plant.trap, plant.prelabel)
            for plant in plants]


def _prelabel_place(batch: Batch, column: str) -> str:
    if batch.kind == "labelstudio":
        return "Label Studio predictions with a choices result"
    return f"a '{column}' column"


def _planted(batch: Batch, plant: _Plant, columns: Mapping[str, str],
             options: MixOptions, spec_path: str,
             shape: dict[str, Any] | None) -> dict[str, Any]:
    cells: dict[str, Any] = {name: "" for name in batch.columns}
    use_int = batch.int_ids and plant.new_id.isdigit()
    cells[options.id_col] = int(plant.new_id) if use_int else plant.new_id
    for name, column in columns.items():
        cells[column] = item_text(plant.item, name, spec_path)
    prelabel = plant.prelabel.value if plant.prelabel else None
    if batch.kind == "labelstudio":
        return planted_task(cells, shape, prelabel)
    if options.prelabel_col in batch.columns:
        cells[options.prelabel_col] = prelabel or ""
    return cells


def _renamed(batch: Batch, ids: IdPlan, id_col: str) -> list[dict[str, Any]]:
    if ids.batch is None:
        return list(batch.records)
    if batch.kind == "labelstudio":
        return [{**task, "data": {**task["data"], id_col: new}}
                for task, new in zip(batch.records, ids.batch, strict=True)]
    return [{**row, id_col: new}
            for row, new in zip(batch.records, ids.batch, strict=True)]


def _merge(rows: list[dict[str, Any]], made: list[dict[str, Any]],
           slots: set[int]) -> list[dict[str, Any]]:
    batch_rows, planted = iter(rows), iter(made)
    return [next(planted) if at in slots else next(batch_rows)
            for at in range(len(rows) + len(made))]
