"""The guidelines shipped in specs/ load and validate as they are."""

from __future__ import annotations

import csv
from collections import Counter
from pathlib import Path

from guidekit.spec.loader import load_spec
from guidekit.spec.validate import validate_spec

SPECS = Path(__file__).parents[2] / "specs"
TRIAGE = SPECS / "triage" / "guideline.yaml"


def test_triage_validates_clean() -> None:
    assert validate_spec(TRIAGE) == []


def test_triage_gold_is_balanced_and_complete() -> None:
    spec = load_spec(TRIAGE).spec
    counts = Counter(g.label for g in spec.gold)
    assert set(counts) == set(spec.label_values())
    assert len(set(counts.values())) == 1
    assert 30 <= len(spec.gold) <= 40
    assert all(g.rationale and g.rules and g.difficulty for g in spec.gold)
    assert {g.pool for g in spec.gold} == {"exam", "practice"}
    assert spec.changelog[0].version == spec.version


def test_triage_submissions_use_known_labels_and_items() -> None:
    spec = load_spec(TRIAGE).spec
    spellings = {s for lb in spec.labels for s in (lb.value, *lb.aliases)}
    gold_ids = {g.id for g in spec.gold}
    path = TRIAGE.parent / "submissions.csv"
    with open(path, encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert {row["label"] for row in rows} <= spellings
    assert any(row["label"] not in spec.label_values() for row in rows)
    outside = [row for row in rows if row["item"] not in gold_ids]
    assert outside and all(row["item"].startswith("t-") for row in outside)
    pairs = [(row["annotator"], row["item"]) for row in rows]
    assert len(pairs) == len(set(pairs))


def test_rte_spec_loads_with_or_without_its_gold(tmp_path: Path) -> None:
    copy = tmp_path / "guideline.yaml"
    copy.write_bytes((SPECS / "rte" / "guideline.yaml").read_bytes())
    spec = load_spec(copy).spec
    assert spec.label_values() == ["yes", "no"]
    assert spec.field_names() == ["text", "hypothesis"]
    assert spec.gold == []
    codes = sorted(p.code for p in validate_spec(copy))
    assert codes == ["include-missing", "label-without-gold", "label-without-gold"]
