"""The private mapping a mix writes: disguised id -> gold id, and the rest.

Shape "guidekit.honeypots/v1", one JSON object:

    {"format": "guidekit.honeypots/v1", "private": true, "warning": ...,
     "spec": {"id", "version", "gold_fingerprint"},
     "batch": path, "seed": N, "rate": r, "id_scheme": "shape" | "opaque",
     "honeypots": {disguised id: gold id},
     "traps": {disguised id: the wrong pre-label planted},
     "prelabels": {disguised id: {"prelabel": value, "right": bool}},
     "renamed": {new id: the batch row's old id}}   (opaque scheme only)

Whoever holds it (or the seed) can tell honeypots from real work: it
is written readable by its owner only, and must never go to annotators.
"prelabels" covers every planted row that got a pre-label, traps (never
right) and ordinary honeypots (right when gold accepts the label drawn
from the batch's pre-labels, see mix_prelabels).
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from guidekit.fileio import write_text_atomic
from guidekit.gold.mix_batch import Batch
from guidekit.gold.mix_ids import IdPlan
from guidekit.gold.mix_prelabels import Prelabel
from guidekit.spec.loader import LoadedSpec

if TYPE_CHECKING:
    from guidekit.gold.mix import MixOptions

FORMAT = "guidekit.honeypots/v1"
WARNING = ("PRIVATE: this file tells honeypots from real items. Keep it with "
           "the gold set; never give it, or the seed, to annotators.")


@dataclass(frozen=True)
class Planted:
    """One planted row: its disguised id, its gold id, trap or not, pre-label."""

    new_id: str
    gold_id: str
    trap: bool
    prelabel: Prelabel | None


def mapping_of(loaded: LoadedSpec, batch: Batch, options: MixOptions,
               ids: IdPlan, plants: list[Planted],
               ) -> dict[str, Any]:
    """The mapping of one mix, as a JSON-ready dict."""
    spec = loaded.spec
    found: dict[str, Any] = {
        "format": FORMAT, "private": True, "warning": WARNING,
        "spec": {"id": spec.id, "version": spec.version,
                 "gold_fingerprint": loaded.gold_fingerprint},
        "batch": batch.path, "seed": options.seed, "rate": options.rate,
        "id_scheme": ids.scheme,
        "honeypots": {p.new_id: p.gold_id for p in plants},
        "traps": {p.new_id: p.prelabel.value for p in plants
                  if p.trap and p.prelabel is not None},
        "prelabels": {p.new_id: {"prelabel": p.prelabel.value,
                                 "right": p.prelabel.right}
                      for p in plants if p.prelabel is not None},
    }
    if ids.batch is not None:
        found["renamed"] = dict(zip(ids.batch, batch.ids, strict=True))
    return found


def write_mapping(path: str | Path, mapping: dict[str, Any]) -> None:
    """Write the mapping atomically, then make it readable by its owner only."""
    text = json.dumps(mapping, indent=2, ensure_ascii=False) + "\n"
    write_text_atomic(path, text)
    os.chmod(path, 0o600)
