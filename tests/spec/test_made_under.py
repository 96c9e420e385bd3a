"""Warnings for a key or a mix made from an older state of the spec."""

from __future__ import annotations

from pathlib import Path

from guidekit.spec.loader import load_spec
from guidekit.spec.made_under import changed_since

TRIAGE = Path(__file__).resolve().parents[2] / "specs" / "triage" / "guideline.yaml"


def test_only_what_changed_is_said() -> None:
    loaded = load_spec(TRIAGE)
    same = changed_since(loaded, "k.json", loaded.spec.version,
                         loaded.gold_fingerprint, "the quiz was built")
    assert same == []
    older = changed_since(loaded, "k.json", "0.9.0", "sha256:old", "the mix")
    assert older == [
        f"k.json: made under guideline version 0.9.0; the spec is "
        f"{loaded.spec.version}",
        f"k.json: the gold set changed since the mix (sha256:old -> "
        f"{loaded.gold_fingerprint}); it is scored against today's answers"]
