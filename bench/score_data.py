"""Synthetic scoring inputs for bench/score.py: a spec, its gold, answers.

Annotator a answers items chosen with a seeded generator; it is right with
a probability drawn per annotator, else picks another label at random.
The files are written once per size and reused while they exist.
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass
from pathlib import Path

LABELS = [f"l{i}" for i in range(8)]


@dataclass(frozen=True)
class Size:
    rows: int
    annotators: int = 1000
    gold: int = 10_000

    @property
    def name(self) -> str:
        return f"{self.rows // 1_000_000}M" if self.rows >= 10**6 else str(self.rows)


def write_inputs(folder: Path, size: Size, seed: int = 1) -> tuple[Path, Path]:
    """(spec path, submissions CSV path) for `size`, made if missing."""
    folder.mkdir(parents=True, exist_ok=True)
    spec = folder / "guideline.yaml"
    rows = folder / f"answers-{size.name}.csv"
    rng = random.Random(seed)
    gold = [LABELS[rng.randrange(len(LABELS))] for _ in range(size.gold)]
    if not spec.exists():
        _write_spec(folder, gold)
    if not rows.exists():
        _write_rows(rows, gold, size, rng)
    return spec, rows


def _write_spec(folder: Path, gold: list[str]) -> None:
    (folder / "gold").mkdir(exist_ok=True)
    with open(folder / "gold" / "gold.jsonl", "w", encoding="utf-8") as out:
        for i, label in enumerate(gold):
            out.write(json.dumps({"id": f"g{i}", "item": {"text": f"item {i}"},
                                  "label": label}) + "\n")
    labels = "".join(f'  - {{value: "{v}", definition: "label {v}"}}\n'
                     for v in LABELS)
    (folder / "guideline.yaml").write_text(
        'spec: guidekit/v1\nid: bench\ntitle: Bench\nversion: "1.0.0"\n'
        "task:\n  fields: [{name: text}]\nlabels:\n" + labels +
        "gold:\n  - include: gold/gold.jsonl\n"
        "scoring:\n  pass: {accuracy: 0.8, kappa: 0.7}\n  min_gold: 10\n"
        'changelog:\n  - {version: "1.0.0", changes: [bench]}\n', encoding="utf-8")


def _write_rows(path: Path, gold: list[str], size: Size, rng: random.Random) -> None:
    per = size.rows // size.annotators
    tmp = path.with_suffix(".part")
    with open(tmp, "w", encoding="utf-8", newline="") as out:
        out.write("annotator,item,label\n")
        for a in range(size.annotators):
            skill = rng.uniform(0.3, 0.98)
            start = rng.randrange(len(gold))
            lines = []
            for k in range(per):
                item = (start + k * 7919) % len(gold)
                label = gold[item] if rng.random() < skill else rng.choice(LABELS)
                lines.append(f"a{a},g{item},{label}\n")
            out.write("".join(lines))
    tmp.replace(path)
