"""The gold fingerprint: sha256 of each item's canonical JSON, defaults left out."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from guidekit.spec.loader import gold_fingerprint, load_spec

TRIAGE = Path(__file__).resolve().parents[2] / "specs" / "triage" / "guideline.yaml"


def _one_by_one(path: Path) -> str:
    """The definition, item by item, as the fingerprint was first computed."""
    spec = load_spec(path).spec
    gold = [item.model_dump(mode="json", by_alias=True, exclude_defaults=True)
            for item in spec.gold]
    blob = json.dumps(gold, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return "sha256:" + hashlib.sha256(blob.encode("utf-8")).hexdigest()


def test_the_list_dump_gives_the_item_by_item_fingerprint() -> None:
    spec = load_spec(TRIAGE).spec
    kinds = {key for item in spec.gold for key in item.model_fields_set}
    assert {"rules", "difficulty", "pool", "tags", "provenance"} <= kinds  # varied
    assert gold_fingerprint(spec) == _one_by_one(TRIAGE)


def test_a_default_spelled_out_does_not_change_it(tmp_path: Path) -> None:
    text = TRIAGE.read_text(encoding="utf-8")
    assert "  - id: g-001\n" in text
    spelled = text.replace("  - id: g-001\n", "  - id: g-001\n    pool: exam\n", 1)
    (tmp_path / "guideline.yaml").write_text(spelled, encoding="utf-8")
    assert (gold_fingerprint(load_spec(tmp_path / "guideline.yaml").spec)
            == gold_fingerprint(load_spec(TRIAGE).spec))
